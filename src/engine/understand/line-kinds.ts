/**
 * Kinds of lines that are never section headings: header and closing lines, signature
 * titles, and the placeholders a template leaves in an empty section; and a paragraph's
 * text as the heading recognizer sees it (Markdown and irregular spaces removed).
 */
import type { Paragraph } from "../model";
import { isSpaceCode } from "./char-classes";


const HEADER_LINE =
  /^(số\s*[:.]|số\s+\d|kính\s+gửi|v\/v(?=$|[^\p{L}\p{N}])|về\s+việc(?=$|[^\p{L}\p{N}])|nơi\s+nhận|cộng\s+hòa|cộng\s+hoà|độc\s+lập\s*[-–]|đảng\s+cộng\s+sản|[-–]{3,}|_{3,}|\*{3,}|lưu\s*:)/iu;
const DATE_LINE = /^[^\d]{0,40},?\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/i;
const DOCUMENT_TYPE_WORDS = [
  "báo cáo", "công văn", "tờ trình", "kế hoạch", "thông báo", "quyết định", "chỉ thị", "hướng dẫn", "đề án",
  "chương trình", "biên bản", "nghị quyết", "công điện", "giấy mời", "thông tư", "nghị định", "quy chế", "quy định",
];
const DOCUMENT_TYPE_TITLE = new RegExp(`^(${DOCUMENT_TYPE_WORDS.join("|")})$`, "i");
/** Without the u flag each character of the pattern matches one code unit: a longer line is no type title. */
const LONGEST_TYPE_TITLE = Math.max(...DOCUMENT_TYPE_WORDS.map((word) => word.length));
const SIGNATURE_LINE =
  /^(k\s*\/\s*t|t\s*\/\s*m|kt|tm|tl|tuq|q|ttl)\.?\s+\S|^(phó\s+)?(giám đốc|chủ tịch|bộ trưởng|thứ trưởng|bí thư|phó bí thư|chánh văn phòng|trưởng ban|phó trưởng ban|thủ trưởng|tổng cục trưởng|cục trưởng|vụ trưởng|viện trưởng|hiệu trưởng|trưởng phòng|chủ nhiệm)(?=$|[^\p{L}\p{N}])/iu;
export const CLOSING_START = /^(nơi\s+nhận)/i;
export const CLOSING_PHRASE = /^trên\s+đây\s+là(?=$|[^\p{L}\p{N}])/iu;
export const APPENDIX_MARKER = /^(phụ\s+lục|phụ\s+biểu)(\s+(số\s+)?[\dIVXLC]+[a-z]?)?\s*([:.\-–—].*)?$/i;

export function endsWithClosingMark(text: string): boolean {
  const tail = text.slice(-8);
  return /\.\s*\/\s*\.|\.\/\S{0,2}$|\/\.\s*$/.test(tail);
}

/**
 * A test of the first character only, answered once per character: whether a line could open
 * with a match of a pattern whose matches all open with a character `opener` takes (written
 * with the same flags, so case folds alike). Lets most lines skip the pattern itself.
 */
function opensWith(opener: RegExp): (text: string) => boolean {
  // Per code unit below the surrogates: 0 not yet asked, 1 no, 2 yes.
  let known: Uint8Array | null = null;
  return (text) => {
    const code = text.charCodeAt(0);
    // Empty lines and surrogates: the pattern itself decides.
    if (!(code < 0xd800)) return true;
    known ??= new Uint8Array(0xd800);
    if (known[code] === 0) known[code] = opener.test(String.fromCharCode(code)) ? 2 : 1;
    return known[code] === 2;
  };
}

const mayBeHeaderLine = opensWith(/^[skvncđ\-–_*l]/iu);
const mayBeSignatureLine = opensWith(/^[ktqpgcbvh]/iu);

/**
 * Whether the text holds "ngày" in any case: `text.toLowerCase().includes("ngày")` without
 * lower-casing the line. Only "n", "N", "g", "G", "à", "À", "y", "Y" lower-case to these letters,
 * one for one, so the word is four such characters in a row.
 */
function hasDayWord(text: string): boolean {
  for (let i = 2; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0xe0 && c !== 0xc0) continue;
    if ((text.charCodeAt(i - 2) | 0x20) === 110 /* n */ && (text.charCodeAt(i - 1) | 0x20) === 103 /* g */ && (text.charCodeAt(i + 1) | 0x20) === 121 /* y */) return true;
  }
  return false;
}

/** Lines of the header, the closing or the signature block: never a section heading. */
export function isHeaderOrClosingLine(text: string): boolean {
  if (mayBeHeaderLine(text) && HEADER_LINE.test(text)) return true;
  // The date line holds "ngày" in any case; lower-casing keeps every letter the pattern's case folding takes.
  if (text.length < 120 && hasDayWord(text) && DATE_LINE.test(text)) return true;
  if (text.length <= LONGEST_TYPE_TITLE + 1 && DOCUMENT_TYPE_TITLE.test(text.replace(/[:.]$/, ""))) return true;
  if (text.length < 80 && mayBeSignatureLine(text) && SIGNATURE_LINE.test(text)) return true;
  return false;
}

/** Placeholder text that a template leaves in a section: "…", "(nội dung)", "[Nhập nội dung]". */
export function isPlaceholder(text: string): boolean {
  const stripped = text.replace(/[\s.…_\-–—·•*]+/g, "");
  if (stripped.length === 0) return true;
  if (text.length > 80) return false;
  const inner = /^[([<{]\s*(.*?)\s*[)\]>}]$/.exec(text.trim());
  if (!inner) return false;
  const words = inner[1].toLowerCase();
  return (
    words.length === 0 ||
    /^[.…\s]*$/.test(words) ||
    /nội dung|nhập|điền|ghi|soạn|viết|content|text|placeholder/.test(words)
  );
}

/** What the heading recognizer sees of a paragraph: plain text and emphasis, Markdown removed. */
export interface CleanedParagraph {
  text: string;
  /** The whole paragraph is bold (format, or `**…**` in Markdown-ish text). */
  bold: boolean;
  /** Outline level from a heading style or Markdown `#`. */
  headingLevel?: number;
  /** Starts with a footnote mark (¹, `<sup>`, a superscript run). */
  footnote: boolean;
}

/** A superscript digit (¹ ² ³ ⁰ … ⁹): `/^[\u00B9\u00B2\u00B3\u2070-\u2079]/` of a line's first unit, without a pattern per paragraph. */
function isSuperscriptDigit(code: number): boolean {
  return code === 0xb9 || code === 0xb2 || code === 0xb3 || (code >= 0x2070 && code <= 0x2079);
}
const MARKDOWN_HEADING = /^(#{1,6})[ \t]+/;

/**
 * Only this much of a paragraph is cleaned: a longer paragraph is prose whatever follows,
 * and cleaning all of a 1 MB paragraph for every check would cost more than it tells.
 */
const CLEAN_LIMIT = 1200;
/** Marks cleanParagraph may have to remove or rewrite; a paragraph without them is only trimmed. */
const IRREGULAR_SPACE = 1;
const ASTERISK = 2;
const UNDERSCORE = 4;
const ANGLE = 8;
const BACKSLASH = 16;

/** Whitespace other than single spaces: tabs, line breaks, no-break and zero-width spaces, runs of spaces. */
// eslint-disable-next-line no-control-regex -- control characters are among what it looks for
const IRREGULAR_SPACE_CHAR = /[\0-\x1f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;
/** Any of the marks: the irregular spaces above, "*", "_", "<" or "\\". */
// eslint-disable-next-line no-control-regex -- control characters are among what it looks for
const ANY_MARK = /[\0-\x1f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff*_<\\]| {2}/;

/**
 * Which of the marks above the text holds. Searched by the engine's own string scans (one
 * pattern, four substring tests): several times faster on long drafts than a loop over the
 * characters, and on most paragraphs they find nothing.
 */
function marksIn(text: string): number {
  // Most paragraphs hold none of them: one pattern tells, before five searches say which.
  if (!ANY_MARK.test(text)) return 0;
  return (
    (IRREGULAR_SPACE_CHAR.test(text) ? IRREGULAR_SPACE : 0) |
    (text.includes("*") ? ASTERISK : 0) |
    (text.includes("_") ? UNDERSCORE : 0) |
    (text.includes("<") ? ANGLE : 0) |
    (text.includes("\\") ? BACKSLASH : 0)
  );
}

/** Removes Markdown emphasis and heading marks and collapses whitespace; keeps the words. */
export function cleanParagraph(paragraph: Paragraph): CleanedParagraph {
  const raw = paragraph.text;
  let text = raw.length > CLEAN_LIMIT ? raw.slice(0, CLEAN_LIMIT) : raw;
  const label = paragraph.listLabel;
  // The list label joins the text below: its marks count too.
  const marks = marksIn(text) | (label ? marksIn(label) : 0);
  // Most paragraphs have single spaces only: test before rewriting the string.
  if (marks & IRREGULAR_SPACE) text = text.replace(/[\s\u00A0\u200B]+/g, " ");
  text = text.trim();
  // Word keeps automatic list numbers out of the paragraph text; a heading numbered that way
  // reads as the clerk sees it ("II. Nguyên nhân"). Bullets are not numbering.
  if (label && /[0-9A-Za-z]/.test(label)) text = `${label} ${text}`;
  let headingLevel = paragraph.format.headingLevel;
  if (text.charCodeAt(0) === 35 /* # */) {
    const markdown = MARKDOWN_HEADING.exec(text);
    if (markdown) {
      headingLevel = headingLevel ?? markdown[1].length;
      text = text.slice(markdown[0].length);
    }
  }
  let bold = paragraph.format.bold === true;
  if (marks & ASTERISK) {
    if (text.startsWith("**") && raw.trimEnd().endsWith("**") && text.length > 4 && raw.indexOf("**", raw.indexOf("**") + 2) === raw.trimEnd().length - 2) {
      bold = true;
    }
    if (text.includes("**")) text = text.replace(/\*\*/g, "");
  }
  if (marks & UNDERSCORE && text.includes("__")) text = text.replace(/__/g, "");
  if (marks & ASTERISK) {
    // A whole-line italic wrap (`*…*`) and escaped asterisks.
    if (text.length > 2 && text.startsWith("*") && text.endsWith("*") && !text.startsWith("* ")) text = text.slice(1, -1);
    if (marks & BACKSLASH && text.includes("\\*")) text = text.replace(/\\\*/g, "*");
  }
  text = text.trim();
  const first = text.charCodeAt(0);
  let footnote = isSuperscriptDigit(first) || (first === 60 /* < */ && /^<sup>/i.test(text));
  // The marks are searched only for a line opening with a digit: most lines do not.
  const firstMark = !footnote && first >= 48 && first <= 57 ? paragraph.marks?.find((mark) => mark.kind === "superscript") : undefined;
  if (firstMark !== undefined) {
    let leading = 0;
    while (leading < raw.length && isSpaceCode(raw.charCodeAt(leading))) leading++;
    footnote = firstMark.start <= leading;
  }
  if (marks & ANGLE && text.includes("<")) text = text.replace(/<\/?sup>/gi, "");
  return { text, bold, headingLevel, footnote };
}
