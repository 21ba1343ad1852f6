/**
 * Editing property elements (`w:pPr`, `w:rPr`, `w:sectPr`, `w:pBdr`) of a part's XML in place.
 * An element is known by where it sits in the part's text; an edited container is written
 * again from its original open tag, its untouched children copied character for character,
 * and the changed or added children in the order the schema gives (ECMA-376 Part 1, 17.3.1.26
 * CT_PPr, 17.3.2.28 CT_RPr, 17.6.17 CT_SectPr, 17.3.1.24 pBdr), so Word opens the result.
 */

export interface XmlAttribute {
  /** As written ("w:val"). */
  name: string;
  local: string;
  value: string;
}

export interface XmlNode {
  local: string;
  /** Prefix as written ("w"), "" when none. */
  prefix: string;
  /** True for a WordprocessingML element. */
  word: boolean;
  attributes: XmlAttribute[];
  /** Where the element starts (its `<`), where its open tag ends, and where the element ends. */
  start: number;
  openEnd: number;
  end: number;
  selfClosing: boolean;
  children: XmlNode[];
}

/** One replacement of the part's text between `start` and `end`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

const PPR_ORDER = [
  "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers",
  "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
  "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
  "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
  "rPr", "sectPr", "pPrChange",
];
const RPR_ORDER = [
  "ins", "del", "moveFrom", "moveTo", "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
  "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
  "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
  "eastAsianLayout", "specVanish", "oMath", "rPrChange",
];
const SECTPR_ORDER = [
  "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc", "pgBorders",
  "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter",
  "docGrid", "printerSettings", "sectPrChange",
];
const PBDR_ORDER = ["top", "left", "bottom", "right", "between", "bar"];

export const ORDERS: Record<string, readonly string[]> = { pPr: PPR_ORDER, rPr: RPR_ORDER, sectPr: SECTPR_ORDER, pBdr: PBDR_ORDER };

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** What a child becomes: attributes to set (undefined removes one), or removal of the whole child. */
export interface ChildChange {
  set?: Record<string, string | undefined>;
  /** Attribute local names to drop whatever their prefix ("asciiTheme"). */
  drop?: readonly string[];
  /** Changes to the child's own children (for `w:pBdr`). */
  children?: Map<string, ChildChange>;
  remove?: boolean;
}

function qualified(prefix: string, local: string): string {
  return prefix ? `${prefix}:${local}` : local;
}

function writeAttributes(attributes: readonly XmlAttribute[]): string {
  return attributes.map((a) => ` ${a.name}="${escapeXml(a.value)}"`).join("");
}

function changedAttributes(node: XmlNode | undefined, prefix: string, change: ChildChange): XmlAttribute[] {
  const out: XmlAttribute[] = (node?.attributes ?? []).filter((a) => !change.drop?.includes(a.local));
  for (const [local, value] of Object.entries(change.set ?? {})) {
    const at = out.findIndex((a) => a.local === local && (a.name === local || a.name.startsWith(`${prefix}:`)));
    if (value === undefined) {
      if (at >= 0) out.splice(at, 1);
    } else if (at >= 0) out[at] = { ...out[at], value };
    else out.push({ name: qualified(prefix, local), local, value });
  }
  return out;
}

/**
 * The text of `container` (an element of `xml`, or a new one when undefined) with `changes`
 * made to its children, keyed by local name.
 */
export function editContainer(
  xml: string,
  container: XmlNode | undefined,
  local: string,
  prefix: string,
  changes: ReadonlyMap<string, ChildChange>,
): string {
  const order = ORDERS[local] ?? [];
  const rank = (node: XmlNode): number => {
    const at = node.word ? order.indexOf(node.local) : -1;
    return at < 0 ? order.length : at;
  };
  const pieces: { rank: number; text: string }[] = [];
  const seen = new Set<string>();
  for (const child of container?.children ?? []) {
    const change = child.word ? changes.get(child.local) : undefined;
    if (!change) {
      pieces.push({ rank: rank(child), text: xml.slice(child.start, child.end) });
      continue;
    }
    seen.add(child.local);
    if (change.remove) continue;
    pieces.push({ rank: rank(child), text: writeChild(xml, child, child.local, prefix, change) });
  }
  for (const [name, change] of changes) {
    if (seen.has(name) || change.remove) continue;
    const at = order.indexOf(name);
    const text = writeChild(xml, undefined, name, prefix, change);
    const position = pieces.findIndex((piece) => piece.rank > at);
    const piece = { rank: at, text };
    if (position < 0) pieces.push(piece);
    else pieces.splice(position, 0, piece);
  }
  const name = qualified(container?.prefix ?? prefix, local);
  const open = container && !container.selfClosing ? xml.slice(container.start, container.openEnd) : `<${name}${writeAttributes(container?.attributes ?? [])}>`;
  if (pieces.length === 0 && !container) return "";
  return `${open}${pieces.map((p) => p.text).join("")}</${name}>`;
}

function writeChild(xml: string, node: XmlNode | undefined, local: string, prefix: string, change: ChildChange): string {
  if (change.children) return editContainer(xml, node, local, node?.prefix ?? prefix, change.children);
  const attributes = changedAttributes(node, node?.prefix ?? prefix, change);
  const name = qualified(node?.prefix ?? prefix, local);
  if (node && !node.selfClosing) {
    // Keep what the element holds (a `w:rPr` child has none; this is for completeness).
    return `<${name}${writeAttributes(attributes)}>${xml.slice(node.openEnd, xml.lastIndexOf("<", node.end - 1))}</${name}>`;
  }
  return `<${name}${writeAttributes(attributes)}/>`;
}

/** The part's text with the edits made; edits may not overlap. */
export function applyEdits(xml: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error("overlapping XML edits");
    out += xml.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + xml.slice(at);
}
