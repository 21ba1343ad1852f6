#!/usr/bin/env node
/**
 * What one check carries across Word's boundary, in bytes, for real pages: corpus file 55
 * (231 pages as Word counts them) with its body's top-level elements repeated, in order, to
 * about 100 and 500 pages (the same construction as scripts/bench-real.js). The document is
 * opened in the Word API simulator from its WordprocessingML, so its runs and formatting are
 * the file's, and the production adapter reads it; the simulator counts the bytes of every
 * value Word sends back, as JSON. Beside it: the size of the body's OOXML (what
 * `Body.getOoxml()` would send: document, styles, numbering and theme parts) and the engine's
 * time to read that OOXML, for choosing the reading path. `--write` records it in BENCHMARKS.md.
 * Needs `node scripts/build-cli.js` first.
 */
const fs = require("fs");
const path = require("path");
const { unzipSync, zipSync, strFromU8, strToU8 } = require("fflate");
const { median, writeSection } = require("./lib/bench-utils");

const root = path.join(__dirname, "..");
const built = path.join(root, "build", "cli");
const { createWordAdapter } = require(path.join(built, "word", "adapter.js"));
const { createSimulatedWordFromOoxml, ooxmlPackageOfDocx } = require(path.join(built, "word", "simulator", "index.js"));
const { readOoxml } = require(path.join(built, "engine", "read", "ooxml.js"));
const { checkDocument } = require(path.join(built, "engine", "check.js"));

const FILE = path.join(root, "..", "shared", "corpus", "docx", "55_cp-nq-18-2026-long.docx");
const ORIGINAL_PAGES = 231;
const MB = 1024 * 1024;

// The body split into its top-level elements, as the real-formatted benchmark splits it.
const { bodyParts } = require("./bench-real");

/** The file with its body's elements repeated (or cut) to about `pages` pages; `deletion` adds one tracked deletion. */
function buildPages(original, pages, deletion) {
  const files = unzipSync(original);
  const { head, parts, sectPr, tail } = bodyParts(strFromU8(files["word/document.xml"]));
  const count = Math.round((parts.length * pages) / ORIGINAL_PAGES);
  const out = [];
  for (let i = 0; i < count; i++) out.push(parts[i % parts.length]);
  if (deletion) out.unshift('<w:p><w:del w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>cũ</w:delText></w:r></w:del></w:p>');
  files["word/document.xml"] = strToU8(head + out.join("") + sectPr + tail);
  return zipSync(files, { level: 1 });
}

async function measure(bytes) {
  const sim = createSimulatedWordFromOoxml(ooxmlPackageOfDocx(bytes), { apiMinorVersion: 6 });
  const adapter = createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported });
  const cost = async (action) => {
    const syncs = sim.syncCount();
    const sent = sim.responseBytes();
    const value = await action();
    return { syncs: sim.syncCount() - syncs, bytes: sim.responseBytes() - sent, value };
  };
  const read = await cost(() => adapter.readDocument());
  const model = read.value;
  const finding = checkDocument(model, null).findings.find((f) => f.span && f.excerpt) ?? null;
  const texts = model.paragraphs.map((p) => p.text);
  // A place to select: the last paragraph whose opening words are not met before it.
  let at = texts.length - 1;
  while (at > 0 && (texts[at].length <= 30 || texts.slice(0, at).some((t) => t.includes(texts[at].slice(0, 30))))) at--;
  const select = await cost(() => adapter.selectSpan({ paragraph: at, start: 0, end: 30 }, texts[at].slice(0, 30)));
  // After the check, hasHeader answers from its read; a pane that has read nothing asks Word for the first paragraphs.
  const header = await cost(() => adapter.hasHeader());
  const fresh = createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported });
  const headerUnread = await cost(() => fresh.hasHeader());
  const textBytes = Buffer.byteLength(JSON.stringify(texts));
  return { paragraphs: texts.length, read, select, header, headerUnread, textBytes, finding: Boolean(finding) };
}

async function main() {
  if (!fs.existsSync(FILE)) {
    console.log(`corpus file not found (${FILE}): nothing measured`);
    return;
  }
  const original = new Uint8Array(fs.readFileSync(FILE));
  const rows = [];
  for (const pages of [100, 500]) {
    const bytes = buildPages(original, pages, false);
    const plain = await measure(bytes);
    const tracked = await measure(buildPages(original, pages, true));
    const ooxml = ooxmlPackageOfDocx(bytes);
    const ooxmlBytes = Buffer.byteLength(ooxml);
    const times = [];
    for (let i = 0; i < 3; i++) {
      const start = process.hrtime.bigint();
      readOoxml(ooxml);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const row = { pages, plain, tracked, ooxmlBytes, ooxmlMs: median(times) };
    rows.push(row);
    console.log(
      `${pages} pages, ${plain.paragraphs} paragraphs: read ${(plain.read.bytes / MB).toFixed(2)} MB in ${plain.read.syncs} sync` +
        ` (${(tracked.read.bytes / MB).toFixed(2)} MB in ${tracked.read.syncs} with a tracked deletion);` +
        ` select ${plain.select.bytes} B in ${plain.select.syncs}; hasHeader ${plain.header.bytes} B in ${plain.header.syncs} after the check,` +
        ` ${plain.headerUnread.bytes} B in ${plain.headerUnread.syncs} with nothing read;` +
        ` body OOXML ${(ooxmlBytes / MB).toFixed(2)} MB, read by the engine in ${row.ooxmlMs.toFixed(0)} ms`,
    );
  }
  if (process.argv.includes("--write")) write(rows);
}

/** Word on the web's payload limit as Microsoft gives it (for Excel on the web; none is given for Word), in the table's MB. */
const WEB_LIMIT = 5 * MB;

function write(rows) {
  const mb = (bytes) => (bytes / MB).toFixed(2);
  const largest = rows[rows.length - 1];
  const perParagraph = largest.plain.read.bytes / largest.plain.paragraphs;
  const perPage = largest.plain.paragraphs / largest.pages;
  const limitPages = Math.floor(WEB_LIMIT / perParagraph / perPage / 10) * 10;
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`scripts/bench-word-payload.js\`: corpus file 55 (231 real pages) with its body repeated or cut to the page count, opened in the Word API simulator from its WordprocessingML and read by the production adapter; bytes are what Word's answers carry as JSON (\`"name":value\`, UTF-8), counted by the simulator. Requests are small beside them (a load names its properties once for the whole collection), except inserted OOXML. The engine's time (median of 3) was taken on a shared two-core machine: it says seconds, not a figure to compare.`,
    "",
    "| pages | paragraphs | check's read (1 sync) | of which paragraph texts | with tracked deletions (2 syncs, WordApi 1.6) | select a finding (1 sync) | `hasHeader` after the check (no sync) | `hasHeader`, nothing read before (1 sync) | body as OOXML (`getOoxml`) | engine reading that OOXML |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.pages} | ${r.plain.paragraphs} | ${mb(r.plain.read.bytes)} MB | ${mb(r.plain.textBytes)} MB | ${mb(r.tracked.read.bytes)} MB | ${r.plain.select.bytes} B | ${r.plain.header.bytes} B | ${r.plain.headerUnread.bytes} B | ${mb(r.ooxmlBytes)} MB | ${r.ooxmlMs.toFixed(0)} ms |`,
    ),
    "",
    `The read loads only what the checks read of a paragraph (src/word/read-model.ts); until 2026-12-07 it also loaded the style's name, the left indent, spacing before and after, line spacing and \`isListItem\`, which no rule reads: 1.56 MB for 100 pages and 7.07 MB for 500. Since then it also loads the row and cell of each paragraph in a table (a heading's number may stand in the cell before its title), which this file, rich in tables, pays for: 1.13 → 1.19 MB for 100 pages, 5.21 → 5.44 MB for 500. Now about ${Math.round(perParagraph)} bytes a paragraph, ${Math.round(perPage)} paragraphs a page of this file: one answer passes 5 MB (the figure Microsoft gives for Excel on the web; none is given for Word) at about ${limitPages} pages, and from there \`readDocument\`, refused, reads the body in windows of 4,000 paragraphs (\`src/word/README.md\`, "What a check carries, and Word on the web's limits").`,
  ];
  writeSection("word-payload", "Word payload per check", lines.join("\n"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
