/**
 * Analysis of the draft shared by the check rules, computed once per check through the
 * rule context's memo: citations, dates, header, closing and the draft's own date.
 */
import type { Span } from "../model";
import type { RuleContext } from "../rules/rule";
import { findCitations, similarSymbols, type Citation } from "./citations";
import { parseSymbol } from "./doctypes";
import { extractClosing, type DocumentClosing } from "./closing";
import { formatIsoDate } from "../calendar";
import { findDatesInModel, type ParagraphDate } from "./dates";
import { extractHeader, type DocumentHeader } from "./header";

export function draftCitations(context: RuleContext): Citation[] {
  return context.memo("analysis:citations", () => findCitations(context.draft));
}

export function draftDates(context: RuleContext): ParagraphDate[] {
  return context.memo("analysis:dates", () => findDatesInModel(context.draft));
}

export function draftHeader(context: RuleContext): DocumentHeader {
  return context.memo("analysis:header", () => extractHeader(context.draft));
}

export function draftClosing(context: RuleContext): DocumentClosing {
  return context.memo("analysis:closing", () => extractClosing(context.draft));
}

export interface OwnDate {
  iso: string;
  span: Span;
  text: string;
}

/** The draft's own date: the place-and-date line of its header; null when absent or impossible. */
export function draftOwnDate(context: RuleContext): OwnDate | null {
  return context.memo("analysis:own-date", () => {
    const placeDate = draftHeader(context).placeDate;
    if (!placeDate?.date) return null;
    return {
      iso: placeDate.date,
      span: { paragraph: placeDate.paragraph, start: placeDate.start, end: placeDate.end },
      text: placeDate.dateText,
    };
  });
}

/** "Công văn số 4874/BNV-CCVC", or "số 4874/BNV-CCVC" when the type is not known. */
export function documentLabel(type: string | null, number: string): string {
  return type ? `${type} số ${number}` : `văn bản số ${number}`;
}

export function documentLabelEn(type: string | null, number: string): string {
  return type ? `${type} No. ${number}` : `document No. ${number}`;
}

/** A date for messages: "29/8/2023". */
export function showDate(iso: string): string {
  return formatIsoDate(iso);
}

export function citationSpan(citation: Citation, part: "number" | "date" | "issuer" | "whole" = "whole"): Span {
  const p = citation.paragraph;
  if (part === "number") return { paragraph: p, ...citation.numberRange };
  if (part === "date" && citation.dateMention) return { paragraph: p, start: citation.dateMention.start, end: citation.dateMention.end };
  if (part === "issuer" && citation.issuerRange) return { paragraph: p, ...citation.issuerRange };
  return citation.span;
}

/** The draft's citations of the request: same number, a symbol equal or close to the request's. */
export function citationsOfRequest(context: RuleContext): Citation[] {
  return context.memo("analysis:request-citations", () => {
    const number = context.request?.number;
    if (!number) return [];
    return draftCitations(context).filter((c) => similarSymbols(c.number, number) && sameYear(c.number, number));
  });
}

function yearOf(symbol: string): string | null {
  return parseSymbol(symbol)?.year ?? null;
}

function sameYear(a: string, b: string): boolean {
  const ya = yearOf(a);
  const yb = yearOf(b);
  return !ya || !yb || ya === yb;
}

export { sameYear as sameSymbolYear };
