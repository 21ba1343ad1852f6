import { formatFinding } from "../../../src/engine/format";
import { modelFromParagraphs } from "../../../src/engine/model";
import { createRuleContext } from "../../../src/engine/rules/rule";
import { referenceTypeSymbol } from "../../../src/engine/rules/reference-type-symbol";
import { testRule } from "../../support/rule-tester";
import { seed } from "../understand/seeds";
import { realFileCases } from "./real-files";

const real = realFileCases((file) => ({
  passing: [
    { name: "file 21: an SCT letter named Thông báo by its content, a company's report symbol", draft: file("21") },
    { name: "file 39: a company's own decision 20/KT-MS", draft: file("39") },
    { name: "file 55: 148/202S/NĐ-CP has its NĐ; the slip is its year", draft: file("55") },
  ],
  failing: [
    { name: "file 07: Thông báo làm việc 2948/TT-ĐKT", draft: file("07"), findings: 1, excerpts: ["2948/TT-ĐKT"], messageIds: ["abbreviationMissing"] },
    { name: "file 35: 181/2024/NĐCP", draft: file("35"), findings: 1, excerpts: ["181/2024/NĐCP"], messageIds: ["hyphenMissing"] },
    { name: "file 36: 1626/QĐTTg", draft: file("36"), findings: 1, excerpts: ["1626/QĐTTg"], messageIds: ["hyphenMissing"] },
    { name: "file 42: Quyết định 19/NQ-HĐT4", draft: file("42"), findings: 1, excerpts: ["19/NQ-HĐT4"], messageIds: ["abbreviationMissing"] },
  ],
}));

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
    { name: "a công văn named by its content", draft: ["Thông báo số 807/SCT-CN ngày 15/05/2025 của Sở Công Thương tỉnh Lào Cai"] },
    { name: "a company's report symbol", draft: ["So với Báo cáo số 02/BCTT-TS ngày 27/08/2025 của Công ty Cổ phần Tam Sơn"] },
    { name: "a company's own decision", draft: ["đã được Công ty phê duyệt tại Quyết định số 20/KT-MS ngày 06/01/2010"] },
    { name: "a misread year does not hide the type code", draft: ["Phụ lục III ban hành kèm theo Nghị định số 148/202S/NĐ-CP"] },
    { name: "a dotted number", draft: ["Nghị quyết số 66.18/2026/NQ-CP ngày 18/5/2026 của Chính phủ"] },
    { name: "a company's decision, even with a state code", draft: ["Quyết định số 05/NQ-MS ngày 06/01/2010 của Công ty cổ phần Mông Sơn"] },
    { name: "a Party resolution", draft: ["Nghị quyết số 10-NQ/TW ngày 03/6/2017"] },
    ...real.passing,
  ],
  failing: [
    { name: "seed 004: Công điện 280/CD-TTg, twice", draft: seed("fullHeader"), findings: 2, excerpts: ["280/CD-TTg", "280/CD-TTg"] },
    { name: "Quyết định with QD", draft: ["Quyết định số 15/QD-UBND ngày 3/3/2023"], findings: 1, excerpts: ["15/QD-UBND"] },
    { name: "Quyết định without QĐ", draft: ["Quyết định số 40/UBND-VP ngày 21/11/2022"], findings: 1, excerpts: ["40/UBND-VP"] },
    { name: "Kế hoạch with a Báo cáo symbol", draft: ["Kế hoạch số 12/BC-UBND"], findings: 1, excerpts: ["12/BC-UBND"] },
    { name: "a Thông báo with the Thông tư code, after a qualifier", draft: ["và Thông báo làm việc số 2948/TT-ĐKT ngày 25/5/2026 của Đoàn kiểm tra"], findings: 1, excerpts: ["2948/TT-ĐKT"], messageIds: ["abbreviationMissing"] },
    { name: "a decree's symbol without its hyphen", draft: ["Nghị định số 181/2024/NĐCP ngày 31/12/2024"], findings: 1, excerpts: ["181/2024/NĐCP"], messageIds: ["hyphenMissing"] },
    { name: "a Prime Minister's decision without its hyphen", draft: ["Quyết định số 1626/QĐTTg ngày 15/12/2023"], findings: 1, excerpts: ["1626/QĐTTg"], messageIds: ["hyphenMissing"] },
    { name: "a Quyết định with a Nghị quyết code", draft: ["ban hành theo Quyết định số 19/NQ-HĐT4 ngày 04/01/2022"], findings: 1, excerpts: ["19/NQ-HĐT4"] },
    ...real.failing,
  ],
});

it("shows the symbol with its hyphen", () => {
  const [finding] = referenceTypeSymbol.check(createRuleContext(modelFromParagraphs(["Nghị định số 181/2024/NĐCP ngày 31/12/2024"]), null));
  expect(formatFinding(finding, "vi")).toBe("Ký hiệu 181/2024/NĐCP thiếu dấu gạch nối sau chữ viết tắt NĐ của Nghị định: viết 181/2024/NĐ-CP.");
});

it("explains the Đ slip", () => {
  const [finding] = referenceTypeSymbol.check(createRuleContext(seed("fullHeader"), null));
  expect(formatFinding(finding, "vi")).toBe("Công điện viết tắt là CĐ, nhưng ký hiệu 280/CD-TTg ghi CD (chữ Đ gõ thành D).");
  expect(finding.span?.paragraph).toBe(11);
});
