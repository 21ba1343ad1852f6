/**
 * Word's text of a paragraph is not the text of the file: it keeps tracked deletions, hidden
 * text, a field's code and marker characters. The add-in must still read what `vanban check`
 * reads from the same .docx, and report the same findings.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkDocument } from "../../src/engine/check";
import { formatFinding } from "../../src/engine/format";
import { readDocx } from "../../src/engine/read";
import { createWordAdapter } from "../../src/word/adapter";
import { modelTextOf } from "../../src/word/read-model";
import { createSimulatedWordFromOoxml, ooxmlPackageOfDocx } from "../../src/word/simulator";
import { vanban } from "../support/cli";
import { buildDocx } from "../support/docx-builder";
import { field, run, trackedDraft as draft } from "../support/tracked-draft";

function open(bytes: Uint8Array, apiMinorVersion = 6) {
  const sim = createSimulatedWordFromOoxml(ooxmlPackageOfDocx(bytes), { apiMinorVersion });
  const adapter = createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported });
  return { sim, adapter };
}

const summary = (findings: ReturnType<typeof checkDocument>["findings"]) =>
  findings.map((finding) => ({ rule: finding.rule, message: formatFinding(finding, "vi"), excerpt: finding.excerpt }));

describe("Word's paragraph text", () => {
  test("holds tracked deletions, the field's code and marks, the note mark and hidden text (the simulator learns it)", () => {
    const { sim } = open(draft());
    const texts = sim.document.paragraphs().map((paragraph) => paragraph.text);
    expect(texts).toContain("Kiên Giang, ngày 31 tháng 416 tháng 5 năm 2023");
    const cited = texts.find((text) => text.startsWith("Thực hiện"));
    expect(cited).toBe(
      "Thực hiện \u0013 HYPERLINK \"https://vanban.chinhphu.vn/280\" \u0014Công điện số 280/CD-TTg ngày 19/4/2023\u0015" +
        " của Thủ tướng Chính phủ\u0002 (bản nháp nội bộ), Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện nghiêm các nội dung sau:",
    );
    expect(texts).toContain("Báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 30/02/202330/6/2023.");
  });

  test("becomes the file's text: the field's result only, no marks, no deleted text", () => {
    expect(modelTextOf("a\u0013 REF x \u0014b\u0015c\u0002d")).toBe("abcd");
    // A field inside a field's result; a field with no result.
    expect(modelTextOf("\u0013 IF \u0014x\u0013 PAGE \u00142\u0015y\u0015 z\u0013 TOC \u0015.")).toBe("x2y z.");
    expect(modelTextOf("Kính gửi:\tBộ Nội vụ\vHà Nội")).toBe("Kính gửi:\tBộ Nội vụ\vHà Nội");
    // A page break and an optional hyphen go; a non-breaking hyphen, as Word's text stream or
    // as U+2011, is "-", as the .docx reader reads `w:noBreakHyphen`; inside a field's code, nothing.
    expect(modelTextOf("\f\fBỘ CÔNG THƯƠNG")).toBe("BỘ CÔNG THƯƠNG");
    expect(modelTextOf("Độc lập \u001e Tự do \u2011 Hạnh phúc, số 12/SCT\u001eVP, kiểm\u001ftra")).toBe("Độc lập - Tự do - Hạnh phúc, số 12/SCT-VP, kiểmtra");
    expect(modelTextOf("a\u0013 REF x\u001ey \u0014b\u0015")).toBe("ab");
  });
});

describe("non-breaking hyphens and page breaks", () => {
  test("read in Word as in the file: the Tiêu ngữ and a cited symbol with non-breaking hyphens give no finding the file does not", async () => {
    const hyphen = "<w:r><w:noBreakHyphen/></w:r>";
    const bytes = buildDocx({
      paragraphs: [
        { xml: '<w:r><w:br w:type="page"/></w:r>' + run("ỦY BAN NHÂN DÂN TỈNH LÀO CAI") },
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        { xml: run("Độc lập ") + hyphen + run(" Tự do ") + hyphen + run(" Hạnh phúc") },
        "Số: 15/UBND-VP",
        "Lào Cai, ngày 05 tháng 9 năm 2023",
        { xml: run("Thực hiện Công văn số 4874/BNV") + hyphen + run("CCVC ngày 29/8/2023 của Bộ Nội vụ, Ủy ban nhân dân tỉnh báo cáo như sau:") },
      ],
    });
    const file = readDocx(bytes, "bao-cao.docx");
    const { sim, adapter } = open(bytes);
    const inWord = await adapter.readDocument();
    // The simulator writes Word's text as Word shows it: the break and the marks are there.
    expect(sim.document.paragraphs()[0].text).toBe("\fỦY BAN NHÂN DÂN TỈNH LÀO CAI");
    expect(sim.document.paragraphs()[2].text).toBe("Độc lập \u2011 Tự do \u2011 Hạnh phúc");
    expect(inWord.paragraphs.map((paragraph) => paragraph.text)).toEqual(file.paragraphs.map((paragraph) => paragraph.text));
    const rules = (findings: ReturnType<typeof checkDocument>["findings"]) => findings.map((finding) => finding.rule);
    expect(rules(checkDocument(inWord, null).findings)).not.toContain("header-wording");
    expect(summary(checkDocument(inWord, null).findings)).toEqual(summary(checkDocument(file, null).findings));
  });
});

describe("the add-in and `vanban check` on a document with tracked changes, a field, a footnote and hidden text", () => {
  test("read the same paragraphs: one round trip for the body and the changes' kinds, one more for the reviewed text", async () => {
    const bytes = draft();
    const file = readDocx(bytes, "tra-loi.docx");
    const { sim, adapter } = open(bytes);
    const before = sim.syncCount();
    const read = await adapter.readDocument();
    expect(sim.syncCount() - before).toBe(2);
    expect(read.paragraphs.map((paragraph) => paragraph.text)).toEqual(file.paragraphs.map((paragraph) => paragraph.text));
    expect(read.paragraphs.find((paragraph) => paragraph.text.startsWith("Kiên Giang"))?.text).toBe("Kiên Giang, ngày 16 tháng 5 năm 2023");
  });

  test("report the same findings", async () => {
    const bytes = draft();
    const { adapter } = open(bytes);
    const inWord = checkDocument(await adapter.readDocument(), null).findings;
    expect(inWord.length).toBeGreaterThan(0);

    const dir = mkdtempSync(join(tmpdir(), "vanban-word-text-"));
    try {
      const path = join(dir, "tra-loi.docx");
      writeFileSync(path, bytes);
      const cli = await vanban("check", path, "--format", "json");
      const json = JSON.parse(cli.stdout) as { findings: { rule: string; message: string; excerpt: string }[] };
      expect(json.findings.map((f) => ({ rule: f.rule, message: f.message, excerpt: f.excerpt }))).toEqual(summary(inWord));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The deleted dates are not checked: nothing quotes them.
    expect(inWord.map((finding) => finding.excerpt).join(" ")).not.toMatch(/31 tháng 4|30\/02/);
  });

  test("a document without tracked deletions is read in one round trip", async () => {
    const bytes = buildDocx({ paragraphs: ["Kính gửi: Bộ Nội vụ", { xml: run("Theo ") + field(" REF a ", "Quyết định số 12/QĐ-UBND") }] });
    const { sim, adapter } = open(bytes);
    const before = sim.syncCount();
    const read = await adapter.readDocument();
    expect(sim.syncCount() - before).toBe(1);
    expect(read.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Kính gửi: Bộ Nội vụ", "Theo Quyết định số 12/QĐ-UBND"]);
  });

  test("where Word cannot tell tracked changes (below WordApi 1.6), deleted text stays in what is read", async () => {
    const { sim, adapter } = open(draft(), 4);
    const before = sim.syncCount();
    const read = await adapter.readDocument();
    expect(sim.syncCount() - before).toBe(1);
    expect(read.paragraphs.map((paragraph) => paragraph.text)).toContain("Kiên Giang, ngày 31 tháng 416 tháng 5 năm 2023");
    // …and the check then differs from the file's: what the reviewed text prevents on newer Word.
    expect(summary(checkDocument(read, null).findings)).not.toEqual(summary(checkDocument(readDocx(draft()), null).findings));
  });
});
