/**
 * The legacy check runs before the bundle, in webviews that cannot parse the bundle: Internet
 * Explorer 11 (Word 2016/2019 volume licence) and EdgeHTML (retail Word 2016/2019 without
 * WebView2). It must parse there itself, and show the supported-versions message in both
 * instead of the blank pane a SyntaxError in the bundle would leave.
 */
import { parse } from "acorn";
import { readFileSync } from "fs";
import { JSDOM, ResourceLoader } from "jsdom";
import { join } from "path";

const SCRIPT = readFileSync(join(__dirname, "..", "..", "src", "static", "legacy-check.js"), "utf8");

const USER_AGENTS = {
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
  edgeHtml:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
  webView2:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
  macSafari:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
};

/** Runs the check in a page with the given user agent; says whether the message is shown. */
async function run(userAgent: string): Promise<{ unsupported: boolean; messageShown: boolean; rootHidden: boolean }> {
  const dom = new JSDOM('<div id="root"></div><div id="legacy-message" style="display:none"></div>', {
    runScripts: "outside-only",
    resources: new ResourceLoader({ userAgent }),
  });
  const window = dom.window as unknown as Window & { eval(code: string): unknown; __vanbanUnsupported?: boolean };
  // jsdom has no fetch; every webview the pane supports does.
  (window as unknown as { fetch: () => void }).fetch = () => undefined;
  // As in the page's head: the check runs while the document is still loading.
  window.eval(SCRIPT);
  const document = window.document;
  if (document.readyState !== "complete") await new Promise((resolve) => window.addEventListener("load", resolve));
  const result = {
    unsupported: window.__vanbanUnsupported === true,
    messageShown: document.getElementById("legacy-message")?.style.display === "block",
    rootHidden: document.getElementById("root")?.style.display === "none",
  };
  dom.window.close();
  return result;
}

describe("legacy webview check", () => {
  test("is ES5, so Internet Explorer 11 and EdgeHTML parse it", () => {
    expect(() => parse(SCRIPT, { ecmaVersion: 5 })).not.toThrow();
  });

  test.each([
    ["Internet Explorer 11", USER_AGENTS.ie11],
    ["EdgeHTML 18", USER_AGENTS.edgeHtml],
  ])("shows the supported-versions message in %s", async (_name, userAgent) => {
    expect(await run(userAgent)).toEqual({ unsupported: true, messageShown: true, rootHidden: true });
  });

  test.each([
    ["WebView2 (Chromium Edge)", USER_AGENTS.webView2],
    ["Safari on Mac", USER_AGENTS.macSafari],
  ])("leaves the pane alone in %s", async (_name, userAgent) => {
    expect(await run(userAgent)).toEqual({ unsupported: false, messageShown: false, rootHidden: false });
  });
});
