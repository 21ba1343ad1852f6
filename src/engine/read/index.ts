/**
 * Reading entry point: bytes and a file name in, a DocumentModel out.
 *
 * The content decides first: a zip or OLE signature goes to the .docx reader whatever the
 * name says; anything else must be text (UTF-8, with or without BOM, or UTF-16 with a
 * BOM). Text in another encoding, or with NUL bytes, is refused with a message that says
 * how to save the file so it can be read.
 */
import type { DocumentModel } from "../model";
import { readDocx, type ReadOptions } from "./docx";
import { readPlainDocument } from "./plain";

export { readText } from "./text";
export { readDocx, type ReadOptions } from "./docx";
export type { Inflater } from "./zip";
export { normalizeForMatch, foldDiacritics, sameText, originalRange } from "./normalize";
export type { NormalizedText } from "./normalize";
export { detectLegacyEncoding, legacyEncodingNotice, requireUnicode } from "./legacy";

export function readDocument(bytes: Uint8Array, name: string, options: ReadOptions = {}): DocumentModel {
  return readPlainDocument(bytes, name) ?? readDocx(bytes, name, options);
}
