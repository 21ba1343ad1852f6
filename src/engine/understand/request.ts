/**
 * What a request letter demands: its number, type, date, issuer and subject, the deadline
 * for the reply, the reporting period and the outline the reply must follow.
 */
import type { DocumentModel, Paragraph } from "../model";
import type { Period, RequestProfile } from "../types";
import { findCitations } from "./citations";
import { findDates, type DateMention } from "./dates";
import { parseSymbol, typeForAbbreviation } from "./doctypes";
import { issuerName } from "./agency-name";
import { extractHeader, type DocumentHeader } from "./header";
import { extractOutline } from "./outline";

/** Footnotes ("¹ Trừ …", "<sup>1</sup> Quyết định …") repeat or add side remarks: read them last. */
export function isFootnote(paragraph: Paragraph): boolean {
  if (/^\s{0,3}[¹²³⁴⁵⁶⁷⁸⁹⁰]/u.test(paragraph.text)) return true;
  return (paragraph.marks ?? []).some((mark) => mark.kind === "superscript" && mark.start === 0);
}

function typeOf(header: DocumentHeader): string | null {
  if (header.typeName) return header.typeName.type;
  if (header.subject) return "Công văn";
  const symbol = header.number?.number;
  if (symbol) {
    const parts = parseSymbol(symbol);
    if (parts?.typeSegment) return typeForAbbreviation(parts.typeSegment, parts.form) ?? null;
  }
  return null;
}

interface DatedParagraph {
  paragraph: Paragraph;
  dates: DateMention[];
}

function datesAfter(model: DocumentModel, bodyStart: number): DatedParagraph[] {
  const body: DatedParagraph[] = [];
  const notes: DatedParagraph[] = [];
  for (const paragraph of model.paragraphs) {
    if (paragraph.index < bodyStart || !/\d/.test(paragraph.text)) continue;
    const dates = findDates(paragraph.text);
    if (dates.length === 0) continue;
    (isFootnote(paragraph) ? notes : body).push({ paragraph, dates });
  }
  return [...body, ...notes];
}

function findDeadline(dated: DatedParagraph[]): string | null {
  for (const { dates } of dated) {
    const deadline = dates.find((d) => d.role === "deadline" && d.iso);
    if (deadline) return deadline.iso;
  }
  return null;
}

function findPeriod(dated: DatedParagraph[]): Period | null {
  for (const { dates } of dated) {
    const end = dates.findIndex((d) => d.role === "period-to" && d.iso);
    if (end < 0) continue;
    let from: string | null = null;
    for (let i = end - 1; i >= 0; i--) {
      if (dates[i].role === "period-from") {
        from = dates[i].iso;
        break;
      }
    }
    return { from, to: dates[end].iso };
  }
  for (const { dates } of dated) {
    const start = dates.find((d) => d.role === "period-from" && d.iso);
    if (start) return { from: start.iso, to: null };
  }
  return null;
}

/** Reads the request profile from a request letter. */
export function extractRequest(model: DocumentModel): RequestProfile {
  const header = extractHeader(model);
  let number = header.number?.number || null;
  let type = typeOf(header);
  let date = header.placeDate?.date ?? null;
  let issuer = header.agency ? issuerName(header.agency.text, header.parentAgency?.text ?? null) : null;
  let subject = header.subject?.text ?? header.typeSubject?.text ?? null;

  // A request pasted as one citation line ("Công văn số … ngày … của … về …") has no header;
  // a reply that opens with "Thực hiện Công văn số …" is not one.
  if (!number && !header.typeName) {
    const first = findCitations({ ...model, paragraphs: model.paragraphs.slice(0, 3) })[0];
    const opening = first ? model.paragraphs.find((p) => p.index === first.paragraph) : undefined;
    if (first && opening && opening.text.slice(0, first.span.start).trim() === "") {
      number = first.number;
      type = type ?? first.type;
      date = date ?? first.date;
      issuer = first.issuer ?? issuer;
      subject = subject ?? first.subject;
    }
  }

  const dated = datesAfter(model, header.bodyStart);
  return {
    number,
    type,
    date,
    issuer,
    subject,
    deadline: findDeadline(dated),
    period: findPeriod(dated),
    outline: extractOutline(model),
  };
}
