/**
 * Legacy Vietnamese fonts and the Unicode fonts that replace them. TCVN3 fonts are named
 * ".Vn…" (".VnTime"; the ".…H" variants draw every letter as a capital), VNI fonts "VNI-…".
 */
import type { LegacyEncoding } from "../model";

export interface LegacyFont {
  encoding: LegacyEncoding;
  /** An ".…H" font: its small letters show as capitals. */
  capitals: boolean;
  unicode: string;
}

const TCVN3_FONTS: readonly (readonly [RegExp, string])[] = [
  [/^time/i, "Times New Roman"],
  [/^arial\s*narrow/i, "Arial Narrow"],
  [/^arial\s*black/i, "Arial Black"],
  [/^arial/i, "Arial"],
  [/^helvet/i, "Arial"],
  [/^univers/i, "Arial"],
  [/^courier/i, "Courier New"],
  [/^book[-\s]?antiqua/i, "Book Antiqua"],
  [/^century\s*schoolbook/i, "Century Schoolbook"],
  [/^avant/i, "Century Gothic"],
  [/^souvenir/i, "Times New Roman"],
];

const VNI_FONTS: readonly (readonly [RegExp, string])[] = [
  [/^times/i, "Times New Roman"],
  [/^helve[-\s]?condense/i, "Arial Narrow"],
  [/^helve/i, "Arial"],
  [/^arial/i, "Arial"],
  [/^univer/i, "Arial"],
  [/^couri/i, "Courier New"],
  [/^book/i, "Book Antiqua"],
  [/^centur/i, "Century Schoolbook"],
  [/^avo/i, "Century Gothic"],
  [/^palatin/i, "Palatino Linotype"],
  [/^tahoma/i, "Tahoma"],
];

function lookUp(table: readonly (readonly [RegExp, string])[], rest: string): string {
  for (const [pattern, font] of table) if (pattern.test(rest)) return font;
  // A decorative legacy font has no Unicode twin: the body font keeps it readable.
  return "Times New Roman";
}

/** What a font name says about the text set in it; undefined for any other (Unicode) font. */
export function legacyFont(name: string): LegacyFont | undefined {
  const trimmed = name.trim();
  const tcvn3 = /^\.vn\s*(.*)$/i.exec(trimmed);
  if (tcvn3) {
    let rest = tcvn3[1];
    // ".VnTimeH", ".VnArialH", ".VnArial NarrowH": a capital H after a small letter.
    const capitals = /[a-z]H$/.test(rest);
    if (capitals) rest = rest.slice(0, -1);
    return { encoding: "tcvn3", capitals, unicode: lookUp(TCVN3_FONTS, rest) };
  }
  const vni = /^vni[-\s_]+(.*)$/i.exec(trimmed);
  if (vni) return { encoding: "vni", capitals: false, unicode: lookUp(VNI_FONTS, vni[1]) };
  return undefined;
}

/** The Unicode font for a legacy one; any other name is returned as it is. */
export function unicodeFontFor(name: string): string {
  return legacyFont(name)?.unicode ?? name;
}
