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
const BOUNDS_SIZES = arg("--bounds-sizes", "500,2000").split(",").map(Number);

// Where the time went, what was changed and what it gained (node --cpu-prof and CPU time in one
// process, 500 real pages, before and after each change alternated on a loaded machine).
const PROFILE = [
  "**Profile and changes** (node --cpu-prof and in-process CPU time on 500 real pages, each change timed against the code before it in alternation; the machine was shared, load average 13–19, so the gains are ratios):",
  "- Reading was about 75% saxes: namespace processing of every attribute (`processAttribsNS`, `resolve`, `qname`) a third of it, then its character-by-character state machine. `src/engine/read/xml-scan.ts` now scans package XML with `indexOf` and one pass per attribute value, splits each qualified name once per document (looked up by position, without slicing), resolves namespaces once per scope, and builds attribute objects only when a handler asks for them; the readers' `attr` reads straight from the scanner's list. Same events as saxes (`test/engine/read/xml-scan.test.ts`: every XML part of the corpus, edge cases, and 5,000 random documents, refusals included), same hostile-input limits. Scanning `document.xml` alone: 880 → 330 ms; `readDocument` of the 500 pages: 1,675 → 870 ms (×1.9). What is left of reading is inflating (fflate, as in the floor), decoding UTF-8, the scanner, and our handlers (style resolution per run, paragraph building) in about equal parts.",
  "- The check spent most of its time in `reference-inconsistent` comparing every pair of citations sharing a number (`sameDocument` up to 400² times a number): a citation repeated in the same words is now compared once per distinct form, with the answers kept. Check without a request: 153 → 81 ms.",
  "- Section matching (`compareSections`) read every heading's words again for each repetition of its title (5,761 headings, 1,976 distinct titles at 500 pages) and ran every synonym pattern on every title: each distinct title is now read once, a synonym pattern runs only when its word is in the title, and the heading finder tests ASCII case without case mapping. Candidate headings were already bounded (at most 1,000 an outline entry, found through an index of words), so matching does not grow with outline × paragraphs. `compareSections`: 218 → 148 ms; check with the request: 493 → 322 ms.",
  "- Results are unchanged: `vanban check --format json` of every seed and corpus file, alone and with seed 002 as the request, is byte-identical before and after, and so is the model read from every corpus .docx.",
  "",
  "**Second round** (same method: node --cpu-prof over one read of the 500 pages and 15 checks without and with the request, then CPU time of each part against the code before, alternated; load average 4–10 on the two cores). Whole check, median CPU ms of 9 in one process, three alternated rounds: without a request 102–138 → 69–91 ms, with the request 263–314 → 194–232 ms.",
  "- The five formatting rules each worked out their scope again (`formatScope`: every paragraph tested for text twice, the body filtered) and `format-font` tested every font of every paragraph against the pre-Unicode pattern: the scope is now worked out once per check (kept with the check's facts), each font name tested once, `format-body` builds each short line's text once for its four numbering kinds, and `format-page` adds up the text length only when it judges page numbers. The formatting rules (with the header and closing they read): 129 → 63 ms.",
  "- Finding citations folded (NFC, lower case, tone placement) the same few-character slices again at every capital letter and for every type word: `foldVietnamese` now keeps its answers (bounded). `reference-inconsistent` keyed its kept answers by joined JSON strings: each distinct form now gets a number. `findCitations`: 45–48 → 36–42 ms; `reference-inconsistent` with the citations: 59–70 → 50–54 ms.",
  "- `findSections` is one pass, but per paragraph it looked at one-character strings (`sentenceBreaks`) and per heading ran `/\\s*[:;,]\\s*$/` from every position of the title (`trimTitle`); both now read character codes, and the irregular-space test takes letters with two comparisons. `findSections`: 61–68 → 53–54 ms, about 2.7 µs a paragraph, a third of it `cleanParagraph`.",
  "- Reading the 1,976 distinct heading titles normalized each twice (once to learn whether it has diacritics) and built the offset map `normalizeForMatch` keeps for spans, which titles never use; `foldDiacritics` added one character at a time. A title is now normalized once, without offsets (`normalizedText`), and folded in runs between the marks. `compareSections` less `findSections`: about 70 → 55 ms.",
  "- Not changed: candidate headings per outline entry stay bounded through the word index, so matching does not grow with outline × paragraphs; of the check with the request (about 200 ms CPU here) `findSections` takes about a quarter, reading titles and matching another quarter, finding citations a sixth; each is linear in the text, and the 100 ms asked for is not reached yet. Results are byte-identical as before (every seed and corpus file, alone and with seed 002 as the request).",
  "",
  "**Third round** (2026-12-07; node --cpu-prof of `vanban check` on the 500 pages, then each change timed against the code before it in alternation, CPU time, fresh processes where the command line is concerned; load average 2–13 on the two cores, so the gains are ratios). `vanban check --request` of the 500 pages: 1,474 → 1,008 ms, ×5.77 → ×3.95 of the floor:",
  "- The command line inflates with Node's zlib: the engine takes an optional inflater (`readDocument(bytes, name, { inflate })`), asked for one byte more than the declared size so the zip-bomb limits hold as before (tested for both inflaters); the browser keeps fflate. The 25 MB `document.xml`: fflate 176–320 ms, zlib 16–22 ms; peak memory while inflating 134 → 93 MB.",
  "- The scanner found each element's name by comparing the text with every known name (`startsWith`, 27% of its time): names are now looked up by a hash of their characters and compared in place, each guessed first from what followed it last time (an element's first child, the next sibling, its attributes in order); attribute values nobody reads (the `w:rsid…` ones) are never sliced; character tests are written in line and hashes kept small integers, because in a fresh process most of the scan runs before it is optimized and a hash above 30 bits changed the shape of the names' objects and threw the optimized scanner away. Scanning alone, warm: 260 → 135 ms; in a fresh process: 290 → 185 ms. A DOCTYPE is refused by the scanner where it meets `<!` (the regular expression over the whole text took only 4–6 ms: the 96 ms the profile gave `parseXml` was the scanner's own time, inlined).",
  "- The body reader skips its switch for the many property elements no case handles, builds a paragraph's format in one pass over its runs, and gathers a start tag's attributes in one reused list: warm read 441–456 → 381–404 ms; garbage collections per read of the 500 pages 35 → 27. `readDocument` in a fresh process (CPU): 231 pages 1,127 → 644 ms, 500 pages 1,541 → 948 ms, 2,000 pages 3,467 → 2,019 ms (with zlib; 1,196 ms at 500 pages with fflate).",
  "- `vanban` loads a command only when it is chosen (`--version` and `--help` load 5 modules instead of 122, `check` 90), and runs from one joined file with V8's compiled code saved beside it at `npm install`: loading 116 → 18 ms; `vanban --version` 148 → 75 ms CPU, a check of a seed 181 → 127 ms. `--semi-space-growth-factor=4`, set as it starts: young-generation collections at 500 pages 43 → 32, peak memory 244 → 221 MB.",
  "- The check: each paragraph's dates found once and shared by the citations and the date rules, and only in text with four digits in a row (dates 6.4 → 0.4 ms); paragraphs cleaned once per comparison and shared by the heading finder, the label search and the empty-section test, with one pattern telling first whether a line has anything to clean (cleaning 27.6 → 7.7 ms); the outline's words alone indexed and each repeated title scored once per entry; `normalizedText` returns text already in normal form as it is (1,912 of the 1,976 distinct titles); `parseNumbering` and the header-line test try only the patterns a line's first character allows; citation type names folded once per length at a capital, paragraphs without `/`, `-`, `CP` or `TTg` not searched; closing lines looked for only where a line can open them (8.5 → 0.1 ms); repeated citation forms, symbols, subjects and fonts judged once each. Sections 102 → 53 ms; the whole check of the 500 pages, warm, with the request about 215 → 134 ms, without 85 → 50 ms.",
  "- Later the same day: fflate, which the zip reader and writers import (the command line inflates with zlib, but loads the module all the same), is joined into `vanban.js` and its compiled code: Node no longer finds, reads and compiles its 92 KB on every run. A check of seed 000 against seed 002, 15 alternated runs: 130 (125–142) → 123 (119–134) ms wall; the 500 real pages with the request 772 → 766 ms (within the noise). Outputs of every seed and corpus file, alone and with the request, byte-identical (122).",
  "- Tried and left out: keeping the heading titles read from one check to the next (a repeated check of the 500 pages 132 → 103 ms), because it only speeds up checking the same text again; a memo in the scanner that passes over a run's or paragraph's properties already read in the same words (52% of the characters of these pages; the body's reading alone 804 → 702 ms), because the command as a whole did not move (1.00 s against 1.04 s, median of 7 alternated runs); `<link rel=preload>` for the pane's chunks; `--max-semi-space-size`, which V8 only reads when the heap is set up, and which given on Node's command line raised memory without saving time.",
  "",
  "**Fourth round** (2026-12-07; node --cpu-prof of 30 warm checks of the 500 pages with the request, allocation sampling, then each change timed against the code before it in alternation, CPU time; load average 1–7). Results are byte-identical, as in every round (every seed and corpus file and the 231 pages, alone and with seed 002 as the request):",
  "- `vanban` compiles each regular expression once, straight to machine code (`--no-regexp-tier-up`, set as it starts, with the cache written under the same setting): V8 otherwise compiles a pattern for its interpreter, then again once it has run, and the engine's Unicode patterns (`\\p{L}`) cost more to compile than to run on a short document. A check of seed 000 with its request: 200 → 165 ms CPU.",
  "- Citations: a capital letter folds only the slices of the type names that can start with it, and the text before \"số\" is compared only with the names that end as it does; patterns used per paragraph are made once (a pattern written inside a function is a new object each time the line runs); a closure over the scan position, which cost an allocation per position, is gone; leading numbers are kept per symbol (bounded). `findCitations` 21.5 → 11.7 ms, the dates 5.8 → 4.5 ms.",
  "- The formatting rules' scope reads the header once and makes one pass over the paragraphs; the page-number rule stops counting characters at its threshold; `reference-inconsistent` looks a form up by its symbol and fields instead of building a key string per citation. `format-page` 5.2 → 2.0 ms, `reference-inconsistent` 4.3 → 3.2 ms.",
  "- Sections: the header-and-closing test is asked only of a line about to be taken as a heading; list runs are keyed by number; a run-in title takes its first twelve words without splitting the paragraph; each distinct title is trimmed once and repeated titles share one string and their index lists; a title's words are looked up once each, with one pattern telling first whether any link phrase or synonym is in it; `normalize` rebuilds a line only for a tone pair it really moves (of 1,976 distinct titles, 672 took the slow path and 64 change). `compareSections` 53–57 → 43–47 ms (heading finder 18–20 → 15–16, titles 10.4 → 7).",
  "- Run properties in one shape: every run's properties are an object with all seven fields, absent ones `undefined`, where they were built field by field in varying order and a theme font deleted a named one (`delete` turns an object into a dictionary). V8's compiled body reader was thrown away for meeting an object of another shape (`wrong map`, five times in a read of the 500 pages) and compiled again. `readDocument` of the 500 pages in a fresh process (with zlib): 566 → 498 ms wall, 905 → 789 ms CPU, median of 10 alternated. Tried and left out: one shape for every part's XML handlers (the scanner, compiled while reading styles.xml, is thrown away once at document.xml for the handlers' shape; with one shape it was thrown away at the same place for code styles.xml never ran).",
  "- Allocation per check 44 → 28 MB; garbage collection per check 12–14 → about 8 ms. The whole check of the 500 pages, warm, with the request: 129 → 85 ms (before and after timed in the same run); without 50 → 40 ms. The very first check in a process: 451–506 → 409–436 ms (4 alternated processes each). The first checks after each read (the table's middle columns) vary with what reading leaves to collect (146–256 ms after, 126–243 before) and tell little either way. `vanban check --request`: 1,030 → 911 ms, ×4.00 → ×3.54 of the floor.",
  "- Left as it is: the cleaning of every paragraph before headings are looked for (about 12 ms, half of it one pattern telling whether a line has anything to clean, already faster than a loop over the characters); cleaning only lines that can be headings would touch what the outline and passage readers see and needs its own proof of equal results.",
  "",
  "**Fifth round** (2026-12-07; a count of what `document.xml` is made of, then the change timed against the code before it in alternation, fresh processes; load average about 1.3; the tables' *before* column, dropped from them since, timed the code before this round: 500 pages 816 → 778 ms, ×3.24 → ×3.09 of the floor; 2,000 pages 2,071 → 1,918 ms, ×3.21 → ×2.97). Results are byte-identical (every seed and corpus file and the 231 pages, alone and with seed 002 as the request; and the model read from every corpus .docx and from the 231 and 500 pages):",
  "- Start tags with attributes are 77% of the characters of these pages' `document.xml`, and 65% are a start tag written word for word as the last one of its name (`<w:rFonts w:ascii=\"Times New Roman\" …/>` 107,546 times of 107,975, `<w:sz w:val=\"28\"/>`, `<w:lang …/>`; in the corpus from 12% to 65% of a document, about half in most). The scanner now compares such a tag with the last one of its name (one comparison of strings, no loop over characters) and, when it is the same in the same namespace scope, takes its attributes as read then; checking the attributes for duplicates and unbound prefixes is not repeated (same text, same scope, same answer). Tags that declare a namespace, and tags over 1,000 characters, are not kept. Scanning the 500 pages' `document.xml` alone, warm: 124 → 93 ms. `readDocument` of the 500 pages in a fresh process (fflate, as in the browser), median of 8 alternated: 606 → 563 ms wall (the process's CPU time, with the collector's and compiler's threads, 907 → 892 ms, within its noise). `vanban check --request`, alternated runs: 500 pages 799 → 772 ms (20 runs each), 2,000 pages 1,930 → 1,752 ms (8 runs each).",
  "- Tried and left out: keeping, besides, what a run's `w:rPr` gave for the next one in the same words (the scanner passing over the whole element, its content unreported): 5 ms more (765 against 770 ms) for a change to the scanner's contract with every reader; reading `document.xml` as Latin-1 (decoding 57 → 11 ms) scans no faster (121 against 120 ms, warm) and would need every text and value decoded from UTF-8 on its own; V8 settings for a fresh process (`--always-sparkplug`, `--maglev`, `--no-lazy-feedback-allocation`, each with the cache written under it): 796–818 ms against 803; reading the body before the styles, so that the scanner is first optimized for the body's handlers: no change (589 against 589 ms).",
  "- What a first check of a long document costs beyond a later one is mostly not compiling: checking three seeds and a 30-page report before the 500 pages (which compiles the engine's code and patterns) brings the first check of the 500 pages from 211–257 to 187–225 ms; the third check of the same document takes 86–110 ms, helped by the answers kept from the first two.",
].join("\n");

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

/**
 * What reading alone costs before any model is built, each in a fresh process: `inflate` is Node
 * starting, inflating word/document.xml with Node's zlib (as vanban does) and decoding it; `scan`
 * adds the engine's XML scanner over it with handlers that do nothing; `saxes` adds saxes (with
 * namespaces, as the engine read before it had its own scanner) instead.
 */
const BOUND = `
const [variant, file, root] = process.argv.slice(1);
const { inflateRawSync } = require("zlib");
const E = (p) => require(require("path").join(root, "build", "cli", "engine", p));
const { openZip, readPart } = E("read/zip.js");
const inflate = (data, limit) => inflateRawSync(data, { maxOutputLength: limit, chunkSize: Math.max(64, limit) });
const bytes = readPart(openZip(new Uint8Array(require("fs").readFileSync(file)), inflate), "word/document.xml");
let n = 0;
if (variant === "inflate") n = new TextDecoder("utf-8", { fatal: true }).decode(bytes).length;
if (variant === "scan") E("read/xml.js").parseXml(bytes, "word/document.xml", { open() { n++; }, close() {}, text(t) { n += t.length; } });
if (variant === "saxes") {
  const parser = new (require(${JSON.stringify(require.resolve("saxes"))}).SaxesParser)({ xmlns: true });
  parser.on("opentag", () => n++);
  parser.on("text", (t) => { n += t.length; });
  parser.write(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).close();
}
if (n <= 0) throw new Error("nothing read");
`;

/**
 * The engine alone, in one fresh process per document: reading the .docx (readDocument), then
 * checkDocument on that model without and with the request, alternated, each `runs` times
 * after a warm-up, in CPU milliseconds. Prints JSON: { read: [ms…], check: [ms…], request: [ms…] }.
 */
const ENGINE = `
const [root, file, seedFile, runs] = process.argv.slice(1);
const fs = require("fs");
const path = require("path");
const E = (p) => require(path.join(root, "build", "cli", "engine", p));
const { readDocument } = E("read/index.js");
const { checkDocument } = E("check.js");
const { extractRequest } = E("understand/request.js");
const bytes = new Uint8Array(fs.readFileSync(file));
const request = extractRequest(readDocument(new Uint8Array(fs.readFileSync(seedFile)), path.basename(seedFile)));
// CPU time of the process (user + system), not wall time: other work on a shared machine does not count.
const ms = (f) => { const t = process.cpuUsage(); const v = f(); const d = process.cpuUsage(t); return [(d.user + d.system) / 1000, v]; };
const WARM_RUNS = 15;
const out = { read: [], check: [], request: [] };
let model;
for (let i = 0; i <= Number(runs); i++) {
  const [read, m] = ms(() => readDocument(bytes, path.basename(file)));
  model = m;
  const [check] = ms(() => checkDocument(model, null));
  const [withRequest] = ms(() => checkDocument(model, request));
  if (i > 0) { out.read.push(read); out.check.push(check); out.request.push(withRequest); }
}
// Once warm: the pane's second and later checks of an open document. Each check works out its
// facts afresh; the code is compiled by then.
out.warmCheck = []; out.warmRequest = [];
for (let i = 0; i < 5 + WARM_RUNS; i++) {
  const [check] = ms(() => checkDocument(model, null));
  const [withRequest] = ms(() => checkDocument(model, request));
  if (i >= 5) { out.warmCheck.push(check); out.warmRequest.push(withRequest); }
}
process.stdout.write(JSON.stringify(out));
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

const fmtMs = (values) => `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
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
        ...(BOUNDS_SIZES.includes(pages) ? Object.fromEntries(["inflate", "scan", "saxes"].map((v) => [v, [process.execPath, "-e", BOUND, v, file, root]])) : {}),
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
      const engineTimes = (checkout) => {
        const run = spawnSync(process.execPath, ["-e", ENGINE, checkout, file, seed, String(RUNS)], { encoding: "utf8", maxBuffer: 64 << 20 });
        if (run.status !== 0) throw new Error(`engine timing failed: ${run.stderr.slice(-400)}`);
        return JSON.parse(run.stdout);
      };
      const engine = engineTimes(root);
      const engineBefore = BEFORE && BEFORE_SIZES.includes(pages) ? engineTimes(BEFORE) : undefined;
      const row = { pages, docxBytes: docx.length, xmlBytes, stats, engine, engineBefore };
      rows.push(row);
      console.log(
        `${pages} pages (${(xmlBytes / 1048576).toFixed(1)} MB XML, ${(docx.length / 1048576).toFixed(2)} MB .docx): ` +
          `floor ${fmt(stats.floor)} ${median(stats.floor.mb).toFixed(0)} MB; ` +
          `check ${fmt(stats.check)} ${median(stats.check.mb).toFixed(0)} MB; ` +
          `check --request ${fmt(stats.request)} ${median(stats.request.mb).toFixed(0)} MB ` +
          `(×${(median(stats.request.ms) / median(stats.floor.ms)).toFixed(2)} of the floor, memory ×${(median(stats.request.mb) / median(stats.floor.mb)).toFixed(2)})` +
          (stats.before ? `; before: ${fmt(stats.before)} ${median(stats.before.mb).toFixed(0)} MB` : ""),
      );
      console.log(`  in-process engine: read ${fmtMs(engine.read)}, check ${fmtMs(engine.check)}, check with the request ${fmtMs(engine.request)}; warm: check ${fmtMs(engine.warmCheck)}, with the request ${fmtMs(engine.warmRequest)}`);
      if (stats.scan) console.log(`  reading alone: inflate + decode ${fmt(stats.inflate)}, + scanner ${fmt(stats.scan)}, + saxes ${fmt(stats.saxes)}`);
      if (engineBefore) console.log(`  before: read ${fmtMs(engineBefore.read)}, check ${fmtMs(engineBefore.check)}, check with the request ${fmtMs(engineBefore.request)}`);
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
  const overloaded = Math.max(loadBefore, os.loadavg()[0]) > os.cpus().length;
  if (process.argv.includes("--write")) write(rows, exponent, load, overloaded);
}

/** What reading alone costs, beside the floor and the whole check, with each one's ratio to the floor. */
function boundsTable(rows) {
  const measured = rows.filter((r) => r.stats.scan);
  if (measured.length === 0) return [];
  const cell = (r, k) => `${fmt(r.stats[k])} ×${(median(r.stats[k].ms) / median(r.stats.floor.ms)).toFixed(2)}`;
  return [
    "",
    "**Reading alone**, in the same alternation: what a reader of the document spends before it builds anything, a bound on how near the floor reading and checking can come. *Inflate + decode*: Node starting, inflating `word/document.xml` with Node's zlib (as `vanban` does) and decoding its UTF-8. *+ scanner*: then the engine's XML scanner over it, with handlers that do nothing. *+ saxes*: saxes (with namespaces, the parser the engine used before it had its own scanner) instead of the scanner. Each cell with its ratio to the floor.",
    "",
    "| pages | floor | inflate + decode | + scanner, no handlers | + saxes, no handlers | `vanban check --request` |",
    "|---:|---:|---:|---:|---:|---:|",
    ...measured.map((r) => `| ${r.pages} (real) | ${fmt(r.stats.floor)} | ${cell(r, "inflate")} | ${cell(r, "scan")} | ${cell(r, "saxes")} | ${cell(r, "request")} |`),
    "",
    ...measured.map((r) => {
      const ratio = (k) => median(r.stats[k].ms) / median(r.stats.floor.ms);
      return `- ${r.pages} pages: the scanner alone is ×${ratio("scan").toFixed(2)} of the floor, so ×2 would leave ×${(2 - ratio("scan")).toFixed(2)} (${((2 - ratio("scan")) * median(r.stats.floor.ms)).toFixed(0)} ms) for building the model and running every rule with the request; they take ×${(ratio("request") - ratio("scan")).toFixed(2)} (${(median(r.stats.request.ms) - median(r.stats.scan.ms)).toFixed(0)} ms) now. saxes, parsing alone, is ×${ratio("saxes").toFixed(2)}.`;
    }),
  ];
}

function write(rows, exponent, load, overloaded) {
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0].model.trim()}, Node ${process.version}, by \`scripts/bench-real.js\` (part of \`npm run bench\`). Each cell: median (min–max) of ${RUNS} fresh processes${WARMUP ? " after a warm-up round" : ""}, the commands run in alternation; memory is the median max RSS. Load average on the machine: ${load} (other work running shows as a higher floor; the ratios are the fairer reading).`,
    "",
    `**Real-formatted documents**: corpus file 55 (231 pages as Word counts them) as it is, and with its body's paragraphs and tables repeated in order to ${rows.filter((r) => r.pages !== ORIGINAL_PAGES).map((r) => r.pages.toLocaleString("en-US")).join(", ")} pages. The floor is Node starting, inflating \`word/document.xml\` with fflate and one regex pass over its \`<w:t>\` text.`,
    ...(overloaded
      ? ["", `*The machine was overloaded* (load average above its ${os.cpus().length} cores): every command, the floor included, ran several times slower than on a quiet machine and the timings between sizes are dominated by the load, so neither the absolute times nor the scaling exponent say much; the ratios within a row, measured in alternation, do.`]
      : []),
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
    ...(BEFORE ? ["- *before*: the same command built from the code before the changes below, timed in the same alternation."] : []),
    ...boundsTable(rows),
    "",
    `**The engine alone**, in one fresh process a document: \`readDocument\` on the .docx (with fflate, as in the browser; the command line passes Node's zlib), then \`checkDocument\` on the model it read, without and with the request of seed 002, alternated; the process's CPU time (user + system), median (min–max) of ${RUNS} rounds after a warm-up round, each round reading the document again. *Warm*: then 15 more checks of the last model read, without and with the request alternated, after 5 unmeasured ones — the pane's second and later checks of an open document (each check works out everything again; by then the code is compiled, and the engine's small bounded tables of answers for short strings — folded type words, font names, symbol shapes — are filled, as they are in a pane that has checked before).`,
    "",
    "| pages | read .docx | check | check with the request | warm: check | warm: check with the request |",
    "|---:|---:|---:|---:|---:|---:|",
    ...rows.flatMap((r) => {
      const e = r.engine;
      const b = r.engineBefore;
      const line = `| ${r.pages} (real) | ${fmtMs(e.read)} | ${fmtMs(e.check)} | ${fmtMs(e.request)} | ${fmtMs(e.warmCheck)} | ${fmtMs(e.warmRequest)} |`;
      return b ? [line, `| ${r.pages} (real), before | ${fmtMs(b.read)} | ${fmtMs(b.check)} | ${fmtMs(b.request)} | ${fmtMs(b.warmCheck)} | ${fmtMs(b.warmRequest)} |`] : [line];
    }),
    "",
    PROFILE,
  ].join("\n");
  writeSection("engine-real", "Engine on real-formatted documents", lines);
}

if (require.main === module) main();
module.exports = { buildLarge, bodyParts };
