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
    const texts = sim.document.paragraphs().map((p) => p.text);
    // A finding's excerpt (its paragraph's words around it are first met there), as after a check.
    const target = result.findings.find((f) => f.span && f.excerpt) ?? { span: { paragraph: 12, start: 0, end: 10 }, excerpt: texts[12].slice(0, 10) };
    const selectUnique = await count(() => adapter.selectSpan(target.span, target.excerpt));
    // The same words in a paragraph repeated whole earlier in the document: no stretch of its own,
    // the earlier copies are stepped over.
    const repeated = texts.findIndex((text, index) => text.length > 20 && texts.slice(0, index).includes(text));
    const selectRepeated = repeated < 0 ? null : await count(() => adapter.selectSpan({ paragraph: repeated, start: 0, end: 20 }, texts[repeated].slice(0, 20)));
    // An excerpt longer than Word's 255-character search limit: found by its head and tail.
    const long = texts.findIndex((text) => text.length > 300);
    await adapter.readDocument();
    const selectLong = long < 0 ? null : await count(() => adapter.selectSpan({ paragraph: long, start: 0, end: 300 }, texts[long].slice(0, 300)));
    const header = parts.toFlatOpc(parts.buildHeader(parts.EXAMPLE_STATE_PROFILE, { type: "bao-cao", subject: "Thử" }));
    // The pane's steps: is there a header? then insert it at the start (here the report has one,
    // so this is the clerk confirming a second; a document without one costs the same).
    const askAndInsert = () =>
      count(async () => {
        await adapter.hasHeader();
        await adapter.insertOoxml(header, "start");
      });
    await adapter.readDocument();
    const headerAfterCheck = await askAndInsert();
    // Nothing read since the last insertion: hasHeader reads the first paragraphs.
    const headerUnread = await askAndInsert();
    const insertOutline = await count(() => adapter.insertOoxml(parts.toFlatOpc(parts.buildOutline(request.outline)), "cursor"));
    rows.push({ pages, paragraphs: sim.document.paragraphs().length, read, check, selectUnique, selectRepeated, selectLong, headerAfterCheck, headerUnread, insertOutline });
    console.log(
      `${pages} pages: read ${read}, check ${check}, select ${selectUnique} (repeated paragraph ${selectRepeated}, > 255 chars ${selectLong}),` +
        ` header after a check ${headerAfterCheck} (nothing read before ${headerUnread}), outline ${insertOutline}`,
    );
  }
  if (process.argv.includes("--write")) write(rows);
}

function write(rows) {
  const cell = (value) => (value === null ? "—" : String(value));
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`scripts/bench-word.js\`: the production Word adapter against the Word API simulator, counting \`context.sync()\` calls. Documents generated as for the engine benchmark.`,
    "",
    "| pages | read document | check (read + engine) | select a finding | select in a paragraph repeated whole earlier | select an excerpt over 255 characters | insert header after a check (ask, then insert) | insert header, nothing read before | insert outline at the cursor |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.pages} | ${r.read} | ${r.check} | ${r.selectUnique} | ${cell(r.selectRepeated)} | ${cell(r.selectLong)} | ${r.headerAfterCheck} | ${r.headerUnread} | ${r.insertOutline} |`,
    ),
    "",
    "Round trips do not grow with the document. After a check the pane knows each paragraph's text as Word gave it: a finding is selected in one sync when a stretch of its paragraph around the excerpt (at most 250 characters, lengthened until it is) is first met in the body at its place, whether or not the excerpt itself repeats, or, in a paragraph repeated whole earlier, after stepping over at most 8 earlier matches in the same batch; otherwise (a quote, a line break, more repeats) the paragraphs are read first: 2 syncs, 3 for an excerpt over Word's 255-character search limit. Inserting the header after a check is one sync: whether there is a header, and where the body starts, come from the check's read, and the batch stops before inserting if the first paragraph no longer reads as it did (then 2 more). With nothing read before, asking reads the first 15 paragraphs (1 sync) and the insertion takes 1.",
  ].join("\n");
  writeSection("word", "Word round trips", lines);
}

main().catch((err) => {
  console.error(err.stack || err.message);
  process.exit(1);
});
