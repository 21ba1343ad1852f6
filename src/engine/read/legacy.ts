/**
 * Detection of pre-Unicode Vietnamese encodings. Old documents and templates store
 * Vietnamese in TCVN3 (ABC: fonts ".VnTime", ".VnTimeH", ".VnArial"…) or VNI (fonts
 * "VNI-Times"…); read as Unicode they show as Latin-1 symbols and accented letters:
 * TCVN3 "Céng hoµ x· héi", VNI "Coäng hoøa xaõ hoäi". Conversion is left to the user's
 * converter; the engine only says that the text cannot be checked as it is.
 *
 * Font names are the strongest sign. Without them, words are scored line by line, and a
 * line counts only when its legacy-looking words outnumber its real Unicode Vietnamese
 * words, so Unicode text with the odd "hoà" or "phủ¹" and French or English text never fire.
 */
import { InputError } from "../errors";
import type { DocumentModel, LegacyEncoding, ReadNotice } from "../model";

const VNI_FONT = /^vni[-\s_]/i;
const TCVN3_FONT = /^\.vn/i;

/** TCVN3 codes that are no letter of any Western language: ă â đ ơ à á ả ạ ắ ằ… */
const TCVN3_STRONG = new Set("¡¢£¤¥¦§¨©¬®µ¶¸¼½¾".split(""));
/** TCVN3 codes that also occur elsewhere (ordinal ª, quotes « », middle dot, ¹, soft hyphen for ư). */
const TCVN3_WEAK = new Set("ª«»·¹\u00ad".split(""));

const PLAIN_VOWELS = new Set("aeiouyAEIOUY".split(""));
const CIRCUMFLEX_VOWELS = new Set("aeoAEO".split(""));
/** VNI circumflex (alone or with a tone) after a, e, o: "coäng", "caàn". */
const VNI_CIRCUMFLEX = new Set("âáàåãäÂÁÀÅÃÄ".split(""));
/** VNI breve with a tone after a: "aê" ă, "aè" ằ, "aú" ẳ, "aü" ẵ. */
const VNI_BREVE_STRONG = new Set("êèúüÊÈÚÜ".split(""));
/** "aé", "aë" also appear in French (aéroport, Israël). */
const VNI_BREVE_WEAK = new Set("éëÉË".split(""));
/** VNI grave and tilde after a vowel: "hoøa", "xaõ". */
const VNI_TONE_STRONG = new Set("øõØÕ".split(""));
/** VNI acute, hook, dot below: also French "où", "goût", "naïf". */
const VNI_TONE_WEAK = new Set("ùûïÙÛÏ".split(""));
const VNI_TONES = new Set("ùøûõïÙØÛÕÏ".split(""));


function isAsciiLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isTcvn3Code(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 0xa1 && c <= 0xfe;
}

function isAsciiLower(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 97 && c <= 122;
}

function isAsciiUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Latin-1 letters À–Þ (TCVN3 tones such as Ö ệ, Ü ĩ, Õ ế). */
function isLatin1Upper(c: number): boolean {
  return c >= 0xc0 && c <= 0xde && c !== 0xd7;
}

/** Latin-1 letters ß–ÿ (TCVN3 tones such as é ộ, ñ ủ, ã ó). */
function isLatin1Lower(c: number): boolean {
  return c >= 0xdf && c <= 0xff && c !== 0xf7;
}

function tcvn3Word(word: string): boolean {
  let strong = 0;
  let weak = 0;
  let asciiUpper = 0;
  let asciiLower = 0;
  let latin1Lower = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const code = ch.charCodeAt(0);
    const before = word[i - 1];
    const after = word[i + 1];
    if (isAsciiUpper(ch)) asciiUpper++;
    else if (isAsciiLower(ch)) asciiLower++;
    else if (isLatin1Lower(code)) latin1Lower++;
    // A capital accented letter right after a small letter: "ViÖt", "nghÜa", "kÕt".
    if (isLatin1Upper(code) && isAsciiLower(before)) {
      strong++;
      continue;
    }
    // Inside a word means next to a Latin letter or another TCVN3 code ("®Þnh", "n¨m", "§éc").
    const isStrong = TCVN3_STRONG.has(ch);
    if (!isStrong && !TCVN3_WEAK.has(ch)) continue;
    const between = isAsciiLetter(before) && isAsciiLetter(after);
    // Guillemets and the ordinal ª count only between letters: «Bonjour» is French, "c«ng", "Kiªn" TCVN3.
    if (ch === "«" || ch === "»" || ch === "ª") {
      if (between) strong++;
      continue;
    }
    const inside = isAsciiLetter(before) || isAsciiLetter(after) || isTcvn3Code(before) || isTcvn3Code(after);
    if (!inside) continue;
    if (isStrong) strong++;
    else weak++;
  }
  // Small accented letters inside an all-capital word: the .VnTimeH font ("CéNG", "CHñ").
  if (latin1Lower > 0 && asciiUpper >= 2 && asciiLower === 0) strong++;
  return strong >= 1 || weak >= 2;
}

function vniWord(word: string): boolean {
  let strong = 0;
  let weak = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const before = word[i - 1];
    // VNI's "đ" before a vowel ("ñaõ" đã, "ñi" đi); never before y, which no Vietnamese syllable
    // has after đ — "ñy" is TCVN3's "ủy" (Ủy ban), whose capital the normal font lacks.
    if ((ch === "ñ" || ch === "Ñ") && i === 0 && word.length > 1 && !isAsciiConsonant(word[1]) && word[1] !== "y" && word[1] !== "Y") strong++;
    else if ((ch === "ö" || ch === "Ö" || ch === "ô" || ch === "Ô") && (VNI_TONES.has(word[i + 1] ?? "") || "ôÔ".includes(word[i + 1] ?? "-"))) strong++;
    else if (before === undefined) continue;
    // Unicode "hoà", "toàn", "khoá", "hoãn" (o + à á ã) look the same as VNI "hồ", "tồn"…: weak only.
    else if ((before === "o" || before === "O") && "àáãÀÁÃ".includes(ch)) weak++;
    else if (CIRCUMFLEX_VOWELS.has(before) && VNI_CIRCUMFLEX.has(ch)) strong++;
    else if ((before === "a" || before === "A") && VNI_BREVE_STRONG.has(ch)) strong++;
    else if ((before === "a" || before === "A") && VNI_BREVE_WEAK.has(ch)) weak++;
    else if (PLAIN_VOWELS.has(before) && VNI_TONE_STRONG.has(ch)) strong++;
    else if (PLAIN_VOWELS.has(before) && VNI_TONE_WEAK.has(ch)) weak++;
  }
  return strong >= 1 || weak >= 2;
}

function isAsciiConsonant(ch: string): boolean {
  return isAsciiLetter(ch) && !PLAIN_VOWELS.has(ch);
}

const EDGE_PUNCTUATION = new Set(`"'“”‘’(),.;:!?[]{}<>/\\|-`.split(""));

/** Letters that only Unicode Vietnamese uses: ă đ ĩ ũ ơ ư and the Latin Extended Additional block. */
function isUnicodeVietnameseCode(c: number): boolean {
  return (
    (c >= 0x1ea0 && c <= 0x1ef9) ||
    c === 0x102 ||
    c === 0x103 ||
    c === 0x110 ||
    c === 0x111 ||
    c === 0x128 ||
    c === 0x129 ||
    c === 0x168 ||
    c === 0x169 ||
    c === 0x1a0 ||
    c === 0x1a1 ||
    c === 0x1af ||
    c === 0x1b0
  );
}

/** a e i o u y in either case, and VNI's ô ö (ơ ư) that take a tone mark after them. */
function isVowelOrHornCode(c: number): boolean {
  switch (c | 0x20) {
    case 0x61:
    case 0x65:
    case 0x69:
    case 0x6f:
    case 0x75:
    case 0x79:
    case 0xf4:
    case 0xf6:
      return true;
    default:
      return false;
  }
}

function isWordSeparator(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 10;
}

/** How many words of the text look like each legacy encoding, counting only lines where they dominate. */
export function legacyScores(text: string): { tcvn3: number; vni: number; words: number } {
  let tcvn3 = 0;
  let vni = 0;
  let allWords = 0;
  let words = 0;
  let unicode = 0;
  let tcvn3Words = 0;
  let vniWords = 0;
  const endLine = (): void => {
    allWords += words;
    const enough = (count: number): boolean =>
      count >= 1 && count > unicode && (count >= 2 || words <= 2) && count >= words * 0.2;
    if (enough(tcvn3Words)) tcvn3 += tcvn3Words;
    if (enough(vniWords)) vni += vniWords;
    words = unicode = tcvn3Words = vniWords = 0;
  };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isWordSeparator(c)) {
      if (c === 10) endLine();
      i++;
      continue;
    }
    let end = i;
    // Only words with a sign both checks could use are looked at closely.
    let candidate = false;
    let vietnamese = false;
    let previous = 0;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (isWordSeparator(code)) break;
      if (code >= 0xa1 && code <= 0xde) candidate = true;
      else if (code >= 0xdf && code <= 0xff) {
        if (end === i || isVowelOrHornCode(previous)) candidate = true;
        else if (previous >= 65 && previous <= 90) candidate = true;
      } else if (code >= 0x102 && isUnicodeVietnameseCode(code)) vietnamese = true;
      previous = code;
      end++;
    }
    // Quotes and punctuation around a word go; « » · and the soft hyphen stay: they may be letters.
    let from = i;
    let to = end;
    while (from < to && EDGE_PUNCTUATION.has(text[from])) from++;
    while (to > from && EDGE_PUNCTUATION.has(text[to - 1])) to--;
    i = end;
    if (from === to) continue;
    words++;
    if (vietnamese) unicode++;
    else if (candidate) {
      const word = text.slice(from, to);
      if (tcvn3Word(word)) tcvn3Words++;
      if (vniWord(word)) vniWords++;
    }
  }
  endLine();
  return { tcvn3, vni, words: allWords };
}

/**
 * Says whether text (and, when known, the fonts it is set in) uses TCVN3 or VNI.
 * Returns undefined for Unicode text.
 */
/**
 * Legacy text is never a few stray words: it runs through a document. A bounded sample (the
 * start, and a slice from the middle) shows it as surely as all the text and keeps reading
 * a long document linear in its size and cheap.
 */
const SAMPLE_CHARS = 24_000;

function sampleForDetection(text: string): string {
  if (text.length <= SAMPLE_CHARS * 2) return text;
  const middle = Math.floor(text.length / 2);
  return `${text.slice(0, SAMPLE_CHARS)}\n${text.slice(middle, middle + SAMPLE_CHARS)}`;
}

/** Letters only Unicode Vietnamese has (ạ…ỹ, ơ, ư, ă, đ, ĩ, ũ): TCVN3 and VNI text never shows them. */
const UNICODE_VIETNAMESE = /[\u1EA0-\u1EF9\u01A0\u01A1\u01AF\u01B0\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169]/gu;

function unicodeVietnameseLetters(text: string): number {
  return text.match(UNICODE_VIETNAMESE)?.length ?? 0;
}

/** Text holding a letter only Unicode has is Unicode already, whatever its font says. */
export function looksUnicode(text: string): boolean {
  return text.search(UNICODE_VIETNAMESE) >= 0;
}

/** What the characters alone say: three legacy words suffice; a short text needs a quarter of its words. */
function verdictFromText(scores: { tcvn3: number; vni: number; words: number }): LegacyEncoding | undefined {
  const best = Math.max(scores.tcvn3, scores.vni);
  if (best < 3 && !(best >= 2 && best >= scores.words * 0.25)) return undefined;
  // A few words that read as either encoding ("tiÕp ñy") say nothing for sure.
  const other = Math.min(scores.tcvn3, scores.vni);
  if (best < 3 && other > 0 && best - other < 2) return undefined;
  return scores.tcvn3 >= scores.vni ? "tcvn3" : "vni";
}

export function detectLegacyEncoding(text: string, fontNames?: readonly string[]): LegacyEncoding | undefined {
  const sample = sampleForDetection(text);
  const scores = legacyScores(sample);
  const fromText = verdictFromText(scores);
  // The characters decide: text that reads as Unicode Vietnamese throughout, with no legacy words,
  // stays Unicode even when a style still names .VnTime (an old template's Normal style).
  if (!fromText && unicodeVietnameseLetters(sample) >= 20) return undefined;
  if (fontNames && fontNames.length > 0) {
    let vniFonts = 0;
    let tcvn3Fonts = 0;
    for (const font of fontNames) {
      const name = font.trim();
      if (VNI_FONT.test(name)) vniFonts++;
      else if (TCVN3_FONT.test(name)) tcvn3Fonts++;
    }
    if (vniFonts > 0 || tcvn3Fonts > 0) {
      if (vniFonts > 0 && tcvn3Fonts > 0 && scores.vni !== scores.tcvn3) return scores.vni > scores.tcvn3 ? "vni" : "tcvn3";
      return vniFonts > tcvn3Fonts ? "vni" : "tcvn3";
    }
  }
  return fromText;
}

const ENCODING_NAMES: Record<LegacyEncoding, string> = {
  tcvn3: "TCVN3 (ABC, phông .VnTime)",
  vni: "VNI (phông VNI-Times)",
};

/** The notice shown when a document is in a legacy encoding. */
export function legacyEncodingNotice(encoding: LegacyEncoding): ReadNotice {
  return {
    code: "legacy-encoding",
    message:
      `Văn bản dùng bảng mã cũ ${ENCODING_NAMES[encoding]}, không phải Unicode, nên không kiểm tra chính xác được. ` +
      "Hãy chuyển văn bản sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey: chọn bảng mã nguồn " +
      `${encoding === "tcvn3" ? "TCVN3 (ABC)" : "VNI Windows"}, bảng mã đích Unicode), đổi phông sang Times New Roman rồi kiểm tra lại.`,
  };
}

/**
 * Pre-Unicode text would be checked as nonsense and pass or fail at random: callers that check
 * a document (the command line, the review) refuse a model the reader found in TCVN3 or VNI.
 */
export function requireUnicode(model: DocumentModel): DocumentModel {
  if (!model.legacyEncoding) return model;
  const notice = model.notices.find((n) => n.code === "legacy-encoding") ?? legacyEncodingNotice(model.legacyEncoding);
  throw new InputError(
    "unsupported-type",
    notice.message,
    `The document uses the legacy ${ENCODING_NAMES[model.legacyEncoding]} encoding, not Unicode. Convert it to Unicode (for example with Unikey's converter) and check again.`,
  );
}
