/**
 * Generates a realistic reply report of a given length, answering the seed request
 * (Công văn 4874/BNV-CCVC, Phụ lục 3): header, opening citation, the outline's sections with
 * body text, closing. Deterministic, so benchmark runs compare like with like.
 */
const { strToU8, zipSync } = require("fflate");

const PARAGRAPHS_PER_PAGE = 9; // about 13-pt body text on A4 with NĐ 30 margins

const SENTENCES = [
  "Sở đã quán triệt, triển khai đầy đủ các văn bản chỉ đạo của Trung ương và của tỉnh đến toàn thể cán bộ, công chức, viên chức.",
  "Việc phân công nhiệm vụ được thực hiện rõ người, rõ việc, rõ thời gian hoàn thành và rõ trách nhiệm của người đứng đầu.",
  "Trong kỳ báo cáo, không phát hiện trường hợp cán bộ né tránh, đùn đẩy trách nhiệm trong giải quyết công việc.",
  "Công tác kiểm tra, giám sát được tăng cường, kịp thời chấn chỉnh những hạn chế, thiếu sót trong thực thi công vụ.",
  "Số liệu tính đến ngày 30/6/2023 cho thấy tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.",
  "Theo Quyết định số 40/QĐ-SNgV ngày 21/11/2022, chức năng, nhiệm vụ của từng phòng đã được quy định cụ thể.",
  "Đơn vị tiếp tục đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin trong quản lý, điều hành.",
  "Những khó khăn, vướng mắc phát sinh đã được tổng hợp, báo cáo cấp có thẩm quyền xem xét, giải quyết.",
];

const OUTLINE = [
  ["I. TÌNH HÌNH", ["1. Đánh giá thực trạng", "2. Tính chất, mức độ, hậu quả", "3. Chủ trương, biện pháp đã áp dụng"]],
  ["II. NGUYÊN NHÂN", ["1. Nguyên nhân khách quan", "2. Nguyên nhân chủ quan"]],
  ["III. NHIỆM VỤ, GIẢI PHÁP", ["1. Hoàn thiện thể chế", "2. Kiểm tra, giám sát", "3. Tổ chức, bộ máy, cán bộ", "4. Chế tài xử lý", "5. Nhiệm vụ, giải pháp khác"]],
  ["IV. ĐỀ XUẤT, KIẾN NGHỊ", []],
];

/** Paragraphs of a report about `pages` pages long: { text, heading?: level, bold? }. */
function generateReport(pages) {
  const out = [];
  const push = (text, extra = {}) => out.push({ text, ...extra });
  push("UBND TỈNH KIÊN GIANG");
  push("SỞ NGOẠI VỤ", { bold: true });
  push("Số: 512/BC-SNgV");
  push("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true });
  push("Độc lập - Tự do - Hạnh phúc", { bold: true });
  push("Kiên Giang, ngày 05 tháng 9 năm 2023");
  push("BÁO CÁO", { bold: true });
  push("Thực trạng và nhiệm vụ, giải pháp chấn chỉnh, khắc phục tình trạng né tránh, đùn đẩy trách nhiệm", { bold: true });
  push("Kính gửi: Bộ Nội vụ.");
  push(
    "Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ về việc báo cáo thực trạng, nhiệm vụ, giải pháp chấn chỉnh, khắc phục tình trạng đùn đẩy, né tránh trách nhiệm, Sở Ngoại vụ báo cáo như sau:",
  );
  const target = Math.max(1, pages * PARAGRAPHS_PER_PAGE - 20);
  const subsections = OUTLINE.reduce((n, [, children]) => n + Math.max(1, children.length), 0);
  const perSection = Math.max(1, Math.floor(target / subsections));
  let sentence = 0;
  const body = () => {
    const parts = [];
    for (let i = 0; i < 4; i++) parts.push(SENTENCES[sentence++ % SENTENCES.length]);
    push(parts.join(" "));
  };
  for (const [heading, children] of OUTLINE) {
    push(heading, { heading: 1, bold: true });
    if (children.length === 0) for (let i = 0; i < perSection; i++) body();
    for (const child of children) {
      push(child, { heading: 2, bold: true });
      for (let i = 0; i < perSection; i++) body();
    }
  }
  push("Nơi nhận:", { bold: true });
  push("- Như trên;");
  push("- Lưu: VT, VP.");
  push("KT. GIÁM ĐỐC", { bold: true });
  push("PHÓ GIÁM ĐỐC", { bold: true });
  push("Nguyễn Văn A", { bold: true });
  return out;
}

function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A minimal but complete .docx of the paragraphs (Heading 1/2 styles, bold runs). */
function toDocx(paragraphs) {
  const body = paragraphs
    .map((p) => {
      const style = p.heading ? `<w:pPr><w:pStyle w:val="Heading${p.heading}"/></w:pPr>` : "";
      const bold = p.bold ? "<w:rPr><w:b/></w:rPr>" : "";
      return `<w:p>${style}<w:r>${bold}<w:t xml:space="preserve">${escapeXml(p.text)}</w:t></w:r></w:p>`;
    })
    .join("");
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const styles = [1, 2]
    .map(
      (n) =>
        `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr></w:style>`,
    )
    .join("");
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/_rels/document.xml.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body>${body}</w:body></w:document>`),
    "word/styles.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles ${ns}>${styles}</w:styles>`),
  });
}

module.exports = { generateReport, toDocx, PARAGRAPHS_PER_PAGE };
