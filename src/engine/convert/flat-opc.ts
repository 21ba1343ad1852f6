/**
 * Converting a flat OPC package — what Word's `getOoxml()` returns for a range or the body —
 * to Unicode: the document part's legacy runs decoded, legacy font names replaced. A run that
 * takes its legacy font from a style gets its Unicode font directly, because the markup goes
 * back into a document whose own style definitions win over the package's.
 */
import type { LegacyEncoding } from "../model";
import { parseStyles, parseTheme, resolveCharacterStyle, resolveParagraphStyle, type ResolvedParagraphStyle, type RunProps, type Styles } from "../read/styles";
import { convertPartXml, decodeEntities, type FontContext } from "./part";

export interface FlatOpcResult {
  /** The package with its parts converted. */
  xml: string;
  /** `w:t` elements whose text changed. */
  runsConverted: number;
}

/** `<pkg:part pkg:name="/word/document.xml" …><pkg:xmlData>…</pkg:xmlData></pkg:part>`. */
const PART = /(<pkg:part\b[^>]*\bpkg:name="([^"]*)"[^>]*>\s*<pkg:xmlData>)([\s\S]*?)(<\/pkg:xmlData>)/g;

function partXml(pkg: string, name: string): Uint8Array | undefined {
  PART.lastIndex = 0;
  for (let m = PART.exec(pkg); m; m = PART.exec(pkg)) {
    if (decodeEntities(m[2]) === name) return new TextEncoder().encode(m[3]);
  }
  return undefined;
}

function fontOf(run: RunProps, styles: Styles): string | undefined {
  if (run.font) return run.font;
  if (run.themeFont) return (/^major/i.test(run.themeFont) ? styles.themeFonts.major : styles.themeFonts.minor) ?? run.themeFont;
  return undefined;
}

/** Converts every part of the package; `encoding` decides for runs whose font is not known. */
export function convertFlatOpc(pkg: string, encoding?: LegacyEncoding): FlatOpcResult {
  const theme = parseTheme(partXml(pkg, "/word/theme/theme1.xml"), "word/theme/theme1.xml");
  const styles = parseStyles(partXml(pkg, "/word/styles.xml"), "word/styles.xml", theme);
  const cache = new Map<string, ResolvedParagraphStyle>();
  const context: FontContext = {
    paragraphFont: (id) => fontOf(resolveParagraphStyle(styles, id, cache).run, styles),
    characterFont: (id) => (id === undefined ? undefined : fontOf(resolveCharacterStyle(styles, id), styles)),
    pinInheritedFonts: true,
    ...(encoding ? { documentEncoding: encoding } : {}),
  };
  let runsConverted = 0;
  PART.lastIndex = 0;
  const xml = pkg.replace(PART, (all: string, open: string, name: string, body: string, close: string) => {
    const part = decodeEntities(name);
    if (!/^\/word\/.*\.xml$/i.test(part) || part.startsWith("/word/theme/")) return all;
    const fontsOnly = /^\/word\/(styles|numbering|fontTable|settings|webSettings|stylesWithEffects)\.xml$/.test(part);
    const result = convertPartXml(body, fontsOnly ? undefined : context);
    runsConverted += result.runsConverted;
    return open + result.xml + close;
  });
  return { xml, runsConverted };
}
