/** period-mismatch: the draft states a reporting period ending on another day than the request's. */
import { showDate } from "./labels";
import { report, type Rule } from "./rule";

export const periodMismatch: Rule<"endsElsewhere"> = {
  meta: {
    id: "period-mismatch",
    severity: "warning",
    name: { vi: "Kỳ số liệu không khớp yêu cầu", en: "Reporting period does not match" },
    description: {
      vi: "Kỳ số liệu trong dự thảo kết thúc vào ngày khác với kỳ mà văn bản yêu cầu.",
      en: "The draft's reporting period ends on another day than the request's.",
    },
    messages: {
      endsElsewhere: {
        vi: "Dự thảo ghi số liệu đến ngày {date}, nhưng văn bản yêu cầu lấy số liệu đến ngày {end}.",
        en: "The draft reports data up to {date}, but the request asks for data up to {end}.",
      },
    },
  },
  check(context) {
    const end = context.request?.period?.to;
    if (!end) return [];
    return context.facts.dates
      .filter((date) => date.role === "period-to" && date.iso !== null && date.iso !== end)
      .map((date) =>
        report(
          periodMismatch,
          "endsElsewhere",
          { date: showDate(date.iso as string), end: showDate(end) },
          { span: { paragraph: date.paragraph, start: date.start, end: date.end }, excerpt: date.text },
        ),
      );
  },
};
