/**
 * Files converted by `vanban convert` open in LibreOffice and show Unicode Vietnamese: a
 * TCVN3 and a VNI document built here, and the corpus's derived files 53 and 54 when
 * ../shared is present. Each is printed to PDF and its text read back with pdftotext.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildDocx } from "../support/docx-builder";
import { vanban } from "../support/cli";
import { toTcvn3, toTcvn3H, toVni } from "../engine/convert/encoders";

jest.setTimeout(120_000);

const INSTALL_HINT =
  "LibreOffice and poppler are needed; install them with: " +
  "apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-liberation2";

const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus", "docx");
const HEADING = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];
const LINES = ["Ủy ban nhân dân tỉnh Kiên Giang", "Kính gửi: Sở Nội vụ", "Đề nghị các đơn vị báo cáo trước ngày 08 tháng 9."];

let dir = "";
const texts: Record<string, string> = {};

beforeAll(async () => {
  for (const program of ["soffice", "pdftotext"]) {
    const probe = spawnSync(program, [program === "soffice" ? "--version" : "-v"], { encoding: "utf8", timeout: 60_000 });
    if (probe.error) throw new Error(`${program} is not available (${probe.error.message}). ${INSTALL_HINT}`);
  }
  dir = mkdtempSync(join(tmpdir(), "vanban-convert-lo-"));
  const inputs: Record<string, string> = {};
  const tcvn3 = buildDocx({
    paragraphs: [
      { text: toTcvn3H(HEADING[0]), font: ".VnTimeH", bold: true },
      { text: toTcvn3(HEADING[1]), font: ".VnTime" },
      ...LINES.map((line) => ({ text: toTcvn3(line), font: ".VnTime" })),
    ],
  });
  const vni = buildDocx({ paragraphs: [...HEADING, ...LINES].map((line) => ({ text: toVni(line), font: "VNI-Times" })) });
  writeFileSync((inputs.tcvn3 = join(dir, "tcvn3.docx")), tcvn3);
  writeFileSync((inputs.vni = join(dir, "vni.docx")), vni);
  for (const [name, file] of [
    ["corpus-53", "53_derived-tcvn3-of-27.docx"],
    ["corpus-54", "54_derived-vni-of-34.docx"],
  ]) {
    if (existsSync(join(CORPUS, file))) inputs[name] = join(CORPUS, file);
    else console.log(`corpus ../shared/corpus/docx/${file} not found: skipped`);
  }
  const outputs: string[] = [];
  for (const [name, input] of Object.entries(inputs)) {
    const output = join(dir, `${name}-unicode.docx`);
    const result = await vanban("convert", input, "-o", output);
    if (result.code !== 0) throw new Error(`vanban convert failed for ${name}: ${result.stderr}`);
    outputs.push(output);
  }
  const conversion = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...outputs],
    { encoding: "utf8", timeout: 100_000 },
  );
  if (conversion.status !== 0) throw new Error(`soffice failed: ${conversion.stderr}`);
  for (const name of Object.keys(inputs)) {
    const pdf = join(dir, `${name}-unicode.pdf`);
    const text = spawnSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8", timeout: 60_000 });
    if (text.status !== 0) throw new Error(`pdftotext failed for ${name}: ${text.stderr}`);
    texts[name] = text.stdout.normalize("NFC").replace(/\s+/g, " ");
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("converted files printed by LibreOffice", () => {
  test.each(["tcvn3", "vni"])("the %s document shows its Unicode text", (name) => {
    for (const line of [...HEADING, ...LINES]) expect(texts[name]).toContain(line);
    expect(texts[name]).not.toMatch(/Céng|Coäng|ViÖt|Vieät/);
  });

  test.each(["corpus-53", "corpus-54"])("%s shows the national motto in Unicode (when the corpus is present)", (name) => {
    if (texts[name] === undefined) {
      console.log(`${name}: corpus not present, skipped`);
      return;
    }
    expect(texts[name]).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(texts[name]).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(texts[name]).not.toMatch(/Céng|Coäng|ViÖt|Vieät/);
  });
});
