/**
 * Reading the files a clerk opens (and a pasted letter) off the pane's thread: a worker thread
 * (file-worker.ts) reads and understands them while the pane keeps drawing. Where a worker
 * cannot start or stops working, or its answer cannot be copied back, the file is read on this
 * thread as before (work.ts), so a clerk never loses a file to it.
 */
import type { DocumentModel } from "../engine/model";
import type { RequestOptions } from "../engine/understand/request";
import type { RequestProfile } from "../engine/types";
import { receivedError, runJob, type FileAnswer, type FileJob } from "./file-jobs";
import { startFileWorker } from "./file-worker-start";
import { loadWork } from "./lazy";

interface Pending {
  job: FileJob;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Undefined until first asked for; null once it cannot be used. */
let thread: Worker | null | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

/** Through `work`, which re-exports the readers: the pane loads it for the check anyway. */
async function readHere(job: FileJob): Promise<unknown> {
  return runJob(job, await loadWork());
}

function settleHere(entry: Pending): void {
  readHere(entry.job).then(entry.resolve, entry.reject);
}

/** The worker failed (its script did not load, or it broke): what it held is read here, and so is what follows. */
function giveUp(): void {
  thread?.terminate();
  thread = null;
  const waiting = [...pending.values()];
  pending.clear();
  waiting.forEach(settleHere);
}

function answered(answer: FileAnswer): void {
  const entry = pending.get(answer.id);
  if (!entry) return;
  pending.delete(answer.id);
  if ("value" in answer) entry.resolve(answer.value);
  else if ("failure" in answer) entry.reject(receivedError(answer.failure));
  else settleHere(entry);
}

function worker(): Worker | null {
  if (thread !== undefined) return thread;
  try {
    thread = startFileWorker();
  } catch {
    thread = null;
  }
  if (thread) {
    thread.onmessage = (event: MessageEvent<FileAnswer>) => answered(event.data);
    thread.onerror = (event) => {
      event.preventDefault();
      giveUp();
    };
    thread.onmessageerror = giveUp;
  }
  return thread;
}

function read(job: FileJob): Promise<unknown> {
  const target = worker();
  if (!target) return readHere(job);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const entry = { job, resolve, reject };
    pending.set(id, entry);
    try {
      target.postMessage({ id, ...job });
    } catch {
      pending.delete(id);
      settleHere(entry);
    }
  });
}

/** Starts the worker thread ahead of the first file, so that its script loads while the file is fetched. */
export function prepareBackgroundReading(): void {
  worker();
}

/** A .docx or .txt file as a document model (see read-files.ts `readFileModel`). */
export function readFileModelInBackground(bytes: Uint8Array, name: string): Promise<DocumentModel> {
  return read({ kind: "model", bytes, name }) as Promise<DocumentModel>;
}

/** A request from a file (see read-files.ts `readRequestFile`). */
export function readRequestFileInBackground(bytes: Uint8Array, name: string, options: RequestOptions = {}): Promise<RequestProfile> {
  return read({ kind: "request", bytes, name, options }) as Promise<RequestProfile>;
}

/** A pasted letter's text as a request (see read-files.ts `readRequestText`). */
export function readRequestTextInBackground(text: string, name: string, options: RequestOptions = {}): Promise<RequestProfile> {
  return read({ kind: "request-text", text, name, options }) as Promise<RequestProfile>;
}
