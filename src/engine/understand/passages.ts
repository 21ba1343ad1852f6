/**
 * Passages of a section's text that answer a sub-entry of the outline without a heading of
 * their own: a paragraph opening with a label and a colon ("- Nguyên nhân khách quan: do …",
 * "Kết quả: …"). Such a passage is where the reply answers the entry, not an inference from
 * its parent.
 */
import type { DocumentModel } from "../model";
import { CLOSING_PHRASE, CLOSING_START, cleanParagraph, isHeaderOrClosingLine, isPlaceholder, type CleanedParagraph } from "./line-kinds";
import type { DraftSection } from "./sections";
import { MATCH_THRESHOLD, headingSimilarity, readHeadingTitle, type TitleWords } from "./title-words";

export interface Passage {
  section: DraftSection;
  words: TitleWords;
  plain: boolean;
  taken: boolean;
}

/** Bound on the paragraphs of one section read for run-in labels. */
const MAX_PASSAGES = 400;
const RUN_IN_LABEL = /^(?:[-+•*–]\s*)?([\p{Lu}][^:.;!?]{2,90}?)\s*:\s*\S/u;

/** The paragraphs of a section that open with a label and a colon ("- Nguyên nhân chủ quan: …"). */
export function runInPassages(draft: DocumentModel, section: DraftSection): Passage[] {
  const passages: Passage[] = [];
  const end = Math.min(section.end, section.bodyStart + MAX_PASSAGES);
  for (let p = section.bodyStart; p < end; p++) {
    const paragraph = draft.paragraphs[p];
    if (!paragraph) break;
    const label = RUN_IN_LABEL.exec(paragraph.text.trimStart().slice(0, 120))?.[1].trim();
    if (!label || label.split(/\s+/).length > 12) continue;
    const { words, plain } = readHeadingTitle(label);
    const passage: DraftSection = { number: "", title: label, level: section.level + 1, paragraph: p, bodyStart: p, bodyEnd: p + 1, end: p + 1, marker: "emphasis" };
    passages.push({ section: passage, words, plain, taken: false });
  }
  return passages;
}

/** The passage whose label answers the entry by meaning; each passage answers one entry. */
export function bestPassage<P extends Passage>(passages: P[], words: TitleWords, folded: TitleWords): { passage: P; section: DraftSection; score: number } | null {
  let best: P | null = null;
  let bestScore = MATCH_THRESHOLD;
  for (const passage of passages) {
    if (passage.taken) continue;
    const score = headingSimilarity(passage.plain ? folded : words, passage.words);
    if (score >= bestScore && (best === null || score > bestScore)) {
      best = passage;
      bestScore = score;
    }
  }
  if (!best) return null;
  best.taken = true;
  return { passage: best, section: best.section, score: bestScore };
}

/** Bound on the label lines gathered from a whole draft. */
const MAX_LABELS = 2000;
const STANDALONE_LABEL = /^(?:[-+•*–]\s*)?([\p{Lu}][^:.;!?]{2,90}?)\s*:$/u;

/**
 * Label lines of the whole body, for an outline entry no heading answers: a run-in label
 * ("Kiến nghị: đề nghị Bộ …") is the answer itself; a label alone on its line ("Kiến nghị:")
 * is a heading written as plain text — empty when nothing but placeholders follows it.
 */
export function bodyLabels(
  draft: DocumentModel,
  headingAt: ReadonlySet<number>,
  cleaned: readonly CleanedParagraph[] = draft.paragraphs.map(cleanParagraph),
): (Passage & { empty: boolean })[] {
  const labels: (Passage & { empty: boolean })[] = [];
  const paragraphs = draft.paragraphs;
  for (let p = 0; p < paragraphs.length && labels.length < MAX_LABELS; p++) {
    const paragraph = paragraphs[p];
    if (headingAt.has(p) || paragraph.cell) continue;
    const text = cleaned[p].text;
    if (CLOSING_START.test(text) || CLOSING_PHRASE.test(text)) break;
    const head = text.slice(0, 120);
    // Both label patterns end at a colon.
    if (!head.includes(":") || isHeaderOrClosingLine(text)) continue;
    const alone = STANDALONE_LABEL.exec(head);
    const label = (alone ?? RUN_IN_LABEL.exec(head))?.[1].trim();
    if (!label || label.split(/\s+/).length > 12) continue;
    let empty = false;
    if (alone) {
      let next = p + 1;
      while (next < paragraphs.length && cleaned[next].text.length === 0) next++;
      const following = next < paragraphs.length ? cleaned[next].text : "";
      empty =
        next >= paragraphs.length ||
        headingAt.has(next) ||
        isPlaceholder(following) ||
        CLOSING_START.test(following) ||
        CLOSING_PHRASE.test(following) ||
        STANDALONE_LABEL.test(following);
    }
    const { words, plain } = readHeadingTitle(label);
    const section: DraftSection = { number: "", title: label, level: 1, paragraph: p, bodyStart: p + 1, bodyEnd: p + 1, end: p + 1, marker: "emphasis" };
    labels.push({ section, words, plain, taken: false, empty });
  }
  return labels;
}
