/**
 * Checking the chosen replies one after another, letting the page breathe between them: the
 * progress is drawn and clicks are answered while a long list is checked. Pure of React.
 */
import type { RequestProfile } from "../engine/types";
import { MAX_INPUT_BYTES, tooLargeReason, unreadable } from "../report/outcome";
import type { CheckEngine } from "./load";
import type { ReplyResult } from "./engine";

/** What the page needs of a chosen file (a browser File has all of it). */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface RunHooks {
  /** Before each file is checked, and once more when all are done. */
  progress(done: number, total: number, file: string | null): void;
  /** True once a newer run has started: this one stops without a result. */
  superseded(): boolean;
}

/** Lets the browser draw and handle input before the next file. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The bytes of a chosen file, or why it cannot be had (as the command line says it). */
export async function bytesOf(file: ChosenFile): Promise<Uint8Array | ReplyResult> {
  if (file.size > MAX_INPUT_BYTES) {
    const reason = tooLargeReason(file.size);
    // As `vanban review` puts it in the file's row.
    return { outcome: unreadable(file.name, reason.vi), paragraphs: [], reasonEn: reason.en };
  }
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    // The file was moved or deleted after it was chosen, or the browser may not read it.
    return {
      outcome: unreadable(file.name, "Không đọc được tệp (tệp đã bị di chuyển, xóa hoặc không có quyền đọc). Hãy chọn lại tệp."),
      paragraphs: [],
      reasonEn: "The file could not be read (it was moved, deleted or may not be read). Choose it again.",
    };
  }
}

/** Every reply checked against the request, in the order chosen; null when superseded. */
export async function reviewReplies(
  engine: CheckEngine,
  files: readonly ChosenFile[],
  request: RequestProfile,
  hooks: RunHooks,
): Promise<ReplyResult[] | null> {
  const results: ReplyResult[] = [];
  for (let i = 0; i < files.length; i++) {
    hooks.progress(i, files.length, files[i].name);
    await nextTurn();
    if (hooks.superseded()) return null;
    const bytes = await bytesOf(files[i]);
    results.push(bytes instanceof Uint8Array ? engine.examineReply(bytes, files[i].name, request) : bytes);
  }
  hooks.progress(files.length, files.length, null);
  return results;
}
