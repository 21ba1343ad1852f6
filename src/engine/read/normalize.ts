/**
 * Text normalization for matching, with a map back to the original text so that a match
 * found in normalized text can be shown at its real place.
 *
 * `normalizeForMatch`:
 * - composes decomposed Unicode (NFC): "e" + U+0302 + U+0301 becomes "ế";
 * - lower-cases;
 * - turns every run of whitespace into one space and trims both ends; drops zero-width
 *   characters and soft hyphens;
 * - writes dashes (‐ ‑ ‒ – — ―, minus) as "-" and curly quotes as straight ones;
 * - puts the tone mark of "oa", "oe", "uy" at the end of a syllable on the first vowel, so
 *   old and new placement compare equal: "hoà" → "hòa", "khoẻ" → "khỏe", "uỷ" → "ủy".
 * It keeps "đ" apart from "d": "CĐ" and "CD" must stay different.
 */

export interface NormalizedText {
  text: string;
  /** offsets[i] is the index in the original of normalized character i; offsets[text.length] is the original length. */
  offsets: number[];
}

const TONE_MARKS = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
const O = 0x6f;
const U = 0x75;
const Y = 0x79;

/** Code units of the toned "a", "e", "y" are all below this. */
const TONED_LIMIT = 0x1f00;
/** Toned "a", "e", "y" → base vowel * 8 + tone index + 1 (0 for any other code unit): a table, not a Map, as it is read for every character. */
const SECOND_VOWEL_TONE = new Uint16Array(TONED_LIMIT);
/** "o" / "u" (code * 8 + tone index) → the toned vowel. */
const FIRST_VOWEL_TONED = new Map<number, number>();
TONE_MARKS.forEach((mark, tone) => {
  for (const base of [0x61, 0x65, Y]) {
    SECOND_VOWEL_TONE[(String.fromCharCode(base) + mark).normalize("NFC").charCodeAt(0)] = base * 8 + tone + 1;
  }
  for (const base of [O, U]) {
    FIRST_VOWEL_TONED.set(base * 8 + tone, (String.fromCharCode(base) + mark).normalize("NFC").charCodeAt(0));
  }
});

/** Dashes to "-", curly quotes to straight ones. */
const FOLDED_PUNCTUATION = new Map<number, number>([
  [0x2010, 45],
  [0x2011, 45],
  [0x2012, 45],
  [0x2013, 45],
  [0x2014, 45],
  [0x2015, 45],
  [0x2212, 45],
  [0x201c, 34],
  [0x201d, 34],
  [0x201e, 34],
  [0x2018, 39],
  [0x2019, 39],
  [0x201a, 39],
]);

function isInvisible(code: number): boolean {
  return code === 0x00ad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

function isWhitespace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** A combining mark of the blocks decomposed Vietnamese (and most Latin) text uses. */
export function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/**
 * Composes and lower-cases, keeping for each resulting code unit the original offset it
 * came from (null when the text maps one to one). Most text is already composed, so the
 * per-cluster path runs only when it is not.
 */
function composeAndLower(original: string): { text: string; offsets: number[] | null } {
  const lower = original.toLowerCase();
  if (lower.length === original.length && original.normalize("NFC") === original) {
    return { text: lower, offsets: null };
  }
  const cache = new Map<string, string>();
  const parts: string[] = [];
  const offsets: number[] = [];
  let i = 0;
  while (i < original.length) {
    const start = i;
    const code = original.charCodeAt(i);
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < original.length ? 2 : 1;
    while (i < original.length && isCombiningMark(original.charCodeAt(i))) i++;
    const cluster = original.slice(start, i);
    let composed = cache.get(cluster);
    if (composed === undefined) {
      composed = cluster.normalize("NFC").toLowerCase().normalize("NFC");
      cache.set(cluster, composed);
    }
    parts.push(composed);
    for (let k = 0; k < composed.length; k++) offsets.push(start);
  }
  return { text: parts.join(""), offsets };
}

export function normalizeForMatch(original: string): NormalizedText {
  const offsets: number[] = [];
  const text = normalize(original, offsets);
  offsets.push(original.length);
  return { text, offsets };
}

/** The text of `normalizeForMatch` alone, without the map back to the original. */
export function normalizedText(original: string): string {
  return normalize(original, null);
}

function normalize(original: string, offsets: number[] | null): string {
  const composed = composeAndLower(original);
  const source = composed.text;
  const sourceOffsets = composed.offsets;
  if (offsets === null && isSettled(source)) return source;
  const out = new Uint16Array(source.length);
  let length = 0;
  let pendingSpace = -1;
  for (let k = 0; k < source.length; k++) {
    let code = source.charCodeAt(k);
    if (isInvisible(code)) continue;
    const at = sourceOffsets === null ? k : sourceOffsets[k];
    if (isWhitespace(code)) {
      if (pendingSpace < 0 && length > 0) pendingSpace = at;
      continue;
    }
    if (pendingSpace >= 0) {
      out[length++] = 32;
      if (offsets) offsets.push(pendingSpace);
      pendingSpace = -1;
    }
    if (code >= 0x2010) code = FOLDED_PUNCTUATION.get(code) ?? code;
    else if (code === 0xab || code === 0xbb) code = 34;
    out[length++] = code;
    if (offsets) offsets.push(at);
  }
  moveTonesToFirstVowel(out, length);
  return decode(out, length);
}

function decode(codes: Uint16Array, length: number): string {
  const chunks: string[] = [];
  for (let from = 0; from < length; from += 8192) {
    const chunk = codes.subarray(from, Math.min(length, from + 8192));
    chunks.push(String.fromCharCode.apply(null, chunk as unknown as number[]));
  }
  return chunks.join("");
}

/** "oà" → "òa", "oẻ" → "ỏe", "uỷ" → "ủy" when the pair ends the syllable. */
function moveTonesToFirstVowel(codes: Uint16Array, length: number): void {
  for (let k = 1; k < length; k++) {
    const code = codes[k];
    const toned = code < TONED_LIMIT ? SECOND_VOWEL_TONE[code] : 0;
    if (toned === 0) continue;
    const base = (toned - 1) >> 3;
    const first = codes[k - 1];
    if (first !== (base === Y ? U : O)) continue;
    if (k + 1 < length && isLetterCode(codes[k + 1])) continue;
    const moved = FIRST_VOWEL_TONED.get(first * 8 + ((toned - 1) & 7));
    if (moved === undefined) continue;
    codes[k - 1] = moved;
    codes[k] = base;
  }
}

/**
 * Whether `normalize` would return the composed, lower-cased text as it is: single spaces
 * inside only, nothing to drop or fold, no "oà"-like pair whose tone moves. Most titles
 * and lines are like that, and telling costs far less than rebuilding them.
 */
function isSettled(text: string): boolean {
  const last = text.length - 1;
  for (let k = 0; k <= last; k++) {
    const code = text.charCodeAt(k);
    if (code === 32) {
      if (k === 0 || k === last || text.charCodeAt(k - 1) === 32) return false;
      continue;
    }
    if (code < 0x7f) {
      if (code >= 9 && code <= 13) return false;
      continue;
    }
    if (isInvisible(code) || isWhitespace(code) || code === 0xab || code === 0xbb || (code >= 0x2010 && FOLDED_PUNCTUATION.has(code))) return false;
    // Only a pair whose tone moveTonesToFirstVowel moves: "oà", "oẻ", "uỷ" ending a syllable,
    // not "uả" in "quả" or "oà" in "hoàn" (many lines hold such pairs, few change).
    const toned = code < TONED_LIMIT ? SECOND_VOWEL_TONE[code] : 0;
    if (toned !== 0 && k > 0 && text.charCodeAt(k - 1) === (((toned - 1) >> 3) === Y ? U : O) && !(k < last && isLetterCode(text.charCodeAt(k + 1)))) {
      return false;
    }
  }
  return true;
}

const LETTER = /\p{L}/u;

function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return LETTER.test(String.fromCharCode(code));
}

/**
 * The original range of normalized characters [start, end). The end stops after the last
 * original character that produced text, so whitespace dropped after it is not included.
 */
export function originalRange(
  original: string,
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const from = normalized.offsets[start];
  if (end <= start) return { start: from, end: from };
  let to = normalized.offsets[end];
  const last = normalized.offsets[end - 1];
  while (to > last + 1) {
    const code = original.charCodeAt(to - 1);
    if (!isWhitespace(code) && !isInvisible(code)) break;
    to--;
  }
  return { start: from, end: to };
}

/**
 * Removes all diacritics and folds "đ" to "d" (case is kept). Lossy: for fuzzy matching of
 * headings typed without accents, never for citations, where "CĐ" and "CD" differ.
 */
export function foldDiacritics(text: string): string {
  const decomposed = text.normalize("NFD");
  // Copied in runs between the marks and the "đ"s, not a character at a time.
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < decomposed.length; i++) {
    const code = decomposed.charCodeAt(i);
    if (code < 0x0110) continue;
    const mark = isCombiningMark(code);
    if (!mark && code !== 0x0111 && code !== 0x0110) continue;
    if (i > from) parts.push(decomposed.slice(from, i));
    if (!mark) parts.push(code === 0x0111 ? "d" : "D");
    from = i + 1;
  }
  if (from === 0) return decomposed.normalize("NFC");
  if (from < decomposed.length) parts.push(decomposed.slice(from));
  return parts.join("").normalize("NFC");
}

/** True when two texts are the same after `normalizeForMatch`. */
export function sameText(a: string, b: string): boolean {
  return normalizeForMatch(a).text === normalizeForMatch(b).text;
}
