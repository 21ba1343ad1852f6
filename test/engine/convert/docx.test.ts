import { unzipSync } from "fflate";
import { convertDocx, convertPartXml } from "../../../src/engine/convert";
import { readDocx } from "../../../src/engine/read/docx";
import { openZip } from "../../../src/engine/read/zip";
import { buildDocx, stylesXml, W_NS } from "../../support/docx-builder";
import { toTcvn3, toTcvn3H, toVni } from "./encoders";

const LEGACY_STYLE =
  '<w:style w:type="paragraph" w:styleId="OldBody"><w:name w:val="Old Body"/><w:basedOn w:val="Normal"/>' +
  '<w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>';

function part(tag: string, inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${tag} xmlns:w="${W_NS}">${inner}</w:${tag}>`;
}

function run(text: string, font?: string): string {
  const props = font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}"/><w:b/></w:rPr>` : "";
  return `<w:r>${props}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}

const TEXT_BOX =
  `<w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>` +
  `<w:p>${run(toTcvn3("Hộp văn bản"), ".VnArial")}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;

const IMAGE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

function legacyDocx(): Uint8Array {
  return buildDocx({
    paragraphs: [
      { runs: [{ text: toTcvn3H("ủy ban nhân dân"), font: ".VnTimeH", bold: true }] },
      { runs: [{ text: toTcvn3("Cộng hòa xã hội chủ nghĩa Việt Nam"), font: ".VnTime" }] },
      { runs: [{ text: toTcvn3("Kính gửi các sở & ngành"), font: ".VnTime" }, { text: " (Unicode: Hà Nội)", font: "Arial" }] },
      { text: toTcvn3("Đoạn theo kiểu chữ cũ, không đặt phông riêng."), style: "OldBody" },
      { xml: TEXT_BOX },
      { table: [[{ runs: [{ text: toTcvn3("Ô trong bảng"), font: ".VnTime" }] }, "Times New Roman text"]] },
    ],
    styles: LEGACY_STYLE,
    files: {
      "word/header1.xml": part("hdr", `<w:p>${run(toTcvn3("Đầu trang"), ".VnTime")}</w:p>`),
      "word/footer1.xml": part("ftr", `<w:p>${run(toVni("Chân trang"), "VNI-Times")}</w:p>`),
      "word/endnotes.xml": part("endnotes", `<w:endnote w:id="1"><w:p>${run(toTcvn3("Chú thích cuối"), ".VnTime")}</w:p></w:endnote>`),
      "word/media/image1.png": IMAGE,
    },
  });
}

function texts(bytes: Uint8Array): string[] {
  return readDocx(bytes).paragraphs.map((p) => p.text);
}

function strip(xml: string): string {
  return xml.replace(/(<w:t(?: [^>]*)?>)[^<]*<\/w:t>/g, "$1</w:t>").replace(/(w:(?:ascii|hAnsi|cs)=)"[^"]*"/g, '$1""');
}

describe("convertDocx", () => {
  const input = legacyDocx();
  const result = convertDocx(input);
  const output = result.bytes as Uint8Array;
  const after = unzipSync(output);
  const before = unzipSync(input);
  const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

  test("converts every run of the body, tables and text boxes, and maps the fonts", () => {
    expect(result.encoding).toBe("tcvn3");
    expect(texts(output)).toEqual([
      "ỦY BAN NHÂN DÂN",
      "Cộng hòa xã hội chủ nghĩa Việt Nam",
      "Kính gửi các sở & ngành (Unicode: Hà Nội)",
      "Đoạn theo kiểu chữ cũ, không đặt phông riêng.",
      ...texts(input).slice(4, 5),
      "Ô trong bảng",
      "Times New Roman text",
    ]);
    const document = decode(after["word/document.xml"]);
    expect(document).toContain("Hộp văn bản");
    expect(document).not.toMatch(/\.Vn|VNI-/);
    expect(document).toContain('w:ascii="Arial"');
    expect(decode(after["word/styles.xml"])).toContain('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>');
    expect(readDocx(output).legacyEncoding).toBeUndefined();
    expect(readDocx(output).notices.map((n) => n.code)).not.toContain("legacy-encoding");
  });

  test("converts headers, footers and notes, each by its font", () => {
    expect(decode(after["word/header1.xml"])).toContain(">Đầu trang<");
    expect(decode(after["word/footer1.xml"])).toContain(">Chân trang<");
    expect(decode(after["word/footer1.xml"])).toContain('w:ascii="Times New Roman"');
    expect(decode(after["word/endnotes.xml"])).toContain(">Chú thích cuối<");
  });

  test("keeps all formatting: only the text and the font names change", () => {
    for (const name of ["word/document.xml", "word/header1.xml", "word/footer1.xml", "word/endnotes.xml"]) {
      expect(strip(decode(after[name]))).toBe(strip(decode(before[name])));
    }
    expect(decode(after["word/document.xml"])).toContain("sở &amp; ngành");
  });

  test("carries every other part over byte for byte, compressed data included", () => {
    expect(Object.keys(after)).toEqual(Object.keys(before));
    const unchanged = Object.keys(before).filter((name) => !result.parts.includes(name));
    expect(unchanged).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/media/image1.png", "word/_rels/document.xml.rels"]));
    const inZip = openZip(input);
    const outZip = openZip(output);
    const raw = (zip: typeof inZip, name: string): Uint8Array => {
      const entry = zip.entries.get(name);
      if (!entry) throw new Error(name);
      const local = entry.localOffset;
      const start = local + 30 + zip.bytes[local + 26] + (zip.bytes[local + 27] << 8) + zip.bytes[local + 28] + (zip.bytes[local + 29] << 8);
      return zip.bytes.subarray(start, start + entry.compressedSize);
    };
    for (const name of unchanged) {
      expect(after[name]).toEqual(before[name]);
      expect(Buffer.from(raw(outZip, name)).equals(Buffer.from(raw(inZip, name)))).toBe(true);
    }
  });

  test("a Unicode document has nothing to convert", () => {
    const unicode = buildDocx({ paragraphs: ["Cộng hòa xã hội chủ nghĩa Việt Nam", "Kính gửi: Bộ Nội vụ"] });
    const none = convertDocx(unicode);
    expect(none.bytes).toBeUndefined();
    expect(none.runsConverted).toBe(0);
  });
});

describe("convertPartXml", () => {
  const styles = { paragraphFont: () => "Times New Roman", characterFont: () => undefined };

  test("a run without a font follows the document's encoding only when no style names one", () => {
    const xml = part("document", `<w:body><w:p>${run("ViÖt")}</w:p></w:body>`);
    expect(convertPartXml(xml, { ...styles, paragraphFont: () => undefined, documentEncoding: "tcvn3" }).xml).toContain(">Việt<");
    expect(convertPartXml(xml, { ...styles, documentEncoding: "tcvn3" }).xml).toBe(xml);
    expect(convertPartXml(xml, { ...styles, paragraphFont: () => undefined }).xml).toBe(xml);
  });

  test("a character style's legacy font decides", () => {
    const xml = part("document", `<w:body><w:p><w:r><w:rPr><w:rStyle w:val="Old"/></w:rPr><w:t>Coäng</w:t></w:r></w:p></w:body>`);
    const out = convertPartXml(xml, { ...styles, characterFont: (id) => (id === "Old" ? "VNI-Times" : undefined) });
    expect(out.xml).toContain(">Cộng<");
    expect(out.runsConverted).toBe(1);
  });

  test("the paragraph mark's font is mapped but is not a run's font", () => {
    const xml = part(
      "document",
      `<w:body><w:p><w:pPr><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:pPr>${run("Céng", "Arial")}</w:p></w:body>`,
    );
    const out = convertPartXml(xml, { ...styles, documentEncoding: "tcvn3" });
    expect(out.xml).toContain(">Céng<");
    expect(out.xml).not.toContain(".VnTime");
    expect(out.runsKept).toBe(1);
  });

  test("a VNI letter split between two runs is joined in the first", () => {
    const xml = part("document", `<w:body><w:p>${run("Vie", "VNI-Times")}${run("ät Nam", "VNI-Times")}${run("ø", "Arial")}</w:p></w:body>`);
    const out = convertPartXml(xml, styles).xml;
    expect(out).toContain(">Việ</w:t>");
    expect(out).toContain(">t Nam</w:t>");
    // Not after a run in another font.
    expect(out).toContain(">ø</w:t>");
    const vni = part("document", `<w:body><w:p>${run("Tr", "VNI-Times")}${run("öôøng", "VNI-Times")}</w:p></w:body>`);
    expect(convertPartXml(vni, styles).xml).toContain(">ường</w:t>");
  });

  test("deleted text of a tracked change is converted too", () => {
    const xml = part("document", `<w:body><w:p><w:del><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:delText>ViÖt</w:delText></w:r></w:del></w:p></w:body>`);
    expect(convertPartXml(xml, styles).xml).toContain("<w:delText>Việt</w:delText>");
  });

  test("text already in Unicode under a legacy font is left alone", () => {
    const xml = part("document", `<w:body><w:p>${run("Hà Nội, ngày 5 tháng 9 năm 2023", ".VnTime")}</w:p></w:body>`);
    expect(convertPartXml(xml, styles).xml).toContain(">Hà Nội, ngày 5 tháng 9 năm 2023<");
  });

  test("styles: font names only", () => {
    const xml = stylesXml(LEGACY_STYLE);
    const out = convertPartXml(xml).xml;
    expect(out).not.toContain(".VnTime");
    expect(out.replace(/Times New Roman/g, "")).toBe(xml.replace(/\.VnTime|Times New Roman/g, ""));
  });
});
