/**
 * Selecting a span: in one round trip from the paragraphs' texts as last read (see
 * `planOneSyncSelect`), else by reading the paragraphs' texts and searching the paragraph.
 */
import type { Span } from "../engine/model";
import { isFindDialogOpen } from "./errors";
import { excerptInParagraph, mayMatchLoosely, planOneSyncSelect, planSpanSearch } from "./locate";
import { MATCH_CASE, pickRange, queueSearch } from "./search";
import type { ParagraphLike, RequestContextLike } from "./types";

export type SelectOutcome = "exact" | "nearby" | "paragraph" | "gone";

export async function loadParagraphTexts(context: RequestContextLike): Promise<ParagraphLike[]> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text");
  await context.sync();
  return paragraphs.items;
}

/**
 * Syncs the queued searches; when Word rejects one, the clerk is still taken to the paragraph
 * (false). An open Find dialog stays an error the pane explains.
 */
async function syncOrParagraph(context: RequestContextLike, paragraph: ParagraphLike): Promise<boolean> {
  try {
    await context.sync();
    return true;
  } catch (error) {
    if (isFindDialogOpen(error)) throw error;
    paragraph.select();
    await context.sync();
    return false;
  }
}

/** What was selected, and Word's texts of the paragraphs when they had to be read (null otherwise). */
export async function selectSpanIn(
  context: RequestContextLike,
  span: Span,
  excerpt: string,
  lastTexts: readonly string[] | null,
): Promise<{ outcome: SelectOutcome; texts: string[] | null }> {
  const quick = planOneSyncSelect(lastTexts, span, excerpt);
  if (quick) {
    // One round trip: the key's first match in the body is the place (the excerpt's first
    // match inside it); the key's matches are counted to make sure the body still reads as
    // it did at the read. Otherwise (or when Word refuses a search) the paragraphs are read.
    const body = context.document.body;
    const found = body.search(quick.key, MATCH_CASE);
    found.load("items/text");
    let place = found.getFirst();
    // Matches before the place (a paragraph repeated earlier): each next one is the first
    // match in the rest of the body after the one before, as Word's Find goes on.
    for (let step = 0; step < quick.before; step++) {
      place = place.getRange("End").expandTo(body.getRange("End")).search(quick.key, MATCH_CASE).getFirst();
    }
    if (quick.paragraph) place.paragraphs.getFirst().select();
    else if (quick.inner) place.search(quick.inner, MATCH_CASE).getFirst().select();
    else place.select();
    try {
      await context.sync();
      if (found.items.length === quick.matches) return { outcome: quick.paragraph ? "paragraph" : quick.exact ? "exact" : "nearby", texts: null };
    } catch (error) {
      if (isFindDialogOpen(error)) throw error;
    }
  }
  const paragraphs = await loadParagraphTexts(context);
  const texts = paragraphs.map((paragraph) => paragraph.text);
  const paragraph = paragraphs[span.paragraph];
  if (!paragraph) return { outcome: "gone", texts };
  const plan = planSpanSearch(paragraph.text, span, excerpt);
  if (!plan) {
    paragraph.select();
    await context.sync();
    return { outcome: "paragraph", texts };
  }
  const found: SelectOutcome = excerptInParagraph(paragraph.text, span, excerpt)?.position === span.start ? "exact" : "nearby";
  if (!plan.tail && plan.head.occurrence === 0 && !mayMatchLoosely(plan.head.text)) {
    // The first match needs no counting: search and select in the same round trip.
    paragraph.search(plan.head.search, MATCH_CASE).getFirst().select();
    return { outcome: (await syncOrParagraph(context, paragraph)) ? found : "paragraph", texts };
  }
  const planned = queueSearch(paragraph, plan);
  if (!(await syncOrParagraph(context, paragraph))) return { outcome: "paragraph", texts };
  const range = pickRange(planned);
  if (range) range.select();
  else paragraph.select();
  await context.sync();
  return { outcome: range ? found : "paragraph", texts };
}
