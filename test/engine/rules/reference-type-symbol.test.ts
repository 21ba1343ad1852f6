import { formatFinding } from "../../../src/engine/format";
import { createRuleContext } from "../../../src/engine/rules/rule";
import { referenceTypeSymbol } from "../../../src/engine/rules/reference-type-symbol";
import { testRule } from "../../support/rule-tester";
import { seed } from "../understand/seeds";

testRule(referenceTypeSymbol, {
  passing: [
    { name: "Công điện with CĐ", draft: ["Thực hiện Công điện số 280/CĐ-TTg ngày 19/4/2023"] },
    { name: "Công văn and Văn bản are never checked", draft: ["Công văn số 4874/BNV-CCVC; văn bản số 2152-CV/BCSDCP; Văn bản số 4701/UBND-NC2"] },
    { name: "legal documents with a year", draft: ["Nghị định số 30/2020/NĐ-CP và Quyết định số 13/2021/QĐ-UBND"] },
    { name: "mixed-case abbreviations", draft: ["Quy định số 12/QyĐ-UBND, Tờ trình số 5/TTr-SNV, Chương trình số 3/CTr-UBND"] },
    { name: "Party plan", draft: ["Kế hoạch số 01-KH/BCĐ ngày 10/8/2023"] },
    { name: "a National Assembly resolution", draft: ["Nghị quyết số 104/2023/QH15"] },
    { name: "seed 003 writes CĐ", draft: seed("relay") },
    { name: "seed 000", draft: seed("reply") },
  ],
  failing: [
    { name: "seed 004: Công điện 280/CD-TTg, twice", draft: seed("fullHeader"), findings: 2, excerpts: ["280/CD-TTg", "280/CD-TTg"] },
    { name: "Quyết định with QD", draft: ["Quyết định số 15/QD-UBND ngày 3/3/2023"], findings: 1, excerpts: ["15/QD-UBND"] },
    { name: "Quyết định without QĐ", draft: ["Quyết định số 40/UBND-VP ngày 21/11/2022"], findings: 1, excerpts: ["40/UBND-VP"] },
    { name: "Kế hoạch with a Báo cáo symbol", draft: ["Kế hoạch số 12/BC-UBND"], findings: 1, excerpts: ["12/BC-UBND"] },
  ],
});

it("explains the Đ slip", () => {
  const [finding] = referenceTypeSymbol.check(createRuleContext(seed("fullHeader"), null));
  expect(formatFinding(finding, "vi")).toBe("Công điện viết tắt là CĐ, nhưng ký hiệu 280/CD-TTg ghi CD (chữ Đ gõ thành D).");
  expect(finding.span?.paragraph).toBe(11);
});
