import { referenceInconsistent } from "../../../src/engine/rules/reference-inconsistent";
import { emptyRequest, testRule } from "../../support/rule-tester";
import { seed } from "../understand/seeds";
import { realFileCases } from "./real-files";

const real = realFileCases((file) => ({
  passing: [
    { name: "file 09: two companies' letters 02/GĐN-ĐD and 02/GĐN-SB", draft: file("09") },
    { name: "file 21: Thông báo 807/SCT-CN and văn bản 807/SCT-CN agree", draft: file("21") },
    { name: "file 36: 1407/QĐ-UBND and 1658/QĐ-UBND, 10699/ and 9526/BNNMT-ĐCKS are different documents", draft: file("36") },
    { name: "file 39: 2010/GP - BTNMT differs from 2010/GP-BTNMT by spacing only", draft: file("39") },
  ],
  failing: [
    { name: "file 16: Luật 42/2024/QH15 then 42/2025/QH15", draft: file("16"), findings: 1, excerpts: ["42/2025/QH15"] },
    { name: "file 37: 36/2025/TT-BNMT for TT-BNNMT, once", draft: file("37"), findings: 1, excerpts: ["36/2025/TT-BNMT"] },
    { name: "file 42: 19/NQ-HĐT4 against 19/NQ-HĐT", draft: file("42"), findings: 1, excerpts: ["19/NQ-HĐT4"] },
    {
      name: "file 55: six slips, each once; 23/2024/TT-BTC and TT-BCT, 148/2024 and 148/2025 are different documents",
      draft: file("55"),
      findings: 6,
      excerpts: ["145/2020/NĐ", "45/2019/QH15", "68/2016/NĐ", "148/202S", "47/2025/QH15", "09/2022QH15"],
    },
  ],
}));

testRule(referenceInconsistent, {
  passing: [
    { name: "the same citation twice", draft: ["Kế hoạch số 01-KH/BCĐ ngày 10/8/2023.", "Theo Kế hoạch số 01-KH/BCĐ, ngày 10/8/2023."] },
    { name: "two different plans numbered 01", draft: ["Kế hoạch số 01-KH/TU ngày 05/01/2021.", "Kế hoạch số 01/KH-UBND ngày 10/3/2023."] },
    { name: "a later short citation of the same document", draft: ["Công văn số 1041/UBND-NC ngày 28/4/2023.", "Công văn số 1041/UBND-NC nêu rõ."] },
    { name: "seed 003", draft: seed("relay") },
    { name: "two bodies' decisions with one number and date", draft: ["Quyết định số 12/QĐ-UBND ngày 01/3/2023.", "Quyết định số 12/QĐ-SNV ngày 01/3/2023."] },
    { name: "seed 004 (280/CD-TTg twice, the same way)", draft: seed("fullHeader") },
    {
      name: "the request cited two ways is left to reference-mismatch",
      draft: ["Công văn số 4874/BNV-CCVC ngày 29/8/2023.", "Công văn số 4874/BNV-CCV ngày 29/8/2023."],
      request: emptyRequest({ number: "4874/BNV-CCVC" }),
    },
    { name: "two ministries' circulars with one number and year", draft: ["Thông tư số 23/2024/TT-BTC của Bộ Tài chính.", "Thông tư số 23/2024/TT-BCT của Bộ Công Thương."] },
    { name: "two companies' letters with one number", draft: ["Công ty A tại Văn bản số 02/GĐN-SB ngày 01/4/2026;", "Công ty B tại Văn bản số 02/GĐN-ĐD tháng 4 năm 2026"] },
    { name: "decrees of two years share a number", draft: ["Nghị định số 148/2024/NĐ-CP sửa đổi Nghị định 54/2019/NĐ-CP;", "Nghị định số 148/2025/NĐ-CP về phân quyền"] },
    { name: "two laws numbered 45 in two legislatures", draft: ["Điều 81 Luật Di sản văn hóa số 45/2024/QH15;", "Căn cứ Bộ luật Lao động số 45/2019/QH14;"] },
    { name: "a law and a resolution of the National Assembly with one number", draft: ["Luật số 42/2024/QH15;", "Nghị quyết số 42/2023/QH15"] },
    { name: "two laws of one number and legislature with different names", draft: ["Luật Đất đai số 31/2024/QH15;", "Luật Nhà ở số 31/2025/QH15"] },
    { name: "a công văn number reused the next year", draft: ["Công văn số 12/UBND-VP ngày 05/01/2022;", "Công văn số 12/UBND-VP ngày 06/01/2023"] },
    { name: "a stray space at a hyphen", draft: ["Thông tư số 43/2023/TT- BTC;", "Thông tư số 43/2023/TT-BTC"] },
    { name: "a dotted number is its own number", draft: ["Nghị quyết số 66.18/2026/NQ-CP;", "Nghị quyết số 18/2026/NQ-CP"] },
    { name: "OCR noise that cuts the symbol", draft: ["Thông tư số 86/2016/TT- -BQP ngày 28/6/2016;", "Thông tư số 86/2016/TT-BQP ngày 28/6/2016"] },
    ...real.passing,
  ],
  failing: [
    { name: "seed 002: 01-KH/BCSD and 01-KH/BCĐ on 10/8/2023", draft: seed("request"), findings: 1, excerpts: ["01-KH/BCĐ"] },
    { name: "same number and date, different symbols", draft: ["Kế hoạch số 01-KH/BCSD ngày 10/8/2023.", "Kế hoạch số 01-KH/BCĐ, ngày 10/8/2023."], findings: 1, excerpts: ["01-KH/BCĐ"] },
    { name: "same document, different dates", draft: ["Quyết định số 40/QĐ-SNgV ngày 21/11/2022.", "Quyết định số 40/QĐ-SNgV ngày 12/11/2022."], findings: 1, excerpts: ["12/11/2022"] },
    { name: "three ways", draft: ["Công điện số 280/CĐ-TTg ngày 19/4/2023; Công điện số 280/CD-TTg; Công điện số 280/CĐ-TTg ngày 18/4/2023."], findings: 2, excerpts: ["280/CD-TTg", "18/4/2023"] },
    { name: "one law cited with two years", draft: ["Căn cứ Luật số 42/2024/QH15 ngày 29/6/2024;", "theo quy định của Luật số 42/2025/QH15;"], findings: 1, excerpts: ["42/2025/QH15"] },
    { name: "one named law cited with two years", draft: ["Luật Quy hoạch đô thị và nông thôn số 47/2024/QH15;", "Luật Quy hoạch đô thị và nông thôn số 47/2025/QH15"], findings: 1, excerpts: ["47/2025/QH15"] },
    { name: "a 2019 code cannot be of the 15th legislature", draft: ["Căn cứ Bộ luật Lao động số 45/2019/QH15;", "Bộ luật Lao động số 45/2019/QH14;"], findings: 1, excerpts: ["45/2019/QH15"] },
    { name: "a letter dropped from a ministry's code", draft: ["Thông tư số 36/2025/TT-BNNMT;", "Điều 10 Thông tư số 36/2025/TT-BNMT ngày 02/7/2025"], findings: 1, excerpts: ["36/2025/TT-BNMT"] },
    { name: "a stray digit, reported on the stray form though it comes first", draft: ["Quyết định số 19/NQ-HĐT4 ngày 04/01/2022;", "Nghị quyết số 19/NQ-HĐT"], findings: 1, excerpts: ["19/NQ-HĐT4"] },
    { name: "a misread year, matched with the year it looks like", draft: ["Nghị định số 148/2024/NĐ-CP;", "Nghị định số 148/2025/NĐ-CP;", "Nghị định số 148/202S/NĐ-CP"], findings: 1, excerpts: ["148/202S/NĐ-CP"] },
    { name: "the slash before the legislature left out", draft: ["Luật số 09/2022/QH15;", "luật số 09/2022QH15"], findings: 1, excerpts: ["09/2022QH15"] },
    { name: "a space for the hyphen", draft: ["Nghị định số 145/2020/NĐ-CP;", "Điều 33 Nghị định số 145/2020/NĐ CP"], findings: 1, excerpts: ["145/2020/NĐ CP"] },
    {
      name: "one finding per wrong form, however often it recurs",
      draft: ["Thông tư số 18/2026/TT-BQP;", "Thông tư số 18/2026/TT-BQP;", "Thông tư số 18/2026/TT-BOP;", "Thông tư số 18/2026/TT-BQP;", "Thông tư số 18/2026/TT-BOP"],
      findings: 1,
      excerpts: ["18/2026/TT-BOP"],
    },
    ...real.failing,
  ],
});
