/**
 * The organization's configuration in the built add-in, hosted as CI builds it
 * (ADDIN_URL=https://addins.example.gov.vn/vanban/) and served under /vanban/ with
 * org/config.json beside it: the example file, a broken file, and none.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium, openPage } from "../support/browser";
import { serveStatic, type StaticServer } from "../support/static-server";

const root = join(__dirname, "..", "..");
const dist = join(root, "dist");
const exampleConfig = join(root, "examples", "org", "config.json");
const brokenConfig = join(root, "test-output", "org-config-broken.json");
const CONFIG_PATH = "/vanban/org/config.json";
const HOSTED_AT = "https://addins.example.gov.vn/vanban/";
const BROKEN_WARNING = /^Cấu hình chung của cơ quan có chỗ chưa đúng.*Tệp cấu hình của cơ quan \(org\/config\.json\) không đúng định dạng JSON/s;

let browser: Browser;
const servers: StaticServer[] = [];

beforeAll(async () => {
  if (!existsSync(join(dist, "taskpane.html"))) {
    throw new Error("dist/ is missing: run `ADDIN_URL=https://addins.example.gov.vn/vanban/ npm run build` before the e2e tests.");
  }
  mkdirSync(join(root, "test-output"), { recursive: true });
  // A file cut off while being edited: the trailing list and object are never closed.
  writeFileSync(brokenConfig, readFileSync(exampleConfig, "utf8").slice(0, 400));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

async function serve(config: string | null): Promise<StaticServer> {
  const server = await serveStatic(dist, "/vanban/", config ? { [CONFIG_PATH]: config } : {});
  servers.push(server);
  return server;
}

interface Opened {
  context: BrowserContext;
  page: Page;
  refused: string[];
  errors: string[];
  /** Every address the page asked for, the Office.js stub included. */
  asked: string[];
}

async function open(server: StaticServer, page: "taskpane.html" | "preview.html"): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: page === "preview.html" ? 1100 : 350, height: 900 } });
  const opened = await openPage(context, new URL(server.url).origin);
  const asked: string[] = [];
  opened.page.on("request", (request) => asked.push(request.url()));
  const configAnswer = opened.page.waitForResponse((response) => new URL(response.url()).pathname === CONFIG_PATH);
  await opened.page.goto(`${server.url}${page}`);
  await opened.page.getByRole("heading", { name: "Văn bản hành chính" }).waitFor();
  await configAnswer;
  return { context, ...opened, asked };
}

/** Lets the pane take in an answer it has already received (a state update, a render). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
}

/** No serious or critical accessibility problem in the pane as it is shown now. */
async function expectAxeClean(page: Page, area: string): Promise<void> {
  const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  const bad = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(bad.map((violation) => `${area}: ${violation.id}`)).toEqual([]);
}

/** Only the page's own origin, and the Office.js address the stub answers, are ever asked for. */
function expectOwnOriginOnly(opened: Opened, server: StaticServer): void {
  const origin = new URL(server.url).origin;
  const foreign = opened.asked.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:") && url !== "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  );
  expect(foreign).toEqual([]);
  expect(opened.refused).toEqual([]);
  expect(opened.asked).toContain(`${origin}${CONFIG_PATH}`);
}

it("is built for the organization's address", () => {
  const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
  expect(manifest).toContain(`${HOSTED_AT}taskpane.html`);
  expect(manifest).not.toContain("https://localhost:3000");
});

describe.each(["taskpane.html", "preview.html"] as const)("%s with the example org/config.json", (pageName) => {
  it("offers the organization's request, fills the request fields and the profile defaults", async () => {
    const server = await serve(exampleConfig);
    const opened = await open(server, pageName);
    const { page } = opened;
    const list = page.getByTestId("org-requests");
    await list.locator("option", { hasText: "Báo cáo chuyên đề né tránh" }).waitFor({ state: "attached" });
    await list.selectOption({ label: "Báo cáo chuyên đề né tránh, đùn đẩy trách nhiệm (hạn 08/9/2023)" });
    await expect(page.locator('[data-field="number"]').inputValue()).resolves.toBe("4874/BNV-CCVC");
    await expect(page.locator('[data-field="deadline"]').inputValue()).resolves.toBe("08/09/2023");
    await expect(page.locator('[data-field="periodTo"]').inputValue()).resolves.toBe("30/06/2023");

    await page.getByTestId("tab-settings").click();
    await expect(page.locator('[data-field="agency"]').inputValue()).resolves.toBe("Sở Ngoại vụ");
    await expect(page.locator('[data-field="agencyCode"]').inputValue()).resolves.toBe("SNgV");
    await expect(page.locator('[data-field="parentAgency"]').inputValue()).resolves.toBe("UBND tỉnh Kiên Giang");
    await expect(page.locator('[data-from-org] [data-field="agency"]').count()).resolves.toBe(1);
    await expect(page.locator('[data-from-org] [data-field="unitCode"]').count()).resolves.toBe(0);
    await page.getByText("theo cấu hình của cơ quan", { exact: false }).first().waitFor();
    await expectAxeClean(page, `${pageName} settings`);

    await page.getByTestId("tab-compose").click();
    await expect(page.getByTestId("compose-from-org").textContent()).resolves.toContain("Cơ quan ban hành");
    await expect(page.getByTestId("org-config-problems").count()).resolves.toBe(0);
    expect(opened.errors).toEqual([]);
    expectOwnOriginOnly(opened, server);
    await opened.context.close();
  });
});

describe.each(["taskpane.html", "preview.html"] as const)("%s with a broken org/config.json", (pageName) => {
  it("warns in Vietnamese and keeps working with local settings", async () => {
    const server = await serve(brokenConfig);
    const opened = await open(server, pageName);
    const { page } = opened;
    const warning = page.getByTestId("org-config-problems");
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toMatch(BROKEN_WARNING);
    await expectAxeClean(page, `${pageName} warning`);

    // The local profile still saves and is used.
    await page.getByTestId("tab-settings").click();
    await expect(page.locator('[data-field="agency"]').inputValue()).resolves.toBe("");
    await page.getByTestId("example-state").click();
    await page.getByTestId("save-profile").click();
    await page.getByText("Đã lưu hồ sơ cơ quan trên máy này.").waitFor();
    if (pageName === "preview.html") {
      await page.getByTestId("tab-check").click();
      await page.getByTestId("run-check").click();
      await page.getByTestId("check-summary").waitFor();
    }
    expect(opened.errors).toEqual([]);
    expectOwnOriginOnly(opened, server);
    await opened.context.close();
  });
});

describe.each(["taskpane.html", "preview.html"] as const)("%s without org/config.json", (pageName) => {
  it("says nothing about a configuration", async () => {
    const server = await serve(null);
    const opened = await open(server, pageName);
    await settle(opened.page);
    await expect(opened.page.getByTestId("org-config-problems").count()).resolves.toBe(0);
    await expect(opened.page.getByRole("alert").count()).resolves.toBe(0);
    expect(server.requests).toContain(CONFIG_PATH);
    expect(opened.errors).toEqual([]);
    expectOwnOriginOnly(opened, server);
    await opened.context.close();
  });
});
