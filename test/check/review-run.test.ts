/**
 * The check page's engine and run, without a browser: the request read as `vanban request`
 * reads it, each reply's outcome the one `vanban review` computes, files that cannot be had
 * explained in the command line's words, and a run overtaken by a newer one giving nothing.
 */
import { readFileSync } from "fs";
import { basename, join } from "path";
import * as engine from "../../src/check/engine";
import { reviewReplies, type ChosenFile } from "../../src/check/review-run";
import { folderDocuments, readForReview } from "../../src/cli/review/collect";
import { readInputBytes } from "../../src/cli/files";
import { loadRequest } from "../../src/cli/request";
import { examineDocument } from "../../src/report/examine";
import { MAX_INPUT_BYTES } from "../../src/report/outcome";
import { buildReviewTable } from "../../src/report/table";
import { fillReviewFolder } from "../report/replies";
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "fs";
import { tmpdir } from "os";

const seeds = join(__dirname, "..", "fixtures", "seeds");
const REQUEST = join(seeds, "002_2b77b3d6864b3803.txt");

function chosen(path: string): ChosenFile {
  const bytes = readFileSync(path);
  return { name: basename(path), size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer };
}

const quiet = { progress: () => undefined, superseded: () => false };

describe("the check page's review", () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "vanban-check-run-"));
    fillReviewFolder(folder);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("reads the request as `vanban request` does", () => {
    expect(engine.readRequest(new Uint8Array(readFileSync(REQUEST)), basename(REQUEST))).toEqual(loadRequest(REQUEST));
  });

  it("refuses a reply given as the request, with the reason and what to choose", () => {
    const reply = join(seeds, "000_b28154c4db1fc991.txt");
    expect(() => engine.readRequest(new Uint8Array(readFileSync(reply)), basename(reply))).toThrow(/không phải văn bản yêu cầu.*Hãy chọn công văn/);
  });

  it("gives every reply the outcome and table row of `vanban review`, in the order chosen, with progress", async () => {
    const request = loadRequest(REQUEST);
    const paths = [join(seeds, "000_b28154c4db1fc991.txt"), ...folderDocuments(folder)];
    const steps: string[] = [];
    const results = await reviewReplies(engine, paths.map(chosen), request, {
      progress: (done, total, file) => steps.push(`${done}/${total} ${file}`),
      superseded: () => false,
    });
    expect(results).not.toBeNull();
    const expected = paths.map((path) => examineDocument(readInputBytes(path), basename(path), request));
    expect(results!.map((r) => r.outcome)).toEqual(expected);
    expect(engine.reviewTable(request, results!)).toEqual(buildReviewTable(request, expected));
    expect(steps).toEqual([...paths.map((path, i) => `${i}/${paths.length} ${basename(path)}`), `${paths.length}/${paths.length} null`]);
    // Each readable reply keeps its text for the document view; an unreadable one has none.
    for (const result of results!) {
      if (result.outcome.readable) expect(result.paragraphs.length).toBeGreaterThan(5);
      else expect(result.paragraphs).toEqual([]);
    }
  });

  it("explains a file too large or gone, as the command line would, and never throws", async () => {
    const request = loadRequest(REQUEST);
    const huge: ChosenFile = { name: "lon.docx", size: MAX_INPUT_BYTES + 1, arrayBuffer: async () => new ArrayBuffer(0) };
    const gone: ChosenFile = { name: "mat.docx", size: 10, arrayBuffer: () => Promise.reject(new Error("NotFoundError")) };
    const results = await reviewReplies(engine, [huge, gone], request, quiet);
    const [tooLarge, missing] = results!.map((r) => r.outcome);
    // The command line on a file of the same size (sparse: nothing is written).
    const big = join(folder, "..", `${basename(folder)}-lon.docx`);
    writeFileSync(big, "");
    truncateSync(big, MAX_INPUT_BYTES + 1);
    try {
      const cli = readForReview({ path: big, file: "lon.docx" });
      expect(cli).toEqual(tooLarge);
    } finally {
      rmSync(big);
    }
    expect(missing).toMatchObject({ readable: false, file: "mat.docx", reason: expect.stringMatching(/^Không đọc được tệp/) });
    expect(results![1].reasonEn).toMatch(/^The file could not be read/);
  });

  it("stops without a result when a newer run has started", async () => {
    const request = loadRequest(REQUEST);
    let checked = 0;
    const results = await reviewReplies(engine, [chosen(join(seeds, "000_b28154c4db1fc991.txt")), chosen(join(seeds, "001_e57b1d95f5c3502e.txt"))], request, {
      progress: (done) => (checked = done),
      superseded: () => checked >= 1,
    });
    expect(results).toBeNull();
    expect(checked).toBe(1);
  });

  it("words findings in the page's language", () => {
    const request = loadRequest(REQUEST);
    const reply = join(seeds, "000_b28154c4db1fc991.txt");
    const result = engine.examineReply(new Uint8Array(readFileSync(reply)), basename(reply), request);
    if (!result.outcome.readable) throw new Error("seed 000 should be readable");
    const finding = result.outcome.findings.find((f) => f.rule === "section-missing")!;
    expect(engine.wordingFor("vi").message(finding)).toMatch(/^Thiếu mục/);
    expect(engine.wordingFor("en").message(finding)).toMatch(/section/i);
    expect(engine.wordingFor("en").ruleName("section-missing")).not.toBe(engine.wordingFor("vi").ruleName("section-missing"));
  });
});
