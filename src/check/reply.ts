/**
 * One reply checked as the check page shows it. Kept apart from engine.ts (the page's review
 * table, HTML report and wording) so that the worker threads that check replies
 * (review-worker.ts) load only the reading and the check.
 */
import { examine, type DocumentOutcome } from "../report/examine";
import type { RequestProfile } from "../engine/types";

/** One reply as the page shows it: its outcome (as in the review) and its paragraphs' text for the document view. */
export interface ReplyResult {
  outcome: DocumentOutcome;
  /** The reply's paragraphs, for showing where a finding is; empty when unreadable. */
  paragraphs: string[];
  /** English for an unreadable file's reason; the outcome holds the Vietnamese, as the CLI prints it. */
  reasonEn: string | null;
}

export function examineReply(bytes: Uint8Array, file: string, request: RequestProfile): ReplyResult {
  const examination = examine(bytes, file, request);
  if (!examination.model) return { outcome: examination.outcome, paragraphs: [], reasonEn: examination.reasonEn };
  return { outcome: examination.outcome, paragraphs: examination.model.paragraphs.map((p) => p.text), reasonEn: null };
}
