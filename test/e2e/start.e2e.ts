/**
 * What a newcomer meets: `npm start` on a machine without Word serves the development build, and
 * the demo address it prints works in Chromium: the pages' strict Content-Security-Policy lets the
 * development bundles run, the check finds things, and a finding leads to its text.
 */
import { spawn, type ChildProcess } from "child_process";
import { join } from "path";
import type { Browser, ConsoleMessage } from "playwright-core";
import { launchChromium, openPage, screenshotPath, toDocs } from "../support/browser";

const root = join(__dirname, "..", "..");
const PORT = 3917;

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output}`));
    });
  });
}

describe("npm start on a machine without Word", () => {
  let child: ChildProcess | undefined;
  let browser: Browser | undefined;
  let output = "";

  beforeAll(async () => {
    child = spawn(process.execPath, ["scripts/start.js", "--preview"], {
      cwd: root,
      detached: true,
      env: { ...process.env, npm_package_config_dev_server_port: String(PORT) },
    });
    // The last line it prints: everything it has to say is there by then.
    output = await waitForOutput(child, /Stop with Ctrl\+C or npm stop\./, 120_000);
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    if (child?.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
    }
  });

  it("serves the preview and says where to open it", async () => {
    const url = /(http:\/\/localhost:\d+\/preview\.html)/.exec(output)?.[1];
    expect(url).toBe(`http://localhost:${PORT}/preview.html`);
    const page = await fetch(url!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="taskpane-root"');
    const demo = /(http:\/\/localhost:\d+\/preview\.html\?doc=\S+)/.exec(output)?.[1];
    expect(demo).toBeDefined();
    const demoUrl = new URL(demo!);
    for (const key of ["doc", "request"]) {
      const file = await fetch(new URL(demoUrl.searchParams.get(key)!, demoUrl));
      expect(file.status).toBe(200);
      expect(await file.text()).toMatch(/Kính gửi/);
    }
    const taskpane = await fetch(`http://localhost:${PORT}/taskpane.html`);
    expect(await taskpane.text()).toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");
    // The checker for those without the add-in: its own address, and no Office.js.
    const check = /(http:\/\/localhost:\d+\/check\.html)/.exec(output)?.[1];
    expect(check).toBe(`http://localhost:${PORT}/check.html`);
    const checkPage = await fetch(check!);
    expect(checkPage.status).toBe(200);
    expect(await checkPage.text()).not.toContain("office.js");
  });

  it("renders the demo address in Chromium, checks it and selects a finding's text", async () => {
    const demo = /(http:\/\/localhost:\d+\/preview\.html\?doc=\S+)/.exec(output)?.[1];
    expect(demo).toBeDefined();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const { page, refused, errors } = await openPage(context, `http://localhost:${PORT}`);
    // A blocked eval or script shows up as a console error ("Refused to evaluate…"), not as a page error.
    const consoleErrors: string[] = [];
    // The optional organization configuration is absent here: its 404 is the normal case, which
    // Chromium still logs. Every other error counts.
    page.on("console", (message: ConsoleMessage) => {
      if (message.type() !== "error") return;
      const where = message.location().url;
      if (where.endsWith("/org/config.json") && /status of 404/.test(message.text())) return;
      consoleErrors.push(`${message.text()} (${where})`);
    });
    await page.goto(demo!);

    // The pane and the simulated document, with the demo reply and its understood request.
    await page.getByRole("heading", { name: "Văn bản hành chính" }).waitFor();
    const paragraphs = page.locator('[data-testid="document"]:not([aria-busy="true"]) > *');
    await paragraphs.first().waitFor();
    await expect(page.getByTestId("document").textContent()).resolves.toContain("Kính gửi");
    await page.locator('[data-field="number"]').waitFor();
    await expect(page.locator('[data-field="number"]').inputValue()).resolves.toBe("4874/BNV-CCVC");

    // The demo reply has no header yet: insert one dated after the request's deadline (08/9/2023),
    // so the check has a date finding with a place in the document.
    await page.getByTestId("tab-settings").click();
    await page.getByTestId("example-state").click();
    await page.getByTestId("save-profile").click();
    await page.getByText("Đã lưu hồ sơ cơ quan trên máy này.").waitFor();
    await page.getByTestId("tab-compose").click();
    await page.getByTestId("compose-date").fill("15/9/2023");
    await page.getByTestId("insert-header").click();
    await page.getByText("Đã chèn phần đầu ở đầu văn bản.").waitFor();

    await page.getByTestId("tab-check").click();
    await page.getByTestId("run-check").click();
    await page.getByTestId("check-summary").waitFor();
    await expect(page.getByTestId("finding").count()).resolves.toBeGreaterThan(1);

    const finding = page.locator('button[data-testid="finding"][data-rule="date-after-deadline"]').first();
    await finding.waitFor();
    const paragraph = Number(await finding.getAttribute("data-paragraph"));
    await finding.click();
    const selected = page.locator('[data-testid="document"] [data-selected="true"]');
    await selected.first().waitFor();
    const selectedText = (await selected.allTextContents()).join("");
    expect(selectedText).toMatch(/15 tháng 9 năm 2023/);
    const excerpt = (await finding.locator("span").last().textContent())?.replace(/^“|”$/g, "") ?? "";
    expect(excerpt).toContain(selectedText.trim());
    const holder = await selected.first().evaluate((node) => node.closest("[data-paragraph]")?.getAttribute("data-paragraph"));
    expect(Number(holder)).toBe(paragraph);
    // The simulated Word's own selection, not only its highlighting: a non-empty range in that paragraph.
    const selection = await page.evaluate(() => window.__vanbanPreview?.simulator.document.selection() ?? null);
    expect(selection?.paragraph).toBe(paragraph);
    expect(selection!.end).toBeGreaterThan(selection!.start);

    await page.screenshot({ path: screenshotPath("preview-finding-selected.png") });
    toDocs("preview-finding-selected.png");

    expect(consoleErrors).toEqual([]);
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });
});
