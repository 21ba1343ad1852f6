/** period-mismatch: the draft states a reporting period ending on another day than the request's. */
import { draftDates, showDate } from "../understand/analysis";
import { report, type Rule } from "./rule";

export const periodMismatch: Rule = {
  id: "period-mismatch",
  severity: "warning",
  description: {
    vi: "Kỳ số liệu trong dự thảo kết thúc vào ngày khác với kỳ mà văn bản yêu cầu.",
    en: "The draft's reporting period ends on another day than the request's.",
  },
  check(context) {
    const end = context.request?.period?.to;
    if (!end) return [];
    return draftDates(context)
      .filter((date) => date.role === "period-to" && date.iso !== null && date.iso !== end)
      .map((date) =>
        report(periodMismatch, {
          vi: `Dự thảo ghi số liệu đến ngày ${showDate(date.iso as string)}, nhưng văn bản yêu cầu lấy số liệu đến ngày ${showDate(end)}.`,
          en: `The draft reports data up to ${showDate(date.iso as string)}, but the request asks for data up to ${showDate(end)}.`,
          span: { paragraph: date.paragraph, start: date.start, end: date.end },
          excerpt: date.text,
        }),
      );
  },
};
