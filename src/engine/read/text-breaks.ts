/**
 * Where a paragraph of plain text ends: wrapped lines (PDF extraction) are joined back
 * together, and a new paragraph starts after a line that ends a sentence, at a line that
 * looks like a heading, list item, header part or signature line, and after an upper-case
 * line.
 */

/** Formatting flags a line keeps per character. */
export const BOLD = 1;
export const ITALIC = 2;
export const SUPERSCRIPT = 4;

/** What the decision needs of a line. */
export interface LineText {
  text: string;
  /** BOLD/ITALIC/SUPERSCRIPT per character; null when none applies. */
  flags: number[] | null;
  headingLevel?: number;
}

export interface Layout {
  /** True when the text is hard-wrapped at a fixed width (PDF extraction). */
  hardWrapped: boolean;
  /** Length of a full wrapped line. */
  width: number;
}

export function measureLayout(lines: readonly LineText[]): Layout {
  if (lines.length < 8) return { hardWrapped: false, width: 0 };
  const lengths = lines.map((line) => line.text.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)];
  if (width > 150) return { hardWrapped: false, width };
  let full = 0;
  for (const length of lengths) if (length >= width * 0.6) full++;
  return { hardWrapped: full >= lines.length * 0.5, width };
}

const ROMAN_HEADING = /^[IVXL]{1,6}\s?[.\-)–:]\s/;
const NUMBER_HEADING = /^\d{1,2}(?:\.\d{1,2})*\s?[.\-)–]\s/;
const MULTILEVEL_NUMBER = /^\d{1,2}(?:\.\d{1,2})+\s/;
const LETTER_ITEM = /^[a-zđ]\)\s/;
const BULLET = /^[-+•*–—●▪◦○■□►✓](\s*)(.?)/u;
const FIXED_OPENINGS =
  /^(?:Kính gửi|Đồng kính gửi|Nơi nhận|Số\s*:|Số\s+\d|V\/v|Về việc|Phụ lục|Căn cứ|Lưu ý|Trân trọng)/;
const PLACE_AND_DATE = /^\p{Lu}[\p{L} .]{1,40},\s+ngày\s+\d/u;
const SUPERSCRIPT_DIGIT = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]/;
/** Lower case after optional opening brackets, or after a dash ("kinh tế\n- xã hội"). */
const LOWERCASE_START = /^(?:[-–]\s+)?[("'“‘[]*\p{Ll}/u;

const LOWERCASE_LETTER = /\p{Ll}/u;
const UPPERCASE_LETTERS = /\p{Lu}/gu;

function isUpperCaseLine(text: string): boolean {
  if (LOWERCASE_LETTER.test(text)) return false;
  const upper = text.match(UPPERCASE_LETTERS);
  return upper !== null && upper.length >= 2;
}

function startsListOrHeading(line: LineText, previousEndsClause: boolean): boolean {
  const text = line.text;
  if (line.headingLevel !== undefined) return true;
  if ((line.flags && line.flags[0] & SUPERSCRIPT) || SUPERSCRIPT_DIGIT.test(text)) return true;
  if (ROMAN_HEADING.test(text) || NUMBER_HEADING.test(text) || MULTILEVEL_NUMBER.test(text)) return true;
  if (LETTER_ITEM.test(text)) return true;
  const bullet = BULLET.exec(text);
  if (bullet) {
    // "kinh tế\n- xã hội" is a wrapped dash, not a list item.
    const next = bullet[2];
    const lower = next !== "" && next.toUpperCase() !== next;
    if (!lower || previousEndsClause) return true;
  }
  if (FIXED_OPENINGS.test(text) || PLACE_AND_DATE.test(text)) return true;
  return isUpperCaseLine(text);
}

/** The line's last character, looking past closing quotes, brackets and emphasis marks. */
function lastMeaningful(text: string): { char: string; at: number } {
  let i = text.length - 1;
  while (i >= 0 && "\"”’'»*_".includes(text[i])) i--;
  return { char: i >= 0 ? text[i] : "", at: i };
}

function endsSentence(text: string): boolean {
  const { char, at } = lastMeaningful(text);
  if (char === "/") return at > 0 && text[at - 1] === ".";
  if (char === "!" || char === "?") return true;
  if (char !== ".") return false;
  // An ellipsis may trail off into the next line ("cán bộ.v.v...\ncó ảnh hưởng").
  return !(at >= 2 && text[at - 1] === "." && text[at - 2] === ".");
}

function endsClause(text: string): boolean {
  const { char } = lastMeaningful(text);
  return char === ":" || char === ";" || char === "…" || endsSentence(text);
}

export function startsNewParagraph(previous: LineText, next: LineText, layout: Layout): boolean {
  if (previous.headingLevel !== undefined) return true;
  const clauseEnded = endsClause(previous.text);
  if (startsListOrHeading(next, clauseEnded)) return true;
  if (isUpperCaseLine(previous.text)) return true;
  if (LOWERCASE_START.test(next.text)) return endsSentence(previous.text);
  if (clauseEnded) return true;
  const { char } = lastMeaningful(previous.text);
  if (char === "," || char === "-" || char === "–") return false;
  // A wrapped line fills the width; a short line without punctuation ended its paragraph.
  return !(layout.hardWrapped && previous.text.length >= layout.width * 0.7);
}
