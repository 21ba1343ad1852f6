import { modelFromParagraphs } from "../../../src/engine/model";
import { extractOutline } from "../../../src/engine/understand/outline";
import type { OutlineNode } from "../../../src/engine/types";
import { seedLines, seedModel } from "./seeds";

function shape(nodes: OutlineNode[]): unknown[] {
  return nodes.map((node) => (node.children.length ? [node.number, shape(node.children)] : node.number));
}

describe("extractOutline on the request (002)", () => {
  const outline = extractOutline(seedModel("002"));

  it("returns Phụ lục 3 as I (1–3), II (1–2), III (1–5), IV", () => {
    expect(shape(outline)).toEqual([
      ["I", ["1", "2", "3"]],
      ["II", ["1", "2"]],
      ["III", ["1", "2", "3", "4", "5"]],
      "IV",
    ]);
  });

  it("keeps the headings' titles whole, without the numbering", () => {
    expect(outline.map((node) => node.title)).toEqual([
      "Tình hình",
      expect.stringMatching(/^Nguyên nhân dẫn đến tình trạng né tránh, đùn đẩy,.*ở Trung ương và địa phương$/),
      expect.stringMatching(/^Nhiệm vụ, giải pháp nhằm kịp thời chấn chỉnh, khắc phục.*ở Trung ương và địa phương$/),
      "Đề xuất, kiến nghị",
    ]);
    expect(outline[0].children[0].title).toMatch(/^Đánh giá thực trạng né tránh, đùn đẩy,.*đề ra nhiệm vụ, giải pháp khắc phục\)$/);
    expect(outline[0].children[2].title).toBe(
      "Chủ trương, biện pháp đã áp dụng để khắc phục, chấn chỉnh tình trạng nêu trên? Kết quả đã xử lý (nếu có): số vụ, đối tượng, biện pháp, hình thức xử lý?",
    );
    expect(outline[1].children.map((node) => node.title)).toEqual(["Nguyên nhân khách quan", "Nguyên nhân chủ quan"]);
    expect(outline[2].children[4].title).toBe("Nhiệm vụ, giải pháp khác");
  });

  it("does not take guidance prose or the notes after the outline for headings", () => {
    const titles = JSON.stringify(outline);
    expect(titles).not.toContain("Đề cập sâu");
    expect(titles).not.toContain("Bộ Chính trị");
    expect(titles).not.toContain("Thời gian lấy số liệu");
    expect(titles).not.toContain("Ban hành kèm theo");
  });

  it("reads the same outline from the raw Markdown lines", () => {
    expect(shape(extractOutline(modelFromParagraphs(seedLines("002"))))).toEqual(shape(outline));
  });
});

describe("extractOutline without an outline", () => {
  it.each(["000", "001", "003", "004"])("returns [] for seed %s (never the letter's own body)", (seed) => {
    expect(extractOutline(seedModel(seed))).toEqual([]);
  });

  it("returns [] when Phụ lục is only cited in a sentence or a footnote", () => {
    const model = modelFromParagraphs([
      "Đề nghị các đơn vị báo cáo theo các nội dung tại Phụ lục 3 gửi kèm.",
      "I. Tình hình",
      "1. Kết quả",
      "⁵ Phụ lục 3 - Đề cương báo cáo dùng cho Ban cán sự đảng Chính phủ.",
    ]);
    expect(extractOutline(model)).toEqual([]);
  });

  it("returns [] for an empty document", () => {
    expect(extractOutline(modelFromParagraphs([]))).toEqual([]);
  });
});

describe("extractOutline markers and shapes", () => {
  it("reads an outline titled ĐỀ CƯƠNG BÁO CÁO with letters and upper-case parts", () => {
    const model = modelFromParagraphs([
      "Ủy ban nhân dân tỉnh đề nghị các sở báo cáo theo đề cương gửi kèm.",
      "ĐỀ CƯƠNG BÁO CÁO",
      "(Kèm theo Công văn số 12/UBND-VP ngày 01/3/2024)",
      "PHẦN MỞ ĐẦU",
      "1. Đặc điểm tình hình:",
      "Nêu khái quát đặc điểm của cơ quan, đơn vị.",
      "2. Kết quả thực hiện",
      "a) Công tác chỉ đạo",
      "b) Công tác kiểm tra",
      "3. Kiến nghị",
      "Ghi chú: số liệu tính đến 31/12/2023.",
      "1. Không phải đề cương",
    ]);
    expect(extractOutline(model)).toEqual([
      {
        number: "",
        title: "PHẦN MỞ ĐẦU",
        children: [
          { number: "1", title: "Đặc điểm tình hình", children: [] },
          {
            number: "2",
            title: "Kết quả thực hiện",
            children: [
              { number: "a", title: "Công tác chỉ đạo", children: [] },
              { number: "b", title: "Công tác kiểm tra", children: [] },
            ],
          },
          { number: "3", title: "Kiến nghị", children: [] },
        ],
      },
    ]);
  });

  it("picks the appendix the letter refers to when there are several", () => {
    const model = modelFromParagraphs([
      "Đề nghị báo cáo theo các nội dung tại Phụ lục 2 và gửi số liệu theo Phụ lục 1.",
      "Phụ lục 1",
      "BIỂU SỐ LIỆU",
      "1. Số cán bộ",
      "Phụ lục 2",
      "Đề cương báo cáo",
      "I. Kết quả",
      "II. Tồn tại, hạn chế",
    ]);
    expect(extractOutline(model).map((node) => node.title)).toEqual(["Kết quả", "Tồn tại, hạn chế"]);
  });

  it("joins an outline heading wrapped onto a second paragraph", () => {
    const model = modelFromParagraphs([
      "Phụ lục: Mẫu báo cáo",
      "I. Nhiệm vụ, giải pháp nhằm kịp thời chấn chỉnh, khắc phục",
      "tình trạng né tránh, đùn đẩy",
      "II. Đề xuất, kiến nghị",
    ]);
    expect(extractOutline(model).map((node) => node.title)).toEqual([
      "Nhiệm vụ, giải pháp nhằm kịp thời chấn chỉnh, khắc phục tình trạng né tránh, đùn đẩy",
      "Đề xuất, kiến nghị",
    ]);
  });

  it("reads an outline numbered automatically by Word from its heading styles and bold lines", () => {
    const paragraph = (text: string, format: { bold?: boolean; headingLevel?: number } = {}) => ({ text, format });
    const items = [
      paragraph("Phụ lục 3", { bold: true }),
      paragraph("ĐỀ CƯƠNG BÁO CÁO CHUYÊN ĐỀ", { bold: true }),
      paragraph("Thực trạng và nhiệm vụ, giải pháp chấn chỉnh", { bold: true }),
      paragraph("(Ban hành kèm theo Kế hoạch số 01-KH/BCĐ)"),
      paragraph("Tình hình", { headingLevel: 1 }),
      paragraph("Đánh giá thực trạng né tránh, đùn đẩy", { headingLevel: 2 }),
      paragraph("Nguyên nhân", { headingLevel: 1 }),
      paragraph("Đề cập sâu, khách quan, thẳng thắn, cụ thể về các vấn đề."),
      paragraph("Đề xuất, kiến nghị", { headingLevel: 1 }),
      paragraph("Lưu ý:", { bold: true }),
      paragraph("Kiến nghị khác", { headingLevel: 1 }),
    ];
    const model = { source: "docx" as const, notices: [], paragraphs: items.map((item, index) => ({ index, ...item })) };
    expect(extractOutline(model)).toEqual([
      { number: "", title: "Tình hình", children: [{ number: "", title: "Đánh giá thực trạng né tránh, đùn đẩy", children: [] }] },
      { number: "", title: "Nguyên nhân", children: [] },
      { number: "", title: "Đề xuất, kiến nghị", children: [] },
    ]);
  });
});
