import type { DocumentModel } from "../../../src/engine/model";
import { formatBody } from "../../../src/engine/rules/format-body";
import { runRule, testRule } from "../../support/rule-tester";
import { bodyChange, formattedDraft } from "./format-draft";
import { realFileCases } from "./real-files";

/** The draft with an outline: headings "1." … "5." before the body paragraphs, bold unless `plain` lists them. */
function outlined(plain: number[] = [], italic: number[] = []): DocumentModel {
  const model = formattedDraft();
  const body = model.paragraphs[8];
  const headings = [1, 2, 3, 4, 5].map((n) => ({
    ...body,
    text: `${n}. Kết quả thực hiện nhiệm vụ thứ ${n}`,
    format: { ...body.format, bold: !plain.includes(n), italic: italic.includes(n) },
  }));
  const paragraphs = [...model.paragraphs.slice(0, 8), ...headings, ...model.paragraphs.slice(8)].map((p, index) => ({ ...p, index }));
  return { ...model, paragraphs };
}

const real = realFileCases((file) => ({
  passing: ["32", "34", "40", "43"].map((id) => ({ name: `issued document ${id}`, draft: file(id) })),
  // A database's re-typeset copy: no w:jc on the body's paragraphs, in their styles or the defaults, so Word shows them left-aligned.
  failing: [{ name: "document 55, its body left-aligned", draft: file("55"), findings: 1, messageIds: ["alignment"] }],
}));

testRule(formatBody, {
  passing: [
    ...real.passing,
    { name: "justified, indented 1.27 cm", draft: formattedDraft() },
    { name: "indented 1 cm (28.35 pt)", draft: formattedDraft(bodyChange({ firstLineIndent: 28.35 })) },
    { name: "no first-line indent known", draft: formattedDraft(bodyChange({ firstLineIndent: undefined })) },
    { name: "one centred paragraph among justified ones", draft: formattedDraft({ 9: { alignment: "center" } }) },
    { name: "headings of one level all bold", draft: outlined() },
    { name: "headings split half and half: no usage to hold them to", draft: outlined([1, 2]) },
  ],
  failing: [
    ...real.failing,
    { name: "left-aligned body", draft: formattedDraft(bodyChange({ alignment: "left" })), findings: 1, messageIds: ["alignment"] },
    { name: "one heading of five not bold", draft: outlined([3]), findings: 1, messageIds: ["headingOdd"], excerpts: ["3. Kết quả"] },
    { name: "one heading of five in italics", draft: outlined([], [5]), findings: 1, messageIds: ["headingOdd"], excerpts: ["5. Kết quả"] },
    { name: "indented 2 cm", draft: formattedDraft(bodyChange({ firstLineIndent: 56.7 })), findings: 1, messageIds: ["firstLine"] },
  ],
});

describe("format-body", () => {
  it("fixes the alignment of the paragraphs set off", () => {
    const [finding] = runRule(formatBody, formattedDraft(bodyChange({ alignment: "left" })));
    expect(finding.fix).toEqual([8, 9, 10].map((paragraph) => ({ kind: "paragraph", paragraph, set: { alignment: "justify" } })));
    expect(finding.data.found).toEqual({ vi: "căn trái", en: "left-aligned" });
  });
});
