import { readFileSync } from "fs";
import { join } from "path";

// Plain Node modules of the build: the same code `npm run validate` and webpack run.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require("../../scripts/validate-manifest.js") as {
  validateManifest(xml: string, name?: string): Promise<{ valid: boolean; errors: string[] }>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as {
  rewriteManifest(xml: string, url: string): string;
  addinUrlFromEnvironment(): string;
};

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(join(root, file));
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("validates against the Office add-in schemas", async () => {
    const result = await validateManifest(manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("is a Word task pane add-in needing WordApi 1.3 with read/write access", () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Host Name="Document"\/>/);
    expect(manifest).toMatch(/<Set Name="WordApi" MinVersion="1.3"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    expect(manifest).toMatch(/<Override Locale="en-US"/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
  });

  it("names icons that exist at the sizes it declares", () => {
    const urls = [...manifest.matchAll(/https:\/\/localhost:3000\/(assets\/icon-(\d+)\.png)/g)];
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const [, file, size] of urls) {
      expect(pngSize(file)).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  it.each([
    ["an Id that is not a GUID", (xml: string) => xml.replace(/<Id>[^<]+<\/Id>/, "<Id>vanban</Id>")],
    ["no DefaultLocale", (xml: string) => xml.replace(/<DefaultLocale>vi-VN<\/DefaultLocale>/, "")],
    ["elements out of order", (xml: string) => xml.replace(/(<Version>[^<]+<\/Version>)\s*(<ProviderName>[^<]+<\/ProviderName>)/, "$2$1")],
    ["an unknown permission", (xml: string) => xml.replace("ReadWriteDocument", "Everything")],
    ["a button without a label", (xml: string) => xml.replace(/<Label resid="OpenPane.Label"\/>/, "")],
  ])("rejects a manifest with %s", async (_name, breakIt) => {
    const broken = breakIt(manifest);
    expect(broken).not.toBe(manifest);
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });
});

describe("hosting address (ADDIN_URL)", () => {
  const saved = process.env.ADDIN_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  });

  it("rewrites every localhost address and still validates", async () => {
    const rewritten = webpackConfig.rewriteManifest(manifest, "https://addins.example.gov.vn/vanban/");
    expect(rewritten).not.toMatch(/localhost/);
    expect(rewritten).toMatch(/<SourceLocation DefaultValue="https:\/\/addins.example.gov.vn\/vanban\/taskpane.html"\/>/);
    expect(rewritten).toMatch(/<AppDomain>https:\/\/addins.example.gov.vn<\/AppDomain>/);
    expect((await validateManifest(rewritten)).valid).toBe(true);
  });

  it("adds the trailing slash and refuses plain HTTP", () => {
    process.env.ADDIN_URL = "https://addins.example.gov.vn/vanban";
    expect(webpackConfig.addinUrlFromEnvironment()).toBe("https://addins.example.gov.vn/vanban/");
    process.env.ADDIN_URL = "http://addins.example.gov.vn/vanban/";
    expect(() => webpackConfig.addinUrlFromEnvironment()).toThrow(/https/);
    process.env.ADDIN_URL = "not a url";
    expect(() => webpackConfig.addinUrlFromEnvironment()).toThrow(/not a URL/);
  });

  it("defaults to localhost for sideloading", () => {
    delete process.env.ADDIN_URL;
    expect(webpackConfig.addinUrlFromEnvironment()).toBe("https://localhost:3000/");
  });
});
