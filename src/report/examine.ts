/**
 * One document of a review: read, checked against the request, and its own number and date
 * taken from its header. Pure and structured-cloneable, so a worker thread can return it.
 */
import { checkDocument } from "../engine/check";
import { InputError } from "../engine/errors";
import { readDocument, requireUnicode } from "../engine/read";
import type { Finding, RequestProfile, SectionStatus } from "../engine/types";
import { examinedFromResult } from "./table";

export interface ExaminedDocument {
  readable: true;
  /** The file name shown to the user. */
  file: string;
  /** The document's own number and symbol ("12/BC-SNgV"); null when its header has none. */
  number: string | null;
  /** The document's own date (ISO) from its place-and-date line; null when absent or impossible. */
  date: string | null;
  sections: SectionStatus[];
  findings: Finding[];
}

export interface UnreadableDocument {
  readable: false;
  file: string;
  /** Vietnamese: why the file could not be read and what to do. */
  reason: string;
}

export type DocumentOutcome = ExaminedDocument | UnreadableDocument;

export function unreadable(file: string, reason: string): UnreadableDocument {
  return { readable: false, file, reason };
}

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
