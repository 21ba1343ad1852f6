/**
 * The checker in the browser (dist/check.html) on real files: the request and replies chosen
 * as a user would, every row of its review table and every finding of every reply matched
 * against `vanban review --json` for the same files, bad files explained per file, downloads
 * (HTML and .xlsx), English, the keyboard, axe, and checking with the network gone.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { run } from "../../src/cli/main";
import { launchChromium, screenshotPath, toDocs } from "../support/browser";
import { serveBuiltAddin, type StaticServer } from "../support/static-server";

// The benchmarks' generator of long replies (CommonJS).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateReport, toDocx } = require("../../scripts/lib/generate-report") as { generateReport(pages: number): unknown; toDocx(paragraphs: unknown): Buffer };

const root = join(__dirname, "..", "..");
const SHARED_SEEDS = join(root, "..", "shared", "seeds");
const SEEDS = existsSync(SHARED_SEEDS) ? SHARED_SEEDS : join(root, "test", "fixtures", "seeds");
const CORPUS = join(root, "..", "shared", "corpus", "docx");
const REQUEST = join(SEEDS, "002_2b77b3d6864b3803.txt");
/** Replies from the corpus: two real reports, a Word 97 file renamed .docx, a TCVN3 document. */
const CORPUS_REPLIES = ["36_ubnd-bc-chi-thi-38-reply.docx", "22_sct-bc-ccn-gui-bct.docx", "48_doc-renamed-docx.docx", "53_derived-tcvn3-of-27.docx"];
const haveCorpus = CORPUS_REPLIES.every((name) => existsSync(join(CORPUS, name)));

interface JsonFinding {
  rule: string;
}
interface JsonRow {
  readable: boolean;
  file: string;
  reason?: string;
  number?: string | null;
  date?: string | null;
  citation?: string;
  late?: boolean | null;
  sections?: Record<string, string>;
  errors?: number;
  warnings?: number;
  others?: number;
  findings?: JsonFinding[];
}

let tmp: string;
let replies: string[];
let expected: JsonRow[];
let browser: Browser;
let server: StaticServer;

/** `vanban review --json` on the same files, in this process. */
async function cliReview(files: readonly string[]): Promise<JsonRow[]> {
  let stdout = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  const err = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    await run(["review", ...files, "--request", REQUEST, "--json", "--jobs", "1"]);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return (JSON.parse(stdout) as { rows: JsonRow[] }).rows;
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "vanban-check-page-"));
  server = await serveBuiltAddin();
  browser = await launchChromium();
  if (!haveCorpus) return;
  // A .docx cut short in the middle, as an interrupted download leaves it.
  const truncated = join(tmp, "bao-cao-tai-do.docx");
  const whole = readFileSync(join(CORPUS, CORPUS_REPLIES[0]), { flag: "r" });
  writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
  replies = [
    join(SEEDS, "000_b28154c4db1fc991.txt"),
    join(SEEDS, "001_e57b1d95f5c3502e.txt"),
    ...CORPUS_REPLIES.map((name) => join(CORPUS, name)),
    truncated,
  ];
  expected = await cliReview(replies);
}, 120000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Every address the page asked for. */
  requested: string[];
  errors: string[];
  /** Every text the progress line showed. */
  progress: string[];
}

async function open(options: { locale?: string; query?: string } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: options.locale ?? "vi-VN", acceptDownloads: true });
  const page = await context.newPage();
  const requested: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const progress: string[] = [];
  await page.exposeFunction("__progress", (text: string) => progress.push(text));
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="check-progress"]')?.textContent;
        if (text) (window as unknown as { __progress(text: string): void }).__progress(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  });
  await page.goto(`${server.url}check.html${options.query ?? ""}`);
  // The inputs open once the engine has loaded.
  await page.locator('[data-testid="check-replies"]:enabled').waitFor();
  return { context, page, requested, errors, progress };
}

async function chooseFiles(page: Page): Promise<void> {
  await page.getByTestId("check-request").setInputFiles(REQUEST);
  await page.getByTestId("request-read").waitFor();
  await page.getByTestId("check-replies").setInputFiles(replies);
  await page.getByTestId("review-table").waitFor();
}

function counted(rules: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const rule of rules) counts[rule] = (counts[rule] ?? 0) + 1;
  return counts;
}

function missingKeys(row: JsonRow): string {
  return Object.entries(row.sections ?? {})
    .filter(([, state]) => state === "missing" || state === "empty")
    .map(([key]) => key)
    .join(",");
}

const corpusIt = haveCorpus ? it : it.skip;
if (!haveCorpus) console.log("corpus ../shared/corpus/docx not found: the check page tests on real files are skipped");

describe("check.html", () => {
  corpusIt("gives the rows and findings of `vanban review` for the same request and replies", async () => {
    const { context, page, errors, progress } = await open();
    await chooseFiles(page);
    await expect(page.getByTestId("request-read").textContent()).resolves.toContain("4874/BNV-CCVC");
    // The progress line named each file as its turn came.
    expect([...new Set(progress)]).toEqual(replies.map((file, i) => `Đang kiểm tra ${i + 1}/${replies.length}: ${basename(file)}`));

    const rows = page.getByTestId("review-row");
    await expect(rows.count()).resolves.toBe(replies.length);
    expect(expected.filter((row) => !row.readable).length).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < expected.length; i++) {
      const want = expected[i];
      const row = rows.nth(i);
      await expect(row.getAttribute("data-file")).resolves.toBe(basename(replies[i]));
      await expect(row.getAttribute("data-readable")).resolves.toBe(String(want.readable));
      await row.getByTestId("review-row-open").click();
      const detail = page.locator(`[data-testid="reply-detail"][data-file="${want.file}"]`);
      await detail.waitFor();
      if (!want.readable) {
        // The command line's own words, per file, and no stack trace.
        await expect(row.getByTestId("review-reason").textContent()).resolves.toBe(`Không đọc được: ${want.reason}`);
        await expect(detail.getByTestId("reply-unreadable").textContent()).resolves.toBe(want.reason);
        expect(want.reason).not.toMatch(/\bat \w+ \(|Error:/);
        continue;
      }
      const attributes = await row.evaluate((el) => ({ ...(el as HTMLElement).dataset }));
      expect(attributes).toMatchObject({
        number: want.number ?? "",
        date: want.date ?? "",
        citation: want.citation,
        late: want.late === null ? "" : String(want.late),
        errors: String(want.errors),
        warnings: String(want.warnings),
        others: String(want.others),
        missing: missingKeys(want),
      });
      const shown = await detail.locator('[data-testid="finding"]').evaluateAll((els) => els.map((el) => el.getAttribute("data-rule") ?? ""));
      expect(counted(shown)).toEqual(counted((want.findings ?? []).map((f) => f.rule)));
      const sections = await detail.getByTestId("section").evaluateAll((els) => els.map((el) => el.getAttribute("data-status")));
      expect(sections).toEqual(Object.values(want.sections ?? {}));
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  corpusIt("shows a finding's paragraph, works by keyboard, and saves the table as HTML and .xlsx", async () => {
    const { context, page } = await open();
    await chooseFiles(page);
    // By keyboard: Tab from the first row's file to the second, Enter opens it; back with Shift+Tab.
    await page.getByTestId("review-row-open").first().focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.locator('[data-testid="reply-detail"][data-file="001_e57b1d95f5c3502e.txt"]').waitFor();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await page.locator('[data-testid="reply-detail"][data-file="000_b28154c4db1fc991.txt"]').waitFor();

    // A real report dated after the request's deadline: the finding shows its paragraph.
    const reply = "36_ubnd-bc-chi-thi-38-reply.docx";
    await page.locator(`[data-testid="review-row"][data-file="${reply}"]`).getByTestId("review-row-open").click();
    const detail = page.locator(`[data-testid="reply-detail"][data-file="${reply}"]`);
    const late = detail.locator('button[data-testid="finding"][data-rule="date-after-deadline"]');
    const paragraph = Number(await late.getAttribute("data-paragraph"));
    await late.focus();
    await page.keyboard.press("Enter");
    const marked = detail.locator('[data-testid="document"] [data-selected="true"]');
    await expect(marked.getAttribute("data-paragraph")).resolves.toBe(String(paragraph));
    await expect(detail.getByTestId("document-note").textContent()).resolves.toBe(`Đoạn ${paragraph + 1}`);
    const want = expected.find((row) => row.file === reply)!;
    const dated = want.findings!.find((f) => f.rule === "date-after-deadline") as JsonFinding & { excerpt: string; paragraph: number };
    expect(dated.paragraph).toBe(paragraph + 1);
    await expect(marked.textContent()).resolves.toContain(dated.excerpt);
    // Something missing: the place where it belongs is marked.
    await detail.locator('[data-testid="finding"][data-place="anchor"]').first().click();
    await expect(detail.getByTestId("document-note").textContent()).resolves.toMatch(/^Phần còn thiếu nên đặt (trước|sau) đoạn được đánh dấu\.$/);
    await late.click();
    await page.screenshot({ path: screenshotPath("check-page.png"), fullPage: true });
    toDocs("check-page.png");

    const [htmlDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-html").click()]);
    expect(htmlDownload.suggestedFilename()).toBe("tong-hop-4874-BNV-CCVC.html");
    const htmlPath = join(tmp, "tong-hop.html");
    await htmlDownload.saveAs(htmlPath);
    const html = readFileSync(htmlPath, "utf8");
    for (const row of expected) expect(html).toContain(row.file);

    const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-xlsx").click()]);
    expect(xlsxDownload.suggestedFilename()).toBe("tong-hop-4874-BNV-CCVC.xlsx");
    const xlsxPath = join(tmp, "tong-hop.xlsx");
    await xlsxDownload.saveAs(xlsxPath);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxPath);
    const summary = workbook.getWorksheet("Tổng hợp");
    const files: string[] = [];
    summary?.eachRow((row, index) => {
      if (index > 1) files.push(String(row.getCell(1).value));
    });
    expect(files).toEqual(expected.map((row) => row.file));
    await context.close();
  });

  it("brings a heading deep in a long reply into view when its section is clicked", async () => {
    // A generated reply of 200 pages (about 1,800 paragraphs): its text is drawn only where it is seen.
    const long = join(tmp, "bao-cao-dai.docx");
    writeFileSync(long, toDocx(generateReport(200)));
    const { context, page, errors } = await open();
    await page.getByTestId("check-request").setInputFiles(REQUEST);
    await page.getByTestId("request-read").waitFor();
    await page.getByTestId("check-replies").setInputFiles([long]);
    await page.getByTestId("review-table").waitFor();
    const detail = page.locator('[data-testid="reply-detail"][data-file="bao-cao-dai.docx"]');
    const view = detail.getByTestId("document");
    await expect(view.locator("p").count()).resolves.toBeGreaterThan(1500);
    const links = detail.locator('[data-testid="section"] button');
    const count = await links.count();
    expect(count).toBeGreaterThan(5);
    // The last heading first (furthest down), then the first, then one in the middle.
    const shown: number[] = [];
    for (const index of [count - 1, 0, Math.floor(count / 2)]) {
      await links.nth(index).click();
      const marked = view.locator('[data-selected="true"]');
      // The paragraph marked is the section's heading, numbered as the checklist numbers it.
      const number = (await links.nth(index).locator("xpath=..").getAttribute("data-number")) ?? "";
      await expect(marked.textContent()).resolves.toMatch(new RegExp(`^\\d+${number.replace(/\./g, "\\.")}\\.? `));
      // Two frames later (the scroll done, paragraphs come into view laid out), the marked one is inside the view's visible box.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const [box, frame] = await Promise.all([marked.boundingBox(), view.boundingBox()]);
      expect(box && frame).toBeTruthy();
      expect(box!.y).toBeGreaterThanOrEqual(frame!.y);
      expect(box!.y + box!.height).toBeLessThanOrEqual(frame!.y + frame!.height);
      shown.push(Number(await marked.getAttribute("data-paragraph")));
    }
    // The last section's heading lies deep in the reply, past the first thousand paragraphs.
    expect(shown[0]).toBeGreaterThan(1000);
    expect(shown[1]).toBeLessThan(shown[2]);
    expect(shown[2]).toBeLessThan(shown[0]);
    expect(errors).toEqual([]);
    await context.close();
  });

  corpusIt("keeps checking and writing .xlsx with the network gone once loaded, and asks only its own server for anything", async () => {
    const { context, page, requested, errors } = await open();
    // Everything the page needs, the spreadsheet writer included, has come once the network is quiet.
    await page.waitForLoadState("networkidle");
    expect(requested.some((url) => /xlsx/.test(url))).toBe(true);
    await context.setOffline(true);
    await chooseFiles(page);
    await expect(page.getByTestId("review-row").count()).resolves.toBe(replies.length);
    const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-xlsx").click()]);
    expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
    const origin = new URL(server.url).origin;
    expect(requested.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(requested.some((url) => /office/i.test(url))).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  corpusIt("speaks English in an English browser, the bad files' reasons too", async () => {
    const { context, page } = await open({ locale: "en-US" });
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Check replies against the request");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await chooseFiles(page);
    const legacy = page.locator('[data-testid="review-row"][data-file="53_derived-tcvn3-of-27.docx"]');
    await expect(legacy.getByTestId("review-reason").textContent()).resolves.toMatch(/^Unreadable: .*TCVN3/);
    await context.close();
  });

  corpusIt("has no serious or critical axe violations, before and after a review", async () => {
    const { context, page } = await open();
    const check = async (when: string) => {
      const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
      const bad = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
      expect(bad.map((violation) => `${when}: ${violation.id} ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    };
    await check("empty");
    await chooseFiles(page);
    await page.locator('[data-testid="finding"]').first().click();
    await check("reviewed");
    await context.close();
  });

  it("refuses a reply as the request, with the reason", async () => {
    const { context, page } = await open();
    await page.getByTestId("check-request").setInputFiles(join(SEEDS, "000_b28154c4db1fc991.txt"));
    const error = page.getByTestId("request-error");
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/^Không dùng được “000_b28154c4db1fc991\.txt” làm văn bản yêu cầu\. .*không phải văn bản yêu cầu.* Hãy chọn công văn/);
    await context.close();
  });
});
