/**
 * The words of a heading as the section matcher compares them: content words only (function
 * words such as "của", "và", "nhằm" removed), normalized (NFC, lower case, tone placement),
 * usual synonyms written as one word, and the title's head noun phrase — its first words up to
 * a linking word — kept apart, because "Nguyên nhân dẫn đến tình trạng né tránh…" and
 * "Nhiệm vụ, giải pháp nhằm … tình trạng né tránh…" share a long tail but differ in their heads.
 *
 * Clerks drop the request's lead words ("Đánh giá kết quả…" answered by "Về kết quả…"), so
 * those are left out of an outline title's head and do not count against a heading.
 */
import { foldDiacritics, isCombiningMark, normalizedText } from "../read/normalize";
import type { DraftSection } from "./sections";

/** Below this similarity a heading does not answer an outline entry. */
export const MATCH_THRESHOLD = 0.5;
/** At least this share of an outline title's head words must be in the heading. */
const MIN_HEAD_COVERAGE = 0.5;
const HEAD_WORDS = 4;

/** Multi-word links replaced by a boundary before splitting into words. */
const LINK_PHRASES = [
  "liên quan đến",
  "liên quan tới",
  "liên quan",
  "đối với",
  "dẫn đến",
  "dẫn tới",
  "nói chung",
  "trong đó",
  "nhất là",
  "thời gian qua",
];
/** Words that end a title's head noun phrase. */
const BOUNDARY_WORDS = new Set([
  "nhằm", "của", "để", "về", "trong", "tại", "theo", "cho", "với", "từ", "đến", "thuộc", "như",
  "do", "vì", "khi", "trên", "qua", "ở", "|",
]);
/** Function words that carry no topic. */
const STOP_WORDS = new Set([
  ...BOUNDARY_WORDS,
  "và", "các", "những", "là", "có", "được", "đã", "sẽ", "đang", "này", "đó", "một", "thì", "mà",
  "hoặc", "hay", "cũng", "còn", "đây", "nào", "gì", "v", "vv", "chung",
]);
/**
 * Words a request puts before the topic of a section ("Đánh giá …", "Báo cáo …", "Tình hình
 * thực hiện …") and a reply often leaves out. Left out of the head only when words remain.
 */
const LEAD_WORDS = ["đánh giá", "báo cáo", "tình hình", "công tác", "nêu", "cho biết", "trình bày", "tổng hợp", "rà soát"];

function linkPattern(phrases: readonly string[]): RegExp {
  return new RegExp(`(^|[^\\p{L}])(${phrases.join("|")})(?=$|[^\\p{L}])`, "gu");
}
/** Words report outlines use for the same part, written as the outline's usual word. */
const SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ["thực trạng", "tình hình"],
  ["biện pháp", "giải pháp"],
  ["tồn tại", "hạn chế"],
  ["bất cập", "hạn chế"],
  ["vướng mắc", "khó khăn"],
];
/** Each synonym as a pattern, its replacement, and the word itself (no match without it). */
function synonymPatterns(fold: boolean): Array<[RegExp, string, string]> {
  const form = (text: string) => (fold ? foldDiacritics(text) : text.normalize("NFC"));
  return SYNONYMS.map(([word, usual]) => [linkPattern([form(word)]), `$1${form(usual)}`, form(word)]);
}
const SYNONYM_PATTERNS = synonymPatterns(false);
const SYNONYM_PATTERNS_FOLDED = synonymPatterns(true);

const LINK_WORDS = LINK_PHRASES.map((phrase) => phrase.normalize("NFC"));
const LINK_WORDS_FOLDED = LINK_PHRASES.map((phrase) => foldDiacritics(phrase));
const LINK_PATTERN = linkPattern(LINK_WORDS);
const LINK_PATTERN_FOLDED = linkPattern(LINK_WORDS_FOLDED);
/** Any of the link phrases or synonyms, as text: one search says whether a title needs rewriting at all. */
function anyOf(phrases: readonly string[]): RegExp {
  return new RegExp(phrases.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
}
const MAY_REWRITE = anyOf([...LINK_WORDS, ...SYNONYM_PATTERNS.map(([, , word]) => word)]);
const MAY_REWRITE_FOLDED = anyOf([...LINK_WORDS_FOLDED, ...SYNONYM_PATTERNS_FOLDED.map(([, , word]) => word)]);

export interface TitleWords {
  /** Content words in order (with repetitions removed). */
  words: string[];
  /** The head noun phrase: the first content words before a linking word, lead words left out. */
  head: string[];
  all: ReadonlySet<string>;
  /** Lead words at the start ("đánh", "giá"): neither topic nor a difference. */
  lead: ReadonlySet<string>;
}

/** The lead words of the many titles that have none: one set for them all, never added to. */
const NO_LEAD: ReadonlySet<string> = new Set<string>();

function splitWords(text: string, fold: boolean): string[] {
  let normalized = normalizedText(text);
  if (fold) normalized = foldDiacritics(normalized);
  return splitNormalized(normalized, fold);
}

const WORD_CHAR = /[\p{L}\p{N}|]/u;
/** Per code unit below the surrogates: 0 not yet asked, 1 separator, 2 part of a word. */
let wordUnits: Uint8Array | null = null;

/** Whether the code point at `i` is a letter, a digit or "|" (what the words are made of). */
function wordCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800) {
    if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 124 ? 1 : 0;
    wordUnits ??= new Uint8Array(0xd800);
    if (wordUnits[code] === 0) wordUnits[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 2 : 1;
    return wordUnits[code] === 2 ? 1 : 0;
  }
  // A surrogate pair is one character; a lone surrogate is none of these.
  const next = text.charCodeAt(i + 1);
  if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  if (code >= 0xe000) return WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0;
  return 0;
}

/** `text.split(/[^\p{L}\p{N}|]+/u)` without the empty pieces, in one pass without a pattern. */
function splitWordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const length = wordCharLength(text, i);
    if (length > 0) {
      if (start < 0) start = i;
      i += length;
    } else {
      if (start >= 0) words.push(text.slice(start, i));
      start = -1;
      i += 1;
    }
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}

/** The words of a text already normalized (and folded when `fold`). */
function splitNormalized(text: string, fold: boolean): string[] {
  // Most titles hold none of the phrases: one pattern of them all tells, before the searches below say which.
  if (!(fold ? MAY_REWRITE_FOLDED : MAY_REWRITE).test(text)) return splitWordsOf(text);
  let normalized = text;
  // A pattern can only match where its words are: most titles hold none of them, and a
  // substring test costs far less than running the pattern.
  if ((fold ? LINK_WORDS_FOLDED : LINK_WORDS).some((phrase) => normalized.includes(phrase))) {
    normalized = normalized.replace(fold ? LINK_PATTERN_FOLDED : LINK_PATTERN, "$1 | ");
  }
  for (const [pattern, usual, word] of fold ? SYNONYM_PATTERNS_FOLDED : SYNONYM_PATTERNS) {
    if (normalized.includes(word)) normalized = normalized.replace(pattern, usual);
  }
  return splitWordsOf(normalized);
}

const LEAD_SEQUENCES = LEAD_WORDS.map((phrase) => phrase.split(" "));
const FOLDED_LEAD_SEQUENCES = LEAD_WORDS.map((phrase) => foldDiacritics(phrase).split(" "));
/** The first word of each lead phrase: a title opening with none of them has no lead words. */
const LEAD_OPENERS = new Set(LEAD_SEQUENCES.map((words) => words[0]));
const FOLDED_LEAD_OPENERS = new Set(FOLDED_LEAD_SEQUENCES.map((words) => words[0]));

/** How many of the first words are lead words (whole phrases, repeated: "Đánh giá tình hình"). */
function leadLength(raw: readonly string[], stops: ReadonlySet<string>, fold: boolean): number {
  let at = 0;
  for (;;) {
    while (at < raw.length && stops.has(raw[at])) at++;
    if (at >= raw.length || !(fold ? FOLDED_LEAD_OPENERS : LEAD_OPENERS).has(raw[at])) return at;
    const phrase = (fold ? FOLDED_LEAD_SEQUENCES : LEAD_SEQUENCES).find((words) => words.every((word, k) => raw[at + k] === word));
    if (!phrase) return at;
    at += phrase.length;
  }
}

export function titleWords(text: string, fold = false): TitleWords {
  return wordsOf(splitWords(text, fold), fold);
}

/**
 * A draft heading's words and whether it was typed without diacritics (then its words are
 * folded): `titleWords(title, !hasDiacritics(title))` with the title normalized once.
 */
export function readHeadingTitle(title: string): { words: TitleWords; plain: boolean } {
  const normalized = normalizedText(title);
  const marks = diacriticsIn(normalized);
  // Folding is needed only to tell; a title with a toned letter or "đ" is not plain, one of plain Latin letters is.
  const plain = marks === "some" ? false : marks === "none" ? true : foldDiacritics(normalized) === normalized;
  return { words: wordsOf(splitNormalized(normalized, plain), plain), plain };
}

/** What each code unit below U+1F00 tells of `foldDiacritics`: 0 not yet asked, 1 nothing, 2 a mark it removes, 3 unsure. */
let diacriticUnits: Uint8Array | null = null;

function diacriticKind(code: number): number {
  if (code === 0x110 || code === 0x111 || isCombiningMark(code)) return 2;
  const char = String.fromCharCode(code);
  const decomposed = char.normalize("NFD");
  for (let k = 0; k < decomposed.length; k++) if (isCombiningMark(decomposed.charCodeAt(k))) return 2;
  // Below U+0300 a character that decomposes to itself composes with nothing either.
  return decomposed === char && code < 0x300 ? 1 : 3;
}

/**
 * Whether `foldDiacritics` would change the text, without folding it: "some" when a character
 * carries a mark it removes (or is "đ"), "none" when every character is plain Latin, "unsure"
 * otherwise (then folding tells).
 */
function diacriticsIn(text: string): "some" | "none" | "unsure" {
  let unsure = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xc0) continue;
    let kind = 3;
    if (code < 0x1f00) {
      diacriticUnits ??= new Uint8Array(0x1f00);
      if (diacriticUnits[code] === 0) diacriticUnits[code] = diacriticKind(code);
      kind = diacriticUnits[code];
    } else if (isCombiningMark(code)) {
      kind = 2;
    }
    if (kind === 2) return "some";
    if (kind === 3) unsure = true;
  }
  return unsure ? "unsure" : "none";
}

function wordsOf(raw: string[], fold: boolean): TitleWords {
  const words: string[] = [];
  const head: string[] = [];
  const seen = new Set<string>();
  const kinds = fold ? FOLDED_FUNCTION_WORDS : FUNCTION_WORDS;
  const stops = fold ? FOLDED_STOPS : STOP_WORDS;
  let skip = leadLength(raw, stops, fold);
  // Only lead words ("Tình hình", "Đánh giá"): they are the topic.
  if (skip > 0) {
    let rest = skip;
    while (rest < raw.length && stops.has(raw[rest])) rest++;
    if (rest === raw.length) skip = 0;
  }
  let lead: Set<string> | null = null;
  let headOpen = true;
  for (let k = 0; k < raw.length; k++) {
    const word = raw[k];
    const kind = kinds.get(word);
    if (kind === BOUNDARY) {
      if (head.length > 0) headOpen = false;
      continue;
    }
    if (kind === STOP) continue;
    if (k < skip) (lead ??= new Set<string>()).add(word);
    else if (headOpen && head.length < HEAD_WORDS && !head.includes(word)) head.push(word);
    // A word not seen before grows the set: one look-up instead of a test and an add.
    const count = seen.size;
    seen.add(word);
    if (seen.size > count) words.push(word);
  }
  return { words, head, all: seen, lead: lead ?? NO_LEAD };
}

const FOLDED_BOUNDARIES = new Set([...BOUNDARY_WORDS].map((word) => foldDiacritics(word)));
const FOLDED_STOPS = new Set([...STOP_WORDS].map((word) => foldDiacritics(word)));

/** A function word that ends a title's head; one that is only left out. */
const BOUNDARY = 1;
const STOP = 2;
/** Each function word with what it is, so a title's word is looked up once. */
function functionWords(boundaries: ReadonlySet<string>, stops: ReadonlySet<string>): ReadonlyMap<string, number> {
  return new Map([...stops, ...boundaries].map((word) => [word, boundaries.has(word) ? BOUNDARY : STOP]));
}
const FUNCTION_WORDS = functionWords(BOUNDARY_WORDS, STOP_WORDS);
const FOLDED_FUNCTION_WORDS = functionWords(FOLDED_BOUNDARIES, FOLDED_STOPS);

/** Share of the heading's words the outline title explains (its lead words count as explained). */
function precisionOf(outline: TitleWords, heading: TitleWords): number {
  let explained = 0;
  for (const word of heading.words) if (outline.all.has(word) || heading.lead.has(word)) explained++;
  return explained / heading.words.length;
}

/** Similarity of a draft heading to an outline title, 0–1; 0 when the heads do not meet. */
export function headingSimilarity(outline: TitleWords, heading: TitleWords): number {
  if (outline.head.length === 0 || heading.words.length === 0) return 0;
  let headHits = 0;
  for (const word of outline.head) if (heading.all.has(word)) headHits++;
  const headCoverage = headHits / outline.head.length;
  if (headCoverage < MIN_HEAD_COVERAGE) return 0;
  let tailCount = 0;
  let tailHits = 0;
  for (const word of outline.words) {
    if (outline.head.includes(word) || outline.lead.has(word)) continue;
    tailCount++;
    if (heading.all.has(word)) tailHits++;
  }
  const tailCoverage = tailCount === 0 ? headCoverage : tailHits / tailCount;
  return 0.55 * headCoverage + 0.15 * tailCoverage + 0.3 * precisionOf(outline, heading);
}

/**
 * The words agree enough for a heading whose number is the outline entry's own: the heading
 * has a word of the title's head, and its own first words are in the title (a heading that
 * shares only the title's tail, "Nhiệm vụ … tình trạng né tránh" for "Nguyên nhân … tình
 * trạng né tránh", is another section).
 */
export function wordsAgree(outline: TitleWords, heading: TitleWords): boolean {
  if (heading.words.length === 0) return false;
  if (!outline.head.some((word) => heading.all.has(word))) return false;
  const own = heading.head.length > 0 ? heading.head : heading.words.slice(0, HEAD_WORDS);
  return own.some((word) => outline.all.has(word));
}

/** Share of the outline title's words found in the heading: how near a rejected heading came. */
export function sharedShare(outline: TitleWords, heading: TitleWords): number {
  if (outline.words.length === 0) return 0;
  let shared = 0;
  for (const word of outline.words) if (heading.all.has(word)) shared++;
  return shared / outline.words.length;
}

export function hasDiacritics(text: string): boolean {
  const normalized = normalizedText(text);
  return foldDiacritics(normalized) !== normalized;
}

/** A title cut to `limit` characters at a word boundary, with "…" when cut. */
export function shortTitle(title: string, limit = 80): string {
  const text = title.replace(/\s+/g, " ").trim();
  if (text.length <= limit) return text;
  // Prefer the end of a phrase ("…, làm việc cầm chừng…") to the middle of one.
  const comma = text.lastIndexOf(", ", limit);
  const space = text.lastIndexOf(" ", limit);
  const cut = comma > limit * 0.6 ? comma : space > limit / 2 ? space : limit;
  return `${text.slice(0, cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** A draft heading as the user sees it: "2. Nhiệm vụ và giải pháp trong thời gian tới". */
export function draftHeadingName(section: DraftSection, limit = 80): string {
  const title = shortTitle(section.title, limit);
  return section.number ? `${section.number}. ${title}` : title;
}
