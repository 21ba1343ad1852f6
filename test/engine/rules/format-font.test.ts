import { formatFont } from "../../../src/engine/rules/format-font";
import { runRule, testRule } from "../../support/rule-tester";
import { bodyChange, formattedDraft } from "./format-draft";
import { realFileCases } from "./real-files";

const real = realFileCases((file) => ({
  passing: [
    ...["32", "34", "40", "43"].map((id) => ({ name: `issued document ${id}`, draft: file(id) })),
    { name: "file 53 (TCVN3): the legacy notice, not a pile of font findings", draft: file("53") },
    { name: "file 54 (VNI)", draft: file("54") },
  ],
  failing: [
    { name: "file 31: body in the theme's Calibri Light", draft: file("31"), findings: 1, messageIds: ["font"] },
    { name: "file 17: Unicode letters in .VnTime", draft: file("17"), findings: 1, messageIds: ["legacyFont"] },
  ],
}));

testRule(formatFont, {
  passing: [
    ...real.passing,
    { name: "Times New Roman 14, black", draft: formattedDraft() },
    { name: "13 is the lower end", draft: formattedDraft(bodyChange({ size: 13 })) },
    { name: "one quoted paragraph in Arial among Times New Roman", draft: formattedDraft({ 9: { font: "Arial", fonts: ["Arial"] } }) },
    { name: "size unknown", draft: formattedDraft(bodyChange({ size: undefined })) },
    { name: "black written as 000000", draft: formattedDraft(bodyChange({ color: "000000" })) },
  ],
  failing: [
    ...real.failing,
    { name: "12 pt Arial pasted from the web", draft: formattedDraft(bodyChange({ font: "Arial", fonts: ["Arial"], size: 12 })), findings: 2, messageIds: ["font", "size"] },
    { name: "red text in the body", draft: formattedDraft({ 9: { color: "FF0000" } }), findings: 1, messageIds: ["color"] },
    { name: ".VnTime on Unicode text", draft: formattedDraft({ 8: { fonts: ["Times New Roman", ".VnTime"], font: undefined } }), findings: 1, messageIds: ["legacyFont"] },
  ],
});

describe("format-font", () => {
  it("a Party body is judged by 14–15", () => {
    const party = formattedDraft(bodyChange({ size: 15 }), { texts: { 4: "ĐẢNG CỘNG SẢN VIỆT NAM", 5: "", 2: "Số 05-CV/TU" } });
    expect(runRule(formatFont, party)).toEqual([]);
    const state = formattedDraft(bodyChange({ size: 15 }));
    expect(runRule(formatFont, state).map((f) => f.messageId)).toEqual(["size"]);
  });

  it("is silent on a converter's layout, most paragraphs without a size, and judges once half have one", () => {
    // The body (8–10) in Arial, and the first `unsized` of the 17 paragraphs without a size.
    const draft = (unsized: number) =>
      formattedDraft(
        Object.fromEntries(
          Array.from({ length: 11 }, (_, i) => [i, { ...(i < unsized ? { size: undefined } : {}), ...(i >= 8 ? { font: "Arial", fonts: ["Arial"] } : {}) }]),
        ),
      );
    expect(runRule(formatFont, draft(9))).toEqual([]);
    expect(runRule(formatFont, draft(8)).map((f) => f.messageId)).toEqual(["font"]);
  });

  it("fixes every body paragraph set off, and only those", () => {
    const [finding] = runRule(formatFont, formattedDraft({ 8: { size: 12 }, 9: { size: 12 }, 10: { size: 12 } }));
    expect(finding.fix).toEqual([8, 9, 10].map((paragraph) => ({ kind: "paragraph", paragraph, set: { size: 13 } })));
  });
});
