/**
 * The type word of a citation against the type code of its ký hiệu, as a văn thư reads it: the
 * prescribed abbreviations (Phụ lục III NĐ 30/2020, HD 36) are checked where the symbol holds a
 * type code or the type can only be issued under its own code; a company's own symbols
 * ("02/BCTT-TS") and a công văn named by its content ("Thông báo số 807/SCT-CN") are left alone.
 */
import { codeKey, isKnownIssuerCode, isTypeCode, splitGlued } from "./citation-identity";
import { checkTypeAgainstSymbol, documentType, type TypeSymbolCheck } from "./doctypes";

export type CitedSymbolCheck = TypeSymbolCheck | { kind: "glued"; expected: string; written: string; fixed: string };

/** Types issued only under their own code: never as a công văn numbered "…/UBND-VP". */
const OWN_CODE_ONLY = new Set(["Nghị quyết", "Quyết định", "Chỉ thị", "Quy chế", "Quy định", "Nghị định", "Thông tư", "Thông tư liên tịch", "Công điện"]);

/** "181/2024/NĐCP", "1626/QĐTTg": the type code glued to the issuer's. */
const SINGLE_CODE = /^((?:\d+\.)?\d+\/(?:\d{4}\/)?)(\p{L}+)$/u;

/** Bodies outside the state and the Party: their symbols follow their own rules, not Phụ lục III. */
const NON_STATE_ISSUER = /^(?:công ty|doanh nghiệp|dntn|hợp tác xã|htx|tập đoàn|tổng công ty|chi nhánh)(?!\p{L})/iu;

export function checkCitedSymbol(typeWord: string, symbol: string, issuer: string | null = null): CitedSymbolCheck {
  const type = documentType(typeWord);
  if (!type || (issuer && NON_STATE_ISSUER.test(issuer.trim()))) return { kind: "unchecked" };
  const single = SINGLE_CODE.exec(symbol);
  if (single) {
    const parts = splitGlued(single[2]);
    const accepted = [type.abbreviation, type.partyAbbreviation].filter((a): a is string => !!a).map(codeKey);
    if (parts.length === 2 && accepted.includes(codeKey(parts[0]))) {
      return { kind: "glued", expected: parts[0], written: single[2], fixed: `${single[1]}${parts[0]}-${parts[1]}` };
    }
  }
  // The year's value and a dotted number do not matter here; a misread year ("202S") must not hide the type code.
  const plain = symbol.replace(/^\d+\.(?=\d)/, "").replace(/^(\d+\/)[12][\dSOoIlBZ]{3}\//u, "$10000/");
  const result = checkTypeAgainstSymbol(typeWord, plain);
  if (result.kind !== "missing" || !result.written) return result;
  if (isTypeCode(result.written)) return result;
  if (OWN_CODE_ONLY.has(type.name) && isKnownIssuerCode(result.written)) return result;
  return { kind: "unchecked" };
}
