#!/usr/bin/env node
/**
 * Engine benchmarks: check time for generated reports of 10 to 2,000 pages, the fitted scaling
 * exponent, `vanban check`'s in-process cost on .docx files next to mammoth's raw-text
 * extraction of the same files, and peak memory for the largest file. `--write` records the
 * results in BENCHMARKS.md. Uses the compiled engine in build/cli (built by npm install).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { generateReport, toDocx } = require("./lib/generate-report");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "build", "cli", "engine");
const SIZES = [10, 50, 100, 500, 2000];
const TARGET_500_MS = 200;

function engine() {
  return {
    check: require(path.join(compiled, "check.js")),
    read: require(path.join(compiled, "read", "index.js")),
    request: require(path.join(compiled, "understand", "request.js")),
    model: require(path.join(compiled, "model.js")),
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function timeIt(fn, runs, warmups = 1) {
  for (let i = 0; i < warmups; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/** Least-squares slope of log(time) against log(pages): 1 means linear. */
function scalingExponent(points) {
  const xs = points.map((p) => Math.log(p.pages));
  const ys = points.map((p) => Math.log(p.ms));
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

async function main() {
  const e = engine();
  const mammoth = require("mammoth");
  const seed = fs.readFileSync(path.join(root, "test", "fixtures", "seeds", "002_2b77b3d6864b3803.txt"), "utf8");
  const request = e.request.extractRequest(e.read.readText(seed, "002.txt"));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vanban-bench-"));
  fs.writeFileSync(path.join(tmp, "request.json"), JSON.stringify(request));

  const rows = [];
  for (const pages of SIZES) {
    const paragraphs = generateReport(pages);
    const model = e.model.modelFromParagraphs(paragraphs.map((p) => p.text));
    const docx = toDocx(paragraphs);
    const file = path.join(tmp, `report-${pages}.docx`);
    fs.writeFileSync(file, docx);
    const runs = pages >= 2000 ? 3 : pages >= 500 ? 5 : 9;
    const checkMs = await timeIt(() => e.check.checkDocument(model, request), runs, 2);
    const vanbanMs = await timeIt(() => e.check.checkDocument(e.read.readDocument(fs.readFileSync(file), "r.docx"), request), runs);
    const mammothMs = await timeIt(() => mammoth.extractRawText({ buffer: fs.readFileSync(file) }), runs);
    const result = e.check.checkDocument(model, request);
    rows.push({ pages, paragraphs: paragraphs.length, bytes: docx.length, checkMs, vanbanMs, mammothMs, findings: result.findings.length });
    console.log(
      `${pages} pages (${paragraphs.length} paragraphs): engine ${checkMs.toFixed(1)} ms; ` +
        `read+check .docx ${vanbanMs.toFixed(1)} ms vs mammoth ${mammothMs.toFixed(1)} ms (×${(vanbanMs / mammothMs).toFixed(2)})`,
    );
  }
  const exponent = scalingExponent(rows.filter((r) => r.pages >= 50).map((r) => ({ pages: r.pages, ms: r.checkMs })));
  console.log(`scaling exponent (50–2,000 pages): ${exponent.toFixed(2)}`);

  const largest = path.join(tmp, `report-${SIZES[SIZES.length - 1]}.docx`);
  const probe = spawnSync(
    process.execPath,
    [
      "-e",
      `const fs=require("fs");const c=require(${JSON.stringify(path.join(compiled, "check.js"))});` +
        `const r=require(${JSON.stringify(path.join(compiled, "read", "index.js"))});` +
        `const req=JSON.parse(fs.readFileSync(${JSON.stringify(path.join(tmp, "request.json"))},"utf8"));` +
        `c.checkDocument(r.readDocument(fs.readFileSync(${JSON.stringify(largest)}),"r.docx"),req);` +
        `console.log(process.resourceUsage().maxRSS)`,
    ],
    { encoding: "utf8" },
  );
  const peakMb = Number(probe.stdout.trim()) / 1024;
  console.log(`peak memory, read + check of the 2,000-page .docx in a fresh process: ${peakMb.toFixed(0)} MB`);
  fs.rmSync(tmp, { recursive: true, force: true });

  if (process.argv.includes("--write")) write(rows, exponent, peakMb);
}

function write(rows, exponent, peakMb) {
  const r500 = rows.find((r) => r.pages === 500);
  const lines = [
    "<!-- engine:begin -->",
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0].model.trim()}, Node ${process.version}, by \`npm run bench\` (\`scripts/bench-engine.js\`). Medians of 3–9 runs after warm-up.`,
    "",
    "Generated reports answering the seed request (header, citation, the Phụ lục 3 outline with body text, closing; about 9 paragraphs a page), checked against the request extracted from seed 002.",
    "",
    "| pages | paragraphs | .docx size | engine check | read .docx + check | mammoth raw text | ratio | findings |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.pages} | ${r.paragraphs} | ${(r.bytes / 1024).toFixed(0)} KB | ${r.checkMs.toFixed(1)} ms | ${r.vanbanMs.toFixed(1)} ms | ${r.mammothMs.toFixed(1)} ms | ×${(r.vanbanMs / r.mammothMs).toFixed(2)} | ${r.findings} |`,
    ),
    "",
    `- Scaling exponent of engine check time, fitted over 50–2,000 pages: **${exponent.toFixed(2)}** (1.00 is linear).`,
    `- 500 pages: ${r500.checkMs.toFixed(1)} ms of engine time — target under ${TARGET_500_MS} ms: ${r500.checkMs < TARGET_500_MS ? "met" : "**missed**"}.`,
    `- Read + check against mammoth's reading alone: ×${(r500.vanbanMs / r500.mammothMs).toFixed(2)} at 500 pages — target ≤ ×1: ${r500.vanbanMs <= r500.mammothMs ? "met" : "**missed**"}.`,
    `- Peak memory (max RSS of a fresh Node process reading and checking the 2,000-page .docx): ${peakMb.toFixed(0)} MB.`,
    "<!-- engine:end -->",
  ].join("\n");
  const file = path.join(root, "BENCHMARKS.md");
  let text = fs.readFileSync(file, "utf8");
  const begin = "<!-- engine:begin -->";
  const end = "<!-- engine:end -->";
  if (text.includes(begin)) {
    text = text.slice(0, text.indexOf(begin)) + lines + text.slice(text.indexOf(end) + end.length);
  } else {
    text = `${text.trimEnd()}\n\n## Engine\n\n${lines}\n`;
  }
  fs.writeFileSync(file, text);
  console.log("BENCHMARKS.md updated.");
}

main().catch((err) => {
  console.error(err.stack || err.message);
  process.exit(1);
});
