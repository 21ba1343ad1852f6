/** date-invalid: a date that does not exist (31/4/2023, 29/02/2023, month 13, day 0). */
import { invalidDateReason } from "../understand/dates";
import { report, type Rule } from "./rule";

export const dateInvalid: Rule<"impossible"> = {
  meta: {
    id: "date-invalid",
    severity: "error",
    name: { vi: "Ngày không có thật", en: "Impossible dates" },
    description: {
      vi: "Ngày tháng không có thật (ví dụ 31/4/2023, 29/02/2023).",
      en: "A date that does not exist (e.g. 31/4/2023, 29/02/2023).",
    },
    messages: {
      impossible: { vi: "Ngày \"{date}\" không có thật: {reason}.", en: "The date \"{date}\" does not exist: {reason}." },
    },
  },
  check(context) {
    return context.facts.dates
      .filter((date) => !date.valid)
      .map((date) =>
        report(
          dateInvalid,
          "impossible",
          { date: date.text, reason: invalidDateReason(date.day, date.month, date.year) },
          { span: { paragraph: date.paragraph, start: date.start, end: date.end }, excerpt: date.text },
        ),
      );
  },
};
