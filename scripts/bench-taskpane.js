#!/usr/bin/env node
/**
 * Task pane start-up: time from navigation until the preview's task pane is interactive (its
 * "Kiểm tra" tab can be used), next to a bare Fluent UI "hello" page built with the same webpack
 * setup, both served from loopback and loaded cold in Debian's Chromium. Also the first-load
 * JS. `--write` records them in BENCHMARKS.md. Run `npm run build` first.
 */
const fs = require("fs");
const path = require("path");
const http = require("http");
const zlib = require("zlib");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { launchChromium } = require("./chromium");
const { median, writeSection } = require("./lib/bench-utils");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist");
const helloDir = path.join(root, "build", "bench-hello");
const RUNS = 9;

async function buildHello() {
  const base = await require(path.join(root, "webpack.config.js"))({}, { mode: "production" });
  const config = {
    ...base,
    devtool: false,
    entry: { hello: path.join(root, "test", "bench", "hello-page.tsx") },
    output: { ...base.output, path: helloDir },
    plugins: [new HtmlWebpackPlugin({ filename: "hello.html", templateContent: '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>hello</title></head><body><div id="root"></div></body></html>' })],
  };
  await new Promise((resolve, reject) =>
    webpack(config, (err, stats) => (err || stats.hasErrors() ? reject(err || new Error(stats.toString("errors-only"))) : resolve())),
  );
}

function serve(dir) {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      return res.end();
    }
    const type = file.endsWith(".html") ? "text/html; charset=utf-8" : file.endsWith(".js") ? "text/javascript" : "application/octet-stream";
    res.writeHead(200, { "Content-Type": type });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}


async function timeToInteractive(browser, url, selector) {
  const times = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(url);
    await page.locator(selector).first().waitFor({ state: "visible" });
    const elapsed = Date.now() - start;
    if (i > 0) times.push(elapsed); // the first run warms the browser process itself
    await context.close();
  }
  return median(times);
}

function firstLoadGzip(dir, html) {
  const text = fs.readFileSync(path.join(dir, html), "utf8");
  return [...text.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src))
    .reduce((sum, src) => sum + zlib.gzipSync(fs.readFileSync(path.join(dir, src)), { level: 9 }).length, 0);
}

async function main() {
  if (!fs.existsSync(path.join(dist, "preview.html"))) throw new Error("Run npm run build first.");
  await buildHello();
  const previewServer = await serve(dist);
  const helloServer = await serve(helloDir);
  const browser = await launchChromium();
  try {
    const preview = await timeToInteractive(browser, `http://127.0.0.1:${previewServer.address().port}/preview.html`, '[data-testid="tab-check"]');
    const hello = await timeToInteractive(browser, `http://127.0.0.1:${helloServer.address().port}/hello.html`, '[data-testid="hello"]');
    const sizes = { taskpane: firstLoadGzip(dist, "taskpane.html"), preview: firstLoadGzip(dist, "preview.html"), hello: firstLoadGzip(helloDir, "hello.html") };
    console.log(`preview task pane interactive: ${preview} ms; bare Fluent hello page: ${hello} ms; ratio ×${(preview / hello).toFixed(2)}`);
    console.log(`first-load JS gzip: task pane ${(sizes.taskpane / 1024).toFixed(1)} KB, preview ${(sizes.preview / 1024).toFixed(1)} KB, hello ${(sizes.hello / 1024).toFixed(1)} KB`);
    if (process.argv.includes("--write")) write(preview, hello, sizes);
  } finally {
    await browser.close();
    previewServer.close();
    helloServer.close();
  }
}

function write(preview, hello, sizes) {
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`scripts/bench-taskpane.js\`: headless Debian Chromium, a new browser context per load (cold cache), pages served from loopback; median of ${RUNS} loads after one warm-up.`,
    "",
    "| page | first-load JS (gzip) | navigation → interactive |",
    "|---|---:|---:|",
    `| task pane in the preview (until the "Kiểm tra" tab is visible) | ${kb(sizes.preview)} | ${preview} ms |`,
    `| bare Fluent UI "hello" page, same webpack setup | ${kb(sizes.hello)} | ${hello} ms |`,
    "",
    `Ratio: ×${(preview / hello).toFixed(2)}. The production task pane (\`taskpane.html\`) loads ${kb(sizes.taskpane)} of its own JS before Office.js from Microsoft's CDN; the .docx reader and other heavy parts load on demand.`,
  ].join("\n");
  writeSection("taskpane", "Task pane start-up", lines);
}

main().catch((err) => {
  console.error(err.stack || err.message);
  process.exit(1);
});
