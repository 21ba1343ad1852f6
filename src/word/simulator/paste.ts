/**
 * What Word does with the paragraphs of `insertOoxml` at a point: it pastes them. Word does
 * not document the details; the behaviour below follows the reports in the office-js issues
 * and Word's ordinary paste:
 * - the first inserted paragraph takes in the text before the point, and keeps its own
 *   paragraph properties (its mark ends the joined paragraph);
 * - the last inserted paragraph does not bring its mark: its text joins the text after the
 *   point, and the destination paragraph's properties win ("the inserted paragraph adopts the
 *   same tab stops that were at the insertion point",
 *   https://github.com/OfficeDev/office-js/issues/3149; the last paragraph loses its Heading 1,
 *   https://github.com/OfficeDev/office-js/issues/2914 and
 *   https://github.com/OfficeDev/office-js/issues/2411);
 * - one paragraph alone goes inline into the destination paragraph, which keeps its properties;
 * - a table is never joined: text before or after it stays a paragraph of its own.
 */
import { normalizeRuns, paragraphProps, paragraphText, takeProps, type ParagraphState, type Position, type RangeRef, type SimDocumentState } from "./state";

function inTable(paragraph: ParagraphState): boolean {
  return paragraph.tableNestingLevel > 0;
}

/** Pastes `inserted` at `at`; returns the range the inserted content covers. */
export function pasteParagraphs(state: SimDocumentState, at: Position, inserted: ParagraphState[]): RangeRef {
  if (inserted.length === 0) return { start: { ...at }, end: { ...at } };
  const destination = at.para;
  const first = inserted[0];
  const last = inserted[inserted.length - 1];
  if (inserted.length === 1 && !inTable(first)) {
    // Inline: the runs go into the destination, whose properties stay.
    const length = paragraphText(first).length;
    const tail = state.splitParagraph(destination, at.offset);
    destination.runs = normalizeRuns([...destination.runs, ...first.runs, ...tail.runs]);
    state.moveAnchors(tail, destination, at.offset + length);
    state.spliceParagraphs(state.indexOf(destination), 1, destination);
    return { start: { para: destination, offset: at.offset }, end: { para: destination, offset: at.offset + length } };
  }
  const index = state.indexOf(destination);
  const leftLength = at.offset;
  // `destination` keeps the text before the point, `tail` (with the destination's properties) the rest.
  const tail = state.splitParagraph(destination, at.offset);
  const sequence = [...inserted];
  let start: Position;
  if (!inTable(first)) {
    takeProps(destination, paragraphProps(first));
    destination.runs = normalizeRuns([...destination.runs, ...first.runs]);
    sequence[0] = destination;
    start = { para: destination, offset: leftLength };
  } else {
    if (leftLength > 0) sequence.unshift(destination);
    else state.moveAnchors(destination, tail, 0);
    start = { para: first, offset: 0 };
  }
  let end: Position;
  if (!inTable(last)) {
    const lastLength = paragraphText(last).length;
    tail.runs = normalizeRuns([...last.runs, ...tail.runs]);
    state.moveAnchors(tail, tail, lastLength);
    sequence[sequence.length - 1] = tail;
    end = { para: tail, offset: lastLength };
  } else {
    sequence.push(tail);
    end = { para: last, offset: paragraphText(last).length };
  }
  state.spliceParagraphs(index, 1, ...sequence);
  return { start, end };
}
