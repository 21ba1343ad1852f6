/**
 * The reviewer's view in the built preview: seed 000 (a reply) checked against seed 002
 * (the request), its report saved as HTML and opened, and the findings printed.
 */
import { readFileSync } from "fs";
import { join } from "path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium, openPage } from "../support/browser";
import { serveBuiltAddin, type StaticServer } from "../support/static-server";

const root = join(__dirname, "..", "..");
const seeds = join(root, "test", "fixtures", "seeds");

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveBuiltAddin({
    "/vanban/fixtures/000.txt": join(seeds, "000_b28154c4db1fc991.txt"),
    "/vanban/fixtures/002.txt": join(seeds, "002_2b77b3d6864b3803.txt"),
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openChecked(): Promise<{ context: BrowserContext; page: Page; refused: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
  const { page, refused, errors } = await openPage(context, new URL(server.url).origin);
  await page.goto(`${server.url}preview.html?doc=fixtures/000.txt&request=fixtures/002.txt`);
  await page.locator('[data-field="number"]').waitFor();
  await expect(page.locator('[data-field="number"]').inputValue()).resolves.toBe("4874/BNV-CCVC");
  await page.getByTestId("tab-check").click();
  await page.getByTestId("run-check").click();
  await page.getByTestId("check-summary").waitFor();
  return { context, page, refused, errors };
}

describe("the reviewer's view of reply 000 against request 002", () => {
  it("saves a self-contained report listing the missing Nguyên nhân section and the findings", async () => {
    const { context, page, refused, errors } = await openChecked();
    await expect(page.getByTestId("check-against").textContent()).resolves.toBe("Đối chiếu với Công văn số 4874/BNV-CCVC.");
    const shownFindings = await page.getByTestId("finding").count();
    expect(shownFindings).toBeGreaterThan(0);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("save-report").click()]);
    expect(download.suggestedFilename()).toBe("kiem-tra-4874-BNV-CCVC.html");
    const file = await download.path();
    if (!file) throw new Error("the download was not kept");
    const html = readFileSync(file, "utf8");
    await page.getByText("Đã lưu báo cáo kiểm tra “kiem-tra-4874-BNV-CCVC.html”.").waitFor();

    // Opened on its own, with nothing else reachable: the report needs nothing from anywhere.
    const report = await context.newPage();
    const outside: string[] = [];
    await report.route("**/*", (route) => {
      outside.push(route.request().url());
      return route.abort();
    });
    await report.setContent(html);
    await expect(report.locator("h1").textContent()).resolves.toContain("Công văn số 4874/BNV-CCVC");
    const missingColumn = report.locator('th[title^="II. Nguyên nhân"]');
    await expect(missingColumn.count()).resolves.toBe(1);
    const rowCells = report.locator("#review-table tbody tr").first().locator("td");
    const headers = await report.locator("#review-table thead th").evaluateAll((cells) => cells.map((cell) => cell.getAttribute("title") ?? ""));
    const column = headers.findIndex((title) => title.startsWith("II. Nguyên nhân"));
    // The row starts with a header cell (the file), so data cells are one to the left of their headers.
    await expect(rowCells.nth(column - 1).textContent()).resolves.toContain("Thiếu");
    const details = report.locator("ol.findings > li");
    await expect(details.count()).resolves.toBe(shownFindings);
    await expect(report.locator("ol.findings").textContent()).resolves.toMatch(/Thiếu mục II\. Nguyên nhân[^.]*theo đề cương của văn bản yêu cầu\./);
    await expect(report.locator("section.doc h3").textContent()).resolves.toContain("Văn bản đang soạn");
    expect(outside).toEqual([]);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("prints the summary, the checklist and the findings without the buttons", async () => {
    const { context, page } = await openChecked();
    const results = await new AxeBuilder({ page }).include("#taskpane-root").exclude("[data-tabster-dummy]").analyze();
    const bad = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
    expect(bad.map((violation) => violation.id)).toEqual([]);

    await page.emulateMedia({ media: "print" });
    for (const id of ["check-summary"]) await expect(page.getByTestId(id).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId("section").first().isVisible()).resolves.toBe(true);
    await expect(page.getByTestId("finding").first().isVisible()).resolves.toBe(true);
    for (const id of ["run-check", "save-report", "print-check", "highlight", "tab-request", "tab-check", "document"]) {
      await expect([id, await page.getByTestId(id).isVisible()]).toEqual([id, false]);
    }

    await page.emulateMedia({ media: "screen" });
    for (const id of ["run-check", "save-report", "print-check", "document"]) {
      await expect([id, await page.getByTestId(id).isVisible()]).toEqual([id, true]);
    }
    await context.close();
  });
});
