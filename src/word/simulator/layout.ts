/** The simulated page and paragraph layout: plain data, as Word reports them. */
import type { ParagraphFormat } from "../../engine/model";

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

/** A paragraph's layout as Word reports it, from what the engine read of it; Word's defaults where it says nothing. */
export function layoutFromFormat(format: ParagraphFormat): SimParagraphLayout {
  return {
    firstLineIndent: format.firstLineIndent ?? DEFAULT_LAYOUT.firstLineIndent,
    leftIndent: format.leftIndent ?? DEFAULT_LAYOUT.leftIndent,
    spaceBefore: format.spaceBefore ?? DEFAULT_LAYOUT.spaceBefore,
    spaceAfter: format.spaceAfter ?? DEFAULT_LAYOUT.spaceAfter,
    lineSpacing: format.lineSpacing !== undefined ? format.lineSpacing * 12 : (format.lineSpacingPoints ?? DEFAULT_LAYOUT.lineSpacing),
  };
}

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
