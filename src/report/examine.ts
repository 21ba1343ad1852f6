/** One document of a review: read and checked against the request. */
import { checkDocument } from "../engine/check";
import { InputError } from "../engine/errors";
import type { DocumentModel } from "../engine/model";
import { readDocument, requireUnicode, type ReadOptions } from "../engine/read";
import type { RequestProfile } from "../engine/types";
import { examinedFromResult, unreadable, type DocumentOutcome, type ExaminedDocument, type UnreadableDocument } from "./outcome";

export { MAX_INPUT_BYTES, tooLargeReason, unreadable, type DocumentOutcome, type ExaminedDocument, type UnreadableDocument } from "./outcome";

/** A document examined, with what a front shows beside its row: the model read, or the reason in English too. */
export type Examination =
  | { outcome: ExaminedDocument; model: DocumentModel }
  | { outcome: UnreadableDocument; model: null; reasonEn: string };

/** Reads and checks one file's bytes; never throws for bad input, it becomes an unreadable outcome. */
export function examine(bytes: Uint8Array, file: string, request: RequestProfile, options: ReadOptions = {}): Examination {
  try {
    const model = requireUnicode(readDocument(bytes, file, options));
    return { outcome: examinedFromResult(file, checkDocument(model, request)), model };
  } catch (error) {
    if (error instanceof InputError) return { outcome: unreadable(file, error.message), model: null, reasonEn: error.messageEn };
    const detail = (error as Error).message ?? String(error);
    return { outcome: unreadable(file, `Không đọc được văn bản (${detail}).`), model: null, reasonEn: `The document could not be read (${detail}).` };
  }
}

/** Reads and checks one file's bytes, as `vanban review` reports it. */
export function examineDocument(bytes: Uint8Array, file: string, request: RequestProfile, options: ReadOptions = {}): DocumentOutcome {
  return examine(bytes, file, request, options).outcome;
}

