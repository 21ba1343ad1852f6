import { referenceInconsistent } from "../../../src/engine/rules/reference-inconsistent";
import { emptyRequest, testRule } from "../../support/rule-tester";
import { seed } from "../understand/seeds";

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
  ],
  failing: [
    { name: "seed 002: 01-KH/BCSD and 01-KH/BCĐ on 10/8/2023", draft: seed("request"), findings: 1, excerpts: ["01-KH/BCĐ"] },
    { name: "same number and date, different symbols", draft: ["Kế hoạch số 01-KH/BCSD ngày 10/8/2023.", "Kế hoạch số 01-KH/BCĐ, ngày 10/8/2023."], findings: 1, excerpts: ["01-KH/BCĐ"] },
    { name: "same document, different dates", draft: ["Quyết định số 40/QĐ-SNgV ngày 21/11/2022.", "Quyết định số 40/QĐ-SNgV ngày 12/11/2022."], findings: 1, excerpts: ["12/11/2022"] },
    { name: "three ways", draft: ["Công điện số 280/CĐ-TTg ngày 19/4/2023; Công điện số 280/CD-TTg; Công điện số 280/CĐ-TTg ngày 18/4/2023."], findings: 2, excerpts: ["280/CD-TTg", "18/4/2023"] },
  ],
});
