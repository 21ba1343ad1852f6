/**
 * .docx reader: opens the package, finds the main document and the parts it uses (styles,
 * theme, numbering, notes), and reads the body into a DocumentModel.
 *
 * Automatic list numbers ("I.", "1.", "a)") are not part of the text, as in Word; they are
 * reported as `listLabel`. Footnotes and endnotes are read into `footnotes`, apart from
 * the body; their text starts after the note mark (with the space Word puts after it).
 * A notice says when text boxes were skipped.
 *
 * Who does what: sniff.ts (what the bytes are), zip.ts (the package, with its size
 * limits), xml.ts (parsing a part), relationships.ts, styles.ts, numbering.ts, body.ts
 * (the paragraphs) and paragraph.ts (one paragraph's text and format).
 */
import type { DocumentModel, Paragraph } from "../model";
import { InputError } from "../errors";
import { readBody } from "./body";
import { inputError } from "./docx-errors";
import { detectLegacyEncoding, legacyEncodingNotice } from "./legacy";
import { parseNumbering } from "./numbering";
import { isVisible } from "./paragraph";
import { OFFICE_DOCUMENT_TYPES, parseRelationships, relsPathOf, resolveTarget } from "./relationships";
import { hasOleSignature, hasZipSignature, oleError } from "./sniff";
import { parseStyles, parseTheme } from "./styles";
import { openZip, readPart, type Inflater, type ZipPackage } from "./zip";
import { collectWaivers, isWaiversXml } from "../waivers/xml";

/**
 * The waivers kept in the package's custom XML parts (`customXml/itemN.xml`, where Word keeps
 * the parts an add-in stores with `customXmlParts`), in part order. A damaged or newer part is
 * a notice, never a failure to read the document.
 */
function readWaivers(zip: ZipPackage, model: DocumentModel): void {
  const names = [...zip.entries.keys()]
    .filter((name) => /^customXml\/item\d+\.xml$/i.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  const parts: Uint8Array[] = [];
  for (const name of names) {
    const bytes = readPart(zip, name);
    if (!bytes) continue;
    const utf16 = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe;
    const text = new TextDecoder(utf16 ? "utf-16le" : "utf-8").decode(bytes);
    // Only parts that name the waivers namespace are parsed; Word keeps other add-ins' data there too.
    if (isWaiversXml(text)) parts.push(bytes);
  }
  if (parts.length === 0) return;
  const found = collectWaivers(parts);
  model.waivers = found.waivers;
  if (found.unreadable > 0) {
    model.notices.push({
      code: "waivers-unreadable",
      message: "Không đọc được danh sách các vấn đề đã bỏ qua lưu trong văn bản (phần dữ liệu bị hỏng); mọi vấn đề được báo lại.",
    });
  }
  if (found.newerVersion) {
    model.notices.push({
      code: "waivers-newer",
      message: "Văn bản có danh sách bỏ qua của phiên bản vanban mới hơn; phiên bản này chưa đọc được, nên các vấn đề đó được báo lại.",
    });
  }
}

const PAGE_FIELD = /(?:instr="\s*PAGE\b|<w:instrText[^>]*>\s*PAGE\b)/;
/** A PAGE field in a header or footer part (a simple field or a complex one), read as text: these parts are small. */
function hasPageField(bytes: Uint8Array | undefined): boolean {
  return bytes !== undefined && PAGE_FIELD.test(new TextDecoder().decode(bytes));
}

export interface ReadOptions {
  /** Inflates the package's parts in place of fflate (see zip.ts for what it must do). */
  inflate?: Inflater;
}

export function readDocx(bytes: Uint8Array, name?: string, options: ReadOptions = {}): DocumentModel {
  if (bytes.length === 0) throw inputError("empty");
  if (hasOleSignature(bytes)) throw oleError(bytes);
  if (!hasZipSignature(bytes)) throw inputError("not-docx");

  const zip = openZip(bytes, options.inflate);
  let mainPart = "word/document.xml";
  for (const relationship of parseRelationships(readPart(zip, "_rels/.rels"), "_rels/.rels")) {
    if (OFFICE_DOCUMENT_TYPES.includes(relationship.type)) mainPart = resolveTarget("", relationship.target);
  }
  const documentXml = readPart(zip, mainPart);
  if (!documentXml) {
    const other = zip.entries.has("xl/workbook.xml")
      ? "đây là tệp Excel, không phải Word"
      : zip.entries.has("ppt/presentation.xml")
        ? "đây là tệp PowerPoint, không phải Word"
        : `thiếu ${mainPart}`;
    throw inputError("corrupt-docx", other);
  }
  let stylesPart = resolveTarget(mainPart, "styles.xml");
  let themePart = resolveTarget(mainPart, "theme/theme1.xml");
  let numberingPart = resolveTarget(mainPart, "numbering.xml");
  let footnotesPart = resolveTarget(mainPart, "footnotes.xml");
  let endnotesPart = resolveTarget(mainPart, "endnotes.xml");
  const mainRels = relsPathOf(mainPart);
  const relationships = parseRelationships(readPart(zip, mainRels), mainRels);
  for (const relationship of relationships) {
    if (relationship.type.endsWith("/styles")) stylesPart = resolveTarget(mainPart, relationship.target);
    else if (relationship.type.endsWith("/theme")) themePart = resolveTarget(mainPart, relationship.target);
    else if (relationship.type.endsWith("/numbering")) numberingPart = resolveTarget(mainPart, relationship.target);
    else if (relationship.type.endsWith("/footnotes")) footnotesPart = resolveTarget(mainPart, relationship.target);
    else if (relationship.type.endsWith("/endnotes")) endnotesPart = resolveTarget(mainPart, relationship.target);
  }
  const support = { [stylesPart]: readPart(zip, stylesPart), [themePart]: readPart(zip, themePart) };
  const themeFonts = parseTheme(support[themePart], themePart);
  const styles = parseStyles(support[stylesPart], stylesPart, themeFonts);
  const numbering = parseNumbering(readPart(zip, numberingPart), numberingPart);
  const body = readBody(documentXml, mainPart, styles, numbering);

  if (!body.paragraphs.some((p) => isVisible(p.text))) {
    if (body.skippedTextBoxes > 0) {
      throw new InputError(
        "empty",
        "Văn bản chỉ có chữ trong hộp văn bản (text box), phần này không được kiểm tra. " +
          "Hãy đưa nội dung ra khỏi hộp văn bản (cắt và dán vào thân văn bản) rồi thử lại.",
        "The document has text only inside text boxes, which are not checked. " +
          "Move the content out of the text boxes (cut and paste it into the body) and try again.",
      );
    }
    throw inputError("empty");
  }

  const model: DocumentModel = { source: "docx", paragraphs: body.paragraphs, notices: [] };
  if (name !== undefined) model.name = name;
  if (body.page) {
    model.page = body.page;
    const parts = body.headerFooterIds.flatMap((id) => {
      const relationship = relationships.find((r) => r.id === id);
      return relationship ? [resolveTarget(mainPart, relationship.target)] : [];
    });
    model.page.pageNumbers = parts.some((part) => hasPageField(readPart(zip, part)));
  }
  const notes: Paragraph[] = [];
  for (const [notesPart, container] of [
    [footnotesPart, "footnote"],
    [endnotesPart, "endnote"],
  ] as const) {
    const xml = readPart(zip, notesPart);
    if (!xml) continue;
    for (const note of readBody(xml, notesPart, styles, numbering, container).paragraphs) {
      if (isVisible(note.text)) notes.push({ ...note, index: notes.length });
    }
  }
  if (notes.length > 0) model.footnotes = notes;
  const legacy = detectLegacyEncoding(body.paragraphs.map((p) => p.text).join("\n"), [...body.fonts]);
  if (legacy) {
    model.legacyEncoding = legacy;
    model.notices.push(legacyEncodingNotice(legacy));
  }
  readWaivers(zip, model);
  if (body.skippedTextBoxes > 0) {
    model.notices.push({
      code: "text-boxes-skipped",
      message: `Văn bản có ${body.skippedTextBoxes} hộp văn bản (text box); chữ trong hộp văn bản không được kiểm tra.`,
    });
  }
  return model;
}
