/** The simulated page and paragraph layout: plain data, as Word reports them. */

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

/** The page, in points, as Word's `PageSetup` reports it (WordApiDesktop 1.3). */
export interface SimPage {
  pageWidth: number;
  pageHeight: number;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  orientation: "Portrait" | "Landscape";
}

/** Word's blank document: A4 with 1-inch margins. */
export const DEFAULT_PAGE: SimPage = {
  pageWidth: 595.3,
  pageHeight: 841.9,
  topMargin: 72,
  bottomMargin: 72,
  leftMargin: 72,
  rightMargin: 72,
  orientation: "Portrait",
};
