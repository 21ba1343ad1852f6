/**
 * Reading files on a worker thread (src/taskpane/background-read.ts): the answer is the one the
 * pane's own thread gives, the readers' errors keep both languages, and a worker that cannot
 * start, breaks or cannot send its answer back costs nothing but the thread — the file is read
 * on the pane's thread instead. The worker here is the real file-worker.ts module run in this
 * process, its messages copied with structuredClone as a browser copies them.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { InputError } from "../../src/engine/errors";
import type { FileAnswer, NumberedJob } from "../../src/taskpane/file-jobs";

type Background = typeof import("../../src/taskpane/background-read");

const SEEDS = join(__dirname, "..", "fixtures", "seeds");
const REQUEST = new Uint8Array(readFileSync(join(SEEDS, "002_2b77b3d6864b3803.txt")));
const REPLY = new Uint8Array(readFileSync(join(SEEDS, "000_b28154c4db1fc991.txt")));

interface Behaviour {
  /** Fails as a worker whose script does not load: an error event, no answer. */
  broken?: boolean;
  /** Answers as a worker whose result could not be copied. */
  unsendable?: boolean;
}

/** A dedicated worker's outside, with file-worker.ts inside it. */
class InProcessWorker {
  onmessage: ((event: { data: FileAnswer }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  jobs = 0;
  terminated = false;
  private inside: ((event: { data: NumberedJob }) => void) | null = null;

  constructor(private readonly behaviour: Behaviour) {}

  /** Runs file-worker.ts in a copy of the modules of its own, as a worker has, with this as its `self`. */
  async start(): Promise<this> {
    const scope = {
      onmessage: null as ((event: { data: NumberedJob }) => void) | null,
      postMessage: (answer: FileAnswer) => {
        const sent = this.behaviour.unsendable && "value" in answer ? { id: answer.id, unsendable: true as const } : structuredClone(answer);
        setTimeout(() => this.onmessage?.({ data: sent }), 0);
      },
    };
    const saved = (globalThis as { self?: unknown }).self;
    (globalThis as { self?: unknown }).self = scope;
    await jest.isolateModulesAsync(async () => {
      await import("../../src/taskpane/file-worker");
    });
    (globalThis as { self?: unknown }).self = saved;
    this.inside = scope.onmessage;
    return this;
  }

  postMessage(job: NumberedJob): void {
    this.jobs++;
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

/** background-read.ts fresh (its worker is made once per module), with `worker` as what starting one gives. */
async function freshBackground(worker: InProcessWorker | null): Promise<Background & { InputError: typeof InputError }> {
  (globalThis as { __startFileWorker?: () => unknown }).__startFileWorker = () => worker;
  let loaded: (Background & { InputError: typeof InputError }) | undefined;
  await jest.isolateModulesAsync(async () => {
    // The error class as this copy of the modules knows it.
    loaded = { ...(await import("../../src/taskpane/background-read")), InputError: (await import("../../src/engine/errors")).InputError };
  });
  return loaded as Background & { InputError: typeof InputError };
}

afterEach(() => {
  delete (globalThis as { __startFileWorker?: unknown }).__startFileWorker;
});

async function onThisThread() {
  const work = await import("../../src/taskpane/work");
  return {
    request: await work.readRequestFile(REQUEST, "002.txt", { received: "2023-08-25" }),
    model: await work.readFileModel(REPLY, "000.txt"),
  };
}

describe("reading files on a worker thread", () => {
  it("gives the request and the model the pane's own thread gives", async () => {
    const worker = await new InProcessWorker({}).start();
    const background = await freshBackground(worker);
    const expected = await onThisThread();
    const [request, model] = await Promise.all([
      background.readRequestFileInBackground(REQUEST, "002.txt", { received: "2023-08-25" }),
      background.readFileModelInBackground(REPLY, "000.txt"),
    ]);
    expect(worker.jobs).toBe(2);
    expect(request.number).toBe("4874/BNV-CCVC");
    expect(request).toEqual(expected.request);
    expect(model).toEqual(expected.model);
  });

  it("understands a pasted letter as the pane's own thread does", async () => {
    const worker = await new InProcessWorker({}).start();
    const background = await freshBackground(worker);
    const text = new TextDecoder().decode(REQUEST);
    const work = await import("../../src/taskpane/work");
    const expected = work.readRequestText(text, "Văn bản dán vào", { received: "2023-08-25" });
    await expect(background.readRequestTextInBackground(text, "Văn bản dán vào", { received: "2023-08-25" })).resolves.toEqual(expected);
    expect(worker.jobs).toBe(1);
    expect(expected.deadline).toBe("2023-09-08");
  });

  it("returns a reader's error as an InputError with both languages", async () => {
    const worker = await new InProcessWorker({}).start();
    const background = await freshBackground(worker);
    const legacyDoc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const failure = await background.readRequestFileInBackground(legacyDoc, "cu.doc").then(
      () => null,
      (error: unknown) => error,
    );
    expect(worker.jobs).toBe(1);
    expect(failure).toBeInstanceOf(background.InputError);
    const error = failure as InputError;
    const work = await import("../../src/taskpane/work");
    const direct = (await work.readRequestFile(legacyDoc, "cu.doc").catch((e: unknown) => e)) as InputError;
    expect([error.code, error.message, error.messageEn]).toEqual([direct.code, direct.message, direct.messageEn]);
    expect(error.message).toMatch(/\.docx/);
  });

  it("reads on this thread when the worker breaks, for the file it held and for the next", async () => {
    const worker = await new InProcessWorker({ broken: true }).start();
    const background = await freshBackground(worker);
    const expected = await onThisThread();
    await expect(background.readFileModelInBackground(REPLY, "000.txt")).resolves.toEqual(expected.model);
    expect(worker.terminated).toBe(true);
    await expect(background.readRequestFileInBackground(REQUEST, "002.txt", { received: "2023-08-25" })).resolves.toEqual(expected.request);
    expect(worker.jobs).toBe(1);
  });

  it("reads on this thread when the worker's answer cannot be copied back", async () => {
    const worker = await new InProcessWorker({ unsendable: true }).start();
    const background = await freshBackground(worker);
    const expected = await onThisThread();
    await expect(background.readFileModelInBackground(REPLY, "000.txt")).resolves.toEqual(expected.model);
    expect(worker.jobs).toBe(1);
  });

  it("reads on this thread where there are no workers", async () => {
    const background = await freshBackground(null);
    const expected = await onThisThread();
    await expect(background.readRequestFileInBackground(REQUEST, "002.txt", { received: "2023-08-25" })).resolves.toEqual(expected.request);
  });
});
