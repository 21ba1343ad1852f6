/**
 * reference-type-symbol: the type word of a citation and the abbreviation in its symbol
 * disagree — "Công điện số 280/CD-TTg" (Đ typed as D), a Quyết định whose symbol has no QĐ.
 * Công văn and the generic "Văn bản" carry no abbreviation and are never checked.
 */
import { citationSpan, draftCitations } from "../understand/analysis";
import { checkTypeAgainstSymbol, typeForAbbreviation } from "../understand/doctypes";
import type { Finding } from "../types";
import { report, type Rule } from "./rule";

export const referenceTypeSymbol: Rule = {
  id: "reference-type-symbol",
  severity: "warning",
  description: {
    vi: "Tên loại văn bản được trích dẫn không khớp chữ viết tắt trong ký hiệu (ví dụ Công điện phải là CĐ, không phải CD).",
    en: "The type of a cited document does not match the abbreviation in its symbol (e.g. Công điện is CĐ, not CD).",
  },
  check(context) {
    const findings: Finding[] = [];
    for (const citation of draftCitations(context)) {
      if (!citation.type) continue;
      const result = checkTypeAgainstSymbol(citation.type, citation.number);
      if (result.kind === "slip") {
        findings.push(
          report(referenceTypeSymbol, {
            vi: `${citation.type} viết tắt là ${result.expected}, nhưng ký hiệu ${citation.number} ghi ${result.written} (chữ Đ gõ thành D).`,
            en: `${citation.type} is abbreviated ${result.expected}, but the symbol ${citation.number} has ${result.written} (Đ typed as D).`,
            span: citationSpan(citation, "number"),
            excerpt: citation.numberText,
          }),
        );
      } else if (result.kind === "missing") {
        const other = result.written ? typeForAbbreviation(result.written) : null;
        const writtenVi = result.written ? ` mà ghi ${result.written}${other ? ` (${other})` : ""}` : "";
        const writtenEn = result.written ? `; it has ${result.written}${other ? ` (${other})` : ""}` : "";
        findings.push(
          report(referenceTypeSymbol, {
            vi: `Ký hiệu ${citation.number} của ${citation.type} không có chữ viết tắt ${result.expected}${writtenVi}: kiểm tra lại tên loại hoặc ký hiệu.`,
            en: `The symbol ${citation.number} of a ${citation.type} lacks the abbreviation ${result.expected}${writtenEn}: check the type or the symbol.`,
            span: citationSpan(citation, "number"),
            excerpt: citation.numberText,
          }),
        );
      }
    }
    return findings;
  },
};
