/** date-after-deadline: the draft is dated after the deadline the request set for the reply. */
import { documentLabel, showDate, showOwnDate } from "./labels";
import { report, type Rule } from "./rule";

export const dateAfterDeadline: Rule<"afterDeadline"> = {
  meta: {
    id: "date-after-deadline",
    severity: "error",
    name: { vi: "Ngày ký sau hạn báo cáo", en: "Dated after the deadline" },
    description: {
      vi: "Ngày của dự thảo sau hạn báo cáo mà văn bản yêu cầu đặt ra.",
      en: "The draft is dated after the deadline set by the request.",
    },
    messages: {
      afterDeadline: {
        vi: "Dự thảo đề ngày {date}, sau hạn gửi báo cáo {deadline}{source}.",
        en: "The draft is dated {date}, after the deadline {deadline}{source}.",
      },
    },
  },
  check(context) {
    const request = context.request;
    const deadline = request?.deadline;
    const own = context.facts.ownDate;
    // With the day left blank, only a month (or year) wholly after the deadline is late.
    if (!deadline || !own || own.earliest <= deadline) return [];
    const label = request.number ? documentLabel(request.type, request.number) : null;
    const source = label
      ? { vi: ` của ${label.vi}`, en: ` set by ${label.en}` }
      : { vi: " của văn bản yêu cầu", en: " set by the request" };
    return [
      report(dateAfterDeadline, "afterDeadline", { date: showOwnDate(own), deadline: showDate(deadline), source }, { span: own.span, excerpt: own.text }),
    ];
  },
};
