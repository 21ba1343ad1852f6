/**
 * A reply drafted under Track Changes, as a .docx: a changed date, a cited document in a field,
 * a footnote and hidden text. Word's paragraph text of it is not the file's text; the add-in
 * must still report what `vanban check` reports on it.
 */
import { buildDocx, escapeXml, footnoteRef, type DocxBlock } from "./docx-builder";

export const run = (text: string, props = ""): string =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
export const deleted = (text: string): string =>
  `<w:del w:id="1" w:author="Chuyên viên" w:date="2026-05-02T08:00:00Z"><w:r><w:delText xml:space="preserve">${escapeXml(text)}</w:delText></w:r></w:del>`;
export const inserted = (text: string): string =>
  `<w:ins w:id="2" w:author="Chuyên viên" w:date="2026-05-02T08:00:00Z">${run(text)}</w:ins>`;
export const field = (code: string, result: string): string =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${escapeXml(code)}</w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

/** A reply drafted under Track Changes: a changed date, a cited document in a field, a footnote, hidden text. */
export function trackedDraft(): Uint8Array {
  const paragraphs: DocxBlock[] = [
    {
      table: [
        [
          { text: "ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG", bold: true, align: "center" },
          { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" },
        ],
        [
          { text: "Số: 919/UBND-NC", align: "center" },
          {
            xml: run("Kiên Giang, ngày ") + deleted("31 tháng 4") + inserted("16 tháng 5") + run(" năm 2023"),
            align: "center",
          },
        ],
      ],
    },
    "Kính gửi: Giám đốc các sở, ban, ngành tỉnh.",
    {
      xml:
        run("Thực hiện ") +
        field(' HYPERLINK "https://vanban.chinhphu.vn/280" ', "Công điện số 280/CD-TTg ngày 19/4/2023") +
        run(" của Thủ tướng Chính phủ") +
        footnoteRef(1) +
        run(" (bản nháp nội bộ)", "<w:vanish/>") +
        run(", Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện nghiêm các nội dung sau:"),
    },
    {
      xml:
        run("Báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày ") +
        deleted("30/02/2023") +
        inserted("30/6/2023") +
        run("."),
    },
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.",
    { text: "CHỦ TỊCH", bold: true, align: "center" },
  ];
  return buildDocx({ paragraphs, footnotes: ["Công điện gửi các bộ, cơ quan, địa phương."] });
}

