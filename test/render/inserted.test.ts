/**
 * The parts in a clerk's document, not only in one we generate: a template whose Normal is
 * justified with a first-line indent, 1.5-line spacing and Arial 13 defaults, and whose
 * Heading 1 is numbered automatically in capitals. The parts go where the adapter puts them
 * (src/word/insert.ts): the header before the table the document begins with, the outline
 * after the paragraph the cursor was in the middle of, the closing after the last line; each
 * part whole, followed by its own empty paragraph. The document is then read back with the
 * engine's reader (which applies the template's styles) and rendered by LibreOffice.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strToU8, zipSync } from "fflate";
import type { DocumentModel } from "../../src/engine/model";
import { readDocx } from "../../src/engine/read/docx";
import { EXAMPLE_REQUEST, EXAMPLE_STATE_PROFILE } from "../../src/parts/examples";
import { partOoxml, type PartKind } from "../../src/taskpane/work";

jest.setTimeout(180_000);

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const TEMPLATE_STYLES =
  `<w:styles xmlns:w="${W}"><w:docDefaults>` +
  '<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:ind w:firstLine="720"/><w:jc w:val="both"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:caps/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style>' +
  "</w:styles>";

const TEMPLATE_NUMBERING =
  `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0">` +
  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>' +
  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/><w:lvlJc w:val="left"/></w:lvl>' +
  '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';

const p = (text: string, pPr = "", rPr = ""): string =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** The clerk's reply, block by block; the parts go between these blocks. */
const TABLE =
  '<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid><w:tr>' +
  `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${p("BẢNG TỔNG HỢP KÈM THEO")}</w:tc>` +
  `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${p("Đơn vị tính: người")}</w:tc></w:tr></w:tbl>`;
const KINH_GUI_PPR = '<w:ind w:firstLine="0"/><w:jc w:val="center"/>';
const OPENING_PPR = "";
const LAST_PPR = "";
const CLERK = {
  table: TABLE,
  kinhGui: p("Kính gửi: Bộ Nội vụ.", KINH_GUI_PPR),
  opening: p("Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ, Sở Ngoại vụ báo cáo như sau:", OPENING_PPR),
  heading: p("Kết quả nổi bật", '<w:pStyle w:val="Heading1"/>'),
  last: p("Năm 2023, Sở đã tổ chức thực hiện đầy đủ các nhiệm vụ được giao.", LAST_PPR, "<w:i/>"),
};

/** The body of the part's package, and the empty paragraph the adapter made for it (Word's insertParagraph copies the neighbour's properties). */
function inserted(kind: PartKind, landingPPr: string): string {
  const ooxml = partOoxml(kind, EXAMPLE_STATE_PROFILE, {
    type: "bao-cao",
    subject: "Kết quả thực hiện chính sách tinh giản biên chế",
    date: "2023-09-05",
    request: EXAMPLE_REQUEST,
  });
  const body = ooxml.slice(ooxml.indexOf("<w:body>") + "<w:body>".length, ooxml.lastIndexOf("</w:body>"));
  return `${body}<w:p>${landingPPr ? `<w:pPr>${landingPPr}</w:pPr>` : ""}</w:p>`;
}

function docx(body: string, withTemplate: boolean): Uint8Array {
  const sectPr =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>';
  const rels =
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    (withTemplate
      ? '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
      : "") +
    "</Relationships>";
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/_rels/document.xml.rels": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${rels}`),
    "word/document.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${sectPr}</w:body></w:document>`,
    ),
  };
  if (withTemplate) {
    files["word/styles.xml"] = strToU8(TEMPLATE_STYLES);
    files["word/numbering.xml"] = strToU8(TEMPLATE_NUMBERING);
  }
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2020, 0, 1)) });
}

const ORIGINAL = [CLERK.table, CLERK.kinhGui, CLERK.opening, CLERK.heading, CLERK.last].join("");
const WITH_PARTS = [
  inserted("header", ""), // before the table the document begins with: Table.insertParagraph makes a plain paragraph
  CLERK.table,
  CLERK.kinhGui,
  CLERK.opening,
  inserted("outline", OPENING_PPR), // the cursor was in the middle of the opening paragraph
  CLERK.heading,
  CLERK.last,
  inserted("closing", LAST_PPR), // after the last line
].join("");
/** The same parts alone in a document without styles: how they look by themselves. */
const PARTS_ALONE = [inserted("header", ""), inserted("outline", ""), inserted("closing", "")].join("");

let workDir = "";
let original: DocumentModel;
let withParts: DocumentModel;
const text: Record<string, string> = {};
/** pdftotext -bbox: every word with its box in points. */
const boxes: Record<string, string> = {};

beforeAll(() => {
  for (const [command, args] of [["soffice", ["--version"]], ["pdftotext", ["-v"]]] as const) {
    const probe = spawnSync(command, [...args], { encoding: "utf8", timeout: 60_000 });
    if (probe.error) throw new Error(`The render test needs "${command}" (${probe.error.message}).`);
  }
  workDir = mkdtempSync(join(tmpdir(), "vanban-inserted-"));
  const files = {
    original: docx(ORIGINAL, true),
    "with-parts": docx(WITH_PARTS, true),
    "parts-alone": docx(PARTS_ALONE, false),
  };
  original = readDocx(files.original, "original.docx");
  withParts = readDocx(files["with-parts"], "with-parts.docx");
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(workDir, `${name}.docx`);
    writeFileSync(path, bytes);
    return path;
  });
  const conversion = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${join(workDir, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", workDir, ...paths],
    { encoding: "utf8", timeout: 150_000 },
  );
  for (const name of Object.keys(files)) {
    const pdf = join(workDir, `${name}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not produce ${name}.pdf: ${conversion.stderr}${conversion.stdout}`);
    text[name] = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    boxes[name] = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  }
});

afterAll(() => {
  if (workDir !== "") rmSync(workDir, { recursive: true, force: true });
});

/**
 * Where the first word of `needle` starts on the page, in points from the left edge: the
 * first place where the needle's words follow one another.
 */
function left(bbox: string, needle: string): number {
  const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((match) => ({
    x: Number(match[1]),
    y: Number(match[2]),
    text: match[3].replace(/&amp;/g, "&"),
  }));
  const wanted = needle.split(" ");
  for (let index = 0; index + wanted.length <= words.length; index++) {
    if (wanted.every((word, offset) => words[index + offset].text === word && Math.abs(words[index + offset].y - words[index].y) < 2)) return words[index].x;
  }
  throw new Error(`"${needle}" is not on the page`);
}

describe("parts inserted into a clerk's document", () => {
  test("the clerk's paragraphs keep their text and formatting, in order", () => {
    const clerk = original.paragraphs.map((paragraph) => paragraph.text);
    const found = withParts.paragraphs.filter((paragraph) => clerk.includes(paragraph.text) && paragraph.text !== "");
    expect(found.map((paragraph) => paragraph.text)).toEqual(clerk);
    found.forEach((paragraph, index) => {
      const before = original.paragraphs[index];
      expect({ format: paragraph.format, listLabel: paragraph.listLabel, cell: paragraph.cell !== undefined }).toEqual({
        format: before.format,
        listLabel: before.listLabel,
        cell: before.cell !== undefined,
      });
    });
  });

  test("the parts do not take the template's indent, numbering, capitals or fonts", () => {
    const clerk = new Set(original.paragraphs.map((paragraph) => paragraph.text));
    const parts = withParts.paragraphs.filter((paragraph) => paragraph.text !== "" && !clerk.has(paragraph.text));
    expect(parts.length).toBeGreaterThan(20);
    for (const paragraph of parts) {
      expect({ text: paragraph.text, font: paragraph.format.font, listLabel: paragraph.listLabel }).toEqual({
        text: paragraph.text,
        font: "Times New Roman",
        listLabel: undefined,
      });
    }
    const header = parts.filter((paragraph) => paragraph.cell !== undefined || paragraph.text === "BÁO CÁO");
    for (const paragraph of header) expect(paragraph.format.firstLineIndent ?? 0).toBe(0);
    // The template does number its own heading.
    expect(withParts.paragraphs.find((paragraph) => paragraph.text === "Kết quả nổi bật")?.listLabel).toBe("1.");
  });

  test("on the page: the outline prints the request's numbers once, in its own case; the clerk's heading keeps its number", () => {
    const page = text["with-parts"];
    expect(page).toMatch(/^\s*I\. Tình hình\s*$/m);
    expect(page).toMatch(/^\s*III\. Nhiệm vụ, giải pháp\s*$/m);
    expect(page).not.toMatch(/\d\.\s+I+\.\s/);
    expect(page).not.toMatch(/\d\.\d\.\s+\d\.\s/);
    expect(page).toMatch(/1\.\s+KẾT QUẢ NỔI BẬT/);
    for (const line of ["Kính gửi: Bộ Nội vụ.", "Đơn vị tính: người", "Năm 2023, Sở đã tổ chức thực hiện đầy đủ các nhiệm vụ được giao."]) {
      expect(page).toContain(line);
    }
  });

  test("on the page: the header and the closing sit where they sit alone, not shifted by the template's indent", () => {
    const page = text["with-parts"];
    for (const needle of ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", "Nơi nhận:", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"]) {
      // Within 3 points (LibreOffice places runs a little differently under another template); the
      // template's 1.27 cm (36 pt) first-line indent would move a line by 18 pt (centred) to 36 pt.
      const shift = Math.abs(left(boxes["with-parts"], needle) - left(boxes["parts-alone"], needle));
      expect({ needle, shifted: shift > 3 ? shift : 0 }).toEqual({ needle, shifted: 0 });
    }
    // The header comes before the clerk's table, the closing after the clerk's last line.
    expect(page.indexOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeLessThan(page.indexOf("Đơn vị tính: người"));
    expect(page.indexOf("Nơi nhận:")).toBeGreaterThan(page.indexOf("Năm 2023, Sở đã tổ chức"));
  });
});
