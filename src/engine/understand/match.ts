/**
 * Compares a draft's headings with a request's outline by number and meaning. A heading
 * numbered as the outline entry at its place ("2." for "2." or "II", inside the parent's
 * section for a sub-entry) answers it when its words agree enough ("2. Về kết quả thực hiện
 * các chỉ tiêu" for "2. Đánh giá kết quả thực hiện các chỉ tiêu kinh tế - xã hội năm 2023");
 * otherwise a heading answers by meaning alone (title-words.ts): a reply numbered "1. 2. 3."
 * answers an outline "I. II. III. IV." that it shortens, rewords, writes in capitals, in bold
 * without numbers or in table cells.
 *
 * Children of the outline are looked for inside the draft section that matched their
 * parent. A child with no heading of its own is missing when its parent is missing or when
 * the parent's draft section is divided into sub-headings of its own (the writer chose a
 * structure and the child is not in it); otherwise the parent's text may cover it: it is
 * "in-parent", shown as inferred, never as found.
 *
 * Each entry keeps the heading taken as its match, or for a missing one the nearest heading
 * and why it was not taken, so a reviewer can overrule the matcher.
 */
import type { DocumentModel } from "../model";
import type { FindingAnchor, OutlineNode, SectionRejection, SectionState, SectionStatus } from "../types";
import { ordinalOf } from "./heading-numbers";
import { bestPassage, bodyLabels, runInPassages, type Passage } from "./passages";
import { cleanParagraphs, findSections, isSectionEmpty, type DraftSection } from "./sections";
import { MATCH_THRESHOLD, draftHeadingName, headingSimilarity, readHeadingTitle, sharedShare, titleWords, wordsAgree, type TitleWords } from "./title-words";

export { MATCH_THRESHOLD, headingSimilarity, titleWords } from "./title-words";

/** How one outline entry was found in the draft. */
export interface SectionMatch {
  node: OutlineNode;
  /** Index of the parent entry in `matches`, or null for a top-level entry. */
  parent: number | null;
  /** 1 for top-level outline entries. */
  level: number;
  /** "II", "III.2": the outline numbering path. */
  label: string;
  /**
   * The draft section: its own heading ("heading"), a run-in label opening a passage of the
   * parent's text ("passage": "- Nguyên nhân khách quan: do …"), or the parent's section that
   * may cover it ("parent").
   */
  section: DraftSection | null;
  via: "heading" | "passage" | "parent" | null;
  /** For a match by its own heading: by its number (and words) or by its words alone. */
  by: "number" | "meaning" | null;
  /** Similarity of the matched heading, 0–1; 0 when not matched by a heading. */
  score: number;
  status: SectionState;
  /** For a missing entry: the nearest heading, why it was not taken, and which entry took it. */
  candidate: { section: DraftSection; reason: SectionRejection; takenBy: number | null } | null;
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

/** Bound on headings compared with one outline entry, so a huge draft stays linear. */
const MAX_CANDIDATES = 1000;
/**
 * A heading numbered as the outline entry, with words that agree, ranks above an equal match
 * by words alone, not above a clearly better one ("2. Nguyên nhân của hạn chế" answers
 * "3. Nguyên nhân của hạn chế" rather than "2. Hạn chế" when the reply skipped a section).
 */
const NUMBER_BONUS = 0.05;
/** A rejected heading is named as the nearest only with this share of the title's words. */
const MIN_CANDIDATE_SHARE = 0.15;

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

/** The headings in [from, to) at one draft level, by the place their number gives. */
function numberedAt(headings: readonly Heading[], from: number, to: number, level: number): Map<number, number> {
  const byOrdinal = new Map<number, number>();
  for (let h = from; h < to; h++) {
    const section = headings[h].section;
    if (section.level !== level || section.number === "") continue;
    const ordinal = ordinalOf(section.number);
    if (ordinal !== null && !byOrdinal.has(ordinal)) byOrdinal.set(ordinal, h);
  }
  return byOrdinal;
}

interface Pair {
  entry: number;
  heading: number;
  score: number;
  by: "number" | "meaning";
}

/** Compares the draft's headings with the outline. Never throws on odd input. */
export function compareSections(draft: DocumentModel, outline: readonly OutlineNode[]): SectionComparison {
  const cleaned = cleanParagraphs(draft);
  const sections = findSections(draft, cleaned);
  if (outline.length === 0) return { statuses: [], matches: [], sections, used: [] };
  const entries = flattenOutline(outline);
  // Only the outline's words are ever looked up in the index: a heading's other words are left out of it.
  const wanted = new Set<string>();
  for (const entry of entries) for (const word of [...entry.words.words, ...entry.folded.words]) wanted.add(word);
  // Inverted index: outline word -> headings (in document order) containing it.
  const index = new Map<string, number[]>();
  // Titles repeat (a table's rows on every page): each distinct one is read once and keeps its outline words' index lists.
  const read = new Map<string, { words: TitleWords; plain: boolean; lists: number[][] }>();
  const headings: Heading[] = sections.map((section, h) => {
    let known = read.get(section.title);
    if (!known) {
      const { words, plain } = readHeadingTitle(section.title);
      const lists: number[][] = [];
      for (const word of words.words.filter((word) => wanted.has(word))) {
        let list = index.get(word);
        if (!list) index.set(word, (list = []));
        lists.push(list);
      }
      read.set(section.title, (known = { words, plain, lists }));
    }
    for (const list of known.lists) list.push(h);
    return { section, words: known.words, plain: known.plain };
  });
  const lookup: Lookup = { headings, index };

  const assigned: (number | null)[] = new Array(entries.length).fill(null);
  const scores: number[] = new Array(entries.length).fill(0);
  const via: ("number" | "meaning" | null)[] = new Array(entries.length).fill(null);
  const taken = new Map<number, number>();
  const maxLevel = entries.reduce((max, entry) => Math.max(max, entry.level), 0);
  // The draft level top-level entries are numbered at: that of its first numbered heading.
  const topLevel = sections.find((section) => section.number !== "")?.level ?? 1;
  const scopes = new Map<string, Map<number, number>>();

  for (let level = 1; level <= maxLevel; level++) {
    const pairs: Pair[] = [];
    entries.forEach((entry, e) => {
      if (entry.level !== level) return;
      const scope = scopeOf(lookup, entry, assigned);
      const words = (h: number) => (headings[h].plain ? entry.folded : entry.words);
      // The heading numbered as this entry at its place, when the parent has one.
      let numbered: number | undefined;
      const ordinal = ordinalOf(entry.node.number);
      const numberLevel = scope.parent === null ? (entry.parent === null ? topLevel : null) : headings[scope.parent].section.level + 1;
      if (ordinal !== null && numberLevel !== null) {
        const key = `${scope.from}:${scope.to}:${numberLevel}`;
        let byOrdinal = scopes.get(key);
        if (!byOrdinal) scopes.set(key, (byOrdinal = numberedAt(headings, scope.from, scope.to, numberLevel)));
        numbered = byOrdinal.get(ordinal);
      }
      if (numbered !== undefined && wordsAgree(words(numbered), headings[numbered].words)) {
        const score = headingSimilarity(words(numbered), headings[numbered].words);
        pairs.push({ entry: e, heading: numbered, score: Math.max(Math.min(score, 1), MATCH_THRESHOLD) + NUMBER_BONUS, by: "number" });
      }
      // Headings that repeat a title (a table's rows on every page) share its words: each is scored once.
      const scored = new Map<TitleWords, number>();
      for (const h of candidatesFor(lookup, entry, scope, true)) {
        if (h === numbered) continue;
        const title = headings[h].words;
        let score = scored.get(title);
        if (score === undefined) scored.set(title, (score = headingSimilarity(words(h), title)));
        if (score >= MATCH_THRESHOLD) pairs.push({ entry: e, heading: h, score, by: "meaning" });
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
      scores[pair.entry] = Math.min(1, pair.score);
      via[pair.entry] = pair.by;
      taken.set(pair.heading, pair.entry);
    }
  }

  const matches: SectionMatch[] = entries.map((entry, e) => ({
    node: entry.node,
    parent: entry.parent,
    level: entry.level,
    label: entry.label,
    section: assigned[e] === null ? null : headings[assigned[e] as number].section,
    via: assigned[e] === null ? null : "heading",
    by: via[e],
    score: scores[e],
    status: "missing" as SectionState,
    candidate: null,
  }));

  // Status of entries with their own heading.
  matches.forEach((match) => {
    if (match.via === "heading" && match.section) {
      match.status = isSectionEmpty(draft, match.section, sections, cleaned) ? "empty" : "present";
    }
  });
  markOutOfOrder(matches);

  // Entries without a heading: a passage of the parent's text, maybe covered by it, or missing.
  const labels = new Map<DraftSection, Passage[]>();
  matches.forEach((match, e) => {
    if (match.via === "heading" || match.parent === null) return;
    const parent = matches[match.parent];
    if (parent.section === null || parent.status === "missing") return;
    if (hasSubHeadings(parent.section, headings)) return;
    if (parent.status !== "empty") {
      let passages = labels.get(parent.section);
      if (!passages) labels.set(parent.section, (passages = runInPassages(draft, parent.section)));
      const passage = bestPassage(passages, entries[e].words, entries[e].folded);
      if (passage) {
        match.section = passage.section;
        match.via = "passage";
        match.by = "meaning";
        match.score = passage.score;
        match.status = "present";
        return;
      }
    }
    match.section = parent.section;
    match.via = "parent";
    match.status = parent.status === "empty" ? "empty" : "in-parent";
  });

  // A top-level entry no heading answers may be answered by a label line ("Kiến nghị: …").
  if (matches.some((match) => match.parent === null && match.status === "missing")) {
    const labels = bodyLabels(draft, new Set(sections.map((section) => section.paragraph)), cleaned);
    matches.forEach((match, e) => {
      if (match.parent !== null || match.status !== "missing") return;
      const found = bestPassage(labels, entries[e].words, entries[e].folded);
      if (!found) return;
      Object.assign(match, { section: found.section, via: "passage", by: "meaning", score: found.score, status: found.passage.empty ? "empty" : "present" });
    });
    // Their sub-entries: maybe in the passage's text, as under any parent without sub-headings.
    const labelled = new Set<number>();
    matches.forEach((match, e) => {
      const parent = match.parent === null ? null : matches[match.parent];
      if (!parent || match.status !== "missing" || !(parent.via === "passage" || labelled.has(match.parent as number))) return;
      Object.assign(match, { section: parent.section, via: "parent", status: parent.status === "empty" ? "empty" : "in-parent" });
      labelled.add(e);
    });
  }

  // The nearest heading of each missing entry, for the reviewer.
  matches.forEach((match, e) => {
    if (match.status === "missing") match.candidate = nearestCandidate(lookup, entries[e], assigned, taken, topLevel);
  });

  const statuses: SectionStatus[] = matches.map((match) => statusOf(match, matches));
  const used = matches
    .filter((match) => match.via === "heading" && match.section)
    .map((match) => match.section as DraftSection)
    .sort((a, b) => a.paragraph - b.paragraph);
  return { statuses, matches, sections, used };
}

function statusOf(match: SectionMatch, matches: readonly SectionMatch[]): SectionStatus {
  const section = match.section;
  const status: SectionStatus = {
    number: match.node.number,
    title: match.node.title,
    level: match.level,
    status: match.status,
    paragraph: section ? section.paragraph : null,
    match: section
      ? { heading: draftHeadingName(section), paragraph: section.paragraph, via: match.via === "parent" ? "parent" : (match.by ?? "meaning") }
      : null,
    candidate: null,
  };
  const candidate = match.candidate;
  if (candidate) {
    status.candidate = { heading: draftHeadingName(candidate.section), paragraph: candidate.section.paragraph, reason: candidate.reason };
    if (candidate.takenBy !== null) status.candidate.takenBy = matches[candidate.takenBy].label;
  }
  return status;
}

interface Lookup {
  headings: readonly Heading[];
  index: ReadonlyMap<string, readonly number[]>;
}

interface Scope {
  from: number;
  to: number;
  /** The heading of the parent entry, when it has one. */
  parent: number | null;
}

/** Inside the parent's draft section when the parent has a heading; anywhere otherwise. */
function scopeOf(lookup: Lookup, entry: Entry, assigned: readonly (number | null)[]): Scope {
  const parent = entry.parent === null ? null : assigned[entry.parent];
  if (parent === null || parent === undefined) return { from: 0, to: lookup.headings.length, parent: null };
  const section = lookup.headings[parent].section;
  return { from: lowerBound(lookup.headings, section.paragraph + 1), to: lowerBound(lookup.headings, section.end), parent };
}

/**
 * Headings in scope that share a word with the entry's head (or, for the nearest candidate of
 * a missing entry, any of its words); the rarest words first, so the bound keeps the likeliest.
 */
function candidatesFor(lookup: Lookup, entry: Entry, scope: Scope, headOnly: boolean): Set<number> {
  const candidates = new Set<number>();
  const lists: (readonly number[])[] = [];
  const words = headOnly ? [...entry.words.head, ...entry.folded.head] : [...entry.words.words, ...entry.folded.words];
  for (const word of new Set(words)) {
    const list = lookup.index.get(word);
    if (list) lists.push(list);
  }
  lists.sort((a, b) => a.length - b.length);
  for (const list of lists) {
    for (let k = lowerBoundNumber(list, scope.from); k < list.length && list[k] < scope.to && candidates.size < MAX_CANDIDATES; k++) {
      candidates.add(list[k]);
    }
  }
  return candidates;
}

/**
 * The heading that came nearest to a missing entry: the most words in common (in its parent's
 * section when the parent has one), or else the heading numbered as the entry at its level.
 */
function nearestCandidate(
  lookup: Lookup,
  entry: Entry,
  assigned: readonly (number | null)[],
  taken: ReadonlyMap<number, number>,
  topLevel: number,
): SectionMatch["candidate"] {
  const { headings } = lookup;
  const scope = scopeOf(lookup, entry, assigned);
  const ordinal = ordinalOf(entry.node.number);
  const level = scope.parent !== null ? headings[scope.parent].section.level + 1 : entry.parent === null ? topLevel : null;
  let best: number | null = null;
  let bestShare = MIN_CANDIDATE_SHARE;
  const shares = new Map<TitleWords, number>();
  for (const h of candidatesFor(lookup, entry, scope, false)) {
    const words = headings[h].plain ? entry.folded : entry.words;
    let share = shares.get(headings[h].words);
    if (share === undefined) shares.set(headings[h].words, (share = sharedShare(words, headings[h].words)));
    // One syllable in common ("cơ quan" for "khách quan") is chance, not nearness.
    if (share * words.words.length < 2) continue;
    if (share > bestShare || (share === bestShare && best !== null && h < best)) {
      best = h;
      bestShare = share;
    }
  }
  // No heading with enough words in common: the one at the entry's place by its number.
  if (best === null && ordinal !== null && level !== null) {
    for (let h = scope.from; h < scope.to && h < scope.from + MAX_CANDIDATES; h++) {
      const section = headings[h].section;
      if (section.level === level && section.number !== "" && ordinalOf(section.number) === ordinal) {
        best = h;
        break;
      }
    }
  }
  if (best === null) return null;
  const section = headings[best].section;
  const takenBy = taken.get(best) ?? null;
  const sameNumber = ordinal !== null && section.number !== "" && ordinalOf(section.number) === ordinal;
  return { section, reason: takenBy !== null ? "taken" : sameNumber ? "words" : "number", takenBy };
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
    if (sub.marker !== "emphasis" && !sub.inTable) return true;
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
