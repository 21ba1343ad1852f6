/**
 * Passages of a section's text that answer a sub-entry of the outline without a heading of
 * their own: a paragraph opening with a label and a colon ("- Nguyên nhân khách quan: do …",
 * "Kết quả: …"). Such a passage is where the reply answers the entry, not an inference from
 * its parent.
 */
import type { DocumentModel } from "../model";
import type { DraftSection } from "./sections";
import { MATCH_THRESHOLD, hasDiacritics, headingSimilarity, titleWords, type TitleWords } from "./title-words";

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
    const plain = !hasDiacritics(label);
    const passage: DraftSection = { number: "", title: label, level: section.level + 1, paragraph: p, bodyStart: p, bodyEnd: p + 1, end: p + 1, marker: "emphasis" };
    passages.push({ section: passage, words: titleWords(label, plain), plain, taken: false });
  }
  return passages;
}

/** The passage whose label answers the entry by meaning; each passage answers one entry. */
export function bestPassage(passages: Passage[], words: TitleWords, folded: TitleWords): { section: DraftSection; score: number } | null {
  let best: Passage | null = null;
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
  return { section: best.section, score: bestScore };
}
