/** date-invalid: a date that does not exist (31/4/2023, 29/02/2023, month 13, day 0). */
import { draftDates } from "../understand/analysis";
import { invalidDateReason } from "../understand/dates";
import { report, type Rule } from "./rule";

export const dateInvalid: Rule = {
  id: "date-invalid",
  severity: "error",
  description: {
    vi: "Ngày tháng không có thật (ví dụ 31/4/2023, 29/02/2023).",
    en: "A date that does not exist (e.g. 31/4/2023, 29/02/2023).",
  },
  check(context) {
    return draftDates(context)
      .filter((date) => !date.valid)
      .map((date) => {
        const reason = invalidDateReason(date.day, date.month, date.year);
        return report(dateInvalid, {
          vi: `Ngày "${date.text}" không có thật: ${reason.vi}.`,
          en: `The date "${date.text}" does not exist: ${reason.en}.`,
          span: { paragraph: date.paragraph, start: date.start, end: date.end },
          excerpt: date.text,
        });
      });
  },
};
