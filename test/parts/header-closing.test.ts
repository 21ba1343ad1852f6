import { buildClosing, buildHeader, estimateWidthMm } from "../../src/parts/blocks";
import { EXAMPLE_PARTY_PROFILE, EXAMPLE_STATE_PROFILE } from "../../src/parts/examples";
import type { OrgProfile } from "../../src/parts/profile";
import { paragraphStartingWith, paragraphWithText, readBlocks, type ReadDocument, type ReadParagraph } from "./read-ooxml";

const SUBJECT = "Kết quả thực hiện nhiệm vụ năm 2023";

function cellTexts(document: ReadDocument, row: number, column: number): ReadParagraph[] {
  return document.paragraphs.filter((p) => p.cell?.table === 0 && p.cell.row === row && p.cell.column === column);
}

/** Every run of the paragraph has this format (empty paragraphs have no runs to check). */
function expectFormat(paragraph: ReadParagraph, format: { size: number; bold?: boolean; italic?: boolean; underline?: boolean }): void {
  expect(paragraph.runs.length).toBeGreaterThan(0);
  for (const run of paragraph.runs) {
    expect({ text: run.text, size: run.size, bold: run.bold, italic: run.italic, underline: run.underline, font: run.font }).toEqual({
      text: run.text,
      size: format.size,
      bold: format.bold ?? false,
      italic: format.italic ?? false,
      underline: format.underline ?? false,
      font: "Times New Roman",
    });
  }
}

const NAMED = [
  ["bao-cao", "BÁO CÁO", "BC"],
  ["to-trinh", "TỜ TRÌNH", "TTr"],
  ["ke-hoach", "KẾ HOẠCH", "KH"],
  ["quyet-dinh", "QUYẾT ĐỊNH", "QĐ"],
  ["thong-bao", "THÔNG BÁO", "TB"],
] as const;

describe("state header (NĐ 30)", () => {
  const profile = EXAMPLE_STATE_PROFILE;

  it.each(NAMED)("%s: agency left, Quốc hiệu right, number, date, centred title and subject", (type, title, abbreviation) => {
    const document = readBlocks(buildHeader(profile, { type, subject: SUBJECT, date: "2023-01-05" }));
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0].borders.every((border) => border === "nil")).toBe(true);
    expect(document.tables[0].columns.length).toBe(2);

    const left = cellTexts(document, 0, 0);
    expect(left.map((p) => p.text)).toEqual(["UBND TỈNH KIÊN GIANG", "SỞ NGOẠI VỤ", ""]);
    expectFormat(left[0], { size: 13 });
    expectFormat(left[1], { size: 13, bold: true });
    const agencyRule = left[2];
    expect(agencyRule.bottomBorder).toBe(true);
    // Centred and shorter than the agency name (1/3–1/2 of it).
    expect(agencyRule.indentLeft).toBe(agencyRule.indentRight);
    const ruleTwips = document.tables[0].columns[0] - 2 * 57 - agencyRule.indentLeft * 2;
    const agencyTwips = (estimateWidthMm("SỞ NGOẠI VỤ", { size: 13, bold: true }) * 1440) / 25.4;
    expect(ruleTwips / agencyTwips).toBeGreaterThanOrEqual(0.3);
    expect(ruleTwips / agencyTwips).toBeLessThanOrEqual(0.5);

    const right = cellTexts(document, 0, 1);
    expect(right.map((p) => p.text)).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""]);
    expectFormat(right[0], { size: 12, bold: true });
    expectFormat(right[1], { size: 13, bold: true });
    expect(right[2].bottomBorder).toBe(true);
    expect(right.every((p) => p.align === "center")).toBe(true);

    const numberCell = cellTexts(document, 1, 0);
    expect(numberCell.map((p) => p.text)).toEqual([`Số:      /${abbreviation}-SNgV`]);
    expectFormat(numberCell[0], { size: 13 });
    const dateCell = cellTexts(document, 1, 1);
    expect(dateCell.map((p) => p.text)).toEqual(["Kiên Giang, ngày 05 tháng 01 năm 2023"]);
    expectFormat(dateCell[0], { size: 13, italic: true });

    const outside = document.paragraphs.filter((p) => p.cell === null);
    expect(outside.map((p) => p.text)).toEqual([title, SUBJECT, ""]);
    expectFormat(outside[0], { size: 14, bold: true });
    expectFormat(outside[1], { size: 14, bold: true });
    expect(outside[0].align).toBe("center");
    expect(outside[1].align).toBe("center");
    expect(outside[2].bottomBorder).toBe(true);
  });

  it("công văn: number agency-unit, V/v under it upright 12, no type title", () => {
    const document = readBlocks(buildHeader(profile, { type: "cong-van", subject: "báo cáo thực trạng", number: 12, date: "2023-03-15" }));
    const numberCell = cellTexts(document, 1, 0);
    expect(numberCell.map((p) => p.text)).toEqual(["Số: 12/SNgV-VP", "V/v báo cáo thực trạng"]);
    expectFormat(numberCell[1], { size: 12 });
    expect(paragraphWithText(document, "Kiên Giang, ngày 15 tháng 3 năm 2023").cell).toEqual({ table: 0, row: 1, column: 1 });
    expect(document.paragraphs.filter((p) => p.cell === null)).toEqual([]);
  });

  it("leaves the date to fill when none is given", () => {
    const document = readBlocks(buildHeader(profile, { type: "bao-cao", date: null }));
    expect(cellTexts(document, 1, 1)[0].text).toBe("Kiên Giang, ngày    tháng    năm 20..");
  });

  it("adds a framed urgency mark under the number", () => {
    const document = readBlocks(buildHeader(profile, { type: "cong-van", subject: "x", urgency: "HỎA TỐC" }));
    const stamp = paragraphWithText(document, "HỎA TỐC");
    expect(stamp.cell).toEqual({ table: 0, row: 1, column: 0 });
    expect(stamp.framed).toBe(true);
    expectFormat(stamp, { size: 13, bold: true });
  });

  it("prints a profile without a parent agency with the agency alone", () => {
    const alone: OrgProfile = { ...profile, parentAgency: "" };
    const document = readBlocks(buildHeader(alone, { type: "bao-cao" }));
    expect(cellTexts(document, 0, 0).map((p) => p.text)).toEqual(["SỞ NGOẠI VỤ", ""]);
  });

  it("refuses an unknown type, naming the keys", () => {
    expect(() => buildHeader(profile, { type: "don-xin" })).toThrow(/Loại văn bản "don-xin" chưa được hỗ trợ.*bao-cao/);
  });
});

describe("Party header (HD 36)", () => {
  const profile = EXAMPLE_PARTY_PROFILE;

  it.each(NAMED)("%s: ĐẢNG CỘNG SẢN VIỆT NAM, star under the agency, Party number", (type, title, abbreviation) => {
    const document = readBlocks(buildHeader(profile, { type, subject: SUBJECT, date: "2023-09-05" }));
    const left = cellTexts(document, 0, 0);
    expect(left.map((p) => p.text)).toEqual(["TỈNH ỦY KIÊN GIANG", "VĂN PHÒNG", "*"]);
    expectFormat(left[0], { size: 14 });
    expectFormat(left[1], { size: 14, bold: true });
    expect(left.some((p) => p.bottomBorder)).toBe(false);

    const right = cellTexts(document, 0, 1);
    expect(right.map((p) => p.text)).toEqual(["ĐẢNG CỘNG SẢN VIỆT NAM", ""]);
    expectFormat(right[0], { size: 15, bold: true });
    expect(right[1].bottomBorder).toBe(true);

    const partyAbbreviation = type === "quyet-dinh" ? "QĐ" : abbreviation;
    expect(cellTexts(document, 1, 0).map((p) => p.text)).toEqual([`Số      -${partyAbbreviation}/VPTU`]);
    const date = cellTexts(document, 1, 1)[0];
    expect(date.text).toBe("Kiên Giang, ngày 05 tháng 9 năm 2023");
    expectFormat(date, { size: 14, italic: true });

    const outside = document.paragraphs.filter((p) => p.cell === null);
    expect(outside.map((p) => p.text)).toEqual([title, SUBJECT, "-----"]);
    expectFormat(outside[0], { size: 16, bold: true });
    expectFormat(outside[1], { size: 14, bold: true });
  });

  it("công văn: Số 1702-CV/BNCTU with the subject in italic 12", () => {
    const bnctu: OrgProfile = { ...profile, agencyCode: "BNCTU" };
    const document = readBlocks(buildHeader(bnctu, { type: "cong-van", subject: "V/v báo cáo chuyên đề", number: "1702" }));
    const numberCell = cellTexts(document, 1, 0);
    expect(numberCell.map((p) => p.text)).toEqual(["Số 1702-CV/BNCTU", "V/v báo cáo chuyên đề"]);
    expectFormat(numberCell[1], { size: 12, italic: true });
  });
});

describe("agency names of any length", () => {
  it("builds a header for an agency of 200,000 lines without running out of stack", () => {
    const agency = Array.from({ length: 200_000 }, (_, i) => `Phòng ${i}`).join("\n");
    const blocks = buildHeader({ ...EXAMPLE_STATE_PROFILE, agency }, { type: "bao-cao" });
    expect(blocks.length).toBeGreaterThan(0);
  });
});

describe("closing", () => {
  const ALL = ["cong-van", "bao-cao", "to-trinh", "ke-hoach", "quyet-dinh", "thong-bao"] as const;

  it.each(ALL)("state %s: Nơi nhận left, KT. signature right", (type) => {
    const document = readBlocks(buildClosing(EXAMPLE_STATE_PROFILE, { type }));
    const left = cellTexts(document, 0, 0);
    const nhuTren = type === "cong-van" || type === "bao-cao" || type === "to-trinh";
    expect(left.map((p) => p.text)).toEqual([
      "Nơi nhận:",
      ...(nhuTren ? ["- Như trên;"] : []),
      "- UBND tỉnh (để b/c);",
      "- Giám đốc Sở;",
      "- Các phòng thuộc Sở;",
      "- Lưu: VT, VP.",
    ]);
    expectFormat(left[0], { size: 12, bold: true, italic: true });
    for (const entry of left.slice(1)) expectFormat(entry, { size: 11 });
    expect(left.every((p) => p.align === "left")).toBe(true);

    const right = cellTexts(document, 0, 1);
    expect(right.map((p) => p.text)).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "", "Nguyễn Văn An"]);
    expectFormat(right[0], { size: 14, bold: true });
    expectFormat(right[1], { size: 14, bold: true });
    expectFormat(right[6], { size: 14, bold: true });
    expect(right.every((p) => p.align === "center")).toBe(true);
  });

  it.each(ALL)("Party %s: K/T signature, Nơi nhận underlined", (type) => {
    const document = readBlocks(buildClosing(EXAMPLE_PARTY_PROFILE, { type }));
    const left = cellTexts(document, 0, 0);
    expect(left[0].text).toBe("Nơi nhận:");
    expectFormat(left[0], { size: 14, underline: true });
    expect(left[left.length - 1].text).toBe("- Lưu: VT, HCQT.");
    for (const entry of left.slice(1)) expectFormat(entry, { size: 12 });
    const right = cellTexts(document, 0, 1).filter((p) => p.text !== "");
    expect(right.map((p) => p.text)).toEqual(["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Trần Thị Bình"]);
  });

  it("prints only the title when the head signs", () => {
    const head: OrgProfile = {
      ...EXAMPLE_STATE_PROFILE,
      signer: { authority: "", authorityOf: "", title: "Giám đốc", name: "Lê Văn Cường" },
      recipients: [],
    };
    const document = readBlocks(buildClosing(head, { type: "ke-hoach" }));
    expect(cellTexts(document, 0, 0).map((p) => p.text)).toEqual(["Nơi nhận:", "- Lưu: VT, VP."]);
    expect(cellTexts(document, 0, 1).filter((p) => p.text !== "").map((p) => p.text)).toEqual(["GIÁM ĐỐC", "Lê Văn Cường"]);
  });

  it("writes TM. for a collective", () => {
    const ubnd: OrgProfile = {
      ...EXAMPLE_STATE_PROFILE,
      signer: { authority: "TM.", authorityOf: "Ủy ban nhân dân", title: "CHỦ TỊCH", name: "Lâm Minh Thành" },
    };
    const document = readBlocks(buildClosing(ubnd, { type: "quyet-dinh" }));
    expect(paragraphStartingWith(document, "TM.").text).toBe("TM. ỦY BAN NHÂN DÂN");
  });
});
