#!/usr/bin/env node
/**
 * Rendered proof of `vanban fix`: a report built as `vanban new` makes it, then formatted badly on
 * purpose (Arial 12, Word's default 1-inch margins, Quốc hiệu in 14 not bold), is fixed by
 * `vanban fix`; LibreOffice prints the three, and their first pages are
 * written side by side to docs/fix-before-after.png: the bad draft, its fixed copy, the example.
 *
 *   node scripts/fix-before-after.js            rebuild build/cli first
 *   node scripts/fix-before-after.js --no-build use build/cli as it is
 *
 * Needs LibreOffice (soffice) and poppler (pdftoppm).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");

const root = path.join(__dirname, "..");
const built = path.join(root, "build", "cli");
const target = path.join(root, "docs", "fix-before-after.png");

function fail(message) {
  console.error(message);
  process.exit(1);
}

function tool(command, args) {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 180_000 });
  if (result.error) fail(`${command} is needed (${result.error.message}): apt-get install libreoffice-writer-nogui poppler-utils`);
  if (result.status !== 0) fail(`${command} failed: ${result.stderr}`);
  return result.stdout;
}

/** A binary PPM (P6) as pdftoppm writes it. */
function readPpm(file) {
  const bytes = fs.readFileSync(file);
  const header = [];
  let at = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[at]))) at++;
    if (bytes[at] === 0x23) {
      while (bytes[at] !== 0x0a) at++;
      continue;
    }
    let token = "";
    while (!/\s/.test(String.fromCharCode(bytes[at]))) token += String.fromCharCode(bytes[at++]);
    header.push(token);
  }
  if (header[0] !== "P6") fail(`${file}: not a binary PPM`);
  return { width: Number(header[1]), height: Number(header[2]), pixels: bytes.subarray(at + 1) };
}

let crcTable;
function crc32(data) {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let crc = -1;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Images side by side on white, with a gap, as one RGB PNG. */
function sideBySide(images, gap = 24) {
  const width = images.reduce((sum, image) => sum + image.width, 0) + gap * (images.length + 1);
  const height = Math.max(...images.map((image) => image.height)) + 2 * gap;
  const rows = Buffer.alloc((width * 3 + 1) * height, 0xff);
  for (let y = 0; y < height; y++) rows[y * (width * 3 + 1)] = 0;
  let left = gap;
  for (const image of images) {
    for (let y = 0; y < image.height; y++) {
      const from = image.pixels.subarray(y * image.width * 3, (y + 1) * image.width * 3);
      from.copy(rows, (y + gap) * (width * 3 + 1) + 1 + left * 3);
    }
    left += image.width + gap;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function main() {
  if (!process.argv.includes("--no-build")) {
    const build = spawnSync(process.execPath, [path.join(root, "scripts", "build-cli.js")], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status || 1);
  }
  const { buildNewDraft } = require(path.join(built, "parts", "new-draft.js"));
  const { EXAMPLE_STATE_PROFILE, EXAMPLE_REQUEST } = require(path.join(built, "parts", "examples.js"));
  const { applyDocxFixes } = require(path.join(built, "engine", "fix", "docx.js"));
  const { readDocx } = require(path.join(built, "engine", "read", "docx.js"));
  const { run } = require(path.join(built, "cli", "main.js"));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vanban-fix-docs-"));
  try {
    const example = buildNewDraft({ profile: EXAMPLE_STATE_PROFILE, type: "bao-cao", request: EXAMPLE_REQUEST, date: "2023-01-05" });
    // The same report, formatted as a clerk's blank Word document would have it.
    const model = readDocx(example);
    const bad = [{ kind: "page", set: { marginTop: 25.4, marginBottom: 25.4, marginLeft: 25.4, marginRight: 25.4 } }];
      for (const p of model.paragraphs) {
      const set = { font: "Arial", size: 12 };
      if (p.text.startsWith("CỘNG HÒA XÃ HỘI")) Object.assign(set, { size: 14, bold: false });
        bad.push({ kind: "paragraph", paragraph: p.index, set });
    }
    const files = {
      example: path.join(dir, "example.docx"),
      bad: path.join(dir, "draft.docx"),
      fixed: path.join(dir, "draft-fixed.docx"),
    };
    fs.writeFileSync(files.example, example);
    fs.writeFileSync(files.bad, applyDocxFixes(example, bad).bytes);
    const code = await run(["fix", files.bad, "-o", files.fixed]);
    if (!fs.existsSync(files.fixed)) fail(`vanban fix wrote nothing (exit ${code})`);

    tool("soffice", [`-env:UserInstallation=file://${path.join(dir, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...Object.values(files)]);
    const pages = {};
    for (const [name, file] of Object.entries(files)) {
      const prefix = path.join(dir, `${name}-page`);
      tool("pdftoppm", ["-r", "60", "-f", "1", "-l", "1", "-singlefile", file.replace(/\.docx$/, ".pdf"), prefix]);
      pages[name] = readPpm(`${prefix}.ppm`);
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, sideBySide([pages.bad, pages.fixed, pages.example]));
    console.log(`\nWrote ${path.relative(root, target)}: the bad draft, its fixed copy and the generated example, left to right.`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => fail(error.stack || String(error)));
