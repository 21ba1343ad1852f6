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
const { median, scalingExponent, spread, timeRuns, writeSection } = require("./lib/bench-utils");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "build", "cli", "engine");
const SIZES = [10, 50, 100, 500, 2000];
const TARGET_500_MS = 200;

function engine() {
  return {
    check: require(path.join(compiled, "check.js")),
    read: require(path.join(compiled, "read", "index.js")),
    request: require(path.join(compiled, "understand", "request.js")),
  };
}



/** Least-squares slope of log(time) against log(pages): 1 means linear. */

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
    const docx = toDocx(paragraphs);
    const file = path.join(tmp, `report-${pages}.docx`);
    fs.writeFileSync(file, docx);
    const runs = pages >= 2000 ? 5 : pages >= 500 ? 9 : 25;
    // The engine alone runs on the model read from the .docx, as the command line and the pane
    // give it: with the request and without one.
    const model = e.read.readDocument(docx, "r.docx");
    // Side by side: every measurement below is timed in alternation, so a change in the
    // machine's load touches all alike.
    const t = { check: [], bare: [], read: [], ours: [], mammoth: [] };
    const vanbanCheck = () => e.check.checkDocument(e.read.readDocument(fs.readFileSync(file), "r.docx"), request);
    const vanbanRead = () => e.read.readDocument(fs.readFileSync(file), "r.docx");
    const mammothRead = () => mammoth.extractRawText({ buffer: fs.readFileSync(file) });
    for (let i = 0; i < runs + 2; i++) {
      const sample = {
        check: await timeRuns(() => e.check.checkDocument(model, request), 1, 0),
        bare: await timeRuns(() => e.check.checkDocument(model, null), 1, 0),
        ours: await timeRuns(vanbanCheck, 1, 0),
        mammoth: await timeRuns(mammothRead, 1, 0),
        read: await timeRuns(vanbanRead, 1, 0),
      };
      // The first two rounds warm up.
      if (i > 1) for (const key of Object.keys(t)) t[key].push(sample[key][0]);
    }
    const result = e.check.checkDocument(model, request);
    rows.push({ pages, paragraphs: model.paragraphs.length, bytes: docx.length, t, findings: result.findings.length });
    console.log(
      `${pages} pages (${model.paragraphs.length} paragraphs): engine ${spread(t.check, 1)} (no request ${spread(t.bare, 1)}); ` +
        `read+check .docx ${spread(t.ours, 1)} vs mammoth ${spread(t.mammoth, 1)} (×${(median(t.ours) / median(t.mammoth)).toFixed(2)})`,
    );
  }
  const exponent = scalingExponent(rows.filter((r) => r.pages >= 50).map((r) => ({ size: r.pages, ms: median(r.t.check) })));
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
  const ratio = (r) => median(r.t.ours) / median(r.t.mammoth);
  const overMammoth = rows.filter((r) => ratio(r) > 1);
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0].model.trim()}, Node ${process.version}, by \`npm run bench\` (\`scripts/bench-engine.js\`). Each cell: median (min–max) of 5–25 runs after two warm-up rounds, every measurement of a size timed in alternation with the others.`,
    "",
    "**Generated documents** (light: one run a paragraph, no tables or styles, about 9 paragraphs a page — far lighter than real ones; the real-formatted figures are under “Engine on real-formatted documents” below): reports answering the seed request (header, citation, the Phụ lục 3 outline with body text, closing), checked against the request extracted from seed 002. The engine columns check the model read from the generated .docx.",
    "",
    "| pages | paragraphs | .docx size | engine check, with the request | engine check, no request | read .docx | read .docx + check | mammoth raw text | ratio | findings |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.pages} | ${r.paragraphs} | ${(r.bytes / 1024).toFixed(0)} KB | ${spread(r.t.check, 1)} | ${spread(r.t.bare, 1)} | ${spread(r.t.read, 1)} | ${spread(r.t.ours, 1)} | ${spread(r.t.mammoth, 1)} | ×${ratio(r).toFixed(2)} | ${r.findings} |`,
    ),
    "",
    `- Scaling exponent of engine check time (with the request), fitted over 50–2,000 pages: **${exponent.toFixed(2)}** (1.00 is linear).`,
    `- 500 generated pages: ${median(r500.t.check).toFixed(1)} ms of engine time with the request — target under ${TARGET_500_MS} ms: ${median(r500.t.check) < TARGET_500_MS ? "met" : "**missed**"}.`,
    `- Read + check against mammoth's reading alone (target ≤ ×1): ${overMammoth.length === 0 ? "met at every size" : `**missed** at ${overMammoth.map((r) => `${r.pages} pages (×${ratio(r).toFixed(2)})`).join(", ")}`}.`,
    `- Peak memory (max RSS of a fresh Node process reading and checking the generated 2,000-page .docx): ${peakMb.toFixed(0)} MB; on real-formatted pages see below.`,
  ].join("\n");
  writeSection("engine", "Engine", lines);
}

main().catch((err) => {
  console.error(err.stack || err.message);
  process.exit(1);
});
