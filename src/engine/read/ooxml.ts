/**
 * WordprocessingML given as text: a flat OPC package (`pkg:package`, what `Range.insertOoxml`
 * takes and src/parts writes), a bare `w:document`, or a bare `w:body`. Read by the same
 * body reader as a .docx, with the formatting as written kept beside the paragraphs.
 *
 * In a package the parts are found by their usual names; styles, theme and numbering are
 * read first, as they may come after the document part.
 */
import type { Paragraph } from "../model";
import { bodyReader } from "./body";
import { ListNumbering, numberingHandlers } from "./numbering";
import { emptyStyles, stylesHandlers, themeHandlers, type ThemeFonts } from "./styles";
import type { WrittenParagraph, WrittenTable } from "./written";
import { anyAttr, parseXml, type XmlHandlers } from "./xml";

const PACKAGE = "http://schemas.microsoft.com/office/2006/xmlPackage";
const LABEL = "OOXML";

export interface OoxmlContent {
  paragraphs: Paragraph[];
  /** Each paragraph's formatting as written, index for index with `paragraphs`. */
  written: WrittenParagraph[];
  /** The outermost tables, in order. */
  tables: WrittenTable[];
}

/** Hands each package part's content to the handlers for its name; `sawPackage` says a package was met. */
function partRouter(parts: Map<string, XmlHandlers>, sawPackage: () => void = () => {}): XmlHandlers {
  let current: XmlHandlers | undefined;
  return {
    open(tag, end) {
      if (tag.uri !== PACKAGE) current?.open(tag, end);
      else if (tag.local === "package") sawPackage();
      else if (tag.local === "part") current = parts.get(anyAttr(tag, "name") ?? "");
    },
    close(tag, end) {
      if (tag.uri !== PACKAGE) current?.close(tag, end);
      else if (tag.local === "part") current = undefined;
    },
    text(text) {
      current?.text?.(text);
    },
  };
}

/** Throws the reader's `InputError` when the XML is not well formed or not allowed. */
export function readOoxml(xml: string): OoxmlContent {
  const themeFonts: ThemeFonts = {};
  const styles = emptyStyles(themeFonts);
  const numbering = new ListNumbering();
  let isPackage = false;
  const support = new Map<string, XmlHandlers>([
    ["/word/styles.xml", stylesHandlers(styles)],
    ["/word/theme/theme1.xml", themeHandlers(themeFonts)],
    ["/word/numbering.xml", numberingHandlers(numbering)],
  ]);
  parseXml(xml, LABEL, partRouter(support, () => (isPackage = true)));
  const reader = bodyReader(styles, numbering, { written: true });
  parseXml(xml, LABEL, isPackage ? partRouter(new Map([["/word/document.xml", reader.handlers]])) : reader.handlers);
  const body = reader.finish();
  return { paragraphs: body.paragraphs, written: body.written ?? [], tables: body.tables ?? [] };
}
