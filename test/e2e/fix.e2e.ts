/**
 * The built preview (dist/preview.html) in Chromium: a report formatted badly on purpose is
 * loaded, checked, and fixed with "Sửa tất cả thể thức"; the pane says how many places it fixed
 * and the check that follows finds fewer formatting problems, while the text stays as it was.
 */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import type { Browser } from "playwright-core";
import { launchChromium, openPage } from "../support/browser";
import { badlyFormatted } from "../support/bad-draft";
import { serveBuiltAddin, type StaticServer } from "../support/static-server";

const root = join(__dirname, "..", "..");
const badDocx = join(root, "test-output", "fix-bad.docx");

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(join(root, "test-output"), { recursive: true });
  writeFileSync(badDocx, badlyFormatted());
  server = await serveBuiltAddin({ "/vanban/fixtures/bad.docx": badDocx });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("fixing formatting in the preview", () => {
  it("fixes every formatting finding it can in one click and checks again", async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const { page, refused, errors } = await openPage(context, new URL(server.url).origin);
    await page.goto(`${server.url}preview.html?doc=fixtures/bad.docx`);
    await page.getByRole("heading", { name: "Văn bản hành chính" }).waitFor();
    // The file is open once the page is no longer busy (the empty page shows first).
    await page.locator('[data-testid="document"]:not([aria-busy="true"]) > *').first().waitFor();
    const textBefore = await page.getByTestId("document").textContent();
    await page.getByTestId("tab-check").click();
    await page.getByTestId("run-check").click();
    await page.getByTestId("check-summary").waitFor();
    const formatting = page.locator('[data-testid="finding"][data-rule^="format-"]');
    const before = await formatting.count();
    expect(before).toBeGreaterThan(0);
    await page.getByTestId("fix-all").click();
    await page.getByText(/^Đã sửa \d+ chỗ\./).waitFor();
    await page.getByTestId("run-check").and(page.locator(":not([disabled])")).waitFor();
    expect(await formatting.count()).toBeLessThan(before);
    expect(await page.getByTestId("document").textContent()).toBe(textBefore);
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });
});
