/**
 * The HTML report of `vanban review` in Chromium: the table read back from the page matches
 * the JSON of the same review, headers sort it (by mouse and by keyboard), the page asks
 * for nothing over the network, and it prints without its buttons.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { run } from "../../src/cli/main";
import { fillReviewFolder } from "../report/replies";
import { launchChromium, screenshotPath } from "../support/browser";
import { serveStatic, type StaticServer } from "../support/static-server";

const root = join(__dirname, "..", "..");
const REQUEST = join(root, "test", "fixtures", "seeds", "002_2b77b3d6864b3803.txt");
const DOCS_SCREENSHOTS = join(root, "docs", "screenshots");
const STATUS_TEXT: Record<string, string> = {
  present: "Có",
  missing: "Thiếu",
  empty: "Trống",
  "out-of-order": "Sai thứ tự",
  "in-parent": "Có thể trong mục lớn",
};
const CITATION_TEXT: Record<string, string> = {
  correct: "Trích dẫn đúng",
  wrong: "Trích dẫn sai",
  missing: "Không trích dẫn",
  unknown: "Không xác định",
};

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
}

interface ReviewJson {
  columns: Array<{ key: string }>;
  rows: JsonRow[];
}

let tmp: string;
let browser: Browser;
let server: StaticServer;
let review: ReviewJson;

async function runQuietly(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  const err = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    return { code: await run(args), stdout };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "vanban-review-e2e-"));
  const folder = join(tmp, "bao-cao");
  const out = join(tmp, "ket-qua");
  mkdirSync(folder);
  mkdirSync(out);
  fillReviewFolder(folder);
  const { code, stdout } = await runQuietly(["review", folder, "--request", REQUEST, "--html", join(out, "tong-hop.html"), "--json"]);
  expect(code).toBe(1);
  review = JSON.parse(stdout) as ReviewJson;
  server = await serveStatic(out, "/");
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Every request the page made, in order. */
  requested: string[];
  errors: string[];
}

async function open(): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 1000 } });
  const page = await context.newPage();
  const requested: string[] = [];
  const errors: string[] = [];
  const reportUrl = `${server.url}tong-hop.html`;
  await page.route("**/*", (route) => {
    const url = route.request().url();
    requested.push(url);
    return url === reportUrl ? route.continue() : route.abort();
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(reportUrl);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return { context, page, requested, errors };
}

/** The table as the page shows it: header labels and each row's cell texts. */
async function readTable(page: Page): Promise<{ heads: string[]; rows: string[][] }> {
  return page.evaluate(() => {
    const table = document.getElementById("review-table") as HTMLTableElement;
    const heads = Array.from(table.tHead!.rows[0].cells).map((cell) => cell.getAttribute("data-label") ?? "");
    const rows = Array.from(table.tBodies[0].rows).map((row) => Array.from(row.cells).map((cell) => (cell.textContent ?? "").trim()));
    return { heads, rows };
  });
}

function showDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number);
  return `${d}/${m}/${y}`;
}

/** What a row of the page must say, from the JSON of the same review. */
function expectedCells(row: JsonRow, keys: string[]): string[] {
  if (!row.readable) return [row.file, `Không đọc được: ${row.reason}`];
  return [
    row.file,
    row.number ?? "",
    showDate(row.date),
    CITATION_TEXT[row.citation!],
    row.late === null ? "Không rõ" : row.late ? "Trễ hạn" : "Đúng hạn",
    ...keys.map((key) => STATUS_TEXT[row.sections![key]]),
    String(row.errors),
    String(row.warnings),
    String(row.others),
  ];
}

describe("the review report in Chromium", () => {
  it("shows the same table as the JSON, and asks for nothing over the network", async () => {
    const { context, page, requested, errors } = await open();
    const keys = review.columns.map((c) => c.key);
    const { heads, rows } = await readTable(page);
    expect(heads).toEqual(["Tệp", "Số, ký hiệu", "Ngày", "Trích dẫn văn bản yêu cầu", "Thời hạn", ...keys, "Lỗi", "Cảnh báo", "Khác"]);
    expect(rows).toEqual(review.rows.map((row) => expectedCells(row, keys)));
    // Status in colour as well as in words.
    const colours = await page.evaluate(() =>
      ["st-present", "st-missing", "st-empty", "st-out-of-order"].map((cls) => getComputedStyle(document.querySelector(`td.${cls}`)!).backgroundColor),
    );
    expect(new Set(colours).size).toBe(4);
    expect(colours).not.toContain("rgba(0, 0, 0, 0)");
    await page.screenshot({ path: screenshotPath("review-report.png"), fullPage: false });
    expect(requested).toEqual([`${server.url}tong-hop.html`]);
    expect(server.requests).toEqual(["/tong-hop.html"]);
    expect(errors).toEqual([]);
    await context.close();
    // The README's picture is refreshed only when asked, so test runs leave docs/ alone.
    if (process.env.VANBAN_DOCS_SCREENSHOTS === "1") {
      mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
      copyFileSync(screenshotPath("review-report.png"), join(DOCS_SCREENSHOTS, "review-report.png"));
    }
  });

  it("sorts by a column on click, and reverses on a second click", async () => {
    const { context, page } = await open();
    const errorsColumn = 5 + review.columns.length;
    const errorCounts = async () => (await readTable(page)).rows.filter((cells) => cells.length > 2).map((cells) => Number(cells[errorsColumn]));
    const unreadable = review.rows.filter((row) => !row.readable).map((row) => row.file);
    const lastFiles = async () => (await readTable(page)).rows.slice(-unreadable.length).map((cells) => cells[0]);
    expect(unreadable.length).toBeGreaterThan(1);

    await page.getByRole("button", { name: "Lỗi", exact: true }).click();
    const ascending = await errorCounts();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(ascending[0]).toBeLessThan(ascending[ascending.length - 1]);
    expect(await page.locator("th[data-label='Lỗi']").getAttribute("aria-sort")).toBe("ascending");
    expect(await lastFiles()).toEqual(unreadable);

    await page.getByRole("button", { name: "Lỗi", exact: true }).click();
    const descending = await errorCounts();
    expect(descending).toEqual([...ascending].sort((a, b) => b - a));
    expect(await page.locator("th[data-label='Lỗi']").getAttribute("aria-sort")).toBe("descending");
    expect(await lastFiles()).toEqual(unreadable);
    await context.close();
  });

  it("sorts from the keyboard and announces the order", async () => {
    const { context, page } = await open();
    const button = page.locator("th[data-label='Tệp'] button");
    await button.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Space");
    const files = (await readTable(page)).rows.filter((cells) => cells.length > 2).map((cells) => cells[0]);
    const collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });
    expect(files).toEqual([...files].sort((a, b) => collator.compare(b, a)));
    expect(await page.locator("#sort-status").textContent()).toBe("Đã sắp xếp theo cột Tệp, giảm dần.");
    await context.close();
  });

  it("has no serious accessibility problem", async () => {
    const { context, page } = await open();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    await context.close();
  });

  it("prints in landscape without its buttons", async () => {
    const { context, page } = await open();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#print-button").isVisible()).toBe(false);
    expect(await page.locator("thead th button").first().isVisible()).toBe(false);
    // Plain labels instead, which Chromium repeats on every printed page.
    expect(await page.locator("thead th .print-only").allTextContents()).toEqual(await page.locator("thead th").evaluateAll((cells) => cells.map((c) => c.getAttribute("data-label"))));
    expect(await page.locator("thead th .print-only").first().isVisible()).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // A4 landscape: the first page's MediaBox is wider than tall.
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
    expect(box).not.toBeNull();
    expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
    await context.close();
  });
});
