/**
 * The simulated document itself: paragraphs made of formatted runs, a selection, comments,
 * and the positions that live ranges hold. Everything here is plain data and runs in a
 * browser; the Office-like proxies in `context.ts` read and change it only at `sync()`.
 */

import { DEFAULT_LAYOUT, DEFAULT_PAGE, type SimPage, type SimParagraphLayout } from "./layout";

export { DEFAULT_LAYOUT, type SimPage, type SimParagraphLayout } from "./layout";

export type SimAlignment = "Left" | "Centered" | "Right" | "Justified";

export interface SimFont {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  /** "#RRGGBB"; Word reports its automatic colour as black. */
  color: string;
  /** Null when the text has no highlight, as Word reports it. */
  highlightColor: string | null;
}

export interface SimRun {
  text: string;
  font: SimFont;
}

/**
 * Where a paragraph sits in a top-level table, for drawing the simulated page only: Word's API
 * (1.3) does not tell row and cell, so nothing the adapter can read depends on it. `table` is
 * a key shared by the paragraphs of one table.
 */
export interface SimCell {
  table: string;
  row: number;
  cell: number;
}

/** A snapshot of one paragraph, as `SimulatedWord.document.paragraphs()` returns it. */
export interface SimParagraph {
  text: string;
  /** Style name as Word shows it ("Heading 1", "Normal"). */
  style: string;
  /** Word's locale-independent name for built-in styles ("Heading1"), "Other" otherwise. */
  styleBuiltIn: string;
  alignment: SimAlignment;
  /** 0 outside tables, 1 in a top-level table cell, 2 in a nested table. */
  tableNestingLevel: number;
  /** Font of the paragraph mark: what an empty paragraph reports. */
  markFont: SimFont;
  runs: SimRun[];
  /** The automatic list number drawn before the text ("II.", "1.", "a)"); absent outside lists. */
  listLabel?: string;
  /** Its top-level table cell, for drawing the page; absent outside tables. */
  cell?: SimCell;
  /** Points, as Word's `Paragraph` reports them; `lineSpacing` is 12 for single spacing. */
  firstLineIndent: number;
  leftIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  lineSpacing: number;
}

/** A selection or range inside one paragraph; `endParagraph` is set when it spans several. */
export interface SimSelection {
  paragraph: number;
  start: number;
  end: number;
  endParagraph?: number;
}

export interface SimComment {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** Mutable paragraph; its object identity is what positions refer to. */
export interface ParagraphState {
  style: string;
  styleBuiltIn: string;
  alignment: SimAlignment;
  tableNestingLevel: number;
  markFont: SimFont;
  runs: SimRun[];
  /**
   * The list number Word shows for this paragraph, absent outside lists. The simulator keeps
   * numbers as the document came; it does not renumber lists after edits.
   */
  listLabel?: string;
  /** Its top-level table cell, for drawing the page. */
  cell?: SimCell;
  /** Spacing and indents; Word's defaults when absent. */
  layout?: SimParagraphLayout;
  removed?: boolean;
}

export interface Position {
  para: ParagraphState;
  offset: number;
}

/** Two positions; registered ranges follow paragraph splits and deletions. */
export interface RangeRef {
  start: Position;
  end: Position;
}

export const DEFAULT_FONT: SimFont = {
  name: "Times New Roman",
  size: 14,
  bold: false,
  italic: false,
  color: "#000000",
  highlightColor: null,
};

export function paragraphText(paragraph: ParagraphState): string {
  let text = "";
  for (const run of paragraph.runs) text += run.text;
  return text;
}

function sameFont(a: SimFont, b: SimFont): boolean {
  return (
    a.name === b.name &&
    a.size === b.size &&
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.color === b.color &&
    a.highlightColor === b.highlightColor
  );
}

/** Merges neighbouring runs with the same font and drops empty ones, so equal text compares equal. */
export function normalizeRuns(runs: SimRun[]): SimRun[] {
  const merged: SimRun[] = [];
  for (const run of runs) {
    if (run.text === "") continue;
    const last = merged[merged.length - 1];
    if (last && sameFont(last.font, run.font)) last.text += run.text;
    else merged.push({ text: run.text, font: { ...run.font } });
  }
  return merged;
}

/** Splits runs so that `offset` falls on a run boundary; returns the index of the run starting there. */
function splitRunsAt(paragraph: ParagraphState, offset: number): number {
  let position = 0;
  for (let index = 0; index < paragraph.runs.length; index++) {
    const run = paragraph.runs[index];
    if (offset === position) return index;
    if (offset < position + run.text.length) {
      const cut = offset - position;
      paragraph.runs.splice(
        index,
        1,
        { text: run.text.slice(0, cut), font: { ...run.font } },
        { text: run.text.slice(cut), font: { ...run.font } },
      );
      return index + 1;
    }
    position += run.text.length;
  }
  return paragraph.runs.length;
}

export type FontValue = string | number | boolean | null;

export class SimDocumentState {
  paragraphs: ParagraphState[] = [];
  page: SimPage = { ...DEFAULT_PAGE };
  selection: RangeRef;
  comments: { range: RangeRef; text: string }[] = [];
  /** Ranges whose positions must follow edits: the selection, live and tracked ranges. */
  private readonly anchors = new Set<RangeRef>();
  private indexCache: Map<ParagraphState, number> | null = null;
  /** Bumped on every change of text or formatting. */
  version = 0;
  selectionVersion = 0;

  constructor(paragraphs: ParagraphState[]) {
    this.paragraphs = paragraphs.length > 0 ? paragraphs : [emptyParagraph()];
    const first = this.paragraphs[0];
    this.selection = { start: { para: first, offset: 0 }, end: { para: first, offset: 0 } };
    this.anchors.add(this.selection);
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

  /**
   * Inserts whole paragraphs at a position. At a paragraph's start they go before it, at its
   * end after it; in the middle the paragraph is split and they go between the halves.
   */
  insertParagraphs(at: Position, inserted: ParagraphState[]): RangeRef | null {
    if (inserted.length === 0) return null;
    const index = this.indexOf(at.para);
    const length = paragraphText(at.para).length;
    if (at.offset === 0) {
      this.paragraphs.splice(index, 0, ...inserted);
    } else if (at.offset >= length) {
      this.paragraphs.splice(index + 1, 0, ...inserted);
    } else {
      const tail = this.splitParagraph(at.para, at.offset);
      this.paragraphs.splice(index + 1, 0, ...inserted, tail);
    }
    this.structureChanged();
    this.version++;
    const last = inserted[inserted.length - 1];
    return {
      start: { para: inserted[0], offset: 0 },
      end: { para: last, offset: paragraphText(last).length },
    };
  }

  insertAtBodyEdge(edge: "Start" | "End", inserted: ParagraphState[]): RangeRef | null {
    if (inserted.length === 0) return null;
    if (edge === "Start") this.paragraphs.splice(0, 0, ...inserted);
    else this.paragraphs.push(...inserted);
    this.structureChanged();
    this.version++;
    const last = inserted[inserted.length - 1];
    return {
      start: { para: inserted[0], offset: 0 },
      end: { para: last, offset: paragraphText(last).length },
    };
  }

  /** Cuts a paragraph at `offset`; the returned paragraph holds the rest. Positions after the cut follow it. */
  private splitParagraph(paragraph: ParagraphState, offset: number): ParagraphState {
    const cut = splitRunsAt(paragraph, offset);
    const tail: ParagraphState = {
      style: paragraph.style,
      styleBuiltIn: paragraph.styleBuiltIn,
      alignment: paragraph.alignment,
      tableNestingLevel: paragraph.tableNestingLevel,
      markFont: { ...paragraph.markFont },
      runs: paragraph.runs.slice(cut),
    };
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
        runs: paragraph.runs.map((run) => ({ text: run.text, font: { ...run.font } })),
        ...(paragraph.layout ?? DEFAULT_LAYOUT),
      };
      if (paragraph.listLabel !== undefined) snapshot.listLabel = paragraph.listLabel;
      if (paragraph.cell) snapshot.cell = { ...paragraph.cell };
      return snapshot;
    });
  }
}

export function emptyParagraph(): ParagraphState {
  return {
    style: "Normal",
    styleBuiltIn: "Normal",
    alignment: "Left",
    tableNestingLevel: 0,
    markFont: { ...DEFAULT_FONT },
    runs: [],
  };
}
