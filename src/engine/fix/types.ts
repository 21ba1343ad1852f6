/**
 * Corrections a finding can carry. A fix changes formatting only; text changes are offered as a
 * replacement the user confirms, never applied by "Sửa tất cả".
 */
import type { Alignment, PageSetup } from "../model";

/** Formatting to set on a whole paragraph (its paragraph properties and every run of it). */
export interface ParagraphFormatChange {
  font?: string;
  /** Points. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** Six hex digits, "000000" for black. */
  color?: string;
  alignment?: Alignment;
  /** Points. */
  firstLineIndent?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  /** Multiple of single line spacing. */
  lineSpacing?: number;
  /** Draw (true) or remove (false) a rule under the paragraph. */
  borderBottom?: boolean;
}

export interface ParagraphFormatFix {
  kind: "paragraph";
  /** Model paragraph index. */
  paragraph: number;
  set: ParagraphFormatChange;
}

export interface PageFormatFix {
  kind: "page";
  set: Pick<
    PageSetup,
    "width" | "height" | "marginTop" | "marginBottom" | "marginLeft" | "marginRight" | "orientation"
  >;
}

/** A text change the user must confirm (a misspelt Quốc hiệu); never part of "Sửa tất cả". */
export interface TextReplacementFix {
  kind: "text";
  paragraph: number;
  start: number;
  end: number;
  replacement: string;
}

export type FormatFix = ParagraphFormatFix | PageFormatFix | TextReplacementFix;
