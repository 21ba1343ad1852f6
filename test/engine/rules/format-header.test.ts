import { formatHeader } from "../../../src/engine/rules/format-header";
import { runRule, testRule } from "../../support/rule-tester";
import { realFileCases } from "./real-files";
import { formattedDraft, ROLES } from "./format-draft";

const real = realFileCases((file) => ({
  passing: ["32", "34", "40", "43"].map((id) => ({ name: `issued document ${id}`, draft: file(id) })),
  failing: [{ name: "file 01 (a real draft): Quốc hiệu, agencies and number in 14", draft: file("01"), findings: 4 }],
}));

testRule(formatHeader, {
  passing: [
    ...real.passing,
    { name: "a header laid out as NĐ 30 prescribes", draft: formattedDraft() },
    { name: "12.5 for a size of 13 (rounding)", draft: formattedDraft({ [ROLES.number]: { size: 12.5 } }) },
    { name: "Quốc hiệu 13, Tiêu ngữ 14 (the upper ends)", draft: formattedDraft({ [ROLES.nationalTitle]: { size: 13 }, [ROLES.motto]: { size: 14 } }) },
    { name: "a named type needs no \"V/v\"; body prose under it is not a trích yếu", draft: formattedDraft({ [ROLES.salutation]: { bold: true } }, { texts: { [ROLES.letterSubject]: "", [ROLES.number]: "Số: 12/BC-SCT", [ROLES.salutation]: "BÁO CÁO" } }) },
    { name: "sizes unknown (mixed runs)", draft: formattedDraft({ [ROLES.nationalTitle]: { size: undefined, bold: undefined } }) },
    { name: "the same header in Word (no page setup)", draft: formattedDraft({}, { source: "word", page: null }) },
    { name: "plain text has no formatting to judge", draft: { ...formattedDraft({ [ROLES.nationalTitle]: { size: 16 } }), source: "text" } },
    {
      name: "Quốc hiệu and Tiêu ngữ in one paragraph: the paragraph's size is not the title's own",
      draft: formattedDraft({ [ROLES.nationalTitle]: { size: 14 } }, { texts: { [ROLES.nationalTitle]: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\vĐộc lập - Tự do - Hạnh phúc", [ROLES.motto]: "" } }),
    },
    {
      name: "\"ỦY BAN NHÂN DÂN\" over \"TỈNH LÀO CAI\" is one agency name, bold on both lines",
      draft: formattedDraft({ [ROLES.parentAgency]: { bold: true } }, { texts: { [ROLES.parentAgency]: "ỦY BAN NHÂN DÂN", [ROLES.agency]: "TỈNH LÀO CAI", [ROLES.number]: "Số: 12/UBND-KT" } }),
    },
  ],
  failing: [
    ...real.failing,
    {
      name: "Quốc hiệu in 14",
      draft: formattedDraft({ [ROLES.nationalTitle]: { size: 14 } }),
      findings: 1,
      messageIds: ["size"],
      excerpts: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    },
    { name: "Tiêu ngữ not bold", draft: formattedDraft({ [ROLES.motto]: { bold: false } }), findings: 1, messageIds: ["bold"], excerpts: ["Độc lập"] },
    { name: "the date upright", draft: formattedDraft({ [ROLES.date]: { italic: false } }), findings: 1, messageIds: ["italic"], excerpts: ["Lào Cai, ngày"] },
    { name: "the parent agency bold", draft: formattedDraft({ [ROLES.parentAgency]: { bold: true } }), findings: 1, messageIds: ["bold"], excerpts: ["UBND TỈNH LÀO CAI"] },
    {
      name: "a công văn (symbol without a type) with no \"V/v\"",
      draft: formattedDraft({}, { texts: { [ROLES.letterSubject]: "" } }),
      findings: 1,
      messageIds: ["letterSubjectMissing"],
    },
    { name: "Số in 14 and the V/v in italics", draft: formattedDraft({ [ROLES.number]: { size: 14 }, [ROLES.letterSubject]: { italic: true } }), findings: 2, messageIds: ["size", "italic"] },
  ],
});

describe("format-header", () => {
  it("says element, found, prescribed and clause, and carries the formatting fix", () => {
    const [finding] = runRule(formatHeader, formattedDraft({ [ROLES.nationalTitle]: { size: 14 } }));
    expect(finding.data).toMatchObject({ element: { vi: "Quốc hiệu" }, found: { vi: "cỡ 14" }, prescribed: { vi: "cỡ 12–13" } });
    expect(String(finding.data.clause)).toContain("NĐ 30/2020");
    expect(finding.fix).toEqual([{ kind: "paragraph", paragraph: ROLES.nationalTitle, set: { size: 13 } }]);
  });

  it("judges a Party header by HD 36's figures", () => {
    const party = formattedDraft(
      { 0: { size: 14, bold: true }, 1: { size: 15, bold: true }, 2: { size: 14 }, 3: { size: 14, italic: true } },
      { texts: { 0: "TỈNH ỦY LÀO CAI", 1: "ĐẢNG CỘNG SẢN VIỆT NAM", 2: "Số 05-BC/TU", 3: "Lào Cai, ngày 05 tháng 6 năm 2026", 4: "", 5: "", 6: "", 14: "T/M BAN THƯỜNG VỤ" } },
    );
    expect(runRule(formatHeader, party).map((f) => f.data.element)).toEqual([]);
    const small = { ...party, paragraphs: party.paragraphs.map((p) => (p.index === 1 ? { ...p, format: { ...p.format, size: 13 } } : p)) };
    expect(runRule(formatHeader, small).map((f) => [f.messageId, f.data.prescribed])).toEqual([["size", { vi: "cỡ 15", en: "size 15" }]]);
  });
});
