/**
 * Applying a finding's formatting fixes in Word: one round trip to read the paragraphs'
 * texts, one to set every property of every paragraph, and one more only for confirmed text
 * replacements. Nothing is selected, so the clerk's selection stays where it was.
 *
 * A paragraph whose text is no longer what was checked (the clerk typed since) is left alone:
 * the fix was meant for the text as it was. The page can be set up only where Word has
 * `Document.pageSetup` (WordApiDesktop 1.3, Word for Windows and Mac); elsewhere page fixes,
 * and a rule under a paragraph (no border API below WordApiDesktop), are not applicable.
 */
import type { Alignment } from "../engine/model";
import type { FormatFix, ParagraphFormatChange } from "../engine/fix/types";
import { planSpanSearch } from "./locate";
import { pickRange, queueSearch, type PlannedSearch } from "./search";
import type { ParagraphLike, RequestContextLike, WordLike } from "./types";

/** What became of each fix: made, left because its paragraph changed or is gone, or not possible in this Word. */
export type WordFixStatus = "applied" | "changed" | "gone" | "unsupported" | "not-found";

const WORD_ALIGNMENTS: Record<Alignment, string> = { left: "Left", center: "Centered", right: "Right", justify: "Justified" };

const POINTS_PER_MM = 72 / 25.4;

/** Word takes line spacing in points, 12 for single (https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-linespacing-member). */
const POINTS_PER_LINE = 12;

/** Queues the paragraph's properties; false when nothing of the change can be set in Word. */
function setParagraph(paragraph: ParagraphLike, set: ParagraphFormatChange): boolean {
  const font = paragraph.font;
  if (set.font !== undefined) font.name = set.font;
  if (set.size !== undefined) font.size = set.size;
  if (set.bold !== undefined) font.bold = set.bold;
  if (set.italic !== undefined) font.italic = set.italic;
  if (set.color !== undefined) font.color = `#${set.color}`;
  if (set.alignment !== undefined) paragraph.alignment = WORD_ALIGNMENTS[set.alignment];
  if (set.firstLineIndent !== undefined) paragraph.firstLineIndent = set.firstLineIndent;
  if (set.spaceBefore !== undefined) paragraph.spaceBefore = set.spaceBefore;
  if (set.spaceAfter !== undefined) paragraph.spaceAfter = set.spaceAfter;
  if (set.lineSpacing !== undefined) paragraph.lineSpacing = set.lineSpacing * POINTS_PER_LINE;
  // A rule under the paragraph (`borderBottom`) has no API in WordApi: it alone is not applicable.
  return Object.keys(set).some((key) => key !== "borderBottom");
}

function setPage(context: RequestContextLike, set: Extract<FormatFix, { kind: "page" }>["set"]): void {
  const page = context.document.pageSetup;
  // Turning the page first: Word swaps width and height, and sizes given after it win.
  if (set.orientation !== undefined) page.orientation = set.orientation === "landscape" ? "Landscape" : "Portrait";
  if (set.width !== undefined) page.pageWidth = set.width * POINTS_PER_MM;
  if (set.height !== undefined) page.pageHeight = set.height * POINTS_PER_MM;
  if (set.marginTop !== undefined) page.topMargin = set.marginTop * POINTS_PER_MM;
  if (set.marginBottom !== undefined) page.bottomMargin = set.marginBottom * POINTS_PER_MM;
  if (set.marginLeft !== undefined) page.leftMargin = set.marginLeft * POINTS_PER_MM;
  if (set.marginRight !== undefined) page.rightMargin = set.marginRight * POINTS_PER_MM;
}

/**
 * Applies `fixes`; `checked` holds each paragraph's text as it was checked (by index). The
 * statuses come back in the order of `fixes`.
 */
export async function applyFixesInWord(
  word: WordLike,
  fixes: readonly FormatFix[],
  checked: readonly string[],
  canSetPage: boolean,
): Promise<WordFixStatus[]> {
  return word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const items = paragraphs.items;
    const statuses: WordFixStatus[] = [];
    const searches: { index: number; planned: PlannedSearch; replacement: string }[] = [];
    fixes.forEach((fix, index) => {
      if (fix.kind === "page") {
        if (!canSetPage) return statuses.push("unsupported");
        setPage(context, fix.set);
        return statuses.push("applied");
      }
      const paragraph = items[fix.paragraph];
      if (!paragraph) return statuses.push("gone");
      if (paragraph.text !== checked[fix.paragraph]) return statuses.push("changed");
      if (fix.kind === "paragraph") return statuses.push(setParagraph(paragraph, fix.set) ? "applied" : "unsupported");
      const plan = planSpanSearch(paragraph.text, { paragraph: fix.paragraph, start: fix.start, end: fix.end }, paragraph.text.slice(fix.start, fix.end));
      if (!plan) return statuses.push("not-found");
      searches.push({ index, planned: queueSearch(paragraph, plan), replacement: fix.replacement });
      return statuses.push("applied");
    });
    await context.sync();
    if (searches.length === 0) return statuses;
    let replaced = 0;
    for (const { index, planned, replacement } of searches) {
      const range = pickRange(planned);
      if (!range) {
        statuses[index] = "not-found";
        continue;
      }
      range.insertText(replacement, "Replace");
      replaced++;
    }
    if (replaced > 0) await context.sync();
    return statuses;
  });
}
