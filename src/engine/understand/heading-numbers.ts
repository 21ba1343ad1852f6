/**
 * The numbering at the start of a heading: "Phần I", "II.", "1.2", "3.", "(4)", "a)", "B." —
 * its kind (which tells nesting levels apart) and the text after it.
 */

export type NumberingKind =
  | "part"
  | "chapter"
  | "item"
  | "roman"
  | "upper-letter"
  | "arabic"
  | "arabic-paren"
  | "decimal"
  | "letter";

export interface Numbering {
  kind: NumberingKind;
  /** Key that tells nesting kinds apart: "decimal-2" and "decimal-3" are different levels. */
  key: string;
  /** "I", "1", "a", "1.1", "Phần I". */
  number: string;
  /** The heading text after the numbering and its separator. */
  rest: string;
}


export const ROMAN = "(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})";
const ROMAN_HEAD = new RegExp(`^(${ROMAN})\\s*[.\\-–—)]\\s*(?=\\S)`);
const PART_HEAD = /^(phần|chương|mục)\s+(thứ\s+[^\s.:\-–]+|[IVXLC]+|\d{1,3})(?=[\s.:\-–—)]|$)\s*[.:\-–—)]?\s*/i;
const DECIMAL_HEAD = /^(\d{1,3}(?:\.\d{1,3}){1,4})\.?\s*[-–—)]?\s+(?=\S)/;
const ARABIC_HEAD = /^(\d{1,3})\s*([.\-–—])\s*(?=[^\d\s])/;
const ARABIC_PAREN_HEAD = /^\(?(\d{1,3})\)\s*(?=\S)/;
const LETTER_HEAD = /^([a-zđ])\s*[).]\s*(?=\S)/;
const UPPER_LETTER_HEAD = /^([A-H])\.\s+(?=[A-ZĐ\u00C0-\u1EF9])/;

const PART_WORDS: Record<string, NumberingKind> = { phần: "part", chương: "chapter", mục: "item" };

/** Reads the numbering at the start of a heading-like text; null when there is none. */
export function parseNumbering(text: string): Numbering | null {
  // Only the start of the paragraph matters; never run the patterns over a long line.
  const head = text.slice(0, 48);
  const part = PART_HEAD.exec(head);
  if (part) {
    const word = part[1].toLowerCase();
    const kind = PART_WORDS[word] ?? "part";
    const label = part[1][0].toUpperCase() + part[1].slice(1).toLowerCase();
    const value = part[2].replace(/\s+/g, " ");
    return { kind, key: kind, number: `${label} ${value}`, rest: text.slice(part[0].length) };
  }
  const roman = ROMAN_HEAD.exec(head);
  if (roman && roman[1].length > 0) {
    return { kind: "roman", key: "roman", number: roman[1], rest: text.slice(roman[0].length) };
  }
  const decimal = DECIMAL_HEAD.exec(head);
  if (decimal) {
    const depth = decimal[1].split(".").length;
    return { kind: "decimal", key: `decimal-${depth}`, number: decimal[1], rest: text.slice(decimal[0].length) };
  }
  const arabic = ARABIC_HEAD.exec(head);
  if (arabic) {
    return { kind: "arabic", key: "arabic", number: arabic[1], rest: text.slice(arabic[0].length) };
  }
  const paren = ARABIC_PAREN_HEAD.exec(head);
  if (paren) {
    return { kind: "arabic-paren", key: "arabic-paren", number: paren[1], rest: text.slice(paren[0].length) };
  }
  const letter = LETTER_HEAD.exec(head);
  if (letter) {
    return { kind: "letter", key: "letter", number: letter[1], rest: text.slice(letter[0].length) };
  }
  const upper = UPPER_LETTER_HEAD.exec(head);
  if (upper) {
    return { kind: "upper-letter", key: "upper-letter", number: upper[1], rest: text.slice(upper[0].length) };
  }
  return null;
}
