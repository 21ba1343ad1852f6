/**
 * Reads back the WordprocessingML the parts produce, with a real XML parser (saxes), so
 * tests assert on what Word will see: paragraphs, their runs, styles and table cells.
 */
import { SaxesParser } from "saxes";
import { strFromU8, unzipSync } from "fflate";
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

/** Throws on malformed XML: saxes reports every well-formedness error. */
export function readWordXml(xml: string): ReadDocument {
  const parser = new SaxesParser({ xmlns: false });
  const paragraphs: ReadParagraph[] = [];
  const tables: ReadTable[] = [];
  let paragraph: ReadParagraph | null = null;
  let run: ReadRun | null = null;
  let inRunProps = false;
  let inParagraphProps = false;
  let inText = false;
  let inBorders = false;
  let borderSides = 0;
  let tableDepth = 0;
  let tableIndex = -1;
  let row = -1;
  let column = -1;
  let inTableBorders = false;

  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (node) => {
    const attr = (name: string): string | null => {
      const value = node.attributes[name];
      return typeof value === "string" ? value : null;
    };
    switch (node.name) {
      case "w:tbl":
        tableDepth++;
        if (tableDepth === 1) {
          tableIndex++;
          row = -1;
          tables.push({ columns: [], borders: [] });
        }
        break;
      case "w:gridCol":
        if (tableDepth === 1) tables[tableIndex].columns.push(Number(attr("w:w")));
        break;
      case "w:tblBorders":
        inTableBorders = true;
        break;
      case "w:tr":
        if (tableDepth === 1) {
          row++;
          column = -1;
        }
        break;
      case "w:tc":
        if (tableDepth === 1) column++;
        break;
      case "w:p":
        paragraph = {
          text: "",
          style: null,
          align: null,
          runs: [],
          bottomBorder: false,
          framed: false,
          indentLeft: 0,
          indentRight: 0,
          cell: tableDepth > 0 ? { table: tableIndex, row, column } : null,
        };
        borderSides = 0;
        break;
      case "w:pPr":
        inParagraphProps = true;
        break;
      case "w:pBdr":
        inBorders = true;
        break;
      case "w:r":
        run = { text: "", bold: false, italic: false, underline: false, size: null, font: null };
        break;
      case "w:rPr":
        inRunProps = run !== null;
        break;
      case "w:t":
        inText = true;
        break;
      case "w:br":
        if (run) run.text += "\n";
        break;
      case "w:tab":
        if (run && !inParagraphProps) run.text += "\t";
        break;
      default:
        break;
    }
    if (inTableBorders && ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"].includes(node.name)) {
      tables[tableIndex].borders.push(attr("w:val") ?? "");
    }
    if (paragraph && inParagraphProps && !inRunProps) {
      if (node.name === "w:pStyle") paragraph.style = attr("w:val");
      if (node.name === "w:jc") paragraph.align = attr("w:val");
      if (node.name === "w:ind") {
        paragraph.indentLeft = Number(attr("w:left") ?? 0);
        paragraph.indentRight = Number(attr("w:right") ?? 0);
      }
      if (inBorders && ["w:top", "w:left", "w:bottom", "w:right"].includes(node.name) && attr("w:val") === "single") {
        borderSides++;
        if (node.name === "w:bottom") paragraph.bottomBorder = true;
      }
    }
    if (run && inRunProps) {
      const off = attr("w:val") === "0" || attr("w:val") === "false";
      if (node.name === "w:b") run.bold = !off;
      if (node.name === "w:i") run.italic = !off;
      if (node.name === "w:u") run.underline = attr("w:val") !== "none";
      if (node.name === "w:sz") run.size = Number(attr("w:val")) / 2;
      if (node.name === "w:rFonts") run.font = attr("w:ascii");
    }
  });
  parser.on("text", (text) => {
    if (inText && run) run.text += text;
  });
  parser.on("closetag", (node) => {
    switch (node.name) {
      case "w:tbl":
        tableDepth--;
        break;
      case "w:tblBorders":
        inTableBorders = false;
        break;
      case "w:pPr":
        inParagraphProps = false;
        break;
      case "w:pBdr":
        inBorders = false;
        if (paragraph && borderSides === 4) paragraph.framed = true;
        break;
      case "w:rPr":
        inRunProps = false;
        break;
      case "w:t":
        inText = false;
        break;
      case "w:r":
        if (paragraph && run) {
          paragraph.runs.push(run);
          paragraph.text += run.text;
        }
        run = null;
        break;
      case "w:p":
        if (paragraph) paragraphs.push(paragraph);
        paragraph = null;
        break;
      default:
        break;
    }
  });
  parser.write(xml).close();
  return { paragraphs, tables };
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
