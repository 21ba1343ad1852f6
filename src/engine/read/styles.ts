/**
 * Styles of a .docx (`word/styles.xml`, and the theme fonts it may refer to): what a
 * paragraph or run inherits from its style chain and the document defaults.
 */
import type { SaxesTagNS } from "saxes";
import type { Alignment } from "../model";
import { anyAttr, attr, isWord, onOff, parseXml, type XmlHandlers } from "./xml";

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
  font?: string;
  /** A theme font reference ("minorHAnsi") when no font is named. */
  themeFont?: string;
  superscript?: boolean;
  /** Six hex digits, or "auto". */
  color?: string;
}

/**
 * Run properties with every field present, in one order: the reader makes one for every run,
 * and objects of one shape keep V8's compiled reader on its fast path (fields added in varying
 * order, or deleted, gave each run's object a shape of its own and threw the compiled code away).
 * An absent property is `undefined`, as before.
 */
export function emptyRunProps(): RunProps {
  return { bold: undefined, italic: undefined, size: undefined, font: undefined, themeFont: undefined, superscript: undefined, color: undefined };
}

export interface ParaProps {
  alignment?: Alignment;
  /** 0-based as in `w:outlineLvl`; 9 means body text. */
  outlineLevel?: number;
  /** `w:numPr`: the list and its level; numId "0" means "not numbered". */
  numId?: string;
  numLevel?: number;
  /** Points (twips / 20); negative for a hanging indent. */
  firstLineIndent?: number;
  leftIndent?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  /** Multiple of single spacing (`lineRule` auto: line / 240). */
  lineSpacing?: number;
  /** Points (`lineRule` exact or atLeast). */
  lineSpacingPoints?: number;
  borderBottom?: boolean;
}

/** The spacing and indent fields, inherited one by one along the style chain. */
const LAYOUT_KEYS = ["firstLineIndent", "leftIndent", "spaceBefore", "spaceAfter", "borderBottom"] as const;

export interface StyleDef {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  run: RunProps;
  para: ParaProps;
}

export interface Styles {
  byId: Map<string, StyleDef>;
  defaultParagraph?: string;
  defaultRun: RunProps;
  defaultPara: ParaProps;
  themeFonts: { major?: string; minor?: string };
}

function alignmentOf(value: string | undefined): Alignment | undefined {
  switch (value) {
    case "both":
    case "distribute":
    case "justify":
      return "justify";
    case "center":
      return "center";
    case "right":
    case "end":
      return "right";
    case "left":
    case "start":
      return "left";
    default:
      return undefined;
  }
}

/** Reads a run-property child element into `props`. */
export function readRunProperty(tag: SaxesTagNS, props: RunProps): void {
  switch (tag.local) {
    case "b":
      props.bold = onOff(tag);
      break;
    case "i":
      props.italic = onOff(tag);
      break;
    case "sz": {
      const halfPoints = Number(attr(tag, "val"));
      if (Number.isFinite(halfPoints) && halfPoints > 0) props.size = halfPoints / 2;
      break;
    }
    case "rFonts": {
      const font = attr(tag, "hAnsi") ?? attr(tag, "ascii");
      const theme = attr(tag, "hAnsiTheme") ?? attr(tag, "asciiTheme");
      // Word draws a theme font in preference to the named one when a run gives both.
      if (theme) {
        props.themeFont = theme;
        props.font = undefined;
      } else if (font) {
        props.font = font;
        props.themeFont = undefined;
      }
      break;
    }
    case "vertAlign":
      props.superscript = attr(tag, "val") === "superscript";
      break;
    case "color": {
      const value = attr(tag, "val");
      if (value && /^(?:[0-9A-Fa-f]{6}|auto)$/.test(value)) props.color = value === "auto" ? "auto" : value.toUpperCase();
      break;
    }
  }
}

/** Twips as points, for a twips attribute that is a whole number. */
function twipsToPoints(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?\d+$/.test(value)) return undefined;
  return Number(value) / 20;
}

/** `w:ind`, `w:spacing` and the bottom border of `w:pBdr` (the only `w:bottom` a `w:pPr` holds). */
function readParagraphLayout(tag: SaxesTagNS, props: ParaProps): void {
  if (tag.local === "ind") {
    const left = twipsToPoints(attr(tag, "left") ?? attr(tag, "start"));
    if (left !== undefined) props.leftIndent = left;
    const hanging = twipsToPoints(attr(tag, "hanging"));
    const first = twipsToPoints(attr(tag, "firstLine"));
    if (hanging !== undefined) props.firstLineIndent = -hanging;
    else if (first !== undefined) props.firstLineIndent = first;
  } else if (tag.local === "spacing") {
    const before = twipsToPoints(attr(tag, "before"));
    const after = twipsToPoints(attr(tag, "after"));
    if (before !== undefined) props.spaceBefore = before;
    if (after !== undefined) props.spaceAfter = after;
    const line = twipsToPoints(attr(tag, "line"));
    if (line !== undefined && line > 0) {
      const rule = attr(tag, "lineRule") ?? "auto";
      if (rule === "auto") {
        props.lineSpacing = Math.round((line * 20 * 100) / 240) / 100;
        delete props.lineSpacingPoints;
      } else {
        props.lineSpacingPoints = line;
        delete props.lineSpacing;
      }
    }
  } else if (tag.local === "bottom") {
    const value = attr(tag, "val");
    props.borderBottom = value !== undefined && value !== "nil" && value !== "none";
  }
}

export function readParagraphProperty(tag: SaxesTagNS, props: ParaProps): void {
  if (tag.local === "jc") {
    const alignment = alignmentOf(attr(tag, "val"));
    if (alignment) props.alignment = alignment;
  } else if (tag.local === "outlineLvl") {
    const level = Number(attr(tag, "val"));
    if (Number.isInteger(level) && level >= 0 && level <= 9) props.outlineLevel = level;
  } else if (tag.local === "numId") {
    const id = attr(tag, "val");
    if (id !== undefined) props.numId = id;
  } else if (tag.local === "ilvl") {
    const level = Number(attr(tag, "val"));
    if (Number.isInteger(level) && level >= 0 && level <= 8) props.numLevel = level;
  } else readParagraphLayout(tag, props);
}

/** Copies the spacing, indent and border fields `source` sets onto `target`. */
export function mergeParagraphLayout(target: ParaProps, source: ParaProps): void {
  for (const key of LAYOUT_KEYS) if (source[key] !== undefined) (target as Record<string, unknown>)[key] = source[key];
  if (source.lineSpacing !== undefined) {
    target.lineSpacing = source.lineSpacing;
    delete target.lineSpacingPoints;
  } else if (source.lineSpacingPoints !== undefined) {
    target.lineSpacingPoints = source.lineSpacingPoints;
    delete target.lineSpacing;
  }
}

export type ThemeFonts = Styles["themeFonts"];

/** The theme's major and minor Latin fonts, which `w:asciiTheme` and `w:hAnsiTheme` refer to. */
export function themeHandlers(fonts: ThemeFonts): XmlHandlers {
  let current: "major" | "minor" | undefined;
  return {
    open(tag) {
      if (tag.local === "majorFont") current = "major";
      else if (tag.local === "minorFont") current = "minor";
      else if (tag.local === "latin" && current && fonts[current] === undefined) {
        const face = anyAttr(tag, "typeface");
        if (face) fonts[current] = face;
      }
    },
    close(tag) {
      if (tag.local === "majorFont" || tag.local === "minorFont") current = undefined;
    },
  };
}

export function parseTheme(bytes: Uint8Array | undefined, part: string): ThemeFonts {
  const fonts: ThemeFonts = {};
  if (bytes) parseXml(bytes, part, themeHandlers(fonts));
  return fonts;
}

export function emptyStyles(themeFonts: ThemeFonts): Styles {
  return { byId: new Map(), defaultRun: emptyRunProps(), defaultPara: {}, themeFonts };
}

/** Fills `styles` from the styles part: document defaults and every style's own properties. */
export function stylesHandlers(styles: Styles): XmlHandlers {
  let current: StyleDef | undefined;
  let inDefaultsRun = false;
  let inDefaultsPara = false;
  let inRunProps = 0;
  let inParaProps = 0;
  return {
    open(tag) {
      if (!isWord(tag)) return;
      switch (tag.local) {
        case "rPrDefault":
          inDefaultsRun = true;
          return;
        case "pPrDefault":
          inDefaultsPara = true;
          return;
        case "style":
          current = { id: attr(tag, "styleId") ?? "", type: attr(tag, "type") ?? "paragraph", run: emptyRunProps(), para: {} };
          if (current.type === "paragraph" && onOffAttr(attr(tag, "default"))) styles.defaultParagraph = current.id;
          return;
        case "name":
          if (current) current.name = attr(tag, "val");
          return;
        case "basedOn":
          if (current) current.basedOn = attr(tag, "val");
          return;
        case "rPr":
          inRunProps++;
          return;
        case "pPr":
          inParaProps++;
          return;
      }
      if (inRunProps > 0) {
        const target = current ? current.run : inDefaultsRun ? styles.defaultRun : undefined;
        if (target) readRunProperty(tag, target);
      } else if (inParaProps > 0) {
        const target = current ? current.para : inDefaultsPara ? styles.defaultPara : undefined;
        if (target) readParagraphProperty(tag, target);
      }
    },
    close(tag) {
      if (!isWord(tag)) return;
      switch (tag.local) {
        case "rPrDefault":
          inDefaultsRun = false;
          break;
        case "pPrDefault":
          inDefaultsPara = false;
          break;
        case "style":
          if (current && current.id) styles.byId.set(current.id, current);
          current = undefined;
          break;
        case "rPr":
          inRunProps--;
          break;
        case "pPr":
          inParaProps--;
          break;
      }
    },
  };
}

export function parseStyles(bytes: Uint8Array | undefined, part: string, themeFonts: ThemeFonts): Styles {
  const styles = emptyStyles(themeFonts);
  if (bytes) parseXml(bytes, part, stylesHandlers(styles));
  return styles;
}

function onOffAttr(value: string | undefined): boolean {
  return value === "1" || value === "true" || value === "on";
}

/** The style and its ancestors, root first; stops on a loop in `basedOn`. */
function styleChain(styles: Styles, id: string | undefined): StyleDef[] {
  const chain: StyleDef[] = [];
  const seen = new Set<string>();
  let style = id === undefined ? undefined : styles.byId.get(id);
  while (style && !seen.has(style.id) && chain.length < 50) {
    seen.add(style.id);
    chain.unshift(style);
    style = style.basedOn === undefined ? undefined : styles.byId.get(style.basedOn);
  }
  return chain;
}

export function mergeRun(target: RunProps, source: RunProps): void {
  if (source.bold !== undefined) target.bold = source.bold;
  if (source.italic !== undefined) target.italic = source.italic;
  if (source.size !== undefined) target.size = source.size;
  if (source.font !== undefined) {
    target.font = source.font;
    target.themeFont = undefined;
  } else if (source.themeFont !== undefined) {
    target.themeFont = source.themeFont;
    target.font = undefined;
  }
  if (source.superscript !== undefined) target.superscript = source.superscript;
  if (source.color !== undefined) target.color = source.color;
}

/** "heading 1" → "Heading 1": built-in names are stored in lower case, Word shows them capitalised. */
function displayName(name: string): string {
  if (!/^[a-z][a-z0-9 ]*$/.test(name)) return name;
  return name.replace(/(^|\s)([a-z])/g, (_all, space: string, letter: string) => space + letter.toUpperCase());
}

export interface ResolvedParagraphStyle {
  name?: string;
  headingLevel?: number;
  alignment?: Alignment;
  numId?: string;
  numLevel?: number;
  /** Spacing, indents and the bottom border the style chain gives. */
  layout: ParaProps;
  run: RunProps;
}

export function resolveParagraphStyle(styles: Styles, styleId: string | undefined, cache: Map<string, ResolvedParagraphStyle>): ResolvedParagraphStyle {
  const id = styleId ?? styles.defaultParagraph ?? "";
  const cached = cache.get(id);
  if (cached) return cached;
  const run = emptyRunProps();
  mergeRun(run, styles.defaultRun);
  const para: ParaProps = { ...styles.defaultPara };
  const chain = styleChain(styles, id === "" ? undefined : id);
  let headingFromName: number | undefined;
  for (const style of chain) {
    mergeRun(run, style.run);
    if (style.para.alignment !== undefined) para.alignment = style.para.alignment;
    if (style.para.outlineLevel !== undefined) para.outlineLevel = style.para.outlineLevel;
    if (style.para.numId !== undefined) para.numId = style.para.numId;
    if (style.para.numLevel !== undefined) para.numLevel = style.para.numLevel;
    mergeParagraphLayout(para, style.para);
    const match = /^heading\s+([1-9])$/i.exec(style.name ?? "");
    if (match) headingFromName = Number(match[1]);
  }
  const own = chain[chain.length - 1];
  const layout: ParaProps = {};
  mergeParagraphLayout(layout, para);
  const resolved: ResolvedParagraphStyle = { run, layout };
  if (own?.name) resolved.name = displayName(own.name);
  else if (styleId) resolved.name = styleId;
  // Without styles.xml, a style id such as "Heading1" still says what it is.
  if (chain.length === 0 && styleId) {
    const fromId = /^heading\s?([1-9])$/i.exec(styleId);
    if (fromId) headingFromName = Number(fromId[1]);
  }
  const level = para.outlineLevel !== undefined && para.outlineLevel < 9 ? para.outlineLevel + 1 : headingFromName;
  if (level !== undefined) resolved.headingLevel = level;
  if (para.alignment) resolved.alignment = para.alignment;
  if (para.numId !== undefined) resolved.numId = para.numId;
  if (para.numLevel !== undefined) resolved.numLevel = para.numLevel;
  cache.set(id, resolved);
  return resolved;
}

export function resolveCharacterStyle(styles: Styles, styleId: string | undefined): RunProps {
  const run = emptyRunProps();
  for (const style of styleChain(styles, styleId)) mergeRun(run, style.run);
  return run;
}

export function sameRunProps(a: RunProps, b: RunProps): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.size === b.size &&
    a.font === b.font &&
    a.themeFont === b.themeFont &&
    a.superscript === b.superscript &&
    a.color === b.color
  );
}
