/**
 * Converting a TCVN3 or VNI .docx to Unicode: every part that holds text (body, headers,
 * footers, footnotes, endnotes, comments, text boxes inside them) has its legacy runs decoded
 * and its legacy font names replaced; styles and numbering get their font names replaced. Parts
 * that do not change are carried over byte for byte.
 */
import type { LegacyEncoding } from "../model";
import { readDocx } from "../read/docx";
import { parseStyles, parseTheme, resolveCharacterStyle, resolveParagraphStyle, type ResolvedParagraphStyle, type RunProps, type Styles } from "../read/styles";
import { openZip, readPart } from "../read/zip";
import { convertPartXml, type FontContext } from "./part";
import { rewritePackage } from "./zip-write";

export interface ConvertResult {
  /** The converted package; undefined when nothing needed converting. */
  bytes?: Uint8Array;
  /** The encoding the document's text was found in, if any. */
  encoding?: LegacyEncoding;
  runsConverted: number;
  /** Runs in a Unicode font inside a legacy document, left as they were. */
  runsKept: number;
  /** Parts rewritten. */
  parts: string[];
}

function fontOf(run: RunProps, styles: Styles): string | undefined {
  if (run.font) return run.font;
  if (run.themeFont) {
    const theme = /^major/i.test(run.themeFont) ? styles.themeFonts.major : styles.themeFonts.minor;
    // A theme font is a Unicode font; its name matters only for what it is not.
    return theme ?? run.themeFont;
  }
  return undefined;
}

function fontContext(styles: Styles, encoding: LegacyEncoding | undefined): FontContext {
  const cache = new Map<string, ResolvedParagraphStyle>();
  const context: FontContext = {
    paragraphFont: (id) => fontOf(resolveParagraphStyle(styles, id, cache).run, styles),
    characterFont: (id) => (id === undefined ? undefined : fontOf(resolveCharacterStyle(styles, id), styles)),
  };
  if (encoding) context.documentEncoding = encoding;
  return context;
}

/** Parts with runs of text; everything else under word/ may still name fonts. */
const FONT_ONLY_PARTS = /^word\/(styles|numbering|fontTable|settings|webSettings|stylesWithEffects)\.xml$/;

export function convertDocx(bytes: Uint8Array): ConvertResult {
  // The reader checks the package (and its limits) and says which encoding the body is in.
  const model = readDocx(bytes);
  const encoding = model.legacyEncoding;
  const zip = openZip(bytes);
  const themeFonts = parseTheme(readPart(zip, "word/theme/theme1.xml"), "word/theme/theme1.xml");
  const styles = parseStyles(readPart(zip, "word/styles.xml"), "word/styles.xml", themeFonts);
  const context = fontContext(styles, encoding);
  const changed = new Map<string, Uint8Array>();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const encoder = new TextEncoder();
  let runsConverted = 0;
  let runsKept = 0;
  for (const name of zip.entries.keys()) {
    if (!/^word\/.*\.xml$/i.test(name) || name.startsWith("word/theme/")) continue;
    const data = readPart(zip, name);
    if (!data) continue;
    let xml: string;
    try {
      xml = decoder.decode(data);
    } catch {
      // A part not in UTF-8 is left alone rather than damaged.
      continue;
    }
    if (!xml.includes("w:rFonts") && !xml.includes("<w:t")) continue;
    const result = convertPartXml(xml, FONT_ONLY_PARTS.test(name) ? undefined : context);
    runsConverted += result.runsConverted;
    runsKept += result.runsKept;
    if (result.xml !== xml) changed.set(name, encoder.encode(result.xml));
  }
  const result: ConvertResult = { runsConverted, runsKept, parts: [...changed.keys()] };
  if (encoding) result.encoding = encoding;
  if (runsConverted === 0) return result;
  result.bytes = rewritePackage(zip, changed, (name) => readPart(zip, name) ?? new Uint8Array());
  return result;
}
