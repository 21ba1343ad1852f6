/**
 * What the pane's thread and the file reader's worker thread (file-worker.ts) say to each other:
 * a file (or a pasted letter) to read, and its model, its request or the reader's error. Errors
 * cross as plain data and come back as errors with both languages, so the pane words them as
 * before.
 */
import { InputError, type InputErrorCode } from "../engine/errors";
import type { RequestOptions } from "../engine/understand/request";

export type FileJob =
  | { kind: "model"; bytes: Uint8Array; name: string }
  | { kind: "request"; bytes: Uint8Array; name: string; options: RequestOptions }
  | { kind: "request-text"; text: string; name: string; options: RequestOptions };

export type NumberedJob = FileJob & { id: number };

export interface SentError {
  name: string;
  message: string;
  code?: InputErrorCode;
  messageEn?: string;
}

/** `unsendable`: the answer could not be copied to the pane's thread, which then reads the file itself. */
export type FileAnswer = { id: number; value: unknown } | { id: number; failure: SentError } | { id: number; unsendable: true };

/** By its fields rather than its class: the readers' errors are told apart as errors.ts tells them. */
export function sendableError(error: unknown): SentError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const { code, messageEn } = error as { code?: unknown; messageEn?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(error.name === "InputError" && typeof code === "string" ? { code: code as InputErrorCode } : {}),
    ...(typeof messageEn === "string" ? { messageEn } : {}),
  };
}

export function receivedError(sent: SentError): Error {
  if (sent.code !== undefined && sent.messageEn !== undefined) return new InputError(sent.code, sent.message, sent.messageEn);
  const error = new Error(sent.message);
  error.name = sent.name;
  if (sent.messageEn !== undefined) Object.assign(error, { messageEn: sent.messageEn });
  return error;
}

type Readers = Pick<typeof import("./read-files"), "readFileModel" | "readRequestFile" | "readRequestText">;

/** Runs a job with `readers`: the worker's own modules, or the pane's `work` where it reads for itself. */
export function runJob(job: FileJob, readers: Readers): Promise<unknown> {
  if (job.kind === "model") return readers.readFileModel(job.bytes, job.name);
  if (job.kind === "request") return readers.readRequestFile(job.bytes, job.name, job.options);
  return Promise.resolve().then(() => readers.readRequestText(job.text, job.name, job.options));
}
