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

/** What the first character lets a numbering be: each pattern above opens with a character of its own. */
const CAN_PART = 1;
const CAN_ROMAN = 2;
const CAN_DIGIT = 4;
const CAN_PAREN = 8;
const CAN_LETTER = 16;
const CAN_UPPER_LETTER = 32;

function openings(first: number): number {
  if (first >= 48 && first <= 57) return CAN_DIGIT | CAN_PAREN;
  if (first === 40 /* ( */) return CAN_PAREN;
  if (first === 0x111 /* đ */) return CAN_LETTER;
  // PART_HEAD is case-insensitive without the u flag: only ASCII letters fold to its P, C, M.
  const part = first === 80 || first === 112 || first === 67 || first === 99 || first === 77 || first === 109 ? CAN_PART : 0;
  if (first >= 97 && first <= 122) return part | CAN_LETTER;
  if (first === 73 || first === 86 || first === 88 || first === 76) return part | CAN_ROMAN;
  if (first >= 65 && first <= 72) return part | CAN_UPPER_LETTER;
  return part;
}

/** Reads the numbering at the start of a heading-like text; null when there is none. */
export function parseNumbering(text: string): Numbering | null {
  // Most paragraphs open with a character no numbering opens with: no pattern runs for them.
  const can = openings(text.charCodeAt(0));
  if (can === 0) return null;
  // Only the start of the paragraph matters; never run the patterns over a long line.
  const head = text.slice(0, 48);
  const part = can & CAN_PART ? PART_HEAD.exec(head) : null;
  if (part) {
    const word = part[1].toLowerCase();
    const kind = PART_WORDS[word] ?? "part";
    const label = part[1][0].toUpperCase() + part[1].slice(1).toLowerCase();
    const value = part[2].replace(/\s+/g, " ");
    return { kind, key: kind, number: `${label} ${value}`, rest: text.slice(part[0].length) };
  }
  const roman = can & CAN_ROMAN ? ROMAN_HEAD.exec(head) : null;
  if (roman && roman[1].length > 0) {
    return { kind: "roman", key: "roman", number: roman[1], rest: text.slice(roman[0].length) };
  }
  const decimal = can & CAN_DIGIT ? DECIMAL_HEAD.exec(head) : null;
  if (decimal) {
    const depth = decimal[1].split(".").length;
    return { kind: "decimal", key: `decimal-${depth}`, number: decimal[1], rest: text.slice(decimal[0].length) };
  }
  const arabic = can & CAN_DIGIT ? ARABIC_HEAD.exec(head) : null;
  if (arabic) {
    return { kind: "arabic", key: "arabic", number: arabic[1], rest: text.slice(arabic[0].length) };
  }
  const paren = can & CAN_PAREN ? ARABIC_PAREN_HEAD.exec(head) : null;
  if (paren) {
    return { kind: "arabic-paren", key: "arabic-paren", number: paren[1], rest: text.slice(paren[0].length) };
  }
  const letter = can & CAN_LETTER ? LETTER_HEAD.exec(head) : null;
  if (letter) {
    return { kind: "letter", key: "letter", number: letter[1], rest: text.slice(letter[0].length) };
  }
  const upper = can & CAN_UPPER_LETTER ? UPPER_LETTER_HEAD.exec(head) : null;
  if (upper) {
    return { kind: "upper-letter", key: "upper-letter", number: upper[1], rest: text.slice(upper[0].length) };
  }
  return null;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** Vietnamese lists letter their items in the alphabet's order: a, b, c, d, đ, e, g, h, i, k… */
const LETTERS = "abcdđeghiklmnopqrstuvxy";

function romanValue(text: string): number | null {
  if (!new RegExp(`^${ROMAN}$`).test(text) || text.length === 0) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN_VALUES[text[i]];
    const next = ROMAN_VALUES[text[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * The place a number gives in its list, whatever the style: "II", "2", "b", "1.2" (its last
 * part), "Phần II" all give 2; null when the text is no list number.
 */
export function ordinalOf(number: string): number | null {
  const last = number.trim().split(/[\s.]+/).filter((part) => part.length > 0).pop() ?? "";
  if (/^\d{1,3}$/.test(last)) return Number(last);
  // A single letter is a lettered item ("c)", "C.") unless it is a capital I, V or X.
  const roman = last.length === 1 && !"IVX".includes(last) ? null : romanValue(last.toUpperCase());
  if (roman !== null) return roman;
  const letter = LETTERS.indexOf(last.toLowerCase());
  return last.length === 1 && letter >= 0 ? letter + 1 : null;
}
