/**
 * Formatting fixes applied to .docx bytes: the targeted paragraphs read back with the new
 * formatting, everything else of the package stays as it was, and text never changes
 * unless a confirmed replacement asks for it.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { unzipSync, strFromU8 } from "fflate";
import { applyDocxFixes } from "../../../src/engine/fix/docx";
import type { FormatFix } from "../../../src/engine/fix/types";
import { readDocx } from "../../../src/engine/read/docx";
import { InputError } from "../../../src/engine/errors";
import { buildDocx, documentXml as wordDocument } from "../../support/docx-builder";

const CORPUS = join(__dirname, "..", "..", "..", "..", "shared", "corpus", "docx");

function texts(bytes: Uint8Array): string[] {
  return readDocx(bytes).paragraphs.map((p) => p.text);
}

function documentXml(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)["word/document.xml"]);
}

const draft = buildDocx({
  paragraphs: [
    { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font: "Arial", size: 12 },
    { text: "Độc lập - Tự do - Hạnh phúc", font: "Arial", size: 12, italic: true },
    { table: [["Cell text", { text: "Ô thứ hai", bold: true }]] },
    // A hyperlink, an insertion, a deletion, a field: every visible run takes the formatting.
    {
      xml:
        '<w:hyperlink r:id="rId99"><w:r><w:t>liên kết</w:t></w:r></w:hyperlink>' +
        '<w:ins w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t xml:space="preserve"> thêm</w:t></w:r></w:ins>' +
        '<w:del w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:rPr><w:sz w:val="40"/></w:rPr><w:delText>bỏ</w:delText></w:r></w:del>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
    },
    // A text box inside a run: its paragraphs are not body paragraphs and are not touched.
    {
      xml:
        '<w:r><w:t>Trước</w:t></w:r><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>',
    },
    "Sau hộp",
  ],
});

describe("applyDocxFixes", () => {
  test("paragraph fixes reach the paragraph the reader numbers, and every run of it", () => {
    const before = readDocx(draft);
    expect(before.paragraphs.map((p) => p.text)).toEqual([
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Cell text", "Ô thứ hai", "liên kết thêm1", "Trước", "Sau hộp",
    ]);
    const fixes: FormatFix[] = [
      { kind: "paragraph", paragraph: 0, set: { font: "Times New Roman", size: 13, bold: true, alignment: "center", spaceAfter: 6, lineSpacing: 1 } },
      { kind: "paragraph", paragraph: 1, set: { italic: false, size: 14, borderBottom: true, color: "000000" } },
      { kind: "paragraph", paragraph: 3, set: { bold: false, firstLineIndent: 28.35 } },
      { kind: "paragraph", paragraph: 4, set: { size: 14, spaceBefore: 12 } },
      { kind: "paragraph", paragraph: 6, set: { alignment: "justify" } },
    ];
    const result = applyDocxFixes(draft, fixes);
    expect(result.applied).toEqual(fixes);
    expect(result.skipped).toEqual([]);
    const after = readDocx(result.bytes);
    expect(after.paragraphs.map((p) => p.text)).toEqual(before.paragraphs.map((p) => p.text));
    expect(after.paragraphs[0].format).toMatchObject({ font: "Times New Roman", size: 13, bold: true, alignment: "center" });
    expect(after.paragraphs[1].format).toMatchObject({ italic: false, size: 14 });
    expect(after.paragraphs[2].format.bold).toBe(before.paragraphs[2].format.bold);
    expect(after.paragraphs[3].format).toMatchObject({ bold: false });
    expect(after.paragraphs[4].format).toMatchObject({ size: 14 });
    expect(after.paragraphs[5]).toEqual(before.paragraphs[5]);
    expect(after.paragraphs[6].format.alignment).toBe("justify");
    const xml = documentXml(result.bytes);
    // The deleted run keeps its own size; the text box's paragraph gains nothing.
    expect(xml).toContain('<w:del w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:rPr><w:sz w:val="40"/></w:rPr><w:delText>bỏ</w:delText></w:r></w:del>');
    expect(xml).toContain("<w:txbxContent><w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent>");
    expect(xml).toContain('<w:spacing w:after="120" w:line="240" w:lineRule="auto"/>');
    expect(xml).toContain('<w:spacing w:before="240"/>');
    expect(xml).toContain('<w:ind w:firstLine="567"/>');
    expect(xml).toContain('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>');
    // Every run of the hyperlink/insertion/field paragraph is 14 pt.
    const fourth = xml.slice(xml.indexOf("<w:hyperlink"), xml.indexOf("</w:p>", xml.indexOf("<w:hyperlink")));
    expect(fourth.match(/<w:r>/g)?.length).toBe(8);
    // Seven runs outside the deletion; the deleted run keeps its 20 pt.
    expect(fourth.match(/<w:sz w:val="28"\/>/g)?.length).toBe(7);
  });

  test("other parts of the package keep their bytes; fixing twice changes nothing more", () => {
    const result = applyDocxFixes(draft, [{ kind: "paragraph", paragraph: 0, set: { bold: true } }]);
    const a = unzipSync(draft);
    const b = unzipSync(result.bytes);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const name of Object.keys(a)) if (name !== "word/document.xml") expect(b[name]).toEqual(a[name]);
    const again = applyDocxFixes(result.bytes, [{ kind: "paragraph", paragraph: 0, set: { bold: true } }]);
    expect(documentXml(again.bytes)).toBe(documentXml(result.bytes));
  });

  test("a page fix sets the body's size and margins, keeping header and footer distances", () => {
    const result = applyDocxFixes(draft, [
      { kind: "page", set: { width: 210, height: 297, marginTop: 20, marginBottom: 20, marginLeft: 30, marginRight: 15 } },
    ]);
    expect(readDocx(result.bytes).page).toMatchObject({ width: 210, height: 297, marginTop: 20, marginBottom: 20, marginLeft: 30, marginRight: 15 });
    const letter = buildDocx({ paragraphs: ["Một đoạn"], sectPr: '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>' });
    const fixed = applyDocxFixes(letter, [{ kind: "page", set: { width: 210, height: 297, marginLeft: 30 } }]);
    expect(documentXml(fixed.bytes)).toContain('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/>');
    const none = applyDocxFixes(buildDocx({ paragraphs: ["Một đoạn"], sectPr: "" }), [{ kind: "page", set: { marginLeft: 30 } }]);
    expect(readDocx(none.bytes).page).toMatchObject({ marginLeft: 30, marginTop: 25.4 });
  });

  test("properties go in the schema's order among those already there", () => {
    const doc = buildDocx({
      paragraphs: [{ xml: "", style: "Heading1", align: "left" }],
    });
    const xml = documentXml(applyDocxFixes(doc, [{ kind: "paragraph", paragraph: 0, set: { spaceBefore: 6, bold: false, font: "Times New Roman" } }]).bytes);
    const pPr = xml.slice(xml.indexOf("<w:pPr>"), xml.indexOf("</w:pPr>"));
    expect(pPr.indexOf("pStyle")).toBeLessThan(pPr.indexOf("w:spacing"));
    expect(pPr.indexOf("w:spacing")).toBeLessThan(pPr.indexOf("w:jc"));
    expect(pPr.indexOf("w:jc")).toBeLessThan(pPr.indexOf("<w:rPr>"));
    expect(pPr).toContain('<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:b w:val="0"/><w:bCs w:val="0"/></w:rPr>');
  });

  test("tracked property changes, a deleted paragraph mark and a section's own change are kept", () => {
    const pPrChange = '<w:pPrChange w:id="7" w:author="A" w:date="2024-01-01T00:00:00Z"><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange>';
    const markDel = '<w:del w:id="8" w:author="A" w:date="2024-01-01T00:00:00Z"/>';
    const rPrChange = '<w:rPrChange w:id="9" w:author="A" w:date="2024-01-01T00:00:00Z"><w:rPr><w:i/></w:rPr></w:rPrChange>';
    const sectPrChange = '<w:sectPrChange w:id="10" w:author="A" w:date="2024-01-01T00:00:00Z"><w:sectPr/></w:sectPrChange>';
    const body =
      `<w:p><w:pPr><w:jc w:val="center"/><w:rPr>${markDel}</w:rPr>${pPrChange}</w:pPr><w:r><w:rPr><w:b/>${rPrChange}</w:rPr><w:t>Chữ</w:t></w:r></w:p>` +
      "<w:p><w:r><w:t>Cuối</w:t></w:r></w:p>";
    const sectPr = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>${sectPrChange}</w:sectPr>`;
    const withChanges = buildDocx({ paragraphs: [], files: { "word/document.xml": wordDocument(body, sectPr) } });
    const result = applyDocxFixes(withChanges, [
      { kind: "paragraph", paragraph: 0, set: { alignment: "justify", size: 13, spaceAfter: 6 } },
      { kind: "page", set: { marginLeft: 30 } },
    ]);
    const after = documentXml(result.bytes);
    for (const kept of [pPrChange, markDel, rPrChange, sectPrChange]) expect(after).toContain(kept);
    expect(after).toContain(`<w:pPr><w:spacing w:after="120"/><w:jc w:val="both"/><w:rPr>${markDel}<w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr>${pPrChange}</w:pPr>`);
    expect(after).toContain(`<w:rPr><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/>${rPrChange}</w:rPr>`);
    expect(texts(result.bytes)).toEqual(texts(withChanges));
  });

  test("a text replacement changes only the asked characters, across runs", () => {
    const doc = buildDocx({ paragraphs: [{ runs: [{ text: "CỘNG HOÀ XÃ " }, { text: "HỘI CHỦ NGHĨA", bold: true }, { text: " VIỆT NAM" }] }, "Khác"] });
    const result = applyDocxFixes(doc, [{ kind: "text", paragraph: 0, start: 5, end: 19, replacement: "HÒA XÃ HỘI CHỦ" }]);
    expect(result.skipped).toEqual([]);
    expect(texts(result.bytes)).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Khác"]);
  });

  test("a replacement over a tab, or beyond the text, is skipped and the text kept", () => {
    const doc = buildDocx({ paragraphs: ["Số:\t12/BC"] });
    const fixes: FormatFix[] = [
      { kind: "text", paragraph: 0, start: 2, end: 5, replacement: "x" },
      { kind: "text", paragraph: 0, start: 40, end: 41, replacement: "x" },
      { kind: "paragraph", paragraph: 9, set: { bold: true } },
    ];
    const result = applyDocxFixes(doc, fixes);
    expect(result.applied).toEqual([]);
    expect(result.skipped.map((s) => s.reason).sort()).toEqual(["no-paragraph", "text-layout", "text-layout"]);
    expect(result.bytes).toBe(doc);
  });

  test("unreadable input is refused with the reader's message", () => {
    expect(() => applyDocxFixes(new Uint8Array(), [])).toThrow(InputError);
    expect(() => applyDocxFixes(new TextEncoder().encode("not a docx"), [])).toThrow(InputError);
  });

  const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith(".docx")) : [];
  test("every readable corpus file: a fix on every paragraph keeps every paragraph's text", () => {
    if (files.length === 0) {
      console.log(`corpus ${CORPUS} not found: skipped`);
      return;
    }
    let fixed = 0;
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(join(CORPUS, file)));
      let model;
      try {
        model = readDocx(bytes);
      } catch {
        continue;
      }
      const fixes: FormatFix[] = model.paragraphs.map((p) => ({
        kind: "paragraph",
        paragraph: p.index,
        set: { font: "Times New Roman", size: 14, bold: false, alignment: "justify", firstLineIndent: 28, spaceAfter: 6, lineSpacing: 1 },
      }));
      fixes.push({ kind: "page", set: { width: 210, height: 297, marginTop: 20, marginBottom: 20, marginLeft: 30, marginRight: 15 } });
      const result = applyDocxFixes(bytes, fixes);
      const after = readDocx(result.bytes);
      expect([file, after.paragraphs.map((p) => p.text)]).toEqual([file, model.paragraphs.map((p) => p.text)]);
      for (const p of after.paragraphs) {
        if (p.text.trim() === "") continue;
        expect([file, p.index, p.format.font, p.format.size, p.format.alignment]).toEqual([file, p.index, "Times New Roman", 14, "justify"]);
      }
      expect(after.page).toMatchObject({ width: 210, height: 297, marginLeft: 30 });
      fixed++;
    }
    expect(fixed).toBeGreaterThan(40);
  });
});
