/**
 * `vanban review`: many submitted reports checked at once against one request, as a table
 * on the terminal, JSON, a self-contained HTML page or a spreadsheet. Inputs are only read.
 */
import { existsSync, readdirSync, realpathSync, statSync, writeFileSync } from "fs";
import { availableParallelism } from "os";
import { basename, extname, join, resolve } from "path";
import { parseArgs } from "util";
import { Worker } from "worker_threads";
import type { RequestProfile } from "../engine/types";
import { examineDocument, unreadable, type DocumentOutcome } from "../report/examine";
import { reviewHtml } from "../report/html";
import {
  CITATION_LABEL,
  SECTION_LABEL,
  UNREADABLE_LABEL,
  buildReviewTable,
  lateLabel,
  requestTitle,
  showIsoDate,
  type ReviewTable,
} from "../report/table";
import type { ReviewJob } from "./review-worker";
import { CliError } from "./errors";
import { readInputBytes } from "./files";
import { loadRequest } from "./request";
import { clip, formatDate } from "./text";

const USAGE = "Cách dùng: vanban review THƯ-MỤC|TỆP… --request REQUEST [--html report.html] [--xlsx report.xlsx] [--json] [--jobs N]";

/** Below this many files, starting worker threads costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 8;

const REVIEWED_EXTENSIONS = new Set([".docx", ".txt"]);
const byName = new Intl.Collator("vi", { numeric: true }).compare;

export interface ReviewInput {
  /** Path as it will be read. */
  path: string;
  /** Name shown in the report. */
  file: string;
}

/** A folder's own .docx and .txt files, by name; Word lock files (~$…) and hidden files are left out. */
export function folderDocuments(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() || entry.isSymbolicLink())
      .map((entry) => entry.name);
  } catch (error) {
    throw new CliError(`${folder}: không đọc được thư mục (${(error as NodeJS.ErrnoException).code ?? "lỗi không rõ"}).`);
  }
  return names
    .filter((name) => !name.startsWith("~$") && !name.startsWith(".") && REVIEWED_EXTENSIONS.has(extname(name).toLowerCase()))
    .sort(byName)
    .map((name) => join(folder, name));
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Files named on the command line as given, folders expanded; the request itself is skipped in folders. */
export function collectInputs(targets: readonly string[], requestPath: string): ReviewInput[] {
  const requestReal = realPath(requestPath);
  const seen = new Set<string>();
  const inputs: ReviewInput[] = [];
  const add = (path: string) => {
    const real = realPath(path);
    if (seen.has(real)) return;
    seen.add(real);
    inputs.push({ path, file: basename(path) });
  };
  for (const target of targets) {
    if (!existsSync(target)) throw new CliError(`${target}: không tìm thấy tệp hoặc thư mục. Kiểm tra lại đường dẫn.`);
    if (statSync(target).isDirectory()) {
      for (const path of folderDocuments(target)) if (realPath(path) !== requestReal) add(path);
    } else {
      add(target);
    }
  }
  if (inputs.length === 0) {
    throw new CliError(`Không có tệp .docx hoặc .txt nào để kiểm tra trong ${targets.join(", ")}.`);
  }
  return inputs;
}

/** The bytes of an input, or why they cannot be had (the message without the path in front). */
function readForReview(input: ReviewInput): Uint8Array | DocumentOutcome {
  try {
    return readInputBytes(input.path);
  } catch (error) {
    const message = (error as Error).message;
    const prefix = `${input.path}: `;
    return unreadable(input.file, message.startsWith(prefix) ? message.slice(prefix.length) : message);
  }
}

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

/** The compiled worker beside this file (build/cli/cli/review-worker.js); absent under ts-jest. */
export function defaultWorkerScript(): string {
  return join(__dirname, "review-worker.js");
}

function examineInput(input: ReviewInput, request: RequestProfile): DocumentOutcome {
  const bytes = readForReview(input);
  return bytes instanceof Uint8Array ? examineDocument(bytes, input.file, request) : bytes;
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
 * One queue shared by this thread and the workers. This thread starts at once (its engine is
 * already loaded); each worker takes a document whenever it is ready and free, so a worker
 * still starting up delays nothing, and a worker that fails hands its document back.
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
  const inFlight = new Map<Worker, number>();

  const record = (index: number, outcome: DocumentOutcome) => {
    if (outcomes[index]) return;
    outcomes[index] = outcome;
    finished++;
    options.progress?.done(inputs[index].file, finished, inputs.length);
    wake?.();
  };
  const feed = (worker: Worker): void => {
    while (queue.length > 0) {
      const index = queue.shift()!;
      const bytes = readForReview(inputs[index]);
      if (!(bytes instanceof Uint8Array)) {
        record(index, bytes);
        continue;
      }
      inFlight.set(worker, index);
      const job: ReviewJob = { index, file: inputs[index].file, bytes };
      worker.postMessage(job, [bytes.buffer as ArrayBuffer]);
      return;
    }
  };
  const fail = (worker: Worker): void => {
    const at = workers.indexOf(worker);
    if (at < 0) return;
    workers.splice(at, 1);
    const index = inFlight.get(worker);
    inFlight.delete(worker);
    if (index !== undefined && !outcomes[index]) queue.unshift(index);
    wake?.();
  };

  for (let i = 0; i < workerCount; i++) {
    const worker = new Worker(script, { workerData: { request } });
    workers.push(worker);
    worker.on("message", (message: WorkerMessage) => {
      if ("index" in message) {
        inFlight.delete(worker);
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
      } else if (inFlight.size > 0 || canWait) {
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

const REDRAW_MS = 80;

/** A one-line bar redrawn in place on a terminal; one plain line per file otherwise. */
export function stderrProgress(stream: NodeJS.WriteStream = process.stderr): ReviewProgress & { end(): void } {
  const tty = Boolean(stream.isTTY);
  let drawn = false;
  let lastDrawn = 0;
  return {
    done(file, finished, total) {
      if (!tty) {
        stream.write(`[${finished}/${total}] ${file}\n`);
        return;
      }
      // Redrawing for each of hundreds of small files would only flood the terminal.
      const now = Date.now();
      if (drawn && finished < total && now - lastDrawn < REDRAW_MS) return;
      lastDrawn = now;
      const width = 20;
      const filled = Math.round((finished / total) * width);
      const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
      const line = `Đang kiểm tra ${finished}/${total} ${bar} ${file}`;
      const columns = stream.columns || 80;
      stream.write(`\r${clip(line, columns - 1).padEnd(columns - 1)}`);
      drawn = true;
    },
    end() {
      if (tty && drawn) stream.write(`\r${" ".repeat((stream.columns || 80) - 1)}\r`);
    },
  };
}

function pad(text: string, width: number): string {
  const length = [...text].length;
  return length >= width ? text : text + " ".repeat(width - length);
}

/** The review as a table for the terminal, with the sections that are not in order listed per row. */
export function formatReviewText(table: ReviewTable, options: { summaryOnly?: boolean } = {}): string {
  const request = table.request;
  const s = table.summary;
  const lines = [
    `Tổng hợp báo cáo theo ${requestTitle(request)}${request.deadline ? `; hạn gửi ${formatDate(request.deadline)}` : ""}`,
    `${s.documents} văn bản: ${s.complete} đủ các mục, ${s.incomplete} thiếu hoặc trống mục, ${s.late} trễ hạn, ` +
      `${s.citingWrongly} trích dẫn sai, ${s.notCiting} không trích dẫn, ${s.unreadable} không đọc được.`,
  ];
  if (options.summaryOnly) return `${lines.join("\n")}\n`;
  lines.push("");
  const header = ["#", "Tệp", "Số, ký hiệu", "Ngày", "Trích dẫn", "Thời hạn", "Lỗi", "C.báo", "Khác", "Các mục chưa đạt"];
  const body = table.rows.map((row, i) => {
    const file = clip(row.file, 40);
    if (!row.readable) return [String(i + 1), file, `${UNREADABLE_LABEL.toUpperCase()}: ${row.reason}`];
    const problems = (["missing", "empty", "out-of-order"] as const)
      .map((state) => {
        const keys = table.columns.filter((_, c) => row.sections[c] === state).map((column) => column.key);
        return keys.length ? `${SECTION_LABEL[state].toLowerCase()}: ${keys.join(", ")}` : "";
      })
      .filter(Boolean)
      .join("; ");
    return [
      String(i + 1),
      file,
      row.number ?? "—",
      row.date ? showIsoDate(row.date) : "—",
      CITATION_LABEL[row.citation],
      lateLabel(row.late),
      String(row.errors),
      String(row.warnings),
      String(row.others),
      problems || (table.columns.length ? "đủ" : ""),
    ];
  });
  // Widths from the checked rows; an unreadable row's reason runs on past the columns.
  const widths = header.map((h, c) =>
    Math.max([...h].length, ...body.filter((cells) => cells.length === header.length).map((cells) => [...cells[c]].length)),
  );
  const render = (cells: string[]) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : pad(cell, widths[c])))
      .join("  ")
      .trimEnd();
  lines.push(render(header), ...body.map(render));
  return `${lines.join("\n")}\n`;
}

/** The JSON scripts read: the request, the columns, and every row with its findings. */
export function reviewReportJson(table: ReviewTable): object {
  return {
    request: table.request,
    summary: table.summary,
    columns: table.columns,
    rows: table.rows.map((row) =>
      row.readable
        ? { ...row, sections: Object.fromEntries(table.columns.map((column, i) => [column.key, row.sections[i]])) }
        : row,
    ),
  };
}

function nowLabel(): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function writeReport(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (error) {
    throw new CliError(`${path}: không ghi được báo cáo (${(error as NodeJS.ErrnoException).code ?? "lỗi không rõ"}).`);
  }
  process.stderr.write(`Đã lưu báo cáo vào ${path}\n`);
}

function refuseOverwritingInputs(outputs: readonly string[], inputs: readonly string[]): void {
  const taken = new Set(inputs.map(realPath));
  const seen = new Set<string>();
  for (const output of outputs) {
    const real = realPath(output);
    if (taken.has(real)) throw new CliError(`${output}: là một tệp đầu vào; chọn tên khác cho báo cáo (tệp đầu vào không bao giờ bị ghi đè).`);
    if (seen.has(real)) throw new CliError(`${output}: --html và --xlsx trùng tên tệp; chọn hai tên khác nhau.`);
    seen.add(real);
  }
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new CliError(`--jobs phải là số nguyên từ 1 đến 64, không phải "${value}".`);
  return jobs;
}

export async function reviewCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      request: { type: "string", short: "r" },
      html: { type: "string" },
      xlsx: { type: "string" },
      json: { type: "boolean", default: false },
      jobs: { type: "string", short: "j" },
    },
  });
  if (positionals.length === 0 || !values.request) throw new CliError(USAGE);
  const jobs = parseJobs(values.jobs);
  const request = loadRequest(values.request);
  const inputs = collectInputs(positionals, values.request);
  const outputs = [values.html, values.xlsx].filter((p): p is string => Boolean(p));
  refuseOverwritingInputs(outputs, [...inputs.map((input) => input.path), values.request]);

  const progress = stderrProgress();
  let outcomes: DocumentOutcome[];
  try {
    ({ outcomes } = await reviewDocuments(inputs, request, { jobs, progress }));
  } finally {
    progress.end();
  }
  const table = buildReviewTable(request, outcomes);

  if (values.html) writeReport(values.html, reviewHtml(table, { generatedAt: nowLabel() }));
  if (values.xlsx) {
    // exceljs is large: loaded only when a spreadsheet is asked for.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { reviewWorkbook } = require("../report/xlsx") as typeof import("../report/xlsx");
    writeReport(values.xlsx, await reviewWorkbook(table));
  }
  if (values.json) process.stdout.write(`${JSON.stringify(reviewReportJson(table), null, 2)}\n`);
  else if (outputs.length) process.stdout.write(formatReviewText(table, { summaryOnly: true }));
  else process.stdout.write(formatReviewText(table));

  if (table.summary.unreadable === table.rows.length) {
    process.stderr.write("vanban: không đọc được tệp nào.\n");
    return 2;
  }
  return table.rows.some((row) => row.readable && row.errors > 0) ? 1 : 0;
}
