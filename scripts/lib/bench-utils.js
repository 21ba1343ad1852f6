/** What the benchmark scripts share: statistics, writing their section of BENCHMARKS.md, a static server for the pages. */
const fs = require("fs");
const http = require("http");
const path = require("path");

const BENCHMARKS = path.join(__dirname, "..", "..", "BENCHMARKS.md");

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds of each of `runs` calls of `fn` (sync or async) after `warmups` unmeasured ones. */
async function timeRuns(fn, runs, warmups = 1) {
  for (let i = 0; i < warmups; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

/** "median ms (min–max)", the way every table of BENCHMARKS.md gives a time. */
function spread(values, digits = 0) {
  const f = (v) => v.toFixed(digits);
  return `${f(median(values))} ms (${f(Math.min(...values))}–${f(Math.max(...values))})`;
}

/** Median milliseconds of `runs` calls of `fn` (sync or async) after `warmups` unmeasured ones. */
async function timeMedian(fn, runs, warmups = 1) {
  return median(await timeRuns(fn, runs, warmups));
}

/** Least-squares slope of log(ms) against log(size) over points { size, ms }: 1 is linear, 2 quadratic. */
function scalingExponent(points) {
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(Math.max(p.ms, 0.01)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

/**
 * Replaces the text between `<!-- key:begin -->` and `<!-- key:end -->` in BENCHMARKS.md, or
 * appends the section under `heading` when it is not there yet.
 */
function writeSection(key, heading, body) {
  const begin = `<!-- ${key}:begin -->`;
  const end = `<!-- ${key}:end -->`;
  const block = `${begin}\n${body.trim()}\n${end}`;
  let text = fs.existsSync(BENCHMARKS) ? fs.readFileSync(BENCHMARKS, "utf8") : "# Benchmarks\n";
  if (text.includes(begin) && text.includes(end)) {
    text = text.slice(0, text.indexOf(begin)) + block + text.slice(text.indexOf(end) + end.length);
  } else {
    text = `${text.trimEnd()}\n\n## ${heading}\n\n${block}\n`;
  }
  fs.writeFileSync(BENCHMARKS, text);
  console.log(`BENCHMARKS.md: section "${heading}" updated.`);
}

/** Serves `dir` on a free loopback port, as a static host would: the page, its scripts and its files. */
function serveStatic(dir) {
  const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".txt": "text/plain; charset=utf-8" };
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

module.exports = { median, spread, timeMedian, timeRuns, scalingExponent, writeSection, serveStatic };
