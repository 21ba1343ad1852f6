/**
 * Document types and their abbreviations in the ký hiệu: Phụ lục III of Nghị định
 * 30/2020/NĐ-CP for state bodies, with the legal normative types and the Party forms
 * (Hướng dẫn 36-HD/VPTW) that differ.
 */

import { keptAnswers } from "../kept-answers";

export interface DocumentType {
  /** The type word as written in running text: "Quyết định". */
  name: string;
  /** Abbreviation in state ký hiệu, case as prescribed (QyĐ, CTr); null when there is none. */
  abbreviation: string | null;
  /** Abbreviation in Party ký hiệu when it differs from the state one. */
  partyAbbreviation?: string;
}

/** Phụ lục III, NĐ 30/2020, plus the legal normative types cited in running text. */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { name: "Nghị quyết", abbreviation: "NQ" },
  { name: "Quyết định", abbreviation: "QĐ" },
  { name: "Chỉ thị", abbreviation: "CT" },
  { name: "Quy chế", abbreviation: "QC" },
  { name: "Quy định", abbreviation: "QyĐ", partyAbbreviation: "QĐ" },
  { name: "Thông cáo", abbreviation: "TC" },
  { name: "Thông báo", abbreviation: "TB" },
  { name: "Hướng dẫn", abbreviation: "HD" },
  { name: "Chương trình", abbreviation: "CTr" },
  { name: "Kế hoạch", abbreviation: "KH" },
  { name: "Phương án", abbreviation: "PA" },
  { name: "Đề án", abbreviation: "ĐA" },
  { name: "Dự án", abbreviation: "DA" },
  { name: "Báo cáo", abbreviation: "BC" },
  { name: "Biên bản", abbreviation: "BB" },
  { name: "Tờ trình", abbreviation: "TTr" },
  { name: "Hợp đồng", abbreviation: "HĐ" },
  { name: "Công điện", abbreviation: "CĐ" },
  { name: "Bản ghi nhớ", abbreviation: "BGN" },
  { name: "Bản thỏa thuận", abbreviation: "BTT" },
  { name: "Giấy ủy quyền", abbreviation: "GUQ" },
  { name: "Giấy mời", abbreviation: "GM" },
  { name: "Giấy giới thiệu", abbreviation: "GGT" },
  { name: "Giấy nghỉ phép", abbreviation: "GNP" },
  { name: "Phiếu gửi", abbreviation: "PG" },
  { name: "Phiếu chuyển", abbreviation: "PC" },
  { name: "Phiếu báo", abbreviation: "PB" },
  { name: "Bản sao y", abbreviation: "SY" },
  { name: "Bản trích sao", abbreviation: "TrS" },
  { name: "Bản sao lục", abbreviation: "SL" },
  { name: "Công văn", abbreviation: null, partyAbbreviation: "CV" },
  { name: "Thư công", abbreviation: null },
  // Legal normative documents, Party-only types and the generic word "Văn bản".
  { name: "Nghị định", abbreviation: "NĐ" },
  { name: "Thông tư liên tịch", abbreviation: "TTLT" },
  { name: "Thông tư", abbreviation: "TT" },
  { name: "Kết luận", abbreviation: "KL" },
  { name: "Luật", abbreviation: null },
  { name: "Bộ luật", abbreviation: null },
  { name: "Pháp lệnh", abbreviation: null },
  { name: "Lệnh", abbreviation: null },
  { name: "Văn bản", abbreviation: null },
];

/** Types whose ký hiệu never carries a type abbreviation that could be checked. */
const UNCHECKED_TYPES = new Set(["công văn", "thư công", "văn bản", "luật", "bộ luật", "pháp lệnh", "lệnh"]);

/** Lower case with the old and new tone placements made equal (hoà = hòa, uỷ = ủy). */
/** Old tone placement (hoà, uỷ) to the new (hòa, ủy): one pass instead of one per pair. */
const OLD_TONE_PLACEMENT = /o[àáảãạ]|u[ỷýỳỹỵ]/g;
const NEW_TONE_PLACEMENT: Record<string, string> = {
  oà: "òa",
  oá: "óa",
  oả: "ỏa",
  oã: "õa",
  oạ: "ọa",
  uỷ: "ủy",
  uý: "úy",
  uỳ: "ùy",
  uỹ: "ũy",
  uỵ: "ụy",
};

/** Folded, kept for the texts that recur (type words, citation windows). */
export const foldVietnamese: (text: string) => string = keptAnswers(fold, 20000);

function fold(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(OLD_TONE_PLACEMENT, (pair) => NEW_TONE_PLACEMENT[pair])
    .replace(/\s+/g, " ")
    .trim();
}

const BY_NAME = new Map(DOCUMENT_TYPES.map((type) => [foldVietnamese(type.name), type]));

/** Type names, longest first, so "Thông tư liên tịch" wins over "Thông tư". */
export const TYPE_NAMES_LONGEST_FIRST: readonly string[] = DOCUMENT_TYPES.map((t) => t.name).sort(
  (a, b) => b.length - a.length,
);

/** The table entry for a type word in any case ("QUYẾT ĐỊNH", "quyết định"). */
export function documentType(typeWord: string): DocumentType | null {
  return BY_NAME.get(foldVietnamese(typeWord)) ?? null;
}

/** The abbreviation for a type word: "Quyết định" → "QĐ"; "Công văn" → null (state) or "CV" (Party). */
export function abbreviationFor(typeWord: string, system: "state" | "party" = "state"): string | null {
  const type = documentType(typeWord);
  if (!type) return null;
  if (system === "party" && type.partyAbbreviation) return type.partyAbbreviation;
  return type.abbreviation;
}

/** The type word for an abbreviation, exact case first ("QyĐ" → "Quy định"), then any case. */
export function typeForAbbreviation(abbreviation: string, system: "state" | "party" = "state"): string | null {
  const pick = (exact: boolean): string | null => {
    for (const type of DOCUMENT_TYPES) {
      const candidates = system === "party" && type.partyAbbreviation ? [type.partyAbbreviation] : [type.abbreviation, type.partyAbbreviation];
      for (const candidate of candidates) {
        if (!candidate) continue;
        if (exact ? candidate === abbreviation : candidate.toUpperCase() === abbreviation.toUpperCase()) return type.name;
      }
    }
    return null;
  };
  return pick(true) ?? pick(false);
}

/** True when "Đ" was typed as "D": "CD" for "CĐ", "QD" for "QĐ", "ND" for "NĐ". */
export function isDSlip(written: string, expected: string): boolean {
  if (written.length !== expected.length || written === expected) return false;
  let slipped = false;
  for (let i = 0; i < written.length; i++) {
    const a = written[i].toUpperCase();
    const b = expected[i].toUpperCase();
    if (a === b) continue;
    if (a === "D" && b === "Đ") {
      slipped = true;
      continue;
    }
    return false;
  }
  return slipped;
}

export interface SymbolParts {
  /** The number as written: "4874", "01". */
  number: string;
  year: string | null;
  /** The segment that would carry the type abbreviation ("CD" in 280/CD-TTg, "KH" in 01-KH/BCĐ); null when the form has none. */
  typeSegment: string | null;
  /** The issuing part: "BNV-CCVC", "TTg", "BCĐ". */
  issuer: string;
  form: "state" | "party";
}

/**
 * Splits a number/ký hiệu (spaces already removed): state `số/[năm/]LOẠI-CQ` or `số/CQ-ĐV`
 * (công văn), Party `số-LOẠI/CQ`.
 */
export function parseSymbol(symbol: string): SymbolParts | null {
  const party = /^(\d+)-([\p{L}\d]+)\/(.+)$/u.exec(symbol);
  if (party) {
    return { number: party[1], year: null, typeSegment: party[2], issuer: party[3], form: "party" };
  }
  const state = /^(\d+)\/(?:(\d{4})\/)?(.+)$/u.exec(symbol);
  if (!state) return null;
  const rest = state[3];
  const dash = rest.indexOf("-");
  if (dash < 0) return { number: state[1], year: state[2] ?? null, typeSegment: null, issuer: rest, form: "state" };
  return {
    number: state[1],
    year: state[2] ?? null,
    typeSegment: rest.slice(0, dash),
    issuer: rest.slice(dash + 1),
    form: "state",
  };
}

export type TypeSymbolCheck =
  | { kind: "ok" }
  | { kind: "unchecked" }
  | { kind: "slip"; written: string; expected: string }
  | { kind: "missing"; expected: string; written: string | null };

/** Does the ký hiệu carry the abbreviation of the type word it is cited with? */
export function checkTypeAgainstSymbol(typeWord: string, symbol: string): TypeSymbolCheck {
  const type = documentType(typeWord);
  if (!type || UNCHECKED_TYPES.has(foldVietnamese(type.name))) return { kind: "unchecked" };
  const parts = parseSymbol(symbol);
  // "104/2023/QH15": resolutions of the National Assembly carry no type segment.
  if (!parts || parts.typeSegment === null) return { kind: "unchecked" };
  const expected = parts.form === "party" && type.partyAbbreviation ? type.partyAbbreviation : type.abbreviation;
  if (!expected) return { kind: "unchecked" };
  const written = parts.typeSegment;
  const accepted = [type.abbreviation, type.partyAbbreviation].filter((a): a is string => !!a);
  if (accepted.some((a) => a.toUpperCase() === written.toUpperCase())) return { kind: "ok" };
  if (accepted.some((a) => isDSlip(written, a))) return { kind: "slip", written, expected };
  return { kind: "missing", expected, written };
}
