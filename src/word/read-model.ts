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

/** What `readDocument` loads: exactly these, nothing else. */
export const PARAGRAPH_PROPERTIES = [
  "items/text",
  "items/style",
  "items/styleBuiltIn",
  "items/alignment",
  "items/tableNestingLevel",
  "items/firstLineIndent",
  "items/leftIndent",
  "items/spaceBefore",
  "items/spaceAfter",
  "items/lineSpacing",
  "items/font/name",
  "items/font/size",
  "items/font/bold",
  "items/font/italic",
  "items/font/color",
  "items/isListItem",
  // Loading the list item's number also tells Office whether it is a null object.
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
  if (paragraph.style) format.style = paragraph.style;
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
  const layout = {
    firstLineIndent: points(paragraph.firstLineIndent),
    leftIndent: points(paragraph.leftIndent),
    spaceBefore: points(paragraph.spaceBefore),
    spaceAfter: points(paragraph.spaceAfter),
  };
  for (const [key, value] of Object.entries(layout)) if (value !== undefined) format[key as keyof typeof layout] = value;
  // Word gives line spacing in points whatever its kind, and a multiple as 12 points per line
  // (https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-linespacing);
  // WordApi 1.3 does not say which kind it is, so it is kept as a multiple of 12 points.
  if (typeof paragraph.lineSpacing === "number" && paragraph.lineSpacing > 0) format.lineSpacing = Math.round((paragraph.lineSpacing / 12) * 100) / 100;
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
  if (!paragraph.isListItem) return undefined;
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

function hasMarks(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 1 && code <= 8) || (code >= 0x13 && code <= 0x15)) return true;
  }
  return false;
}

/**
 * The text as the .docx reader reads it from Word's text of a paragraph: a field keeps only
 * its result (its code, between characters 19 and 20, goes), and marker characters go.
 */
export function modelTextOf(wordText: string): string {
  if (!hasMarks(wordText)) return wordText;
  // For each open field, whether it is still in its code.
  const fields: boolean[] = [];
  let text = "";
  for (const char of wordText) {
    if (OBJECT_MARKS.has(char)) continue;
    if (char === FIELD_BEGIN) fields.push(true);
    else if (char === FIELD_SEPARATOR) {
      if (fields.length > 0) fields[fields.length - 1] = false;
    } else if (char === FIELD_END) fields.pop();
    else if (!fields.includes(true)) text += char;
  }
  return text;
}

/**
 * WordApi 1.3 tells only a paragraph's table nesting level. Consecutive cell paragraphs
 * belong to one top-level table (Word joins tables that touch), so the table index is
 * counted; row and cell are unknown and set to -1.
 */
/**
 * `currentTexts`, when given, are the paragraphs' texts with tracked changes applied
 * (`getReviewedText("Current")`), index for index; Word's `text` keeps deleted text.
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
      paragraph.cell = { table, row: -1, cell: -1, depth };
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
