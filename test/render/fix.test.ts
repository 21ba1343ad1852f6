/**
 * Every readable corpus .docx goes through the formatting fixes and still opens in LibreOffice
 * with the same text; its tracked changes, comments, fields and images are untouched and every
 * other part of the package keeps its bytes. The fixes are those the check gives a file; a file
 * the check finds nothing to fix in gets a page fix and a formatting fix on every paragraph, so
 * each file is changed and tested.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import { checkDocument } from "../../src/engine/check";
import { applyDocxFixes } from "../../src/engine/fix/docx";
import type { FormatFix } from "../../src/engine/fix/types";
import type { DocumentModel } from "../../src/engine/model";
import { readDocx } from "../../src/engine/read/docx";
import { badlyFormatted, exampleReport } from "../support/bad-draft";

jest.setTimeout(600_000);

const INSTALL_HINT =
  "LibreOffice is needed; install it with: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2";

const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus", "docx");

/** Markup that must come through a fix exactly as it was, counted in the main document part. */
const KEPT = ["<w:ins ", "<w:del ", "<w:moveFrom ", "<w:moveTo ", "<w:commentRangeStart", "<w:commentReference", "<w:fldChar", "<w:fldSimple", "<w:instrText", "<w:drawing", "<w:pict", "<w:object", "<w:txbxContent", "<w:sectPr", "<w:bookmarkStart", "<w:pPrChange", "<w:rPrChange", "<w:sectPrChange", "<mc:AlternateContent"];

function fixesFor(model: DocumentModel): { fixes: FormatFix[]; from: "check" | "every paragraph" } {
  const fromCheck = checkDocument(model, null).findings.flatMap((f) => (f.fix ?? []).filter((fix) => fix.kind !== "text"));
  if (fromCheck.length > 0) return { fixes: fromCheck, from: "check" };
  const fixes: FormatFix[] = model.paragraphs.map((p) => ({
    kind: "paragraph",
    paragraph: p.index,
    set: { font: "Times New Roman", size: 14, bold: false, italic: false, color: "000000", alignment: "justify", firstLineIndent: 28.35, spaceBefore: 6, spaceAfter: 6, lineSpacing: 1 },
  }));
  fixes.push({ kind: "page", set: { width: 210, height: 297, marginTop: 20, marginBottom: 20, marginLeft: 30, marginRight: 15, orientation: "portrait" } });
  return { fixes, from: "every paragraph" };
}

function count(xml: string, what: string): number {
  return xml.split(what).length - 1;
}

const cases: { name: string; input: string; fixed: string; from: string; applied: number }[] = [];
let dir = "";
const texts = new Map<string, string>();

beforeAll(() => {
  if (!existsSync(CORPUS)) return;
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 60_000 });
  if (probe.error) throw new Error(`soffice is not available (${probe.error.message}). ${INSTALL_HINT}`);
  dir = mkdtempSync(join(tmpdir(), "vanban-fix-lo-"));
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith(".docx")).sort()) {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, file)));
    let model: DocumentModel;
    try {
      model = readDocx(bytes, file);
    } catch {
      continue; // Not readable (an old .doc renamed): vanban fix refuses it with the reader's message.
    }
    const { fixes, from } = fixesFor(model);
    const result = applyDocxFixes(bytes, fixes);
    const name = file.replace(/\.docx$/, "");
    const input = join(dir, `${name}.docx`);
    const fixed = join(dir, `${name}-fixed.docx`);
    writeFileSync(input, bytes);
    writeFileSync(fixed, result.bytes);
    cases.push({ name, input, fixed, from, applied: result.applied.length });
  }
  const conversion = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", join(dir, "txt"), ...cases.flatMap((c) => [c.input, c.fixed])],
    { encoding: "utf8", timeout: 550_000 },
  );
  if (conversion.status !== 0) throw new Error(`soffice failed: ${conversion.stderr}`);
  for (const c of cases) {
    for (const path of [c.input, c.fixed]) {
      const txt = join(dir, "txt", path.slice(dir.length + 1).replace(/\.docx$/, ".txt"));
      if (existsSync(txt)) texts.set(path, readFileSync(txt, "utf8"));
    }
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("vanban fix on the real corpus", () => {
  test("the corpus is there (or the test says it is not)", () => {
    if (!existsSync(CORPUS)) {
      console.log(`corpus ${CORPUS} not found: skipped`);
      return;
    }
    expect(cases.length).toBeGreaterThan(50);
    expect(cases.every((c) => c.applied > 0)).toBe(true);
  });

  test("every fixed copy opens in LibreOffice with the same text as its input", () => {
    const different: string[] = [];
    for (const c of cases) {
      const before = texts.get(c.input);
      const after = texts.get(c.fixed);
      if (before === undefined) throw new Error(`LibreOffice did not convert ${c.name}`);
      if (after === undefined) throw new Error(`LibreOffice did not open the fixed copy of ${c.name}`);
      if (before !== after) different.push(c.name);
    }
    expect(different).toEqual([]);
  });

  test("tracked changes, comments, fields, images and every other part come through unchanged", () => {
    for (const c of cases) {
      const before = unzipSync(new Uint8Array(readFileSync(c.input)));
      const after = unzipSync(new Uint8Array(readFileSync(c.fixed)));
      expect([c.name, Object.keys(after)]).toEqual([c.name, Object.keys(before)]);
      const main = Object.keys(before).find((name) => /^word\/document\d*\.xml$/.test(name)) ?? "word/document.xml";
      for (const name of Object.keys(before)) {
        if (name !== main) expect([c.name, name, Buffer.from(after[name]).equals(Buffer.from(before[name]))]).toEqual([c.name, name, true]);
      }
      const a = strFromU8(before[main]);
      const b = strFromU8(after[main]);
      for (const what of KEPT) {
        // A body without a section of its own gains one from a page fix.
        const expected = what === "<w:sectPr" && count(a, what) === 0 && c.from === "every paragraph" ? 1 : count(a, what);
        expect([c.name, what, count(b, what)]).toEqual([c.name, what, expected]);
      }
    }
  });
});

describe("a badly formatted report, fixed", () => {
  test("prints like the generated example it was made from: same words, pages and margins, where the bad one had Word's default margins", () => {
    const work = mkdtempSync(join(tmpdir(), "vanban-fix-layout-"));
    try {
      const example = exampleReport();
      const bad = badlyFormatted(example);
      const result = applyDocxFixes(bad, fixesFor(readDocx(bad)).fixes);
      const files = { example, bad, fixed: result.bytes };
      for (const [name, bytes] of Object.entries(files)) writeFileSync(join(work, `${name}.docx`), bytes);
      const conversion = spawnSync(
        "soffice",
        [`-env:UserInstallation=file://${join(work, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", work, ...Object.keys(files).map((name) => join(work, `${name}.docx`))],
        { encoding: "utf8", timeout: 180_000 },
      );
      if (conversion.error || conversion.status !== 0) throw new Error(`soffice failed: ${conversion.error?.message ?? conversion.stderr}. ${INSTALL_HINT}`);
      const pdf = (name: string, ...args: string[]): string => {
        const text = spawnSync("pdftotext", [...args, "-enc", "UTF-8", join(work, `${name}.pdf`), "-"], { encoding: "utf8", timeout: 60_000 });
        if (text.error || text.status !== 0) throw new Error(`pdftotext failed: ${text.error?.message ?? text.stderr}`);
        return text.stdout;
      };
      // The words in order, without the page numbers (a different body size may break pages elsewhere).
      const words = (name: string) =>
        pdf(name)
          .split("\n")
          .filter((line) => !/^\s*\d+\s*$/.test(line))
          .join(" ")
          .replace(/\s+/g, " ")
          .trim();
      const pages = (name: string) => pdf(name).split("\f").filter((page) => page.trim() !== "").length;
      /** Where the text begins and ends across page 1, in points: the margins as printed. */
      const extent = (name: string): [number, number] => {
        const boxes = [...pdf(name, "-bbox", "-f", "1", "-l", "1").matchAll(/xMin="([\d.]+)"[^>]*xMax="([\d.]+)"/g)];
        return [Math.min(...boxes.map((b) => Number(b[1]))), Math.max(...boxes.map((b) => Number(b[2])))];
      };
      expect(words("fixed")).toBe(words("example"));
      expect(pages("fixed")).toBe(pages("example"));
      const [exampleLeft, exampleRight] = extent("example");
      const [fixedLeft, fixedRight] = extent("fixed");
      const [badLeft] = extent("bad");
      // 30 mm is 85 pt; Word's default 25.4 mm is 72 pt.
      expect(Math.abs(fixedLeft - exampleLeft)).toBeLessThan(3);
      expect(Math.abs(fixedRight - exampleRight)).toBeLessThan(6);
      expect(exampleLeft - badLeft).toBeGreaterThan(10);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
