/**
 * Word's reading of paragraph formatting (WordApi 1.1: indents, spacing, line spacing, font
 * colour), through the simulator, in the same single load and sync as the text: the checks
 * get the same formatting findings as from the .docx, except the page, which WordApi 1.3
 * does not give.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { checkDocument } from "../../src/engine/check";
import type { DocumentModel } from "../../src/engine/model";
import { readDocument } from "../../src/engine/read";
import { createWordAdapter } from "../../src/word/adapter";
import { createSimulatedWord, createSimulatedWordFromOoxml, ooxmlPackageOfDocx } from "../../src/word/simulator";
import { buildDocx } from "../support/docx-builder";
import { formattedDraft } from "../engine/rules/format-draft";

const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus", "docx");

async function throughWord(model: DocumentModel): Promise<DocumentModel> {
  const sim = createSimulatedWord(model);
  return createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported }).readDocument();
}

const formatFindings = (model: DocumentModel): string[] =>
  checkDocument(model, null)
    .findings.filter((f) => f.rule.startsWith("format-") && f.rule !== "format-page")
    .map((f) => `${f.rule}/${f.messageId}: ${f.excerpt}`);

describe("reading formatting through Word", () => {
  it("gives the first-line indent and colour, and nothing the rules do not read", async () => {
    const draft = formattedDraft({ 9: { color: "C00000", leftIndent: 10, spaceBefore: 3 } });
    const read = await throughWord(draft);
    expect(read.paragraphs[8].format).toMatchObject({ firstLineIndent: 36, color: "000000" });
    expect(read.paragraphs[9].format).toMatchObject({ color: "C00000" });
    // Left indent, spacing, line spacing and the style's name are not loaded: no rule reads them.
    for (const paragraph of read.paragraphs) {
      expect(Object.keys(paragraph.format).filter((key) => ["leftIndent", "spaceBefore", "spaceAfter", "lineSpacing", "style"].includes(key))).toEqual([]);
    }
    expect(draft.paragraphs[9].format).toMatchObject({ leftIndent: 10, spaceBefore: 3 });
    expect(read.page).toBeUndefined();
  });

  it("the formatting rules say the same of Word's reading as of the file (the page aside)", async () => {
    const draft = formattedDraft({ 4: { size: 14 }, 9: { color: "FF0000" }, 11: { italic: false } });
    expect(formatFindings(await throughWord(draft))).toEqual(formatFindings(draft));
    expect(formatFindings(draft)).toHaveLength(3);
  });

  it("a .docx opened as the preview opens it keeps its text's colour", async () => {
    const red = (text: string) => `<w:r><w:rPr><w:color w:val="FF0000"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const bytes = buildDocx({
      paragraphs: [
        "Kính gửi: Sở Nội vụ",
        "Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ, Sở báo cáo như sau:",
        { xml: red("Tên đơn vị: Công ty TNHH hóa chất công nghiệp Đức Giang") },
        "Nội dung báo cáo của đơn vị, có số liệu và ví dụ cụ thể cho từng nội dung.",
      ],
    });
    const sim = createSimulatedWordFromOoxml(ooxmlPackageOfDocx(bytes));
    const read = await createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported }).readDocument();
    expect(read.paragraphs[2].format.color).toBe("FF0000");
    expect(read.paragraphs[3].format.color).not.toBe("FF0000");
  });

  (existsSync(CORPUS) ? it : it.skip)("file 11, opened as the preview opens it: its red line found as from the file", async () => {
    const name = readdirSync(CORPUS).find((n) => n.startsWith("11_"));
    if (!name) throw new Error("no corpus file 11");
    const bytes = new Uint8Array(readFileSync(join(CORPUS, name)));
    const fromFile = formatFindings(readDocument(bytes, name));
    expect(fromFile.some((finding) => finding.startsWith("format-font/color"))).toBe(true);
    const sim = createSimulatedWordFromOoxml(ooxmlPackageOfDocx(bytes));
    const read = await createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported }).readDocument();
    expect(formatFindings(read)).toEqual(fromFile);
  });

  (existsSync(CORPUS) ? it : it.skip)("file 01: the same formatting findings through Word", async () => {
    const name = readdirSync(CORPUS).find((n) => n.startsWith("01_"));
    if (!name) throw new Error("no corpus file 01");
    const model = readDocument(new Uint8Array(readFileSync(join(CORPUS, name))), name);
    const fromFile = formatFindings(model);
    expect(fromFile.length).toBeGreaterThan(0);
    expect(formatFindings(await throughWord(model))).toEqual(fromFile);
  });
});
