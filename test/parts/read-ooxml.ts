/**
 * Reads back the WordprocessingML the parts produce with the engine's reader, so tests
 * assert on what Word will see: paragraphs, their runs as written, styles and table cells.
 */
import { strFromU8, unzipSync } from "fflate";
import { readOoxml } from "../../src/engine/read/ooxml";
import type { WrittenParagraph, WrittenRun } from "../../src/engine/read/written";
import { blocksXml, W_NS } from "../../src/parts/ooxml";
import type { Block } from "../../src/parts/blocks";

export interface ReadRun {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Points, or null when the run does not set it. */
  size: number | null;
  font: string | null;
}

export interface ReadParagraph {
  text: string;
  style: string | null;
  align: string | null;
  runs: ReadRun[];
  /** Bottom border present (the rules). */
  bottomBorder: boolean;
  /** Framed on all four sides. */
  framed: boolean;
  /** Indents in twips. */
  indentLeft: number;
  indentRight: number;
  /** Position in the outermost table, when inside one. */
  cell: { table: number; row: number; column: number } | null;
}

export interface ReadTable {
  /** Grid column widths, twips. */
  columns: number[];
  borders: string[];
}

export interface ReadDocument {
  paragraphs: ReadParagraph[];
  tables: ReadTable[];
}

/** Word's line and page breaks come back as the "\n" the blocks were written with. */
function asTyped(text: string): string {
  return text.replace(/[\v\f]/g, "\n");
}

function readRun(run: WrittenRun): ReadRun {
  const format = run.format;
  return {
    text: asTyped(run.text),
    bold: format.bold ?? false,
    italic: format.italic ?? false,
    underline: format.underline ?? false,
    size: format.size ?? null,
    font: format.font ?? null,
  };
}

function readParagraph(written: WrittenParagraph): ReadParagraph {
  const runs = written.runs.map(readRun);
  const sides = ["top", "left", "bottom", "right"];
  const outer = written.outerCell;
  return {
    text: runs.map((run) => run.text).join(""),
    style: written.styleId ?? null,
    align: written.jc ?? null,
    runs,
    bottomBorder: written.borders.bottom === "single",
    framed: sides.every((side) => written.borders[side] === "single"),
    indentLeft: written.indent.left ?? 0,
    indentRight: written.indent.right ?? 0,
    cell: outer ? { table: outer.table, row: outer.row, column: outer.cell } : null,
  };
}

/** Reads with the engine's own body reader; throws on malformed XML. */
export function readWordXml(xml: string): ReadDocument {
  const content = readOoxml(xml);
  return { paragraphs: content.written.map(readParagraph), tables: content.tables };
}

/** Blocks as Word would receive them, read back. */
export function readBlocks(blocks: readonly Block[], widthMm = 165): ReadDocument {
  return readWordXml(`<w:body xmlns:w="${W_NS}">${blocksXml(blocks, widthMm)}</w:body>`);
}

export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  const texts: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) texts[name] = strFromU8(data);
  return texts;
}

/** The paragraph whose text is exactly `text`; fails the test with the texts seen otherwise. */
export function paragraphWithText(document: ReadDocument, text: string): ReadParagraph {
  const found = document.paragraphs.find((p) => p.text === text);
  if (!found) {
    throw new Error(`No paragraph "${text}". Paragraphs: ${JSON.stringify(document.paragraphs.map((p) => p.text))}`);
  }
  return found;
}

export function paragraphStartingWith(document: ReadDocument, prefix: string): ReadParagraph {
  const found = document.paragraphs.find((p) => p.text.startsWith(prefix));
  if (!found) {
    throw new Error(`No paragraph starting "${prefix}". Paragraphs: ${JSON.stringify(document.paragraphs.map((p) => p.text))}`);
  }
  return found;
}
