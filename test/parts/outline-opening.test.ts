import type { RequestProfile } from "../../src/engine/types";
import { buildOpening, buildOutline, headingText, openingSentence } from "../../src/parts/blocks";
import { EXAMPLE_REQUEST } from "../../src/parts/examples";
import { readBlocks } from "./read-ooxml";

function request(overrides: Partial<RequestProfile>): RequestProfile {
  return { ...EXAMPLE_REQUEST, ...overrides };
}

describe("buildOutline", () => {
  it("makes built-in headings by depth, each followed by an empty body paragraph", () => {
    const document = readBlocks(
      buildOutline([
        {
          number: "I",
          title: "Tình hình",
          children: [
            { number: "1", title: "Nguyên nhân khách quan", children: [{ number: "a", title: "Về thể chế", children: [] }] },
          ],
        },
        { number: "II", title: "Đề xuất, kiến nghị", children: [] },
      ]),
    );
    expect(document.paragraphs.map((p) => [p.style, p.text])).toEqual([
      ["Heading1", "I. Tình hình"],
      ["BodyText", ""],
      ["Heading2", "1. Nguyên nhân khách quan"],
      ["BodyText", ""],
      ["Heading3", "a) Về thể chế"],
      ["BodyText", ""],
      ["Heading1", "II. Đề xuất, kiến nghị"],
      ["BodyText", ""],
    ]);
    const heading = document.paragraphs[0].runs[0];
    expect({ bold: heading.bold, size: heading.size, font: heading.font }).toEqual({ bold: true, size: 14, font: "Times New Roman" });
    expect(document.paragraphs[4].runs[0].italic).toBe(true);
    // Body format is also set directly, so it survives a document with its own Body Text style.
    expect(document.paragraphs.map((p) => p.align)).toEqual(Array(8).fill("both"));
  });

  it("keeps levels below the third as Heading 3", () => {
    const deep = { number: "1.1.1.1", title: "Sâu", children: [] };
    const chain = { number: "I", title: "A", children: [{ number: "1", title: "B", children: [{ number: "1.1", title: "C", children: [deep] }] }] };
    const styles = readBlocks(buildOutline([chain])).paragraphs.filter((p) => p.text !== "").map((p) => p.style);
    expect(styles).toEqual(["Heading1", "Heading2", "Heading3", "Heading3"]);
  });

  it("writes the outline's own numbering", () => {
    expect(headingText({ number: "1.1", title: "Kết quả", children: [] })).toBe("1.1. Kết quả");
    expect(headingText({ number: "", title: "Lưu ý", children: [] })).toBe("Lưu ý");
    expect(headingText({ number: "đ", title: "Khác", children: [] })).toBe("đ) Khác");
  });

  it("gives the example request's outline in order", () => {
    const texts = readBlocks(buildOutline(EXAMPLE_REQUEST.outline))
      .paragraphs.filter((p) => p.style === "Heading1")
      .map((p) => p.text);
    expect(texts).toEqual(["I. Tình hình", "II. Nguyên nhân", "III. Nhiệm vụ, giải pháp", "IV. Đề xuất, kiến nghị"]);
  });
});

describe("opening sentence", () => {
  it("cites the request in the standard form", () => {
    expect(openingSentence(EXAMPLE_REQUEST, { agency: "Sở Ngoại vụ" })).toBe(
      "Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ về việc báo cáo thực trạng, nhiệm vụ, giải pháp chấn chỉnh, " +
        "khắc phục tình trạng đùn đẩy, né tránh trách nhiệm, Sở Ngoại vụ báo cáo như sau:",
    );
  });

  it("uses the leading-zero rule for the date", () => {
    const text = openingSentence(request({ date: "2023-01-05", subject: null }), { agency: "Sở Nội vụ" });
    expect(text).toBe("Thực hiện Công văn số 4874/BNV-CCVC ngày 05/01/2023 của Bộ Nội vụ, Sở Nội vụ báo cáo như sau:");
  });

  it("drops a leading V/v and a final stop from the subject", () => {
    const text = openingSentence(request({ subject: "V/v tăng cường kỷ luật." }), { agency: "Sở Nội vụ" });
    expect(text).toContain("của Bộ Nội vụ về việc tăng cường kỷ luật, Sở Nội vụ");
  });

  it("leaves out what the request lacks", () => {
    const bare = request({ type: null, number: null, date: null, issuer: null, subject: null });
    expect(openingSentence(bare, { agency: "Sở Nội vụ" })).toBe("Thực hiện Văn bản, Sở Nội vụ báo cáo như sau:");
    const party = request({ type: "Công văn", number: "1702-CV/BNCTU", date: "2023-08-28", issuer: "Ban Nội chính Tỉnh ủy", subject: null });
    expect(openingSentence(party)).toBe("Thực hiện Công văn số 1702-CV/BNCTU ngày 28/8/2023 của Ban Nội chính Tỉnh ủy, báo cáo như sau:");
  });

  it("is one body paragraph", () => {
    const document = readBlocks(buildOpening(EXAMPLE_REQUEST, { agency: "Sở Ngoại vụ" }));
    expect(document.paragraphs).toHaveLength(1);
    expect(document.paragraphs[0].style).toBe("BodyText");
    expect(document.paragraphs[0].text.startsWith("Thực hiện Công văn số 4874/BNV-CCVC")).toBe(true);
  });
});
