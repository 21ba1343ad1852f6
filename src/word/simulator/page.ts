/** The simulated page: plain data, as `Document.pageSetup` reports it. */

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
