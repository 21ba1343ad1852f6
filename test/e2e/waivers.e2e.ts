/**
 * Waivers in the built preview (dist/preview.html) in Chromium: a finding waived with a reason
 * moves to the greyed list and into the document's custom XML part; a .docx that already holds
 * a waiver opens with it.
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { checkDocument } from "../../src/engine/check";
import { readText } from "../../src/engine/read/text";
import { extractRequest } from "../../src/engine/understand/request";
import { createWaiver } from "../../src/engine/waivers/match";
import { serializeWaivers } from "../../src/engine/waivers/xml";
import { bodyParagraph } from "../../src/parts/blocks";
import { toDocx } from "../../src/parts/docx";
import { launchChromium, openPage } from "../support/browser";
import { serveBuiltAddin, type StaticServer } from "../support/static-server";

const root = join(__dirname, "..", "..");
const seeds = join(root, "test", "fixtures", "seeds");
const REPLY = join(seeds, "004_bddaad2f89ffc7c1.txt");
const REQUEST = join(seeds, "002_2b77b3d6864b3803.txt");
const waivedDocx = join(root, "test-output", "preview-waived.docx");
const REASON = "Ngày ký theo ủy quyền";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(join(root, "test-output"), { recursive: true });
  // The seed reply as a .docx whose custom XML part waives its date-order finding.
  const model = readText(readFileSync(REPLY, "utf8"), "reply.txt");
  const docxModel = { ...model, paragraphs: model.paragraphs.map((p) => ({ ...p, format: {} })) };
  const request = extractRequest(readText(readFileSync(REQUEST, "utf8"), "request.txt"));
  const finding = checkDocument(docxModel, request).findings.find((f) => f.rule === "date-order");
  if (!finding) throw new Error("seed 004 should be dated before request 002");
  writeFileSync(
    waivedDocx,
    toDocx(
      model.paragraphs.map((p) => bodyParagraph(p.text)),
      { customXml: [serializeWaivers([createWaiver(finding, docxModel, "finding", REASON, "2026-12-06")])] },
    ),
  );
  server = await serveBuiltAddin({
    "/vanban/fixtures/004.txt": REPLY,
    "/vanban/fixtures/002.txt": REQUEST,
    "/vanban/fixtures/waived.docx": waivedDocx,
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(query: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const { page, errors } = await openPage(context, new URL(server.url).origin);
  await page.goto(`${server.url}preview.html${query}`);
  await page.getByRole("heading", { name: "Văn bản hành chính" }).waitFor();
  return { context, page, errors };
}

async function runCheck(page: Page): Promise<void> {
  await page.getByTestId("tab-check").click();
  await page.getByTestId("run-check").click();
  await page.getByTestId("check-summary").waitFor();
  await page.getByTestId("run-check").and(page.locator(":not([disabled])")).waitFor();
}

describe("waivers in the preview", () => {
  it("waives a finding with a reason, keeps it in the document's custom XML part and undoes it", async () => {
    const { context, page, errors } = await open("?doc=fixtures/004.txt&request=fixtures/002.txt");
    await runCheck(page);
    const finding = page.locator('li:has([data-testid="finding"][data-rule="date-order"])').first();
    await finding.getByTestId("waive").click();
    await finding.getByLabel(/Lý do bỏ qua/).fill(REASON);
    await finding.getByTestId("waiver-save").click();
    const waived = page.getByTestId("waived-finding");
    await waived.first().waitFor();
    await expect(waived.first().textContent()).resolves.toContain(`Lý do: ${REASON}`);
    await expect(page.locator('[data-testid="finding"][data-rule="date-order"]').count()).resolves.toBe(0);
    const parts = await page.evaluate(() => window.__vanbanPreview?.simulator.customXmlParts.xml() ?? []);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toContain(REASON);

    await waived.first().getByTestId("unwaive").click();
    await page.getByTestId("waived").waitFor({ state: "detached" });
    await expect(page.locator('[data-testid="finding"][data-rule="date-order"]').count()).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens a .docx with its waiver and lists the finding as waived", async () => {
    const { context, page, errors } = await open("?doc=fixtures/waived.docx&request=fixtures/002.txt");
    await page.getByTestId("document").getByText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").waitFor();
    await runCheck(page);
    await page.getByTestId("waived-summary").waitFor();
    await expect(page.getByTestId("waived-summary").textContent()).resolves.toBe(`1 vấn đề đã được bỏ qua, lý do: ${REASON}`);
    await expect(page.locator('[data-testid="finding"][data-rule="date-order"]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
