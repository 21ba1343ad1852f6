/**
 * The simulated document itself: paragraphs made of formatted runs, a selection, comments,
 * and the positions that live ranges hold. Everything here is plain data and runs in a
 * browser; the Office-like proxies in `context.ts` read and change it only at `sync()`.
 */

import {
  runPiece,
  paragraphProps,
  paragraphText,
  normalizeRuns,
  splitRunsAt,
  emptyParagraph,
  DEFAULT_LAYOUT,
  DEFAULT_PAGE,
  type SimAlignment,
  type SimPage,
  type SimParagraphLayout,
  type SimFont,
  type SimParagraph,
  type SimSelection,
  type ParagraphState,
  type SimStyle,
  type Position,
  type RangeRef,
} from "./paragraph-state";

export * from "./paragraph-state";

export type FontValue = string | number | boolean | null;

export class SimDocumentState {
  paragraphs: ParagraphState[] = [];
  page: SimPage = { ...DEFAULT_PAGE };
  selection: RangeRef;
  comments: { range: RangeRef; text: string }[] = [];
  /**
   * Temporary highlights (`Range.highlight`, WordApi 1.8): shown, never part of the document,
   * so they change neither its content nor `version`.
   */
  readonly temporaryHighlights = new Set<RangeRef>();
  /** Custom document properties (WordApi 1.3): part of the file, read by every Word. */
  readonly customProperties = new Map<string, unknown>();
  /** Ranges whose positions must follow edits: the selection, live and tracked ranges. */
  private readonly anchors = new Set<RangeRef>();
  private indexCache: Map<ParagraphState, number> | null = null;
  /** The document's own style definitions by name ("Normal", "Heading 1"). */
  styles: Record<string, SimStyle> = {};
  /** Bumped on every change of text or formatting. */
  version = 0;
  selectionVersion = 0;

  constructor(paragraphs: ParagraphState[]) {
    this.paragraphs = paragraphs.length > 0 ? paragraphs : [emptyParagraph()];
    const first = this.paragraphs[0];
    this.selection = { start: { para: first, offset: 0 }, end: { para: first, offset: 0 } };
    this.anchors.add(this.selection);
  }

  /** Another document opened in the window: new paragraphs, the cursor at the start, no comments. */
  reset(paragraphs: ParagraphState[]): void {
    for (const paragraph of this.paragraphs) paragraph.removed = true;
    this.paragraphs = paragraphs.length > 0 ? paragraphs : [emptyParagraph()];
    this.comments = [];
    const first = this.paragraphs[0];
    this.selection.start = { para: first, offset: 0 };
    this.selection.end = { para: first, offset: 0 };
    this.structureChanged();
    this.version++;
    this.selectionVersion++;
  }

  register(range: RangeRef): void {
    this.anchors.add(range);
  }

  unregister(range: RangeRef): void {
    if (range !== this.selection) this.anchors.delete(range);
  }

  indexOf(paragraph: ParagraphState): number {
    if (!this.indexCache) {
      this.indexCache = new Map();
      this.paragraphs.forEach((item, index) => this.indexCache?.set(item, index));
    }
    return this.indexCache.get(paragraph) ?? -1;
  }

  private structureChanged(): void {
    this.indexCache = null;
  }

  compare(a: Position, b: Position): number {
    const byParagraph = this.indexOf(a.para) - this.indexOf(b.para);
    return byParagraph !== 0 ? byParagraph : a.offset - b.offset;
  }

  isLive(range: RangeRef): boolean {
    return !range.start.para.removed && !range.end.para.removed;
  }

  wholeParagraph(paragraph: ParagraphState): RangeRef {
    return {
      start: { para: paragraph, offset: 0 },
      end: { para: paragraph, offset: paragraphText(paragraph).length },
    };
  }

  /** The paragraphs a range touches, each with the offsets covered. */
  pieces(range: RangeRef): { para: ParagraphState; start: number; end: number }[] {
    const first = this.indexOf(range.start.para);
    const last = this.indexOf(range.end.para);
    const pieces: { para: ParagraphState; start: number; end: number }[] = [];
    for (let index = first; index <= last; index++) {
      const para = this.paragraphs[index];
      const start = index === first ? range.start.offset : 0;
      const end = index === last ? range.end.offset : paragraphText(para).length;
      pieces.push({ para, start, end });
    }
    return pieces;
  }

  rangeText(range: RangeRef): string {
    // Word separates paragraphs inside a range's text with a carriage return.
    return this.pieces(range)
      .map((piece) => paragraphText(piece.para).slice(piece.start, piece.end))
      .join("\r");
  }

  /** Word's font of a range: one value when all characters agree; "" (highlight) or null when mixed. */
  rangeFont(range: RangeRef, property: keyof SimFont): FontValue {
    const values: FontValue[] = [];
    for (const piece of this.pieces(range)) {
      let position = 0;
      for (const run of piece.para.runs) {
        const runEnd = position + run.text.length;
        const overlaps =
          piece.start === piece.end
            ? piece.start >= position && piece.start <= runEnd
            : runEnd > piece.start && position < piece.end;
        if (overlaps) values.push(run.font[property]);
        position = runEnd;
      }
      if (piece.para.runs.length === 0) values.push(piece.para.markFont[property]);
    }
    if (values.length === 0) return range.start.para.markFont[property];
    const first = values[0];
    if (values.every((value) => value === first)) return first;
    return property === "highlightColor" || property === "color" ? "" : null;
  }

  /**
   * Sets a font property on the text of a range. A range that holds a whole paragraph holds its
   * mark too (the `font` of a `Paragraph`), so the mark takes the value as well, except a highlight.
   */
  setFont<K extends keyof SimFont>(range: RangeRef, property: K, value: SimFont[K]): void {
    for (const piece of this.pieces(range)) {
      const whole = piece.start === 0 && piece.end === paragraphText(piece.para).length;
      if (whole && property !== "highlightColor") piece.para.markFont[property] = value;
      if (piece.start === piece.end) continue;
      const from = splitRunsAt(piece.para, piece.start);
      const to = splitRunsAt(piece.para, piece.end);
      for (let index = from; index < to; index++) piece.para.runs[index].font[property] = value;
      piece.para.runs = normalizeRuns(piece.para.runs);
    }
    this.version++;
  }

  highlightTemporarily(range: RangeRef): void {
    const kept = { start: { ...range.start }, end: { ...range.end } };
    this.register(kept);
    this.temporaryHighlights.add(kept);
  }

  /** Removes the temporary highlights that overlap the range. */
  removeTemporaryHighlights(range: RangeRef): void {
    for (const highlight of [...this.temporaryHighlights]) {
      if (this.compare(highlight.start, range.end) < 0 && this.compare(range.start, highlight.end) < 0) {
        this.temporaryHighlights.delete(highlight);
        this.unregister(highlight);
      }
    }
  }

  /** Sets a paragraph's alignment, or one of its indents and spacings (points). */
  setParagraph(paragraph: ParagraphState, property: "alignment", value: SimAlignment): void;
  setParagraph(paragraph: ParagraphState, property: keyof SimParagraphLayout, value: number): void;
  setParagraph(paragraph: ParagraphState, property: "alignment" | keyof SimParagraphLayout, value: SimAlignment | number): void {
    if (property === "alignment") paragraph.alignment = value as SimAlignment;
    else paragraph.layout = { ...(paragraph.layout ?? DEFAULT_LAYOUT), [property]: value as number };
    this.version++;
  }

  select(range: RangeRef, mode: "Select" | "Start" | "End" = "Select"): void {
    const start = mode === "End" ? range.end : range.start;
    const end = mode === "Start" ? range.start : range.end;
    this.selection.start = { ...start };
    this.selection.end = { ...end };
    this.selectionVersion++;
  }

  /** Puts paragraphs in the body at `index` (the paste in `paste.ts` decides which). */
  spliceParagraphs(index: number, remove: number, ...added: ParagraphState[]): void {
    const removed = this.paragraphs.splice(index, remove, ...added);
    for (const paragraph of removed) if (!added.includes(paragraph)) paragraph.removed = true;
    this.structureChanged();
    this.version++;
  }

  /** Positions in `from` at or after `fromOffset` move to `to`, shifted by `shift`. */
  moveAnchors(from: ParagraphState, to: ParagraphState, shift: number, fromOffset = 0): void {
    for (const range of this.anchors) {
      for (const position of [range.start, range.end]) {
        if (position.para === from && position.offset >= fromOffset) {
          position.para = to;
          position.offset += shift;
        }
      }
    }
  }

  /** Cuts a paragraph at `offset`; the returned paragraph holds the rest. Positions after the cut follow it. */
  splitParagraph(paragraph: ParagraphState, offset: number): ParagraphState {
    const cut = splitRunsAt(paragraph, offset);
    const tail: ParagraphState = { ...paragraphProps(paragraph), runs: paragraph.runs.slice(cut) };
    // The simulator keeps list numbers as they came; it does not number the new half.
    delete tail.listLabel;
    paragraph.runs = normalizeRuns(paragraph.runs.slice(0, cut));
    tail.runs = normalizeRuns(tail.runs);
    for (const range of this.anchors) {
      const nonEmpty = range.start.para !== range.end.para || range.start.offset !== range.end.offset;
      for (const [position, isStart] of [
        [range.start, true],
        [range.end, false],
      ] as const) {
        if (position.para !== paragraph) continue;
        // A range that begins exactly at the cut belongs to the text after it.
        const moves = position.offset > offset || (position.offset === offset && isStart && nonEmpty);
        if (moves) {
          position.para = tail;
          position.offset -= offset;
        }
      }
    }
    return tail;
  }

  /** Deletes the text of a range; across paragraphs the first and last are joined. */
  deleteRange(range: RangeRef): void {
    const startIndex = this.indexOf(range.start.para);
    const endIndex = this.indexOf(range.end.para);
    const first = range.start.para;
    const startOffset = range.start.offset;
    const endOffset = range.end.offset;
    const last = range.end.para;
    const fromRun = splitRunsAt(first, startOffset);
    if (first === last) {
      const toRun = splitRunsAt(first, endOffset);
      first.runs.splice(fromRun, toRun - fromRun);
    } else {
      const toRun = splitRunsAt(last, endOffset);
      first.runs = first.runs.slice(0, fromRun).concat(last.runs.slice(toRun));
      const removed = this.paragraphs.splice(startIndex + 1, endIndex - startIndex);
      for (const paragraph of removed) paragraph.removed = true;
      this.structureChanged();
    }
    first.runs = normalizeRuns(first.runs);
    const removedLength = endOffset - startOffset;
    for (const anchor of this.anchors) {
      for (const position of [anchor.start, anchor.end]) {
        const inFirst = position.para === first && position.offset > startOffset;
        const inMiddle = position.para.removed && position.para !== last;
        if (position.para === last && first !== last) {
          position.para = first;
          position.offset = Math.max(startOffset, startOffset + position.offset - endOffset);
        } else if (inFirst) {
          position.offset = Math.max(startOffset, position.offset - removedLength);
        } else if (inMiddle) {
          position.para = first;
          position.offset = startOffset;
        }
      }
    }
    this.version++;
  }

  /**
   * The whole body replaced by inserted paragraphs, as Word does it: the body's final paragraph
   * mark stays, with its properties, and the last inserted paragraph's content joins it (the
   * destination's paragraph properties win: https://github.com/OfficeDev/office-js/issues/2914,
   * https://github.com/OfficeDev/office-js/issues/3149), so no empty paragraph is left over.
   */
  replaceBody(inserted: ParagraphState[]): RangeRef | null {
    const first = this.paragraphs[0];
    const final = this.paragraphs[this.paragraphs.length - 1];
    const mark = { ...final, markFont: { ...final.markFont } };
    this.deleteRange({ start: { para: first, offset: 0 }, end: { para: final, offset: paragraphText(final).length } });
    const kept = this.paragraphs[0];
    kept.style = mark.style;
    kept.styleBuiltIn = mark.styleBuiltIn;
    kept.alignment = mark.alignment;
    kept.tableNestingLevel = mark.tableNestingLevel;
    kept.markFont = mark.markFont;
    if (mark.listLabel) kept.listLabel = mark.listLabel;
    else delete kept.listLabel;
    if (mark.cell) kept.cell = mark.cell;
    else delete kept.cell;
    if (mark.innermostCell) kept.innermostCell = mark.innermostCell;
    else delete kept.innermostCell;
    if (mark.layout) kept.layout = { ...mark.layout };
    else delete kept.layout;
    const last = inserted[inserted.length - 1];
    if (!last) return null;
    kept.runs = normalizeRuns(last.runs);
    this.paragraphs.splice(0, 0, ...inserted.slice(0, -1));
    this.structureChanged();
    this.version++;
    return { start: { para: this.paragraphs[0], offset: 0 }, end: { para: kept, offset: paragraphText(kept).length } };
  }

  /** The font of the character that ends at `offset` (the first character is at offset 1). */
  fontAtOffset(paragraph: ParagraphState, offset: number): SimFont {
    let position = 0;
    for (const run of paragraph.runs) {
      position += run.text.length;
      if (position >= offset) return run.font;
    }
    return paragraph.markFont;
  }

  /** Inserts plain text inside a paragraph, in the font of the text before it (a user typing). */
  insertText(paragraph: ParagraphState, offset: number, text: string): void {
    const at = splitRunsAt(paragraph, offset);
    this.insertTextWithFont(paragraph, offset, text, paragraph.runs[at - 1]?.font ?? paragraph.runs[at]?.font ?? paragraph.markFont);
  }

  insertTextWithFont(paragraph: ParagraphState, offset: number, text: string, font: SimFont): void {
    const at = splitRunsAt(paragraph, offset);
    paragraph.runs.splice(at, 0, { text, font: { ...font } });
    paragraph.runs = normalizeRuns(paragraph.runs);
    for (const anchor of this.anchors) {
      for (const position of [anchor.start, anchor.end]) {
        if (position.para === paragraph && position.offset > offset) position.offset += text.length;
      }
    }
    this.version++;
  }

  removeParagraph(index: number): void {
    const [removed] = this.paragraphs.splice(index, 1);
    if (!removed) return;
    removed.removed = true;
    if (this.paragraphs.length === 0) this.paragraphs.push(emptyParagraph());
    this.structureChanged();
    const fallback = this.paragraphs[Math.min(index, this.paragraphs.length - 1)];
    for (const position of [this.selection.start, this.selection.end]) {
      if (position.para === removed) {
        position.para = fallback;
        position.offset = 0;
      }
    }
    this.version++;
    this.selectionVersion++;
  }

  toPublicSelection(range: RangeRef): SimSelection {
    const paragraph = this.indexOf(range.start.para);
    const endParagraph = this.indexOf(range.end.para);
    const selection: SimSelection = { paragraph, start: range.start.offset, end: range.end.offset };
    if (endParagraph !== paragraph) selection.endParagraph = endParagraph;
    return selection;
  }

  snapshot(): SimParagraph[] {
    return this.paragraphs.map((paragraph) => {
      const snapshot: SimParagraph = {
        text: paragraphText(paragraph),
        style: paragraph.style,
        styleBuiltIn: paragraph.styleBuiltIn,
        alignment: paragraph.alignment,
        tableNestingLevel: paragraph.tableNestingLevel,
        markFont: { ...paragraph.markFont },
        runs: paragraph.runs.map((run) => runPiece(run, run.text)),
        ...(paragraph.layout ?? DEFAULT_LAYOUT),
      };
      if (paragraph.listLabel !== undefined) snapshot.listLabel = paragraph.listLabel;
      if (paragraph.cell) snapshot.cell = { ...paragraph.cell };
      return snapshot;
    });
  }
}
