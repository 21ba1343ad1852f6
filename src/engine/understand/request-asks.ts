/**
 * Whether a document is a request at all, and what it asks: the reply's deadline read only
 * from sentences that ask for something to be sent, reported or submitted by a date, and the
 * reporting period read only from sentences about the data or the report's period.
 *
 * A request is a letter (công văn, giấy mời, công điện) that asks its addressees for a reply:
 * a report, information or opinions sent back, or a submission by a date. A báo cáo, quyết
 * định, giấy phép, nghị quyết, thông báo, biên bản, kế hoạch… records, decides or reports;
 * dates in it are validity, terms or periods of its own, never a reply deadline.
 */
import type { DocumentModel, Paragraph } from "../model";
import type { Period } from "../types";
import { findCitations } from "./citations";
import { findDates, type DateMention } from "./dates";
import { foldVietnamese, parseSymbol, typeForAbbreviation } from "./doctypes";

/** Genres that can ask their addressees for a reply. */
const LETTER_GENRES: ReadonlySet<string> = new Set(["Công văn", "Giấy mời", "Công điện"]);

/** Title lines that name a genre, longest first so "Phiếu trình" wins over "Phiếu". */
const TITLE_GENRES: readonly string[] = [
  "Văn bản hợp nhất",
  "Giấy chứng nhận",
  "Thông tư liên tịch",
  "Bản tự kiểm điểm",
  "Tổng hợp ý kiến",
  "Giấy giới thiệu",
  "Giấy nghỉ phép",
  "Giấy ủy quyền",
  "Bản nhận xét",
  "Chương trình",
  "Phiếu trình",
  "Quyết định",
  "Nghị quyết",
  "Nghị định",
  "Thông báo",
  "Thông cáo",
  "Giấy phép",
  "Chứng nhận",
  "Phương án",
  "Hướng dẫn",
  "Công điện",
  "Pháp lệnh",
  "Thông tư",
  "Kế hoạch",
  "Biên bản",
  "Tờ trình",
  "Giấy mời",
  "Hợp đồng",
  "Quy định",
  "Kết luận",
  "Công văn",
  "Báo cáo",
  "Chỉ thị",
  "Quy chế",
  "Phụ lục",
  "Bộ luật",
  "Đề án",
  "Dự án",
  "Luật",
  "Đơn",
  "Sổ",
].sort((a, b) => b.length - a.length);

/** Abbreviations the ký hiệu uses for genres outside Phụ lục III's table. */
const EXTRA_ABBREVIATIONS: Readonly<Record<string, string>> = { GP: "Giấy phép", GCN: "Giấy chứng nhận", VBHN: "Văn bản hợp nhất" };

const HEADER_WINDOW = 25;
const SALUTATION = /^kính\s+gửi/iu;
const NUMBER_LINE = /^số\s*:?\s*(.*)$/iu;
const SUBJECT_LINE = /^(v\/v|về\s+việc)\b/iu;
const NOTIFYING_SUBJECT = /^(?:v\/v|về\s+việc)\s*:?\s*thông\s+báo\s+(?:kết\s+quả|kết\s+luận)/iu;

function plain(paragraph: Paragraph): string {
  return paragraph.text.replace(/[*_#`|]/g, " ").replace(/\s+/g, " ").trim();
}

function isUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase();
}

function titleGenre(text: string): string | null {
  const folded = foldVietnamese(text);
  for (const genre of TITLE_GENRES) {
    const name = foldVietnamese(genre);
    if (folded === name || folded.startsWith(`${name} `)) return genre;
  }
  return null;
}

function symbolGenre(numberLine: string): string | null {
  const symbol = numberLine.replace(/\s+/g, "").replace(/^[.…_]*/u, "");
  // A number left blank for registration still carries its symbol: "…/QĐ-SCT", "-CV/BNCTU".
  const complete = /^\d/.test(symbol) ? symbol : /^[/-]/.test(symbol) ? `0${symbol}` : `0/${symbol}`;
  const parts = parseSymbol(complete);
  if (!parts) return null;
  if (!parts.typeSegment) return "Công văn";
  const segment = parts.typeSegment;
  return typeForAbbreviation(segment, parts.form) ?? EXTRA_ABBREVIATIONS[segment.toUpperCase()] ?? (parts.form === "state" ? "Công văn" : null);
}

/**
 * The document's genre from what its top says: the title line ("GIẤY MỜI HỌP", "BÁO CÁO
 * THAM LUẬN"), else the symbol of its number ("…/QĐ-SCT"), else a V/v line (a công văn).
 * Null when the top names none.
 */
export function documentGenre(model: DocumentModel): string | null {
  let fromSymbol: string | null = null;
  let hasSubjectLine = false;
  const top = model.paragraphs.slice(0, HEADER_WINDOW);
  for (const paragraph of top) {
    const text = plain(paragraph);
    if (text.length === 0) continue;
    if (SALUTATION.test(text)) break;
    // The body has begun: a long sentence is no title.
    if (text.length > 200) break;
    if (/^(dự\s+thảo|mật|khẩn|hỏa\s+tốc)\b/iu.test(text)) continue;
    const number = NUMBER_LINE.exec(text);
    if (number && /[/-]/.test(number[1])) {
      fromSymbol = fromSymbol ?? symbolGenre(number[1].split(/\s{2,}|,\s/u)[0]);
      continue;
    }
    if (SUBJECT_LINE.test(text)) {
      hasSubjectLine = true;
      // "V/v thông báo kết quả thẩm định …": a công văn that notifies, not one that asks.
      if (NOTIFYING_SUBJECT.test(text)) return "Thông báo";
    }
    if (isUpperCase(text) && !/^(cộng\s+hòa|cộng\s+hoà|độc\s+lập|đảng\s+cộng\s+sản)/iu.test(text)) {
      const genre = titleGenre(text);
      if (genre) return genre;
    }
  }
  if (fromSymbol) return fromSymbol;
  return hasSubjectLine ? "Công văn" : null;
}

// ---------------------------------------------------------------- asks

/** Words that put a duty on the addressee. */
const FRAMING = /(?:^|[^\p{L}])(?:đề nghị|yêu cầu|giao|đôn đốc|khẩn trương|kính mời|trân trọng mời|đề xuất)(?=[^\p{L}]|$)/u;
/** "Xét đề nghị của …", "nếu có yêu cầu": the words as nouns put no duty on anyone. */
const FRAMING_NOUN = /(?:xét|theo|nếu có|đáp ứng|các|những|tại|với|trên cơ sở) (?:đề nghị|yêu cầu)|(?:đề nghị|yêu cầu) của/gu;
/** Sending a reply back: a report, information, opinions, a submission. */
const SEND_VERB =
  /(?:^|[^\p{L}])(?:(?<!kính )gửi(?! kèm)|nộp|cung cấp|(?<!(?:tờ|phiếu|quá|chương|lộ|công|hành|tiến|quy|văn|lập) )trình(?! (?:bày|độ|tự|diễn|chiếu))|(?:thực hiện|có|gửi) báo cáo|báo cáo (?:về|cho|bằng văn bản|kết quả|tình hình|theo|ủy ban|ubnd|sở|bộ|cục|ban|văn phòng|thủ tướng|chính phủ)|(?:tham gia|góp|cho) ý kiến|có ý kiến (?:bằng văn bản|góp ý|tham gia|vào|đối với|về dự thảo)|góp ý|phản hồi)(?=[^\p{L}]|$)/u;
/** A reply asked for in writing, not only a task to be carried out. */
const STRONG_SEND =
  /(?:^|[^\p{L}])(?:gửi (?:báo cáo|văn bản|ý kiến|thông tin|số liệu|về)|báo cáo (?:về|bằng văn bản|kết quả|tình hình)|(?:thực hiện|có) báo cáo|cung cấp (?:thông tin|số liệu|tài liệu)|(?:tham gia|góp|cho) ý kiến|có ý kiến (?:bằng văn bản|góp ý|tham gia|vào|đối với|về dự thảo)|góp ý)(?=[^\p{L}]|$)/u;
/** "Nếu có khó khăn, vướng mắc, đề nghị … báo cáo": the closing formula of a directive, no reply asked. */
const CONDITIONAL = /(?:^|[^\p{L}])(?:nếu|trường hợp|khi|trong quá trình thực hiện) (?:\S+ ){0,3}?(?:khó khăn|vướng mắc|phát sinh)/u;
/** A sentence recalling an earlier letter or a past deadline, not asking anything now. */
const RECALL =
  /^(?:ngày \d|vừa qua|trước đó|tại (?:văn bản|công văn)|theo (?:văn bản|công văn))|(?:^|[^\p{L}])(?:có|ban hành) (?:văn bản|công văn|kế hoạch) số|(?:^|[^\p{L}])đã (?:\S+ ){0,4}?(?:gửi|đề nghị|yêu cầu|có văn bản|ban hành)(?=[^\p{L}]|$)/u;

/**
 * A deadline written as a span rather than a date: "trong thời hạn 05 ngày làm việc kể từ ngày
 * nhận được văn bản", "trong vòng 15 ngày", or a recurring one: "định kỳ hằng quý, trước ngày
 * 15 của tháng cuối quý".
 */
export type DeadlineSpan =
  | {
      kind: "span";
      days: number;
      workingDays: boolean;
      /** Counted from the day the letter is received, or from its own date. */
      from: "received" | "issued";
      /** The words as written. */
      text: string;
    }
  | { kind: "recurring"; every: "month" | "quarter"; day: number; text: string }
  | {
      /** "trước 15 ngày kể từ ngày tổ chức hội nghị (20/10/2023)": days before an event. */
      kind: "before";
      days: number;
      workingDays: boolean;
      /** The event as written ("ngày tổ chức hội nghị"), or null when the sentence names none. */
      event: string | null;
      /** The event's date (yyyy-mm-dd) when the sentence gives it, else null: never guessed. */
      reference: string | null;
      text: string;
    };

export interface RequestAsk {
  paragraph: number;
  /** The asking sentence as written. */
  text: string;
  /** The date the reply is due, when the sentence gives one. */
  deadline: string | null;
  /** The span the reply is due in, when the sentence gives one instead of a date. */
  span?: DeadlineSpan;
  /** The sentence asks for a written reply (a report, information, opinions). */
  strong: boolean;
  /** The sentence says who must act (đề nghị, yêu cầu, giao…). */
  framed: boolean;
}

/** Footnotes ("¹ Trừ …", "<sup>1</sup> Quyết định …") repeat or add side remarks: read them last. */
export function isFootnote(paragraph: Paragraph): boolean {
  if (/^\s{0,3}[¹²³⁴⁵⁶⁷⁸⁹⁰]/u.test(paragraph.text)) return true;
  return (paragraph.marks ?? []).some((mark) => mark.kind === "superscript" && mark.start === 0);
}

interface Sentence {
  paragraph: number;
  text: string;
  start: number;
  dates: DateMention[];
}

/** Sentences of the body with the dates in each, body first and footnotes after. */
function sentences(model: DocumentModel, bodyStart: number, needDates: boolean): Sentence[] {
  const body: Sentence[] = [];
  const notes: Sentence[] = [];
  for (const paragraph of model.paragraphs) {
    if (paragraph.index < bodyStart) continue;
    const text = paragraph.text;
    if (needDates && !/\d/.test(text)) continue;
    const target = isFootnote(paragraph) ? notes : body;
    const dates = needDates ? findDates(text) : [];
    if (needDates && dates.length === 0) continue;
    // Split at ". X" (a new sentence), keeping offsets so each date stays with its sentence.
    const breaks = [0];
    const boundary = /[.!?;]\s+(?=[\p{Lu}\d"“(-])/gu;
    for (let m = boundary.exec(text); m; m = boundary.exec(text)) breaks.push(m.index + m[0].length);
    breaks.push(text.length);
    // Dates by where they start, walked once with the sentences (not filtered again for each
    // sentence, which grew with sentences × dates on one long paragraph); each sentence keeps
    // its dates in the order findDates gave them.
    const byStart = dates.map((_, i) => i).sort((a, b) => dates[a].start - dates[b].start || a - b);
    let next = 0;
    for (let i = 0; i + 1 < breaks.length; i++) {
      const start = breaks[i];
      const end = breaks[i + 1];
      if (end <= start) continue;
      while (next < byStart.length && dates[byStart[next]].start < start) next++;
      const first = next;
      while (next < byStart.length && dates[byStart[next]].start < end) next++;
      target.push({
        paragraph: paragraph.index,
        text: text.slice(start, end),
        start,
        dates: byStart.slice(first, next).sort((a, b) => a - b).map((j) => dates[j]),
      });
    }
  }
  return [...body, ...notes];
}

function lower(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/** "trong (thời hạn|vòng) 05 ngày (làm việc) (kể từ ngày nhận được …)". */
const SPAN =
  /(?:^|[^\p{L}])(?:trong (?:thời hạn |vòng |thời gian )?|chậm nhất (?:là |sau )?|không quá |sau )(\d{1,3}) ngày( làm việc)?(?: (?:kể từ|tính từ|sau khi|sau) (?:ngày )?(nhận|ký|ban hành)?)?/u;
/** "định kỳ hằng quý, trước ngày 15 của tháng cuối quý", "hằng tháng, trước ngày 20". */
const RECURRING = /(?:hằng|hàng) (quý|tháng)(?![\p{L}])[^.;]*?(?:trước|chậm nhất(?: là)?(?: vào)?) ngày (\d{1,2})(?!\d|\s*[/-]\d)/u;

/**
 * "trước 15 ngày kể từ ngày tổ chức hội nghị", "chậm nhất 10 ngày trước ngày khai mạc",
 * "trước ít nhất 07 ngày làm việc so với ngày họp": a count back from an event.
 */
const BEFORE =
  /(?:^|[^\p{L}])(?:trước(?: ít nhất)? (\d{1,3}) ngày( làm việc)?(?: (?:kể từ|tính từ|so với|tính đến)(?= ))?|(?:chậm nhất|ít nhất)(?: là)? (\d{1,3}) ngày( làm việc)? trước)(?![\p{L}])/u;
/** The event named after the count, up to a date, a bracket or the end of the clause. */
const EVENT = /^\s*((?:ngày|thời điểm|khi|buổi)\s[^,;:()]*?)\s*(?=\(|,|;|:|\.?$|(?:là )?(?:vào )?ngày \d|\d{1,2}[/.-]\d)/u;

function readBefore(text: string): Extract<DeadlineSpan, { kind: "before" }> | undefined {
  const before = BEFORE.exec(text);
  if (!before) return undefined;
  const days = Number(before[1] ?? before[3]);
  if (days < 1 || days > 365) return undefined;
  const tail = text.slice(before.index + before[0].length);
  const named = EVENT.exec(tail);
  const event = named ? named[1].replace(/\s+(?:là|vào)$/u, "").trim() : null;
  // The event's date: the first date in the same clause after the count, as in
  // "… ngày tổ chức hội nghị (20/10/2023)" or "… ngày khai mạc là ngày 20 tháng 10 năm 2023".
  const clause = tail.split(/[;]/u)[0].slice(0, 120);
  const date = findDates(clause).find((d) => d.iso);
  return {
    kind: "before",
    days,
    workingDays: Boolean(before[2] ?? before[4]),
    event: event && event.length > 0 ? event : null,
    reference: date?.iso ?? null,
    text: (before[0] + (named ? named[0] : "")).replace(/^[^\p{L}]+/u, "").trim(),
  };
}

/** The span a sentence gives for the reply, read from its lower-cased text. */
export function readSpan(text: string): DeadlineSpan | undefined {
  const before = readBefore(text);
  if (before) return before;
  const recurring = RECURRING.exec(text);
  if (recurring) {
    const day = Number(recurring[2]);
    if (day >= 1 && day <= 28) return { kind: "recurring", every: recurring[1] === "quý" ? "quarter" : "month", day, text: recurring[0].trim() };
  }
  const span = SPAN.exec(text);
  if (!span) return undefined;
  const days = Number(span[1]);
  if (days < 1 || days > 365) return undefined;
  return { kind: "span", days, workingDays: Boolean(span[2]), from: span[3] === "nhận" ? "received" : "issued", text: span[0].trim() };
}

/** Every sentence of the body that asks for a reply, in reading order (footnotes last). */
export function findAsks(model: DocumentModel, bodyStart: number): RequestAsk[] {
  const asks: RequestAsk[] = [];
  for (const sentence of sentences(model, bodyStart, false)) {
    const text = lower(sentence.text);
    if (text.length < 12 || !SEND_VERB.test(text) || RECALL.test(text) || CONDITIONAL.test(text)) continue;
    const dates = findDates(sentence.text);
    const before = readBefore(text);
    // "chậm nhất 15 ngày trước ngày 20/10/2023": the date is the event, not the deadline.
    const due = dates.find((d) => d.role === "deadline" && d.iso && d.iso !== before?.reference);
    const framed = FRAMING.test(text.replace(FRAMING_NOUN, " "));
    if (!framed && !due) continue;
    const span = due ? undefined : readSpan(text);
    asks.push({ paragraph: sentence.paragraph, text: sentence.text.trim(), deadline: due?.iso ?? null, ...(span ? { span } : {}), strong: STRONG_SEND.test(text), framed });
  }
  return asks;
}

/** The reply's deadline: the first asking sentence that gives a date, the body before footnotes. */
export function askedDeadline(asks: readonly RequestAsk[]): string | null {
  return asks.find((ask) => ask.deadline)?.deadline ?? null;
}

/** The span the reply is due in, when no asking sentence gives a date. */
export function askedSpan(asks: readonly RequestAsk[]): DeadlineSpan | null {
  if (asks.some((ask) => ask.deadline)) return null;
  return asks.find((ask) => ask.span)?.span ?? null;
}

// ---------------------------------------------------------------- period

/** Sentences about the data or the report's period. */
const PERIOD_TOPIC = /số liệu|kỳ báo cáo|thời điểm báo cáo|thời gian báo cáo|giai đoạn báo cáo|thời kỳ báo cáo|báo cáo (?:kết quả|tình hình|đánh giá)|tính đến|tính từ/u;
/** Validity, terms and effect: never a reporting period. */
const NOT_PERIOD = /hiệu lực|có giá trị|thời hạn|giấy phép|chứng chỉ|giấy chứng nhận|nhiệm kỳ \d/u;

/** The reporting period: only from sentences about the data or the report's period. */
export function askedPeriod(model: DocumentModel, bodyStart: number): Period | null {
  const dated = sentences(model, bodyStart, true).filter((s) => {
    const text = lower(s.text);
    return PERIOD_TOPIC.test(text) && !NOT_PERIOD.test(text);
  });
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

// ---------------------------------------------------------------- verdict

/** A request given as one citation line ("Công văn số … ngày … của … về …") names a request. */
function isCitationLine(model: DocumentModel): boolean {
  const lines = model.paragraphs.filter((p) => p.text.trim().length > 0);
  if (lines.length === 0 || lines.length > 3) return false;
  const first = findCitations({ ...model, paragraphs: lines.slice(0, 1) })[0];
  return first !== undefined && lines[0].text.slice(0, first.span.start).trim() === "";
}

export type RequestVerdict =
  | { request: true; genre: string | null }
  | {
      request: false;
      genre: string | null;
      /** Why, for the refusal: the genre never asks a reply, or the letter asks none. */
      reason: "genre" | "no-ask";
    };

/**
 * Decides from what the document asks and its genre whether it is a request: a letter
 * (or a document with no genre on top) that asks for a reply by a date, or asks in writing
 * for a report, information or opinions to be sent. A task set without a dated reply
 * ("hoàn thành trình UBND tỉnh trong tháng 9") is a directive, not a request.
 */
export function judgeRequest(model: DocumentModel, bodyStart: number): RequestVerdict {
  if (isCitationLine(model)) return { request: true, genre: null };
  const genre = documentGenre(model);
  if (genre && !LETTER_GENRES.has(genre)) return { request: false, genre, reason: "genre" };
  const asks = findAsks(model, bodyStart);
  if (asks.some((ask) => ask.deadline || (ask.strong && ask.framed))) return { request: true, genre };
  return { request: false, genre, reason: "no-ask" };
}
