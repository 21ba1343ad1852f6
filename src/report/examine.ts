/** One document of a review: read and checked against the request. */
import { checkDocument } from "../engine/check";
import { InputError } from "../engine/errors";
import { readDocument, requireUnicode } from "../engine/read";
import type { RequestProfile } from "../engine/types";
import { examinedFromResult, unreadable, type DocumentOutcome } from "./outcome";

export { unreadable, type DocumentOutcome, type ExaminedDocument, type UnreadableDocument } from "./outcome";

/** Reads and checks one file's bytes; never throws for bad input, it becomes an unreadable outcome. */
export function examineDocument(bytes: Uint8Array, file: string, request: RequestProfile): DocumentOutcome {
  try {
    const model = requireUnicode(readDocument(bytes, file));
    return examinedFromResult(file, checkDocument(model, request));
  } catch (error) {
    if (error instanceof InputError) return unreadable(file, error.message);
    return unreadable(file, `Không đọc được văn bản (${(error as Error).message ?? String(error)}).`);
  }
}
