import { formatBody } from "../../../src/engine/rules/format-body";
import { runRule, testRule } from "../../support/rule-tester";
import { bodyChange, formattedDraft } from "./format-draft";
import { realFileCases } from "./real-files";

const real = realFileCases((file) => ({
  passing: ["32", "34", "40", "43", "55"].map((id) => ({ name: `issued document ${id}`, draft: file(id) })),
  failing: [],
}));

testRule(formatBody, {
  passing: [
    ...real.passing,
    { name: "justified, indented 1.27 cm", draft: formattedDraft() },
    { name: "indented 1 cm (28.35 pt)", draft: formattedDraft(bodyChange({ firstLineIndent: 28.35 })) },
    { name: "no first-line indent known", draft: formattedDraft(bodyChange({ firstLineIndent: undefined })) },
    { name: "one centred paragraph among justified ones", draft: formattedDraft({ 9: { alignment: "center" } }) },
  ],
  failing: [
    { name: "left-aligned body", draft: formattedDraft(bodyChange({ alignment: "left" })), findings: 1, messageIds: ["alignment"] },
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
