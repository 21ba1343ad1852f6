import { modelFromParagraphs } from "../../../src/engine/model";
import { compareSections, headingSimilarity, titleWords } from "../../../src/engine/understand/match";
import type { OutlineNode, SectionState } from "../../../src/engine/types";
import { hasDiacritics, readHeadingTitle } from "../../../src/engine/understand/title-words";
import { requestOutline, seedModel } from "./seeds";

function node(number: string, title: string, children: OutlineNode[] = []): OutlineNode {
  return { number, title, children };
}

function states(comparison: ReturnType<typeof compareSections>, level = 1): Array<[string, SectionState]> {
  return comparison.statuses.filter((s) => s.level === level).map((s) => [s.number, s.status]);
}

const outline = requestOutline();

describe("compareSections: replies to Phụ lục 3 (seed 002)", () => {
  it("finds I, III and IV in the Sở Ngoại vụ reply (000) and reports II Nguyên nhân missing", () => {
    const comparison = compareSections(seedModel("000"), outline);
    expect(states(comparison)).toEqual([
      ["I", "present"],
      ["II", "missing"],
      ["III", "present"],
      ["IV", "present"],
    ]);
    const model = seedModel("000");
    const headingOf = (n: string) => model.paragraphs[comparison.statuses.find((s) => s.level === 1 && s.number === n)!.paragraph!].text;
    expect(headingOf("I")).toMatch(/^1\. Tình hình thực trạng/);
    expect(headingOf("III")).toMatch(/^2\. Nhiệm vụ và giải pháp trong thời gian tới/);
    expect(headingOf("IV")).toMatch(/^3\. Đề xuất, kiến nghị/);
  });

  it("shows the children of a present section without sub-headings as inferred from it, and those of a missing one as missing", () => {
    const comparison = compareSections(seedModel("000"), outline);
    const children = comparison.matches.filter((m) => m.level === 2);
    expect(children.filter((m) => m.label.startsWith("I.")).every((m) => m.status === "in-parent" && m.via === "parent")).toBe(true);
    expect(children.filter((m) => m.label.startsWith("II.")).map((m) => m.status)).toEqual(["missing", "missing"]);
    expect(children.filter((m) => m.label.startsWith("III.")).map((m) => m.status)).toEqual(Array(5).fill("in-parent"));
    // Inferred, not found: the status names the parent's heading as what may cover them.
    const firstChild = comparison.statuses[1];
    expect(firstChild.match).toEqual({ heading: "1. Tình hình thực trạng", paragraph: comparison.statuses[0].paragraph, via: "parent" });
    expect(comparison.statuses).toHaveLength(14);
  });

  it("finds I and III in the Party reply (001) and reports II and IV missing", () => {
    const comparison = compareSections(seedModel("001"), outline);
    expect(states(comparison)).toEqual([
      ["I", "present"],
      ["II", "missing"],
      ["III", "present"],
      ["IV", "missing"],
    ]);
    expect(comparison.used.map((s) => s.number)).toEqual(["I", "II"]);
  });

  it("reports everything missing for documents that are not replies (003, 004)", () => {
    for (const seed of ["003", "004"]) {
      expect(states(compareSections(seedModel(seed), outline)).map(([, s]) => s)).toEqual(Array(4).fill("missing"));
    }
  });

  it("returns no statuses for an empty outline", () => {
    expect(compareSections(seedModel("000"), []).statuses).toEqual([]);
  });
});

describe("compareSections matches by meaning", () => {
  const simple = [
    node("I", "Tình hình"),
    node("II", "Nguyên nhân dẫn đến tình trạng né tránh, đùn đẩy, sợ trách nhiệm"),
    node("III", "Nhiệm vụ, giải pháp nhằm kịp thời chấn chỉnh, khắc phục tình trạng né tránh, đùn đẩy"),
    node("IV", "Đề xuất, kiến nghị"),
  ];

  it.each([
    ["upper case and colons", ["1. TÌNH HÌNH:", "a", "2. NGUYÊN NHÂN:", "b", "3. NHIỆM VỤ, GIẢI PHÁP:", "c", "4. ĐỀ XUẤT, KIẾN NGHỊ:", "d"]],
    ["shortened and with added words", ["I. Tình hình thực trạng", "a", "II. Nguyên nhân", "b", "III. Nhiệm vụ, giải pháp thời gian tới", "c", "IV. Kiến nghị", "d"]],
    ["letters and no numbering", ["A. Tình hình chung", "a", "B. Các nguyên nhân", "b", "C. Nhiệm vụ và giải pháp", "c", "D. Đề xuất", "d"]],
    ["near-synonyms (thực trạng, biện pháp)", ["1. Thực trạng", "a", "2. Nguyên nhân", "b", "3. Nhiệm vụ, biện pháp", "c", "4. Kiến nghị, đề xuất", "d"]],
    ["old tone placement and no diacritics", ["1. Tinh hinh", "a", "2. Nguyen nhan", "b", "3. Nhiem vu, giai phap", "c", "4. De xuat, kien nghi", "d"]],
  ])("matches %s", (_name, paragraphs) => {
    const comparison = compareSections(modelFromParagraphs(paragraphs as string[]), simple);
    expect(comparison.statuses.map((s) => s.status)).toEqual(["present", "present", "present", "present"]);
  });

  it("does not take a heading that shares only the long tail of a title", () => {
    const draft = modelFromParagraphs([
      "I. Tình hình",
      "Nội dung.",
      "II. Nhiệm vụ, giải pháp khắc phục tình trạng né tránh, đùn đẩy, sợ trách nhiệm",
      "Nội dung.",
    ]);
    const comparison = compareSections(draft, simple);
    expect(states(comparison)).toEqual([
      ["I", "present"],
      ["II", "missing"],
      ["III", "present"],
      ["IV", "missing"],
    ]);
  });

  it("does not match unrelated headings", () => {
    const draft = modelFromParagraphs(["1. Công tác tuyên truyền", "a", "2. Công tác thi đua, khen thưởng", "b"]);
    expect(compareSections(draft, simple).statuses.every((s) => s.status === "missing")).toBe(true);
  });

  it("assigns each heading to one outline entry, the closest one", () => {
    const causes = [node("1", "Nguyên nhân khách quan"), node("2", "Nguyên nhân chủ quan")];
    const draft = modelFromParagraphs(["II. Nguyên nhân", "1. Nguyên nhân chủ quan", "a", "2. Nguyên nhân khách quan", "b"]);
    const comparison = compareSections(draft, [node("II", "Nguyên nhân", causes)]);
    expect(comparison.matches.map((m) => [m.label, m.status, m.section?.number])).toEqual([
      ["II", "present", "II"],
      ["II.1", "out-of-order", "2"],
      ["II.2", "present", "1"],
    ]);
  });

  it("reports children missing when the parent has sub-headings of its own that do not cover them", () => {
    const tree = [node("II", "Nguyên nhân", [node("1", "Nguyên nhân khách quan"), node("2", "Nguyên nhân chủ quan")])];
    const draft = modelFromParagraphs(["II. Nguyên nhân", "1. Nguyên nhân chủ quan", "Nội dung."]);
    const comparison = compareSections(draft, tree);
    expect(comparison.matches.map((m) => [m.label, m.status])).toEqual([
      ["II", "present"],
      ["II.1", "missing"],
      ["II.2", "present"],
    ]);
  });

  it("does not count a bold label inside the text as sub-headings of its own", () => {
    const tree = [node("II", "Nguyên nhân", [node("1", "Nguyên nhân khách quan"), node("2", "Nguyên nhân chủ quan")])];
    const draft = {
      source: "word" as const,
      notices: [],
      paragraphs: [
        { index: 0, text: "II. Nguyên nhân", format: {} },
        { index: 1, text: "Những tồn tại chủ yếu", format: { bold: true } },
        { index: 2, text: "Cơ chế, chính sách chưa đồng bộ.", format: {} },
      ],
    };
    const comparison = compareSections(draft, tree);
    expect(comparison.sections.map((s) => s.marker)).toEqual(["number", "emphasis"]);
    expect(comparison.matches.map((m) => [m.label, m.status, m.via])).toEqual([
      ["II", "present", "heading"],
      ["II.1", "in-parent", "parent"],
      ["II.2", "in-parent", "parent"],
    ]);
  });

  it("looks for a child inside its parent's section first", () => {
    const tree = [
      node("I", "Kết quả", [node("1", "Công tác chỉ đạo")]),
      node("II", "Hạn chế", [node("1", "Công tác chỉ đạo")]),
    ];
    const draft = modelFromParagraphs([
      "I. Kết quả",
      "1. Công tác chỉ đạo",
      "Tốt.",
      "II. Hạn chế",
      "1. Công tác chỉ đạo",
      "Còn chậm.",
    ]);
    const comparison = compareSections(draft, tree);
    expect(comparison.statuses.map((s) => [s.number, s.paragraph])).toEqual([
      ["I", 0],
      ["1", 1],
      ["II", 3],
      ["1", 4],
    ]);
  });

  it("marks empty and out-of-order sections", () => {
    const draft = modelFromParagraphs([
      "1. Tình hình",
      "…",
      "2. Đề xuất, kiến nghị",
      "Đề nghị xem xét.",
      "3. Nhiệm vụ, giải pháp",
      "Tiếp tục quán triệt.",
    ]);
    const comparison = compareSections(draft, simple);
    // "Đề xuất, kiến nghị" and "Nhiệm vụ, giải pháp" are swapped: the longest run in the
    // outline's order keeps the earlier draft positions, so III is the one out of order.
    expect(states(comparison)).toEqual([
      ["I", "empty"],
      ["II", "missing"],
      ["III", "out-of-order"],
      ["IV", "present"],
    ]);
  });

  it("weighs the head words of an outline title above its tail", () => {
    const causes = titleWords(simple[1].title);
    const tasks = titleWords(simple[2].title);
    expect(causes.head).toEqual(["nguyên", "nhân"]);
    expect(tasks.head).toEqual(["nhiệm", "vụ", "giải", "pháp"]);
    const heading = titleWords("Nhiệm vụ, giải pháp nhằm ngăn chặn tình trạng né tránh, đùn đẩy, sợ trách nhiệm");
    expect(headingSimilarity(causes, heading)).toBe(0);
    expect(headingSimilarity(tasks, heading)).toBeGreaterThan(0.6);
  });
});

describe("compareSections on a large draft", () => {
  it("handles thousands of headings and finds the outline entries", () => {
    const paragraphs: string[] = ["Thực hiện Công văn số 4874/BNV-CCVC, cơ quan báo cáo như sau:"];
    for (let part = 1; part <= 100; part++) {
      paragraphs.push(`${part}. Kết quả công tác chuyên môn năm ${2000 + part}`);
      for (let item = 1; item <= 30; item++) {
        paragraphs.push(`${part}.${item}. Công tác chuyên môn số ${item} của đơn vị`, "Nội dung báo cáo chi tiết của mục này.");
      }
    }
    paragraphs.push("101. Nhiệm vụ, giải pháp thời gian tới", "Tiếp tục thực hiện.");
    const comparison = compareSections(modelFromParagraphs(paragraphs), outline);
    expect(comparison.sections).toHaveLength(100 * 31 + 1);
    expect(states(comparison)).toEqual([
      ["I", "missing"],
      ["II", "missing"],
      ["III", "present"],
      ["IV", "missing"],
    ]);
  });
});

describe("compareSections on a draft started from the outline", () => {
  /** The outline inserted as Heading 1–2 paragraphs, each followed by an empty body paragraph. */
  function template(fill: Record<string, string> = {}) {
    const paragraphs: { index: number; text: string; format: { headingLevel?: number; bold?: boolean } }[] = [];
    const add = (text: string, format: { headingLevel?: number; bold?: boolean }) =>
      paragraphs.push({ index: paragraphs.length, text, format });
    add("Kính gửi: Bộ Nội vụ", {});
    const visit = (nodes: OutlineNode[], level: number, prefix: string) => {
      for (const entry of nodes) {
        const label = prefix ? `${prefix}.${entry.number}` : entry.number;
        add(`${entry.number}. ${entry.title}`, { headingLevel: level, bold: true });
        add(fill[label] ?? "", {});
        visit(entry.children, level + 1, label);
      }
    };
    visit(outline, 1, "");
    add("Nơi nhận:", {});
    add("- Như trên;", {});
    return { source: "word" as const, notices: [], paragraphs };
  }

  it("finds every inserted heading, however long its title", () => {
    const comparison = compareSections(template(), outline);
    expect(comparison.sections).toHaveLength(14);
    expect(comparison.matches.every((m) => m.via === "heading" && m.score > 0.9)).toBe(true);
    expect(comparison.statuses.every((s) => s.status === "empty")).toBe(true);
  });

  it("reports sub-sections empty one by one once their parent has some text", () => {
    const comparison = compareSections(template({ "I.1": "Trong thời gian qua, đơn vị đã quán triệt đầy đủ." }), outline);
    expect(comparison.matches.filter((m) => m.label.startsWith("I")).slice(0, 4).map((m) => [m.label, m.status])).toEqual([
      ["I", "present"],
      ["I.1", "present"],
      ["I.2", "empty"],
      ["I.3", "empty"],
    ]);
  });
});

describe("titleWords", () => {
  test.each([
    // A synonym is written as the usual word, a link phrase ends the head; lead words are left out of it.
    ["Thực trạng công tác liên quan đến cán bộ", false, ["tình", "hình", "công", "tác", "cán", "bộ"], ["cán", "bộ"], ["tình", "hình", "công", "tác"]],
    ["Thuc trang va bien phap", true, ["tinh", "hinh", "giai", "phap"], ["giai", "phap"], ["tinh", "hinh"]],
    // Only lead words: they are the topic.
    ["Đánh giá tình hình", false, ["đánh", "giá", "tình", "hình"], ["đánh", "giá", "tình", "hình"], []],
    // Repeated words count once; a linking word closes the head.
    ["Kết quả và kết quả của năm", false, ["kết", "quả", "năm"], ["kết", "quả"], []],
    ["Tồn tại, hạn chế", false, ["hạn", "chế"], ["hạn", "chế"], []],
  ])("%j", (title, fold, words, head, lead) => {
    const read = titleWords(title, fold);
    expect(read.words).toEqual(words);
    expect(read.head).toEqual(head);
    expect([...read.lead]).toEqual(lead);
    expect([...read.all]).toEqual(words);
  });
});

describe("readHeadingTitle", () => {
  test("gives the words of titleWords, folded when the title has no diacritics", () => {
    const titles = [
      "Tình hình thực hiện",
      "TINH HINH THUC HIEN",
      "Kết quả đạt được, tồn tại, hạn chế và nguyên nhân",
      "Ket qua dat duoc, ton tai, han che",
      "Nhiệm vụ, giải pháp trong thời gian tới",
      "Đề xuất, kiến nghị",
      "De xuat kien nghi",
      "Cộng hoà",
      "",
      "2024",
    ];
    for (const section of compareSections(seedModel("000"), []).sections) titles.push(section.title);
    for (const title of titles) {
      const plain = !hasDiacritics(title);
      expect(readHeadingTitle(title)).toEqual({ words: titleWords(title, plain), plain });
    }
  });
});
