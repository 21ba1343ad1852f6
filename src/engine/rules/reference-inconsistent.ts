/**
 * reference-inconsistent: one document cited two ways in the same draft — the same number
 * and type, or the same number and date, with symbols that differ by a slip or with
 * different dates (seed 002 cites
 * "Kế hoạch số 01-KH/BCSD" and "Kế hoạch số 01-KH/BCĐ", both of 10/8/2023).
 */
import { leadingNumber, similarSymbols, type Citation } from "../understand/citations";
import { citationSpan, sameSymbolYear } from "../understand/facts";
import type { Finding } from "../types";
import { documentLabel, showDate } from "./labels";
import { report, type Rule } from "./rule";

/**
 * Two citations of one document: the same number with a symbol that differs by a slip at most,
 * and the same date or the same type. Documents of different bodies that share a number have
 * symbols too different to be taken for one.
 */
function sameDocument(a: Citation, b: Citation): boolean {
  if (leadingNumber(a.number) !== leadingNumber(b.number) || !sameSymbolYear(a.number, b.number)) return false;
  if (!similarSymbols(a.number, b.number)) return false;
  if (a.date && b.date && a.date === b.date) return true;
  return a.type !== null && a.type === b.type;
}

export const referenceInconsistent: Rule<"twoSymbols" | "twoDates"> = {
  meta: {
    id: "reference-inconsistent",
    severity: "warning",
    name: { vi: "Một văn bản trích dẫn hai cách", en: "One document cited two ways" },
    description: {
      vi: "Cùng một văn bản được trích dẫn với ký hiệu hoặc ngày khác nhau trong dự thảo.",
      en: "The same document is cited with different symbols or dates in the draft.",
    },
    messages: {
      twoSymbols: {
        vi: "{cited} được trích dẫn ở chỗ khác là {other}: cùng một văn bản phải ghi một ký hiệu.",
        en: "{cited} is cited elsewhere as {other}: one document must be cited with one symbol.",
      },
      twoDates: {
        vi: "{cited} ghi ngày {date}, nhưng ở chỗ khác ghi ngày {otherDate}.",
        en: "{cited} is dated {date} here but {otherDate} elsewhere.",
      },
    },
  },
  check(context) {
    // Citations of the request are checked against the request itself by reference-mismatch.
    const ofRequest = new Set(context.facts.requestCitations);
    const citations = context.facts.citations.filter((c) => !ofRequest.has(c));
    const findings: Finding[] = [];
    // Citations sharing a number are few; grouping by number keeps the pairing linear overall.
    const byNumber = new Map<string, Citation[]>();
    for (const c of citations) {
      const key = leadingNumber(c.number);
      const group = byNumber.get(key);
      if (group) group.push(c);
      else byNumber.set(key, [c]);
    }
    const flagged = new Set<Citation>();
    for (const group of byNumber.values()) {
      for (let j = 1; j < group.length && j < 200; j++) {
        const later = group[j];
        const first = group.slice(0, j).find((earlier) => sameDocument(earlier, later));
        if (!first || flagged.has(later)) continue;
        const type = later.type ?? first.type;
        if (later.number !== first.number) {
          flagged.add(later);
          findings.push(
            report(
              referenceInconsistent,
              "twoSymbols",
              { cited: documentLabel(type, later.number), other: documentLabel(first.type ?? type, first.number) },
              { span: citationSpan(later, "number"), excerpt: later.numberText },
            ),
          );
        } else if (later.date && first.date && later.date !== first.date) {
          flagged.add(later);
          findings.push(
            report(
              referenceInconsistent,
              "twoDates",
              { cited: documentLabel(type, later.number), date: showDate(later.date), otherDate: showDate(first.date) },
              { span: citationSpan(later, "date"), excerpt: later.dateMention?.text ?? later.text },
            ),
          );
        }
      }
    }
    return findings;
  },
};
