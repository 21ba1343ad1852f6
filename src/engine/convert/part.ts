/**
 * Rewriting one WordprocessingML part as a string: the text of every `w:t` in a run set in a
 * legacy font is decoded to Unicode, and every legacy font name in `w:rFonts` becomes its
 * Unicode font. Everything else in the part — other elements, attributes, spacing — is copied
 * character for character, so formatting is kept exactly.
 */
import type { LegacyEncoding } from "../model";
import { legacyFont, unicodeFontFor } from "./fonts";
import { looksUnicode } from "../read/legacy";
import { decodeLegacy, decodeVni, leadingVniMarks } from "./text";

/** What a run's font is, when the run itself does not name one. */
export interface FontContext {
  /** The font a paragraph style (with its chain and the document defaults) gives its runs. */
  paragraphFont(styleId: string | undefined): string | undefined;
  /** The font a character style gives. */
  characterFont(styleId: string | undefined): string | undefined;
  /** The encoding the document's text as a whole was found in: used when no font is known (none: keep). */
  documentEncoding?: LegacyEncoding;
  /**
   * Give a converted run that takes its legacy font from a style its Unicode font directly.
   * For markup inserted into an open document, whose own style definitions win over the
   * inserted ones (see word-behaviour.md §2), so renaming the fonts in styles is not enough.
   */
  pinInheritedFonts?: boolean;
}

export interface PartResult {
  xml: string;
  /** `w:t` elements whose text changed. */
  runsConverted: number;
  /** `w:t` elements left as they were because their font is a Unicode one. */
  runsKept: number;
}

interface Frame {
  kind: "p" | "r";
  style?: string;
  font?: string;
  /** A theme font: a Unicode font by definition (themes name installed fonts). */
  themeFont?: boolean;
  /** A paragraph's text so far (its last characters): whether the next run starts a sentence. */
  tail?: string;
  /** The paragraph's last run if it was VNI: its legacy text and where its output is. */
  previousVni?: { index: number; text: string };
  /** Where a run's font can be added (output slots): after `<w:r>`, in `<w:rPr>`, after `<w:rStyle>`, or an empty `<w:rPr/>`. */
  slots?: { run?: number; rPr?: number; rStyle?: number; emptyRPr?: number };
  pinned?: boolean;
}

/** Adds the Unicode font to a run whose legacy font came from a style, in schema order (rStyle, then rFonts). */
function pinFont(run: Frame, font: string, out: string[]): void {
  const slots = run.slots;
  if (!slots || run.pinned) return;
  run.pinned = true;
  const name = escapeXml(font);
  const rFonts = `<w:rFonts w:ascii="${name}" w:hAnsi="${name}" w:cs="${name}"/>`;
  if (slots.rStyle !== undefined) out[slots.rStyle] = rFonts;
  else if (slots.rPr !== undefined) out[slots.rPr] = rFonts;
  else if (slots.emptyRPr !== undefined) out[slots.emptyRPr] = `<w:rPr>${rFonts}</w:rPr>`;
  else if (slots.run !== undefined) out[slots.run] = `<w:rPr>${rFonts}</w:rPr>`;
}

function paragraphOf(frames: readonly Frame[]): Frame | undefined {
  for (let i = frames.length - 1; i >= 0; i--) if (frames[i].kind === "p") return frames[i];
  return undefined;
}

const FONT_ATTRS = /(\sw:(?:ascii|hAnsi|cs|eastAsia)=)("([^"]*)"|'([^']*)')/g;

function mapFontAttributes(tag: string): string {
  return tag.replace(FONT_ATTRS, (all: string, name: string, _quoted: string, double?: string, single?: string) => {
    const value = double ?? single ?? "";
    const mapped = unicodeFontFor(decodeEntities(value));
    return mapped === decodeEntities(value) ? all : `${name}"${escapeXml(mapped)}"`;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`).exec(tag);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? "");
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (all, body: string) => {
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED[body] ?? all;
  });
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Any markup: a tag, a comment, a CDATA section, a declaration or processing instruction. */
const MARKUP = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:"[^"]*"|'[^']*'|[^'">])*?)(\/?)>/g;

/** Rewrites one XML part; `context` is undefined for parts without text (styles, numbering): fonts only. */
export function convertPartXml(xml: string, context?: FontContext): PartResult {
  const out: string[] = [];
  const elements: string[] = [];
  const frames: Frame[] = [];
  let last = 0;
  let runsConverted = 0;
  let runsKept = 0;
  let textStart = -1;
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(xml); match; match = MARKUP.exec(xml)) {
    const [tag, closing, name, , selfClosing] = match;
    if (name === undefined) continue;
    if (closing) {
      if ((name === "w:t" || name === "w:delText") && textStart >= 0 && context) {
        const raw = xml.slice(textStart, match.index);
        out.push(xml.slice(last, textStart));
        const converted = convertText(raw, frames, context, out.length, (index, text) => {
          out[index] = text;
        });
        if (converted === undefined) {
          runsKept++;
          out.push(raw);
        } else {
          if (converted !== raw) runsConverted++;
          out.push(converted);
          const inherited = context.pinInheritedFonts ? inheritedLegacyFont(frames, context) : undefined;
          const run = lastRun(frames);
          if (inherited && run) pinFont(run, inherited, out);
        }
        last = match.index;
        textStart = -1;
      }
      elements.pop();
      if ((name === "w:p" || name === "w:r") && frames.length > 0) frames.pop();
      continue;
    }
    const parent = elements[elements.length - 1];
    const grandparent = elements[elements.length - 2];
    if (name === "w:rFonts") {
      const mapped = mapFontAttributes(tag);
      if (mapped !== tag) {
        out.push(xml.slice(last, match.index), mapped);
        last = match.index + tag.length;
      }
      const top = frames[frames.length - 1];
      if (top?.kind === "r" && parent === "w:rPr" && grandparent === "w:r") {
        const font = attribute(tag, "w:hAnsi") ?? attribute(tag, "w:ascii");
        if (font) {
          top.font = font;
          top.themeFont = false;
        } else if (attribute(tag, "w:hAnsiTheme") ?? attribute(tag, "w:asciiTheme")) top.themeFont = true;
      }
    } else if (name === "w:pStyle" && parent === "w:pPr" && grandparent === "w:p") {
      const top = frames[frames.length - 1];
      if (top?.kind === "p") top.style = attribute(tag, "w:val");
    } else if (name === "w:rStyle" && parent === "w:rPr" && grandparent === "w:r") {
      const top = frames[frames.length - 1];
      if (top?.kind === "r") top.style = attribute(tag, "w:val");
    }
    const pinning = context?.pinInheritedFonts === true;
    const top = frames[frames.length - 1];
    if (pinning && top?.kind === "r" && parent === "w:r" && name === "w:rPr" && selfClosing) {
      out.push(xml.slice(last, match.index));
      top.slots = { ...top.slots, emptyRPr: out.length };
      out.push(tag);
      last = match.index + tag.length;
    } else if (pinning && top?.kind === "r" && ((name === "w:rPr" && parent === "w:r") || (name === "w:rStyle" && parent === "w:rPr" && grandparent === "w:r"))) {
      // An empty slot right after the tag, filled if the run's text turns out to need a font.
      out.push(xml.slice(last, match.index + tag.length));
      top.slots = { ...top.slots, [name === "w:rPr" ? "rPr" : "rStyle"]: out.length };
      out.push("");
      last = match.index + tag.length;
    }
    if (selfClosing) continue;
    elements.push(name);
    if (name === "w:p") frames.push({ kind: "p" });
    else if (name === "w:r") {
      const run: Frame = { kind: "r" };
      if (pinning) {
        out.push(xml.slice(last, match.index + tag.length));
        run.slots = { run: out.length };
        out.push("");
        last = match.index + tag.length;
      }
      frames.push(run);
    }
    // Deleted text of a tracked change shows too, in Word's markup view.
    else if (name === "w:t" || name === "w:delText") textStart = match.index + tag.length;
  }
  out.push(xml.slice(last));
  return { xml: out.join(""), runsConverted, runsKept };
}

function lastRun(frames: readonly Frame[]): Frame | undefined {
  for (let i = frames.length - 1; i >= 0; i--) if (frames[i].kind === "r") return frames[i];
  return undefined;
}

/** The legacy font a run takes from its character or paragraph style, when it names none itself. */
function inheritedLegacyFont(frames: readonly Frame[], context: FontContext): string | undefined {
  const run = lastRun(frames);
  if (!run || run.font || run.themeFont) return undefined;
  const font = context.characterFont(run.style) ?? context.paragraphFont(paragraphOf(frames)?.style);
  const legacy = font === undefined ? undefined : legacyFont(font);
  return legacy ? legacy.unicode : undefined;
}

/** The encoding of one run's text from its font, or the document's when no font is known; undefined: keep. */
function runEncoding(frames: readonly Frame[], context: FontContext): { encoding: LegacyEncoding; capitals: boolean } | undefined {
  let run: Frame | undefined;
  let paragraph: Frame | undefined;
  for (let i = frames.length - 1; i >= 0; i--) {
    if (!run && frames[i].kind === "r") run = frames[i];
    else if (run && frames[i].kind === "p") {
      paragraph = frames[i];
      break;
    }
  }
  let font: string | undefined;
  let known = false;
  if (run?.font) font = run.font;
  else if (run?.themeFont) known = true;
  else font = context.characterFont(run?.style) ?? context.paragraphFont(paragraph?.style);
  if (font !== undefined) {
    const legacy = legacyFont(font);
    return legacy ? { encoding: legacy.encoding, capitals: legacy.capitals } : undefined;
  }
  return known || !context.documentEncoding ? undefined : { encoding: context.documentEncoding, capitals: false };
}

/**
 * Converts one run's text. A VNI letter can be split between two runs (an edit made in Word
 * starts a new run): "Vie" + "ät". Marks at the start of a run then go to the letter that ends
 * the run before, which `replace` rewrites.
 */
function convertText(
  raw: string,
  frames: readonly Frame[],
  context: FontContext,
  index: number,
  replace: (index: number, text: string) => void,
): string | undefined {
  const paragraph = paragraphOf(frames);
  const original = decodeEntities(raw);
  let text = original;
  const remember = (shown: string): void => {
    if (paragraph) paragraph.tail = ((paragraph.tail ?? "") + shown).slice(-8);
  };
  const how = runEncoding(frames, context);
  const previous = paragraph?.previousVni;
  if (paragraph) delete paragraph.previousVni;
  // A run already in Unicode inside a legacy document (pasted in later) is kept.
  if (!how || looksUnicode(text)) {
    remember(text);
    return undefined;
  }
  if (how.encoding === "vni" && paragraph) {
    const legacy = text;
    const lead = leadingVniMarks(text);
    if (previous && lead !== "") {
      const joined = decodeVni(previous.text + lead);
      if (joined !== decodeVni(previous.text) + decodeVni(lead)) {
        replace(previous.index, escapeText(joined));
        text = text.slice(lead.length);
      }
    }
    paragraph.previousVni = { index, text: legacy };
  }
  const sentenceStart = /^\s*$|[.!?…]\s*$/u.test(paragraph?.tail ?? "");
  const decoded = decodeLegacy(text, how.encoding, how.capitals, sentenceStart);
  remember(decoded);
  return decoded === original ? raw : escapeText(decoded);
}
