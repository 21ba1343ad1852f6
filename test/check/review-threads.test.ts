/**
 * The check page's worker threads (src/check/review-threads.ts): replies checked on them give
 * the outcomes the page's own thread gives, in the order chosen, spread over every thread; a
 * thread that cannot start, breaks, or cannot send a result back costs only itself — its
 * replies are checked on the page's thread. The workers here are the real review-worker.ts
 * module run in this process, their messages copied with structuredClone as a browser copies
 * them.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import * as engine from "../../src/check/engine";
import { reviewReplies, type ChosenFile, type RunHooks } from "../../src/check/review-run";
import { ReviewThreads, threadCount, type ReplyAnswer, type ReplyJob } from "../../src/check/review-threads";
import { folderDocuments } from "../../src/cli/review/collect";
import { loadRequest } from "../../src/cli/request";
import { fillReviewFolder } from "../report/replies";

const seeds = join(__dirname, "..", "fixtures", "seeds");
const REQUEST = join(seeds, "002_2b77b3d6864b3803.txt");

interface Behaviour {
  /** Fails as a worker whose script does not load: an error event, no answer. */
  broken?: boolean;
  /** Answers as a worker whose result could not be copied. */
  unsendable?: boolean;
  /** Answers this many milliseconds late, as a thread on a busier core: answers come out of order. */
  lateBy?: number;
}

/** A dedicated worker's outside, with review-worker.ts inside it. */
class InProcessWorker {
  onmessage: ((event: { data: ReplyAnswer }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  /** The replies it was given, by name. */
  readonly given: string[] = [];
  terminated = false;
  private inside: ((event: { data: ReplyJob }) => void) | null = null;

  constructor(private readonly behaviour: Behaviour = {}) {}

  /** Runs review-worker.ts in a copy of the modules of its own, as a worker has, with this as its `self`. */
  async start(): Promise<this> {
    const scope = {
      onmessage: null as ((event: { data: ReplyJob }) => void) | null,
      postMessage: (answer: ReplyAnswer) => {
        const sent = this.behaviour.unsendable && "result" in answer ? { id: answer.id, failed: true as const } : structuredClone(answer);
        setTimeout(() => this.onmessage?.({ data: sent }), this.behaviour.lateBy ?? 0);
      },
    };
    const saved = (globalThis as { self?: unknown }).self;
    (globalThis as { self?: unknown }).self = scope;
    await jest.isolateModulesAsync(async () => {
      await import("../../src/check/review-worker");
    });
    (globalThis as { self?: unknown }).self = saved;
    this.inside = scope.onmessage;
    return this;
  }

  postMessage(job: ReplyJob): void {
    if (this.terminated) return;
    this.given.push(job.name);
    if (this.behaviour.broken) {
      setTimeout(() => this.onerror?.({ preventDefault: () => undefined }), 0);
      return;
    }
    const copied = structuredClone(job);
    setTimeout(() => this.inside?.({ data: copied }), 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** Threads made of these workers, in the order given. */
function threadsOf(workers: readonly (InProcessWorker | null)[]): ReviewThreads {
  const queue = [...workers];
  return new ReviewThreads(engine.examineReply, workers.length, () => (queue.shift() ?? null) as unknown as Worker | null);
}

function chosen(path: string, reads?: string[]): ChosenFile {
  const bytes = readFileSync(path);
  return {
    name: basename(path),
    size: bytes.length,
    arrayBuffer: async () => {
      reads?.push(basename(path));
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
    },
  };
}

describe("the check page's worker threads", () => {
  let folder: string;
  let paths: string[];
  let request: ReturnType<typeof loadRequest>;
  /** The replies checked on this thread alone, one after another. */
  let alone: engine.ReplyResult[];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "vanban-check-threads-"));
    fillReviewFolder(folder);
    paths = [join(seeds, "000_b28154c4db1fc991.txt"), join(seeds, "001_e57b1d95f5c3502e.txt"), ...folderDocuments(folder)];
    request = loadRequest(REQUEST);
    alone = (await reviewReplies(engine, paths.map((path) => chosen(path)), request, { progress: () => undefined, superseded: () => false }))!;
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("gives the outcomes of the page's own thread, in the order chosen, from every thread", async () => {
    const workers = [await new InProcessWorker({ lateBy: 40 }).start(), await new InProcessWorker().start()];
    const threads = threadsOf(workers);
    expect([threads.size, threads.capacity]).toEqual([2, 4]);
    const steps: [number, string | null][] = [];
    const results = await reviewReplies(engine, paths.map((path) => chosen(path)), request, { progress: (done, _total, file) => steps.push([done, file]), superseded: () => false }, threads);
    expect(paths.length).toBeGreaterThan(5);
    expect(results).toEqual(alone);
    // The quicker thread took more replies, and finished some before earlier ones.
    expect(workers[1].given.length).toBeGreaterThan(workers[0].given.length);
    // Both threads worked, and each reply went to one of them.
    expect(workers.every((worker) => worker.given.length >= 2)).toBe(true);
    expect([...workers[0].given, ...workers[1].given].sort()).toEqual(paths.map((path) => basename(path)).sort());
    // Progress counts up to the whole list, naming a file still being checked, and ends with null.
    const counts = steps.map(([done]) => done);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(steps[0]).toEqual([0, basename(paths[0])]);
    expect(steps[steps.length - 1]).toEqual([paths.length, null]);
    for (const [, file] of steps.slice(0, -1)) expect(paths.map((path) => basename(path))).toContain(file);
    threads.close();
    expect(workers.every((worker) => worker.terminated)).toBe(true);
  });

  it("reads a file's bytes only when a thread can take it", async () => {
    const worker = await new InProcessWorker().start();
    const threads = threadsOf([worker]);
    const reads: string[] = [];
    const readBeforeFirstResult: number[] = [];
    const hooks: RunHooks = {
      progress: (done) => {
        if (done === 1 && readBeforeFirstResult.length === 0) readBeforeFirstResult.push(reads.length);
      },
      superseded: () => false,
    };
    const results = await reviewReplies(engine, paths.map((path) => chosen(path, reads)), request, hooks, threads);
    expect(results).toEqual(alone);
    // One thread holds two replies: the third file is read only once the first is done.
    expect(readBeforeFirstResult).toEqual([2]);
    expect(reads).toEqual(paths.map((path) => basename(path)));
  });

  it("checks on the page's thread what a broken thread held, and the rest on the other", async () => {
    const broken = await new InProcessWorker({ broken: true }).start();
    const working = await new InProcessWorker().start();
    const threads = threadsOf([broken, working]);
    const results = await reviewReplies(engine, paths.map((path) => chosen(path)), request, { progress: () => undefined, superseded: () => false }, threads);
    expect(results).toEqual(alone);
    expect(broken.terminated).toBe(true);
    expect(threads.size).toBe(1);
    expect(broken.given.length).toBeGreaterThanOrEqual(1);
    expect(working.given.length).toBeGreaterThanOrEqual(1);
  });

  it("checks a reply on the page's thread when its result cannot be sent back", async () => {
    const worker = await new InProcessWorker({ unsendable: true }).start();
    const threads = threadsOf([worker]);
    const results = await reviewReplies(engine, paths.slice(0, 3).map((path) => chosen(path)), request, { progress: () => undefined, superseded: () => false }, threads);
    expect(results).toEqual(alone.slice(0, 3));
    expect(worker.given).toHaveLength(3);
    expect(threads.size).toBe(1);
  });

  it("checks on the page's thread, one after another, where no thread starts", async () => {
    const threads = new ReviewThreads(engine.examineReply, 2, () => {
      throw new Error("SecurityError: workers are not allowed here");
    });
    expect(threads.size).toBe(0);
    const steps: string[] = [];
    const results = await reviewReplies(engine, paths.map((path) => chosen(path)), request, { progress: (done, total, file) => steps.push(`${done}/${total} ${file}`), superseded: () => false }, threads);
    expect(results).toEqual(alone);
    expect(steps).toEqual([...paths.map((path, i) => `${i}/${paths.length} ${basename(path)}`), `${paths.length}/${paths.length} null`]);
  });

  it("stops without a result when a newer run has started", async () => {
    const worker = await new InProcessWorker().start();
    const threads = threadsOf([worker]);
    let done = 0;
    const results = await reviewReplies(engine, paths.map((path) => chosen(path)), request, { progress: (count) => (done = count), superseded: () => done >= 1 }, threads);
    expect(results).toBeNull();
    // It stopped giving out replies: the one in hand when the first was done, no more.
    expect(worker.given.length).toBeLessThan(paths.length);
  });

  it("uses a thread a core, from one to four", () => {
    expect([threadCount(undefined), threadCount(0), threadCount(1), threadCount(2), threadCount(3), threadCount(16)]).toEqual([2, 2, 1, 2, 3, 4]);
  });
});
