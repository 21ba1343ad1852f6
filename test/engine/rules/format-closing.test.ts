import { formatClosing } from "../../../src/engine/rules/format-closing";
import { runRule, testRule } from "../../support/rule-tester";
import { formattedDraft, ROLES } from "./format-draft";
import { realFileCases } from "./real-files";

const real = realFileCases((file) => ({
  passing: [
    ...["32", "34", "40", "43"].map((id) => ({ name: `issued document ${id}`, draft: file(id) })),
    { name: "file 03: Nơi nhận 12 bold italic, entries 11", draft: file("03") },
  ],
  failing: [{ name: "file 01: Nơi nhận in 14, entries in 12", draft: file("01"), findings: 2, messageIds: ["size", "size"] }],
}));

testRule(formatClosing, {
  passing: [
    ...real.passing,
    { name: "as prescribed", draft: formattedDraft() },
    { name: "an entry wrapped on the next line ends with a comma", draft: formattedDraft({}, { texts: { [ROLES.firstEntry]: "- Như trên," } }) },
    { name: "the signer's name 13", draft: formattedDraft({ [ROLES.signer]: { size: 13 } }) },
  ],
  failing: [
    ...real.failing,
    { name: "Nơi nhận not italic", draft: formattedDraft({ [ROLES.recipientsLabel]: { italic: false } }), findings: 1, messageIds: ["italic"] },
    { name: "entries in 12", draft: formattedDraft({ [ROLES.firstEntry]: { size: 12 }, [ROLES.lastEntry]: { size: 12 } }), findings: 1, messageIds: ["size"] },
    { name: "the title not bold", draft: formattedDraft({ [ROLES.title]: { bold: false } }), findings: 1, messageIds: ["bold"], excerpts: ["PHÓ GIÁM ĐỐC"] },
    { name: "an entry without its semicolon", draft: formattedDraft({}, { texts: { [ROLES.firstEntry]: "- Như trên" } }), findings: 1, messageIds: ["entryEnd"] },
    { name: "\"Lưu\" without its full stop", draft: formattedDraft({}, { texts: { [ROLES.lastEntry]: "- Lưu: VT, CN" } }), findings: 1, messageIds: ["lastEntryEnd"] },
  ],
});

describe("format-closing", () => {
  it("offers punctuation as a text fix, sizes as formatting fixes", () => {
    const findings = runRule(formatClosing, formattedDraft({ [ROLES.firstEntry]: { size: 12 }, [ROLES.lastEntry]: { size: 12 } }, { texts: { [ROLES.lastEntry]: "- Lưu: VT, CN" } }));
    expect(findings.map((f) => f.fix)).toEqual([
      [ROLES.firstEntry, ROLES.lastEntry].map((paragraph) => ({ kind: "paragraph", paragraph, set: { size: 11 } })),
      [{ kind: "text", paragraph: ROLES.lastEntry, start: 13, end: 13, replacement: "." }],
    ]);
  });
});
