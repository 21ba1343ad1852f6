/**
 * Worker thread of `vanban review`: once loaded it says so, then checks the documents the
 * main thread sends, one at a time, against the request it was started with. Runs from the
 * compiled build only.
 */
import { parentPort, workerData } from "worker_threads";
import type { RequestProfile } from "../engine/types";
import { examineDocument } from "../report/examine";
import { nodeInflate } from "./files";

export interface ReviewJob {
  index: number;
  file: string;
  bytes: Uint8Array;
}

const request = (workerData as { request: RequestProfile }).request;

parentPort?.on("message", (job: ReviewJob) => {
  parentPort?.postMessage({ index: job.index, outcome: examineDocument(job.bytes, job.file, request, { inflate: nodeInflate }) });
});
// The engine is loaded: ask for the first document.
parentPort?.postMessage({ ready: true });
