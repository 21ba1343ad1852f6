/**
 * Which citations name one document, the way a văn thư tells them apart: by number, year,
 * type, issuing body and, for laws, name. Two bodies may use one number in one year
 * (23/2024/TT-BTC and 23/2024/TT-BCT are two circulars), decrees of different years share
 * numbers (148/2024/NĐ-CP, 148/2025/NĐ-CP), while one law cited with two years
 * (42/2024/QH15, 42/2025/QH15) or with a symbol one letter off (36/2025/TT-BNMT for
 * TT-BNNMT) is one document written two ways.
 */
import { editDistance, issuerKey, leadingNumber, type Citation } from "./citations";
import { DOCUMENT_TYPES, documentType, foldVietnamese } from "./doctypes";
import { keptAnswers } from "../kept-answers";

/**
 * Issuing-body codes of central and local bodies as they appear in ký hiệu. Two different
 * codes from this list are two bodies, however close they look (BTC and BCT).
 */
export const KNOWN_ISSUER_CODES: ReadonlySet<string> = new Set(
  [
    "CP", "TTG", "VPCP", "UBTVQH", "CTN", "TANDTC", "VKSNDTC", "KTNN", "NHNN", "TTCP", "UBDT",
    "BCA", "BCT", "BGDĐT", "BGTVT", "BKHCN", "BKHĐT", "BLĐTBXH", "BNG", "BNNMT", "BNNPTNT", "BNV",
    "BQP", "BTC", "BTNMT", "BTP", "BTTTT", "BVHTTDL", "BXD", "BYT", "BDTTG",
    "UBND", "HĐND", "SCT", "SNV", "STC", "SXD", "SYT", "STP", "SNNMT", "SKHĐT", "SGDĐT", "SVHTTDL",
    "TW", "TU", "HU", "ĐU", "VPTW", "BTCTW", "BTGTW", "UBKTTW",
  ].map((code) => code.replace(/Đ/g, "D")),
);

const TYPE_CODES: ReadonlySet<string> = new Set(
  DOCUMENT_TYPES.flatMap((t) => [t.abbreviation, t.partyAbbreviation]).filter((a): a is string => !!a).map((a) => codeKey(a)),
);

/** Terms of the National Assembly: a law's year must fall within its legislature's term. */
const LEGISLATURE_YEARS: Record<string, [number, number]> = {
  "11": [2002, 2007],
  "12": [2007, 2011],
  "13": [2011, 2016],
  "14": [2016, 2021],
  "15": [2021, 2026],
  "16": [2026, 2031],
};

/** A code compared loosely: upper case, Đ as D (the commonest slip of a keyboard without Vietnamese). */
export function codeKey(code: string): string {
  return code.toUpperCase().replace(/Đ/g, "D");
}

export function isKnownIssuerCode(code: string): boolean {
  return KNOWN_ISSUER_CODES.has(codeKey(code));
}

export function isTypeCode(code: string): boolean {
  return TYPE_CODES.has(codeKey(code));
}

export interface SymbolShape {
  number: string;
  /** Four-digit year, read through look-alike letters ("202S" → "2025"); null when the symbol has none. */
  year: string | null;
  /** The letter codes after the number and year, split at "/", "-" and spaces: ["NĐ", "CP"]. */
  codes: string[];
  /** Penalty for how badly the symbol is written: a misread year, glued or missing separators. */
  malformed: number;
}

const LOOK_ALIKE_DIGITS: Record<string, string> = { S: "5", O: "0", o: "0", I: "1", l: "1", B: "8", Z: "2" };

/** Splits a code glued to the next ("NĐCP" → "NĐ", "CP") when both halves are known codes. */
export function splitGlued(code: string): string[] {
  for (let i = 2; i <= code.length - 2; i++) {
    const head = code.slice(0, i);
    const tail = code.slice(i);
    if (isTypeCode(head) && (isKnownIssuerCode(tail) || /^QH\d+$/.test(tail))) return [head, tail];
  }
  return [code];
}

/** The parts of a ký hiệu, tolerant of the slips real text has; a long draft repeats symbols, so they are kept. */
export const symbolShape: (symbol: string) => SymbolShape = keptAnswers(readShape, 5000);

function readShape(symbol: string): SymbolShape {
  const compact = symbol.replace(/\s+/g, " ").trim();
  const head = /^(?:\d+\.)?\d+/.exec(compact);
  const number = leadingNumber(compact);
  let rest = head ? compact.slice(head[0].length) : compact;
  let malformed = 0;
  let year: string | null = null;
  const yearMatch = /^\s?[/-]\s?([12][\dSOoIlBZ]{3})(?=$|[/\s-]|\p{Lu})/u.exec(rest);
  if (yearMatch) {
    const written = yearMatch[1];
    const digits = written.replace(/[^\d]/g, (ch) => LOOK_ALIKE_DIGITS[ch] ?? ch);
    if (/^(19|20)\d\d$/.test(digits) && (written.replace(/\D/g, "").length >= 3 || written === digits)) {
      year = digits;
      if (written !== digits) malformed += 2;
      rest = rest.slice(yearMatch[0].length);
      // "2022QH15": the year glued to the issuer.
      if (/^\p{L}/u.test(rest)) malformed += 2;
    }
  }
  const pieces = rest.split(/[/-]+|\s+/).filter((p) => p.length > 0);
  const codes = pieces.flatMap(splitGlued);
  if (codes.length > pieces.length) malformed += 2;
  // "NĐ CP": a space where the hyphen belongs.
  if (/\p{L}\s+\p{L}/u.test(rest)) malformed += 2;
  return { number, year, codes, malformed };
}

function legislatureOf(code: string): [number, number] | null {
  const m = /^QH(\d+)$/.exec(codeKey(code));
  return m ? LEGISLATURE_YEARS[m[1]] ?? null : null;
}

/** A year outside the term of the legislature in the symbol: "45/2019/QH15". */
export function yearOutsideLegislature(shape: SymbolShape): boolean {
  if (!shape.year) return false;
  const term = shape.codes.map(legislatureOf).find((t) => t !== null);
  if (!term) return false;
  const year = Number(shape.year);
  return year < term[0] || year > term[1];
}

/** Damerau distance at most one: one letter added, dropped, changed or two swapped. */
function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (editDistance(a, b) <= 1) return true;
  if (a.length !== b.length) return false;
  const diff = [...a].map((ch, i) => (ch === b[i] ? -1 : i)).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

/** Two codes in one place of two symbols that could be one code written with a slip. */
function codesCouldBeOne(a: string, b: string, year: string | null): boolean {
  const ka = codeKey(a);
  const kb = codeKey(b);
  if (ka === kb) return true;
  const la = legislatureOf(a);
  const lb = legislatureOf(b);
  if (la && lb) {
    // QH14 and QH15 with one year: one of them is outside its term, so one law written two ways.
    if (!year) return false;
    const y = Number(year);
    const fits = (t: [number, number]) => y >= t[0] && y <= t[1];
    return fits(la) !== fits(lb);
  }
  if ((isKnownIssuerCode(a) || isTypeCode(a)) && (isKnownIssuerCode(b) || isTypeCode(b))) return false;
  if (Math.min(ka.length, kb.length) < 2) return false;
  return oneSlipApart(ka, kb);
}

const GENERIC_TYPES = new Set(["Văn bản"]);
const LAW_TYPES = new Set(["Luật", "Bộ luật"]);

/** Words that say which person of a body signed; they do not change the body. */
const ISSUER_FILLER = new Set(["chủ", "tịch", "bộ", "trưởng", "giám", "đốc", "thủ", "tướng", "của", "ban", "thường", "vụ"]);

/** Two named issuers that are plainly different bodies (one's name is not within the other's). */
export function differentIssuers(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const words = (text: string) => issuerKey(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !ISSUER_FILLER.has(w));
  const wa = words(a);
  const wb = words(b);
  const [shorter, longer] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  if (shorter.length === 0) return false;
  return !shorter.every((w) => longer.has(w));
}

function compatibleTypes(a: Citation, b: Citation, sa: SymbolShape, sb: SymbolShape): boolean {
  // A type code in the symbol outweighs the type word ("Quyết định số 19/NQ-…" is a Nghị quyết).
  if (sa.codes.length > 0 && sb.codes.length > 0 && isTypeCode(sa.codes[0]) && isTypeCode(sb.codes[0])) return true;
  if (!a.type || !b.type || GENERIC_TYPES.has(a.type) || GENERIC_TYPES.has(b.type)) return true;
  if (LAW_TYPES.has(a.type) && LAW_TYPES.has(b.type)) return true;
  return documentType(a.type)?.name === documentType(b.type)?.name;
}

/** Laws are numbered within a legislature: 42/2024/QH15 and 42/2025/QH15 name one law. */
function sameLawOtherYear(a: Citation, b: Citation, sa: SymbolShape, sb: SymbolShape): boolean {
  if (!a.type || !b.type || !LAW_TYPES.has(a.type) || !LAW_TYPES.has(b.type)) return false;
  if (sa.codes.length !== 1 || sb.codes.length !== 1 || codeKey(sa.codes[0]) !== codeKey(sb.codes[0])) return false;
  if (!legislatureOf(sa.codes[0])) return false;
  if (a.title && b.title && foldVietnamese(a.title) !== foldVietnamese(b.title)) return false;
  return true;
}

/** Do two citations with the same leading number name one document? */
export function sameDocument(a: Citation, b: Citation): boolean {
  const sa = symbolShape(a.number);
  const sb = symbolShape(b.number);
  if (sa.number !== sb.number) return false;
  if (!compatibleTypes(a, b, sa, sb)) return false;
  if (differentIssuers(a.issuer, b.issuer)) return false;
  const sameWriting = writtenKey(a.number) === writtenKey(b.number);
  if (!sameWriting && a.date && b.date && a.date !== b.date) return false;
  // Without a year in the symbol, one number is reused every year: dates of two years are two documents.
  if (!sa.year && a.date && b.date && a.date.slice(0, 4) !== b.date.slice(0, 4)) return false;
  if (sa.year !== sb.year) {
    if (!sa.year || !sb.year) return false;
    return sameLawOtherYear(a, b, sa, sb);
  }
  if (sa.codes.length !== sb.codes.length) return false;
  let slips = 0;
  for (let i = 0; i < sa.codes.length; i++) {
    if (codeKey(sa.codes[i]) === codeKey(sb.codes[i])) continue;
    if (!codesCouldBeOne(sa.codes[i], sb.codes[i], sa.year)) return false;
    slips++;
  }
  return slips <= 1;
}

/** A symbol as written, spacing and doubled separators aside: the form a reader compares. */
export function writtenKey(symbol: string): string {
  return symbol.replace(/\s+/g, "").replace(/([/-])[/-]+/g, "$1");
}

/** How doubtful one written form of a symbol is; the least doubtful form of a document is taken as right. */
export function writingPenalty(citation: Citation): number {
  const shape = symbolShape(citation.numberText);
  let penalty = shape.malformed;
  if (yearOutsideLegislature(shape)) penalty += 2;
  for (const code of shape.codes) {
    if (isKnownIssuerCode(code) || isTypeCode(code) || legislatureOf(code)) continue;
    penalty += 1;
    // "HĐT4": one stray digit after the letters of a code.
    if (/^\p{L}+\d$/u.test(code)) penalty += 1;
  }
  // A type word the symbol contradicts ("Quyết định số 19/NQ-…") marks a careless citation.
  const first = shape.codes[0];
  const type = citation.type ? documentType(citation.type) : null;
  if (first && type?.abbreviation && isTypeCode(first) && codeKey(first) !== codeKey(type.abbreviation) && codeKey(first) !== codeKey(type.partyAbbreviation ?? "")) {
    penalty += 1;
  }
  return penalty;
}

/** Two numbers one keystroke apart: one digit changed or two neighbours swapped ("4847" for "4874"). */
export function oneDigitSlip(a: string, b: string): boolean {
  if (a === b || a.length !== b.length || !/^\d+$/.test(a) || !/^\d+$/.test(b)) return false;
  const diff = [...a].map((ch, i) => (ch === b[i] ? -1 : i)).filter((i) => i >= 0);
  if (diff.length === 1) return true;
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

/**
 * A citation of the request with its number mistyped: the same symbol after the number and the
 * same date, the number one keystroke off. Both the symbol and the date must agree, since a body
 * issues many letters under one symbol.
 */
export function mistypedNumberOf(citation: Citation, number: string, date: string | null): boolean {
  if (!date || citation.date !== date) return false;
  const head = /^\d+/;
  const cited = head.exec(citation.number);
  const wanted = head.exec(number);
  if (!cited || !wanted) return false;
  if (codeKey(citation.number.slice(cited[0].length)) !== codeKey(number.slice(wanted[0].length))) return false;
  return oneDigitSlip(cited[0], wanted[0]);
}
