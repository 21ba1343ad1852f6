/**
 * Formatting as the markup writes it, kept beside the model's paragraphs only when asked
 * for: the run by run formatting, the paragraph mark, raw alignment, indents and borders,
 * and the outermost tables' grid. The checks never need it (the model keeps what they
 * use); a Word simulator and tests of generated markup do.
 */
import type { SaxesTagNS } from "saxes";
import { readRunProperty, type RunProps } from "./styles";
import { attr } from "./xml";

/** A run's own properties (no style applied), with underline and highlight besides. */
export interface WrittenFormat extends RunProps {
  underline?: boolean;
  /** `w:highlight` as written ("yellow", "darkBlue", "none"). */
  highlight?: string;
  /** `w:vanish`: hidden text, which Word's object model still gives in a paragraph's text. */
  hidden?: boolean;
}

export interface WrittenRun {
  /**
   * The run's text as Word's object model gives it: a line break is "\v", a page break
   * "\f", a non-breaking hyphen U+2011. (The model's text drops page breaks and reads the
   * hyphen as "-", for matching.)
   */
  text: string;
  format: WrittenFormat;
  /**
   * A tracked deletion (`w:del`, `w:moveFrom`). Its text, and a field's code between the
   * characters 19 and 20, are in `text` as Word's object model gives them, never in the model.
   */
  deleted?: boolean;
}

/** Where a paragraph sits in the outermost table around it. */
export interface OuterCell {
  /** Counts outermost tables only, from 0. */
  table: number;
  row: number;
  cell: number;
}

export interface WrittenParagraph {
  /** `w:pStyle` as written. */
  styleId?: string;
  /** `w:jc` as written ("both", "center"…). */
  jc?: string;
  /** `w:ind`, twips; a hanging indent is a negative `firstLine`. */
  indent: { left?: number; right?: number; firstLine?: number };
  /** `w:numPr/w:numId` as written: 0 switches a style's numbering off. */
  numId?: number;
  /** `w:pBdr` sides and their line as written: { bottom: "single" }. */
  borders: Record<string, string>;
  /** The paragraph mark's own run properties. */
  mark: WrittenFormat;
  /** One entry per `w:r`, empty runs included. */
  runs: WrittenRun[];
  outerCell?: OuterCell;
}

export interface WrittenTable {
  /** `w:gridCol` widths, twips. */
  columns: number[];
  /** `w:tblBorders` lines as written, in order. */
  borders: string[];
}

function readWrittenFormat(tag: SaxesTagNS, format: WrittenFormat): void {
  if (tag.local === "u") format.underline = attr(tag, "val") !== "none";
  else if (tag.local === "vanish") format.hidden = attr(tag, "val") !== "false" && attr(tag, "val") !== "0";
  else if (tag.local === "highlight") {
    const value = attr(tag, "val");
    if (value === undefined) delete format.highlight;
    else format.highlight = value;
  } else readRunProperty(tag, format);
}

/** Collects what the body reader meets, paragraph by paragraph, in the reader's order. */
export class WrittenRecorder {
  readonly paragraphs: WrittenParagraph[] = [];
  readonly tables: WrittenTable[] = [];
  private paragraph: WrittenParagraph | undefined;
  private run: WrittenRun | undefined;
  private inBorders = false;
  private inTableBorders = false;

  startTable(outermost: boolean): void {
    if (outermost) this.tables.push({ columns: [], borders: [] });
  }

  /** `outer` is the row and cell of the outermost table, when the paragraph is in one. */
  startParagraph(outer: { row: number; cell: number } | undefined): void {
    this.paragraph = { indent: {}, borders: {}, mark: {}, runs: [] };
    if (outer) this.paragraph.outerCell = { table: this.tables.length - 1, ...outer };
  }

  finishParagraph(styleId: string | undefined): void {
    if (!this.paragraph) return;
    if (styleId !== undefined) this.paragraph.styleId = styleId;
    this.paragraphs.push(this.paragraph);
    this.paragraph = undefined;
    this.run = undefined;
  }

  startRun(deleted = false): void {
    this.run = this.paragraph ? { text: "", format: {} } : undefined;
    if (this.run && deleted) this.run.deleted = true;
  }

  endRun(): void {
    if (this.run && this.paragraph) this.paragraph.runs.push(this.run);
    this.run = undefined;
  }

  text(text: string): void {
    if (this.run) this.run.text += text;
  }

  runProperty(tag: SaxesTagNS): void {
    if (this.run) readWrittenFormat(tag, this.run.format);
  }

  markProperty(tag: SaxesTagNS): void {
    if (this.paragraph) readWrittenFormat(tag, this.paragraph.mark);
  }

  paragraphProperty(tag: SaxesTagNS): void {
    const paragraph = this.paragraph;
    if (!paragraph) return;
    if (this.inBorders) {
      const line = attr(tag, "val");
      if (line !== undefined) paragraph.borders[tag.local] = line;
    } else if (tag.local === "pBdr") this.inBorders = true;
    else if (tag.local === "jc") {
      const value = attr(tag, "val");
      if (value !== undefined) paragraph.jc = value;
    } else if (tag.local === "ind") {
      const left = attr(tag, "left");
      const right = attr(tag, "right");
      if (left !== undefined) paragraph.indent.left = Number(left);
      if (right !== undefined) paragraph.indent.right = Number(right);
      const firstLine = attr(tag, "firstLine");
      const hanging = attr(tag, "hanging");
      if (hanging !== undefined) paragraph.indent.firstLine = -Number(hanging);
      else if (firstLine !== undefined) paragraph.indent.firstLine = Number(firstLine);
    } else if (tag.local === "numId") {
      const value = attr(tag, "val");
      if (value !== undefined) paragraph.numId = Number(value);
    }
  }

  /** Properties of the outermost table: its grid and borders. */
  tableProperty(tag: SaxesTagNS): void {
    const table = this.tables[this.tables.length - 1];
    if (!table) return;
    if (this.inTableBorders) table.borders.push(attr(tag, "val") ?? "");
    else if (tag.local === "tblBorders") this.inTableBorders = true;
    else if (tag.local === "gridCol") table.columns.push(Number(attr(tag, "w")));
  }

  close(local: string): void {
    if (local === "pBdr") this.inBorders = false;
    else if (local === "tblBorders") this.inTableBorders = false;
  }
}
