/**
 * The document model every source produces (a .docx file, a .txt file, pasted text, the
 * body of an open Word document). Everything the engine understands and checks is read
 * from this model only, so the engine never needs to know where the text came from.
 */

export type Alignment = "left" | "center" | "right" | "justify";

/** What the source knows of a paragraph's formatting; absent means "not known". */
export interface ParagraphFormat {
  /** Style name as the user sees it ("Heading 1", "Normal", "Tiêu đề 1"). */
  style?: string;
  /** Outline level 1–9 when the style is a built-in heading or the source marks one (Markdown `###`). */
  headingLevel?: number;
  /** Font of the paragraph's text, when all of it shares one. */
  font?: string;
  /** Size in points, when all of the text shares one. */
  size?: number;
  /** True when all visible text is bold; false when none is; absent when mixed or unknown. */
  bold?: boolean;
  italic?: boolean;
  alignment?: Alignment;
  /** Text colour as six hex digits ("000000"), when all of the text shares one; "auto" for Word's automatic colour. */
  color?: string;
  /** Every distinct font the paragraph's visible text uses, when known (for legacy fonts on Unicode text). */
  fonts?: string[];
  /** Points; negative for a hanging indent. */
  firstLineIndent?: number;
  leftIndent?: number;
  /** Points. */
  spaceBefore?: number;
  spaceAfter?: number;
  /** Line spacing as a multiple of single (1, 1.15, 1.5) when proportional; see `lineSpacingPoints` for exact. */
  lineSpacing?: number;
  /** Line spacing in points when it is exact or at-least. */
  lineSpacingPoints?: number;
  /** True when the paragraph is drawn with a rule under it (bottom border). */
  borderBottom?: boolean;
}

/** Where a paragraph sits when it is inside a table (0-based; nested tables count from the outer one). */
export interface TableCellRef {
  table: number;
  row: number;
  cell: number;
  /** 1 for a cell of a top-level table, 2 for a table inside a cell, … */
  depth: number;
}

/** A run of bold or italic text inside a paragraph, by offsets into `Paragraph.text`. */
export interface TextMark {
  start: number;
  end: number;
  kind: "bold" | "italic" | "superscript";
}

export interface Paragraph {
  /** Position in the document, 0-based; also the key Word uses to find the paragraph again. */
  index: number;
  /** Visible text, as Word shows it (runs joined, fields' results, no markup). */
  text: string;
  format: ParagraphFormat;
  /** Present when the paragraph is inside a table cell. */
  cell?: TableCellRef;
  /** Bold/italic/superscript spans when only part of the text carries them. */
  marks?: TextMark[];
  /**
   * The automatic list number Word draws before the paragraph ("I.", "1.", "a)", "-"), from
   * .docx numbering. It is not part of `text`, as in Word's own paragraph text.
   */
  listLabel?: string;
  /** For text sources: where the paragraph came from in the original text (character offsets). */
  origin?: { start: number; end: number };
}

export interface PageSetup {
  /** Millimetres. */
  width?: number;
  height?: number;
  marginTop?: number;
  marginBottom?: number;
  marginLeft?: number;
  marginRight?: number;
  orientation?: "portrait" | "landscape";
  /** True when a page-number field is in a header or footer of the body's (last) section. */
  pageNumbers?: boolean;
  /** True when the first page has its own (different) header and footer. */
  titlePage?: boolean;
  /** How many sections the document has; the fields above are the last section's. */
  sections?: number;
}

export type LegacyEncoding = "tcvn3" | "vni";

export interface ReadNotice {
  code: string;
  /** Vietnamese, for the user. */
  message: string;
}

export interface DocumentModel {
  source: "docx" | "txt" | "word" | "text";
  /** File name or a label for the user; never a path the engine opens. */
  name?: string;
  paragraphs: Paragraph[];
  page?: PageSetup;
  /**
   * Footnote and endnote paragraphs (.docx), in note order, empty ones left out. Their
   * `index` counts within this list, not among `paragraphs`.
   */
  footnotes?: Paragraph[];
  /** Set when the text is (partly) in a pre-Unicode Vietnamese encoding. */
  legacyEncoding?: LegacyEncoding;
  /** Things the reader noticed that the user should know (legacy fonts, skipped parts). */
  notices: ReadNotice[];
}

/** An exact piece of text in the model: paragraph index and offsets into its `text`. */
export interface Span {
  paragraph: number;
  start: number;
  end: number;
}

/** Builds a model from plain paragraph texts: for pasted text already split, and for tests. */
export function modelFromParagraphs(
  texts: readonly string[],
  source: DocumentModel["source"] = "text",
): DocumentModel {
  return {
    source,
    paragraphs: texts.map((text, index) => ({ index, text, format: {} })),
    notices: [],
  };
}
