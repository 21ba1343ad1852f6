#!/usr/bin/env node
/**
 * Task pane start-up, in rounds of cold loads: the preview's task pane with a document and a
 * request (`preview.html?doc=…&request=…`) until the check can be run — the "Kiểm tra" tab
 * opened as soon as it shows, its button enabled, the document in the simulated Word and the
 * request applied — next to the same pane with nothing to read (`preview.html`, until its button
 * is enabled: what its first screen alone costs) and a bare Fluent UI "hello" page built with
 * the same webpack setup. Each round loads every page, in rotating order, each in a new browser
 * context (cold cache), served from loopback, in Debian's Chromium. Besides wall time, the CPU
 * time of the page's main thread until interactive (Chromium's ThreadTime), which other work on
 * the machine disturbs less. Once interactive, the pane's "Kiểm tra" is clicked and the time
 * until the check's summary shows is taken too: "interactive" must mean a click really runs the
 * check. Reports medians with min–max of the time to interactive, to the check's result and to
 * first contentful paint, the ratio to the hello load of the same round, the first-load JS, and
 * what the pane's first chunk holds. `--write` records them in BENCHMARKS.md. Run
 * `npm run build` first.
 *
 * `--dist DIR`: the pages built elsewhere than dist/. `--base DIR`: A/B against another build of the pages (e.g. the code before a change, built
 * with `npx webpack --mode production --output-path DIR`): each round also loads the base
 * build's pane, and each pane's ratio is taken
 * against the hello load of its own round.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { launchChromium } = require("./chromium");
const { median, writeSection, serveStatic: serve } = require("./lib/bench-utils");

const root = path.join(__dirname, "..");
const distArg = process.argv.indexOf("--dist");
const dist = distArg > 0 ? path.resolve(process.argv[distArg + 1]) : path.join(root, "dist");
const helloDir = path.join(root, "build", "bench-hello");
const PAIRS = Number(process.env.BENCH_PAIRS || 11);
const PANE_QUERY = "doc=demo/000_b28154c4db1fc991.txt&request=demo/002_2b77b3d6864b3803.txt";
const baseArg = process.argv.indexOf("--base");
const BASE = baseArg > 0 ? path.resolve(process.argv[baseArg + 1]) : null;

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

/* global document, window -- the two probes below run in the page, not in Node */

/** In the page: the time once the check can be run with the document and the request in place. */
function paneReady() {
  const button = document.querySelector('[data-testid="run-check"]');
  const preview = window.__vanbanPreview;
  if (!button || button.disabled || !preview) return false;
  if (preview.simulator.document.paragraphs().length < 2) return false;
  // The request is applied once the request tab's editor shows what was read from it.
  const number = document.querySelector('[data-field="number"]');
  return number !== null && number.value !== "" && performance.now();
}

/** As a clerk would: the "Kiểm tra" tab opened as soon as it shows. */
async function openCheckTab(page) {
  const tab = page.locator('[data-testid="tab-check"]');
  await tab.waitFor({ state: "visible", timeout: 30000 });
  await tab.click();
}

/** In the page: the time once a check's summary shows. */
function checkShown() {
  return document.querySelector('[data-testid="check-summary"]') !== null && performance.now();
}

/** As a clerk would, the moment the pane is interactive: "Kiểm tra" clicked, until its result shows. */
async function runCheck(page) {
  await page.locator('[data-testid="run-check"]').click();
  return (await page.waitForFunction(checkShown, null, { polling: "raf", timeout: 30000 })).jsonValue();
}

/** In the page: the pane with nothing to read, once its "Kiểm tra" button can be clicked (the engine may still be loading). */
function emptyPaneReady() {
  const button = document.querySelector('[data-testid="run-check"]');
  return button !== null && !button.disabled && document.querySelector('[aria-busy="true"]') === null && performance.now();
}

function helloReady() {
  return document.querySelector('[data-testid="hello"]') !== null && performance.now();
}

/** One cold load: milliseconds from navigation start to ready, and to first contentful paint. */
async function load(browser, url, ready, before, after) {
  // The pages forbid eval (script-src 'self'); the probe below is the benchmark's, not the page's.
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, bypassCSP: true });
  try {
    const page = await context.newPage();
    // CPU time of the page's main thread (Chromium's ThreadTime): steadier than wall time on a shared machine.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(url, { waitUntil: "commit" });
    if (before) await before(page);
    const interactive = await (await page.waitForFunction(ready, null, { polling: "raf", timeout: 30000 })).jsonValue();
    const { metrics } = await cdp.send("Performance.getMetrics");
    const busy = 1000 * metrics.find((m) => m.name === "ThreadTime").value;
    // A page can be ready before its first paint is recorded (the bare page often is): wait for it.
    const paint = await page
      .waitForFunction(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? false, null, { polling: "raf", timeout: 5000 })
      .then(
        (handle) => handle.jsonValue(),
        () => null,
      );
    const checked = after ? await after(page) : null;
    return { interactive, paint, checked, busy };
  } finally {
    await context.close();
  }
}

function firstLoadScripts(dir, html) {
  const text = fs.readFileSync(path.join(dir, html), "utf8");
  return [...text.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

function firstLoadGzip(dir, html) {
  return firstLoadScripts(dir, html).reduce((sum, src) => sum + zlib.gzipSync(fs.readFileSync(path.join(dir, src)), { level: 9 }).length, 0);
}

/** Which package or source folder a module path belongs to. */
function ownerOf(source) {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (modules) return modules[1];
  const own = /(src\/[^/]+(?:\/[^/]+)?)\//.exec(source);
  return own ? own[1] : source.replace(/^webpack:\/\/[^/]*\//, "");
}

/** Minified bytes of a page's first chunks by owner, from their source maps. */
function chunkContents(dir, html) {
  const { SourceMapConsumer } = require("source-map");
  const bytes = new Map();
  for (const src of firstLoadScripts(dir, html)) {
    const mapFile = path.join(dir, `${src}.map`);
    if (!fs.existsSync(mapFile)) continue;
    const code = fs.readFileSync(path.join(dir, src), "utf8").split("\n");
    const consumer = new SourceMapConsumer(JSON.parse(fs.readFileSync(mapFile, "utf8")));
    let last = null;
    const credit = (owner, from, to) => {
      if (owner !== null && to > from) bytes.set(owner, (bytes.get(owner) ?? 0) + (to - from));
    };
    consumer.eachMapping((m) => {
      const here = { line: m.generatedLine, column: m.generatedColumn, owner: m.source ? ownerOf(m.source) : null };
      if (last) credit(last.owner, last.line === here.line ? last.column : 0, last.line === here.line ? here.column : code[last.line - 1].length);
      last = here;
    });
    if (last) credit(last.owner, last.column, code[last.line - 1].length);
  }
  return [...bytes.entries()].sort((a, b) => b[1] - a[1]);
}

function stats(values) {
  if (values.length === 0) return { median: NaN, min: NaN, max: NaN };
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

async function main() {
  if (!fs.existsSync(path.join(dist, "preview.html"))) throw new Error("Run npm run build first.");
  if (BASE && !fs.existsSync(path.join(BASE, "preview.html"))) throw new Error(`No preview.html in ${BASE}.`);
  await buildHello();
  const servers = { pane: await serve(dist), hello: await serve(helloDir), empty: await serve(dist), ...(BASE ? { base: await serve(BASE) } : {}) };
  const page = { hello: "hello.html", empty: "preview.html" };
  const urlOf = (which) => `http://127.0.0.1:${servers[which].address().port}/${page[which] ?? `preview.html?${PANE_QUERY}`}`;
  const kinds = Object.keys(servers);
  const loads = Object.fromEntries(kinds.map((which) => [which, []]));
  const browser = await launchChromium();
  try {
    // One unmeasured round warms the browser process itself.
    for (let i = 0; i <= PAIRS; i++) {
      // Rotated, so each page is loaded first, second… in turn.
      const order = kinds.map((_, k) => kinds[(i + k) % kinds.length]);
      const round = {};
      for (const which of order) {
        if (which === "hello") round[which] = await load(browser, urlOf(which), helloReady);
        else if (which === "empty") round[which] = await load(browser, urlOf(which), emptyPaneReady, openCheckTab);
        else round[which] = await load(browser, urlOf(which), paneReady, openCheckTab, runCheck);
      }
      if (i > 0) for (const which of kinds) loads[which].push(round[which]);
    }
  } finally {
    await browser.close();
    for (const server of Object.values(servers)) server.close();
  }
  const hello = loads.hello;
  const paneFigures = (runs) => ({
    pane: stats(runs.map((r) => r.interactive)),
    checked: stats(runs.map((r) => r.checked)),
    ratio: stats(runs.map((r, i) => r.interactive / hello[i].interactive)),
    busy: stats(runs.map((r) => r.busy)),
    busyRatio: stats(runs.map((r, i) => r.busy / hello[i].busy)),
    panePaint: stats(runs.map((r) => r.paint).filter((v) => v !== null)),
  });
  const empty = paneFigures(loads.empty);
  const result = {
    ...paneFigures(loads.pane),
    empty,
    hello: stats(hello.map((r) => r.interactive)),
    helloBusy: stats(hello.map((r) => r.busy)),
    helloPaint: stats(hello.map((r) => r.paint).filter((v) => v !== null)),
    sizes: { taskpane: firstLoadGzip(dist, "taskpane.html"), preview: firstLoadGzip(dist, "preview.html"), hello: firstLoadGzip(helloDir, "hello.html") },
    contents: chunkContents(dist, "preview.html").slice(0, 8),
  };
  const ms = (s) => `${Math.round(s.median)} ms (${Math.round(s.min)}–${Math.round(s.max)})`;
  const ratio = (s) => `×${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
  const report = (label, r) =>
    console.log(`${label}: interactive ${ms(r.pane)}, check shown after a click then ${ms(r.checked)}, first paint ${ms(r.panePaint)}, ratio per pair ${ratio(r.ratio)}; main thread CPU until interactive ${ms(r.busy)}, ratio per pair ${ratio(r.busyRatio)}`);
  if (BASE) report(`base (${BASE})`, paneFigures(loads.base));
  report(BASE ? "dist" : "pane with document and request", result);
  console.log(`pane with nothing to read: its button enabled ${ms(empty.pane)}, first paint ${ms(empty.panePaint)}, ratio per pair ${ratio(empty.ratio)}; main thread CPU ${ms(empty.busy)}, ratio per pair ${ratio(empty.busyRatio)}`);
  console.log(`bare Fluent page: interactive ${ms(result.hello)}, first paint ${ms(result.helloPaint)}, main thread CPU ${ms(result.helloBusy)}`);
  if (BASE) console.log(`first-load JS gzip, base: preview ${(firstLoadGzip(BASE, "preview.html") / 1024).toFixed(1)} KB`);
  console.log(`first-load JS gzip: task pane ${(result.sizes.taskpane / 1024).toFixed(1)} KB, preview ${(result.sizes.preview / 1024).toFixed(1)} KB, hello ${(result.sizes.hello / 1024).toFixed(1)} KB`);
  console.log(`preview first chunk (minified bytes): ${result.contents.map(([owner, n]) => `${owner} ${(n / 1024).toFixed(1)} KB`).join(", ")}`);
  if (process.argv.includes("--json")) console.log(JSON.stringify({ loads }));
  if (process.argv.includes("--write")) write(result);
}

function write(r) {
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const ms = (s) => `${Math.round(s.median)} ms (${Math.round(s.min)}–${Math.round(s.max)})`;
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`scripts/bench-taskpane.js\`: headless Debian Chromium, ${PAIRS} rounds of loads (the pane with a document and a request, the pane with nothing to read, the bare page) after one warm-up round, the pages of a round loaded in rotating order, each load in a new browser context (cold cache), served from loopback. Times from navigation start; median (min–max). Interactive: the "Kiểm tra" tab opened as soon as it shows, its button enabled, the document in the simulated Word and the request in the Yêu cầu panel; the button is then clicked, and the last column is when the check's summary shows. Main thread CPU: Chromium's ThreadTime for the page, which other work on the machine disturbs less than wall time.`,
    "",
    "| page | first-load JS (gzip) | first contentful paint | interactive | main thread CPU until interactive | check's summary shown, clicked when interactive |",
    "|---|---:|---:|---:|---:|---:|",
    `| task pane in the preview with a document and a request (\`?${PANE_QUERY}\`), until the check can run | ${kb(r.sizes.preview)} | ${ms(r.panePaint)} | ${ms(r.pane)} | ${ms(r.busy)} | ${ms(r.checked)} |`,
    `| task pane in the preview with nothing to read (\`preview.html\`), until its "Kiểm tra" button is enabled (the engine may still be loading) | ${kb(r.sizes.preview)} | ${ms(r.empty.panePaint)} | ${ms(r.empty.pane)} | ${ms(r.empty.busy)} | — |`,
    `| bare Fluent UI "hello" page, same webpack setup | ${kb(r.sizes.hello)} | ${ms(r.helloPaint)} | ${ms(r.hello)} | ${ms(r.helloBusy)} | — |`,
    "",
    `Ratio to the bare page loaded in the same round, interactive: ×${r.ratio.median.toFixed(2)} (${r.ratio.min.toFixed(2)}–${r.ratio.max.toFixed(2)}); main thread CPU: ×${r.busyRatio.median.toFixed(2)} (${r.busyRatio.min.toFixed(2)}–${r.busyRatio.max.toFixed(2)}); the goal is ×1.5 at most. The pane with nothing to read is already ×${r.empty.ratio.median.toFixed(2)} (${r.empty.ratio.min.toFixed(2)}–${r.empty.ratio.max.toFixed(2)}) of the bare page by the same measure, and ×${r.empty.busyRatio.median.toFixed(2)} in main thread CPU: its first screen alone (the tabs, the panels' fields, the simulated Word's empty page, both languages' strings) is past the goal before a file is read. The production task pane (\`taskpane.html\`) loads ${kb(r.sizes.taskpane)} of its own JS before Office.js from Microsoft's CDN.`,
    `The preview's first chunk, minified, by what it comes from: ${r.contents.map(([owner, n]) => `${owner} ${kb(n)}`).join(", ")}.`,
  ].join("\n");
  writeSection("taskpane", "Task pane start-up", lines);
}

main().catch((err) => {
  console.error(err.stack || err.message);
  process.exit(1);
});
