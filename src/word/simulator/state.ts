/**
 * The simulated document itself: paragraphs made of formatted runs, a selection, comments,
 * and the positions that live ranges hold. Everything here is plain data and runs in a
 * browser; the Office-like proxies in `context.ts` read and change it only at `sync()`.
 */

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

/**
 * Paragraph spacing and indents in points, as Word.Paragraph gives them (WordApi 1.1,
 * https://learn.microsoft.com/javascript/api/word/word.paragraph): line spacing in points too,
 * 12 points per line for a multiple.
 */
export interface SimParagraphLayout {
  firstLineIndent: number;
  leftIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  lineSpacing: number;
}

export const DEFAULT_LAYOUT: SimParagraphLayout = { firstLineIndent: 0, leftIndent: 0, spaceBefore: 0, spaceAfter: 0, lineSpacing: 12 };

export interface SimRun {
  text: string;
  font: SimFont;
  /**
   * A tracked deletion. Word still gives its text in `Paragraph.text` (and `Range.text`), and
   * leaves it out of `getReviewedText("Current")`: "By default, hidden text and text marked as
   * deleted are excluded" is said of `Paragraph.getText`, unlike `text`
   * (https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-gettext-member(1);
   * deleted text in paragraphs' text: https://github.com/OfficeDev/office-js/issues/1267).
   */
  deleted?: boolean;
  /**
   * Hidden text (`w:vanish`): also in `Paragraph.text` (same documentation). The .docx reader
   * keeps it too, so both sides read the same words.
   */
  hidden?: boolean;
}

/** The same run with other text: a piece of it keeps its font and its deleted/hidden state. */
export function runPiece(run: SimRun, text: string): SimRun {
  const piece: SimRun = { text, font: { ...run.font } };
  if (run.deleted) piece.deleted = true;
  if (run.hidden) piece.hidden = true;
  return piece;
}

/**
 * What the paragraph's text is once tracked changes are applied (`getReviewedText("Current")`):
 * without deleted runs. Marker characters stay, as in `text`.
 */
export function reviewedText(paragraph: ParagraphState): string {
  let text = "";
  for (const run of paragraph.runs) if (!run.deleted) text += run.text;
  return text;
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
  /** Points, as Word's `Paragraph.firstLineIndent` (negative: hanging); absent when the source did not say. */
  firstLineIndent?: number;
  /** Points, as Word's `Paragraph.leftIndent`. */
  leftIndent?: number;
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

/** The paragraph's own properties (those its mark holds), without its text. */
export type ParagraphProps = Omit<ParagraphState, "runs" | "removed">;

export function paragraphProps(paragraph: ParagraphState): ParagraphProps {
  const props: ParagraphProps = {
    style: paragraph.style,
    styleBuiltIn: paragraph.styleBuiltIn,
    alignment: paragraph.alignment,
    tableNestingLevel: paragraph.tableNestingLevel,
    markFont: { ...paragraph.markFont },
  };
  if (paragraph.listLabel !== undefined) props.listLabel = paragraph.listLabel;
  if (paragraph.cell) props.cell = { ...paragraph.cell };
  if (paragraph.layout) props.layout = { ...paragraph.layout };
  return props;
}

/** Gives a paragraph another paragraph's properties, keeping its text. */
export function takeProps(paragraph: ParagraphState, props: ParagraphProps): void {
  delete paragraph.listLabel;
  delete paragraph.cell;
  delete paragraph.layout;
  Object.assign(paragraph, props, { markFont: { ...props.markFont } });
  if (props.layout) paragraph.layout = { ...props.layout };
  if (props.cell) paragraph.cell = { ...props.cell };
}

/**
 * A style as the destination document defines it. Word gives inserted paragraphs that name a
 * style the document already has the document's definition, whatever the package's styles
 * part says, and ignores the package's `w:docDefaults`
 * (https://learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml).
 */
export interface SimStyle {
  alignment?: SimAlignment;
  /** Points. */
  firstLineIndent?: number;
  leftIndent?: number;
  font?: Partial<Pick<SimFont, "name" | "size" | "bold" | "italic">>;
  /**
   * Automatic numbering linked to the style, as its label pattern: "%1." numbers the style's
   * paragraphs 1., 2., … in document order when they are inserted.
   */
  numbering?: string;
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
    if (last && sameFont(last.font, run.font) && !last.deleted === !run.deleted && !last.hidden === !run.hidden) last.text += run.text;
    else merged.push(runPiece(run, run.text));
  }
  return merged;
}

/** Splits runs so that `offset` falls on a run boundary; returns the index of the run starting there. */
export function splitRunsAt(paragraph: ParagraphState, offset: number): number {
  let position = 0;
  for (let index = 0; index < paragraph.runs.length; index++) {
    const run = paragraph.runs[index];
    if (offset === position) return index;
    if (offset < position + run.text.length) {
      const cut = offset - position;
      paragraph.runs.splice(index, 1, runPiece(run, run.text.slice(0, cut)), runPiece(run, run.text.slice(cut)));
      return index + 1;
    }
    position += run.text.length;
  }
  return paragraph.runs.length;
}

export type FontValue = string | number | boolean | null;

export class SimDocumentState {
  paragraphs: ParagraphState[] = [];
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

  setFont(range: RangeRef, property: "highlightColor", value: string | null): void {
    for (const piece of this.pieces(range)) {
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

  /** Inserts plain text inside a paragraph, in the font of the text before it (a user typing). */
  insertText(paragraph: ParagraphState, offset: number, text: string): void {
    const at = splitRunsAt(paragraph, offset);
    const font = paragraph.runs[at - 1]?.font ?? paragraph.runs[at]?.font ?? paragraph.markFont;
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
      };
      if (paragraph.listLabel !== undefined) snapshot.listLabel = paragraph.listLabel;
      if (paragraph.cell) snapshot.cell = { ...paragraph.cell };
      if (paragraph.layout) {
        snapshot.firstLineIndent = paragraph.layout.firstLineIndent;
        snapshot.leftIndent = paragraph.layout.leftIndent;
      }
      return snapshot;
    });
  }
}

/**
 * The paragraph `insertParagraph` makes: Word gives it the formatting of the paragraph it is
 * made from, as pressing Enter would (without the list number, which the simulator does not
 * count), or the document's Normal outside any (`from` null, next to a table).
 */
export function newParagraphLike(from: ParagraphState | null, text: string): ParagraphState {
  const created: ParagraphState = from ? { ...paragraphProps(from), runs: [] } : emptyParagraph();
  delete created.listLabel;
  if (text !== "") created.runs = [{ text, font: { ...created.markFont } }];
  return created;
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
