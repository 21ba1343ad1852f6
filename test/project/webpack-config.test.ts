import { readFileSync } from "fs";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js") as (env: unknown, argv: { mode: string }) => Promise<WebpackConfig>;

interface WebpackConfig {
  devtool: string | false;
  output: { filename: string };
  plugins: Array<{ userOptions?: { filename?: string; templateParameters?: Record<string, string> }; patterns?: Array<{ to: string; from: string }> }>;
}

function htmlPage(built: WebpackConfig, filename: string) {
  return built.plugins.find((p) => p.userOptions?.filename === filename)?.userOptions;
}

function copies(built: WebpackConfig): string[] {
  return built.plugins.flatMap((p) => p.patterns ?? []).map((p) => p.to);
}

describe("webpack configuration", () => {
  const saved = process.env.OFFICE_JS;
  afterEach(() => {
    if (saved === undefined) delete process.env.OFFICE_JS;
    else process.env.OFFICE_JS = saved;
  });

  it("loads Office.js from Microsoft's CDN by default and names bundles by content hash", async () => {
    delete process.env.OFFICE_JS;
    const built = await config({}, { mode: "production" });
    expect(built.output.filename).toBe("[name].[contenthash:8].js");
    expect(htmlPage(built, "taskpane.html")?.templateParameters).toEqual({
      officeJsUrl: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      officeJsSource: " https://appsforoffice.microsoft.com",
    });
    expect(copies(built)).not.toContain("office-js");
  });

  it("serves Office.js from next to the add-in with OFFICE_JS=local", async () => {
    process.env.OFFICE_JS = "local";
    const built = await config({}, { mode: "production" });
    expect(htmlPage(built, "taskpane.html")?.templateParameters).toEqual({ officeJsUrl: "office-js/office.js", officeJsSource: "" });
    expect(htmlPage(built, "commands.html")?.templateParameters?.officeJsUrl).toBe("office-js/office.js");
    expect(copies(built)).toContain("office-js");
  });

  it("builds the preview without Office.js", async () => {
    const built = await config({}, { mode: "production" });
    expect(htmlPage(built, "preview.html")?.templateParameters).toBeUndefined();
  });

  it("builds the checker page (check.html) without Office.js, with the preview's Content-Security-Policy", async () => {
    for (const officeJs of [undefined, "local"]) {
      if (officeJs) process.env.OFFICE_JS = officeJs;
      else delete process.env.OFFICE_JS;
      const built = await config({}, { mode: "production" });
      const page = htmlPage(built, "check.html") as { templateParameters?: unknown; chunks?: string[] } | undefined;
      expect(page?.chunks).toEqual(["check"]);
      expect(page?.templateParameters).toBeUndefined();
    }
    const policy = (file: string) => /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(__dirname, "..", "..", file), "utf8"))?.[1];
    expect(policy("src/check/check.html")).toBeDefined();
    expect(policy("src/check/check.html")).toBe(policy("src/preview/preview.html"));
    expect(readFileSync(join(__dirname, "..", "..", "src/check/check.html"), "utf8")).not.toMatch(/office/i);
  });

  it("uses no eval source maps in development, which the pages' script-src 'self' would block", async () => {
    const built = await config({}, { mode: "development" });
    expect(typeof built.devtool === "string" && built.devtool.includes("eval")).toBe(false);
  });
});
