/**
 * reference-type-symbol: the type word of a citation and the abbreviation in its symbol
 * disagree — "Công điện số 280/CD-TTg" (Đ typed as D), a Quyết định whose symbol has no QĐ,
 * "Nghị định số 181/2024/NĐCP" (the hyphen left out). Công văn and the generic "Văn bản" carry no
 * abbreviation and are never checked; nor are symbols of companies, whose codes are their own.
 */
import { citationSpan } from "../understand/facts";
import { typeForAbbreviation } from "../understand/doctypes";
import { checkCitedSymbol } from "../understand/symbol-check";
import type { Finding } from "../types";
import { NOTHING } from "./labels";
import { report, type Rule } from "./rule";

export const referenceTypeSymbol: Rule<"dTypedAsD" | "abbreviationMissing" | "hyphenMissing"> = {
  meta: {
    id: "reference-type-symbol",
    severity: "warning",
    name: { vi: "Ký hiệu không khớp loại văn bản", en: "Symbol does not match the type" },
    description: {
      vi: "Tên loại văn bản được trích dẫn không khớp chữ viết tắt trong ký hiệu (ví dụ Công điện phải là CĐ, không phải CD).",
      en: "The type of a cited document does not match the abbreviation in its symbol (e.g. Công điện is CĐ, not CD).",
    },
    messages: {
      dTypedAsD: {
        vi: "{type} viết tắt là {expected}, nhưng ký hiệu {number} ghi {written} (chữ Đ gõ thành D).",
        en: "{type} is abbreviated {expected}, but the symbol {number} has {written} (Đ typed as D).",
      },
      abbreviationMissing: {
        vi: "Ký hiệu {number} của {type} không có chữ viết tắt {expected}{written}: kiểm tra lại tên loại hoặc ký hiệu.",
        en: "The symbol {number} of a {type} lacks the abbreviation {expected}{written}: check the type or the symbol.",
      },
      hyphenMissing: {
        vi: "Ký hiệu {number} thiếu dấu gạch nối sau chữ viết tắt {expected} của {type}: viết {fixed}.",
        en: "The symbol {number} lacks the hyphen after the abbreviation {expected} of the {type}: write {fixed}.",
      },
    },
  },
  check(context) {
    const findings: Finding[] = [];
    // A draft cites the same document in the same words again and again: each form is checked once.
    const checked = new Map<string, ReturnType<typeof checkCitedSymbol>>();
    for (const citation of context.facts.citations) {
      if (!citation.type) continue;
      const key = `${citation.type}\u0000${citation.number}\u0000${citation.issuer ?? "\u0001"}`;
      let result = checked.get(key);
      if (!result) checked.set(key, (result = checkCitedSymbol(citation.type, citation.number, citation.issuer)));
      if (result.kind === "glued") {
        findings.push(
          report(
            referenceTypeSymbol,
            "hyphenMissing",
            { number: citation.number, expected: result.expected, type: citation.type, fixed: result.fixed },
            { span: citationSpan(citation, "number"), excerpt: citation.numberText },
          ),
        );
      } else if (result.kind === "slip") {
        findings.push(
          report(
            referenceTypeSymbol,
            "dTypedAsD",
            { type: citation.type, expected: result.expected, number: citation.number, written: result.written },
            { span: citationSpan(citation, "number"), excerpt: citation.numberText },
          ),
        );
      } else if (result.kind === "missing") {
        const other = result.written ? typeForAbbreviation(result.written) : null;
        const written = result.written
          ? { vi: ` mà ghi ${result.written}${other ? ` (${other})` : ""}`, en: `; it has ${result.written}${other ? ` (${other})` : ""}` }
          : NOTHING;
        findings.push(
          report(
            referenceTypeSymbol,
            "abbreviationMissing",
            { number: citation.number, type: citation.type, expected: result.expected, written },
            { span: citationSpan(citation, "number"), excerpt: citation.numberText },
          ),
        );
      }
    }
    return findings;
  },
};
