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
