/** date-after-deadline: the draft is dated after the deadline the request set for the reply. */
import { documentLabel, documentLabelEn, draftOwnDate, showDate } from "../understand/analysis";
import { report, type Rule } from "./rule";

export const dateAfterDeadline: Rule = {
  id: "date-after-deadline",
  severity: "error",
  description: {
    vi: "Ngày của dự thảo sau hạn báo cáo mà văn bản yêu cầu đặt ra.",
    en: "The draft is dated after the deadline set by the request.",
  },
  check(context) {
    const deadline = context.request?.deadline;
    const own = draftOwnDate(context);
    if (!deadline || !own || own.iso <= deadline) return [];
    const request = context.request;
    const source = request?.number ? ` của ${documentLabel(request.type, request.number)}` : " của văn bản yêu cầu";
    const sourceEn = request?.number ? ` set by ${documentLabelEn(request.type, request.number)}` : " set by the request";
    return [
      report(dateAfterDeadline, {
        vi: `Dự thảo đề ngày ${showDate(own.iso)}, sau hạn gửi báo cáo ${showDate(deadline)}${source}.`,
        en: `The draft is dated ${showDate(own.iso)}, after the deadline ${showDate(deadline)}${sourceEn}.`,
        span: own.span,
        excerpt: own.text,
      }),
    ];
  },
};
