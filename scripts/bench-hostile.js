#!/usr/bin/env node
/**
 * Hostile-input benchmarks: the pathological inputs of the hostile tests (a long line of
 * 1/1/1/…, thousands of "I." headings, a megabyte paragraph, ten thousand citations in one
 * paragraph) at ×1, ×2, ×4 and ×8 their test size. Each is read as text, checked against the
 * request of seed 002 and itself read as a request; the fitted exponent of time against size
 * says whether the cost grows linearly. `--write` records the results in BENCHMARKS.md.
 * Uses the compiled engine in build/cli (`node scripts/build-cli.js`).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { median, scalingExponent, writeSection } = require("./lib/bench-utils");
const { spawnSync } = require("child_process");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "build", "cli", "engine");
const FACTORS = [1, 2, 4, 8];
/** Above this, growth is clearly worse than linear. */
const LIMIT = 1.2;

function engine() {
  if (!fs.existsSync(path.join(compiled, "check.js"))) {
    console.error("The engine is not compiled: run node scripts/build-cli.js first.");
    process.exit(2);
  }
  return {
    check: require(path.join(compiled, "check.js")),
    read: require(path.join(compiled, "read", "index.js")),
    request: require(path.join(compiled, "understand", "request.js")),
  };
}

const INPUTS = [
  {
    name: "line of 1/1/1/…",
    unit: "200 KB",
    make: (k) => "1/".repeat(100_000 * k),
  },
  {
    name: "“I.” headings",
    unit: "5,000 headings",
    make: (k) => Array.from({ length: 5000 * k }, (_, i) => `I. Tình hình ${i}:\nNội dung ${i}.`).join("\n"),
  },
  {
    name: "one long paragraph",
    unit: "1 MB",
    make: (k) => {
      const sentence = "Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ, báo cáo kết quả đến ngày 30/6/2023. ";
      return sentence.repeat(Math.ceil((1024 * 1024 * k) / sentence.length));
    },
  },
  {
    name: "citations in one paragraph",
    unit: "10,000 citations",
    make: (k) =>
      "Căn cứ " +
      Array.from(
        { length: 10_000 * k },
        (_, i) => `Công văn số ${i + 1}/BNV-CCVC ngày ${(i % 28) + 1}/${(i % 12) + 1}/2023 của Bộ Nội vụ`,
      ).join("; ") +
      ".",
  },
  {
    name: "nested fields in a .docx",
    unit: "50,000 fields",
    docx: true,
    make: (k) => {
      const { strToU8, zipSync } = require("fflate");
      const field =
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>';
      const xml =
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        `<w:p><w:r><w:t>Kính gửi: Bộ Nội vụ</w:t></w:r></w:p><w:p>${field.repeat(50_000 * k)}</w:p></w:body></w:document>`;
      return zipSync({ "word/document.xml": strToU8(xml) });
    },
  },
  {
    name: "start tags alike up to their end, in a .docx",
    unit: "5,000 runs",
    docx: true,
    make: (k) => {
      const { strToU8, zipSync } = require("fflate");
      // Each run's font tag is the one before it for 900 characters, then differs: the scanner
      // compares it with the last tag of its name, finds it different at its end, and reads it.
      const font = "Times New Roman ".repeat(56);
      const run = (i) => `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="F${i}"/></w:rPr><w:t>x</w:t></w:r>`;
      const paragraphs = Array.from({ length: 50 * k }, (_, p) => `<w:p>${Array.from({ length: 100 }, (_, r) => run(p * 100 + r)).join("")}</w:p>`);
      const xml =
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        `<w:p><w:r><w:t>Kính gửi: Bộ Nội vụ</w:t></w:r></w:p>${paragraphs.join("")}</w:body></w:document>`;
      return zipSync({ "word/document.xml": strToU8(xml) });
    },
  },
];

function timeIt(fn, runs) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: median(times), min: Math.min(...times), max: Math.max(...times), result };
}

/** Least-squares slope of log(time) against log(size): 1 means linear, 2 quadratic. */

/**
 * One input at one size, in this process: warm up at ×1, then time reading, checking and
 * reading as a request. Each measurement runs in a fresh process, so the heap left by larger
 * inputs measured before does not slow the garbage collector for the next one.
 */
function measureOne(index, k) {
  const e = engine();
  const input = INPUTS[index];
  const seed = fs.readFileSync(path.join(root, "test", "fixtures", "seeds", "002_2b77b3d6864b3803.txt"), "utf8");
  const request = e.request.extractRequest(e.read.readText(seed, "002.txt"));
  const first = input.make(1);
  const warm = input.docx ? e.read.readDocument(first, "bench.docx") : e.read.readText(first);
  e.check.checkDocument(warm, request);
  e.request.extractRequest(warm);
  const text = input.make(k);
  const runs = k >= 8 ? 3 : 5;
  const read = timeIt(() => (input.docx ? e.read.readDocument(text, "bench.docx") : e.read.readText(text)), runs);
  const model = read.result;
  const check = timeIt(() => e.check.checkDocument(model, request), runs);
  const extract = timeIt(() => e.request.extractRequest(model), runs);
  return {
    k,
    chars: text.length,
    paragraphs: model.paragraphs.length,
    findings: check.result.findings.length,
    readMs: read.ms,
    checkMs: check.ms,
    extractMs: extract.ms,
    totalMs: read.ms + check.ms + extract.ms,
    totalMin: read.min + check.min + extract.min,
    totalMax: read.max + check.max + extract.max,
  };
}

function main() {
  const child = process.argv.indexOf("--one");
  if (child >= 0) {
    const [index, k] = process.argv.slice(child + 1, child + 3).map(Number);
    process.stdout.write(JSON.stringify(measureOne(index, k)));
    return;
  }
  engine();
  const results = [];
  INPUTS.forEach((input, index) => {
    const rows = [];
    for (const k of FACTORS) {
      const run = spawnSync(process.execPath, [__filename, "--one", String(index), String(k)], { encoding: "utf8" });
      if (run.status !== 0) throw new Error(`${input.name} ×${k} failed: ${run.stderr}`);
      const row = JSON.parse(run.stdout);
      rows.push(row);
      console.log(
        `${input.name} ×${k} (${(row.chars / 1024).toFixed(0)} K ${input.docx ? "bytes" : "chars"}, ${row.paragraphs} paragraphs, ${row.findings} findings): ` +
          `read ${row.readMs.toFixed(1)} ms, check ${row.checkMs.toFixed(1)} ms, as request ${row.extractMs.toFixed(1)} ms`,
      );
    }
    const fit = (key) => scalingExponent(rows.map((r) => ({ size: r.k, ms: r[key] })));
    const exponents = { read: fit("readMs"), check: fit("checkMs"), extract: fit("extractMs"), total: fit("totalMs") };
    console.log(
      `  exponents: read ${exponents.read.toFixed(2)}, check ${exponents.check.toFixed(2)}, ` +
        `as request ${exponents.extract.toFixed(2)}, total ${exponents.total.toFixed(2)}`,
    );
    results.push({ input, rows, exponents });
  });
  const worst = Math.max(...results.map((r) => r.exponents.total));
  console.log(`worst total exponent: ${worst.toFixed(2)} (limit ${LIMIT})`);
  if (process.argv.includes("--write")) write(results);
}

function write(results) {
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0].model.trim()}, Node ${process.version}, by \`node scripts/bench-hostile.js\`. Each cell: median (min–max) of 3–5 runs after a warm-up, each input and size in a fresh Node process; the total is the sum of the three medians (of the minima, of the maxima).`,
    "",
    "The pathological inputs of `test/hostile/properties.test.ts`, the nested fields of `test/hostile/bad-files.test.ts`, and start tags written to cost the XML scanner its comparison with the tag before (each alike for 900 characters, different at its end) at ×1, ×2, ×4 and ×8, each read (`readText`; `readDocument` for the .docx), checked against the request of seed 002 (`checkDocument`) and read as a request itself (`extractRequest`). The exponent is the least-squares slope of log(time) against log(size): 1.00 is linear.",
    "",
    "| input (×1) | ×1 | ×2 | ×4 | ×8 | exponent: read | check | as request | total |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map(({ input, rows, exponents }) => {
      const cells = rows.map((r) => `${r.totalMs.toFixed(0)} ms (${r.totalMin.toFixed(0)}–${r.totalMax.toFixed(0)})`);
      const ex = (value) => (value > LIMIT ? `**${value.toFixed(2)}**` : value.toFixed(2));
      return `| ${input.name} (${input.unit}) | ${cells.join(" | ")} | ${ex(exponents.read)} | ${ex(exponents.check)} | ${ex(exponents.extract)} | ${ex(exponents.total)} |`;
    }),
    "",
    ...results.map(
      ({ input, rows }) =>
        `- ${input.name}: ${rows.map((r) => `×${r.k} read ${r.readMs.toFixed(0)} / check ${r.checkMs.toFixed(0)} / request ${r.extractMs.toFixed(0)} ms`).join("; ")}.`,
    ),
    `- Worst total exponent: **${Math.max(...results.map((r) => r.exponents.total)).toFixed(2)}** (limit ${LIMIT}).`,
    ...FIXES,
  ].join("\n");
  writeSection("hostile", "Hostile input", lines);
}

/** What was found super-linear here and fixed in the engine, kept with the numbers it explains. */
const FIXES = [
  "- Measured first in one process, the citations input fitted **1.39** (check 1.26, as request 1.53): the time went to collecting the heap left by the larger inputs measured before it, not to the engine. Profiled alone, `extractRequest` on ×2, ×8 and ×16 takes 0.27 s, 1.2 s and 2.4 s, linear; every measurement now runs in a fresh process.",
  "- Nested fields in a .docx (each begins a field, shows its result, and never ends) took 1.9 s at ×1 and 35 s at ×4 (exponent about 2): every piece of text searched all open fields. The reader now counts the fields still in their code part; the test keeps 100,000 of them.",
  "- Sizes beyond ×8 found failures rather than slowness, fixed in the engine: a paragraph with more than about 120,000 citations, impossible dates or Markdown bold runs overflowed the call stack (`push(...items)` with that many arguments in `findCitations`, `checkDocument` and `readText`), and a line of `1/1/1/…` longer than about 4.8 MB overflowed the regular-expression backtracking stack of the citation symbol pattern (an unbounded repetition of a group, now at most twelve segments). `test/hostile/properties.test.ts` keeps each case.",
  "- Measured again on 2026-12-07, reading one long paragraph (and 10,000 citations in one paragraph) *as a request* fitted **1.50** (×8 took 48 s): finding a request's asks gave each sentence its dates by filtering every date of the paragraph again (sentences × dates). Dates are now walked once with the sentences.",
];

main();
