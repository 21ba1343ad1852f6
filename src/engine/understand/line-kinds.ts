/**
 * Kinds of lines that are never section headings: header and closing lines, signature
 * titles, and the placeholders a template leaves in an empty section.
 */

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
