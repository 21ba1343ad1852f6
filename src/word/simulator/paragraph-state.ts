/**
 * The simulated document's paragraphs as plain data: formatted runs, paragraph properties,
 * positions and ranges, and the helpers that read and split them. Runs in a browser.
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

import type { ParagraphFormat } from "../../engine/model";
import type { SimParagraphLayout } from "./layout";

export { DEFAULT_LAYOUT, DEFAULT_PAGE, type SimPage, type SimParagraphLayout } from "./layout";

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
 * Where a paragraph sits in a top-level table, for drawing the simulated page. `table` is a key
 * shared by the paragraphs of one table. (What the API tells of a paragraph's cell is its
 * innermost one: `ParagraphState.innermostCell`.)
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
  /** Points, as Word's `Paragraph` reports them (negative first-line indent: hanging); `lineSpacing` is 12 for single spacing. */
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
  /**
   * Row and cell of the innermost table cell holding it, 0-based, as `TableCell.rowIndex` and
   * `cellIndex` (WordApi 1.3) give them; absent outside tables.
   */
  innermostCell?: { row: number; cell: number };
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
  if (paragraph.innermostCell) props.innermostCell = { ...paragraph.innermostCell };
  if (paragraph.layout) props.layout = { ...paragraph.layout };
  return props;
}

/** Gives a paragraph another paragraph's properties, keeping its text. */
export function takeProps(paragraph: ParagraphState, props: ParagraphProps): void {
  delete paragraph.listLabel;
  delete paragraph.cell;
  delete paragraph.innermostCell;
  delete paragraph.layout;
  Object.assign(paragraph, props, { markFont: { ...props.markFont } });
  if (props.layout) paragraph.layout = { ...props.layout };
  if (props.cell) paragraph.cell = { ...props.cell };
  if (props.innermostCell) paragraph.innermostCell = { ...props.innermostCell };
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

/** A colour as the model or the file writes it ("FF0000"), as Word gives it ("#FF0000"); none for automatic. */
export function wordColor(color: string | undefined): string | undefined {
  return color && color !== "auto" ? `#${color}` : undefined;
}

/**
 * A paragraph's font as Word reports it, from what the engine read of the paragraph: `base`
 * (the document's) where the model says nothing, not bold or italic unless it says so.
 */
export function fontFromFormat(format: ParagraphFormat, base: SimFont): SimFont {
  return {
    name: format.font ?? base.name,
    size: format.size ?? base.size,
    bold: format.bold ?? false,
    italic: format.italic ?? false,
    color: wordColor(format.color) ?? base.color,
    highlightColor: null,
  };
}

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
