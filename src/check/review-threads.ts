/**
 * The check page's worker threads (review-worker.ts): each reads and checks the replies it is
 * given, so that a long list is checked on every core the computer has while the page keeps
 * drawing its progress and answering clicks. A thread that cannot start, breaks, or cannot send
 * a reply's result back costs only itself: its replies are checked on the page's thread, as
 * they were before there were threads, and nothing the reviewer chose is lost.
 */
import type { RequestProfile } from "../engine/types";
import type { ReplyResult } from "./reply";
import { startReviewWorker } from "./review-worker-start";

export interface ReplyJob {
  id: number;
  bytes: Uint8Array;
  name: string;
  request: RequestProfile;
}

/** `failed`: the thread could not check the reply or send its result; the page's thread checks it. */
export type ReplyAnswer = { id: number; result: ReplyResult } | { id: number; failed: true };

/** Checks one reply on the page's thread (engine.ts `examineReply`). */
export type CheckHere = (bytes: Uint8Array, name: string, request: RequestProfile) => ReplyResult;

/** More threads than this gain little for a page and cost memory (each holds the engine). */
const MAX_THREADS = 4;

/** One thread a core, up to MAX_THREADS: the page's own thread only draws while they work. */
export function threadCount(cores: number | undefined): number {
  return Math.max(1, Math.min(MAX_THREADS, cores && cores > 0 ? cores : 2));
}

interface Thread {
  worker: Worker;
  /** Replies given to it and not yet answered. */
  jobs: Map<number, Pending>;
}

interface Pending {
  job: ReplyJob;
  resolve: (result: ReplyResult) => void;
  reject: (error: unknown) => void;
}

export class ReviewThreads {
  private readonly threads: Thread[] = [];
  private nextId = 1;

  constructor(
    private readonly checkHere: CheckHere,
    count: number,
    start: () => Worker | null = startReviewWorker,
  ) {
    for (let i = 0; i < count; i++) {
      let worker: Worker | null;
      try {
        worker = start();
      } catch {
        // A sandbox or a policy that refuses workers: the page's thread does the work.
        worker = null;
      }
      if (!worker) break;
      this.attach(worker);
    }
  }

  /** Threads still working. */
  get size(): number {
    return this.threads.length;
  }

  /** Replies to keep in hand at once: two a thread, so that none waits for the page between replies. */
  get capacity(): number {
    return this.threads.length * 2;
  }

  /** The reply checked on the least busy thread, or on the page's thread when none is left. */
  examine(bytes: Uint8Array, name: string, request: RequestProfile): Promise<ReplyResult> {
    const job: ReplyJob = { id: this.nextId++, bytes, name, request };
    let thread: Thread | undefined;
    for (const candidate of this.threads) if (!thread || candidate.jobs.size < thread.jobs.size) thread = candidate;
    if (!thread) return this.here(job);
    const target = thread;
    return new Promise<ReplyResult>((resolve, reject) => {
      target.jobs.set(job.id, { job, resolve, reject });
      try {
        // Copied, not transferred: the bytes stay here in case the thread fails.
        target.worker.postMessage(job);
      } catch {
        target.jobs.delete(job.id);
        this.here(job).then(resolve, reject);
      }
    });
  }

  /** Ends every thread (the page is leaving, or a test is done). */
  close(): void {
    for (const thread of [...this.threads]) this.drop(thread);
  }

  private attach(worker: Worker): void {
    const thread: Thread = { worker, jobs: new Map() };
    this.threads.push(thread);
    worker.onmessage = (event: MessageEvent<ReplyAnswer>) => {
      const answer = event.data;
      const entry = thread.jobs.get(answer.id);
      if (!entry) return;
      thread.jobs.delete(answer.id);
      if ("result" in answer) entry.resolve(answer.result);
      else this.here(entry.job).then(entry.resolve, entry.reject);
    };
    worker.onerror = (event: ErrorEvent) => {
      // Its script did not load, or it broke: what it held is checked here.
      event.preventDefault();
      this.drop(thread);
    };
    worker.onmessageerror = () => this.drop(thread);
  }

  private drop(thread: Thread): void {
    const at = this.threads.indexOf(thread);
    if (at < 0) return;
    this.threads.splice(at, 1);
    thread.worker.terminate();
    const waiting = [...thread.jobs.values()];
    thread.jobs.clear();
    for (const entry of waiting) this.here(entry.job).then(entry.resolve, entry.reject);
  }

  /** On the page's thread, after the current task, so that the page draws between replies. */
  private here(job: ReplyJob): Promise<ReplyResult> {
    return new Promise((resolve) => setTimeout(resolve, 0)).then(() => this.checkHere(job.bytes, job.name, job.request));
  }
}
