import { modelFromParagraphs, type DocumentModel, type Paragraph } from "../../../src/engine/model";
import {
  buildSectionTree,
  findSections,
  isSectionEmpty,
} from "../../../src/engine/understand/sections";
import { parseNumbering } from "../../../src/engine/understand/heading-numbers";
import { isPlaceholder } from "../../../src/engine/understand/line-kinds";
import { seedLines, seedModel } from "./seeds";

function summary(model: DocumentModel) {
  return findSections(model).map((s) => `${s.level}|${s.number}|${s.title}`);
}

function formatted(paragraphs: Array<string | Partial<Paragraph> & { text: string }>): DocumentModel {
  return {
    source: "word",
    notices: [],
    paragraphs: paragraphs.map((p, index) =>
      typeof p === "string" ? { index, text: p, format: {} } : { index, format: {}, ...p },
    ),
  };
}

describe("findSections on the seeds", () => {
  it("finds the three numbered sections of the Sở Ngoại vụ reply (000)", () => {
    expect(summary(seedModel("000"))).toEqual([
      "1|1|Tình hình thực trạng",
      "1|2|Nhiệm vụ và giải pháp trong thời gian tới",
      "1|3|Đề xuất, kiến nghị",
    ]);
  });

  it("ends the last section of 000 before the closing sentence and Nơi nhận", () => {
    const model = seedModel("000");
    const last = findSections(model).at(-1)!;
    const after = model.paragraphs.slice(last.end).map((p) => p.text);
    expect(after[0]).toMatch(/^Trên đây là báo cáo/);
    expect(after.some((t) => t.startsWith("Nơi nhận"))).toBe(true);
  });

  it("reads I- and II. in the Party reply (001), joining the heading wrapped over two bold lines", () => {
    const sections = findSections(seedModel("001"));
    expect(sections.map((s) => s.number)).toEqual(["I", "II"]);
    expect(sections[0].title).toBe("Tình hình chung");
    expect(sections[1].title).toMatch(/^Nhiệm vụ, giải pháp nhằm ngăn chặn/);
    expect(sections[1].title).toMatch(/nhằm góp phần xây dựng tổ chức đảng.*hiệu lực, hiệu quả\.?$/);
  });

  it("joins the wrapped bold heading of 001 when each line is its own paragraph", () => {
    const lines = seedLines("001");
    const model = modelFromParagraphs(lines);
    const sections = findSections(model);
    expect(sections.map((s) => s.number)).toEqual(["I", "II"]);
    const second = sections[1];
    expect(second.titleEnd).toBe(second.paragraph + 1);
    expect(lines[second.titleEnd!]).toMatch(/^\*\*nhằm góp phần/);
    expect(second.bodyStart).toBe(second.paragraph + 2);
  });

  it("does not take the numbered measures under II of 001 (long prose) for headings", () => {
    const titles = findSections(seedModel("001")).map((s) => s.title);
    expect(titles.some((t) => t.startsWith("Tham mưu Ban Thường vụ"))).toBe(false);
    expect(titles.some((t) => t.startsWith("Chú trọng tham mưu"))).toBe(false);
  });

  it("takes the short numbered addressee headings of 003 as sections", () => {
    const sections = findSections(seedModel("003"));
    expect(sections.map((s) => s.number)).toEqual(["1", "2", "3", "4", "5"]);
    expect(sections[0].title).toBe("Thủ trưởng các cơ quan chuyên môn, đơn vị thuộc huyện");
    expect(sections[4].title).toBe("Giao Phòng Nội vụ");
  });

  it("finds no sections in 004, whose numbered paragraphs are long duties written as prose", () => {
    expect(findSections(seedModel("004"))).toEqual([]);
  });

  it("never takes header, closing, signature or footnote lines for sections", () => {
    for (const seed of ["000", "001", "002", "003", "004"]) {
      for (const section of findSections(seedModel(seed))) {
        expect(section.title).not.toMatch(/^(Nơi nhận|Kính gửi|Số:|CỘNG HÒA|Độc lập|BÁO CÁO$|KT\.|K\/T|TM\.|CHỦ TỊCH|BỘ TRƯỞNG|HỎA TỐC)/);
        expect(section.title).not.toMatch(/^(Quyết định số 1506|Trừ Bộ Quốc phòng|Kế hoạch số 01)/);
      }
    }
  });
});

describe("findSections numbering and levels", () => {
  it("nests Roman, Arabic and letter numbering in the order they appear", () => {
    const model = modelFromParagraphs([
      "I. Tình hình",
      "Nội dung phần tình hình.",
      "1. Kết quả đạt được",
      "a) Về thể chế",
      "Đã ban hành các văn bản.",
      "b) Về tổ chức",
      "Đã kiện toàn bộ máy.",
      "2. Hạn chế",
      "Còn chậm.",
      "II. Kiến nghị",
      "Đề nghị xem xét.",
    ]);
    expect(summary(model)).toEqual([
      "1|I|Tình hình",
      "2|1|Kết quả đạt được",
      "3|a|Về thể chế",
      "3|b|Về tổ chức",
      "2|2|Hạn chế",
      "1|II|Kiến nghị",
    ]);
  });

  it("gives Arabic numbering level 1 when a draft starts with it", () => {
    const model = modelFromParagraphs(["1. Tình hình", "Văn bản.", "a) Thuận lợi", "Có.", "2. Kiến nghị", "Không."]);
    expect(summary(model)).toEqual(["1|1|Tình hình", "2|a|Thuận lợi", "1|2|Kiến nghị"]);
  });

  it("reads 1-, 1), I-, decimal 1.1 and 1.1. numbering", () => {
    const model = modelFromParagraphs([
      "I- Tình hình chung:",
      "Nội dung.",
      "1- Kết quả",
      "Nội dung.",
      "1.1 Về thể chế",
      "Nội dung.",
      "1.2. Về tổ chức",
      "Nội dung.",
      "2) Hạn chế",
      "Nội dung.",
    ]);
    expect(summary(model)).toEqual([
      "1|I|Tình hình chung",
      "2|1|Kết quả",
      "3|1.1|Về thể chế",
      "3|1.2|Về tổ chức",
      "4|2|Hạn chế",
    ]);
  });

  it("reads Phần I, Phần thứ nhất and Mục 1 headings", () => {
    const model = modelFromParagraphs([
      "Phần thứ nhất. KẾT QUẢ THỰC HIỆN",
      "Mục 1. Công tác tổ chức",
      "Nội dung.",
      "Phần II - Phương hướng",
      "Nội dung.",
    ]);
    expect(summary(model)).toEqual([
      "1|Phần thứ nhất|KẾT QUẢ THỰC HIỆN",
      "2|Mục 1|Công tác tổ chức",
      "1|Phần II|Phương hướng",
    ]);
  });

  it("reads a number on a line of its own followed by the title", () => {
    const model = modelFromParagraphs(["I.", "TÌNH HÌNH CHUNG", "Nội dung.", "II.", "KIẾN NGHỊ", "Nội dung."]);
    expect(findSections(model).map((s) => [s.number, s.title, s.paragraph, s.titleEnd, s.bodyStart])).toEqual([
      ["I", "TÌNH HÌNH CHUNG", 0, 1, 2],
      ["II", "KIẾN NGHỊ", 3, 4, 5],
    ]);
  });

  it("parses numbering only at the start and without being fooled by dates, symbols or words", () => {
    expect(parseNumbering("2020-2025 là nhiệm kỳ")).toBeNull();
    expect(parseNumbering("1702-CV/BNCTU ngày 28/8/2023")).toBeNull();
    expect(parseNumbering("V/v báo cáo")).toBeNull();
    expect(parseNumbering("Phần lớn cán bộ")).toBeNull();
    expect(parseNumbering("Phần việc còn lại")).toBeNull();
    expect(parseNumbering("Mục tiêu chung")).toBeNull();
    expect(parseNumbering("- Như trên;")).toBeNull();
    expect(parseNumbering("IV. Đề xuất, kiến nghị")).toMatchObject({ kind: "roman", number: "IV", rest: "Đề xuất, kiến nghị" });
    expect(parseNumbering("đ) Nội dung khác")).toMatchObject({ kind: "letter", number: "đ" });
    expect(parseNumbering("1.2.3. Chi tiết")).toMatchObject({ kind: "decimal", key: "decimal-3", number: "1.2.3" });
  });
});

describe("findSections unnumbered headings", () => {
  it("takes upper-case short lines as headings after the opening", () => {
    const model = modelFromParagraphs([
      "Kính gửi: Sở Nội vụ",
      "Thực hiện Văn bản số 4701/UBND-NC2 ngày 31/8/2023, Sở Ngoại vụ báo cáo như sau:",
      "TÌNH HÌNH THỰC TRẠNG",
      "Trong thời gian qua, Sở đã quán triệt đầy đủ.",
      "ĐỀ XUẤT, KIẾN NGHỊ",
      "Đề nghị tăng cường tập huấn.",
    ]);
    expect(summary(model)).toEqual(["1|TÌNH HÌNH THỰC TRẠNG", "1|ĐỀ XUẤT, KIẾN NGHỊ"].map((s) => s.replace("1|", "1||")));
  });

  it("takes bold short lines and Word heading styles, but not the document title block", () => {
    const model = formatted([
      { text: "BÁO CÁO", format: { bold: true, alignment: "center" } },
      { text: "Thực trạng và nhiệm vụ, giải pháp chấn chỉnh tình trạng né tránh", format: { bold: true } },
      "Thực hiện Công văn số 1702-CV/BNCTU ngày 28/8/2023 của Ban Nội chính Tỉnh ủy, Văn phòng báo cáo như sau:",
      { text: "Tình hình chung", format: { bold: true } },
      "Văn phòng Tỉnh ủy là cơ quan tham mưu.",
      { text: "Nhiệm vụ, giải pháp", format: { style: "Heading 2", headingLevel: 2 } },
      "Tiếp tục đẩy mạnh công tác giáo dục.",
    ]);
    expect(findSections(model).map((s) => s.title)).toEqual(["Tình hình chung", "Nhiệm vụ, giải pháp"]);
  });

  it("takes heading-styled lines in a draft that has headings only, not yet any text", () => {
    const model = formatted([
      { text: "Kính gửi: Bộ Nội vụ" },
      { text: "BÁO CÁO", format: { bold: true } },
      { text: "Tình hình", format: { headingLevel: 1, bold: true } },
      { text: "" },
      { text: "Nguyên nhân", format: { headingLevel: 1, bold: true } },
      { text: "" },
      { text: "Nơi nhận:" },
    ]);
    expect(findSections(model).map((s) => [s.title, s.marker, s.bodyStart, s.end])).toEqual([
      ["Tình hình", "style", 3, 4],
      ["Nguyên nhân", "style", 5, 6],
    ]);
  });

  it("takes Markdown ### headings and strips the marks", () => {
    const model = modelFromParagraphs([
      "Thực hiện Công văn số 1702-CV/BNCTU, Văn phòng Tỉnh ủy báo cáo tình hình như sau:",
      "### **I- Tình hình chung:**",
      "Nội dung.",
      "### Kiến nghị",
      "Nội dung.",
    ]);
    expect(findSections(model).map((s) => [s.number, s.title])).toEqual([
      ["I", "Tình hình chung"],
      ["", "Kiến nghị"],
    ]);
  });

  it("ignores bullets, footnotes, bold sentences and the signature block", () => {
    const model = modelFromParagraphs([
      "Thực hiện Văn bản số 4701/UBND-NC2 ngày 31/8/2023, Sở Ngoại vụ báo cáo như sau:",
      "1. Tình hình",
      "- Quán triệt cho cán bộ.",
      "¹ Trừ Bộ Quốc phòng và Bộ Công an.",
      "<sup>2</sup> Quyết định số 1506/QĐ-UBND ngày 05/7/2018.",
      "**Sở đã hoàn thành tốt nhiệm vụ được giao.**",
      "2. Kiến nghị",
      "Đề nghị xem xét.",
      "Nơi nhận:",
      "- Như trên;",
      "KT. GIÁM ĐỐC",
      "PHÓ GIÁM ĐỐC",
      "Trần Mạnh Hùng",
    ]);
    expect(summary(model)).toEqual(["1|1|Tình hình", "1|2|Kiến nghị"]);
    expect(findSections(model)[1].end).toBe(8);
  });

  it("keeps a short numbered heading but drops a numbered list of long sentences", () => {
    const long =
      "Tăng cường công tác kiểm tra, giám sát việc thực hiện nhiệm vụ của cán bộ, công chức; kịp thời biểu dương, khen thưởng đối với cán bộ có tinh thần trách nhiệm. Đồng thời kịp thời phê bình, chấn chỉnh các trường hợp thiếu tinh thần trách nhiệm, xử lý nghiêm các trường hợp né tránh, đùn đẩy trách nhiệm trong thực hiện nhiệm vụ được giao.";
    const model = modelFromParagraphs([
      "II. Nhiệm vụ, giải pháp",
      `1. ${long}`,
      `2. ${long}`,
      "3. Chú trọng xây dựng đội ngũ cán bộ dám nghĩ, dám làm, dám chịu trách nhiệm trước công việc được giao, nhất là lựa chọn được cán bộ vừa có tâm, vừa có tầm.",
    ]);
    expect(summary(model)).toEqual(["1|II|Nhiệm vụ, giải pháp"]);
  });

  it("reads a long item among short headings as a run-in heading", () => {
    const model = modelFromParagraphs([
      "1. Tình hình",
      "Nội dung.",
      "2. Nguyên nhân: do cơ chế, chính sách chưa đầy đủ, chưa đồng bộ; một bộ phận cán bộ còn tâm lý sợ sai, sợ trách nhiệm, ngại va chạm, làm việc cầm chừng, chưa mạnh dạn đề xuất. Công tác kiểm tra, giám sát có lúc chưa thường xuyên, xử lý vi phạm chưa kịp thời, nghiêm minh, chưa tạo được sức răn đe cần thiết đối với cán bộ vi phạm.",
      "3. Kiến nghị",
      "Nội dung.",
    ]);
    const sections = findSections(model);
    expect(sections.map((s) => s.title)).toEqual(["Tình hình", "Nguyên nhân", "Kiến nghị"]);
    expect(sections[1].inlineBody).toMatch(/^do cơ chế/);
    expect(isSectionEmpty(model, sections[1], sections)).toBe(false);
  });

  it("takes the first twelve words as the title of a run-in item with no colon or sentence end near its start", () => {
    const item =
      "Nguyên nhân chủ yếu do cơ chế chính sách chưa đầy đủ chưa đồng bộ và một bộ phận cán bộ còn tâm lý sợ sai sợ trách nhiệm ngại va chạm làm việc cầm chừng, chưa mạnh dạn đề xuất giải pháp mới trong công tác quản lý nhà nước ở địa phương, công tác kiểm tra giám sát có lúc chưa thường xuyên, xử lý vi phạm chưa kịp thời và nghiêm minh nên chưa tạo được sức răn đe cần thiết";
    const model = modelFromParagraphs(["1. Tình hình", "Nội dung.", `2. ${item}`, "3. Kiến nghị", "Nội dung."]);
    const sections = findSections(model);
    expect(sections.map((s) => s.title)).toEqual(["Tình hình", "Nguyên nhân chủ yếu do cơ chế chính sách chưa đầy đủ", "Kiến nghị"]);
    expect(`${sections[1].title} ${sections[1].inlineBody}`).toBe(item);
  });
});

describe("section extents and empty sections", () => {
  const model = modelFromParagraphs([
    "I. Tình hình",
    "1. Kết quả",
    "Đã làm tốt.",
    "2. Hạn chế",
    "…",
    "II. Nguyên nhân",
    "III. Kiến nghị",
    "(nội dung)",
    "[Nhập nội dung]",
    "IV. Phương hướng",
    "   ",
  ]);
  const sections = findSections(model);

  it("computes body and section ends", () => {
    expect(sections.map((s) => [s.number, s.bodyStart, s.bodyEnd, s.end])).toEqual([
      ["I", 1, 1, 5],
      ["1", 2, 3, 3],
      ["2", 4, 5, 5],
      ["II", 6, 6, 6],
      ["III", 7, 9, 9],
      ["IV", 10, 11, 11],
    ]);
  });

  it("counts placeholders and headings followed by the next sibling as empty", () => {
    expect(sections.map((s) => isSectionEmpty(model, s, sections))).toEqual([false, false, true, true, true, true]);
  });

  it("recognizes placeholder texts", () => {
    for (const text of ["…", "...", "(nội dung)", "[Nhập nội dung]", "   ", "……………", "<Nội dung báo cáo>"]) {
      expect(isPlaceholder(text)).toBe(true);
    }
    for (const text of ["Đã làm tốt.", "(1) Kết quả", "Không có."]) expect(isPlaceholder(text)).toBe(false);
  });

  it("builds a tree from the flat list", () => {
    const tree = buildSectionTree(sections);
    expect(tree.map((s) => s.number)).toEqual(["I", "II", "III", "IV"]);
    expect(tree[0].children!.map((s) => s.number)).toEqual(["1", "2"]);
    expect(tree[1].children).toEqual([]);
  });
});
