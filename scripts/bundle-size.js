#!/usr/bin/env node
/**
 * Measures what a page of dist/ loads first: the scripts its HTML names (gzip level 9), without
 * Office.js from Microsoft's CDN. `--write` records the figures in BENCHMARKS.md.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { writeSection } = require("./lib/bench-utils");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist");
const BUDGET_KB = 250;

function firstLoadScripts(htmlFile) {
  const html = fs.readFileSync(path.join(dist, htmlFile), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

function measure(htmlFile) {
  const scripts = firstLoadScripts(htmlFile);
  let raw = 0;
  let gzip = 0;
  for (const src of scripts) {
    const bytes = fs.readFileSync(path.join(dist, src));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { page: htmlFile, scripts, raw, gzip };
}

function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}

function main() {
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) {
    console.error("dist/taskpane.html không có: chạy npm run build trước (run npm run build first).");
    process.exit(1);
  }
  const rows = ["taskpane.html", "preview.html", "check.html"].filter((p) => fs.existsSync(path.join(dist, p))).map(measure);
  for (const r of rows) {
    console.log(`${r.page}: first-load JS ${kb(r.gzip)} KB gzip (${kb(r.raw)} KB raw) — ${r.scripts.join(", ")}`);
  }
  const taskpane = rows[0];
  const over = taskpane.gzip / 1024 > BUDGET_KB;
  if (over) console.log(`Task pane first load is over the ${BUDGET_KB} KB gzip budget.`);
  if (process.argv.includes("--write")) writeBenchmarks(rows);
  return rows;
}

function writeBenchmarks(rows) {
  const body = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`node scripts/bundle-size.js --write\` after \`npm run build\` (production).`,
    "",
    "| page | first-load JS (gzip) | raw | budget |",
    "|---|---|---|---|",
    ...rows.map((r) => `| ${r.page} | ${kb(r.gzip)} KB | ${kb(r.raw)} KB | ${r.page === "taskpane.html" ? `${BUDGET_KB} KB` : "—"} |`),
    "",
    "Office.js itself comes from Microsoft's CDN and is not counted.",
  ].join("\n");
  writeSection("bundle-size", "Task pane bundle", body);
}

module.exports = { measure };
if (require.main === module) main();
