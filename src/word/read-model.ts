/**
 * Word's paragraphs as the engine's document model: what `readDocument` loads, and how
 * Word's values (styles, fonts, list numbers, table nesting) map to the model.
 */
import type { Alignment, DocumentModel, PageSetup, Paragraph, ParagraphFormat } from "../engine/model";
import { detectLegacyEncoding, legacyEncodingNotice } from "../engine/read/legacy";
import type { PageSetupLike, ParagraphLike } from "./types";

/** What `readDocument` loads of the page where Word has `Document.pageSetup` (WordApiDesktop 1.3). */
export const PAGE_PROPERTIES = "pageWidth,pageHeight,topMargin,bottomMargin,leftMargin,rightMargin,orientation";

const MM_PER_POINT = 25.4 / 72;

/** Word's page (points) as the model's (millimetres, to 0.1 as the .docx reader gives them). */
export function pageFromWord(page: PageSetupLike): PageSetup {
  const mm = (points: number): number => Math.round(points * MM_PER_POINT * 10) / 10;
  return {
    width: mm(page.pageWidth),
    height: mm(page.pageHeight),
    marginTop: mm(page.topMargin),
    marginBottom: mm(page.bottomMargin),
    marginLeft: mm(page.leftMargin),
    marginRight: mm(page.rightMargin),
    orientation: page.orientation === "Landscape" ? "landscape" : "portrait",
  };
}

/**
 * What `readDocument` loads: exactly what the checks read of a paragraph, nothing else (every
 * property is paid for on every paragraph, in one answer Word on the web caps). Text; the
 * built-in style (heading levels); alignment, first-line indent and the paragraph's font (name,
 * size, bold, italic, colour) for the thể thức rules and the header, closing and headings;
 * table nesting, and the row and cell of a paragraph in a table (a heading's number may stand
 * in the cell before its title); the list number. The style's name, the left indent, spacing
 * and line spacing are read by no rule (the fixes set spacing without reading it), and
 * `isListItem` says no more than the list item's null object: none is loaded, about a quarter
 * of the answer (BENCHMARKS.md, "Word payload per check").
 */
export const PARAGRAPH_PROPERTIES = [
  "items/text",
  "items/styleBuiltIn",
  "items/alignment",
  "items/tableNestingLevel",
  // Loading them also tells Office whether the cell is a null object (the paragraph in no table).
  "items/parentTableCellOrNullObject/rowIndex",
  "items/parentTableCellOrNullObject/cellIndex",
  "items/firstLineIndent",
  "items/font/name",
  "items/font/size",
  "items/font/bold",
  "items/font/italic",
  "items/font/color",
  // The list item's number; loading it also tells Office whether the item is a null object
  // (the paragraph in no list), so `isListItem` need not be loaded beside it.
  "items/listItemOrNullObject/listString",
].join(",");

const ALIGNMENTS: Record<string, Alignment> = {
  Left: "left",
  Centered: "center",
  Right: "right",
  Justified: "justify",
};

function formatOf(paragraph: ParagraphLike): ParagraphFormat {
  const format: ParagraphFormat = {};
  const heading = /^Heading([1-9])$/.exec(paragraph.styleBuiltIn ?? "");
  if (heading) format.headingLevel = Number(heading[1]);
  const font = paragraph.font;
  // Word reports null (or "") when the paragraph mixes values: the model leaves them out.
  if (font.name) format.font = font.name;
  if (typeof font.size === "number" && font.size > 0) format.size = font.size;
  if (typeof font.bold === "boolean") format.bold = font.bold;
  if (typeof font.italic === "boolean") format.italic = font.italic;
  const alignment = ALIGNMENTS[paragraph.alignment];
  if (alignment) format.alignment = alignment;
  const color = colorOf(font.color);
  if (color) format.color = color;
  const points = (value: number | undefined): number | undefined => (typeof value === "number" && Number.isFinite(value) ? Math.round(value * 100) / 100 : undefined);
  const firstLineIndent = points(paragraph.firstLineIndent);
  if (firstLineIndent !== undefined) format.firstLineIndent = firstLineIndent;
  return format;
}

/** "#1F3864" → "1F3864"; Word's automatic colour → "auto"; mixed (null or "") → unknown. */
function colorOf(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const hex = /^#?([0-9A-Fa-f]{6})$/.exec(value);
  if (hex) return hex[1].toUpperCase();
  return /^auto(matic)?$/i.test(value) ? "auto" : undefined;
}

/** The automatic list number Word draws before the paragraph, if any. */
function listLabelOf(paragraph: ParagraphLike): string | undefined {
  const item = paragraph.listItemOrNullObject;
  if (item.isNullObject || typeof item.listString !== "string") return undefined;
  const label = item.listString.trim();
  return label === "" ? undefined : label;
}

/**
 * Fonts are the strongest sign of TCVN3 (.VnTime) or VNI (VNI-Times) text. Only paragraphs
 * with text count, so an empty line left in an old font does not condemn a Unicode draft;
 * the text itself is scored too, for legacy text set in a Unicode font.
 */
function detectLegacy(paragraphs: readonly Paragraph[]): DocumentModel["legacyEncoding"] {
  const fonts: string[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.format.font && paragraph.text.trim() !== "") fonts.push(paragraph.format.font);
  }
  return detectLegacyEncoding(paragraphs.map((paragraph) => paragraph.text).join("\n"), fonts);
}

const FIELD_BEGIN = "\u0013";
const FIELD_SEPARATOR = "\u0014";
const FIELD_END = "\u0015";
/**
 * Characters Word's paragraph text holds for things that are not text: a note's reference
 * mark (2), an inline object or picture (1, 8) and a comment's anchor (5). "Special
 * characters that mark various content (e.g., for content controls, fields, comments,
 * footnotes, endnotes)" is what `Paragraph.getText` leaves out, unlike `text`:
 * https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-gettext-member(1)
 */
const OBJECT_MARKS = new Set(["\u0001", "\u0002", "\u0005", "\u0008"]);
/**
 * Characters Word's text holds where the .docx reader reads other text: a manual page break
 * (12) and an optional hyphen (31) are not in the file's text, and a non-breaking hyphen is
 * read as "-" (Word's text stream writes it as character 30; U+2011 is the same mark).
 */
const WORD_ONLY = new Set(["\f", "\u001f"]);
const NON_BREAKING_HYPHENS = new Set(["\u001e", "\u2011"]);

function hasMarks(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 1 && code <= 8) || code === 0x0c || (code >= 0x13 && code <= 0x15) || code === 0x1e || code === 0x1f || code === 0x2011) return true;
  }
  return false;
}

/**
 * The text as the .docx reader reads it from Word's text of a paragraph: a field keeps only
 * its result (its code, between characters 19 and 20, goes), marker characters, page breaks
 * and optional hyphens go, and a non-breaking hyphen is "-".
 */
export function modelTextOf(wordText: string): string {
  if (!hasMarks(wordText)) return wordText;
  // For each open field, whether it is still in its code.
  const fields: boolean[] = [];
  let text = "";
  for (const char of wordText) {
    if (OBJECT_MARKS.has(char) || WORD_ONLY.has(char)) continue;
    if (NON_BREAKING_HYPHENS.has(char)) {
      if (!fields.includes(true)) text += "-";
    } else if (char === FIELD_BEGIN) fields.push(true);
    else if (char === FIELD_SEPARATOR) {
      if (fields.length > 0) fields[fields.length - 1] = false;
    } else if (char === FIELD_END) fields.pop();
    else if (!fields.includes(true)) text += char;
  }
  return text;
}

/**
 * Word's paragraphs as the model. `currentTexts`, when given, are the paragraphs' texts with
 * tracked changes applied (`getReviewedText("Current")`), index for index; Word's `text` keeps
 * deleted text. Tables: consecutive cell paragraphs belong to one top-level table (Word joins
 * tables that touch), so the table index is counted; row and cell are those of the innermost
 * cell, as the .docx reader gives them (-1 where Word gave none).
 */
export function paragraphsToModel(items: readonly ParagraphLike[], currentTexts?: readonly string[]): DocumentModel {
  let table = -1;
  let inTable = false;
  const paragraphs: Paragraph[] = items.map((item, index) => {
    const paragraph: Paragraph = { index, text: modelTextOf(currentTexts?.[index] ?? item.text), format: formatOf(item) };
    const label = listLabelOf(item);
    if (label !== undefined) paragraph.listLabel = label;
    const depth = item.tableNestingLevel;
    if (depth > 0) {
      if (!inTable) table++;
      inTable = true;
      const cell = item.parentTableCellOrNullObject;
      const known = !cell.isNullObject && typeof cell.rowIndex === "number" && typeof cell.cellIndex === "number";
      paragraph.cell = { table, row: known ? cell.rowIndex : -1, cell: known ? cell.cellIndex : -1, depth };
    } else {
      inTable = false;
    }
    return paragraph;
  });
  const model: DocumentModel = { source: "word", paragraphs, notices: [] };
  const legacy = detectLegacy(paragraphs);
  if (legacy) {
    model.legacyEncoding = legacy;
    model.notices.push(legacyEncodingNotice(legacy));
  }
  return model;
}
