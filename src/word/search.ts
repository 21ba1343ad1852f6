/**
 * Searching a paragraph for a planned span (locate.ts plans it), queued without a round trip,
 * and picking the range meant once the caller has synced.
 */
import type { SpanSearchPlan } from "./locate";
import type { ParagraphLike, RangeCollectionLike, RangeLike } from "./types";

export const MATCH_CASE = { matchCase: true };

export interface PlannedSearch {
  plan: SpanSearchPlan;
  head: RangeCollectionLike;
  tail?: RangeCollectionLike;
}

/** Queues the searches of a plan; the caller syncs once for all of them. */
export function queueSearch(paragraph: ParagraphLike, plan: SpanSearchPlan): PlannedSearch {
  const head = paragraph.search(plan.head.search, MATCH_CASE);
  head.load("items/text");
  let tail: RangeCollectionLike | undefined;
  if (plan.tail) {
    tail = paragraph.search(plan.tail.search, MATCH_CASE);
    tail.load("items/text");
  }
  return { plan, head, tail };
}

/**
 * The matches that are exactly the text searched for. Word's Find lets a straight quote find
 * curly ones too, so a looser match must not shift the count of the one meant. The text searched
 * for is taken from the paragraph, so at least one match is exact; when none reads so, Word
 * spells the matches' text its own way and every match counts.
 */
function exactMatches(found: RangeCollectionLike, text: string): RangeLike[] {
  const exact = found.items.filter((item) => item.text === text);
  return exact.length > 0 ? exact : found.items;
}

/** After the sync: the range meant, or null when Word found fewer matches than the text promised. */
export function pickRange(planned: PlannedSearch): RangeLike | null {
  const head = exactMatches(planned.head, planned.plan.head.text)[planned.plan.head.occurrence];
  if (!head) return null;
  if (!planned.tail || !planned.plan.tail) return head;
  const tail = exactMatches(planned.tail, planned.plan.tail.text)[planned.plan.tail.occurrence];
  return tail ? head.expandTo(tail) : null;
}
