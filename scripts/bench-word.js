#!/usr/bin/env node
/**
 * Word round trips per operation: the production adapter driven against the Word API
 * simulator, counting `context.sync()` calls. Round trips, not milliseconds, are what make
 * an add-in slow in Word (each one crosses into Word, and over the network in Word on the web).
 * `--write` records them in BENCHMARKS.md.
 */
const fs = require("fs");
const path = require("path");
const { generateReport } = require("./lib/generate-report");
const { writeSection } = require("./lib/bench-utils");

const root = path.join(__dirname, "..");
const built = path.join(root, "build", "cli");
const { createWordAdapter } = require(path.join(built, "word", "adapter.js"));
const { createSimulatedWord } = require(path.join(built, "word", "simulator", "index.js"));
const { modelFromParagraphs } = require(path.join(built, "engine", "model.js"));
const { checkDocument } = require(path.join(built, "engine", "check.js"));
const { readText } = require(path.join(built, "engine", "read", "index.js"));
const { extractRequest } = require(path.join(built, "engine", "understand", "request.js"));
const parts = require(path.join(built, "parts", "index.js"));

async function main() {
  const seed = fs.readFileSync(path.join(root, "test", "fixtures", "seeds", "002_2b77b3d6864b3803.txt"), "utf8");
  const request = extractRequest(readText(seed, "002.txt"));
  const rows = [];
  for (const pages of [10, 100, 500]) {
    const sim = createSimulatedWord(modelFromParagraphs(generateReport(pages).map((p) => p.text)));
    const adapter = createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported });
    const count = async (fn) => {
      const before = sim.syncCount();
      await fn();
      return sim.syncCount() - before;
    };
    let result;
    const read = await count(() => adapter.readDocument());
    const check = await count(async () => {
      result = checkDocument(await adapter.readDocument(), request);
    });
    const target = result.findings.find((f) => f.span) ?? { span: { paragraph: 12, start: 0, end: 10 }, excerpt: sim.document.paragraphs()[12].text.slice(0, 10) };
    const select = await count(() => adapter.selectSpan(target.span, target.excerpt));
    const header = parts.toFlatOpc(parts.buildHeader(parts.EXAMPLE_STATE_PROFILE, { type: "bao-cao", subject: "Thử" }));
    const insertHeader = await count(async () => {
      await adapter.hasHeader();
      await adapter.insertOoxml(header, "start");
    });
    const insertOutline = await count(() => adapter.insertOoxml(parts.toFlatOpc(parts.buildOutline(request.outline)), "cursor"));
    rows.push({ pages, paragraphs: sim.document.paragraphs().length, read, check, select, insertHeader, insertOutline });
    console.log(`${pages} pages: read ${read}, check ${check}, select ${select}, header (ask + insert) ${insertHeader}, outline ${insertOutline}`);
  }
  if (process.argv.includes("--write")) write(rows);
}

function write(rows) {
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`scripts/bench-word.js\`: the production Word adapter against the Word API simulator, counting \`context.sync()\` calls. Documents generated as for the engine benchmark.`,
    "",
    "| pages | read document | check (read + engine) | select a finding | insert header (look for one, then insert) | insert outline at the cursor |",
    "|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.pages} | ${r.read} | ${r.check} | ${r.select} | ${r.insertHeader} | ${r.insertOutline} |`),
    "",
    "Round trips do not grow with the document: the whole body is read in one sync, and selecting an excerpt costs 2 (3 when the excerpt repeats earlier in its paragraph or is longer than Word's 255-character search limit).",
  ].join("\n");
  writeSection("word", "Word round trips", lines);
}

main().catch((err) => {
  console.error(err.stack || err.message);
  process.exit(1);
});
