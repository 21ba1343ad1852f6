/**
 * The header's lines one by one: the Quốc hiệu and Tiêu ngữ whatever their tone marks, the
 * number line, the place-and-date line (also with the day left blank for registration) and
 * the splitting of paragraphs into lines, also where text converted from PDF or web pages
 * runs two columns together.
 */
import type { Paragraph } from "../model";
import { upperFolded } from "./agency-name";
import { findDates } from "./dates";

export const RULE_LINE = /^[-_=*\s]{3,}$/u;

export interface HeaderLine {
  paragraph: number;
  text: string;
}

export interface HeaderNumber extends HeaderLine {
  /** Number and symbol without "Số:" and stray spaces: "919/UBND-NC"; "" when left blank. */
  number: string;
  /** Where the number and symbol sit in the paragraph's text. */
  start: number;
  end: number;
  /** "Số:" (state) or "Số" without a colon (Party). */
  colon: boolean;
}

export interface HeaderPlaceDate extends HeaderLine {
  place: string;
  /** ISO date, null when the date does not exist or is not complete. */
  date: string | null;
  /** The day is left blank for the văn thư to fill in at registration ("ngày    tháng 6 năm 2026"). */
  dayPending: boolean;
  /** Month and year as written, also when the day is pending; null when blank too. */
  month: number | null;
  year: number | null;
  dateText: string;
  start: number;
  end: number;
}

/**
 * A pattern for words whatever their tone marks: "CỘNG HÕA" and "CỘNG HOÀ" are still the
 * Quốc hiệu (misspelt: header-wording says so); vowels match any vowel letter with its marks.
 */
function loosePattern(words: string): RegExp {
  const parts = [...words].map((c) => {
    if (c === " ") return "\\s*";
    if ("AEIOUY".includes(c)) return "\\p{L}\\p{M}*";
    if (c === "D") return "[DĐ]";
    return c;
  });
  return new RegExp(parts.join(""), "iu");
}

const NATIONAL_TITLE = loosePattern("CONG HOA XA HOI CHU NGHIA VIET NAM");
const MOTTO_PARTS = [loosePattern("DOC LAP"), loosePattern("TU DO"), loosePattern("HANH PHUC")];

export function isNationalTitle(text: string): boolean {
  // Body text names the country too ("… nước Cộng hòa xã hội chủ nghĩa Việt Nam"): the title is a short line.
  return text.length < 160 && NATIONAL_TITLE.test(text);
}

export function isPartyTitle(text: string): boolean {
  return upperFolded(text).replace(/[^\p{L} ]/gu, "").trim() === "ĐẢNG CỘNG SẢN VIỆT NAM";
}

export function hasMotto(text: string): boolean {
  return MOTTO_PARTS.every((part) => part.test(text));
}

export function markLine(text: string, words: readonly string[]): boolean {
  const bare = upperFolded(text).replace(/[^\p{L} ]/gu, " ").replace(/\s+/g, " ").trim();
  return words.some((w) => bare === upperFolded(w));
}

const NUMBER_LINE = /^\s{0,8}(?:Số|SỐ|số)\s{0,3}(:?)\s{0,3}/u;
const NUMBER_BODY = /^(\d{0,6}(?:\.\d{1,4})?[a-z]?(?:\s?\/\s?|-)?[\p{L}\d]*(?:(?:\s?\/\s?|-)[\p{L}\d]+)*)/u;

export function readNumber(paragraph: number, text: string, offset = 0): HeaderNumber | null {
  const head = NUMBER_LINE.exec(text);
  if (!head) return null;
  const rest = text.slice(head[0].length);
  // "Số liệu", "Số lượng": a word, not a number line.
  if (/^\p{Ll}/u.test(rest)) return null;
  const body = NUMBER_BODY.exec(rest);
  const raw = body ? body[1] : "";
  const start = head[0].length;
  return {
    paragraph,
    text: text.trim(),
    number: raw.replace(/\s+/g, ""),
    start: offset + start,
    end: offset + start + raw.length,
    colon: head[1] === ":",
  };
}

/** A blank as the văn thư gets it: spaces, dots, ellipses, underscores or a "{{placeholder}}". */
const BLANK = String.raw`(?:[\s.…_]*|\{\{[^}]*\}\}|\{[^}]*\})`;
const PENDING_DATE = new RegExp(
  String.raw`^(.{0,60}?)[,\s]*\b([Nn]gày)\s*(?:(\d{1,2})|${BLANK})\s*tháng\s*(?:(\d{1,2})|${BLANK})\s*năm\s*(?:(\d{4})|\d{0,3}[.…_]+|${BLANK})\s*$`,
  "u",
);

export function readPlaceDate(paragraph: number, text: string, offset = 0): HeaderPlaceDate | null {
  if (text.length > 80) return null;
  const date = findDates(text).find((d) => d.role === "own");
  if (date) {
    const place = text.slice(0, date.start).replace(/,\s*(?:ngày\s*)?$/iu, "").trim();
    const parts = date.iso ? date.iso.split("-").map(Number) : [];
    return {
      paragraph,
      text: text.trim(),
      place,
      date: date.iso,
      dayPending: false,
      month: parts[1] ?? null,
      year: parts[0] ?? null,
      dateText: date.text,
      start: offset + date.start,
      end: offset + date.end,
    };
  }
  // "Lào Cai, ngày      tháng 6 năm 2026": the day (and maybe the month) left for registration.
  const pending = PENDING_DATE.exec(text);
  if (!pending || pending[3]) return null;
  const start = pending[1].length + text.slice(pending[1].length).indexOf(pending[2]);
  const place = pending[1].replace(/[,\s]+$/u, "").trim();
  return {
    paragraph,
    text: text.trim(),
    place,
    date: null,
    dayPending: true,
    month: pending[4] ? Number(pending[4]) : null,
    year: pending[5] ? Number(pending[5]) : null,
    dateText: text.slice(start).trim(),
    start: offset + start,
    end: offset + text.trimEnd().length,
  };
}

/** Where the Quốc hiệu starts in a line, also when the agency is glued before it (two columns read as one line). */
export function nationalTitleAt(text: string): number {
  return NATIONAL_TITLE.exec(text)?.index ?? -1;
}

export function mottoAt(text: string): number {
  return MOTTO_PARTS[0].exec(text)?.index ?? -1;
}

/** One header line: a paragraph, or a line of a paragraph that holds several (hard breaks). */
export interface Line {
  paragraph: number;
  text: string;
  /** Where `text` starts in the paragraph's text. */
  offset: number;
}

/**
 * Text converted from PDF or web pages puts the header's two columns on one line with "|"
 * between the cells, ends a line with the rule under it ("BỘ TÀI CHÍNH -------") or runs the
 * date into "Kính gửi": each piece is read as a line of its own.
 */
/** Line breaks and the cell separator "|" end a piece. */
const isPieceBreak = (code: number): boolean => code === 10 || code === 13 || code === 11 || code === 0x2028 || code === 124;
const TRAILING_RULE = /\s*[-_=*]{3,}\s*$/u;
const INLINE_SALUTATION = /\s(?=Kính\s{1,3}gửi\s{0,3}:)/u;

export function linesOf(paragraph: Paragraph): Line[] {
  const lines: Line[] = [];
  const push = (raw: string, at: number): void => {
    const lead = raw.length - raw.trimStart().length;
    let text = raw.trim();
    if (!RULE_LINE.test(text)) text = text.replace(TRAILING_RULE, "");
    if (text) lines.push({ paragraph: paragraph.index, text, offset: at + lead });
  };
  // A scan, not a global regular expression: a pasted line of several megabytes once overflowed
  // the regular-expression stack here.
  const text = paragraph.text;
  let start = 0;
  while (start < text.length) {
    while (start < text.length && isPieceBreak(text.charCodeAt(start))) start++;
    if (start >= text.length) break;
    let end = start;
    while (end < text.length && !isPieceBreak(text.charCodeAt(end))) end++;
    const piece = text.slice(start, end);
    const split = INLINE_SALUTATION.exec(piece);
    if (split && split.index > 0 && /\d{4}\s*$/u.test(piece.slice(0, split.index))) {
      push(piece.slice(0, split.index), start);
      push(piece.slice(split.index), start + split.index);
    } else {
      push(piece, start);
    }
    start = end;
  }
  return lines;
}

