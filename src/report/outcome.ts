/**
 * What a review knows of one document: checked (its own number and date from the check's facts,
 * its sections and findings) or unreadable with the reason. Pure and structured-cloneable, so a
 * worker thread can return it.
 */
import type { CheckResult, Finding, SectionStatus, WaivedFinding } from "../engine/types";

export interface ExaminedDocument {
  readable: true;
  /** The file name shown to the user. */
  file: string;
  /** The document's own number and symbol ("12/BC-SNgV"); null when its header has none. */
  number: string | null;
  /** The document's own date (ISO) from its place-and-date line; null when absent or impossible. */
  date: string | null;
  sections: SectionStatus[];
  /** The findings that stand. */
  findings: Finding[];
  /** Findings the document's own waivers pass over, with each waiver (its reason). */
  waived: WaivedFinding[];
  /** Waivers that no longer apply because their text changed. */
  voidWaivers: number;
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

/** One reviewed document from its check: its own number and date are the check's facts. */
export function examinedFromResult(file: string, result: CheckResult): ExaminedDocument {
  return {
    readable: true,
    file,
    number: result.facts.number?.text ?? null,
    date: result.facts.date?.iso ?? null,
    sections: result.sections,
    findings: result.findings,
    waived: result.waived,
    voidWaivers: result.voidWaivers.length,
  };
}

/** Larger inputs are not administrative documents; refusing them early keeps memory bounded. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Why a file over MAX_INPUT_BYTES is refused, in both languages. */
export function tooLargeReason(size: number): { vi: string; en: string } {
  const mb = Math.round(size / 1048576);
  const max = MAX_INPUT_BYTES / 1048576;
  return {
    vi: `tệp quá lớn (${mb} MB, tối đa ${max} MB). Hãy kiểm tra đúng tệp văn bản.`,
    en: `the file is too large (${mb} MB, at most ${max} MB). Check that it is the right document.`,
  };
}
