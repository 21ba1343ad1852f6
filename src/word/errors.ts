/**
 * Failures of Word itself (not of the user's input): a save that did not go through, a
 * feature this Word version lacks. The task pane shows `message` (Vietnamese) or `messageEn`.
 */
export type WordAdapterErrorCode =
  | "settings-unavailable"
  | "save-failed"
  | "comments-unsupported"
  | "insert-failed"
  | "convert-failed"
  | "read-failed"
  | "select-failed"
  | "mark-failed"
  | "fix-failed"
  /** Word's Find and Replace dialog is open: Word refuses every search until it is closed. */
  | "find-dialog-open"
  /** The top of the document gained a national motto or Party name after a header was found missing there: ask again. */
  | "header-appeared"
  /** The document's waivers part could not be read, kept or changed (a co-author's change, an old Word). */
  | "waivers-unreadable"
  | "waivers-failed"
  | "waivers-unavailable";

export class WordAdapterError extends Error {
  constructor(
    readonly code: WordAdapterErrorCode,
    /** Vietnamese: what happened and what to do. */
    message: string,
    readonly messageEn: string,
    /** The error Word reported, for diagnostics. */
    readonly reason?: unknown,
  ) {
    super(message);
    this.name = "WordAdapterError";
  }
}

/** Word refuses every search while the user has its Find and Replace dialog open. */
export function isFindDialogOpen(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "SearchDialogIsOpen";
}
