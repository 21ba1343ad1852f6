/**
 * Reading the files a clerk opens: a draft (.docx, .txt) as a document model, a request letter
 * as what it asks for. Apart from the rest of the heavy work (work.ts) so that a worker thread
 * can run it without the parts builders and the report writers (background-read.ts).
 */
import type { DocumentModel } from "../engine/model";
import { readText } from "../engine/read/text";
import { readPlainDocument } from "../engine/read/plain";
import type { RequestOptions } from "../engine/understand/request";
import { parseRequestProfile } from "../engine/understand/request-profile";
import type { RequestProfile } from "../engine/types";
import { PANE_ADVICE, requestOf } from "./request-verdict";

/** Request profiles are small JSON files: UTF-8, with or without BOM. */
function decodeJson(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/**
 * A .docx or .txt file as a document model. Text is read here; the .docx reader (with the
 * unzipper and the XML parser) is a chunk of its own, loaded only when a .docx is opened.
 */
export async function readFileModel(bytes: Uint8Array, name: string): Promise<DocumentModel> {
  // Text needs neither: read here, without waiting for another chunk.
  const plain = readPlainDocument(bytes, name);
  if (plain) return plain;
  const { readDocx } = await import(/* webpackChunkName: "reader" */ "../engine/read/docx");
  return readDocx(bytes, name);
}

/** A request from a file: a request profile (.json) as written, a letter (.docx/.txt) as understood. */
/** `options`: the day the clerk received the letter and the office's days off, for a deadline given as a span. */
export async function readRequestFile(bytes: Uint8Array, name: string, options: RequestOptions = {}): Promise<RequestProfile> {
  if (extensionOf(name) === "json") return parseRequestProfile(decodeJson(bytes));
  return requestOf(await readFileModel(bytes, name), PANE_ADVICE, options);
}

export function readRequestText(text: string, name: string, options: RequestOptions = {}): RequestProfile {
  return requestOf(readText(text, name), PANE_ADVICE, options);
}
