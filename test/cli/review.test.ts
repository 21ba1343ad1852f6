import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { JSDOM } from "jsdom";
import { vanban, sha256 as sha, type CliResult } from "../support/cli";
import { collectInputs, reviewDocuments } from "../../src/cli/review";
import { loadRequest } from "../../src/cli/request";
import { buildDocx } from "../support/docx-builder";
import { asText, fillReviewFolder, replyLines } from "../report/replies";

const root = join(__dirname, "..", "..");
const seeds = join(__dirname, "..", "fixtures", "seeds");
const REQUEST = join(seeds, "002_2b77b3d6864b3803.txt");

/** What the reports must show, written out here as the specification says it. */
const STATUS_TEXT: Record<string, string> = { present: "Có", missing: "Thiếu", empty: "Trống", "out-of-order": "Sai thứ tự", "in-parent": "Có thể trong mục lớn" };


/** Runs with process.stderr.isTTY set as given, so the progress output does not depend on how jest was started. */
async function withTty<T>(tty: boolean, action: () => Promise<T>): Promise<T> {
  const before = Object.getOwnPropertyDescriptor(process.stderr, "isTTY");
  Object.defineProperty(process.stderr, "isTTY", { value: tty, configurable: true });
  try {
    return await action();
  } finally {
    if (before) Object.defineProperty(process.stderr, "isTTY", before);
    else delete (process.stderr as { isTTY?: boolean }).isTTY;
  }
}



let tmp: string;
let folder: string;
let reports: string;

/** Reviewed file name → its individual `vanban check --format json` report, or its one-line error. */
const individual = new Map<string, { code: number; report?: CheckJson; error?: string }>();

interface CheckJson {
  sections: Array<{ number: string; level: number; status: string }>;
  findings: Array<{ rule: string; severity: string; message: string; paragraph: number | null; excerpt: string }>;
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "vanban-review-"));
  folder = join(tmp, "bao-cao");
  reports = join(tmp, "ket-qua");
  mkdirSync(folder);
  mkdirSync(reports);
  fillReviewFolder(folder);

  for (const name of reviewedNames()) {
    const result = await vanban("check", join(folder, name), "--request", REQUEST, "--format", "json");
    individual.set(
      name,
      result.code === 2
        ? { code: 2, error: result.stderr.trim().replace(`vanban: ${join(folder, name)}: `, "") }
        : { code: result.code, report: JSON.parse(result.stdout) as CheckJson },
    );
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function reviewedNames(): string[] {
  return [
    "000_b28154c4db1fc991.txt",
    "001_e57b1d95f5c3502e.txt",
    "002_2b77b3d6864b3803.txt",
    "003_c3947ef37a3436a7.txt",
    "004_bddaad2f89ffc7c1.txt",
    "du-muc.docx",
    "hong.docx",
    "mat-khau.docx",
    "muc-trong.docx",
    "rong.txt",
    "sai-ngay.txt",
    "tcvn3.txt",
    "thieu-muc.txt",
    "tre-han.txt",
  ];
}

function folderHashes(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [e.name, sha(join(folder, e.name))]),
  );
}

/** The cells a report row must show for one file, derived from its own `vanban check` report. */
function expectedCells(report: CheckJson): { citation: string; late: boolean; sections: string[]; errors: number; warnings: number; others: number } {
  const rules = new Set(report.findings.map((f) => f.rule));
  const count = (severity: string) => report.findings.filter((f) => f.severity === severity).length;
  return {
    citation: rules.has("request-not-cited") ? "Không trích dẫn" : rules.has("reference-mismatch") ? "Trích dẫn sai" : "Trích dẫn đúng",
    late: rules.has("date-after-deadline"),
    sections: report.sections.map((s) => STATUS_TEXT[s.status]),
    errors: count("error"),
    warnings: count("warning"),
    others: count("info"),
  };
}

/** Outline keys as the columns must be headed: "I", "I.1", …, from the check report's levels. */
function sectionKeys(report: CheckJson): string[] {
  const path: string[] = [];
  return report.sections.map((s) => {
    path.length = s.level - 1;
    path.push(s.number);
    return path.join(".");
  });
}

function anyReport(): CheckJson {
  return [...individual.values()].find((r) => r.report)!.report!;
}

describe("vanban review over the seeds and generated replies", () => {
  let review: CliResult;
  let before: Record<string, string>;
  let requestHash: string;

  beforeAll(async () => {
    before = folderHashes();
    requestHash = sha(REQUEST);
    review = await withTty(false, () =>
      vanban("review", folder, "--request", REQUEST, "--html", join(reports, "tong-hop.html"), "--xlsx", join(reports, "tong-hop.xlsx"), "--json"),
    );
  });

  it("reviews the folder's own .docx and .txt files by name and exits 1 for the errors found", () => {
    expect(review.code).toBe(1);
    const json = JSON.parse(review.stdout);
    expect(json.rows.map((r: { file: string }) => r.file)).toEqual(reviewedNames());
    expect(json.summary).toMatchObject({ documents: 14, unreadable: 4, late: 1, citingWrongly: 1 });
  });

  it("shows plain progress lines when stderr is not a terminal", () => {
    const lines = review.stderr.split("\n").filter((l) => l.startsWith("["));
    expect(lines).toHaveLength(14);
    expect(lines[13]).toMatch(/^\[14\/14\] /);
    expect(lines.map((l) => l.replace(/^\[\d+\/14\] /, "")).sort()).toEqual([...reviewedNames()].sort());
    expect(review.stderr).toContain("Đã lưu báo cáo vào");
  });

  it("gives in JSON the same sections, citation, lateness and findings as each file's own check", () => {
    const json = JSON.parse(review.stdout);
    expect(json.columns.map((c: { key: string }) => c.key)).toEqual(sectionKeys(anyReport()));
    for (const row of json.rows) {
      const own = individual.get(row.file)!;
      if (own.code === 2) {
        expect(row).toEqual({ readable: false, file: row.file, reason: own.error });
        continue;
      }
      const expected = expectedCells(own.report!);
      expect(Object.values(row.sections).map((s) => STATUS_TEXT[s as string])).toEqual(expected.sections);
      expect(row.findings).toEqual(own.report!.findings);
      expect(row.late === true).toBe(expected.late);
      expect([row.errors, row.warnings, row.others]).toEqual([expected.errors, expected.warnings, expected.others]);
    }
  });

  it("covers every status, citation state and lateness among the generated replies", () => {
    const json = JSON.parse(review.stdout);
    const byFile = Object.fromEntries(json.rows.map((r: { file: string }) => [r.file, r]));
    expect(byFile["du-muc.docx"]).toMatchObject({ number: "215/BC-SNV", date: "2023-09-05", citation: "correct", late: false, complete: true, errors: 0 });
    expect(byFile["thieu-muc.txt"].sections["II.2"]).toBe("missing");
    expect(byFile["thieu-muc.txt"].complete).toBe(false);
    expect(byFile["sai-ngay.txt"].citation).toBe("wrong");
    expect(byFile["tre-han.txt"]).toMatchObject({ date: "2023-09-12", late: true });
    expect(byFile["muc-trong.docx"].sections).toMatchObject({ IV: "empty", II: "out-of-order" });
    expect(byFile["004_bddaad2f89ffc7c1.txt"]).toMatchObject({ number: "919/UBND-NC", date: "2023-05-16" });
    expect(byFile["000_b28154c4db1fc991.txt"].citation).toBe("missing");
    expect(byFile["rong.txt"].reason).toMatch(/trống/i);
    expect(byFile["hong.docx"].reason).toMatch(/hỏng/);
    expect(byFile["mat-khau.docx"].reason).toMatch(/mật khẩu/);
    expect(byFile["tcvn3.txt"].reason).toMatch(/bảng mã cũ TCVN3/);
  });

  it("fills every cell of the HTML table as each file's own check says", () => {
    const html = readFileSync(join(reports, "tong-hop.html"), "utf8");
    const document = new JSDOM(html).window.document;
    const table = document.getElementById("review-table") as HTMLTableElement;
    const heads = [...table.tHead!.rows[0].cells].map((c) => c.querySelector("button")!.firstChild!.textContent!.trim());
    const keys = sectionKeys(anyReport());
    expect(heads).toEqual(["Tệp", "Số, ký hiệu", "Ngày", "Trích dẫn văn bản yêu cầu", "Thời hạn", ...keys, "Lỗi", "Cảnh báo", "Khác"]);
    const rows = [...table.tBodies[0].rows];
    expect(rows.map((r) => r.cells[0].textContent)).toEqual(reviewedNames());
    for (const row of rows) {
      const own = individual.get(row.cells[0].textContent!)!;
      const cells = [...row.cells].map((c) => c.textContent!.trim());
      if (own.code === 2) {
        expect(cells).toEqual([row.cells[0].textContent, `Không đọc được: ${own.error}`]);
        continue;
      }
      const expected = expectedCells(own.report!);
      expect(cells[3]).toBe(expected.citation);
      expect(cells[4] === "Trễ hạn").toBe(expected.late);
      expect(cells.slice(5, 5 + keys.length)).toEqual(expected.sections);
      expect(cells.slice(5 + keys.length).map(Number)).toEqual([expected.errors, expected.warnings, expected.others]);
      // Status in words and in colour.
      for (const cell of [...row.cells].slice(5, 5 + keys.length)) expect(cell.className).toMatch(/\bst-(present|missing|empty|out-of-order|in-parent)\b/);
    }
    expect(document.querySelector("h1")!.textContent).toContain("Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ");
    expect(document.querySelector(".request")!.textContent).toContain("8/9/2023");
  });

  it("lists each document's findings with paragraph numbers and excerpts in the HTML", () => {
    const document = new JSDOM(readFileSync(join(reports, "tong-hop.html"), "utf8")).window.document;
    reviewedNames().forEach((name, i) => {
      const section = document.getElementById(`doc-${i + 1}`)!;
      expect(section.querySelector("h3")!.textContent).toContain(name);
      const own = individual.get(name)!;
      if (own.code === 2) {
        expect(section.textContent).toContain(own.error!);
        return;
      }
      const items = [...section.querySelectorAll(".findings li")];
      expect(items).toHaveLength(own.report!.findings.length);
      own.report!.findings.forEach((finding, j) => {
        expect(items[j].textContent).toContain(finding.message);
        expect(items[j].textContent).toContain(finding.paragraph === null ? "toàn văn bản" : `đoạn ${finding.paragraph}`);
        if (finding.excerpt) expect(items[j].querySelector("blockquote")!.textContent).toBe(finding.excerpt);
      });
    });
  });

  it("loads nothing from anywhere: no external resources in the HTML", () => {
    const html = readFileSync(join(reports, "tong-hop.html"), "utf8");
    const document = new JSDOM(html).window.document;
    expect(document.querySelectorAll("link, img, iframe, object, embed, script[src]")).toHaveLength(0);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toMatch(/@media print/);
  });

  it("writes the same table into the spreadsheet, with a sheet of findings", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(reports, "tong-hop.xlsx"));
    const sheet = workbook.getWorksheet("Tổng hợp")!;
    const keys = sectionKeys(anyReport());
    const values = (row: ExcelJS.Row) => (row.values as ExcelJS.CellValue[]).slice(1);
    expect(values(sheet.getRow(1))).toEqual(["Tệp", "Số, ký hiệu", "Ngày", "Trích dẫn văn bản yêu cầu", "Thời hạn", ...keys, "Lỗi", "Cảnh báo", "Khác", "Ghi chú"]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(1).width).toBeGreaterThan(20);
    expect(sheet.rowCount).toBe(1 + reviewedNames().length);
    reviewedNames().forEach((name, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(name);
      const own = individual.get(name)!;
      if (own.code === 2) {
        expect(row.getCell(4).value).toBe("Không đọc được");
        expect(row.getCell(9 + keys.length).value).toBe(`Không đọc được: ${own.error}`);
        return;
      }
      const expected = expectedCells(own.report!);
      expect(row.getCell(4).value).toBe(expected.citation);
      expect(row.getCell(5).value === "Trễ hạn").toBe(expected.late);
      const statuses = keys.map((_, k) => row.getCell(6 + k));
      expect(statuses.map((c) => c.value)).toEqual(expected.sections);
      for (const cell of statuses) expect(cell.fill).toMatchObject({ type: "pattern", pattern: "solid" });
      expect([6 + keys.length, 7 + keys.length, 8 + keys.length].map((c) => row.getCell(c).value)).toEqual([expected.errors, expected.warnings, expected.others]);
    });
    const late = sheet.getRow(reviewedNames().indexOf("tre-han.txt") + 2).getCell(3).value as Date;
    expect(late.toISOString().slice(0, 10)).toBe("2023-09-12");

    const detail = workbook.getWorksheet("Chi tiết")!;
    expect(values(detail.getRow(1))).toEqual(["Tệp", "Quy tắc", "Mức độ", "Đoạn", "Nội dung", "Trích đoạn", "Đã bỏ qua, lý do"]);
    const expectedRows = reviewedNames().flatMap((name): ExcelJS.CellValue[][] => {
      const own = individual.get(name)!;
      if (own.code === 2) return [[name, "unreadable", "Không đọc được", null, own.error!, ""]];
      const severity: Record<string, string> = { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" };
      return own.report!.findings.map((f) => [name, f.rule, severity[f.severity], f.paragraph, f.message, f.excerpt]);
    });
    const actualRows: ExcelJS.CellValue[][] = [];
    for (let r = 2; r <= detail.rowCount; r++) actualRows.push([1, 2, 3, 4, 5, 6].map((c) => detail.getRow(r).getCell(c).value));
    expect(actualRows).toEqual(expectedRows);
  });

  it("never changes its inputs", () => {
    expect(folderHashes()).toEqual(before);
    expect(sha(REQUEST)).toBe(requestHash);
  });
});

describe("vanban review: output, exit codes and refusals", () => {
  it("prints a text table by default and exits 0 when no document has an error", async () => {
    const only = join(tmp, "chi-du");
    mkdirSync(only, { recursive: true });
    writeFileSync(join(only, "a.txt"), asText(replyLines()));
    writeFileSync(join(only, "b.docx"), buildDocx({ paragraphs: replyLines({ emptyLast: true }) }));
    const { code, stdout } = await withTty(false, () => vanban("review", only, "--request", REQUEST));
    expect(code).toBe(0);
    expect(stdout).toContain("Tổng hợp báo cáo theo Công văn số 4874/BNV-CCVC");
    expect(stdout).toMatch(/^2 văn bản: 1 đủ các mục, 1 thiếu hoặc trống mục/m);
    expect(stdout).toMatch(/^1 +a\.txt +215\/BC-SNV +5\/9\/2023 +Trích dẫn đúng +Đúng hạn +0 +0 +0 +đủ$/m);
    expect(stdout).toMatch(/^2 +b\.docx .* trống: IV$/m);
  });

  it("reviews files named one by one, in the order given", async () => {
    const { code, stdout } = await vanban("review", join(folder, "tre-han.txt"), join(folder, "du-muc.docx"), "--request", REQUEST, "--json");
    expect(code).toBe(1);
    expect(JSON.parse(stdout).rows.map((r: { file: string }) => r.file)).toEqual(["tre-han.txt", "du-muc.docx"]);
  });

  it("draws a one-line bar redrawn in place on a terminal", async () => {
    const { stderr } = await withTty(true, () => vanban("review", join(folder, "du-muc.docx"), join(folder, "sai-ngay.txt"), "--request", REQUEST, "--json"));
    expect(stderr).toContain("\rĐang kiểm tra 1/2");
    expect(stderr).toContain("\rĐang kiểm tra 2/2");
    expect(stderr).not.toMatch(/^\[1\/2\]/m);
  });

  it("exits 2 when no document could be read, and still lists why", async () => {
    const { code, stdout, stderr } = await vanban("review", join(folder, "hong.docx"), join(folder, "rong.txt"), "--request", REQUEST, "--json");
    expect(code).toBe(2);
    expect(JSON.parse(stdout).rows.map((r: { readable: boolean }) => r.readable)).toEqual([false, false]);
    expect(stderr).toContain("không đọc được tệp nào");
  });

  it("refuses to write a report over an input file", async () => {
    const target = join(folder, "sai-ngay.txt");
    const hash = sha(target);
    const { code, stderr } = await vanban("review", folder, "--request", REQUEST, "--html", target);
    expect(code).toBe(2);
    expect(stderr).toContain("tệp đầu vào");
    expect(sha(target)).toBe(hash);
    const overRequest = await vanban("review", folder, "--request", REQUEST, "--xlsx", REQUEST);
    expect(overRequest.code).toBe(2);
  });

  it.each([
    ["no request", ["review", "."]],
    ["no files", ["review", "--request", REQUEST]],
    ["a path that does not exist", ["review", "khong-co-thu-muc", "--request", REQUEST]],
    ["a bad --jobs", ["review", ".", "--request", REQUEST, "--jobs", "0"]],
    ["an unknown option", ["review", ".", "--request", REQUEST, "--pdf", "x.pdf"]],
  ])("exits 2 with one line for %s", async (_name, args) => {
    const { code, stderr, stdout } = await vanban(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("says so when a folder holds nothing to review", async () => {
    const empty = join(tmp, "trong");
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, "~$khoa.docx"), "x");
    const { code, stderr } = await vanban("review", empty, "--request", REQUEST);
    expect(code).toBe(2);
    expect(stderr).toContain("Không có tệp .docx hoặc .txt");
  });

  it("skips the request itself when it lies in the reviewed folder", () => {
    const withRequest = join(tmp, "co-yeu-cau");
    mkdirSync(withRequest, { recursive: true });
    copyFileSync(REQUEST, join(withRequest, "yeu-cau.txt"));
    writeFileSync(join(withRequest, "tra-loi.txt"), asText(replyLines()));
    expect(collectInputs([withRequest], join(withRequest, "yeu-cau.txt")).map((i) => i.file)).toEqual(["tra-loi.txt"]);
  });
});

describe("checking in worker threads", () => {
  let build: string;
  beforeAll(() => {
    // The compiled command line, as `npm install` builds it, in a folder of its own.
    mkdirSync(join(root, "test-output"), { recursive: true });
    build = mkdtempSync(join(root, "test-output", "review-build-"));
    spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json", "--outDir", build], {
      cwd: root,
      encoding: "utf8",
    });
  }, 120000);
  afterAll(() => rmSync(build, { recursive: true, force: true }));

  it("gives the same outcomes as checking in this thread", async () => {
    const worker = join(build, "cli", "review-worker.js");
    expect(existsSync(worker)).toBe(true);
    const request = loadRequest(REQUEST);
    const inputs = collectInputs([folder], REQUEST);
    const inProcess = await reviewDocuments(inputs, request, { jobs: 1, workerScript: worker });
    const seen: string[] = [];
    const threaded = await reviewDocuments(inputs, request, {
      jobs: 2,
      workerScript: worker,
      workersOnly: true,
      progress: { done: (file) => seen.push(file) },
    });
    expect(inProcess).toMatchObject({ workers: 0, inWorkers: 0 });
    expect(threaded.workers).toBe(2);
    expect(threaded.inWorkers).toBe(inputs.length);
    expect(threaded.outcomes).toEqual(inProcess.outcomes);
    expect(seen.sort()).toEqual(inputs.map((i) => i.file).sort());
  });

  it("shares the documents between this thread and a worker by default", async () => {
    const worker = join(build, "cli", "review-worker.js");
    const request = loadRequest(REQUEST);
    const inputs = collectInputs([folder], REQUEST);
    const shared = await reviewDocuments(inputs, request, { jobs: 2, workerScript: worker });
    expect(shared.workers).toBe(1);
    expect(shared.outcomes).toEqual((await reviewDocuments(inputs, request, { jobs: 1 })).outcomes);
  });

  it("checks in this thread when the compiled worker is missing or the files are few", async () => {
    const request = loadRequest(REQUEST);
    const inputs = collectInputs([folder], REQUEST);
    expect((await reviewDocuments(inputs, request, { jobs: 2, workerScript: join(build, "nowhere.js") })).workers).toBe(0);
    const few = inputs.slice(0, 3);
    expect((await reviewDocuments(few, request, { jobs: 2, workerScript: join(build, "cli", "review-worker.js") })).workers).toBe(0);
  });

  it("checks every document in this thread when a worker cannot start", async () => {
    const broken = join(build, "broken-worker.js");
    writeFileSync(broken, "throw new Error('kaput');\n");
    const request = loadRequest(REQUEST);
    const inputs = collectInputs([folder], REQUEST);
    const result = await reviewDocuments(inputs, request, { jobs: 2, workerScript: broken, workersOnly: true });
    expect(result.inWorkers).toBe(0);
    expect(result.outcomes).toEqual((await reviewDocuments(inputs, request, { jobs: 1 })).outcomes);
  });

  it("takes back every document a worker held when it dies, and checks them here", async () => {
    // A worker that says it is ready, then dies on its first document while holding the next.
    const dying = join(build, "dying-worker.js");
    writeFileSync(dying, "const { parentPort } = require('worker_threads');\nparentPort.on('message', () => process.exit(3));\nparentPort.postMessage({ ready: true });\n");
    const request = loadRequest(REQUEST);
    const inputs = collectInputs([folder], REQUEST);
    const seen: string[] = [];
    const result = await reviewDocuments(inputs, request, { jobs: 2, workerScript: dying, workersOnly: true, progress: { done: (file) => seen.push(file) } });
    expect(result.inWorkers).toBe(0);
    expect(result.outcomes).toEqual((await reviewDocuments(inputs, request, { jobs: 1 })).outcomes);
    expect(seen.sort()).toEqual(inputs.map((i) => i.file).sort());
  });

  it("produces the same JSON from the compiled command with one job and with two", () => {
    const cli = (jobs: string) =>
      spawnSync(
        process.execPath,
        ["-e", `require(${JSON.stringify(join(build, "cli", "main.js"))}).run(process.argv.slice(1)).then((c) => { process.exitCode = c; })`,
          "review", folder, "--request", REQUEST, "--json", "--jobs", jobs],
        { encoding: "utf8" },
      );
    const one = cli("1");
    const two = cli("2");
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
  });
});
