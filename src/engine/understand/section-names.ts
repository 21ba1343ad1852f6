/**
 * How messages name outline entries and draft headings: "II. Nguyên nhân dẫn đến…", with
 * the parent section or the outline entry a differently worded heading answers.
 */
import { normalizeForMatch } from "../read/normalize";
import type { Localized, SectionRejection } from "../types";
import type { SectionComparison, SectionMatch } from "./match";
import { draftHeadingName, shortTitle } from "./title-words";

export { draftHeadingName, shortTitle } from "./title-words";

/** "II. Nguyên nhân dẫn đến…": the outline entry as a user names it. */
export function outlineEntryName(match: Pick<SectionMatch, "node">, limit = 80): string {
  const title = shortTitle(match.node.title, limit);
  return match.node.number ? `${match.node.number}. ${title}` : title;
}

/** " (thuộc mục III)" / " (under section III)" for an entry below the top level. */
export function parentNote(comparison: SectionComparison, match: SectionMatch): Localized {
  if (match.parent === null) return { vi: "", en: "" };
  const parent = comparison.matches[match.parent];
  const name = parent.label || shortTitle(parent.node.title, 40);
  return { vi: ` (thuộc mục ${name})`, en: ` (under section ${name})` };
}

/**
 * " (mục II. Nguyên nhân… của đề cương)" after a draft heading's title, or nothing when the
 * draft uses the outline's own title.
 */
export function outlineReference(match: SectionMatch, draftTitle: string): Localized {
  const same = (text: string) =>
    normalizeForMatch(text)
      .text.split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 0)
      .join(" ");
  if (same(draftTitle) === same(match.node.title) && match.label !== "") {
    return { vi: "", en: "" };
  }
  const name = outlineEntryName(match);
  return { vi: ` (mục ${name} của đề cương)`, en: ` (outline section ${name})` };
}

const REJECTION: Record<SectionRejection, Localized> = {
  number: { vi: "khác số thứ tự và ít từ chung", en: "another number and few words in common" },
  words: { vi: "cùng số thứ tự nhưng ít từ chung", en: "same number but few words in common" },
  taken: { vi: "đã khớp với mục khác", en: "already the match of another section" },
};

/**
 * " Gần nhất trong dự thảo: “2. Nhiệm vụ…” (đoạn 9), không lấy vì đã khớp với mục III.": the
 * heading that came nearest to a missing entry and why it was not taken, so a reviewer can
 * overrule the match; nothing when no heading came near.
 */
export function nearestNote(comparison: SectionComparison, match: SectionMatch): Localized {
  const candidate = match.candidate;
  if (!candidate) return { vi: "", en: "" };
  const heading = draftHeadingName(candidate.section, 60);
  const paragraph = candidate.section.paragraph + 1;
  const taker = candidate.takenBy === null ? null : comparison.matches[candidate.takenBy];
  const why =
    candidate.reason === "taken" && taker
      ? { vi: `đã khớp với mục ${taker.label || shortTitle(taker.node.title, 40)}`, en: `already the match of section ${taker.label || shortTitle(taker.node.title, 40)}` }
      : REJECTION[candidate.reason];
  return {
    vi: ` Gần nhất trong dự thảo: “${heading}” (đoạn ${paragraph}), không lấy vì ${why.vi}.`,
    en: ` Nearest heading in the draft: “${heading}” (paragraph ${paragraph}), not taken: ${why.en}.`,
  };
}
