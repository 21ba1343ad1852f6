/**
 * Citations of other documents in running text: "Công văn số 4874/BNV-CCVC ngày 29/8/2023
 * của Bộ Nội vụ về việc …", "Kế hoạch số 01-KH/BCĐ, ngày 10/8/2023 của Ban Chỉ đạo Đề án",
 * "Nghị định 30/2020/NĐ-CP". Each part comes with its offsets in the paragraph.
 */
import type { DocumentModel, Span } from "../model";
import { findDates, type DateMention } from "./dates";
import { TYPE_NAMES_LONGEST_FIRST, documentType, foldVietnamese } from "./doctypes";
import { isLetterAt, isSpaceCode, isUpperAt } from "./char-classes";
import { keptAnswers } from "../kept-answers";

export interface TextRange {
  start: number;
  end: number;
}

export interface Citation {
  paragraph: number;
  /** Canonical type word ("Công văn"), or null when the text gives only "số …". */
  type: string | null;
  typeRange: TextRange | null;
  /** Number and symbol with stray spaces removed: "919/UBND-NC". */
  number: string;
  /** As written: "919 /UBND-NC". */
  numberText: string;
  numberRange: TextRange;
  /** ISO date, null when absent or impossible. */
  date: string | null;
  /** The cited date as found, also when it does not exist. */
  dateMention: DateMention | null;
  issuer: string | null;
  issuerRange: TextRange | null;
  subject: string | null;
  subjectRange: TextRange | null;
  /** A law's name written before its number: "Luật Quy hoạch đô thị và nông thôn"; null when none. */
  title: string | null;
  /** The whole citation, type word to the last part found. */
  span: Span;
  text: string;
}

// A number and symbol: digits, then segments joined by "/" or "-"; a stray space is allowed
// around "/" only (" - " is a dash in prose). Each repetition must eat a separator, so the
// pattern cannot backtrack badly. Real symbols have a handful of segments; an unbounded
// repetition keeps backtrack state per segment and overflowed the stack on a long line of
// "1/1/1/…", so it stops at twelve.
// A dotted number ("66.18/2026/NQ-CP") is one number: the part before the dot is not a separate one.
// A space on one side of a hyphen before a code ("TT- BTC") is a stray space ("số 2- Vinachem" is
// a name); "NĐ CP" is a hyphen typed as a space.
const SYMBOL = /(?<![\p{L}\d/.-])(?:\d{1,6}\.)?\d{1,6}(?:(?:\s?\/\s?|-|\s-(?=\p{Lu}[\p{Lu}\d])|-\s(?=\p{Lu}[\p{Lu}\d])|\s(?=(?:CP|TTg)(?![\p{L}\d])))[\p{L}\d]+){1,12}/gu;

const NUMBER_WORD_BEFORE = /(?:^|[^\p{L}])(số|Số|SỐ)\s{0,3}:?\s{0,3}$/u;
const DATE_GAP = /^\s{0,3},?\s{0,3}(?:ban hành\s{1,3})?(?:ngày\s{1,3})?$/iu;
const ISSUER_START = /^\s{0,3},?\s{0,3}(?:của|do)\s{1,3}/iu;
const SUBJECT_START = /^\s{0,3},?\s{0,3}về\s{1,3}(?:việc\s{1,3})?/iu;

/** Words that end an issuer's name: the verb or preposition that follows it in the sentence. */
const ISSUER_STOP_WORDS = [
  "về",
  "ban hành",
  "chấn chỉnh",
  "hướng dẫn",
  "quy định",
  "yêu cầu",
  "đề nghị",
  "triển khai",
  "thực hiện",
  "giao",
  "gửi",
  "đã",
  "tại",
  "theo",
  "trong",
  "nhằm",
  "dùng cho",
  "kèm theo",
];

// Patterns used per paragraph or per citation are made once: a pattern written inside a
// function is a new object each time the line runs.
const DIGIT = /\d/;
const SPACE = /\s/;
const SPACES = /\s+/g;
const SPACED_JOINER = /\s*([/-])\s*/g;
const NOT_LETTER_OR_SPACE = /[^\p{L}\s]/gu;
const LOWER_WORD = /^\p{Ll}+$/u;
const UPPER_START = /^\p{Lu}/u;
const ABBREVIATIONS_IN_BRACKETS = /\(\s?[\p{Lu}\d-]{2,12}\s?\)/gu;
const LEADING_NUMBER = /^(?:(\d+)\.)?(\d+)/;
const D_STROKE = /Đ/g;

const TYPE_WORDS_FOLDED = TYPE_NAMES_LONGEST_FIRST.map((name) => ({ name, folded: foldVietnamese(name) }));

/** The type words by their last unit, longest first: a tail is compared with the few that end as it does. */
const TYPE_WORDS_BY_LAST = new Map<number, { name: string; folded: string }[]>();
for (const word of TYPE_WORDS_FOLDED) {
  const last = word.folded.charCodeAt(word.folded.length - 1);
  TYPE_WORDS_BY_LAST.set(last, [...(TYPE_WORDS_BY_LAST.get(last) ?? []), word]);
}

function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (isLetterAt(text, i)) return true;
    // A letter beyond the first 65,536 comes as two units, which the table does not know: the pattern does.
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) return /\p{L}/u.test(text);
  }
  return false;
}

/** The type word ending right at `end` (after trimming spaces), if any. */
function typeWordBefore(text: string, end: number): { name: string; range: TextRange } | null {
  let stop = end;
  while (stop > 0 && isSpaceCode(text.charCodeAt(stop - 1))) stop--;
  const windowStart = Math.max(0, stop - 24);
  // Folding keeps the length of NFC text with single spaces, so offsets carry over.
  const tail = foldVietnamese(text.slice(windowStart, stop));
  for (const { name, folded } of TYPE_WORDS_BY_LAST.get(tail.charCodeAt(tail.length - 1)) ?? []) {
    if (!tail.endsWith(folded)) continue;
    const letterBefore = tail.length > folded.length ? isLetterAt(tail, tail.length - folded.length - 1) : windowStart > 0 && isLetterAt(text, windowStart - 1);
    if (letterBefore) continue;
    return { name, range: { start: stop - folded.length, end: stop } };
  }
  return null;
}

/** Type words that head a named law: "Luật Quy hoạch đô thị và nông thôn số …". */
const TITLED_TYPES = new Set(["Luật", "Bộ luật", "Pháp lệnh"]);
/** Each folded type name as a whole word, spaces around it made once rather than per test. */
const TYPE_NAME_WORDS = TYPE_WORDS_FOLDED.map((t) => ` ${t.folded} `);

/**
 * The type words by their first unit, longest first as in TYPE_WORDS_FOLDED, so a capital only
 * folds the slices of the few names that can start with it. A name is listed under its folded
 * first unit and under that of its decomposed form, which a decomposed text starts with.
 */
const TYPE_WORDS_BY_FIRST = new Map<number, { name: string; folded: string }[]>();
for (const word of TYPE_WORDS_FOLDED) {
  for (const first of new Set([word.folded.charCodeAt(0), word.folded.normalize("NFD").charCodeAt(0)])) {
    const list = TYPE_WORDS_BY_FIRST.get(first) ?? [];
    list.push(word);
    TYPE_WORDS_BY_FIRST.set(first, list);
  }
}

/** The first unit of a unit's lower case, kept per unit: lower-casing a character allocates. */
const lowerFirsts = new Map<number, number>();

function lowerFirst(code: number): number {
  let lower = lowerFirsts.get(code);
  if (lower === undefined) lowerFirsts.set(code, (lower = String.fromCharCode(code).toLowerCase().charCodeAt(0)));
  return lower;
}

/** The type word starting at `pos`, longest first, if any (a plain loop: a closure over the caller's `pos` would cost a context per position). */
function typeWordAt(text: string, pos: number): { name: string; folded: string } | null {
  const candidates = TYPE_WORDS_BY_FIRST.get(lowerFirst(text.charCodeAt(pos)));
  if (!candidates) return null;
  for (const word of candidates) {
    const end = pos + word.folded.length;
    if (!isLetterAt(text, end) && foldVietnamese(text.slice(pos, end)) === word.folded) return word;
  }
  return null;
}

/**
 * A type word a few words before "số": a law's name ("Bộ luật Lao động số 45/2019/QH14") or a
 * short lower-case qualifier ("Thông báo làm việc số 2948/…"). The word must be capitalised, as a
 * type word naming a document is, and nothing between it and "số" may be another type word.
 */
function typeWithWordsBefore(text: string, end: number): { name: string; range: TextRange; title: string | null } | null {
  const from = Math.max(0, end - 120);
  let clauseStart = from;
  for (let i = end - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (isClauseMark(c) || (c === 46 /* . */ && (i + 1 >= text.length || isSpaceCode(text.charCodeAt(i + 1))))) {
      clauseStart = i + 1;
      break;
    }
  }
  for (let pos = end - 1; pos >= clauseStart; pos--) {
    if (!isUpperAt(text, pos) || (pos > 0 && isLetterAt(text, pos - 1))) continue;
    const found = typeWordAt(text, pos);
    if (!found) continue;
    const typeEnd = pos + found.folded.length;
    const between = text.slice(typeEnd, end).trim();
    if (between === "") return null;
    const words = between.split(SPACES);
    const foldedBetween = ` ${foldVietnamese(between).replace(NOT_LETTER_OR_SPACE, " ")} `;
    if (TYPE_NAME_WORDS.some((name) => foldedBetween.includes(name))) return null;
    if (TITLED_TYPES.has(found.name)) {
      if (words.length > 14 || !UPPER_START.test(words[0])) return null;
      return { name: found.name, range: { start: pos, end: typeEnd }, title: collapse(text.slice(pos, end)).replace(/[,\s]+$/, "") };
    }
    if (words.length > 3 || !words.every((w) => LOWER_WORD.test(w))) return null;
    return { name: found.name, range: { start: pos, end: typeEnd }, title: null };
  }
  return null;
}

/** Characters that close the clause a type word must be in: `;:()“”"`, a line break, a digit. */
function isClauseMark(c: number): boolean {
  return c === 59 || c === 58 || c === 40 || c === 41 || c === 0x201c || c === 0x201d || c === 34 || c === 10 || (c >= 48 && c <= 57);
}

/** Stray spaces out of a symbol; a space standing for the hyphen between two codes stays one space. */
function compactSymbol(numberText: string): string {
  // Most symbols are written without a space: nothing to take out.
  if (!SPACE.test(numberText)) return numberText;
  return numberText.replace(SPACED_JOINER, "$1").replace(SPACES, " ");
}

function collapse(text: string): string {
  return text.replace(SPACES, " ").trim();
}

/** "Ủy ban nhân dân (UBND) tỉnh Cao Bằng": an abbreviation in brackets is part of the name. */
const BRACKETED_ABBREVIATION = /^\(\s?[\p{Lu}\p{N}-]{2,12}\s?\)/u;

function readIssuer(text: string, from: number): TextRange | null {
  const head = ISSUER_START.exec(text.slice(from, from + 20));
  if (!head) return null;
  const start = from + head[0].length;
  const limit = Math.min(text.length, start + 160);
  let end = start;
  let i = start;
  while (i < limit) {
    const ch = text[i];
    if (ch === "," || ch === ";" || ch === ":" || ch === "\n" || ch === "”" || ch === "\"") break;
    if (ch === "." && (i + 1 >= text.length || isSpaceCode(text.charCodeAt(i + 1)))) break;
    if (ch === "(") {
      const bracket = BRACKETED_ABBREVIATION.exec(text.slice(i, i + 20));
      if (!bracket) break;
      i += bracket[0].length;
      end = i;
      continue;
    }
    if (i > start && isSpaceCode(text.charCodeAt(i - 1)) && isLetterAt(text, i)) {
      const rest = text.slice(i, i + 14).toLowerCase();
      if (ISSUER_STOP_WORDS.some((w) => rest.startsWith(w) && !isLetterAt(rest, w.length))) break;
    }
    i++;
    if (!isSpaceCode(ch.charCodeAt(0))) end = i;
  }
  return end > start ? { start, end } : null;
}

/** A subject is one clause; a longer run is cut here, which also keeps long lines linear. */
const MAX_SUBJECT = 400;

function readSubject(text: string, from: number): TextRange | null {
  const head = SUBJECT_START.exec(text.slice(from, from + 20));
  if (!head) return null;
  const start = from + head[0].length;
  let end = start;
  const limit = Math.min(text.length, start + MAX_SUBJECT);
  for (let i = start; i < limit; i++) {
    const ch = text[i];
    if (ch === ";" || ch === "\n") break;
    if ((ch === "." || ch === ":") && (i + 1 >= text.length || isSpaceCode(text.charCodeAt(i + 1)))) break;
    // A quoted title ends the subject when a comma follows it.
    if (ch === "”" && text[i + 1] === ",") {
      end = i + 1;
      break;
    }
    if (!isSpaceCode(text.charCodeAt(i))) end = i + 1;
  }
  return end > start ? { start, end } : null;
}

/** The citations in one paragraph's text (its dates given when already found). */
export function findCitationsInText(text: string, paragraph = 0, dates: readonly DateMention[] = findDates(text)): Citation[] {
  const citations: Citation[] = [];
  let nextDate = 0;
  SYMBOL.lastIndex = 0;
  for (let m = SYMBOL.exec(text); m; m = SYMBOL.exec(text)) {
    const numberText = m[0];
    if (!hasLetter(numberText)) continue;
    const numberStart = m.index;
    const numberEnd = numberStart + numberText.length;
    const beforeStart = Math.max(0, numberStart - 12);
    const numberWord = NUMBER_WORD_BEFORE.exec(text.slice(beforeStart, numberStart));
    let typeFound: { name: string; range: TextRange } | null;
    let title: string | null = null;
    let citationStart: number;
    if (numberWord) {
      const wordStart = beforeStart + numberWord.index + numberWord[0].indexOf(numberWord[1]);
      // "Số: 919/UBND-NC" opening a line is the document's own number, not a citation.
      if (numberWord[1] !== "số" && text.slice(0, wordStart).trim() === "") continue;
      typeFound = typeWordBefore(text, wordStart);
      if (!typeFound) {
        const named = typeWithWordsBefore(text, wordStart);
        if (named) {
          typeFound = named;
          title = named.title;
        }
      }
      citationStart = typeFound ? typeFound.range.start : wordStart;
    } else {
      typeFound = typeWordBefore(text, numberStart);
      if (!typeFound) continue;
      citationStart = typeFound.range.start;
    }
    let end = numberEnd;
    let dateMention: DateMention | null = null;
    // Symbols come in text order, so the pointer into the dates only moves forward.
    while (nextDate < dates.length && dates[nextDate].start < numberEnd) nextDate++;
    const date = dates[nextDate];
    if (date && date.start - numberEnd <= 20 && DATE_GAP.test(text.slice(numberEnd, date.start))) {
      dateMention = date;
      end = date.end;
    }
    const issuerRange = readIssuer(text, end);
    if (issuerRange) end = issuerRange.end;
    const subjectRange = readSubject(text, end);
    if (subjectRange) end = subjectRange.end;
    const type = typeFound ? documentType(typeFound.name)?.name ?? typeFound.name : null;
    citations.push({
      paragraph,
      type,
      typeRange: typeFound ? typeFound.range : null,
      number: compactSymbol(numberText),
      numberText,
      numberRange: { start: numberStart, end: numberEnd },
      date: dateMention?.iso ?? null,
      dateMention,
      issuer: issuerRange ? collapse(text.slice(issuerRange.start, issuerRange.end).replace(ABBREVIATIONS_IN_BRACKETS, " ")) : null,
      issuerRange,
      subject: subjectRange ? collapse(text.slice(subjectRange.start, subjectRange.end)) : null,
      subjectRange,
      title,
      span: { paragraph, start: citationStart, end },
      text: text.slice(citationStart, end),
    });
    // Continue after the number only: a subject may itself contain the next citation.
    SYMBOL.lastIndex = numberEnd;
  }
  return citations;
}

/** Every symbol joins its parts with "/" or "-", or writes "CP" or "TTg" after a space: text without them cites nothing. */
function mayHoldSymbol(text: string): boolean {
  return text.includes("/") || text.includes("-") || text.includes("CP") || text.includes("TTg");
}

/** Every citation in a document, in reading order (with the paragraphs' dates when already found). */
export function findCitations(model: DocumentModel, dates?: readonly DateMention[][]): Citation[] {
  const all: Citation[] = [];
  model.paragraphs.forEach((paragraph, i) => {
    if (!DIGIT.test(paragraph.text) || !mayHoldSymbol(paragraph.text)) return;
    // One by one: spreading a paragraph's hundred thousand citations as arguments overflows the stack.
    for (const citation of findCitationsInText(paragraph.text, paragraph.index, dates?.[i])) all.push(citation);
  });
  return all;
}

/**
 * The leading number of a symbol without leading zeros: "01-KH/BCĐ" → "1", "66.18/2026/NQ-CP" → "66.18".
 * Kept per symbol: every citation's is asked for by several rules, and a draft cites the same symbols again and again.
 */
export const leadingNumber: (symbol: string) => string = keptAnswers(readLeadingNumber, 20000);

function readLeadingNumber(symbol: string): string {
  const m = LEADING_NUMBER.exec(symbol);
  if (!m) return symbol;
  return m[1] === undefined ? String(Number(m[2])) : `${Number(m[1])}.${Number(m[2])}`;
}

/** A symbol compared loosely: upper case, no spaces. */
export function symbolKey(symbol: string): string {
  return symbol.replace(SPACES, "").toUpperCase();
}

/** Edit distance, bounded: symbols are short, so the quadratic table is tiny. */
export function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Math.abs(a.length - b.length) + 64;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** Two symbols that differ by a slip (a letter dropped, Đ typed as D) rather than two documents. */
export function similarSymbols(a: string, b: string): boolean {
  if (leadingNumber(a) !== leadingNumber(b)) return false;
  const ka = symbolKey(a).replace(D_STROKE, "D");
  const kb = symbolKey(b).replace(D_STROKE, "D");
  if (ka === kb) return true;
  const distance = editDistance(ka, kb);
  return distance <= Math.max(2, Math.floor(Math.min(ka.length, kb.length) * 0.3));
}

/** Issuers compared with abbreviations expanded and case, tone placement and brackets ignored. */
export function issuerKey(issuer: string): string {
  return foldVietnamese(issuer)
    .replace(/\([^)]*\)/g, " ")
    .replace(/\bubnd\b/g, "ủy ban nhân dân")
    .replace(/\bhđnd\b/g, "hội đồng nhân dân")
    .replace(/\s+/g, " ")
    .trim();
}

export function sameIssuer(a: string, b: string): boolean {
  const ka = issuerKey(a);
  const kb = issuerKey(b);
  return ka === kb || ka.endsWith(kb) || kb.endsWith(ka) || ka.startsWith(kb) || kb.startsWith(ka);
}
