import { formatPage } from "../../../src/engine/rules/format-page";
import { runRule, testRule } from "../../support/rule-tester";
import { A4, formattedDraft } from "./format-draft";
import { realFileCases } from "./real-files";

const real = realFileCases((file) => ({
  passing: [
    ...["32", "34", "40", "43"].map((id) => ({ name: `issued document ${id}`, draft: file(id) })),
    { name: "file 04: A4 landscape (allowed for wide tables)", draft: file("04") },
    { name: "file 01: margins set by hand (bottom 12.5 mm) are not Word's defaults", draft: file("01") },
  ],
  failing: [{ name: "file 03: a draft on Letter paper", draft: file("03"), findings: 1, messageIds: ["paper"], excerpts: ["Letter"] }],
}));

testRule(formatPage, {
  passing: [
    ...real.passing,
    { name: "A4 with NĐ 30's margins", draft: formattedDraft() },
    { name: "A4 landscape", draft: formattedDraft({}, { page: { ...A4, width: 297, height: 210, orientation: "landscape" } }) },
    { name: "A4 rounded to a tenth of a millimetre (11907 twips)", draft: formattedDraft({}, { page: { ...A4, width: 210.1, height: 297 } }) },
    { name: "page unknown (Word's API gives none)", draft: formattedDraft({}, { page: null, source: "word" }) },
    { name: "margins set by hand outside the ranges (narrowed to fit a page)", draft: formattedDraft({}, { page: { ...A4, marginTop: 15, marginLeft: 25 } }) },
  ],
  failing: [
    ...real.failing,
    { name: "US Letter", draft: formattedDraft({}, { page: { ...A4, width: 215.9, height: 279.4 } }), findings: 1, messageIds: ["paper"] },
    {
      name: "Word's default margins (2.54 cm all round)",
      draft: formattedDraft({}, { page: { ...A4, marginTop: 25.4, marginBottom: 25.4, marginLeft: 25.4, marginRight: 25.4 } }),
      findings: 1,
      messageIds: ["defaultMargins"],
    },
    {
      name: "the older default margins (2.54 / 3.17 cm) on Letter paper",
      draft: formattedDraft({}, { page: { ...A4, width: 215.9, height: 279.4, marginTop: 25.4, marginBottom: 25.4, marginLeft: 31.8, marginRight: 31.8 } }),
      findings: 2,
      messageIds: ["paper", "defaultMargins"],
    },
  ],
});

describe("format-page", () => {
  it("fixes the paper and the margins with the figures the parts are generated with", () => {
    const findings = runRule(formatPage, formattedDraft({}, { page: { ...A4, width: 215.9, height: 279.4, marginTop: 25.4, marginBottom: 25.4, marginLeft: 25.4, marginRight: 25.4 } }));
    expect(findings.map((f) => f.fix)).toEqual([
      [{ kind: "page", set: { width: 210, height: 297 } }],
      [{ kind: "page", set: { marginTop: 20, marginBottom: 20, marginLeft: 30, marginRight: 15 } }],
    ]);
  });
});
