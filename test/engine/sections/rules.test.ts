import { formatFinding } from "../../../src/engine/format";
import { emptyRequest, testRule } from "../../support/rule-tester";
import { sectionEmpty } from "../../../src/engine/rules/section-empty";
import { sectionMissing } from "../../../src/engine/rules/section-missing";
import { sectionOrder } from "../../../src/engine/rules/section-order";

const sectionRules = [sectionMissing, sectionEmpty, sectionOrder];
import { createRuleContext } from "../../../src/engine/rules/rule";
import { modelFromParagraphs } from "../../../src/engine/model";
import type { OutlineNode } from "../../../src/engine/types";
import { requestOutline, seedModel } from "./seeds";

const node = (number: string, title: string, children: OutlineNode[] = []): OutlineNode => ({ number, title, children });

/** A four-part outline in the shape of Phụ lục 3. */
const outline = [
  node("I", "Tình hình", [node("1", "Đánh giá thực trạng"), node("2", "Đánh giá tính chất, mức độ")]),
  node("II", "Nguyên nhân dẫn đến tình trạng né tránh, đùn đẩy, làm việc cầm chừng, sợ trách nhiệm không dám làm"),
  node("III", "Nhiệm vụ, giải pháp nhằm kịp thời chấn chỉnh, khắc phục tình trạng né tránh, đùn đẩy"),
  node("IV", "Đề xuất, kiến nghị"),
];
const request = emptyRequest({ number: "4874/BNV-CCVC", outline });
const phuLuc3 = emptyRequest({ number: "4874/BNV-CCVC", outline: requestOutline() });

const complete = [
  "Kính gửi: Bộ Nội vụ",
  "Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ, Sở báo cáo như sau:",
  "I. Tình hình",
  "Trong thời gian qua, Sở đã quán triệt đầy đủ.",
  "II. Nguyên nhân",
  "Do cơ chế, chính sách chưa đồng bộ.",
  "III. Nhiệm vụ, giải pháp",
  "Tiếp tục quán triệt, kiểm tra.",
  "IV. Đề xuất, kiến nghị",
  "Đề nghị Bộ Nội vụ sớm ban hành hướng dẫn.",
  "Nơi nhận:",
  "- Như trên;",
  "- Lưu: VT.",
  "GIÁM ĐỐC",
];

/** `complete` with the paragraphs at `indices` removed. */
const without = (...indices: number[]) => complete.filter((_, i) => !indices.includes(i));

describe("section rules", () => {
  it("are exported together as sectionRules", () => {
    expect(sectionRules.map((rule) => rule.meta.id)).toEqual(["section-missing", "section-empty", "section-order"]);
  });

  it("report nothing without a request or with an empty outline", () => {
    const draft = modelFromParagraphs(["I. Tình hình", "…"]);
    for (const rule of sectionRules) {
      expect(rule.check(createRuleContext(draft, null))).toEqual([]);
      expect(rule.check(createRuleContext(draft, emptyRequest()))).toEqual([]);
      expect(rule.check(createRuleContext(seedModel("000"), null))).toEqual([]);
    }
  });

  it("name the missing section in Vietnamese and English", () => {
    const draft = seedModel("000");
    const [finding] = sectionMissing.check(createRuleContext(draft, phuLuc3));
    // It belongs before the next section the reply has in place: III, which the reply numbers 2.
    expect(finding.anchor?.placement).toBe("before");
    expect(draft.paragraphs[finding.anchor!.paragraph].text).toMatch(/Nhiệm vụ và giải pháp/);
    expect(formatFinding(finding, "vi")).toMatch(/^Thiếu mục II\. Nguyên nhân dẫn đến tình trạng né tránh.*… theo đề cương của văn bản yêu cầu\. /);
    expect(formatFinding(finding, "en")).toMatch(/^Section II\. Nguyên nhân dẫn đến .* required by the request's outline is missing\. /);
    // The reply's "2." stands where II would, but answers III: the reviewer sees why it was not taken.
    expect(formatFinding(finding, "vi")).toMatch(/Gần nhất trong dự thảo: “2\. Nhiệm vụ và giải pháp trong thời gian tới” \(đoạn \d+\), không lấy vì đã khớp với mục III\.$/);
    expect(formatFinding(finding, "en")).toMatch(/Nearest heading in the draft: “2\. Nhiệm vụ và giải pháp trong thời gian tới” \(paragraph \d+\), not taken: already the match of section III\.$/);
    expect(finding.data.candidateReason).toBe("taken");
    expect(finding.span).toBeUndefined();
  });

  it("name the outline entry when the draft words its heading differently", () => {
    const draft = modelFromParagraphs(["1. Tình hình thực trạng", "…", "2. Nguyên nhân", "Có.", "3. Nhiệm vụ, giải pháp", "Có.", "4. Kiến nghị", "Có."]);
    const [empty] = sectionEmpty.check(createRuleContext(draft, request));
    expect(formatFinding(empty, "vi")).toBe("Mục “1. Tình hình thực trạng” (mục I. Tình hình của đề cương) chưa có nội dung.");
    expect(formatFinding(empty, "en")).toBe("Section “1. Tình hình thực trạng” (outline section I. Tình hình) has no content yet.");
  });

  it("point an empty or misplaced section at its heading", () => {
    const draft = modelFromParagraphs(["I. Tình hình", "…", "III. Nhiệm vụ, giải pháp", "Có.", "II. Nguyên nhân", "Có.", "IV. Đề xuất, kiến nghị", "Có."]);
    const context = createRuleContext(draft, request);
    const [empty] = sectionEmpty.check(context);
    expect(empty.span).toEqual({ paragraph: 0, start: 0, end: "I. Tình hình".length });
    expect(formatFinding(empty, "vi")).toBe("Mục “I. Tình hình” chưa có nội dung.");
    expect(formatFinding(empty, "en")).toBe("Section “I. Tình hình” has no content yet.");
    const [order] = sectionOrder.check(context);
    // Of the swapped pair, the one outside the longest run in the outline's order is reported.
    expect(order.span?.paragraph).toBe(4);
    expect(formatFinding(order, "vi")).toMatch(
      /^Mục “II\. Nguyên nhân” \(mục II\. Nguyên nhân dẫn đến .*… của đề cương\) không đúng thứ tự: theo đề cương, phải đứng trước mục III\. Nhiệm vụ, giải pháp nhằm .*…$/,
    );
    expect(formatFinding(order, "en")).toMatch(/is out of order: in the outline it belongs before section III\./);
  });
});

testRule(sectionMissing, {
  passing: [
    { name: "all four sections, numbered as in the outline", draft: complete, request },
    {
      name: "numbered 1. 2. 3. 4. in upper case with colons",
      draft: ["1. TÌNH HÌNH:", "Có.", "2. NGUYÊN NHÂN:", "Có.", "3. NHIỆM VỤ, GIẢI PHÁP:", "Có.", "4. ĐỀ XUẤT, KIẾN NGHỊ:", "Có."],
      request,
    },
    {
      name: "shortened headings and added words",
      draft: ["I. Tình hình thực trạng", "Có.", "II. Các nguyên nhân", "Có.", "III. Nhiệm vụ, giải pháp thời gian tới", "Có.", "IV. Kiến nghị", "Có."],
      request,
    },
    {
      name: "a heading wrapped over two bold paragraphs",
      draft: {
        source: "word",
        notices: [],
        paragraphs: [
          { index: 0, text: "I. Tình hình", format: { bold: true } },
          { index: 1, text: "Có.", format: {} },
          { index: 2, text: "II. Nguyên nhân dẫn đến tình trạng né tránh, đùn đẩy, làm việc cầm chừng", format: { bold: true } },
          { index: 3, text: "sợ trách nhiệm không dám làm", format: { bold: true } },
          { index: 4, text: "Có.", format: {} },
          { index: 5, text: "III. Nhiệm vụ, giải pháp", format: { bold: true } },
          { index: 6, text: "Có.", format: {} },
          { index: 7, text: "IV. Đề xuất, kiến nghị", format: { bold: true } },
          { index: 8, text: "Có.", format: {} },
        ],
      },
      request,
    },
    { name: "sections in another order (the order rule reports that)", draft: [complete[8], complete[9], ...without(8, 9)], request },
    { name: "no request", draft: without(4, 5), request: null },
    { name: "a request without an outline", draft: without(4, 5), request: emptyRequest() },
  ],
  failing: [
    { name: "II left out", draft: without(4, 5), request, findings: 1, excerpts: ["II. Nguyên nhân dẫn đến"] },
    { name: "II and IV left out", draft: without(4, 5, 8, 9), request, findings: 2, excerpts: ["II. Nguyên nhân", "IV. Đề xuất, kiến nghị"] },
    { name: "a body sentence is not a heading", draft: [...without(4, 5), "Nguyên nhân là do cơ chế chưa đồng bộ."], request, findings: 1, excerpts: ["II."] },
    { name: "nothing but a letter body", draft: ["Kính gửi: Bộ Nội vụ", "Sở báo cáo như sau: mọi việc đều tốt."], request, findings: 4 },
    { name: "seed 000 against Phụ lục 3: no Nguyên nhân", draft: seedModel("000"), request: phuLuc3, findings: 1, excerpts: ["II. Nguyên nhân dẫn đến tình trạng"] },
    {
      name: "seed 001 against Phụ lục 3: no Nguyên nhân, no Đề xuất, kiến nghị",
      draft: seedModel("001"),
      request: phuLuc3,
      findings: 2,
      excerpts: ["II. Nguyên nhân", "IV. Đề xuất, kiến nghị"],
    },
    {
      name: "a sub-section missing where the parent has sub-headings of its own",
      draft: ["I. Tình hình", "1. Đánh giá thực trạng", "Có.", "2. Khó khăn", "Có.", ...complete.slice(4)],
      request,
      findings: 1,
      excerpts: ["2. Đánh giá tính chất, mức độ"],
    },
  ],
});

testRule(sectionEmpty, {
  passing: [
    { name: "every section has text", draft: complete, request },
    { name: "a parent whose only text is in its sub-sections", draft: ["I. Tình hình", "1. Đánh giá thực trạng", "Có.", ...complete.slice(4)], request },
    { name: "seed 000 against Phụ lục 3", draft: seedModel("000"), request: phuLuc3 },
    { name: "seed 001 against Phụ lục 3", draft: seedModel("001"), request: phuLuc3 },
    { name: "no request", draft: ["I. Tình hình", "…"], request: null },
  ],
  failing: [
    { name: "a heading followed directly by its next sibling", draft: without(3), request, findings: 1, excerpts: ["I. Tình hình"] },
    {
      name: "placeholder bodies",
      draft: complete.map((text, i) => (i === 5 ? "(nội dung)" : i === 9 ? "[Nhập nội dung]" : text)),
      request,
      findings: 2,
      excerpts: ["II. Nguyên nhân", "IV. Đề xuất"],
    },
    { name: "dots and an ellipsis", draft: complete.map((text, i) => (i === 7 ? "……………" : i === 3 ? "..." : text)), request, findings: 2, excerpts: ["I. Tình hình", "III. Nhiệm vụ"] },
    { name: "the last section before Nơi nhận", draft: without(9), request, findings: 1, excerpts: ["IV. Đề xuất, kiến nghị"] },
    {
      name: "an empty parent is reported once, not with its sub-sections",
      draft: ["I. Tình hình", "1. Đánh giá thực trạng", "…", "2. Đánh giá tính chất, mức độ", ...complete.slice(4)],
      request,
      findings: 1,
      excerpts: ["I. Tình hình"],
    },
  ],
});

testRule(sectionOrder, {
  passing: [
    { name: "the outline's order", draft: complete, request },
    { name: "the outline's order with a section missing", draft: without(4, 5), request },
    { name: "seed 000 against Phụ lục 3", draft: seedModel("000"), request: phuLuc3 },
    { name: "seed 001 against Phụ lục 3", draft: seedModel("001"), request: phuLuc3 },
    { name: "different numbering, same order", draft: ["A. Tình hình", "Có.", "B. Nguyên nhân", "Có.", "C. Nhiệm vụ, giải pháp", "Có.", "D. Kiến nghị", "Có."], request },
  ],
  failing: [
    { name: "Đề xuất, kiến nghị moved to the top", draft: [...complete.slice(0, 2), complete[8], complete[9], ...complete.slice(2, 8), ...complete.slice(10)], request, findings: 1, excerpts: ["IV. Đề xuất, kiến nghị"] },
    { name: "II and III swapped", draft: [...complete.slice(0, 4), complete[6], complete[7], complete[4], complete[5], ...complete.slice(8)], request, findings: 1 },
    { name: "fully reversed", draft: ["4. Kiến nghị", "Có.", "3. Nhiệm vụ, giải pháp", "Có.", "2. Nguyên nhân", "Có.", "1. Tình hình", "Có."], request, findings: 3 },
    {
      name: "sub-sections in another order",
      draft: ["I. Tình hình", "1. Đánh giá tính chất, mức độ", "Có.", "2. Đánh giá thực trạng", "Có.", ...complete.slice(4)],
      request,
      findings: 1,
    },
  ],
});
