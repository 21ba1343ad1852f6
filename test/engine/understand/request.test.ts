import { extractRequest, isFootnote } from "../../../src/engine/understand/request";
import { modelFromParagraphs } from "../../../src/engine/model";
import { seed } from "./seeds";

describe("extractRequest", () => {
  it("reads the request of seed 002 exactly", () => {
    const r = extractRequest(seed("request"));
    expect(r.number).toBe("4874/BNV-CCVC");
    expect(r.type).toBe("Công văn");
    expect(r.date).toBe("2023-08-29");
    expect(r.issuer).toBe("Bộ Nội vụ");
    expect(r.deadline).toBe("2023-09-08");
    expect(r.period).toEqual({ from: null, to: "2023-06-30" });
    expect(r.subject).toMatch(/^báo cáo thực trạng, nhiệm vụ, giải pháp chấn chỉnh/);
  });

  it("takes the outline of Phụ lục 3", () => {
    const r = extractRequest(seed("request"));
    expect(r.outline.map((n) => n.number)).toEqual(["I", "II", "III", "IV"]);
    expect(r.outline.map((n) => n.children.length)).toEqual([3, 2, 5, 0]);
  });

  it("prefers the body's deadline to one in a footnote", () => {
    const r = extractRequest(
      modelFromParagraphs([
        "BỘ NỘI VỤ",
        "Số: 10/BNV-VP",
        "Hà Nội, ngày 01 tháng 9 năm 2023",
        "Kính gửi: Các Bộ",
        "¹ Trình trước ngày 20/9/2023.",
        "Đề nghị gửi báo cáo chậm nhất ngày 15/9/2023; số liệu từ ngày 01/01/2023 đến ngày 30/6/2023.",
      ]),
    );
    expect(r.deadline).toBe("2023-09-15");
    expect(r.period).toEqual({ from: "2023-01-01", to: "2023-06-30" });
    expect(r.type).toBeNull();
  });

  it("reads the type of a named document and of a Party letter from its symbol", () => {
    const plan = extractRequest(modelFromParagraphs(["UBND TỈNH KIÊN GIANG", "Số: 12/KH-UBND", "KẾ HOẠCH", "Triển khai báo cáo", "I. MỤC ĐÍCH"]));
    expect(plan.type).toBe("Kế hoạch");
    expect(plan.subject).toBe("Triển khai báo cáo");
    const party = extractRequest(modelFromParagraphs(["BAN NỘI CHÍNH TỈNH ỦY", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 1702-CV/BNCTU", "Kính gửi: Văn phòng Tỉnh ủy"]));
    expect(party.type).toBe("Công văn");
    expect(party.issuer).toBe("Ban Nội chính Tỉnh ủy");
  });

  it("reads a request given as one citation line", () => {
    const r = extractRequest(modelFromParagraphs(["Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ về việc báo cáo thực trạng"]));
    expect([r.number, r.type, r.date, r.issuer, r.subject]).toEqual(["4874/BNV-CCVC", "Công văn", "2023-08-29", "Bộ Nội vụ", "báo cáo thực trạng"]);
  });

  it("does not take the document a reply answers for the reply's own number", () => {
    const r = extractRequest(seed("reply"));
    expect(r.number).toBeNull();
    expect(r.deadline).toBeNull();
    expect(r.outline).toEqual([]);
  });

  it("tells footnotes from body paragraphs", () => {
    const [body, note] = modelFromParagraphs(["Trước ngày 08/9/2023.", "⁴ Trình trước ngày 10/9/2023."]).paragraphs;
    expect(isFootnote(body)).toBe(false);
    expect(isFootnote(note)).toBe(true);
    expect(isFootnote({ ...body, marks: [{ start: 0, end: 1, kind: "superscript" }] })).toBe(true);
  });
});

describe("extractRequest reads the header's issuer, subject and number as written", () => {
  it("keeps the issuer's parent and its proper casing", () => {
    const r = extractRequest(modelFromParagraphs(["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "Số:      /SCT-CN", "V/v báo cáo thực trạng hóa chất", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lào Cai, ngày      tháng 6 năm 2026", "Kính gửi: Các đơn vị", "Đề nghị các đơn vị báo cáo trước ngày 22/6/2026."]));
    expect(r.issuer).toBe("Sở Công Thương tỉnh Lào Cai");
    expect(r.subject).toBe("báo cáo thực trạng hóa chất");
  });

  it("ends the trích yếu before the authority line that follows it", () => {
    const r = extractRequest(modelFromParagraphs(["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "Số:      /QĐ-SCT", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lào Cai, ngày      tháng 5 năm 2026", "QUYẾT ĐỊNH", "Kiểm tra việc chấp hành pháp luật về hóa chất", "", "GIÁM ĐỐC SỞ CÔNG THƯƠNG LÀO CAI", "Căn cứ Luật Hóa chất;"]));
    expect(r.subject).toBe("Kiểm tra việc chấp hành pháp luật về hóa chất");
  });

  it("keeps an upper-case trích yếu wrapped over two lines", () => {
    const r = extractRequest(modelFromParagraphs(["CHÍNH PHỦ", "Số: 79/2025/NĐ-CP", "Hà Nội, ngày 01 tháng 4 năm 2025", "NGHỊ ĐỊNH", "VỀ KIỂM TRA, RÀ SOÁT,", "HỆ THỐNG HOÁ VĂN BẢN", "Căn cứ Luật Tổ chức Chính phủ;"]));
    expect(r.subject).toBe("VỀ KIỂM TRA, RÀ SOÁT, HỆ THỐNG HOÁ VĂN BẢN");
  });

  it("reads a number with a dotted part whole", () => {
    const r = extractRequest(modelFromParagraphs(["CHÍNH PHỦ", "Số: 66.18/2026/NQ-CP", "Hà Nội, ngày 18 tháng 5 năm 2026", "NGHỊ QUYẾT", "Phân quyền thủ tục hành chính", "Căn cứ Luật Tổ chức Chính phủ;"]));
    expect(r.number).toBe("66.18/2026/NQ-CP");
  });
});
