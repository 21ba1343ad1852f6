/**
 * Kinds of lines that are never section headings: header and closing lines, signature
 * titles, and the placeholders a template leaves in an empty section; and a paragraph's
 * text as the heading recognizer sees it (Markdown and irregular spaces removed).
 */
import type { Paragraph } from "../model";


const HEADER_LINE =
  /^(số\s*[:.]|số\s+\d|kính\s+gửi|v\/v(?=$|[^\p{L}\p{N}])|về\s+việc(?=$|[^\p{L}\p{N}])|nơi\s+nhận|cộng\s+hòa|cộng\s+hoà|độc\s+lập\s*[-–]|đảng\s+cộng\s+sản|[-–]{3,}|_{3,}|\*{3,}|lưu\s*:)/iu;
const DATE_LINE = /^[^\d]{0,40},?\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/i;
const DOCUMENT_TYPE_TITLE =
  /^(báo cáo|công văn|tờ trình|kế hoạch|thông báo|quyết định|chỉ thị|hướng dẫn|đề án|chương trình|biên bản|nghị quyết|công điện|giấy mời|thông tư|nghị định|quy chế|quy định)$/i;
const SIGNATURE_LINE =
  /^(k\s*\/\s*t|t\s*\/\s*m|kt|tm|tl|tuq|q|ttl)\.?\s+\S|^(phó\s+)?(giám đốc|chủ tịch|bộ trưởng|thứ trưởng|bí thư|phó bí thư|chánh văn phòng|trưởng ban|phó trưởng ban|thủ trưởng|tổng cục trưởng|cục trưởng|vụ trưởng|viện trưởng|hiệu trưởng|trưởng phòng|chủ nhiệm)(?=$|[^\p{L}\p{N}])/iu;
export const CLOSING_START = /^(nơi\s+nhận)/i;
export const CLOSING_PHRASE = /^trên\s+đây\s+là(?=$|[^\p{L}\p{N}])/iu;
export const APPENDIX_MARKER = /^(phụ\s+lục|phụ\s+biểu)(\s+(số\s+)?[\dIVXLC]+[a-z]?)?\s*([:.\-–—].*)?$/i;

export function endsWithClosingMark(text: string): boolean {
  const tail = text.slice(-8);
  return /\.\s*\/\s*\.|\.\/\S{0,2}$|\/\.\s*$/.test(tail);
}

/** Lines of the header, the closing or the signature block: never a section heading. */
export function isHeaderOrClosingLine(text: string): boolean {
  if (HEADER_LINE.test(text)) return true;
  if (text.length < 120 && DATE_LINE.test(text)) return true;
  if (DOCUMENT_TYPE_TITLE.test(text.replace(/[:.]$/, ""))) return true;
  if (text.length < 80 && SIGNATURE_LINE.test(text)) return true;
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

const SUPERSCRIPT_DIGITS = /^[\u00B9\u00B2\u00B3\u2070-\u2079]/;
const MARKDOWN_HEADING = /^(#{1,6})[ \t]+/;

/**
 * Only this much of a paragraph is cleaned: a longer paragraph is prose whatever follows,
 * and cleaning all of a 1 MB paragraph for every check would cost more than it tells.
 */
const CLEAN_LIMIT = 1200;
/**
 * Whether the text has whitespace other than single spaces (tabs, line breaks, no-break and
 * zero-width spaces, runs of spaces). A plain loop: on most paragraphs it finds nothing, and
 * it is several times faster there than the equivalent regular expression.
 */
function hasIrregularSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Letters, digits and punctuation (ASCII and Vietnamese) first, with the fewest tests.
    if (c > 32 && c < 0x1680) {
      if (c === 0xa0) return true;
    } else if (c === 32) {
      if (text.charCodeAt(i + 1) === 32) return true;
    } else if (c < 32 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) {
      return true;
    }
  }
  return false;
}

/** Removes Markdown emphasis and heading marks and collapses whitespace; keeps the words. */
export function cleanParagraph(paragraph: Paragraph): CleanedParagraph {
  const raw = paragraph.text;
  let text = raw.length > CLEAN_LIMIT ? raw.slice(0, CLEAN_LIMIT) : raw;
  // Most paragraphs have single spaces only: test before rewriting the string.
  if (hasIrregularSpace(text)) text = text.replace(/[\s\u00A0\u200B]+/g, " ");
  text = text.trim();
  // Word keeps automatic list numbers out of the paragraph text; a heading numbered that way
  // reads as the clerk sees it ("II. Nguyên nhân"). Bullets are not numbering.
  if (paragraph.listLabel && /[0-9A-Za-z]/.test(paragraph.listLabel)) text = `${paragraph.listLabel} ${text}`;
  let headingLevel = paragraph.format.headingLevel;
  if (text.charCodeAt(0) === 35 /* # */) {
    const markdown = MARKDOWN_HEADING.exec(text);
    if (markdown) {
      headingLevel = headingLevel ?? markdown[1].length;
      text = text.slice(markdown[0].length);
    }
  }
  let bold = paragraph.format.bold === true;
  if (text.startsWith("**") && raw.trimEnd().endsWith("**") && text.length > 4 && raw.indexOf("**", raw.indexOf("**") + 2) === raw.trimEnd().length - 2) {
    bold = true;
  }
  if (text.includes("**")) text = text.replace(/\*\*/g, "");
  if (text.includes("__")) text = text.replace(/__/g, "");
  // A whole-line italic wrap (`*…*`) and escaped asterisks.
  if (text.length > 2 && text.startsWith("*") && text.endsWith("*") && !text.startsWith("* ")) text = text.slice(1, -1);
  if (text.includes("\\*")) text = text.replace(/\\\*/g, "*");
  text = text.trim();
  let leading = 0;
  while (leading < raw.length && /\s/.test(raw[leading])) leading++;
  const firstMark = paragraph.marks?.find((mark) => mark.kind === "superscript");
  const footnote =
    SUPERSCRIPT_DIGITS.test(text) ||
    /^<sup>/i.test(text) ||
    (firstMark !== undefined && firstMark.start <= leading && /^\d/.test(text));
  if (text.includes("<")) text = text.replace(/<\/?sup>/gi, "");
  return { text, bold, headingLevel, footnote };
}
