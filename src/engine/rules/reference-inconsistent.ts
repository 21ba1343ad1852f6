/**
 * reference-inconsistent: one document cited two ways in the same draft — a symbol that differs
 * by a slip (seed 002 cites "Kế hoạch số 01-KH/BCSD" and "Kế hoạch số 01-KH/BCĐ", both of
 * 10/8/2023), a law with two years, or two dates. Which citations name one document is decided
 * in understand/citation-identity; each wrong form is reported once, however often it recurs.
 */
import { leadingNumber, type Citation } from "../understand/citations";
import { sameDocument, writingPenalty, writtenKey } from "../understand/citation-identity";
import { citationSpan } from "../understand/facts";
import type { Finding } from "../types";
import { documentLabel, showDate } from "./labels";
import { report, type Rule } from "./rule";

/** Citations sharing a number are few; a document cited more often than this is not compared further. */
const MAX_GROUP = 400;

/** The fields `sameDocument` reads, the number aside. */
function sameForm(a: Citation, b: Citation): boolean {
  return a.type === b.type && a.issuer === b.issuer && a.date === b.date && a.title === b.title;
}

/** A citation that fits every form of a cluster: it names the same document as each. */
function fitsAll(forms: Map<number, Citation>, c: Citation, id: number, same: Map<number, boolean>): boolean {
  for (const [otherId, other] of forms) {
    // Form numbers stay far below 2^21, so the pair's number is exact.
    const pair = otherId * 2097152 + id;
    let answer = same.get(pair);
    if (answer === undefined) same.set(pair, (answer = sameDocument(other, c)));
    if (!answer) return false;
  }
  return true;
}

/** Citations of one document, in reading order. */
function clusters(citations: readonly Citation[]): Citation[][] {
  const byNumber = new Map<string, Citation[]>();
  for (const c of citations) {
    const key = leadingNumber(c.number);
    const group = byNumber.get(key);
    if (group) group.push(c);
    else byNumber.set(key, [c]);
  }
  const result: Citation[][] = [];
  // `sameDocument` reads only these fields: a document cited many times in the same words is
  // compared once per distinct form, not once per pair of citations.
  // Each distinct form gets a number; the answers are kept by pair of numbers. The forms are
  // listed by symbol (no key string is built per citation); a symbol's forms are few, and at
  // most MAX_GROUP, as the citations they are looked up for.
  const formsBySymbol = new Map<string, { citation: Citation; id: number }[]>();
  let formCount = 0;
  const formId = (c: Citation): number => {
    let forms = formsBySymbol.get(c.number);
    if (!forms) formsBySymbol.set(c.number, (forms = []));
    for (const form of forms) if (sameForm(form.citation, c)) return form.id;
    forms.push({ citation: c, id: formCount });
    return formCount++;
  };
  const same = new Map<number, boolean>();
  for (const group of byNumber.values()) {
    const found: { members: Citation[]; forms: Map<number, Citation> }[] = [];
    for (const c of group.slice(0, MAX_GROUP)) {
      const id = formId(c);
      let home: (typeof found)[number] | undefined;
      for (const cluster of found) {
        if (fitsAll(cluster.forms, c, id, same)) {
          home = cluster;
          break;
        }
      }
      if (home) {
        home.members.push(c);
        if (!home.forms.has(id)) home.forms.set(id, c);
      } else found.push({ members: [c], forms: new Map([[id, c]]) });
    }
    for (const cluster of found) if (cluster.members.length > 1) result.push(cluster.members);
  }
  return result;
}

/** The forms of one value in a cluster, with the form taken as right first: least doubtful, then most used, then first. */
function forms<T>(cluster: readonly Citation[], key: (c: Citation) => T | null, penalty: (c: Citation) => number): { value: T; first: Citation; count: number; penalty: number }[] {
  const byValue = new Map<T, { value: T; first: Citation; count: number; penalty: number; order: number }>();
  cluster.forEach((c, order) => {
    const value = key(c);
    if (value === null) return;
    const entry = byValue.get(value);
    if (entry) entry.count++;
    else byValue.set(value, { value, first: c, count: 1, penalty: penalty(c), order });
  });
  return [...byValue.values()].sort((a, b) => a.penalty - b.penalty || b.count - a.count || a.order - b.order);
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
    // Each distinct symbol's written form once: a document is cited in the same words again and again.
    const keys = new Map<string, string>();
    const keyOf = (c: Citation): string => {
      let key = keys.get(c.number);
      if (key === undefined) keys.set(c.number, (key = writtenKey(c.number)));
      return key;
    };
    for (const cluster of clusters(citations)) {
      const symbols = forms(cluster, keyOf, writingPenalty);
      const right = symbols[0];
      for (const wrong of symbols.slice(1)) {
        const later = wrong.first;
        const type = later.type ?? right.first.type;
        findings.push(
          report(
            referenceInconsistent,
            "twoSymbols",
            { cited: documentLabel(type, later.number), other: documentLabel(right.first.type ?? type, right.first.number) },
            { span: citationSpan(later, "number"), excerpt: later.numberText },
          ),
        );
      }
      // Dates are compared among the citations written like the right form, so one slip is one finding.
      const dated = cluster.filter((c) => keyOf(c) === right.value && c.type === right.first.type);
      const dates = forms(dated, (c) => c.date, () => 0);
      for (const wrong of dates.slice(1)) {
        const later = wrong.first;
        findings.push(
          report(
            referenceInconsistent,
            "twoDates",
            { cited: documentLabel(later.type, later.number), date: showDate(wrong.value), otherDate: showDate(dates[0].value) },
            { span: citationSpan(later, "date"), excerpt: later.dateMention?.text ?? later.text },
          ),
        );
      }
    }
    // In reading order, as a reviewer meets them.
    return findings.sort((a, b) => (a.span?.paragraph ?? 0) - (b.span?.paragraph ?? 0) || (a.span?.start ?? 0) - (b.span?.start ?? 0));
  },
};
