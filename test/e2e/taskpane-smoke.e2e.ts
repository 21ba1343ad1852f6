import type { Browser } from "playwright-core";
import { launchChromium, openPage, officeStub, screenshotPath } from "../support/browser";
import { serveBuiltAddin, type StaticServer } from "../support/static-server";

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";
/** Retail Word 2016/2019 without WebView2: EdgeHTML 18, which cannot parse the bundle. */
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveBuiltAddin();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("built task pane", () => {
  it("starts inside Office.onReady in Vietnamese with its four areas", async () => {
    const context = await browser.newContext({ viewport: { width: 350, height: 700 } });
    const { page, refused, errors } = await openPage(context, new URL(server.url).origin);
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole("heading", { name: "Văn bản hành chính" }).waitFor();
    for (const id of ["tab-request", "tab-compose", "tab-check", "tab-settings"]) {
      await page.getByTestId(id).waitFor();
    }
    await page.getByRole("tab", { name: "Kiểm tra" }).waitFor();
    await page.screenshot({ path: screenshotPath("taskpane-shell-350.png"), fullPage: true });
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });

  it("speaks English when Office's display language is English", async () => {
    const context = await browser.newContext({ viewport: { width: 350, height: 700 } });
    const { page } = await openPage(context, new URL(server.url).origin, officeStub({ displayLanguage: "en-US" }));
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole("heading", { name: "Vietnamese Admin Documents" }).waitFor();
    await page.getByRole("tab", { name: "Check" }).waitFor();
    await context.close();
  });

  it.each([
    ["Internet Explorer", IE11],
    ["EdgeHTML", EDGE_HTML],
  ])("tells %s users which Word versions are supported", async (_name, userAgent) => {
    const context = await browser.newContext({ viewport: { width: 350, height: 700 }, userAgent });
    const { page } = await openPage(context, new URL(server.url).origin);
    await page.goto(`${server.url}taskpane.html`);
    const message = page.getByRole("alert");
    await message.waitFor({ state: "visible" });
    const text = await message.textContent();
    expect(text).toContain("Word 2021");
    expect(text).toContain("Microsoft 365");
    expect(text).toContain("vanban");
    await expect(page.locator("#root").isVisible()).resolves.toBe(false);
    await context.close();
  });

  it("serves the preview page without Office.js", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
    const { page, refused, errors } = await openPage(context, new URL(server.url).origin);
    await page.goto(`${server.url}preview.html`);
    await page.getByRole("heading", { name: "Văn bản hành chính" }).waitFor();
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });
});
