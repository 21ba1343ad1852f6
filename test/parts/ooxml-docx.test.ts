import { SaxesParser } from "saxes";
import { buildClosing, buildHeader, buildOutline, type Block } from "../../src/parts/blocks";
import { toDocx } from "../../src/parts/docx";
import { EXAMPLE_PARTY_PROFILE, EXAMPLE_REQUEST, EXAMPLE_STATE_PROFILE } from "../../src/parts/examples";
import { PARTY_LAYOUT } from "../../src/parts/layout";
import { buildNewDraft, DOCUMENT_TYPE_KEYS } from "../../src/parts/new-draft";
import { toFlatOpc } from "../../src/parts/ooxml";
import type { OrgProfile } from "../../src/parts/profile";
import { escapeXml, stripForbiddenXmlChars } from "../../src/parts/xml";
import { paragraphStartingWith, paragraphWithText, readWordXml, unzipDocx } from "./read-ooxml";

/** Throws on anything not well-formed XML 1.0. */
function parseStrictly(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
}

const HOSTILE_AGENCY = 'A & B <script>"x"</script>\u0000\u0001\u000B';
const HOSTILE_NAME = "Nguyễn \"Tí\" <b>&amp;</b> O'Neil\u0007\uFFFE\uD800 😀";
const HOSTILE_PROFILE: OrgProfile = {
  ...EXAMPLE_STATE_PROFILE,
  agency: HOSTILE_AGENCY,
  place: "Hà Nội ]]> <!-- -->",
  signer: { ...EXAMPLE_STATE_PROFILE.signer, name: HOSTILE_NAME },
  recipients: ["Sở <Tư pháp> & \"Công an\"", "Cột\tcó tab"],
};

function hostileBlocks(): Block[] {
  return [
    ...buildHeader(HOSTILE_PROFILE, { type: "bao-cao", subject: "<w:p>Chủ đề</w:p> & 'x'", date: "2023-01-05" }),
    ...buildOutline([{ number: "I", title: "<Tình hình> & \"số liệu\"", children: [] }]),
    ...buildClosing(HOSTILE_PROFILE, { type: "bao-cao" }),
  ];
}

describe("XML safety", () => {
  it("escapes markup characters and drops what XML 1.0 forbids", () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
    expect(stripForbiddenXmlChars("a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFF\uD800g\tx\ny\rz😀")).toBe("abcdefg\tx\ny\rz😀");
  });

  it("keeps hostile names well-formed and exact in the flat OPC package", () => {
    const xml = toFlatOpc(hostileBlocks());
    expect(() => parseStrictly(xml)).not.toThrow();
    const document = readWordXml(xml);
    expect(paragraphWithText(document, 'A & B <SCRIPT>"X"</SCRIPT>').runs[0].bold).toBe(true);
    expect(paragraphWithText(document, "Nguyễn \"Tí\" <b>&amp;</b> O'Neil 😀").runs[0].bold).toBe(true);
    paragraphWithText(document, "Hà Nội ]]> <!-- -->, ngày 05 tháng 01 năm 2023");
    paragraphWithText(document, "<w:p>Chủ đề</w:p> & 'x'");
    paragraphWithText(document, 'I. <Tình hình> & "số liệu"');
    paragraphWithText(document, '- Sở <Tư pháp> & "Công an";');
    paragraphWithText(document, "- Cột\tcó tab;");
  });

  it("keeps hostile names well-formed and exact in every part of the .docx", () => {
    const files = unzipDocx(toDocx(hostileBlocks(), { page: { pageNumbers: true }, title: HOSTILE_NAME }));
    for (const [name, text] of Object.entries(files)) {
      expect(() => parseStrictly(text)).not.toThrow();
      expect(name).toMatch(/\.(xml|rels)$/);
    }
    const document = readWordXml(files["word/document.xml"]);
    paragraphWithText(document, 'A & B <SCRIPT>"X"</SCRIPT>');
    paragraphWithText(document, "Nguyễn \"Tí\" <b>&amp;</b> O'Neil 😀");
    expect(files["docProps/core.xml"]).toContain("<dc:title>Nguyễn &quot;Tí&quot; &lt;b&gt;&amp;amp;&lt;/b&gt; O&apos;Neil 😀</dc:title>");
  });

  it("turns a line break typed in the agency name into two header lines", () => {
    const profile: OrgProfile = { ...EXAMPLE_STATE_PROFILE, parentAgency: "", agency: "Ban Quản lý\nKhu kinh tế" };
    const xml = toFlatOpc(buildHeader(profile, { type: "bao-cao" }));
    const texts = readWordXml(xml).paragraphs.map((p) => p.text);
    expect(texts.slice(0, 2)).toEqual(["BAN QUẢN LÝ", "KHU KINH TẾ"]);
  });
});

describe("flat OPC for insertOoxml", () => {
  const xml = toFlatOpc([...buildHeader(EXAMPLE_STATE_PROFILE, { type: "bao-cao", subject: "Kết quả" }), ...buildOutline(EXAMPLE_REQUEST.outline)]);

  it("is a pkg:package with the main document and a styles part, related to each other", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><?mso-application progid="Word.Document"?>')).toBe(true);
    const parts = [...xml.matchAll(/<pkg:part pkg:name="([^"]+)" pkg:contentType="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(parts).toEqual([
      ["/_rels/.rels", "application/vnd.openxmlformats-package.relationships+xml"],
      ["/word/_rels/document.xml.rels", "application/vnd.openxmlformats-package.relationships+xml"],
      ["/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"],
      ["/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"],
    ]);
    expect(xml).toContain('Target="word/document.xml"');
    expect(xml).toContain('Target="styles.xml"');
    expect(xml).not.toContain("<w:sectPr");
  });

  it("defines Heading 1–3 with their built-in names and outline levels, and the body style", () => {
    for (const level of [1, 2, 3]) {
      const style = new RegExp(
        `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>.*?<w:outlineLvl w:val="${level - 1}"/>.*?</w:style>`,
      );
      expect(xml).toMatch(style);
    }
    expect(xml).toMatch(/<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"\/>.*?<w:ind w:firstLine="720"\/><w:jc w:val="both"\/>/);
    expect(xml).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="28"\/>/);
  });

  it("uses the styles it defines", () => {
    const used = new Set([...xml.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]));
    const defined = new Set([...xml.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
    for (const style of used) expect(defined).toContain(style);
  });
});

describe(".docx package", () => {
  it("has A4, NĐ 30 margins and page numbers from page 2 when asked", () => {
    const files = unzipDocx(toDocx(buildOutline(EXAMPLE_REQUEST.outline), { page: { pageNumbers: true } }));
    const document = files["word/document.xml"];
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" /);
    expect(document).toContain('<w:headerReference w:type="default" r:id="rIdHeaderDefault"/>');
    expect(document).toContain('<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>');
    expect(document).toContain("<w:titlePg/>");
    expect(files["word/_rels/document.xml.rels"]).toContain('Id="rIdHeaderDefault" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"');
    expect(files["word/header1.xml"]).toContain("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>");
    expect(files["word/header1.xml"]).toContain('<w:jc w:val="center"/>');
    expect(files["word/header2.xml"]).not.toContain("PAGE");
    expect(files["[Content_Types].xml"]).toContain('<Override PartName="/word/header1.xml"');
  });

  it("has no header parts without page numbers", () => {
    const files = unzipDocx(toDocx(buildOutline(EXAMPLE_REQUEST.outline)));
    expect(Object.keys(files).sort()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "docProps/core.xml",
      "word/_rels/document.xml.rels",
      "word/document.xml",
      "word/settings.xml",
      "word/styles.xml",
    ]);
    expect(files["word/document.xml"]).not.toContain("headerReference");
  });

  it("ends the body with a paragraph when the last block is a table", () => {
    const files = unzipDocx(toDocx(buildClosing(EXAMPLE_STATE_PROFILE, { type: "bao-cao" })));
    expect(files["word/document.xml"]).toMatch(/<\/w:tbl><w:p\/><w:sectPr>/);
  });
});

describe("buildNewDraft", () => {
  it("lists its type keys", () => {
    expect(DOCUMENT_TYPE_KEYS).toEqual(expect.arrayContaining(["cong-van", "bao-cao", "to-trinh", "ke-hoach", "quyet-dinh", "thong-bao", "chi-thi", "huong-dan", "chuong-trinh", "nghi-quyet"]));
  });

  it("puts header, opening, outline and closing in order for a reply", () => {
    const files = unzipDocx(buildNewDraft({ profile: EXAMPLE_STATE_PROFILE, type: "bao-cao", request: EXAMPLE_REQUEST, date: "2023-09-05" }));
    const document = readWordXml(files["word/document.xml"]);
    const texts = document.paragraphs.map((p) => p.text);
    const order = [
      "SỞ NGOẠI VỤ",
      "BÁO CÁO",
      "Thực trạng, nhiệm vụ, giải pháp chấn chỉnh, khắc phục tình trạng đùn đẩy, né tránh trách nhiệm",
      "Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ về việc báo cáo thực trạng",
      "I. Tình hình",
      "IV. Đề xuất, kiến nghị",
      "Nơi nhận:",
      "Nguyễn Văn An",
    ].map((prefix) => texts.findIndex((text) => text.startsWith(prefix)));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(files["word/document.xml"]).toContain("<w:titlePg/>");
  });

  it("addresses a công văn reply to the requesting body and names the Party office in full", () => {
    const files = unzipDocx(buildNewDraft({ profile: EXAMPLE_PARTY_PROFILE, type: "cong-van", request: EXAMPLE_REQUEST, number: 12 }));
    const document = readWordXml(files["word/document.xml"]);
    paragraphWithText(document, "Kính gửi: Bộ Nội vụ.");
    paragraphWithText(document, "Số 12-CV/VPTU");
    paragraphWithText(document, "V/v báo cáo thực trạng, nhiệm vụ, giải pháp chấn chỉnh, khắc phục tình trạng đùn đẩy, né tránh trách nhiệm");
    expect(paragraphStartingWith(document, "Thực hiện").text.endsWith(", Văn phòng Tỉnh ủy báo cáo như sau:")).toBe(true);
    // The closing follows the Party pack: Nơi nhận underlined, entries in size 12.
    const heading = paragraphWithText(document, "Nơi nhận:");
    expect(heading.runs[0].underline).toBe(true);
    expect(heading.runs[0].size).toBe(PARTY_LAYOUT.closing.heading.size);
    expect(paragraphWithText(document, "- Lưu: VT, HCQT.").runs[0].size).toBe(PARTY_LAYOUT.closing.entry.size);
  });

  it("makes a plain draft without a request", () => {
    const files = unzipDocx(buildNewDraft({ profile: EXAMPLE_STATE_PROFILE, type: "ke-hoach", subject: "Tổ chức hội nghị" }));
    const texts = readWordXml(files["word/document.xml"]).paragraphs.map((p) => p.text);
    expect(texts).toContain("KẾ HOẠCH");
    expect(texts).toContain("Tổ chức hội nghị");
    expect(texts.some((text) => text.startsWith("Thực hiện"))).toBe(false);
  });

  it("refuses an unknown type with the list of keys", () => {
    expect(() => buildNewDraft({ profile: EXAMPLE_STATE_PROFILE, type: "thu-tinh" })).toThrow(/cong-van, bao-cao/);
  });
});
