/**
 * What the engine understands of a draft — header, closing, citations, dates, its own date,
 * its citations of the request and the comparison of its sections with the request's outline.
 * Each is computed on first use and kept for the rest of the check, so rules that need the
 * same analysis share it. `summarizeFacts` gives the plain-data view every front receives.
 */
import type { DocumentModel, Span } from "../model";
import type { DocumentFactsSummary, RequestProfile } from "../types";
import { parseSymbol } from "./doctypes";
import { findCitations, similarSymbols, type Citation } from "./citations";
import { mistypedNumberOf } from "./citation-identity";
import { extractClosing, type DocumentClosing } from "./closing";
import { datesByParagraph, findDatesInModel, type DateMention, type ParagraphDate } from "./dates";
import { documentGenre, type Genre } from "./genres";
import { extractHeader, type DocumentHeader } from "./header";
import { compareSections, type SectionComparison } from "./match";

export interface OwnDate {
  /** The exact date; null when the day is left blank for registration. */
  iso: string | null;
  /** The first and the last day the date can be: equal to `iso` when it is exact, the month's (or year's) bounds when the day (or month) is pending. */
  earliest: string;
  latest: string;
  precision: "day" | "month" | "year";
  span: Span;
  text: string;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface DocumentFacts {
  readonly header: DocumentHeader;
  /** The genre: what the title line, the V/v subject or the number's symbol say; null when nothing does. */
  readonly genre: Genre | null;
  readonly closing: DocumentClosing;
  readonly citations: Citation[];
  readonly dates: ParagraphDate[];
  /** The draft's own date: the place-and-date line of its header; null when absent or impossible. */
  readonly ownDate: OwnDate | null;
  /** The draft's citations of the request: same number, a symbol equal or close to the request's; failing that, the request's symbol and date with the number mistyped. */
  readonly requestCitations: Citation[];
  /** The draft's sections against the request's outline (empty when there is no outline). */
  readonly sections: SectionComparison;
}

/** Facts computed lazily, each once. */
export function createFacts(draft: DocumentModel, request: RequestProfile | null): DocumentFacts {
  const cache = new Map<keyof DocumentFacts, unknown>();
  const once = <K extends keyof DocumentFacts>(key: K, compute: () => DocumentFacts[K]): DocumentFacts[K] => {
    if (!cache.has(key)) cache.set(key, compute());
    return cache.get(key) as DocumentFacts[K];
  };
  // The dates of each paragraph, found once for both the citations and the dates.
  let paragraphDates: readonly DateMention[][] | null = null;
  const datesOf = (): readonly DateMention[][] => (paragraphDates ??= datesByParagraph(draft));
  const facts: DocumentFacts = {
    get header() {
      return once("header", () => extractHeader(draft));
    },
    get genre() {
      return once("genre", () => {
        const header = facts.header;
        return documentGenre({
          titleGenre: header.typeName?.genre ?? null,
          hasSubject: header.subject !== null,
          number: header.number?.number || null,
          agency: header.agency?.text ?? null,
          hasNationalTitle: header.nationalTitle !== null,
          hasSalutation: header.salutation !== null,
        });
      });
    },
    get closing() {
      return once("closing", () => extractClosing(draft));
    },
    get citations() {
      return once("citations", () => findCitations(draft, datesOf()));
    },
    get dates() {
      return once("dates", () => findDatesInModel(draft, datesOf()));
    },
    get ownDate() {
      return once("ownDate", () => {
        const placeDate = facts.header.placeDate;
        if (!placeDate) return null;
        const span = { paragraph: placeDate.paragraph, start: placeDate.start, end: placeDate.end };
        if (placeDate.date) {
          return { iso: placeDate.date, earliest: placeDate.date, latest: placeDate.date, precision: "day", span, text: placeDate.dateText };
        }
        // A pending day still dates the draft to its month (or year): enough to compare with a deadline.
        const { year, month } = placeDate;
        if (!placeDate.dayPending || !year) return null;
        if (month && month >= 1 && month <= 12) {
          const from = `${year}-${pad(month)}-01`;
          const to = `${year}-${pad(month)}-${pad(lastDayOf(year, month))}`;
          return { iso: null, earliest: from, latest: to, precision: "month", span, text: placeDate.dateText };
        }
        return { iso: null, earliest: `${year}-01-01`, latest: `${year}-12-31`, precision: "year", span, text: placeDate.dateText };
      });
    },
    get requestCitations() {
      return once("requestCitations", () => {
        const number = request?.number;
        if (!number) return [];
        const cited = facts.citations.filter((c) => similarSymbols(c.number, number) && sameSymbolYear(c.number, number));
        if (cited.length > 0) return cited;
        // No citation carries the request's number: one with the number mistyped is still a citation of it.
        return facts.citations.filter((c) => mistypedNumberOf(c, number, request.date));
      });
    },
    get sections() {
      return once("sections", () => compareSections(draft, request?.outline ?? []));
    },
  };
  return facts;
}

/** Two symbols of the same year, or at least one without a year. */
export function sameSymbolYear(a: string, b: string): boolean {
  const ya = parseSymbol(a)?.year ?? null;
  const yb = parseSymbol(b)?.year ?? null;
  return !ya || !yb || ya === yb;
}

/** The span of a citation, or of one of its parts when that part was found. */
export function citationSpan(citation: Citation, part: "number" | "date" | "issuer" | "whole" = "whole"): Span {
  const p = citation.paragraph;
  if (part === "number") return { paragraph: p, ...citation.numberRange };
  if (part === "date" && citation.dateMention) return { paragraph: p, start: citation.dateMention.start, end: citation.dateMention.end };
  if (part === "issuer" && citation.issuerRange) return { paragraph: p, ...citation.issuerRange };
  return citation.span;
}

/** The facts as plain data (1-based paragraphs are the fronts' business; these are 0-based). */
export function summarizeFacts(facts: DocumentFacts): DocumentFactsSummary {
  const { header, closing } = facts;
  const number = header.number;
  const placeDate = header.placeDate;
  return {
    system: header.system ?? closing.authority?.system ?? null,
    genre: facts.genre?.name ?? null,
    genreKey: facts.genre?.key ?? null,
    agency: header.agency?.text ?? null,
    parentAgency: header.parentAgency?.text ?? null,
    number: number ? { text: number.number || null, pending: number.number === "", paragraph: number.paragraph } : null,
    date: placeDate
      ? {
          iso: placeDate.date,
          text: placeDate.dateText,
          place: placeDate.place,
          paragraph: placeDate.paragraph,
          dayPending: placeDate.dayPending,
          month: placeDate.month,
          year: placeDate.year,
        }
      : null,
    template: header.template,
    subject: (header.subject ?? header.typeSubject)?.text ?? null,
    citations: facts.citations.map((c) => ({
      type: c.type,
      number: c.number,
      date: c.date,
      issuer: c.issuer,
      paragraph: c.paragraph,
    })),
    closing: {
      recipients: closing.recipients.map((r) => r.text),
      authority: closing.authority?.text ?? null,
      title: closing.title?.text ?? null,
      signer: closing.signer?.text ?? null,
    },
  };
}
