/**
 * Letter case and sentence breaks of a line, as the heading finder judges them: whether a
 * numbered line reads as a heading or as prose.
 */
import { isLowerCased as isLower, isUpperCased as isUpper } from "./char-classes";
import type { NumberingKind } from "./heading-numbers";

/** All letters upper case and at least a few of them. */
export function isUpperCaseLine(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (isLower(ch)) return false;
    if (isUpper(ch)) letters++;
  }
  return letters >= 4;
}

/** Counts sentence breaks (". X", "? X") in the first `limit` characters. */
export function sentenceBreaks(text: string, limit = 600): number {
  let count = 0;
  const end = Math.min(text.length - 2, limit);
  for (let i = 1; i < end; i++) {
    // Character codes, not one-letter strings: this runs over every candidate heading's text.
    const c = text.charCodeAt(i);
    if ((c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 59 /* ; */) && text.charCodeAt(i + 1) === 32 && isUpper(text[i + 2] ?? "")) {
      // "TP. Hồ Chí Minh", "TT. Huyện ủy": an abbreviation, not the end of a sentence.
      if (c === 46 && isUpper(text[i - 1] ?? "") && (i < 2 || !isLower(text[i - 2] ?? ""))) continue;
      count++;
    }
  }
  return count;
}

/** Numbered text that reads as a paragraph of prose rather than a heading. */
export function readsAsProse(rest: string, kind: NumberingKind): boolean {
  const length = rest.length;
  const first = rest[0] ?? "";
  if (isLower(first)) return true;
  const last = rest.trimEnd().slice(-1);
  if (last === ";" || last === ",") return true;
  const terminal = last === "." && !rest.endsWith("..") && !rest.endsWith("…");
  // Sentence breaks are counted only where the length leaves the answer to them.
  if (kind === "roman" || kind === "part" || kind === "chapter" || kind === "upper-letter") {
    return length > 450 || (length > 220 && sentenceBreaks(rest) > 0);
  }
  if (length > 300) return true;
  if (length > 150 && terminal) return true;
  return length > 100 && sentenceBreaks(rest) > 0;
}
