/**
 * Inserting parts so that the clerk's paragraphs stay as they were and each part arrives whole.
 *
 * Word's `insertOoxml` at a point behaves like a paste: the first inserted paragraph takes in
 * the text before the point, and the last one does not bring its paragraph mark — its text
 * joins the paragraph at the point, whose properties win (office-js issues 3149, 2914, 2411;
 * see `simulator/paste.ts`). So a part never goes into a paragraph of the clerk's:
 * - it goes into an empty paragraph of our own, made first next to the clerk's paragraph
 *   (`insertParagraph("", "Before"/"After")`, WordApi 1.1), or next to the table the place is
 *   in (`Table.insertParagraph`, WordApi 1.3); a clerk's paragraph that is already empty is
 *   used as it is (nothing of it changes: the part goes in at its start);
 * - the package gets one more empty paragraph at its end: the one whose mark Word drops, so
 *   every paragraph of the part keeps its own properties; it leaves the landing paragraph as
 *   an empty line after the part, where the clerk goes on typing.
 *
 * Two round trips: the first reads the paragraphs at the places (text, table nesting; the
 * cursor's place in its paragraph), because where the landing paragraph is made depends on
 * them and a batch cannot branch on what it has not read; the second makes the landing
 * paragraphs and inserts. Neither grows with the number of parts.
 */
import { HEADER_SEARCH_DEPTH, searchableOpening } from "./locate";
import { MATCH_CASE } from "./search";
import type { ParagraphCollectionLike, ParagraphLike, RangeLike, RequestContextLike } from "./types";

export type InsertPlace = "start" | "end" | "cursor";

/** A part to insert before a paragraph (by index in the body as read), or at the end of the body (null). */
export interface PlacedPart {
  ooxml: string;
  before: number | null;
}

/** The empty paragraph Word merges into the landing paragraph, appended to the package's body. */
export function withDroppedParagraph(ooxml: string): string {
  const end = ooxml.lastIndexOf("</w:body>");
  return end < 0 ? ooxml : `${ooxml.slice(0, end)}<w:p/>${ooxml.slice(end)}`;
}

/** A paragraph read in the first round trip, and on which side of it the part goes. */
interface Place {
  paragraph: ParagraphLike;
  side: "Before" | "After";
  /** Whether an empty paragraph of the clerk's may take the part (false: always make one). */
  reuseEmpty: boolean;
}

const PLACE_PROPERTIES = "text,tableNestingLevel";

/**
 * The landing paragraph for a place: outside any table (next to the outermost one), a new
 * empty one, or the clerk's own when it is empty and may be used.
 */
function landing(place: Place): ParagraphLike {
  const { paragraph, side } = place;
  const depth = paragraph.tableNestingLevel;
  if (depth > 0) {
    let table = paragraph.parentTableOrNullObject;
    for (let level = 1; level < depth; level++) table = table.parentTableOrNullObject;
    return table.insertParagraph("", side);
  }
  if (place.reuseEmpty && paragraph.text === "") return paragraph;
  return paragraph.insertParagraph("", side);
}

/** Inserts the part at the start of its landing paragraph: nothing there is replaced. */
function land(place: Place, ooxml: string): void {
  landing(place).insertOoxml(withDroppedParagraph(ooxml), "Start");
}

/**
 * Queues the reads that say where a part goes; after the sync, `resolve` gives the place.
 * - start: before the first paragraph (before the table a document begins with);
 * - end: after the last paragraph;
 * - cursor: before the paragraph when a bare cursor is at its very start, otherwise after the
 *   (last) paragraph of the selection, so neither a paragraph nor a selection is ever split;
 *   in a table cell, after the table: a part (itself tables and paragraphs) does not belong
 *   in a cell of the clerk's.
 */
function queuePlace(context: RequestContextLike, where: InsertPlace): () => Place {
  const body = context.document.body;
  if (where === "start" || where === "end") {
    const paragraph = where === "start" ? body.paragraphs.getFirst() : body.paragraphs.getLast();
    paragraph.load(PLACE_PROPERTIES);
    return () => ({ paragraph, side: where === "start" ? "Before" : "After", reuseEmpty: true });
  }
  const selection = context.document.getSelection();
  selection.load("isEmpty");
  const first = selection.paragraphs.getFirst();
  const last = selection.paragraphs.getLast();
  first.load(PLACE_PROPERTIES);
  last.load(PLACE_PROPERTIES);
  const before: RangeLike = first.getRange("Start").expandTo(selection);
  before.load("text");
  return () => {
    const atStart = selection.isEmpty && before.text === "" && first.tableNestingLevel === 0;
    return atStart
      ? { paragraph: first, side: "Before", reuseEmpty: true }
      : { paragraph: last, side: "After", reuseEmpty: true };
  };
}

/**
 * Two round trips: the place is read, then the part inserted. `confirm`, when given, sees the
 * texts of the first paragraphs as they are now, in the first round trip, and may stop the
 * insertion by throwing (nothing is inserted then).
 */
export async function insertAt(context: RequestContextLike, ooxml: string, where: InsertPlace, confirm?: (opening: string[]) => void): Promise<void> {
  const place = queuePlace(context, where);
  let opening: ParagraphCollectionLike | null = null;
  if (confirm) {
    opening = context.document.body.paragraphs;
    opening.load({ select: "text", top: HEADER_SEARCH_DEPTH });
  }
  await context.sync();
  if (confirm && opening) confirm(opening.items.map((paragraph) => paragraph.text));
  land(place(), ooxml);
  await context.sync();
}

/** The first paragraph as the last read saw it: Word's text of it and its table nesting (0 outside tables). */
export interface FirstAsRead {
  text: string;
  depth: number;
}

/** What Word answers when the check queued before an insertion finds the document changed, or refuses its search. */
const CHANGED_OR_REFUSED = new Set(["ItemNotFound", "SearchDialogIsOpen", "InvalidArgument", "SearchStringInvalidOrTooLong"]);

/**
 * A part at the start of the body in one round trip, the place decided from the last read
 * instead of read again: before the first paragraph, before the (outermost) table the document
 * begins with, or in the clerk's empty first paragraph, exactly as `insertAt` would decide.
 *
 * Staleness: the batch first searches the first paragraph for its opening as read, and the
 * landing paragraph is made from what that search found. When the clerk has changed the top
 * of the document since, the search finds nothing, `getFirst()` fails with ItemNotFound, and
 * "all other commands after the failed command in the batch are not executed"
 * (https://learn.microsoft.com/javascript/api/office/officeextension.error), so nothing is
 * inserted; false then, and the caller
 * takes the two round trips. An empty first paragraph has no text to search for: it is used as
 * read, and a clerk who has typed into it since still keeps the text and the paragraph's
 * properties (the part goes in at its start and its last, empty paragraph is the one Word merges
 * into the clerk's). A refused search (Find dialog open) also returns false.
 */
export async function insertAtStartAsRead(context: RequestContextLike, ooxml: string, first: FirstAsRead): Promise<boolean> {
  let paragraph = context.document.body.paragraphs.getFirst();
  if (first.text !== "") {
    const opening = searchableOpening(first.text);
    if (!opening) return false;
    paragraph = paragraph.search(opening, MATCH_CASE).getFirst().paragraphs.getFirst();
  }
  let landing: ParagraphLike;
  if (first.depth > 0) {
    let table = paragraph.parentTableOrNullObject;
    for (let level = 1; level < first.depth; level++) table = table.parentTableOrNullObject;
    landing = table.insertParagraph("", "Before");
  } else {
    landing = first.text === "" ? paragraph : paragraph.insertParagraph("", "Before");
  }
  landing.insertOoxml(withDroppedParagraph(ooxml), "Start");
  try {
    await context.sync();
    return true;
  } catch (error) {
    const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
    if (typeof code === "string" && CHANGED_OR_REFUSED.has(code)) return false;
    throw error;
  }
}

/**
 * Inserts parts before paragraphs named by index as read, or at the end. Every paragraph is
 * found before anything is inserted, so indices stay those of the read; each part gets its
 * own landing paragraph, made in the parts' order, so parts at one place keep their order.
 */
export async function insertBefore(
  context: RequestContextLike,
  parts: readonly PlacedPart[],
  paragraphsAt: (indices: readonly number[]) => Map<number, ParagraphLike>,
): Promise<void> {
  if (parts.length === 0) return;
  const index = (before: number): number => Math.max(0, Math.floor(before));
  const targets = paragraphsAt(parts.flatMap((part) => (part.before === null ? [] : [part.before])));
  for (const paragraph of targets.values()) paragraph.load(PLACE_PROPERTIES);
  const last = parts.some((part) => part.before === null) ? context.document.body.paragraphs.getLast() : null;
  last?.load(PLACE_PROPERTIES);
  await context.sync();
  // The clerk's empty paragraphs are not reused here: two parts at one place would share one.
  // Landings made "Before" one paragraph line up in the order made; "After" the last one, each
  // goes right after it, so those are made from the last part back.
  const landings = new Map<number, ParagraphLike>();
  const make = (order: number): void => {
    const part = parts[order];
    const paragraph = part.before === null ? last : targets.get(index(part.before));
    if (paragraph) landings.set(order, landing({ paragraph, side: part.before === null ? "After" : "Before", reuseEmpty: false }));
  };
  parts.forEach((part, order) => {
    if (part.before !== null) make(order);
  });
  for (let order = parts.length - 1; order >= 0; order--) if (parts[order].before === null) make(order);
  parts.forEach((part, order) => landings.get(order)?.insertOoxml(withDroppedParagraph(part.ooxml), "Start"));
  await context.sync();
}
