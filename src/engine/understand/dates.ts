/**
 * Dates in Vietnamese administrative text: "29/8/2023", "29/08/2023", "29-8-2023",
 * "29.8.2023" and "ngày 29 tháng 8 năm 2023", with what each date is for in its sentence
 * (a deadline, a reporting period, the date of a cited document, the document's own date).
 */
import { daysInMonth, isValidDate, toIsoDate } from "../calendar";
import type { DocumentModel } from "../model";
import { isSpaceCode } from "./char-classes";

export type DateRole = "deadline" | "period-from" | "period-to" | "citation" | "own" | "other";

export interface DateMention {
  day: number;
  month: number;
  year: number;
  /** False for dates that do not exist (31/4, 29/02/2023, month 13, day 0). */
  valid: boolean;
  /** yyyy-mm-dd, or null when the date does not exist. */
  iso: string | null;
  /** The date as written, from `start` to `end`. */
  text: string;
  start: number;
  end: number;
  form: "numeric" | "words";
  role: DateRole;
}

export interface ParagraphDate extends DateMention {
  paragraph: number;
}

// Numeric dates: day and month of one or two digits, one separator used twice, a four-digit
// year; never inside a longer run of digits or a symbol such as "13/2021/QĐ".
const NUMERIC_DATE = /(?<![\p{L}\p{N}/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\p{N}]|[/-][\p{L}\p{N}])/gu;
const WORDS_DATE = /(?<![\p{L}\p{N}])ngày\s{1,5}(\d{1,2})\s{1,5}tháng\s{1,5}(\d{1,2})\s{0,5},?\s{0,5}năm\s{1,5}(\d{4})(?![\p{N}])/giu;

/** Why a day/month/year does not exist, in Vietnamese and English. */
export function invalidDateReason(day: number, month: number, year: number): { vi: string; en: string } {
  if (month < 1 || month > 12) {
    return { vi: `không có tháng ${month}`, en: `there is no month ${month}` };
  }
  if (day < 1) return { vi: `không có ngày ${day}`, en: `there is no day ${day}` };
  const last = daysInMonth(year, month);
  if (month === 2 && day === 29) {
    return { vi: `năm ${year} không phải năm nhuận, tháng 2 chỉ có 28 ngày`, en: `${year} is not a leap year: February has 28 days` };
  }
  return { vi: `tháng ${month} năm ${year} chỉ có ${last} ngày`, en: `month ${month} of ${year} has only ${last} days` };
}

interface RawDate {
  day: number;
  month: number;
  year: number;
  start: number;
  end: number;
  form: "numeric" | "words";
}

/** Both forms end in a four-digit year: a text without four digits in a row holds no date. */
// Written out: V8 runs it faster than `\d{4}` over every paragraph.
const YEAR_DIGITS = /[0-9][0-9][0-9][0-9]/;

function collect(text: string): RawDate[] {
  const found: RawDate[] = [];
  if (!YEAR_DIGITS.test(text)) return found;
  WORDS_DATE.lastIndex = 0;
  for (let m = WORDS_DATE.exec(text); m; m = WORDS_DATE.exec(text)) {
    found.push({
      day: Number(m[1]),
      month: Number(m[2]),
      year: Number(m[3]),
      start: m.index,
      end: m.index + m[0].length,
      form: "words",
    });
  }
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    found.push({
      day: Number(m[1]),
      month: Number(m[3]),
      year: Number(m[4]),
      start: m.index,
      end: m.index + m[0].length,
      form: "numeric",
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

// The words just before a date that say what it is for. Each is tested against the end of
// the clause before the date (lower case), so the patterns are anchored and bounded.
const PERIOD_TO_STRICT = /(?:tính|số liệu|lấy số liệu)\s(?:\S+\s){0,3}?(?:đến|tới)\s(?:hết\s)?(?:ngày\s)?$/u;
// A time of day may come first: "trước 15h00 ngày 15/6/2026", "chậm nhất 16 giờ 30 ngày …".
const DEADLINE_BEFORE = /(?:^|[^\p{L}])(?:trước|chậm nhất(?: là)?|không quá|không muộn hơn|đến hết|hạn chót(?: là)?|hạn cuối(?: là)?)\s(?:\d{1,2}\s?(?:h|giờ)(?:\s?\d{2})?(?:\s?phút)?,?\s)?(?:ngày\s)?$/u;
const PERIOD_TO = /(?:^|[^\p{L}])(?:đến|tới)\s(?:hết\s)?(?:ngày\s)?$/u;
const PERIOD_FROM = /(?:^|[^\p{L}])từ\s(?:ngày\s)?$/u;
// "hạn" as a deadline word, not "quyền hạn", "hạn chế", "giới hạn".
const DEADLINE_WORD = /(?:^|[^\p{L}])(?<!quyền |giới |hữu )(?:thời )?hạn(?! chế)(?:[^\p{L}]|$)/u;
// A number/symbol such as 4874/BNV-CCVC or 01-KH/BCĐ right before the date (after "ngày", ",").
const SYMBOL_BEFORE = /\d[\d\s]*[/-]\s?[\p{L}\p{N}]+(?:[/-][\p{L}\p{N}]+)*\s?,?\s(?:ban hành\s)?(?:ngày\s)?$/u;
// "Hà Nội, " before the date, at the start of the line.
const PLACE_BEFORE = /^\s*[\p{Lu}][\p{L} .'-]{1,40},\s*(?:[Nn]gày\s)?$/u;

// Made once: a pattern written inside a function is a new object each time the line runs.
const SPACES = /\s+/g;
const DAY_OR_COLON_LAST = / ngày\s?$|:\s?$/;

const CLAUSE_WINDOW = 90;
const RANGE_JOIN = /^\s{0,3}(?:đến|tới|-|–)\s{1,3}(?:hết\s{1,3})?(?:ngày\s{1,3})?$/iu;

function clauseBefore(text: string, start: number): string {
  let from = Math.max(0, start - CLAUSE_WINDOW);
  for (let i = start - 1; i >= from; i--) {
    const ch = text[i];
    if (ch === ";" || ch === "\n" || ((ch === "." || ch === "!" || ch === "?") && isSpaceCode(text.charCodeAt(i + 1)))) {
      from = i + 1;
      break;
    }
  }
  return text.slice(from, start);
}

function roleOf(text: string, raw: RawDate, previous: DateMention | undefined): DateRole {
  const rawPrefix = text.slice(Math.max(0, raw.start - CLAUSE_WINDOW), raw.start);
  if (raw.start <= 60 && PLACE_BEFORE.test(text.slice(0, raw.start))) {
    const after = text.slice(raw.end).trim();
    if (after.length <= 2) return "own";
  }
  const clause = clauseBefore(text, raw.start).toLowerCase().replace(SPACES, " ");
  // A words-form date already begins with "ngày"; a numeric one may follow "ngày ".
  if (SYMBOL_BEFORE.test(rawPrefix.replace(SPACES, " "))) return "citation";
  if (PERIOD_TO_STRICT.test(clause)) return "period-to";
  // "từ 01/7/2022 đến (hết ngày) 30/6/2023": the second date ends the period.
  if (previous?.role === "period-from" && RANGE_JOIN.test(text.slice(previous.end, raw.start))) return "period-to";
  if (DEADLINE_BEFORE.test(clause)) return "deadline";
  if (PERIOD_FROM.test(clause)) return "period-from";
  if (PERIOD_TO.test(clause)) return "period-to";
  const near = clause.slice(-40);
  if (DEADLINE_WORD.test(near) && DAY_OR_COLON_LAST.test(clause)) return "deadline";
  return "other";
}

/** Every date in a piece of text, in order, with its span and role. */
export function findDates(text: string): DateMention[] {
  const raws = collect(text);
  const result: DateMention[] = [];
  let previous: DateMention | undefined;
  for (const raw of raws) {
    if (previous && raw.start < previous.end) continue;
    const valid = isValidDate(raw.day, raw.month, raw.year);
    const role = roleOf(text, raw, previous);
    const mention: DateMention = {
      day: raw.day,
      month: raw.month,
      year: raw.year,
      valid,
      iso: valid ? toIsoDate(raw.day, raw.month, raw.year) : null,
      text: text.slice(raw.start, raw.end),
      start: raw.start,
      end: raw.end,
      form: raw.form,
      role,
    };
    result.push(mention);
    previous = mention;
  }
  return result;
}

/** The dates of each paragraph, in the model's order: found once per check, read by the citations and the date rules. */
export function datesByParagraph(model: DocumentModel): readonly DateMention[][] {
  // Most paragraphs hold no year: they share one empty list.
  const none: DateMention[] = [];
  return model.paragraphs.map((paragraph) => (YEAR_DIGITS.test(paragraph.text) ? findDates(paragraph.text) : none));
}

/** Every date of a document, paragraph by paragraph (from `datesByParagraph` when already found). */
export function findDatesInModel(model: DocumentModel, found: readonly DateMention[][] = datesByParagraph(model)): ParagraphDate[] {
  const all: ParagraphDate[] = [];
  model.paragraphs.forEach((paragraph, i) => {
    for (const date of found[i]) all.push({ ...date, paragraph: paragraph.index });
  });
  return all;
}
