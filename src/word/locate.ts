/**
 * How to find an exact span of a paragraph with Word's search: which text to search for,
 * and which of the matches is the one meant. Pure string work, so it is tested directly.
 */
import type { Span } from "../engine/model";

/** Word rejects search text longer than this. */
export const WORD_SEARCH_LIMIT = 255;
/** Longer excerpts are found by their first and last pieces of at most this length. */
const PIECE_LIMIT = 250;

/** Word's search text treats "^" as an escape; tabs and manual line breaks have codes of their own. */
export function escapeSearchText(text: string): string {
  let escaped = "";
  for (const char of text) {
    if (char === "^") escaped += "^^";
    else if (char === "\t") escaped += "^t";
    else if (char === "\u000b") escaped += "^l";
    else escaped += char;
  }
  return escaped;
}

/** Start offsets of the non-overlapping matches, left to right, the way Word's Find reports them. */
export function matchPositions(text: string, needle: string): number[] {
  const positions: number[] = [];
  if (needle === "") return positions;
  let from = 0;
  for (;;) {
    const found = text.indexOf(needle, from);
    if (found < 0) return positions;
    positions.push(found);
    from = found + needle.length;
  }
}

export interface SearchPiece {
  /** Escaped, ready for `paragraph.search`. */
  search: string;
  /** The text it must find, exactly as the paragraph holds it: Word may report looser matches. */
  text: string;
  /** Which match (0-based) in the paragraph is the one meant. */
  occurrence: number;
}

/** One search when the excerpt fits Word's limit; otherwise its head and tail, to be joined with `expandTo`. */
export type SpanSearchPlan = { head: SearchPiece; tail?: SearchPiece };

function occurrenceOf(text: string, needle: string, position: number): number {
  const positions = matchPositions(text, needle);
  const exact = positions.indexOf(position);
  if (exact >= 0) return exact;
  // The wanted text overlaps an earlier match: take the match nearest to it.
  let best = 0;
  for (let index = 1; index < positions.length; index++) {
    if (Math.abs(positions[index] - position) < Math.abs(positions[best] - position)) best = index;
  }
  return best;
}

/** Manual line breaks ("\v" in Word's text, "\n" or "\r" from other readers). */
const LINE_BREAKS = "\u000b\n\r";
const hasLineBreak = (text: string): boolean => [...LINE_BREAKS].some((char) => text.includes(char));

/**
 * Straight and curly quotes, and the spellings of a line break, as one character each: an excerpt
 * read from the file may spell them differently from the paragraph Word gives. Length-preserving,
 * so an offset in the folded text is the same offset in the paragraph.
 */
function foldForLocating(text: string): string {
  return text.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'").replace(/[\n\r]/g, LINE_BREAKS[0]);
}

/** Whether a search for this text may be answered by looser matches (Word's Find lets ' and " find curly quotes). */
export function mayMatchLoosely(text: string): boolean {
  return /['"\u2018\u2019\u201c\u201d]/.test(text);
}

/**
 * The longest prefix (or suffix) whose escaped form fits the piece limit, never cutting a
 * surrogate pair and never crossing a manual line break: Word on the web cannot search one
 * (https://github.com/OfficeDev/office-js/issues/5403), so text on both sides is found apart.
 */
function piece(text: string, fromEnd: boolean): string {
  const chars = Array.from(text);
  let result = "";
  let escapedLength = 0;
  for (let step = 0; step < chars.length; step++) {
    const char = chars[fromEnd ? chars.length - 1 - step : step];
    if (LINE_BREAKS.includes(char)) break;
    const length = escapeSearchText(char).length;
    if (escapedLength + length > PIECE_LIMIT) break;
    escapedLength += length;
    result = fromEnd ? char + result : result + char;
  }
  return result;
}

/**
 * Plans the search for `excerpt` in a paragraph whose current text is `text`, meaning the
 * occurrence at `span.start`. When the excerpt is no longer there, the occurrence nearest
 * to the old position is meant; null when it is not in the paragraph at all.
 */
export function planSpanSearch(text: string, span: Span, wanted: string): SpanSearchPlan | null {
  const found = excerptInParagraph(text, span, wanted);
  if (!found) return null;
  const { position, excerpt } = found;
  const escaped = escapeSearchText(excerpt);
  if (escaped.length <= WORD_SEARCH_LIMIT && !hasLineBreak(excerpt) && matchPositions(text, excerpt).includes(position)) {
    return { head: { search: escaped, text: excerpt, occurrence: matchPositions(text, excerpt).indexOf(position) } };
  }
  // Too long for one search, or overlapping an earlier match (Word's matches never overlap):
  // find a head and a tail that Word does report at the wanted place, and join them.
  const head = reachablePiece(text, excerpt, position, false);
  const tail = reachablePiece(text, excerpt, position, true);
  if (!head || !tail) {
    const nearest = piece(excerpt, false) || piece(excerpt, true);
    if (nearest === "") return null;
    return { head: { search: escapeSearchText(nearest), text: nearest, occurrence: occurrenceOf(text, nearest, position) } };
  }
  return { head, tail };
}

/**
 * Where the excerpt is in the paragraph, and how the paragraph spells it: at its old place or
 * the nearest to it, compared first exactly, then with quotes and line breaks folded.
 */
export function excerptInParagraph(text: string, span: Span, excerpt: string): { position: number; excerpt: string } | null {
  if (excerpt === "") return null;
  const folds = [(value: string) => value, foldForLocating];
  // At its old place in either spelling first; only then the nearest elsewhere.
  for (const fold of folds) {
    const needle = fold(excerpt);
    if (fold(text).startsWith(needle, span.start)) {
      return { position: span.start, excerpt: text.slice(span.start, span.start + needle.length) };
    }
  }
  for (const fold of folds) {
    const needle = fold(excerpt);
    const positions = matchPositions(fold(text), needle);
    if (positions.length === 0) continue;
    const position = positions.reduce((best, candidate) =>
      Math.abs(candidate - span.start) < Math.abs(best - span.start) ? candidate : best,
    );
    return { position, excerpt: text.slice(position, position + needle.length) };
  }
  return null;
}

/**
 * The longest head (or tail) of the excerpt, within Word's limit, that Word's left-to-right,
 * non-overlapping search reports at the wanted position; shorter pieces are tried when a
 * longer one overlaps an earlier match (repetitive text).
 */
function reachablePiece(text: string, excerpt: string, position: number, fromEnd: boolean): SearchPiece | null {
  let candidate = piece(excerpt, fromEnd);
  while (candidate !== "") {
    const at = fromEnd ? position + excerpt.length - candidate.length : position;
    const index = matchPositions(text, candidate).indexOf(at);
    if (index >= 0) return { search: escapeSearchText(candidate), text: candidate, occurrence: index };
    const shorter = Math.floor(Array.from(candidate).length / 2);
    const chars = Array.from(candidate);
    candidate = (fromEnd ? chars.slice(chars.length - shorter) : chars.slice(0, shorter)).join("");
  }
  return null;
}

/** Upper case, NFC, single spaces, one spelling of "HOÀ/HÒA": for comparing header lines. */
function headerKey(text: string): string {
  return text
    .normalize("NFC")
    .toUpperCase()
    .replace(/HOÀ/g, "HÒA")
    .replace(/\s+/g, " ")
    .trim();
}

const HEADER_MOTTOS = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"];
/** How many paragraphs from the top may hold a header (a two-column header table has several). */
export const HEADER_SEARCH_DEPTH = 15;

/** Whether the first paragraphs already carry the national motto or the Party's name. */
export function startsWithHeader(texts: readonly string[]): boolean {
  return texts.slice(0, HEADER_SEARCH_DEPTH).some((text) => {
    const key = headerKey(text);
    return HEADER_MOTTOS.some((motto) => key.includes(motto));
  });
}

/** Whether text can be searched as it is, with no looser or missed matches: no quote, line break or marker character. */
function plainlySearchable(text: string): boolean {
  if (mayMatchLoosely(text) || hasLineBreak(text)) return false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // Control characters mark fields, notes and objects in Word's text; only tabs are searched (^t).
    if (code < 0x20 && text[index] !== "\t") return false;
  }
  return true;
}

/** Whether a cut at `index` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, index: number): boolean {
  return index > 0 && index < text.length && /[\ud800-\udbff]/.test(text[index - 1]) && /[\udc00-\udfff]/.test(text[index]);
}

/**
 * The longest opening of a paragraph's text that Word's search finds as it is (escaped, within
 * the limit); null when the paragraph opens with nothing searchable.
 */
export function searchableOpening(text: string): string | null {
  let end = 0;
  while (end < text.length && escapeSearchText(text.slice(0, end + 1)).length <= PIECE_LIMIT && plainlySearchable(text.slice(0, end + 1))) end++;
  if (splitsPair(text, end)) end--;
  const opening = text.slice(0, end);
  return opening.trim() === "" ? null : escapeSearchText(opening);
}

/** Matches of a key to step over before the place, at most: each costs a search of the rest of the body in the batch. */
const MAX_EARLIER_MATCHES = 8;

/** What one round trip needs to select a span: a key the body's search finds first at the place, and what to select in it. */
export interface OneSyncSelect {
  /** Escaped text of the key, for `Body.search`: a stretch of the paragraph around the excerpt. */
  key: string;
  /** How many matches of the key come before the place in the body (a paragraph repeated earlier): each is stepped over in the batch. */
  before: number;
  /** How many matches of the key the body held at the read: another count means the body changed. */
  matches: number;
  /** Escaped excerpt to search for inside the key's range (its first match there is the place); null: the key is the excerpt. */
  inner: string | null;
  /** Select the key's paragraph instead (an empty excerpt: only the paragraph is meant). */
  paragraph: boolean;
  exact: boolean;
}

/**
 * Plans selecting a span in one round trip, from Word's texts of the paragraphs as last read:
 * a stretch of the paragraph that begins with the excerpt (or ends after it), at most 250
 * escaped characters, that the body's search finds first at the wanted place, so that
 * `Body.search(key).getFirst()` is the place whatever the paragraph's index; inside it, the
 * excerpt is its first match. The excerpt may repeat in its paragraph or the body: the key is
 * lengthened until it does not. In a paragraph repeated whole earlier no stretch is first: the
 * matches before the place (a few at most) are stepped over, each by searching the rest of the
 * body after the one before. Null for a quote, a line break, marker characters or an excerpt
 * over the limit, or too many repeats: the caller reads the paragraphs.
 */
export function planOneSyncSelect(texts: readonly string[] | null, span: Span, excerpt: string): OneSyncSelect | null {
  const text = texts?.[span.paragraph];
  if (!texts || text === undefined || text === "") return null;
  let position = 0;
  let length = 0;
  let exact = false;
  if (excerpt !== "") {
    const found = excerptInParagraph(text, span, excerpt);
    if (!found) return null;
    ({ position } = found);
    length = found.excerpt.length;
    exact = position === span.start;
  }
  const wanted = text.slice(position, position + length);
  const fits = (from: number, to: number): boolean => {
    const key = text.slice(from, to);
    return !splitsPair(text, from) && !splitsPair(text, to) && key.trim() !== "" && escapeSearchText(key).length <= PIECE_LIMIT && plainlySearchable(key);
  };
  if (length > 0 && !fits(position, position + length)) return null;
  const shortest = position + Math.max(length, 1);
  /** How many matches of the stretch Word's search meets in the body before the place; null: past the limit, or the place is not one of its matches. */
  const earlier = (from: number, to: number): number | null => {
    const key = text.slice(from, to);
    let count = matchPositions(text, key).indexOf(from);
    if (count < 0) return null;
    for (let index = 0; index < span.paragraph && count <= MAX_EARLIER_MATCHES; index++) {
      if (texts[index].includes(key)) count += matchPositions(texts[index], key).length;
    }
    return count <= MAX_EARLIER_MATCHES ? count : null;
  };
  const works = (from: number, to: number, before: number): boolean =>
    fits(from, to) && (length === 0 || text.indexOf(wanted, from) === position) && earlier(from, to) === before;
  // Stretches that begin at the excerpt, then ones that begin further left, each as long to the
  // right as the limit lets it be; the first met first in the body, else the one with fewest
  // matches before the place (a paragraph repeated whole earlier).
  let found: { from: number; to: number; before: number } | null = null;
  for (const back of [0, 8, 16, 32, 64, 128, PIECE_LIMIT]) {
    const from = Math.max(0, position - back);
    if (!fits(from, shortest)) break;
    let to = shortest;
    while (to < text.length && fits(from, to + 1)) to++;
    const before = length === 0 || text.indexOf(wanted, from) === position ? earlier(from, to) : null;
    if (before !== null && (!found || before < found.before)) found = { from, to, before };
    if (found?.before === 0 || from === 0) break;
  }
  if (!found) return null;
  // Lengthening a stretch to the right never adds matches before the place, so its shortest end
  // with as few is found by halving.
  const { from, before } = found;
  let low = shortest;
  let high = found.to;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (works(from, middle, before)) high = middle;
    else low = middle + 1;
  }
  const key = text.slice(from, high);
  let matches = 0;
  for (const paragraphText of texts) if (paragraphText.includes(key)) matches += matchPositions(paragraphText, key).length;
  const isWhole = length > 0 && from === position && high === position + length;
  return {
    key: escapeSearchText(key),
    before,
    matches,
    inner: length === 0 || isWhole ? null : escapeSearchText(wanted),
    paragraph: length === 0,
    exact,
  };
}
