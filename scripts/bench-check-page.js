#!/usr/bin/env node
/**
 * The check page's batch review (`check.html`), timed in the browser: the seed request chosen,
 * then generated replies (.docx; 10 and 40 of about 30 pages, and 12 of about 200 pages; every
 * fifth missing a section, every seventh late, as in bench-review.js) chosen at once, as a
 * reviewer does. Each load is a
 * new browser context (cold cache) in headless Debian Chromium, served from loopback; one
 * warm-up round, then 7 measured rounds. Per load, measured inside the page:
 * - review time: from the replies' `change` event until the frame that draws the review table
 *   has been painted;
 * - the longest main-thread task and the sum of long tasks (50 ms or more, Chromium's Long Tasks
 *   API) that ran between those two moments: how long the page stops answering meanwhile;
 * - the Web Workers the page started.
 * Prints a table of medians (min–max); `--write` records it in BENCHMARKS.md.
 *
 * Run `npm run build` first, then `node scripts/bench-check-page.js`.
 * `--dist DIR`: the pages built elsewhere than dist/. `--base DIR`: A/B against another build
 * (e.g. `npx webpack --mode production --output-path DIR` on the code before a change): each
 * round loads both builds, in alternating order, and the ratio measured/base of the review time
 * is taken per round. `--sizes 10x30,40x30,12x200` (replies × pages each; or BENCH_CHECK_SIZES)
 * and `--rounds 7` (or BENCH_CHECK_ROUNDS) change the sizes.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { launchChromium } = require("./chromium");
const { generateReport, toDocx } = require("./lib/generate-report");
const { median, spread, writeSection, serveStatic: serve } = require("./lib/bench-utils");

const root = path.join(__dirname, "..");
const REQUEST = path.join(root, "test", "fixtures", "seeds", "002_2b77b3d6864b3803.txt");

function option(name, env, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  if (at > 0 && process.argv[at + 1] !== undefined) return process.argv[at + 1];
  return process.env[env] ?? fallback;
}

const DIST = path.resolve(option("dist", "BENCH_CHECK_DIST", path.join(root, "dist")));
const baseOption = option("base", "BENCH_CHECK_BASE", null);
const BASE = baseOption ? path.resolve(baseOption) : null;
/** Each size: how many replies, of how many pages each. */
const SIZES = String(option("sizes", "BENCH_CHECK_SIZES", "10x30,40x30,12x200"))
  .split(",")
  .map((size) => /^(\d+)x(\d+)$/.exec(size.trim()))
  .map((match) => (match ? { count: Number(match[1]), pages: Number(match[2]) } : null));
const ROUNDS = Number(option("rounds", "BENCH_CHECK_ROUNDS", 7));
const sizeKey = (size) => `${size.count}x${size.pages}`;

/** A folder's path as the report names it: relative to the repository when inside it. */
function shown(dir) {
  const relative = path.relative(root, dir);
  return relative.startsWith("..") || path.isAbsolute(relative) ? dir : relative;
}


/** Replies as in bench-review.js: every fifth lacks a section, every seventh is dated late. */
function makeReplies(dir, count, pages) {
  const base = generateReport(pages);
  const files = [];
  for (let i = 0; i < count; i++) {
    let paragraphs = base;
    if (i % 5 === 0) paragraphs = paragraphs.filter((p) => !p.text.startsWith("II. NGUYÊN NHÂN"));
    if (i % 7 === 0) paragraphs = paragraphs.map((p) => (p.text.startsWith("Kiên Giang, ngày") ? { ...p, text: "Kiên Giang, ngày 15 tháng 9 năm 2023" } : p));
    const file = path.join(dir, `bao-cao-${pages}-trang-${String(i + 1).padStart(3, "0")}.docx`);
    fs.writeFileSync(file, toDocx(paragraphs));
    files.push(file);
  }
  return files;
}

/* global document, window, MutationObserver, requestAnimationFrame -- the probes below run in the page */

/**
 * In the page, before its own scripts: records long tasks, when the replies are chosen and when
 * the review table is first drawn.
 */
function probe() {
  const bench = { longTasks: [], chosenAt: null, tableAt: null, drawnAt: null };
  window.__bench = bench;
  const record = (list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  };
  bench.observer = new PerformanceObserver(record);
  bench.observer.observe({ type: "longtask", buffered: true });
  bench.flush = () => record({ getEntries: () => bench.observer.takeRecords() });
  // Capture phase: before the page's own handler starts the review.
  document.addEventListener(
    "change",
    (event) => {
      if (event.target.matches && event.target.matches('[data-testid="check-replies"]')) bench.chosenAt = performance.now();
    },
    true,
  );
  const tables = new MutationObserver(() => {
    if (bench.chosenAt === null || !document.querySelector('[data-testid="review-table"]')) return;
    tables.disconnect();
    bench.tableAt = performance.now();
    // A message posted from the next frame's callback is answered once that frame is painted.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.drawnAt = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  tables.observe(document, { childList: true, subtree: true });
}

/** In the page: the figures of the review once its table is drawn and the last long task reported. */
async function figures() {
  const bench = window.__bench;
  await new Promise((resolve) => setTimeout(resolve, 100));
  bench.flush();
  const from = bench.chosenAt;
  const to = bench.drawnAt;
  // Whole tasks that ran at least partly in the window: the one handling the choice starts just before it.
  const tasks = bench.longTasks.filter((t) => t.start < to && t.start + t.duration > from).map((t) => t.duration);
  return {
    review: to - from,
    inserted: bench.tableAt - from,
    longest: tasks.length ? Math.max(...tasks) : 0,
    total: tasks.reduce((a, b) => a + b, 0),
    count: tasks.length,
    rows: document.querySelectorAll('[data-testid="review-row"]').length,
  };
}

/** One cold load of `url`: the request chosen, then `replies`, until the review table is drawn. */
async function load(browser, url, replies) {
  // The page forbids eval (script-src 'self'); the probes are the benchmark's, not the page's.
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: "vi-VN", bypassCSP: true });
  try {
    const page = await context.newPage();
    let workers = 0;
    page.on("worker", () => workers++);
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.addInitScript(probe);
    await page.goto(url);
    await page.locator('[data-testid="check-replies"]:enabled').waitFor({ timeout: 60000 });
    // A reviewer takes seconds to pick files: the spreadsheet writer fetched after the engine has come by then.
    await page.waitForLoadState("networkidle");
    await page.getByTestId("check-request").setInputFiles(REQUEST);
    await page.getByTestId("request-read").waitFor({ timeout: 30000 });
    await page.getByTestId("check-replies").setInputFiles(replies);
    await page.waitForFunction(() => window.__bench.drawnAt !== null, null, { timeout: 300000 });
    const result = await page.evaluate(figures);
    if (errors.length) throw new Error(`${url}: ${errors.join("; ")}`);
    if (result.rows !== replies.length) throw new Error(`${url}: ${result.rows} rows in the review table for ${replies.length} replies`);
    return { ...result, workers };
  } finally {
    await context.close();
  }
}

function ratioText(values) {
  return `×${median(values).toFixed(2)} (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
}

/** The Long Tasks API reports tasks of 50 ms and more only: a load without any counts as 0. */
function longest(values) {
  return values.every((v) => v === 0) ? "none over 50 ms" : spread(values);
}

function range(values) {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? String(low) : `${low}–${high}`;
}

function main() {
  const defaultDist = DIST === path.join(root, "dist");
  for (const [dir, what] of [[DIST, "--dist"], ...(BASE ? [[BASE, "--base"]] : [])]) {
    if (fs.existsSync(path.join(dir, "check.html"))) continue;
    if (what === "--dist" && defaultDist) console.error("dist/check.html not found: run `npm run build` first.");
    else console.error(`${what} ${dir}: no check.html there (build the pages into it with \`npx webpack --mode production --output-path ${dir}\`).`);
    process.exit(1);
  }
  if (SIZES.length === 0 || SIZES.some((size) => !size || size.count < 1 || size.pages < 1) || !(Number.isInteger(ROUNDS) && ROUNDS > 0)) {
    console.error("Sizes are replies × pages, rounds a positive whole number (e.g. --sizes 10x30,40x30 --rounds 7).");
    process.exit(1);
  }
  return run();
}

async function run() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vanban-check-page-bench-"));
  const builds = BASE ? ["base", "measured"] : ["measured"];
  const dirs = { measured: DIST, base: BASE };
  const servers = {};
  let browser = null;
  const loads = Object.fromEntries(builds.map((b) => [b, Object.fromEntries(SIZES.map((size) => [sizeKey(size), []]))]));
  try {
    // The replies of each length, as many as the largest count of that length.
    const replies = {};
    for (const pages of new Set(SIZES.map((size) => size.pages))) {
      replies[pages] = makeReplies(tmp, Math.max(...SIZES.filter((size) => size.pages === pages).map((size) => size.count)), pages);
    }
    for (const build of builds) servers[build] = await serve(dirs[build]);
    const urlOf = (build) => `http://127.0.0.1:${servers[build].address().port}/check.html`;
    browser = await launchChromium();
    // Round 0 is a warm-up of the browser process itself, not recorded.
    for (let round = 0; round <= ROUNDS; round++) {
      for (const size of SIZES) {
        const order = round % 2 ? [...builds].reverse() : builds;
        for (const build of order) {
          const result = await load(browser, urlOf(build), replies[size.pages].slice(0, size.count));
          if (round > 0) loads[build][sizeKey(size)].push(result);
        }
      }
      process.stderr.write(round === 0 ? "warm-up round done\n" : `round ${round}/${ROUNDS} done\n`);
    }
  } finally {
    if (browser) await browser.close();
    for (const server of Object.values(servers)) server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const label = { measured: BASE ? `measured (\`${shown(DIST)}\`)` : `\`${shown(DIST)}\``, base: `base (\`${shown(BASE ?? "")}\`)` };
  const rows = [];
  for (const build of builds) {
    for (const size of SIZES) {
      const runs = loads[build][sizeKey(size)];
      const reviews = runs.map((r) => r.review);
      rows.push(
        `| ${label[build]} | ${size.count} × ${size.pages} pages | ${spread(reviews)} | ${(size.count / (median(reviews) / 1000)).toFixed(1)} | ${longest(runs.map((r) => r.longest))} | ${spread(runs.map((r) => r.total))} | ${range(runs.map((r) => r.workers))} |`,
      );
    }
  }
  const table = [
    "| build | replies | review time | replies/s | longest task | long tasks total | worker threads |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows,
  ];
  const ratios = BASE
    ? `Ratio measured/base of the review time, per round: ${SIZES.map((size) => `${size.count} × ${size.pages} pages ${ratioText(loads.measured[sizeKey(size)].map((r, i) => r.review / loads.base[sizeKey(size)][i].review))}`).join("; ")}.`
    : null;
  console.log(table.join("\n"));
  if (ratios) console.log(`\n${ratios}`);
  if (process.argv.includes("--json")) console.log(JSON.stringify({ loads }));
  if (process.argv.includes("--write")) write(table, ratios);
}

function write(table, ratios) {
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores by \`scripts/bench-check-page.js\`: \`check.html\` in headless Debian Chromium, served from loopback, each load in a new browser context (cold cache); the seed request (002) chosen, then generated replies (${SIZES.map((size) => `${size.count} of about ${size.pages} pages`).join(", ")}; some missing a section, some late) chosen at once; ${ROUNDS} round${ROUNDS === 1 ? "" : "s"} after one warm-up round${BASE ? ", the two builds of a round in alternating order" : ""}; median (min–max). Review time: in the page, from the replies' \`change\` event until the frame that draws the review table has been painted. Longest task and long tasks total: the main thread's tasks of 50 ms or more (Chromium's Long Tasks API; shorter ones are not reported, a load without any counts as 0) in that time, while the page cannot answer a click. Worker threads: the Web Workers the page started.`,
    "",
    ...table,
    ...(ratios ? ["", ratios] : []),
  ].join("\n");
  placeAfterReview();
  writeSection("check-page", "Check page (batch review in the browser)", lines);
}

/** A new section goes after "vanban review", not at the end where writeSection would append it. */
function placeAfterReview() {
  const file = path.join(root, "BENCHMARKS.md");
  if (!fs.existsSync(file)) return;
  const text = fs.readFileSync(file, "utf8");
  const anchor = "<!-- review:end -->";
  if (text.includes("<!-- check-page:begin -->") || !text.includes(anchor)) return;
  const at = text.indexOf(anchor) + anchor.length;
  const section = "\n\n## Check page (batch review in the browser)\n\n<!-- check-page:begin -->\n<!-- check-page:end -->";
  fs.writeFileSync(file, text.slice(0, at) + section + text.slice(at));
}

Promise.resolve()
  .then(main)
  .catch((err) => {
    console.error(err.stack || err.message);
    process.exit(1);
  });
