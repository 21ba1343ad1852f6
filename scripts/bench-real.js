#!/usr/bin/env node
/**
 * Real-formatted benchmark: corpus file 55 (a real 231-page Word document, with its runs,
 * tables and styles) and its body repeated to 500, 1,000 and 2,000 pages, each timed in fresh
 * processes against the floor (Node starting, inflating word/document.xml and one regex pass
 * over its <w:t> text). `vanban check FILE`, `vanban check FILE --request SEED` and the floor are
 * run in alternation; medians with min–max; peak memory (max RSS) by /usr/bin/time.
 * The built documents go to a temp dir, never into the repo. `--write` records the results in
 * BENCHMARKS.md; `--runs N` and `--sizes 231,500` narrow a run; `--before DIR` also times
 * `vanban check --request` of another checkout (built) for a before/after column.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { unzipSync, zipSync, strFromU8, strToU8 } = require("fflate");
const { median, scalingExponent, writeSection } = require("./lib/bench-utils");

const root = path.join(__dirname, "..");
const shared = path.join(root, "..", "shared");
const corpus = path.join(shared, "corpus", "docx");
const seed = path.join(shared, "seeds", "002_2b77b3d6864b3803.txt");
const vanban = path.join(root, "bin", "vanban");
const ORIGINAL_PAGES = 231;

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const RUNS = Number(arg("--runs", "5"));
const SIZES = arg("--sizes", "231,500,1000,2000").split(",").map(Number);
const BEFORE = arg("--before", undefined);
const BEFORE_SIZES = arg("--before-sizes", "500").split(",").map(Number);
const WARMUP = Number(arg("--warmup", "1"));

// Where the time goes, from node --cpu-prof on the 500-page document.
const PROFILE =
  "Profile (node --cpu-prof, 500 real pages, `check --request`): saxes takes about 75% of reading — namespace processing of every attribute (`processAttribsNS`, `resolve`, `qname`) alone a third, then its character-by-character state machine; inflating `document.xml` about 15%; our own handlers (style resolution per run, paragraph building, normalization, legacy-font detection) under 20% together. The check with a request is mostly section matching (`compareSections`, bounded at 1,000 candidate headings an outline entry, so linear) and citation finding.";

/** Top-level elements of the body (paragraphs, tables, content controls…), without its sectPr. */
function bodyParts(xml) {
  const open = xml.indexOf("<w:body>");
  const close = xml.lastIndexOf("</w:body>");
  const inner = xml.slice(open + "<w:body>".length, close);
  const parts = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let start = 0;
  let m;
  while ((m = tag.exec(inner))) {
    if (m[1]) depth--;
    else if (!m[3]) depth++;
    if (depth === 0) {
      parts.push(inner.slice(start, tag.lastIndex));
      start = tag.lastIndex;
    }
  }
  const sectPr = parts.length && parts[parts.length - 1].startsWith("<w:sectPr") ? parts.pop() : "";
  return { head: xml.slice(0, open + "<w:body>".length), parts, sectPr, tail: xml.slice(close) };
}

/** The original .docx with its body's elements repeated (in order, cycling) to about `pages` pages. */
function buildLarge(original, pages) {
  if (pages === ORIGINAL_PAGES) return original;
  const files = unzipSync(original);
  const { head, parts, sectPr, tail } = bodyParts(strFromU8(files["word/document.xml"]));
  const count = Math.round((parts.length * pages) / ORIGINAL_PAGES);
  const out = [];
  for (let i = 0; i < count; i++) out.push(parts[i % parts.length]);
  files["word/document.xml"] = strToU8(head + out.join("") + sectPr + tail);
  return zipSync(files, { level: 6 });
}

const FLOOR = `
const { unzipSync, strFromU8 } = require(${JSON.stringify(require.resolve("fflate"))});
const files = unzipSync(require("fs").readFileSync(process.argv[1]), { filter: (f) => f.name === "word/document.xml" });
const xml = strFromU8(files["word/document.xml"]);
const re = /<w:t(?:\\s[^>]*)?>([^<]*)<\\/w:t>/g;
let n = 0, m;
while ((m = re.exec(xml))) n += m[1].length;
if (n < 0) console.log(n);
`;

/** One fresh process under /usr/bin/time: wall ms and max RSS in MB. */
function measure(argv) {
  const start = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-f", "MAXRSS %M", ...argv], { encoding: "utf8", maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /MAXRSS (\d+)/.exec(r.stderr);
  if (!rss) throw new Error(`${argv.join(" ")} failed: ${r.stderr.slice(-400)}`);
  return { ms, mb: Number(rss[1]) / 1024, out: r.stdout };
}

const fmt = (s) => `${median(s.ms).toFixed(0)} ms (${Math.min(...s.ms).toFixed(0)}–${Math.max(...s.ms).toFixed(0)})`;

function main() {
  const file55 = fs.existsSync(corpus) ? fs.readdirSync(corpus).find((f) => /^55_.*\.docx$/.test(f)) : undefined;
  if (!file55 || !fs.existsSync(seed)) {
    console.log(`Skipped: the corpus (${path.relative(root, corpus)}) or seed 002 is absent; real-formatted benchmark not run.`);
    return;
  }
  if (!fs.existsSync("/usr/bin/time")) {
    console.log("Skipped: /usr/bin/time is needed for peak memory.");
    return;
  }
  const original = fs.readFileSync(path.join(corpus, file55));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vanban-bench-real-"));
  const rows = [];
  const loadBefore = os.loadavg()[0];
  try {
    for (const pages of SIZES) {
      const docx = buildLarge(original, pages);
      const file = path.join(tmp, `real-${pages}.docx`);
      fs.writeFileSync(file, docx);
      const xmlBytes = unzipSync(docx, { filter: (f) => f.name === "word/document.xml" })["word/document.xml"].length;
      const kinds = {
        floor: [process.execPath, "-e", FLOOR, file],
        check: [process.execPath, vanban, "check", file, "--format", "json"],
        request: [process.execPath, vanban, "check", file, "--request", seed, "--format", "json"],
      };
      if (BEFORE && BEFORE_SIZES.includes(pages)) kinds.before = [process.execPath, path.join(BEFORE, "bin", "vanban"), "check", file, "--request", seed, "--format", "json"];
      const stats = Object.fromEntries(Object.keys(kinds).map((k) => [k, { ms: [], mb: [] }]));
      // Alternated, so a change in the machine's load touches all three alike; one warm-up round.
      for (let i = 1 - WARMUP; i <= RUNS; i++) {
        for (const [k, argv] of Object.entries(kinds)) {
          const r = measure(argv);
          if (i > 0) {
            stats[k].ms.push(r.ms);
            stats[k].mb.push(r.mb);
          }
        }
      }
      const row = { pages, docxBytes: docx.length, xmlBytes, stats };
      rows.push(row);
      console.log(
        `${pages} pages (${(xmlBytes / 1048576).toFixed(1)} MB XML, ${(docx.length / 1048576).toFixed(2)} MB .docx): ` +
          `floor ${fmt(stats.floor)} ${median(stats.floor.mb).toFixed(0)} MB; ` +
          `check ${fmt(stats.check)} ${median(stats.check.mb).toFixed(0)} MB; ` +
          `check --request ${fmt(stats.request)} ${median(stats.request.mb).toFixed(0)} MB ` +
          `(×${(median(stats.request.ms) / median(stats.floor.ms)).toFixed(2)} of the floor, memory ×${(median(stats.request.mb) / median(stats.floor.mb)).toFixed(2)})` +
          (stats.before ? `; before: ${fmt(stats.before)} ${median(stats.before.mb).toFixed(0)} MB` : ""),
      );
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const exponent = (k) => scalingExponent(rows.map((r) => ({ size: r.pages, ms: median(r.stats[k].ms) })));
  if (rows.length > 1) {
    console.log(`scaling exponent ${rows[0].pages}–${rows[rows.length - 1].pages} pages: floor ${exponent("floor").toFixed(2)}, check ${exponent("check").toFixed(2)}, check --request ${exponent("request").toFixed(2)}`);
  }
  const load = `${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end`;
  console.log(`load average: ${load}`);
  if (process.argv.includes("--write")) write(rows, exponent, load);
}

function write(rows, exponent, load) {
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0].model.trim()}, Node ${process.version}, by \`scripts/bench-real.js\` (part of \`npm run bench\`). Each cell: median (min–max) of ${RUNS} fresh processes${WARMUP ? " after a warm-up round" : ""}, the commands run in alternation; memory is the median max RSS. Load average on the machine: ${load} (other work running shows as a higher floor; the ratios are the fairer reading).`,
    "",
    "**Real-formatted documents**: corpus file 55 (231 pages as Word counts them) as it is, and with its body's paragraphs and tables repeated in order to 500, 1,000 and 2,000 pages. The floor is Node starting, inflating `word/document.xml` with fflate and one regex pass over its `<w:t>` text.",
    "",
    `| pages | document.xml | .docx | floor | \`vanban check\` | \`vanban check --request\` | ratio to floor |${BEFORE ? " before (check --request) | before: ratio |" : ""} memory: floor / check --request |`,
    `|---:|---:|---:|---:|---:|---:|---:|${BEFORE ? "---:|---:|" : ""}---:|`,
    ...rows.map((r) => {
      const s = r.stats;
      return `| ${r.pages} (real) | ${(r.xmlBytes / 1048576).toFixed(1)} MB | ${(r.docxBytes / 1048576).toFixed(2)} MB | ${fmt(s.floor)} | ${fmt(s.check)} | ${fmt(s.request)} | ×${(median(s.request.ms) / median(s.floor.ms)).toFixed(2)} |${BEFORE ? (s.before ? ` ${fmt(s.before)} | ×${(median(s.before.ms) / median(s.floor.ms)).toFixed(2)} |` : " – | – |") : ""} ${median(s.floor.mb).toFixed(0)} / ${median(s.request.mb).toFixed(0)} MB (×${(median(s.request.mb) / median(s.floor.mb)).toFixed(2)}) |`;
    }),
    "",
    rows.length > 1
      ? `- Scaling exponent over ${rows[0].pages}–${rows[rows.length - 1].pages} pages (1.00 is linear): floor ${exponent("floor").toFixed(2)}, \`vanban check\` ${exponent("check").toFixed(2)}, \`vanban check --request\` ${exponent("request").toFixed(2)}.`
      : "",
    BEFORE ? "- *before*: the same command built from the code before the changes below, timed in the same alternation." : "",
    "",
    PROFILE,
  ].join("\n");
  writeSection("engine-real", "Engine on real-formatted documents", lines);
}

if (require.main === module) main();
module.exports = { buildLarge, bodyParts };
