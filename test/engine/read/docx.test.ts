import { strToU8, zipSync } from "fflate";
import { readDocx, readDocx as readPackage, type ReadOptions } from "../../../src/engine/read/docx";
import { deflateRawSync, inflateRawSync } from "zlib";
import { nodeInflate } from "../../../src/cli/files";
import { InputError, type InputErrorCode } from "../../../src/engine/errors";
import type { DocumentModel, Paragraph } from "../../../src/engine/model";
import { buildDocx, documentXml, footnoteRef, runXml, stylesXml, W_NS } from "../../support/docx-builder";
import { seedText } from "./seed-files";
import { craftZip, deflatedZeros } from "./zip-craft";

function texts(model: DocumentModel): string[] {
  return model.paragraphs.map((p) => p.text);
}

function find(model: DocumentModel, start: string): Paragraph {
  const found = model.paragraphs.find((p) => p.text.startsWith(start));
  if (!found) throw new Error(`no paragraph starts with "${start}"`);
  return found;
}

function errorCode(run: () => unknown): InputErrorCode | "no error" | "other error" {
  try {
    run();
    return "no error";
  } catch (error) {
    if (error instanceof InputError) {
      expect(error.message.length).toBeGreaterThan(20);
      expect(error.messageEn.length).toBeGreaterThan(20);
      return error.code;
    }
    return "other error";
  }
}

/** A package with the given document.xml body (no styles part). */
function rawDocx(documentBody: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return buildDocx({ paragraphs: [], files: { "word/document.xml": strToU8(documentBody), ...extra } });
}

describe("readDocx: text", () => {
  test("paragraphs, runs joined, tabs and line breaks", () => {
    const model = readDocx(
      buildDocx({
        paragraphs: [
          "Kính gửi: Sở Nội vụ",
          { runs: [{ text: "Thực hiện " }, { text: "Văn bản số 4701/UBND-NC2" }, { text: " ngày 31/8/2023." }] },
          "Nơi nhận:\tKT. GIÁM ĐỐC",
          "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
          "",
        ],
      }),
      "bao-cao.docx",
    );
    expect(model.source).toBe("docx");
    expect(model.name).toBe("bao-cao.docx");
    expect(texts(model)).toEqual([
      "Kính gửi: Sở Nội vụ",
      "Thực hiện Văn bản số 4701/UBND-NC2 ngày 31/8/2023.",
      "Nơi nhận:\tKT. GIÁM ĐỐC",
      "KT. GIÁM ĐỐC\vPHÓ GIÁM ĐỐC",
      "",
    ]);
    expect(model.paragraphs.map((p) => p.index)).toEqual([0, 1, 2, 3, 4]);
    expect(model.notices).toEqual([]);
  });

  test("every paragraph of a seed survives a round trip through .docx", () => {
    const lines = seedText("002")
      .split("\n")
      .map((line) => line.replace(/\*\*|<\/?sup>/g, "").trim())
      .filter((line) => line !== "");
    const model = readDocx(buildDocx({ paragraphs: lines }));
    expect(texts(model)).toEqual(lines);
  });

  test("complex fields give their result only; simple fields their runs", () => {
    const field =
      '<w:r><w:t xml:space="preserve">Ngày </w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>29/08/2023</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:t xml:space="preserve">, trang </w:t></w:r>' +
      '<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>';
    const nested =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:instrText> = 1 "a" "b"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>kết quả</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const model = readDocx(buildDocx({ paragraphs: [{ xml: field }, { xml: nested }] }));
    expect(texts(model)).toEqual(["Ngày 29/08/2023, trang 3", "kết quả"]);
  });

  test("deleted and moved-away text is left out, inserted text kept, non-breaking hyphen is '-'", () => {
    const xml =
      '<w:r><w:t xml:space="preserve">Số </w:t></w:r>' +
      '<w:del w:id="1" w:author="A"><w:r><w:delText>4873</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="A"><w:r><w:t>4874</w:t></w:r></w:ins>' +
      '<w:r><w:t>/BNV</w:t></w:r><w:r><w:noBreakHyphen/></w:r><w:r><w:t>CCVC</w:t></w:r>' +
      '<w:moveFrom w:id="3" w:author="A"><w:r><w:t> (cũ)</w:t></w:r></w:moveFrom>';
    const model = readDocx(buildDocx({ paragraphs: [{ xml }] }));
    expect(texts(model)).toEqual(["Số 4874/BNV-CCVC"]);
  });

  test("text boxes and Fallback content are skipped with a notice", () => {
    const xml =
      '<w:r><w:t>Trước</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
      '<mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>' +
      "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>" +
      '</mc:AlternateContent></w:r><w:r><w:t xml:space="preserve"> sau</w:t></w:r>';
    const model = readDocx(buildDocx({ paragraphs: [{ xml }, "Tiếp theo"] }));
    expect(texts(model)).toEqual(["Trước sau", "Tiếp theo"]);
    expect(model.notices.map((n) => n.code)).toEqual(["text-boxes-skipped"]);
  });
});

describe("readDocx: tables", () => {
  test("cells in reading order with cell refs, nested tables", () => {
    const model = readDocx(
      buildDocx({
        paragraphs: [
          "Mở đầu",
          {
            table: [
              ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
              [["Số: 919/UBND-NC", "V/v chấn chỉnh"], [{ table: [["a", "b"], ["c", "d"]] }, "Kiên Giang, ngày 16 tháng 5 năm 2023"]],
            ],
          },
          "Kính gửi:",
        ],
        tables: [{ table: [["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"]] }],
      }),
    );
    const rows = model.paragraphs.map((p) => [p.text, p.cell ? [p.cell.table, p.cell.row, p.cell.cell, p.cell.depth] : null]);
    expect(rows).toEqual([
      ["Mở đầu", null],
      ["ỦY BAN NHÂN DÂN", [0, 0, 0, 1]],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", [0, 0, 1, 1]],
      ["Số: 919/UBND-NC", [0, 1, 0, 1]],
      ["V/v chấn chỉnh", [0, 1, 0, 1]],
      ["a", [1, 0, 0, 2]],
      ["b", [1, 0, 1, 2]],
      ["c", [1, 1, 0, 2]],
      ["d", [1, 1, 1, 2]],
      ["Kiên Giang, ngày 16 tháng 5 năm 2023", [0, 1, 1, 1]],
      ["Kính gửi:", null],
      ["Nơi nhận:", [2, 0, 0, 1]],
      ["TM. ỦY BAN NHÂN DÂN", [2, 0, 1, 1]],
    ]);
    expect(model.paragraphs.map((p) => p.index)).toEqual(rows.map((_row, i) => i));
  });
});

describe("readDocx: formatting", () => {
  test("heading styles by name, outline level and inheritance; style names as Word shows them", () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Muc1"><w:name w:val="Mục 1"/><w:basedOn w:val="Heading1"/><w:rPr><w:i/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="DeMuc"><w:name w:val="Đề mục"/><w:pPr><w:outlineLvl w:val="3"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="NoName"><w:name w:val="heading 7"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop one"/><w:basedOn w:val="Loop2"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop two"/><w:basedOn w:val="Loop1"/></w:style>';
    const model = readDocx(
      buildDocx({
        styles,
        paragraphs: [
          { text: "I. Tình hình", style: "Heading1" },
          { text: "1. Đánh giá thực trạng", style: "Heading2" },
          { text: "a) Chi tiết", style: "Heading3" },
          { text: "II. Nguyên nhân", style: "Muc1" },
          { text: "Phụ lục", style: "DeMuc" },
          { text: "Ghi chú", style: "NoName" },
          { text: "Thân bài" },
          { text: "Mục lục", outlineLevel: 0 },
          { text: "Vòng lặp", style: "Loop1" },
        ],
      }),
    );
    const summary = model.paragraphs.map((p) => [p.text, p.format.style, p.format.headingLevel]);
    expect(summary).toEqual([
      ["I. Tình hình", "Heading 1", 1],
      ["1. Đánh giá thực trạng", "Heading 2", 2],
      ["a) Chi tiết", "Heading 3", 3],
      ["II. Nguyên nhân", "Mục 1", 1],
      ["Phụ lục", "Đề mục", 4],
      ["Ghi chú", "Heading 7", 7],
      ["Thân bài", "Normal", undefined],
      ["Mục lục", "Normal", 1],
      ["Vòng lặp", "Loop one", undefined],
    ]);
    const inherited = find(model, "II. Nguyên nhân").format;
    expect(inherited).toMatchObject({ bold: true, italic: true, size: 14, font: "Times New Roman" });
  });

  test("bold, italic, size and font from defaults, styles, character styles and runs", () => {
    const model = readDocx(
      buildDocx({
        paragraphs: [
          "Thường",
          { text: "Đậm cả đoạn", bold: true },
          { text: "Nghiêng cỡ 13", italic: true, size: 13 },
          { text: "Phông Arial", font: "Arial" },
          { runs: [{ text: "Số: " }, { text: "4874", bold: true }, { text: "/BNV-CCVC" }] },
          { runs: [{ text: "Một nửa " }, { text: "đậm theo kiểu", style: "Strong" }] },
          { runs: [{ text: "Cỡ 14 " }, { text: "cỡ 12", size: 12 }] },
          { text: "Tiêu đề không đậm", style: "Heading1", bold: false },
          { runs: [{ text: "địa phương" }, { text: "1", superscript: true }, { text: ", tăng cường" }] },
          { runs: [{ text: "   ", bold: true }, { text: "Khoảng trắng đậm không tính" }] },
        ],
      }),
    );
    const format = (start: string) => find(model, start).format;
    expect(format("Thường")).toEqual({ style: "Normal", alignment: "justify", bold: false, italic: false, size: 14, font: "Times New Roman", fonts: ["Times New Roman"], color: "auto", spaceAfter: 0 });
    expect(format("Đậm cả đoạn").bold).toBe(true);
    expect(format("Nghiêng cỡ 13")).toMatchObject({ italic: true, size: 13 });
    expect(format("Phông Arial").font).toBe("Arial");
    const number = find(model, "Số: ");
    expect(number.format.bold).toBeUndefined();
    expect(number.marks).toEqual([{ start: 4, end: 8, kind: "bold" }]);
    expect(find(model, "Một nửa").marks).toEqual([{ start: 8, end: 21, kind: "bold" }]);
    expect(format("Cỡ 14").size).toBeUndefined();
    expect(format("Tiêu đề không đậm")).toMatchObject({ headingLevel: 1, bold: false });
    const footnoted = find(model, "địa phương1");
    expect(footnoted.marks).toEqual([{ start: 10, end: 11, kind: "superscript" }]);
    expect(format("   Khoảng").bold).toBe(false);
  });

  test("alignment from w:jc", () => {
    const model = readDocx(
      buildDocx({
        paragraphs: [
          { text: "Giữa", align: "center" },
          { text: "Phải", align: "right" },
          { text: "Trái", align: "left" },
          { text: "Đều", align: "justify" },
          { xml: "", text: "Kiểu Normal" },
          { text: "Không có kiểu" },
        ],
      }),
    );
    expect(model.paragraphs.map((p) => p.format.alignment)).toEqual(["center", "right", "left", "justify", "justify", "justify"]);
    const start = readDocx(rawDocx(documentXml('<w:p><w:pPr><w:jc w:val="start"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p><w:p><w:pPr><w:jc w:val="end"/></w:pPr><w:r><w:t>y</w:t></w:r></w:p>')));
    expect(start.paragraphs.map((p) => p.format.alignment)).toEqual(["left", "right"]);
  });

  test("alignment left where nothing sets one, as Word shows it; unknown in a table cell, whose table style may", () => {
    const plainStyles = stylesXml().replace(/<w:jc w:val="both"\/>/g, "");
    const model = readDocx(
      buildDocx({
        stylesXml: plainStyles,
        paragraphs: ["Không căn lề", { text: "Căn giữa", align: "center" }, { table: [["Trong bảng", { text: "Căn phải", align: "right" }]] }],
      }),
    );
    expect(model.paragraphs.map((p) => p.format.alignment)).toEqual(["left", "center", undefined, "right"]);
    // Without styles.xml too.
    expect(readDocx(buildDocx({ omitStyles: true, paragraphs: ["Không có kiểu"] })).paragraphs[0].format.alignment).toBe("left");
  });

  test("theme fonts are resolved through theme1.xml", () => {
    const theme =
      '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:fontScheme name="Office">' +
      '<a:majorFont><a:latin typeface="Calibri Light"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont>' +
      "</a:fontScheme></a:themeElements></a:theme>";
    const styles = stylesXml().replace(
      '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>',
      '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>',
    );
    const model = readDocx(buildDocx({ paragraphs: ["Chữ"], stylesXml: styles, files: { "word/theme/theme1.xml": theme } }));
    expect(model.paragraphs[0].format.font).toBe("Calibri");
  });

  test("without styles.xml the reader still works", () => {
    const model = readDocx(buildDocx({ paragraphs: [{ text: "I. Tình hình", style: "Heading1" }, "Nội dung"], omitStyles: true }));
    expect(model.paragraphs[0].format).toMatchObject({ style: "Heading1", headingLevel: 1 });
    expect(model.paragraphs[1].format.style).toBeUndefined();
  });

  test("tracked formatting changes do not count as formatting", () => {
    const xml =
      '<w:r><w:rPr><w:rPrChange w:id="1" w:author="A"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>Không đậm</w:t></w:r>';
    const model = readDocx(buildDocx({ paragraphs: [{ xml }] }));
    expect(model.paragraphs[0].format.bold).toBe(false);
  });
});

describe("readDocx: page setup", () => {
  test("A4 and the NĐ 30 margins, in millimetres", () => {
    const model = readDocx(buildDocx({ paragraphs: ["Nội dung"] }));
    expect(model.page).toEqual({ width: 210, height: 297, orientation: "portrait", marginTop: 20, marginBottom: 20, marginLeft: 30, marginRight: 15, pageNumbers: false, sections: 1 });
  });

  test("Strict measures with units", () => {
    const sectPr = '<w:sectPr><w:pgSz w:w="595.30pt" w:h="841.90pt"/><w:pgMar w:top="2cm" w:right="15mm" w:bottom="0.7874in" w:left="72pt"/></w:sectPr>';
    const model = readDocx(buildDocx({ paragraphs: ["x"], sectPr }));
    expect(model.page).toEqual({ width: 210, height: 297, orientation: "portrait", marginTop: 20, marginBottom: 20, marginLeft: 25.4, marginRight: 15, pageNumbers: false, sections: 1 });
  });

  test("only the body section counts; no section means no page", () => {
    const sectionBreak =
      '<w:p><w:pPr><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:pPr><w:r><w:t>Phần 1</w:t></w:r></w:p>';
    const withBreak = readDocx(rawDocx(documentXml(sectionBreak + "<w:p><w:r><w:t>Phần 2</w:t></w:r></w:p>")));
    expect(withBreak.page).toMatchObject({ width: 210, height: 297 });
    const none = readDocx(buildDocx({ paragraphs: ["Nội dung"], sectPr: "" }));
    expect(none.page).toBeUndefined();
  });
});

describe("readDocx: legacy fonts", () => {
  test(".VnTime runs flag TCVN3 with a Vietnamese notice", () => {
    const model = readDocx(buildDocx({ paragraphs: [{ text: "Céng hoµ x· héi chñ nghÜa ViÖt Nam", font: ".VnTime" }, "Unicode"] }));
    expect(model.legacyEncoding).toBe("tcvn3");
    expect(model.notices[0].code).toBe("legacy-encoding");
    expect(model.notices[0].message).toMatch(/Unicode/);
    expect(model.notices[0].message).toMatch(/Unikey/);
  });

  test("a VNI-Times style flags VNI", () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Cu"><w:name w:val="Cũ"/><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr></w:style>';
    const model = readDocx(buildDocx({ styles, paragraphs: [{ text: "Coäng hoøa xaõ hoäi", style: "Cu" }] }));
    expect(model.legacyEncoding).toBe("vni");
  });

  test("a legacy font defined but not used does not flag", () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Cu"><w:name w:val="Cũ"/><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>';
    const model = readDocx(buildDocx({ styles, paragraphs: ["Cộng hòa xã hội chủ nghĩa Việt Nam"] }));
    expect(model.legacyEncoding).toBeUndefined();
    expect(model.notices).toEqual([]);
  });
});

// Every refusal holds whichever inflater reads the package: fflate's, or one the caller gives.
describe.each([
  ["fflate", {}],
  ["Node's zlib, as the command line gives it", { inflate: nodeInflate }],
] as [string, ReadOptions][])("readDocx: bad input, inflating with %s", (_, options) => {
  const readDocx = (bytes: Uint8Array): DocumentModel => readPackage(bytes, undefined, options);
  const good = buildDocx({ paragraphs: ["Kính gửi: Bộ Nội vụ", "Nội dung báo cáo."] });

  test("empty input", () => {
    expect(errorCode(() => readDocx(new Uint8Array(0)))).toBe("empty");
  });

  test("a document without text is empty", () => {
    expect(errorCode(() => readDocx(buildDocx({ paragraphs: ["", "  "] })))).toBe("empty");
    const onlyTextBox =
      '<w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>Chỉ trong hộp</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r>';
    try {
      readDocx(buildDocx({ paragraphs: [{ xml: onlyTextBox }] }));
      throw new Error("expected an InputError");
    } catch (error) {
      expect((error as InputError).code).toBe("empty");
      expect((error as InputError).message).toMatch(/hộp văn bản/);
    }
  });

  test("not a zip", () => {
    expect(errorCode(() => readDocx(strToU8("Kính gửi: Bộ Nội vụ")))).toBe("not-docx");
    expect(errorCode(() => readDocx(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])))).toBe("not-docx");
  });

  test("OLE compound file: password-protected .docx or old .doc", () => {
    const header = new Uint8Array(1024);
    header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(errorCode(() => readDocx(header))).toBe("encrypted-docx");
    const encrypted = header.slice();
    encrypted.set(utf16("EncryptedPackage"), 600);
    expect(errorCode(() => readDocx(encrypted))).toBe("encrypted-docx");
    const oldDoc = header.slice();
    oldDoc.set(utf16("WordDocument"), 600);
    expect(errorCode(() => readDocx(oldDoc))).toBe("legacy-doc");
  });

  test("zip without word/document.xml", () => {
    expect(errorCode(() => readDocx(buildDocx({ paragraphs: ["x"], omit: ["word/document.xml"] })))).toBe("corrupt-docx");
    expect(errorCode(() => readDocx(zipSync({ "hello.txt": strToU8("xin chào") })))).toBe("corrupt-docx");
    try {
      readDocx(zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.xml": strToU8("<workbook/>") }));
      throw new Error("expected an InputError");
    } catch (error) {
      expect((error as InputError).code).toBe("corrupt-docx");
      expect((error as InputError).message).toMatch(/Excel/);
    }
  });

  test("truncated or damaged zip", () => {
    for (const cut of [10, 100, Math.floor(good.length / 2), good.length - 10]) {
      expect(errorCode(() => readDocx(good.subarray(0, cut)))).toBe("corrupt-docx");
    }
    const damaged = good.slice();
    // Overwrite the compressed data in the middle of the archive.
    for (let i = 60; i < Math.min(400, damaged.length - 200); i++) damaged[i] = 0xff;
    expect(["corrupt-docx", "bad-xml"]).toContain(errorCode(() => readDocx(damaged)));
  });

  test("zip bomb: an entry declaring 200 MB of zeros", () => {
    // 1 MB of zeros deflates to about 1 KB; the headers then claim 200 MB, as a bomb's do.
    const bomb = declareSize(buildDocx({ paragraphs: ["x"], files: { "word/media/zeros.bin": new Uint8Array(1024 * 1024) } }), "word/media/zeros.bin", 200 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(20 * 1024);
    expect(errorCode(() => readDocx(bomb))).toBe("too-large");
    const documentBomb = declareSize(rawDocx("", { "word/document.xml": new Uint8Array(1024 * 1024) }), "word/document.xml", 200 * 1024 * 1024);
    expect(errorCode(() => readDocx(documentBomb))).toBe("too-large");
  });

  test("zip bomb: 200 MB of zeros, deflated", () => {
    const zeros = deflatedZeros(200 * 1024 * 1024);
    expect(zeros.length).toBeLessThan(2 * 1024 * 1024);
    const bomb = craftZip([{ name: "word/document.xml", data: zeros, method: 8, declaredSize: 200 * 1024 * 1024 }]);
    expect(errorCode(() => readDocx(bomb))).toBe("too-large");
  });

  test("zip bomb that understates its size is stopped while inflating", () => {
    // 200 MB of zeros declared as 20 KB: the ratio looks harmless, inflation must stop at 20 KB.
    const bomb = craftZip([
      { name: "word/document.xml", data: deflatedZeros(200 * 1024 * 1024), method: 8, declaredSize: 20 * 1024 },
    ]);
    expect(errorCode(() => readDocx(bomb))).toBe("too-large");
  });

  test("a stored entry whose size does not match is corrupt", () => {
    const xml = new TextEncoder().encode(documentXml("<w:p><w:r><w:t>x</w:t></w:r></w:p>"));
    const good = craftZip([{ name: "word/document.xml", data: xml, method: 0, declaredSize: xml.length }]);
    expect(readDocx(good).paragraphs[0].text).toBe("x");
    const lying = craftZip([{ name: "word/document.xml", data: xml, method: 0, declaredSize: xml.length + 5 }]);
    expect(errorCode(() => readDocx(lying))).toBe("corrupt-docx");
  });

  test("zip bomb: an absurd compression ratio under the total limit", () => {
    const bomb = declareSize(buildDocx({ paragraphs: ["x"], files: { "word/media/zeros.bin": new Uint8Array(64 * 1024) } }), "word/media/zeros.bin", 50 * 1024 * 1024);
    expect(errorCode(() => readDocx(bomb))).toBe("too-large");
  });

  test("zip bomb: parts adding up over 100 MB", () => {
    const noise = new Uint8Array(64 * 1024);
    let seed = 7;
    for (let i = 0; i < noise.length; i++) noise[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 4; i++) files[`word/media/part${i}.bin`] = noise;
    let bomb = buildDocx({ paragraphs: ["x"], files });
    // Each part claims 30 MB: a plausible ratio each, 120 MB together.
    for (let i = 0; i < 4; i++) bomb = declareSize(bomb, `word/media/part${i}.bin`, 30 * 1024 * 1024);
    expect(errorCode(() => readDocx(bomb))).toBe("too-large");
  });

  test("DOCTYPE with entity expansion is refused", () => {
    const entities =
      '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' +
      `<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>`;
    expect(errorCode(() => readDocx(rawDocx(entities)))).toBe("bad-xml");
    const external =
      `<?xml version="1.0"?><!DOCTYPE d SYSTEM "file:///etc/passwd"><w:document xmlns:w="${W_NS}"><w:body/></w:document>`;
    expect(errorCode(() => readDocx(rawDocx(external)))).toBe("bad-xml");
    const inStyles = buildDocx({ paragraphs: ["x"], stylesXml: '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "b">]><w:styles/>' });
    expect(errorCode(() => readDocx(inStyles))).toBe("bad-xml");
  });

  test("nesting 10,000 elements deep is refused", () => {
    const deep = `<w:document xmlns:w="${W_NS}"><w:body><w:p>${"<w:r>".repeat(10000)}${"</w:r>".repeat(10000)}</w:p></w:body></w:document>`;
    expect(errorCode(() => readDocx(rawDocx(deep)))).toBe("bad-xml");
  });

  test("malformed XML", () => {
    const broken = `<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>Kính gửi</w:r></w:p></w:body>`;
    expect(errorCode(() => readDocx(rawDocx(broken)))).toBe("corrupt-docx");
    expect(errorCode(() => readDocx(rawDocx("not xml at all")))).toBe("corrupt-docx");
    const undefinedEntity = `<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p></w:body></w:document>`;
    expect(errorCode(() => readDocx(rawDocx(undefinedEntity)))).toBe("corrupt-docx");
    const badUtf8 = new Uint8Array([...strToU8(`<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>`), 0xc3, 0x28, ...strToU8("</w:t></w:r></w:p></w:body></w:document>")]);
    expect(errorCode(() => readDocx(rawDocx("", { "word/document.xml": badUtf8 })))).toBe("corrupt-docx");
  });

  test("a normal package with a run helper still reads", () => {
    const xml = documentXml(`<w:p>${runXml({ text: "Đúng", bold: true })}</w:p>`);
    expect(readDocx(rawDocx(xml)).paragraphs[0].format.bold).toBe(true);
  });
});

/** Rewrites an entry's declared uncompressed size in its local header and central directory record. */
function declareSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let end = out.length - 22;
  while (end > 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(out.subarray(at + 46, at + 46 + nameLength));
    if (name === entry) {
      view.setUint32(at + 24, size, true);
      view.setUint32(view.getUint32(at + 42, true) + 22, size, true);
      return out;
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`no entry ${entry}`);
}

function utf16(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[2 * i] = text.charCodeAt(i);
  return out;
}

describe("readDocx: automatic list numbers", () => {
  const level = (ilvl: number, format: string, text: string, start = 1) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering =
    `<w:abstractNum w:abstractNumId="0">${level(0, "upperRoman", "%1.")}${level(1, "decimal", "%2.")}${level(2, "lowerLetter", "%3)")}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1">${level(0, "bullet", "-")}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="2">${level(0, "decimal", "%1.")}${level(1, "decimal", "%1.%2.")}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="3">${level(0, "bullet", "\uf0b7")}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>' +
    '<w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
    '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>' +
    '<w:num w:numId="6"><w:abstractNumId w:val="0"/></w:num>';

  test("outline numbering I. / 1. / a), bullets, restarts and continuation", () => {
    const model = readDocx(
      buildDocx({
        numbering,
        paragraphs: [
          { text: "Tình hình", list: { numId: 1 } },
          { text: "Đánh giá thực trạng", list: { numId: 1, level: 1 } },
          { text: "Chi tiết", list: { numId: 1, level: 2 } },
          { text: "Chi tiết nữa", list: { numId: 1, level: 2 } },
          { text: "Tính chất", list: { numId: 1, level: 1 } },
          { text: "Nguyên nhân", list: { numId: 1 } },
          { text: "Khách quan", list: { numId: 1, level: 1 } },
          { text: "Như trên;", list: { numId: 2 } },
          { text: "Lưu: VT.", list: { numId: 5 } },
          { text: "Một", list: { numId: 3 } },
          { text: "Một chấm một", list: { numId: 3, level: 1 } },
          { text: "Hai", list: { numId: 3 } },
          { text: "Lại một", list: { numId: 4 } },
          { text: "Tiếp nối danh sách La Mã", list: { numId: 6 } },
          { text: "Không đánh số", list: { numId: 0 } },
          "Thường",
        ],
      }),
    );
    expect(model.paragraphs.map((p) => [p.listLabel, p.text])).toEqual([
      ["I.", "Tình hình"],
      ["1.", "Đánh giá thực trạng"],
      ["a)", "Chi tiết"],
      ["b)", "Chi tiết nữa"],
      ["2.", "Tính chất"],
      ["II.", "Nguyên nhân"],
      ["1.", "Khách quan"],
      ["-", "Như trên;"],
      ["•", "Lưu: VT."],
      ["1.", "Một"],
      ["1.1.", "Một chấm một"],
      ["2.", "Hai"],
      ["1.", "Lại một"],
      ["III.", "Tiếp nối danh sách La Mã"],
      [undefined, "Không đánh số"],
      [undefined, "Thường"],
    ]);
  });

  test("numbering that comes from the heading style", () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Mục"/><w:basedOn w:val="Heading1"/>' +
      '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const model = readDocx(
      buildDocx({ numbering, styles, paragraphs: [{ text: "Tình hình", style: "Muc" }, "Nội dung", { text: "Nguyên nhân", style: "Muc" }] }),
    );
    expect(model.paragraphs.map((p) => [p.listLabel, p.text, p.format.headingLevel])).toEqual([
      ["I.", "Tình hình", 1],
      [undefined, "Nội dung", undefined],
      ["II.", "Nguyên nhân", 1],
    ]);
  });
});

describe("readDocx: footnotes", () => {
  test("notes are read apart from the body, separators left out", () => {
    const model = readDocx(
      buildDocx({
        footnotes: ["Trừ Bộ Quốc phòng và Bộ Công an.", "Kế hoạch số 01-KH/BCSD ngày 10/8/2023 của Ban chỉ đạo."],
        paragraphs: [
          { xml: `<w:r><w:t>Các Bộ, cơ quan thuộc Chính phủ</w:t></w:r>${footnoteRef(1)}<w:r><w:t>;</w:t></w:r>` },
          { xml: `<w:r><w:t>theo Kế hoạch số 01-KH/BCSD</w:t></w:r>${footnoteRef(2)}` },
        ],
      }),
    );
    expect(model.paragraphs.map((p) => p.text)).toEqual(["Các Bộ, cơ quan thuộc Chính phủ;", "theo Kế hoạch số 01-KH/BCSD"]);
    expect(model.footnotes?.map((p) => [p.index, p.text])).toEqual([
      [0, " Trừ Bộ Quốc phòng và Bộ Công an."],
      [1, " Kế hoạch số 01-KH/BCSD ngày 10/8/2023 của Ban chỉ đạo."],
    ]);
  });

  test("no footnotes part, no footnotes", () => {
    expect(readDocx(buildDocx({ paragraphs: ["x"] })).footnotes).toBeUndefined();
  });
});

describe("readDocx with the caller's inflater", () => {
  const xml = new TextEncoder().encode(documentXml("<w:p><w:r><w:t>Kính gửi</w:t></w:r></w:p>"));
  const deflated = deflateRawSync(xml);
  const pack = craftZip([{ name: "word/document.xml", data: deflated, method: 8, declaredSize: xml.length }]);

  test("reads what fflate reads, asking for no more than one byte past the declared size", () => {
    const limits: number[] = [];
    const model = readDocx(pack, undefined, { inflate: (data, limit) => (limits.push(limit), inflateRawSync(data)) });
    expect(model).toEqual(readDocx(pack));
    expect(limits).toEqual([xml.length + 1]);
  });

  test("an inflater that gives more than the entry declares is stopped as a bomb; less, or an error, is a damaged file", () => {
    const longer = new Uint8Array(xml.length + 1);
    longer.set(xml);
    expect(errorCode(() => readDocx(pack, undefined, { inflate: () => longer }))).toBe("too-large");
    expect(errorCode(() => readDocx(pack, undefined, { inflate: () => xml.subarray(1) }))).toBe("corrupt-docx");
    expect(
      errorCode(() =>
        readDocx(pack, undefined, {
          inflate: () => {
            throw new Error("invalid block type");
          },
        }),
      ),
    ).toBe("corrupt-docx");
    expect(
      errorCode(() =>
        readDocx(pack, undefined, {
          inflate: () => {
            throw new RangeError("past the limit");
          },
        }),
      ),
    ).toBe("too-large");
  });
});
