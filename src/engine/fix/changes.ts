/**
 * What a fix changes in WordprocessingML: the property elements and attributes for a
 * paragraph's formatting, its runs' formatting and the page, in Word's units (twentieths
 * of a point for spacing and indents, half-points for sizes, twips for the page).
 */
import type { PageFormatFix, ParagraphFormatChange } from "./types";
import type { ChildChange, XmlNode } from "./xml-edit";

const TWIPS_PER_MM = 1440 / 25.4;

function twips(points: number): string {
  return String(Math.round(points * 20));
}

function onOff(value: boolean): ChildChange {
  return { set: { val: value ? undefined : "0" } };
}

/** The paragraph's own properties (`w:pPr` children) a change sets. */
export function paragraphChanges(change: ParagraphFormatChange, strict: boolean): Map<string, ChildChange> {
  const out = new Map<string, ChildChange>();
  if (change.alignment !== undefined) {
    const val = { left: strict ? "start" : "left", right: strict ? "end" : "right", center: "center", justify: "both" }[change.alignment];
    out.set("jc", { set: { val } });
  }
  if (change.firstLineIndent !== undefined) {
    const indent = change.firstLineIndent;
    out.set("ind", {
      set: indent >= 0 ? { firstLine: twips(indent), hanging: undefined } : { hanging: twips(-indent), firstLine: undefined },
      drop: ["firstLineChars", "hangingChars"],
    });
  }
  const spacing: Record<string, string | undefined> = {};
  const drop: string[] = [];
  if (change.spaceBefore !== undefined) {
    spacing.before = twips(change.spaceBefore);
    drop.push("beforeLines", "beforeAutospacing");
  }
  if (change.spaceAfter !== undefined) {
    spacing.after = twips(change.spaceAfter);
    drop.push("afterLines", "afterAutospacing");
  }
  if (change.lineSpacing !== undefined) {
    spacing.line = String(Math.round(change.lineSpacing * 240));
    spacing.lineRule = "auto";
  }
  if (Object.keys(spacing).length > 0) out.set("spacing", { set: spacing, drop });
  if (change.borderBottom !== undefined) {
    const bottom: ChildChange = change.borderBottom
      ? { set: { val: "single", sz: "6", space: "1", color: "auto" }, drop: ["themeColor", "themeTint", "themeShade"] }
      : { set: { val: "nil", sz: undefined, space: undefined, color: undefined }, drop: ["themeColor", "themeTint", "themeShade"] };
    out.set("pBdr", { children: new Map([["bottom", bottom]]) });
  }
  return out;
}

/** The run properties (`w:rPr` children) a change sets on every run and on the paragraph mark. */
export function runChanges(change: ParagraphFormatChange): Map<string, ChildChange> {
  const out = new Map<string, ChildChange>();
  if (change.font !== undefined) {
    const font = change.font;
    out.set("rFonts", {
      set: { ascii: font, hAnsi: font, eastAsia: font, cs: font },
      drop: ["asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"],
    });
  }
  if (change.bold !== undefined) {
    out.set("b", onOff(change.bold));
    out.set("bCs", onOff(change.bold));
  }
  if (change.italic !== undefined) {
    out.set("i", onOff(change.italic));
    out.set("iCs", onOff(change.italic));
  }
  if (change.color !== undefined) {
    out.set("color", { set: { val: change.color }, drop: ["themeColor", "themeTint", "themeShade"] });
  }
  if (change.size !== undefined) {
    const halfPoints = String(Math.round(change.size * 2));
    out.set("sz", { set: { val: halfPoints } });
    out.set("szCs", { set: { val: halfPoints } });
  }
  return out;
}

function attributeValue(node: XmlNode | undefined, local: string): string | undefined {
  return node?.attributes.find((a) => a.local === local)?.value;
}

function mmToTwips(mm: number): string {
  return String(Math.round(mm * TWIPS_PER_MM));
}

/** The section properties a page fix sets (`w:pgSz`, `w:pgMar`); `pgSz`/`pgMar` are the section's current ones. */
export function pageChanges(set: PageFormatFix["set"], pgSz: XmlNode | undefined, pgMar: XmlNode | undefined): Map<string, ChildChange> {
  const out = new Map<string, ChildChange>();
  const size: Record<string, string | undefined> = {};
  if (set.width !== undefined) size.w = mmToTwips(set.width);
  if (set.height !== undefined) size.h = mmToTwips(set.height);
  if (set.orientation !== undefined) {
    size.orient = set.orientation === "landscape" ? "landscape" : undefined;
    // Turning the page without a size given: the page's own width and height change places.
    const w = Number(size.w ?? attributeValue(pgSz, "w"));
    const h = Number(size.h ?? attributeValue(pgSz, "h"));
    if (Number.isFinite(w) && Number.isFinite(h) && w > 0 && h > 0 && (set.orientation === "landscape") !== w > h) {
      size.w = String(h);
      size.h = String(w);
    }
  }
  if (Object.keys(size).length > 0) out.set("pgSz", { set: size });
  const margins: Record<string, string | undefined> = {};
  if (set.marginTop !== undefined) margins.top = mmToTwips(set.marginTop);
  if (set.marginBottom !== undefined) margins.bottom = mmToTwips(set.marginBottom);
  if (set.marginLeft !== undefined) margins.left = mmToTwips(set.marginLeft);
  if (set.marginRight !== undefined) margins.right = mmToTwips(set.marginRight);
  if (Object.keys(margins).length > 0) {
    // Strict writes `start`/`end` for left and right; one of each pair only.
    const drop = [...(margins.left ? ["start"] : []), ...(margins.right ? ["end"] : [])];
    // A new `w:pgMar` needs all its attributes (17.6.11): Word's own defaults for those not given.
    const defaults = pgMar ? {} : { top: "1440", right: "1440", bottom: "1440", left: "1440", header: "720", footer: "720", gutter: "0" };
    out.set("pgMar", { set: { ...defaults, ...margins }, drop });
  }
  return out;
}

/** A piece of a paragraph's text: a `w:t` (editable) or a tab/break (one character, not editable). */
export interface TextPiece {
  node?: XmlNode;
  text: string;
  changed?: boolean;
}

/**
 * Replaces characters `start`–`end` of the pieces' joined text with `replacement`, inside
 * `w:t` pieces only (the replacement goes where the range starts). False, with nothing
 * changed, when the range touches a tab or break or lies beyond the text.
 */
export function replaceInPieces(pieces: TextPiece[], start: number, end: number, replacement: string): boolean {
  let offset = 0;
  const touched: { piece: TextPiece; from: number; to: number }[] = [];
  for (const piece of pieces) {
    const pieceEnd = offset + piece.text.length;
    const overlaps = start < pieceEnd && end > offset;
    const insertsHere = start === end && start >= offset && start <= pieceEnd && piece.node !== undefined;
    if (overlaps || (insertsHere && touched.length === 0)) {
      if (!piece.node) return false;
      touched.push({ piece, from: Math.max(start, offset) - offset, to: Math.min(end, pieceEnd) - offset });
    }
    offset = pieceEnd;
  }
  if (touched.length === 0 || end > offset) return false;
  touched.forEach(({ piece, from, to }, i) => {
    piece.text = piece.text.slice(0, from) + (i === 0 ? replacement : "") + piece.text.slice(to);
    piece.changed = true;
  });
  return true;
}
