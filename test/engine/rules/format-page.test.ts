import type { DocumentModel, PageSetup } from "../../../src/engine/model";
import { formatPage } from "../../../src/engine/rules/format-page";
import { runRule, testRule } from "../../support/rule-tester";
import { A4, formattedDraft } from "./format-draft";
import { realFileCases } from "./real-files";

/** The draft with its body long enough to run to several pages. */
function long(page: PageSetup): DocumentModel {
  const model = formattedDraft({}, { page });
  const body = model.paragraphs[8];
  const extra = Array.from({ length: 40 }, (_, i) => ({ ...body, index: 0, text: `${body.text} (${i + 1})` }));
  const paragraphs = [...model.paragraphs.slice(0, 9), ...extra, ...model.paragraphs.slice(9)].map((p, index) => ({ ...p, index }));
  return { ...model, paragraphs };
}

const real = realFileCases((file) => ({
  passing: [
    ...["32", "34", "40", "43"].map((id) => ({ name: `issued document ${id}`, draft: file(id) })),
    { name: "file 04: A4 landscape (allowed for wide tables)", draft: file("04") },
    { name: "file 01: margins set by hand (bottom 12.5 mm) are not Word's defaults", draft: file("01") },
  ],
  failing: [
    { name: "file 03: a draft on Letter paper", draft: file("03"), findings: 1, messageIds: ["paper"], excerpts: ["Letter"] },
    { name: "file 20: a footer PAGE field and no different first page, on some 9,000 characters", draft: file("20"), findings: 1, messageIds: ["firstPageNumbered"] },
    { name: "file 30: one section, no header or footer, some 12,000 characters", draft: file("30"), findings: 1, messageIds: ["noPageNumbers"] },
  ],
}));

testRule(formatPage, {
  passing: [
    ...real.passing,
    { name: "A4 with NĐ 30's margins", draft: formattedDraft() },
    { name: "A4 landscape", draft: formattedDraft({}, { page: { ...A4, width: 297, height: 210, orientation: "landscape" } }) },
    { name: "A4 rounded to a tenth of a millimetre (11907 twips)", draft: formattedDraft({}, { page: { ...A4, width: 210.1, height: 297 } }) },
    { name: "page unknown (Word's API gives none)", draft: formattedDraft({}, { page: null, source: "word" }) },
    { name: "margins set by hand outside the ranges (narrowed to fit a page)", draft: formattedDraft({}, { page: { ...A4, marginTop: 15, marginLeft: 25 } }) },
    { name: "a short document without page numbers (it may be one page)", draft: formattedDraft({}, { page: { ...A4, pageNumbers: false, sections: 1 } }) },
    { name: "a long document of several sections: the last section's footer does not tell", draft: long({ ...A4, pageNumbers: false, sections: 3 }) },
    { name: "a long document numbered from page 2", draft: long({ ...A4, sections: 1 }) },
  ],
  failing: [
    ...real.failing,
    { name: "a long document without page numbers", draft: long({ ...A4, pageNumbers: false, sections: 1 }), findings: 1, messageIds: ["noPageNumbers"] },
    { name: "a long document numbered on its first page too", draft: long({ ...A4, titlePage: false, sections: 1 }), findings: 1, messageIds: ["firstPageNumbered"] },
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
