/**
 * A state công văn laid out as NĐ 30 prescribes, as a model with formatting, for the
 * formatting rules' tests: each test changes one part of it.
 */
import type { DocumentModel, PageSetup, ParagraphFormat } from "../../../src/engine/model";

const TNR = "Times New Roman";
const BODY: ParagraphFormat = { font: TNR, fonts: [TNR], size: 14, bold: false, italic: false, alignment: "justify", firstLineIndent: 36, spaceAfter: 6, lineSpacing: 1.15, color: "auto" };
const prose = (what: string): string =>
  `Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ, Sở Công Thương báo cáo ${what} trong năm 2026 như sau, với số liệu tổng hợp từ các đơn vị trực thuộc và các doanh nghiệp trên địa bàn tỉnh.`;

export const ROLES = {
  parentAgency: 0,
  agency: 1,
  number: 2,
  letterSubject: 3,
  nationalTitle: 4,
  motto: 5,
  date: 6,
  salutation: 7,
  body: 8,
  recipientsLabel: 11,
  firstEntry: 12,
  lastEntry: 13,
  authority: 14,
  title: 15,
  signer: 16,
} as const;

const LINES: [string, ParagraphFormat][] = [
  ["UBND TỈNH LÀO CAI", { size: 13, bold: false, italic: false, alignment: "center" }],
  ["SỞ CÔNG THƯƠNG", { size: 13, bold: true, italic: false, alignment: "center", borderBottom: false }],
  ["Số: 12/SCT-CN", { size: 13, bold: false, italic: false, alignment: "center" }],
  ["V/v báo cáo tình hình quản lý hóa chất", { size: 12, bold: false, italic: false, alignment: "center" }],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: 12, bold: true, italic: false, alignment: "center" }],
  ["Độc lập - Tự do - Hạnh phúc", { size: 13, bold: true, italic: false, alignment: "center" }],
  ["Lào Cai, ngày 05 tháng 6 năm 2026", { size: 13, bold: false, italic: true, alignment: "center" }],
  ["Kính gửi: Cục Hóa chất.", { size: 14, bold: false, italic: false, alignment: "center" }],
  [prose("tình hình quản lý hóa chất"), BODY],
  [prose("kết quả kiểm tra an toàn"), BODY],
  [prose("kế hoạch của năm sau"), BODY],
  ["Nơi nhận:", { size: 12, bold: true, italic: true }],
  ["- Như trên;", { size: 11, bold: false, italic: false }],
  ["- Lưu: VT, CN.", { size: 11, bold: false, italic: false }],
  ["KT. GIÁM ĐỐC", { size: 14, bold: true, italic: false, alignment: "center" }],
  ["PHÓ GIÁM ĐỐC", { size: 14, bold: true, italic: false, alignment: "center" }],
  ["Hoàng Văn Thuân", { size: 14, bold: true, italic: false, alignment: "center" }],
];

export const A4: PageSetup = { width: 210, height: 297, orientation: "portrait", marginTop: 20, marginBottom: 20, marginLeft: 30, marginRight: 15, pageNumbers: true, titlePage: true };

/** The draft, with `changes` merged into the formats of the paragraphs they name and `texts` replacing texts. */
export function formattedDraft(
  changes: Partial<Record<number, ParagraphFormat>> = {},
  options: { page?: PageSetup | null; source?: DocumentModel["source"]; texts?: Partial<Record<number, string>> } = {},
): DocumentModel {
  const model: DocumentModel = {
    source: options.source ?? "docx",
    paragraphs: LINES.map(([text, format], index) => ({
      index,
      text: options.texts?.[index] ?? text,
      format: { font: TNR, fonts: [TNR], color: "auto", ...format, ...changes[index] },
    })),
    notices: [],
  };
  const page = options.page === undefined ? A4 : options.page;
  if (page) model.page = page;
  return model;
}

/** Every body paragraph changed the same way. */
export function bodyChange(format: ParagraphFormat): Partial<Record<number, ParagraphFormat>> {
  return { 8: format, 9: format, 10: format };
}
