/** Debian's Chromium through playwright-core, with a stub Office.js served in place of Microsoft's CDN. */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { copyFileSync, mkdirSync } from "fs";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { launchChromium } = require("../../scripts/chromium.js") as { launchChromium(): Promise<Browser> };

export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const SCREENSHOT_DIR = join(__dirname, "..", "..", "test-output", "screenshots");
export const DOCS_SCREENSHOT_DIR = join(__dirname, "..", "..", "docs", "screenshots");

export { launchChromium };

/**
 * A minimal Office object: enough for the task pane to start outside Word. It supports WordApi
 * up to `wordApi` ("1.3" by default, what the manifest requires), so the pane is tested as the
 * oldest supported Word runs it unless a test asks for more.
 */
export function officeStub(
  options: { displayLanguage?: string; bodyBackgroundColor?: string; wordApi?: string } = {},
): string {
  const context = {
    displayLanguage: options.displayLanguage ?? "vi-VN",
    officeTheme: { bodyBackgroundColor: options.bodyBackgroundColor ?? "#ffffff" },
  };
  const wordApiMinor = Number((options.wordApi ?? "1.3").split(".")[1]);
  return `window.Office = {
    context: Object.assign(${JSON.stringify(context)}, {
      requirements: {
        isSetSupported: function (name, version) {
          var minor = Number(String(version || "1.1").split(".")[1] || "0");
          return name === "WordApi" && minor <= ${wordApiMinor};
        }
      }
    }),
    HostType: { Word: "Word" },
    onReady: function (callback) {
      var info = { host: "Word", platform: "PC" };
      if (callback) setTimeout(function () { callback(info); }, 0);
      return Promise.resolve(info);
    }
  };`;
}

/**
 * Opens a page whose network is limited to the given origin and the Office.js CDN (answered
 * with the stub); every other request is refused and recorded.
 */
export async function openPage(
  context: BrowserContext,
  allowedOrigin: string,
  stub = officeStub(),
): Promise<{ page: Page; refused: string[]; errors: string[] }> {
  const refused: string[] = [];
  const errors: string[] = [];
  const page = await context.newPage();
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_CDN) return route.fulfill({ contentType: "text/javascript", body: stub });
    if (url.startsWith(allowedOrigin) || url.startsWith("data:")) return route.continue();
    refused.push(url);
    return route.abort();
  });
  page.on("pageerror", (err) => errors.push(err.message));
  return { page, refused, errors };
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, name);
}

/** Copies a screenshot taken with screenshotPath into the README's docs/screenshots, only when asked (VANBAN_DOCS_SCREENSHOTS=1), so test runs leave docs/ alone. */
export function toDocs(name: string): void {
  if (process.env.VANBAN_DOCS_SCREENSHOTS !== "1") return;
  mkdirSync(DOCS_SCREENSHOT_DIR, { recursive: true });
  copyFileSync(screenshotPath(name), join(DOCS_SCREENSHOT_DIR, name));
}
