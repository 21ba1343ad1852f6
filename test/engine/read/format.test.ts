/**
 * The formatting the checks read: spacing, indents, line spacing, colour, the rule under a
 * paragraph, through docDefaults → style chain → direct properties; and the page setup of the
 * body's last section. Real files' figures were read from their XML (unzipped) by hand.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { readDocx } from "../../../src/engine/read/docx";
import type { DocumentModel, Paragraph } from "../../../src/engine/model";
import { buildDocx, documentXml, stylesXml, W_NS } from "../../support/docx-builder";

const CORPUS = join(__dirname, "..", "..", "..", "..", "shared", "corpus", "docx");
const present = existsSync(CORPUS);

function corpus(prefix: string): DocumentModel {
  const name = readdirSync(CORPUS).find((n) => n.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no corpus file ${prefix}_*`);
  return readDocx(new Uint8Array(readFileSync(join(CORPUS, name))), name);
}

function find(model: DocumentModel, start: string): Paragraph {
  const found = model.paragraphs.find((p) => p.text.trimStart().startsWith(start));
  if (!found) throw new Error(`no paragraph starts with "${start}"`);
  return found;
}

const BODY_STYLE =
  `<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body Text VB"/><w:basedOn w:val="Normal"/>` +
  `<w:pPr><w:spacing w:before="120" w:after="120" w:line="312" w:lineRule="auto"/><w:ind w:firstLine="720"/></w:pPr>` +
  `<w:rPr><w:color w:val="1F3864"/></w:rPr></w:style>`;

describe("reading paragraph formatting from .docx", () => {
  const paragraph = (pPr: string, run = "<w:r><w:t>Nội dung</w:t></w:r>"): string => `<w:p><w:pPr><w:pStyle w:val="Body"/>${pPr}</w:pPr>${run}</w:p>`;
  const model = readDocx(
    buildDocx({
      paragraphs: [],
      files: {
        "word/styles.xml": stylesXml(BODY_STYLE),
        "word/document.xml": documentXml(
          paragraph("") +
            paragraph('<w:spacing w:after="0" w:line="360" w:lineRule="exact"/><w:ind w:left="567" w:hanging="283"/>') +
            paragraph('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:rPr><w:spacing w:val="20"/></w:rPr>', '<w:r><w:rPr><w:color w:val="auto"/></w:rPr><w:t>Nội dung</w:t></w:r>') +
            `<w:p><w:r><w:t>Thường</w:t></w:r></w:p>`,
        ),
      },
    }),
  );

  it("inherits spacing, indent, line spacing and colour from the style chain", () => {
    expect(model.paragraphs[0].format).toMatchObject({ spaceBefore: 6, spaceAfter: 6, lineSpacing: 1.3, firstLineIndent: 36, color: "1F3864", font: "Times New Roman", fonts: ["Times New Roman"], size: 14 });
  });

  it("lets direct properties override the style, field by field", () => {
    expect(model.paragraphs[1].format).toMatchObject({ spaceBefore: 6, spaceAfter: 0, lineSpacingPoints: 18, leftIndent: 28.35, firstLineIndent: -14.15 });
    expect(model.paragraphs[1].format.lineSpacing).toBeUndefined();
  });

  it("reads the rule under a paragraph; the paragraph mark's character spacing is not paragraph spacing", () => {
    expect(model.paragraphs[2].format).toMatchObject({ borderBottom: true, spaceBefore: 6, spaceAfter: 6, color: "auto" });
  });

  it("gives automatic colour when nothing sets one, and the document defaults' spacing", () => {
    expect(model.paragraphs[3].format).toMatchObject({ color: "auto", spaceAfter: 0, alignment: "justify" });
  });

  it("draws the theme font when a run names both a theme font and a font", () => {
    const themed = readDocx(
      buildDocx({
        paragraphs: [{ runs: [{ text: "x" }] }],
        files: {
          "word/document.xml": documentXml(`<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/></w:rPr><w:t>Chữ</w:t></w:r></w:p>`),
          "word/theme/theme1.xml": `<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme><a:majorFont><a:latin typeface="Calibri Light"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`,
        },
      }),
    );
    expect(themed.paragraphs[0].format.font).toBe("Calibri Light");
  });
});

describe("reading the page setup from .docx", () => {
  const pageOf = (sectPr: string, files: Record<string, string> = {}): DocumentModel["page"] =>
    readDocx(buildDocx({ paragraphs: ["Nội dung"], sectPr, files })).page;

  it("reads orientation, the first page's own header and a PAGE field in the footer", () => {
    const rels =
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`;
    const footer = `<?xml version="1.0"?><w:ftr xmlns:w="${W_NS}"><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`;
    const page = pageOf(
      `<w:sectPr><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/><w:titlePg/></w:sectPr>`,
      { "word/_rels/document.xml.rels": rels, "word/footer1.xml": footer },
    );
    expect(page).toEqual({ width: 297, height: 210, orientation: "landscape", marginTop: 20, marginBottom: 20, marginLeft: 30, marginRight: 15, titlePage: true, pageNumbers: true, sections: 1 });
  });

  it("no page number without a PAGE field", () => {
    expect(pageOf('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>')).toEqual({ width: 210, height: 297, orientation: "portrait", pageNumbers: false, sections: 1 });
  });
});

(present ? describe : describe.skip)("formatting of real files (figures read from their XML)", () => {
  it("file 01: pgMar top 1134, bottom 709, left 1701, right 1134 twips; titlePg; no header part", () => {
    expect(corpus("01").page).toEqual({ width: 210, height: 297, orientation: "portrait", marginTop: 20, marginBottom: 12.5, marginLeft: 30, marginRight: 20, titlePage: true, pageNumbers: false, sections: 1 });
  });

  it("file 02: the default header holds a PAGE field", () => {
    expect(corpus("02").page).toMatchObject({ pageNumbers: true, titlePage: true, marginLeft: 33 });
  });

  it("file 40 (NĐ 30 itself): margins 25/20/35/20 mm, body 14 pt indented 1 cm, justified", () => {
    const model = corpus("40");
    expect(model.page).toMatchObject({ marginTop: 25, marginBottom: 20, marginLeft: 35, marginRight: 20, pageNumbers: true, titlePage: true });
    expect(find(model, "Nơi nhận:").format).toMatchObject({ size: 12, bold: true, italic: true });
    const body = find(model, "Nghị định này quy định về công tác văn thư");
    expect(body.format).toMatchObject({ font: "Times New Roman", size: 14, alignment: "justify", firstLineIndent: 28.35, color: "000000" });
  });

  it("file 31: the body's runs use the theme's major font (Calibri Light)", () => {
    expect(find(corpus("31"), "Ngày 19 tháng 6 năm 2026").format.font).toBe("Calibri Light");
  });

  it("file 34 (a converter's file): no page size, no fonts named", () => {
    const model = corpus("34");
    expect(model.page?.width).toBeUndefined();
    expect(model.paragraphs.some((p) => p.format.font !== undefined)).toBe(false);
  });
});
