/**
 * Compares a draft's headings with a request's outline by meaning, not numbering: a reply
 * numbered "1. 2. 3." answers an outline "I. II. III. IV.", its headings may be upper case,
 * end in a colon, wrap, be shortened ("Nhiệm vụ, giải pháp thời gian tới") or carry more
 * words ("Tình hình thực trạng").
 *
 * A heading is compared as a bag of content words (function words such as "của", "và",
 * "nhằm" removed), normalized (NFC, lower case, tone placement). The first words of an
 * outline title — its head noun phrase, up to the first linking word ("nhằm", "của",
 * "dẫn đến", "về"…) — weigh most: "Nguyên nhân dẫn đến tình trạng né tránh…" and "Nhiệm vụ,
 * giải pháp nhằm … tình trạng né tránh…" share a long tail but differ in their heads.
 *
 * Children of the outline are looked for inside the draft section that matched their
 * parent. A child with no heading of its own is reported missing only when its parent is
 * missing or when the parent's draft section is divided into sub-headings of its own (the
 * writer chose a structure and the child is not in it); otherwise the parent's text is
 * taken to cover it and the child follows the parent's status.
 */
import type { DocumentModel } from "../model";
import type { FindingAnchor, OutlineNode, SectionState, SectionStatus } from "../types";
import { foldDiacritics, normalizeForMatch } from "../read/normalize";
import { findSections, isSectionEmpty, type DraftSection } from "./sections";

/** How one outline entry was found in the draft. */
export interface SectionMatch {
  node: OutlineNode;
  /** Index of the parent entry in `matches`, or null for a top-level entry. */
  parent: number | null;
  /** 1 for top-level outline entries. */
  level: number;
  /** "II", "III.2": the outline numbering path. */
  label: string;
  /** The draft section: its own heading ("heading") or the parent's that covers it ("parent"). */
  section: DraftSection | null;
  via: "heading" | "parent" | null;
  /** Similarity of the matched heading, 0–1; 0 when not matched by a heading. */
  score: number;
  status: SectionState;
}

export interface SectionComparison {
  /** One per outline entry, any level, in outline order. */
  statuses: SectionStatus[];
  /** Same order as `statuses`, with the draft sections used. */
  matches: SectionMatch[];
  /** All headings found in the draft, in document order. */
  sections: DraftSection[];
  /** The draft sections matched to an outline entry by their own heading, in document order. */
  used: DraftSection[];
}

/** Below this similarity a heading does not answer an outline entry. */
export const MATCH_THRESHOLD = 0.5;
/** At least this share of an outline title's head words must be in the heading. */
const MIN_HEAD_COVERAGE = 0.5;
const HEAD_WORDS = 4;
/** Bound on headings compared with one outline entry, so a huge draft stays linear. */
const MAX_CANDIDATES = 1000;

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
  "nhằm",
  "của",
  "để",
  "về",
  "trong",
  "tại",
  "theo",
  "cho",
  "với",
  "từ",
  "đến",
  "thuộc",
  "như",
  "do",
  "vì",
  "khi",
  "trên",
  "qua",
  "ở",
  "|",
]);
/** Function words that carry no topic. */
const STOP_WORDS = new Set([
  ...BOUNDARY_WORDS,
  "và",
  "các",
  "những",
  "là",
  "có",
  "được",
  "đã",
  "sẽ",
  "đang",
  "này",
  "đó",
  "một",
  "thì",
  "mà",
  "hoặc",
  "hay",
  "cũng",
  "còn",
  "đây",
  "nào",
  "gì",
  "v",
  "vv",
]);

function linkPattern(phrases: readonly string[]): RegExp {
  return new RegExp(`(^|[^\\p{L}])(${phrases.join("|")})(?=$|[^\\p{L}])`, "gu");
}
/** Words report outlines use for the same part, written as the outline's usual word. */
const SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ["thực trạng", "tình hình"],
  ["biện pháp", "giải pháp"],
];
function synonymPatterns(fold: boolean): Array<[RegExp, string]> {
  const form = (text: string) => (fold ? foldDiacritics(text) : text.normalize("NFC"));
  return SYNONYMS.map(([word, usual]) => [linkPattern([form(word)]), `$1${form(usual)}`]);
}
const SYNONYM_PATTERNS = synonymPatterns(false);
const SYNONYM_PATTERNS_FOLDED = synonymPatterns(true);

const LINK_PATTERN = linkPattern(LINK_PHRASES.map((phrase) => phrase.normalize("NFC")));
const LINK_PATTERN_FOLDED = linkPattern(LINK_PHRASES.map((phrase) => foldDiacritics(phrase)));

interface TitleWords {
  /** Content words in order (with repetitions removed). */
  words: string[];
  /** The head noun phrase: the first content words before a linking word. */
  head: string[];
  all: Set<string>;
}

function splitWords(text: string, fold: boolean): string[] {
  let normalized = normalizeForMatch(text).text;
  if (fold) normalized = foldDiacritics(normalized);
  normalized = normalized.replace(fold ? LINK_PATTERN_FOLDED : LINK_PATTERN, "$1 | ");
  for (const [pattern, usual] of fold ? SYNONYM_PATTERNS_FOLDED : SYNONYM_PATTERNS) {
    normalized = normalized.replace(pattern, usual);
  }
  return normalized.split(/[^\p{L}\p{N}|]+/u).filter((word) => word.length > 0);
}

export function titleWords(text: string, fold = false): TitleWords {
  const raw = splitWords(text, fold);
  const words: string[] = [];
  const head: string[] = [];
  const seen = new Set<string>();
  let headOpen = true;
  const boundaries = fold ? FOLDED_BOUNDARIES : BOUNDARY_WORDS;
  const stops = fold ? FOLDED_STOPS : STOP_WORDS;
  for (const word of raw) {
    if (boundaries.has(word)) {
      if (head.length > 0) headOpen = false;
      continue;
    }
    if (stops.has(word)) continue;
    if (headOpen && head.length < HEAD_WORDS && !head.includes(word)) head.push(word);
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return { words, head, all: seen };
}

const FOLDED_BOUNDARIES = new Set([...BOUNDARY_WORDS].map((word) => foldDiacritics(word)));
const FOLDED_STOPS = new Set([...STOP_WORDS].map((word) => foldDiacritics(word)));

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
    if (outline.head.includes(word)) continue;
    tailCount++;
    if (heading.all.has(word)) tailHits++;
  }
  const tailCoverage = tailCount === 0 ? headCoverage : tailHits / tailCount;
  let explained = 0;
  for (const word of heading.words) if (outline.all.has(word)) explained++;
  const precision = explained / heading.words.length;
  return 0.55 * headCoverage + 0.15 * tailCoverage + 0.3 * precision;
}

function hasDiacritics(text: string): boolean {
  const normalized = normalizeForMatch(text).text;
  return foldDiacritics(normalized) !== normalized;
}

interface Entry {
  node: OutlineNode;
  parent: number | null;
  level: number;
  label: string;
  words: TitleWords;
  folded: TitleWords;
}

function flattenOutline(outline: readonly OutlineNode[]): Entry[] {
  const entries: Entry[] = [];
  const visit = (nodes: readonly OutlineNode[], parent: number | null, level: number, prefix: string) => {
    for (const node of nodes) {
      const label = prefix && node.number ? `${prefix}.${node.number}` : node.number || prefix;
      const index = entries.length;
      entries.push({
        node,
        parent,
        level,
        label,
        words: titleWords(node.title),
        folded: titleWords(node.title, true),
      });
      visit(node.children ?? [], index, level + 1, label);
    }
  };
  visit(outline, null, 1, "");
  return entries;
}

interface Heading {
  section: DraftSection;
  words: TitleWords;
  /** The heading has no diacritics at all (typed without them): compare folded words. */
  plain: boolean;
}

/** First index in `sorted` (by paragraph) whose paragraph is >= `paragraph`. */
function lowerBound(headings: readonly Heading[], paragraph: number): number {
  let low = 0;
  let high = headings.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (headings[mid].section.paragraph < paragraph) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Compares the draft's headings with the outline. Never throws on odd input. */
export function compareSections(draft: DocumentModel, outline: readonly OutlineNode[]): SectionComparison {
  const sections = findSections(draft);
  if (outline.length === 0) return { statuses: [], matches: [], sections, used: [] };
  const entries = flattenOutline(outline);
  const headings: Heading[] = sections.map((section) => {
    const plain = !hasDiacritics(section.title);
    return { section, words: titleWords(section.title, plain), plain };
  });

  // Inverted index: word -> headings (in document order) containing it.
  const index = new Map<string, number[]>();
  headings.forEach((heading, h) => {
    for (const word of heading.words.words) {
      const list = index.get(word);
      if (list) list.push(h);
      else index.set(word, [h]);
    }
  });

  const assigned: (number | null)[] = new Array(entries.length).fill(null);
  const scores: number[] = new Array(entries.length).fill(0);
  const taken = new Set<number>();
  const maxLevel = entries.reduce((max, entry) => Math.max(max, entry.level), 0);

  for (let level = 1; level <= maxLevel; level++) {
    const pairs: { entry: number; heading: number; score: number }[] = [];
    entries.forEach((entry, e) => {
      if (entry.level !== level) return;
      // Inside the parent's draft section when the parent has a heading; anywhere otherwise.
      let from = 0;
      let to = headings.length;
      const parentHeading = entry.parent === null ? null : assigned[entry.parent];
      if (parentHeading !== null && parentHeading !== undefined) {
        const parent = headings[parentHeading].section;
        from = lowerBound(headings, parent.paragraph + 1);
        to = lowerBound(headings, parent.end);
      }
      // Candidates share a head word; the rarest words first, so the bound keeps the likeliest.
      const candidates = new Set<number>();
      const lists: number[][] = [];
      for (const word of new Set([...entry.words.head, ...entry.folded.head])) {
        const list = index.get(word);
        if (list) lists.push(list);
      }
      lists.sort((a, b) => a.length - b.length);
      for (const list of lists) {
        for (let k = lowerBoundNumber(list, from); k < list.length && list[k] < to && candidates.size < MAX_CANDIDATES; k++) {
          candidates.add(list[k]);
        }
      }
      for (const h of candidates) {
        const heading = headings[h];
        const score = headingSimilarity(heading.plain ? entry.folded : entry.words, heading.words);
        if (score >= MATCH_THRESHOLD) pairs.push({ entry: e, heading: h, score });
      }
    });
    // Best pairs first; on equal scores the outer draft heading, then the earlier one.
    pairs.sort(
      (a, b) =>
        b.score - a.score ||
        headings[a.heading].section.level - headings[b.heading].section.level ||
        a.heading - b.heading ||
        a.entry - b.entry,
    );
    for (const pair of pairs) {
      if (assigned[pair.entry] !== null || taken.has(pair.heading)) continue;
      assigned[pair.entry] = pair.heading;
      scores[pair.entry] = pair.score;
      taken.add(pair.heading);
    }
  }

  const matches: SectionMatch[] = entries.map((entry, e) => ({
    node: entry.node,
    parent: entry.parent,
    level: entry.level,
    label: entry.label,
    section: assigned[e] === null ? null : headings[assigned[e] as number].section,
    via: assigned[e] === null ? null : "heading",
    score: scores[e],
    status: "missing" as SectionState,
  }));

  // Status of entries with their own heading.
  matches.forEach((match) => {
    if (match.via === "heading" && match.section) {
      match.status = isSectionEmpty(draft, match.section, sections) ? "empty" : "present";
    }
  });
  markOutOfOrder(matches);

  // Entries without a heading: covered by the parent's text, or missing.
  matches.forEach((match) => {
    if (match.via === "heading" || match.parent === null) return;
    const parent = matches[match.parent];
    if (parent.section === null || parent.status === "missing") return;
    if (hasSubHeadings(parent.section, headings)) return;
    match.section = parent.section;
    match.via = "parent";
    match.status = parent.status === "empty" ? "empty" : "present";
  });

  const statuses: SectionStatus[] = matches.map((match) => ({
    number: match.node.number,
    title: match.node.title,
    level: match.level,
    status: match.status,
    paragraph: match.section ? match.section.paragraph : null,
  }));
  const used = matches
    .filter((match) => match.via === "heading" && match.section)
    .map((match) => match.section as DraftSection)
    .sort((a, b) => a.paragraph - b.paragraph);
  return { statuses, matches, sections, used };
}

function lowerBoundNumber(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The section is divided by numbered or heading-styled sub-headings. A bold or upper-case
 * label inside the text ("Kết quả:") is not a structure of its own.
 */
function hasSubHeadings(section: DraftSection, headings: readonly Heading[]): boolean {
  for (let k = lowerBound(headings, section.paragraph + 1); k < headings.length; k++) {
    const sub = headings[k].section;
    if (sub.paragraph >= section.end) return false;
    if (sub.marker !== "emphasis") return true;
  }
  return false;
}

/**
 * Among siblings found by their own headings, the ones outside the longest run that keeps
 * the outline's order are out of order.
 */
function markOutOfOrder(matches: SectionMatch[]): void {
  const groups = new Map<number | null, number[]>();
  matches.forEach((match, m) => {
    if (match.via !== "heading" || !match.section) return;
    const group = groups.get(match.parent);
    if (group) group.push(m);
    else groups.set(match.parent, [m]);
  });
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const positions = group.map((m) => (matches[m].section as DraftSection).paragraph);
    const keep = longestIncreasing(positions);
    group.forEach((m, i) => {
      if (!keep.has(i) && matches[m].status === "present") matches[m].status = "out-of-order";
    });
  }
}

/** Indices of one longest strictly increasing subsequence (patience sorting, n log n). */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  values.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[tails[mid]] < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1];
    tails[low] = i;
  });
  const keep = new Set<number>();
  let at = tails.length > 0 ? tails[tails.length - 1] : -1;
  while (at >= 0) {
    keep.add(at);
    at = previous[at];
  }
  return keep;
}

/**
 * Where a missing outline entry belongs in the draft: before the heading of the next entry the
 * draft has in place, or else after the whole of the previous one; null when the draft has none.
 */
export function whereMissingBelongs(comparison: SectionComparison, index: number): FindingAnchor | null {
  const { matches } = comparison;
  const inPlace = (match: SectionMatch) => match.via === "heading" && match.section !== null && match.status !== "out-of-order";
  for (let k = index + 1; k < matches.length; k++) {
    if (inPlace(matches[k])) return { paragraph: matches[k].section!.paragraph, placement: "before" };
  }
  for (let k = index - 1; k >= 0; k--) {
    if (inPlace(matches[k])) return { paragraph: Math.max(matches[k].section!.paragraph, matches[k].section!.end - 1), placement: "after" };
  }
  return null;
}
