import { convertFlatOpc } from "../../../src/engine/convert";
import { readOoxml } from "../../../src/engine/read/ooxml";
import { toTcvn3, toVni } from "./encoders";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A flat OPC package as Word's getOoxml() gives it: the document part and the styles. */
function pkg(body: string, styles = ""): string {
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document ${W}><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"><pkg:xmlData><w:styles ${W}>${styles}</w:styles></pkg:xmlData></pkg:part>` +
    "</pkg:package>"
  );
}

const VNTIME_NORMAL =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:rPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="character" w:styleId="Caps"><w:name w:val="Caps"/><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr></w:style>';

function body(xml: string): string {
  return /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? "";
}

describe("convertFlatOpc", () => {
  it("decodes runs in a legacy font and renames the font, keeping bold and size", () => {
    const input = pkg(`<w:p><w:r><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/><w:b/><w:sz w:val="28"/></w:rPr><w:t>${toVni("Báo cáo tình hình")}</w:t></w:r></w:p>`);
    const { xml, runsConverted } = convertFlatOpc(input);
    expect(runsConverted).toBe(1);
    expect(body(xml)).toBe('<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:b/><w:sz w:val="28"/></w:rPr><w:t>Báo cáo tình hình</w:t></w:r></w:p>');
  });

  it("gives a run that takes .VnTime from the styles its Unicode font directly", () => {
    const input = pkg(`<w:p><w:r><w:t>${toTcvn3("Sở Nội vụ")}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>${toTcvn3(" đề nghị")}</w:t></w:r></w:p>`, VNTIME_NORMAL);
    const { xml } = convertFlatOpc(input);
    expect(body(xml)).toBe(
      '<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/></w:rPr><w:t>Sở Nội vụ</w:t></w:r>' +
        '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:b/></w:rPr><w:t> đề nghị</w:t></w:r></w:p>',
    );
    // The package's own styles name the Unicode font too.
    expect(xml).not.toContain(".VnTime");
  });

  it("puts the font after a character style, and reads .VnTimeH text as capitals", () => {
    const input = pkg(`<w:p><w:r><w:rPr><w:rStyle w:val="Caps"/></w:rPr><w:t>${toTcvn3("ủy ban nhân dân")}</w:t></w:r></w:p>`, VNTIME_NORMAL);
    const out = body(convertFlatOpc(input).xml);
    expect(out).toBe('<w:p><w:r><w:rPr><w:rStyle w:val="Caps"/><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/></w:rPr><w:t>ỦY BAN NHÂN DÂN</w:t></w:r></w:p>');
    expect(readOoxml(convertFlatOpc(input).xml).paragraphs[0].text).toBe("ỦY BAN NHÂN DÂN");
  });

  it("keeps field instructions as they are and converts the result Word shows", () => {
    // Word shows a field's result, never its code; the code is ASCII that Word must still
    // understand (a bookmark name, a switch), so converting it could only break the field.
    const instruction = ' REF Ngµy \\h ';
    const input = pkg(
      '<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>' +
        `<w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r>` +
        '<w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>' +
        `<w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>${toTcvn3("ngày 29 tháng 8")}</w:t></w:r>` +
        '<w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    );
    const out = convertFlatOpc(input).xml;
    expect(out).toContain(`<w:instrText xml:space="preserve">${instruction}</w:instrText>`);
    expect(out).toContain("<w:t>ngày 29 tháng 8</w:t>");
  });

  it("leaves Unicode runs and a Unicode document alone", () => {
    const input = pkg('<w:p><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr><w:t>Báo cáo</w:t></w:r></w:p>');
    const result = convertFlatOpc(input);
    expect(result.runsConverted).toBe(0);
    expect(result.xml).toBe(input);
  });
});
