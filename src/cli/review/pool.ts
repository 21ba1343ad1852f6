/**
 * Checking the inputs of `vanban review`: in this thread, or shared with worker threads
 * when there are enough files for that to pay.
 */
import { existsSync } from "fs";
import { availableParallelism } from "os";
import { join } from "path";
import { Worker } from "worker_threads";
import type { RequestProfile } from "../../engine/types";
import { examineDocument, type DocumentOutcome } from "../../report/examine";
import { nodeInflate } from "../files";
import type { ReviewJob } from "../review-worker";
import { readForReview, type ReviewInput } from "./collect";

/** Below this many files, starting worker threads costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 8;

export interface ReviewProgress {
  /** Called once per document as it is finished, in the order they finish. */
  done(file: string, finished: number, total: number): void;
}

export interface ReviewOptions {
  /** Threads checking documents at most, this one included; 1 checks in this thread only. */
  jobs?: number;
  /** The compiled worker; when it does not exist the documents are checked in this thread. */
  workerScript?: string;
  progress?: ReviewProgress;
  /** Use workers even for fewer than MIN_FILES_FOR_WORKERS files. */
  forceWorkers?: boolean;
  /** Leave every document to the workers (this thread checks none); for tests of the workers. */
  workersOnly?: boolean;
}

/**
 * What a worker thread starts from. In a build of `npm install` (scripts/build-cli.js),
 * review-worker-start.js, which runs the worker from the joined file with its compiled code as
 * `vanban` itself starts: a worker ready sooner, its engine not compiled again. Else
 * the separate compiled worker beside this folder (absent under ts-jest).
 */
export function defaultWorkerScript(): string {
  const joinedStart = join(__dirname, "..", "..", "review-worker-start.js");
  return existsSync(joinedStart) ? joinedStart : join(__dirname, "..", "review-worker.js");
}

function examineInput(input: ReviewInput, request: RequestProfile): DocumentOutcome {
  const bytes = readForReview(input);
  return bytes instanceof Uint8Array ? examineDocument(bytes, input.file, request, { inflate: nodeInflate }) : bytes;
}

function examineInProcess(inputs: readonly ReviewInput[], request: RequestProfile, progress?: ReviewProgress): DocumentOutcome[] {
  return inputs.map((input, index) => {
    const outcome = examineInput(input, request);
    progress?.done(input.file, index + 1, inputs.length);
    return outcome;
  });
}

type WorkerMessage = { ready: true } | { index: number; outcome: DocumentOutcome };

const nextTurn = () => new Promise<void>((resolveTurn) => setImmediate(resolveTurn));

/**
 * Documents a worker holds at once: the one it checks and the next. This thread hears that a
 * worker finished only between two of its own documents, so a worker given one at a time waited
 * for it (a fifth of the worker's time on 30-page replies).
 */
const JOBS_PER_WORKER = 2;

/**
 * One queue shared by this thread and the workers. This thread starts at once (its engine is
 * already loaded); each worker takes documents once it is ready, so a worker still starting up
 * delays nothing, and a worker that fails hands its documents back.
 */
async function examineWithWorkers(
  inputs: readonly ReviewInput[],
  request: RequestProfile,
  script: string,
  workerCount: number,
  options: ReviewOptions,
): Promise<{ outcomes: DocumentOutcome[]; inWorkers: number }> {
  const outcomes: (DocumentOutcome | undefined)[] = new Array(inputs.length);
  const queue = inputs.map((_, index) => index);
  let finished = 0;
  let inWorkers = 0;
  let wake: (() => void) | null = null;
  const workers: Worker[] = [];
  const inFlight = new Map<Worker, number[]>();
  const heldBy = (worker: Worker): number[] => {
    let held = inFlight.get(worker);
    if (!held) inFlight.set(worker, (held = []));
    return held;
  };
  const busy = () => [...inFlight.values()].some((held) => held.length > 0);

  const record = (index: number, outcome: DocumentOutcome) => {
    if (outcomes[index]) return;
    outcomes[index] = outcome;
    finished++;
    options.progress?.done(inputs[index].file, finished, inputs.length);
    wake?.();
  };
  const feed = (worker: Worker): void => {
    const held = heldBy(worker);
    while (queue.length > 0 && held.length < JOBS_PER_WORKER) {
      const index = queue.shift()!;
      const bytes = readForReview(inputs[index]);
      if (!(bytes instanceof Uint8Array)) {
        record(index, bytes);
        continue;
      }
      held.push(index);
      const job: ReviewJob = { index, file: inputs[index].file, bytes };
      worker.postMessage(job, [bytes.buffer as ArrayBuffer]);
    }
  };
  const fail = (worker: Worker): void => {
    const at = workers.indexOf(worker);
    if (at < 0) return;
    workers.splice(at, 1);
    const held = inFlight.get(worker) ?? [];
    inFlight.delete(worker);
    queue.unshift(...held.filter((index) => !outcomes[index]));
    wake?.();
  };

  for (let i = 0; i < workerCount; i++) {
    const worker = new Worker(script, { workerData: { request } });
    workers.push(worker);
    worker.on("message", (message: WorkerMessage) => {
      if ("index" in message) {
        const held = heldBy(worker);
        const at = held.indexOf(message.index);
        if (at >= 0) held.splice(at, 1);
        inWorkers++;
        record(message.index, message.outcome);
      }
      feed(worker);
    });
    worker.on("error", () => fail(worker));
    worker.on("exit", (code) => {
      if (code !== 0) fail(worker);
    });
  }

  try {
    while (finished < inputs.length) {
      const canWait = options.workersOnly && workers.length > 0;
      if (queue.length > 0 && !canWait) {
        const index = queue.shift()!;
        record(index, examineInput(inputs[index], request));
        // Let the workers' messages in between this thread's documents.
        await nextTurn();
      } else if (busy() || canWait) {
        await new Promise<void>((resolveWait) => (wake = resolveWait));
        wake = null;
      } else {
        break;
      }
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return { outcomes: outcomes as DocumentOutcome[], inWorkers };
}

export interface ReviewOutcomes {
  /** In input order, however they were computed. */
  outcomes: DocumentOutcome[];
  /** Worker threads started; 0 when everything was checked in this thread. */
  workers: number;
  /** Documents the workers checked. */
  inWorkers: number;
}

/** Checks every input against the request, sharing the work with worker threads when that helps. */
export async function reviewDocuments(
  inputs: readonly ReviewInput[],
  request: RequestProfile,
  options: ReviewOptions = {},
): Promise<ReviewOutcomes> {
  const script = options.workerScript ?? defaultWorkerScript();
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), inputs.length));
  const enough = options.forceWorkers || inputs.length >= MIN_FILES_FOR_WORKERS;
  if (jobs < 2 || !enough || !existsSync(script)) {
    return { outcomes: examineInProcess(inputs, request, options.progress), workers: 0, inWorkers: 0 };
  }
  // This thread checks documents too: with two cores, one worker beside it uses both.
  const workerCount = options.workersOnly ? jobs : jobs - 1;
  const { outcomes, inWorkers } = await examineWithWorkers(inputs, request, script, workerCount, options);
  return { outcomes, workers: workerCount, inWorkers };
}

