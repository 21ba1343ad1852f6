/**
 * The built task pane (dist/taskpane.html) as Word loads it, with a stub Office.js: first
 * load, lazy loading of the engine, theme, keyboard use, and messages when Word is missing.
 */
import { readFileSync } from "fs";
import { join } from "path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { launchChromium, officeStub, openPage, screenshotPath } from "../support/browser";
import { serveBuiltAddin, type StaticServer } from "../support/static-server";

const root = join(__dirname, "..", "..");
const requestText = readFileSync(join(root, "test", "fixtures", "seeds", "002_2b77b3d6864b3803.txt"), "utf8");

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

async function openPane(stub = officeStub(), width = 350) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const opened = await openPage(context, new URL(server.url).origin, stub);
  await opened.page.goto(`${server.url}taskpane.html`);
  await opened.page.getByTestId("tab-request").waitFor();
  return { context, ...opened };
}

describe("task pane in Word", () => {
  it("loads the engine only when a request is read", async () => {
    server.requests.length = 0;
    const { context, page, refused, errors } = await openPane();
    const firstLoad = [...server.requests];
    expect(firstLoad.some((path) => /\/work\.[0-9a-f]+\.js$/.test(path))).toBe(false);
    expect(firstLoad.some((path) => /\/reader\.[0-9a-f]+\.js$/.test(path))).toBe(false);

    await page.getByPlaceholder(/Dán toàn bộ công văn/).fill(requestText);
    await page.getByTestId("read-request").click();
    await page.locator('[data-field="number"]').waitFor();
    await expect(page.locator('[data-field="number"]').inputValue()).resolves.toBe("4874/BNV-CCVC");
    expect(server.requests.some((path) => /\/work\.[0-9a-f]+\.js$/.test(path))).toBe(true);
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });

  it("explains in Vietnamese when Word cannot be reached, instead of failing silently", async () => {
    const { context, page, errors } = await openPane();
    await page.getByTestId("tab-check").click();
    await page.getByTestId("run-check").click();
    // The adapter's own message when it has one, else the pane's: either says what to do next.
    const alert = page.locator('[data-panel="check"] [role="alert"]');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/Word|văn bản/);
    await expect(alert.textContent()).resolves.toMatch(/Hãy /);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("follows Office's dark theme", async () => {
    const { context, page } = await openPane(officeStub({ bodyBackgroundColor: "#1f1f1f" }));
    const background = await page.locator("#root main").evaluate((node) => getComputedStyle(node).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
    expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeLessThan(128);
    await page.screenshot({ path: screenshotPath("taskpane-dark-350.png"), fullPage: true });
    await context.close();
  });

  it("has no serious or critical axe violations in any area, light or dark", async () => {
    for (const bodyBackgroundColor of ["#ffffff", "#1f1f1f"]) {
      const { context, page } = await openPane(officeStub({ bodyBackgroundColor }));
      // Give every area content: a request, the example profile, and a check that reports Word's absence.
      await page.getByPlaceholder(/Dán toàn bộ công văn/).fill(requestText);
      await page.getByTestId("read-request").click();
      await page.locator('[data-field="number"]').waitFor();
      await page.getByTestId("tab-settings").click();
      await page.getByTestId("example-state").click();
      await page.getByTestId("save-profile").click();
      await page.getByTestId("tab-check").click();
      await page.getByTestId("run-check").click();
      await page.locator('[data-panel="check"] [role="alert"]').waitFor();
      for (const area of ["request", "compose", "check", "settings"]) {
        await page.getByTestId(`tab-${area}`).click();
        // Tabster's focus-redirecting dummies are aria-hidden and focusable by design (microsoft/tabster#288).
        const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
        const bad = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
        expect(bad.map((violation) => `${bodyBackgroundColor} ${area}: ${violation.id}`)).toEqual([]);
      }
      await context.close();
    }
  });

  it("is usable by keyboard alone: tabs by arrow keys, fields and buttons by Tab and Enter", async () => {
    const { context, page } = await openPane();
    await page.getByTestId("tab-request").focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("tab-settings").getAttribute("aria-selected")).resolves.toBe("true");
    await page.locator('[data-panel="settings"]:not([hidden])').waitFor();
    // Tab into the panel: the first control is the state example button.
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("example-state");
    await page.keyboard.press("Enter");
    await expect(page.locator('[data-field="agencyCode"]').inputValue()).resolves.toBe("SNgV");
    await context.close();
  });

  it("speaks English to an English Office, saying what is missing and where to add it", async () => {
    const { context, page } = await openPane(officeStub({ displayLanguage: "en-GB" }));
    await page.getByRole("tab", { name: "Compose" }).click();
    await page.getByText(/There is no organization profile/).waitFor();
    // Said once; the buttons that need a profile are held, with the reason beside them.
    await expect(page.getByText(/There is no organization profile/).count()).resolves.toBe(1);
    await expect(page.getByTestId("insert-header").getAttribute("aria-disabled")).resolves.toBe("true");
    await expect(page.getByTestId("insert-closing").getAttribute("aria-disabled")).resolves.toBe("true");
    await expect(page.getByTestId("compose-profile-reason").textContent()).resolves.toBe(
      "The header, recipients and signature need an organization profile.",
    );
    await context.close();
  });
});
