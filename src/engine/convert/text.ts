/**
 * Decoding pre-Unicode Vietnamese text. A .docx keeps the bytes of a TCVN3 or VNI font as the
 * Windows-1252 characters they show as ("Céng hoµ", "Coäng hoøa"); these tables give each the
 * Unicode letter it stands for, from the TCVN 5712:1993 (ABC, "VN3") and VNI Windows charts.
 */
import type { LegacyEncoding } from "../model";

/** TCVN3: one code per letter; capitals with a tone exist only in the ".…H" fonts (as the small codes). */
const TCVN3_CODES: readonly (readonly [number, string])[] = [
  [0xa1, "Ă"], [0xa2, "Â"], [0xa3, "Ê"], [0xa4, "Ô"], [0xa5, "Ơ"], [0xa6, "Ư"], [0xa7, "Đ"],
  [0xa8, "ă"], [0xa9, "â"], [0xaa, "ê"], [0xab, "ô"], [0xac, "ơ"], [0xad, "ư"], [0xae, "đ"],
  [0xb5, "à"], [0xb6, "ả"], [0xb7, "ã"], [0xb8, "á"], [0xb9, "ạ"],
  [0xbb, "ằ"], [0xbc, "ẳ"], [0xbd, "ẵ"], [0xbe, "ắ"], [0xc6, "ặ"],
  [0xc7, "ầ"], [0xc8, "ẩ"], [0xc9, "ẫ"], [0xca, "ấ"], [0xcb, "ậ"],
  [0xcc, "è"], [0xce, "ẻ"], [0xcf, "ẽ"], [0xd0, "é"], [0xd1, "ẹ"],
  [0xd2, "ề"], [0xd3, "ể"], [0xd4, "ễ"], [0xd5, "ế"], [0xd6, "ệ"],
  [0xd7, "ì"], [0xd8, "ỉ"], [0xdc, "ĩ"], [0xdd, "í"], [0xde, "ị"],
  [0xdf, "ò"], [0xe1, "ỏ"], [0xe2, "õ"], [0xe3, "ó"], [0xe4, "ọ"],
  [0xe5, "ồ"], [0xe6, "ổ"], [0xe7, "ỗ"], [0xe8, "ố"], [0xe9, "ộ"],
  [0xea, "ờ"], [0xeb, "ở"], [0xec, "ỡ"], [0xed, "ớ"], [0xee, "ợ"],
  [0xef, "ù"], [0xf1, "ủ"], [0xf2, "ũ"], [0xf3, "ú"], [0xf4, "ụ"],
  [0xf5, "ừ"], [0xf6, "ử"], [0xf7, "ữ"], [0xf8, "ứ"], [0xf9, "ự"],
  [0xfa, "ỳ"], [0xfb, "ỷ"], [0xfc, "ỹ"], [0xfd, "ý"], [0xfe, "ỵ"],
];

export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = new Map(TCVN3_CODES.map(([code, letter]) => [String.fromCharCode(code), letter]));

const ACUTE = "\u0301";
const GRAVE = "\u0300";
const HOOK = "\u0309";
const TILDE = "\u0303";
const DOT = "\u0323";
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";

/** VNI tone codes written after a vowel (small and capital forms). */
const VNI_TONES: ReadonlyMap<string, string> = new Map([
  ["ù", ACUTE], ["ø", GRAVE], ["û", HOOK], ["õ", TILDE], ["ï", DOT],
  ["Ù", ACUTE], ["Ø", GRAVE], ["Û", HOOK], ["Õ", TILDE], ["Ï", DOT],
]);
/** After a, e, o: the circumflex alone or with a tone. */
const VNI_CIRCUMFLEX: ReadonlyMap<string, string> = new Map([
  ["â", ""], ["á", ACUTE], ["à", GRAVE], ["å", HOOK], ["ã", TILDE], ["ä", DOT],
  ["Â", ""], ["Á", ACUTE], ["À", GRAVE], ["Å", HOOK], ["Ã", TILDE], ["Ä", DOT],
]);
/** After a: the breve alone or with a tone. */
const VNI_BREVE: ReadonlyMap<string, string> = new Map([
  ["ê", ""], ["é", ACUTE], ["è", GRAVE], ["ú", HOOK], ["ü", TILDE], ["ë", DOT],
  ["Ê", ""], ["É", ACUTE], ["È", GRAVE], ["Ú", HOOK], ["Ü", TILDE], ["Ë", DOT],
]);
/** Letters VNI codes in one character: ơ ư đ and i with a tone. */
const VNI_LETTERS: ReadonlyMap<string, string> = new Map([
  ["ô", "ơ"], ["ö", "ư"], ["ñ", "đ"], ["Ô", "Ơ"], ["Ö", "Ư"], ["Ñ", "Đ"],
  ["í", "í"], ["ì", "ì"], ["æ", "ỉ"], ["ó", "ĩ"], ["ò", "ị"],
  ["Í", "Í"], ["Ì", "Ì"], ["Æ", "Ỉ"], ["Ó", "Ĩ"], ["Ò", "Ị"],
]);

const VOWELS = "aeiouyAEIOUY";

/** Toned vowels: the normal TCVN3 fonts have no capital form of these, only the small one. */
const NO_CAPITAL_CODE = new Set(TCVN3_CODES.map(([, letter]) => letter).filter((letter) => letter.normalize("NFD").length > 1 && !"ăâêôơư".includes(letter)));

/**
 * Capitals the normal TCVN3 fonts cannot show. A clerk typing "Ủy" in .VnTime gets the code of
 * "ủ": the capital is recovered where Vietnamese always writes one — at the start of a sentence
 * and in the name of an "Ủy ban" (NĐ 30/2020, Phụ lục II: the word naming the kind of organ is
 * capitalised). Only letters that came from such a code are touched.
 */
function restoreCapitals(decoded: string, sentenceStart: boolean): string {
  let out = "";
  let atStart = sentenceStart;
  for (let i = 0; i < decoded.length; i++) {
    const ch = decoded[i];
    const isLetter = /\p{L}/u.test(ch);
    const wordStart = i === 0 || !/\p{L}/u.test(decoded[i - 1]);
    if (isLetter && NO_CAPITAL_CODE.has(ch) && wordStart && (atStart || /^[ỦủÚú]y ban\b/u.test(decoded.slice(i, i + 6)))) {
      out += ch.toUpperCase();
    } else out += ch;
    if (isLetter || /\d/.test(ch)) atStart = false;
    else if (/[.!?…]/.test(ch)) atStart = true;
  }
  return out;
}

export interface Tcvn3Options {
  /** Set in an ".…H" font, whose every letter shows as a capital. */
  capitals?: boolean;
  /** The text begins a sentence (a paragraph's first words, or after a full stop). */
  sentenceStart?: boolean;
}

/** TCVN3 text to Unicode. */
export function decodeTcvn3(text: string, options: Tcvn3Options | boolean = {}): string {
  const { capitals = false, sentenceStart = false } = typeof options === "boolean" ? { capitals: options } : options;
  let out = "";
  for (const ch of text) out += TCVN3_TO_UNICODE.get(ch) ?? ch;
  out = out.normalize("NFC");
  return capitals ? out.toUpperCase() : restoreCapitals(out, sentenceStart);
}

/** VNI text to Unicode: a base letter followed by the codes of its marks. */
export function decodeVni(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const single = VNI_LETTERS.get(ch);
    let base = single ?? ch;
    let marks = "";
    i++;
    const baseLower = base.toLowerCase();
    const next = text[i];
    if (single === undefined && next !== undefined) {
      if ("aeo".includes(baseLower) && baseLower !== "" && VNI_CIRCUMFLEX.has(next)) {
        marks += CIRCUMFLEX + (VNI_CIRCUMFLEX.get(next) ?? "");
        i++;
      } else if (baseLower === "a" && VNI_BREVE.has(next)) {
        marks += BREVE + (VNI_BREVE.get(next) ?? "");
        i++;
      }
    }
    // A tone after a plain vowel, after ơ ư, or after a circumflex or breve that carried none.
    const toneable = VOWELS.includes(base) || baseLower === "ơ" || baseLower === "ư";
    const toneless = !/[\u0300\u0301\u0303\u0309\u0323]/u.test(marks);
    const after = text[i];
    if (toneable && toneless && after !== undefined && VNI_TONES.has(after)) {
      marks += VNI_TONES.get(after) ?? "";
      i++;
    }
    if (marks !== "") base = (base + marks).normalize("NFC");
    out += base;
  }
  return out.normalize("NFC");
}

/** The VNI mark codes a text starts with (a letter split between two runs): at most a hat and a tone. */
export function leadingVniMarks(text: string): string {
  let end = 0;
  if (VNI_CIRCUMFLEX.has(text[0] ?? "") || VNI_BREVE.has(text[0] ?? "")) end = 1;
  if (VNI_TONES.has(text[end] ?? "")) end++;
  return text.slice(0, end);
}

export function decodeLegacy(text: string, encoding: LegacyEncoding, capitals = false, sentenceStart = false): string {
  return encoding === "tcvn3" ? decodeTcvn3(text, { capitals, sentenceStart }) : decodeVni(text);
}
