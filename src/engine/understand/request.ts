/**
 * What a request letter demands: its number, type, date, issuer and subject, the deadline
 * for the reply, the reporting period and the outline the reply must follow.
 */
import type { DocumentModel } from "../model";
import type { RequestProfile } from "../types";
import { findCitations } from "./citations";
import { parseSymbol, typeForAbbreviation } from "./doctypes";
import { issuerName } from "./agency-name";
import { extractHeader, type DocumentHeader } from "./header";
import { extractOutline } from "./outline";
import { askedDeadline, askedPeriod, askedSpan, findAsks, judgeRequest, type RequestVerdict } from "./request-asks";
import { countSpan } from "../calendar/deadline";
import { HolidayCalendar, type HolidayOverrides } from "../calendar/holidays";

export interface RequestOptions {
  /** The day the clerk received the letter (yyyy-mm-dd), for spans counted from receipt. */
  received?: string | null;
  /** The organization's own days off and working Saturdays. */
  holidays?: HolidayOverrides;
}

/** Footnotes are read after the body (see request-asks.ts). */
export { isFootnote } from "./request-asks";

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

/** Reads the request profile from a request letter. */
export function extractRequest(model: DocumentModel, options: RequestOptions = {}): RequestProfile {
  const header = extractHeader(model);
  let number = header.number?.number || null;
  let type = typeOf(header);
  let date = header.placeDate?.date ?? null;
  let issuer = header.agency ? issuerName(header.agency.text, header.parentAgency?.text ?? null) : null;
  // The trích yếu under a genre name may open with "Về …" as a công văn's opens with "V/v":
  // neither word is part of the subject.
  let subject = header.subject?.text ?? header.typeSubject?.text.replace(/^Về\s+(?:việc\s+)?(?=\S)/u, "") ?? null;

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

  const asks = findAsks(model, header.bodyStart);
  let deadline = askedDeadline(asks);
  let deadlineBasis: string | undefined;
  const span = askedSpan(asks);
  if (!deadline && span) {
    const count = countSpan(span, { issued: date, received: options.received }, new HolidayCalendar(options.holidays));
    if (count) {
      deadline = count.deadline;
      deadlineBasis = count.basis;
    } else if (span.kind === "before") {
      // The event's date is not in the letter: say what was asked rather than guess a date.
      deadlineBasis = `${span.text} (văn bản không nêu ngày ${span.event?.replace(/^ngày /u, "") ?? "được tính"}, nên chưa tính được ngày hạn)`;
    }
  }
  return {
    number,
    type,
    date,
    issuer,
    subject,
    deadline,
    ...(deadlineBasis ? { deadlineBasis } : {}),
    period: askedPeriod(model, header.bodyStart),
    outline: extractOutline(model),
  };
}

/** Whether the document is a request at all (see request-asks.ts), before reading it as one. */
export function requestVerdict(model: DocumentModel): RequestVerdict {
  return judgeRequest(model, extractHeader(model).bodyStart);
}
