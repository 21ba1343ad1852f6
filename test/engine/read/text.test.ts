import { readText } from "../../../src/engine/read/text";
import { InputError } from "../../../src/engine/errors";
import type { DocumentModel, Paragraph } from "../../../src/engine/model";
import { seedNames, seedText } from "./seed-files";

function texts(model: DocumentModel): string[] {
  return model.paragraphs.map((p) => p.text);
}

function find(model: DocumentModel, start: string): Paragraph {
  const found = model.paragraphs.find((p) => p.text.startsWith(start));
  if (!found) throw new Error(`no paragraph starts with "${start}"`);
  return found;
}

const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();

describe("readText on every seed", () => {
  test.each(seedNames)("%s gives clean, ordered paragraphs", (file) => {
    const source = seedText(file.slice(0, 3));
    const model = readText(source, file);
    expect(model.source).toBe("txt");
    expect(model.name).toBe(file);
    expect(model.paragraphs.length).toBeGreaterThan(20);
    let lastEnd = 0;
    model.paragraphs.forEach((p, i) => {
      expect(p.index).toBe(i);
      expect(p.text).toBe(p.text.trim());
      expect(p.text).not.toMatch(/\*\*|<\/?sup>|^#/);
      expect(p.origin).toBeDefined();
      const origin = p.origin!;
      expect(origin.start).toBeGreaterThanOrEqual(lastEnd);
      expect(origin.end).toBeLessThanOrEqual(source.length);
      // The first and last visible characters are where the origin says.
      expect(source[origin.start]).toBe(p.text[0]);
      expect(source[origin.end - 1]).toBe(p.text[p.text.length - 1]);
      lastEnd = origin.end;
    });
  });
});

describe("hard-wrapped PDF text", () => {
  const source = seedText("000");
  const model = readText(source);

  test("wrapped lines are joined into the opening paragraph", () => {
    const opening = find(model, "Thực hiện Văn bản số 4701/UBND-NC2 ngày 31/8/2023");
    expect(opening.text).toContain("của Ủy ban nhân dân tỉnh về việc báo cáo");
    expect(opening.text).toContain("Sở Ngoại vụ báo cáo như sau:");
    expect(opening.text.endsWith("như sau:")).toBe(true);
  });

  test("headings, list items, Nơi nhận and signature lines stand alone", () => {
    const all = texts(model);
    for (const line of [
      "Kính gửi:  Sở Nội vụ",
      "1. Tình hình thực trạng",
      "2. Nhiệm vụ và giải pháp trong thời gian tới",
      "3. Đề xuất, kiến nghị:",
      "Nơi nhận:",
      "- Như trên;",
      "- Lưu: VT, VPTTr.",
      "KT. GIÁM ĐỐC",
      "PHÓ GIÁM ĐỐC",
      "Trần Mạnh Hùng",
    ]) {
      expect(all).toContain(line);
    }
    expect(all.indexOf("1. Tình hình thực trạng")).toBeLessThan(all.indexOf("2. Nhiệm vụ và giải pháp trong thời gian tới"));
  });

  test("page breaks glued into a line continue the sentence", () => {
    expect(find(model, "Sở Ngoại vụ đã ban hành").text).toContain(
      "Nhờ có sự phân công chức năng, nhiệm vụ của từng bộ phận",
    );
    expect(find(model, "- Tiếp tục đẩy mạnh cải cách hành chính").text).toContain(
      "trên môi trường điện tử. Hàng năm, Sở thực hiện",
    );
  });

  test("a list item ends where the next dash starts", () => {
    const item = find(model, "- Quán triệt cho CBCCVC");
    expect(item.text.endsWith("và Chỉ thị của các cấp.")).toBe(true);
  });

  test("a semicolon or colon at a line end does not end the paragraph when the sentence goes on", () => {
    const goal = find(model, "Từ đầu nhiệm kỳ Đại hội");
    expect(goal.text).toContain("2020-2025): nâng cao năng lực");
    expect(goal.text).toContain("CBCCVC; phát huy dân chủ");
    expect(goal.text.endsWith("cụ thể:")).toBe(true);
  });

  test("origin covers the wrapped lines in the original text", () => {
    for (const p of model.paragraphs) {
      expect(collapse(source.slice(p.origin!.start, p.origin!.end))).toBe(collapse(p.text));
    }
  });

  test("no formatting is claimed for plain text", () => {
    expect(model.paragraphs.every((p) => p.format.bold === undefined && p.marks === undefined)).toBe(true);
  });
});

describe("seed 003 (hard-wrapped, relay chain)", () => {
  const model = readText(seedText("003"));
  test("a heading wrapped onto a second line stays one paragraph", () => {
    expect(texts(model)).toContain(
      "3. Thủ trưởng các cơ quan chuyên môn, đơn vị thuộc huyện; Chủ tịch UBND các xã, thị trấn",
    );
    expect(texts(model)).toContain("1. Thủ trưởng các cơ quan chuyên môn, đơn vị thuộc huyện");
  });
  test("a heading behind a leading space and the closing lines", () => {
    const all = texts(model);
    expect(all).toContain("4. Giao Văn phòng HĐND - UBND huyện");
    expect(all).toContain("Nơi nhận:");
    expect(all).toContain("CHỦ TỊCH");
    expect(all[all.length - 1]).toBe("Nguyễn Phương Huy");
    expect(find(model, "Thực hiện Công văn số 1041/UBND-NC").text).toContain(
      "Công điện số 280/CĐ-TTg ngày 19/4/2023 của Thủ tướng Chính phủ",
    );
  });
});

describe("Markdown-ish text", () => {
  test("seed 002: bold markers are removed and recorded", () => {
    const model = readText(seedText("002"));
    const all = texts(model);
    for (const heading of ["I. Tình hình", "1. Nguyên nhân khách quan", "2. Nguyên nhân chủ quan", "IV. Đề xuất, kiến nghị", "Phụ lục 3", "ĐỀ CƯƠNG BÁO CÁO CHUYÊN ĐỀ", "Kính gửi:", "Nơi nhận:", "BỘ TRƯỞNG"]) {
      expect(all).toContain(heading);
    }
    const number = find(model, "Số: 4874");
    expect(number.text).toBe("Số: 4874/BNV-CCVC");
    expect(number.marks).toEqual([{ start: 4, end: 8, kind: "bold" }]);
    expect(number.format.bold).toBeUndefined();
    expect(find(model, "V/v").text).toBe(
      "V/v báo cáo thực trạng, nhiệm vụ, giải pháp chấn chỉnh, khắc phục tình trạng đùn đẩy, né tránh trách nhiệm",
    );
    const request = find(model, "Triển khai thực hiện nhiệm vụ");
    const deadline = request.text.indexOf("trước ngày 08/9/2023");
    expect(request.marks).toContainEqual({ start: deadline, end: deadline + "trước ngày 08/9/2023".length, kind: "bold" });
    expect(all).toContain("¹ Trừ Bộ Quốc phòng và Bộ Công an.");
    expect(find(model, "- Các Bộ, cơ quan ngang Bộ").text).toBe("- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ¹;");
  });

  test("seed 001: headings, wrapped bold heading, page break inside a paragraph", () => {
    const model = readText(seedText("001"));
    const first = find(model, "I- Tình hình chung");
    expect(first.text).toBe("I- Tình hình chung:");
    expect(first.format).toMatchObject({ headingLevel: 3, bold: true });
    expect(find(model, "BÁO CÁO").format.headingLevel).toBe(2);
    const second = find(model, "II. Nhiệm vụ, giải pháp");
    expect(second.text).toContain("nhất là cán bộ lãnh đạo, quản lý nhằm góp phần xây dựng tổ chức đảng");
    expect(second.text.endsWith("hoạt động hiệu lực, hiệu quả.")).toBe(true);
    expect(second.format.bold).toBe(true);
    expect(find(model, "Cơ cấu tổ chức").text).toContain("lao động hợp đồng hiện nay là 75 đồng chí.");
    const four = find(model, "4. Đảng ủy");
    expect(four.marks).toEqual([{ start: 0, end: 2, kind: "bold" }]);
    expect(find(model, "1. Tham mưu").format.bold).toBe(false);
    const difficulties = find(model, "* Khó khăn");
    expect(difficulties.format.italic).toBe(true);
    const all = texts(model);
    expect(all).toContain("K/T CHÁNH VĂN PHÒNG");
    expect(all).toContain("PHÓ CHÁNH VĂN PHÒNG");
    expect(all).toContain("Nơi nhận:");
    expect(all).toContain("- Lưu VPTU.");
    expect(all[all.length - 1]).toBe("Nguyễn Xuân Cường");
    expect(all).not.toContain("-----");
  });

  test("seed 004: header lines, <sup> footnote marks, italic tail", () => {
    const model = readText(seedText("004"));
    const all = texts(model);
    expect(all.slice(0, 6)).toEqual([
      "ỦY BAN NHÂN DÂN",
      "TỈNH KIÊN GIANG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 919 /UBND-NC",
      "Kiên Giang, ngày 16 tháng 5 năm 2023",
    ]);
    expect(find(model, "V/v").text).toBe(
      "V/v chấn chỉnh, tăng cường trách nhiệm trong xử lý công việc của các cơ quan, đơn vị trên địa bàn tỉnh Kiên Giang.",
    );
    expect(find(model, "HỎA TỐC").format.bold).toBe(true);
    const three = find(model, "3. Tiếp tục");
    const at = three.text.indexOf("địa phương1,") + "địa phương".length;
    expect(three.marks).toEqual([{ start: at, end: at + 1, kind: "superscript" }]);
    const footnote = find(model, "1 Quyết định số 1506/QĐ-UBND");
    expect(footnote.marks).toEqual([{ start: 0, end: 1, kind: "superscript" }]);
    const closing = find(model, "Nhận được Công văn này");
    expect(closing.text.endsWith("theo thẩm quyền. ./vll")).toBe(true);
    expect(closing.marks).toEqual([{ start: closing.text.length - 5, end: closing.text.length, kind: "italic" }]);
    expect(all).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(all).toContain("CHỦ TỊCH");
    expect(find(model, "Nơi nhận").format.bold).toBe(true);
  });
});

describe("line endings, BOM, tabs", () => {
  const source = seedText("000");
  const plain = texts(readText(source));

  test("CRLF and a BOM give the same paragraphs, with origins into the CRLF text", () => {
    const crlf = "\ufeff" + source.replace(/\n/g, "\r\n");
    const model = readText(crlf);
    expect(texts(model)).toEqual(plain);
    for (const p of model.paragraphs) {
      expect(collapse(crlf.slice(p.origin!.start, p.origin!.end))).toBe(collapse(p.text));
    }
  });

  test("old Mac CR line endings", () => {
    expect(texts(readText(source.replace(/\n/g, "\r")))).toEqual(plain);
  });

  test("tabs as indentation are trimmed, tabs inside a line are kept", () => {
    const tabbed = source.replace(/^ +/gm, "\t");
    expect(texts(readText(tabbed))).toEqual(plain);
    const model = readText("Nơi nhận:\tKT. GIÁM ĐỐC\n- Như trên;\n- Lưu: VT.\n");
    expect(texts(model)).toEqual(["Nơi nhận:\tKT. GIÁM ĐỐC", "- Như trên;", "- Lưu: VT."]);
  });
});

describe("small cases", () => {
  test("a line ending mid-sentence continues; a sentence end starts a new paragraph", () => {
    const model = readText("Báo cáo tình hình\nthực hiện nhiệm vụ năm 2023.\nĐề nghị các đơn vị thực hiện.");
    expect(texts(model)).toEqual(["Báo cáo tình hình thực hiện nhiệm vụ năm 2023.", "Đề nghị các đơn vị thực hiện."]);
  });

  test("a dash after a wrapped line is not a list item when the word goes on in lower case", () => {
    const model = readText("phát triển kinh tế\n- xã hội của tỉnh.\n- Lưu: VT.");
    expect(texts(model)).toEqual(["phát triển kinh tế - xã hội của tỉnh.", "- Lưu: VT."]);
  });

  test("lettered items and Roman headings", () => {
    const model = readText("I- Tình hình chung\na) Về tổ chức\nb) Về nhân sự\nII. Nguyên nhân");
    expect(texts(model)).toEqual(["I- Tình hình chung", "a) Về tổ chức", "b) Về nhân sự", "II. Nguyên nhân"]);
  });

  test("an unpaired ** stays as written", () => {
    const model = readText("**Kết quả** đạt 5 ** sao");
    expect(texts(model)).toEqual(["Kết quả đạt 5 ** sao"]);
    expect(model.paragraphs[0].marks).toEqual([{ start: 0, end: 7, kind: "bold" }]);
  });

  test("bold spanning a Markdown hard break covers both lines", () => {
    const model = readText("**TM. ỦY BAN NHÂN DÂN  \nCHỦ TỊCH**\n");
    expect(model.paragraphs.map((p) => [p.text, p.format.bold])).toEqual([
      ["TM. ỦY BAN NHÂN DÂN", true],
      ["CHỦ TỊCH", true],
    ]);
  });

  test("empty and whitespace-only text is an InputError", () => {
    for (const empty of ["", "   \n\t\n", "\ufeff", "-----\n"]) {
      expect(() => readText(empty)).toThrow(InputError);
    }
    try {
      readText(" \n ");
      throw new Error("expected an InputError");
    } catch (error) {
      expect((error as InputError).code).toBe("empty");
    }
  });
});

describe("legacy encodings in text", () => {
  test("TCVN3 text is read and flagged with a notice", () => {
    // "Cộng hoà xã hội chủ nghĩa Việt Nam / Độc lập - Tự do - Hạnh phúc" as TCVN3 shows it.
    const model = readText("Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\n");
    expect(model.legacyEncoding).toBe("tcvn3");
    expect(model.notices.map((n) => n.code)).toEqual(["legacy-encoding"]);
  });
  test("Unicode seeds carry no notice", () => {
    for (const file of seedNames) {
      const model = readText(seedText(file.slice(0, 3)));
      expect(model.legacyEncoding).toBeUndefined();
      expect(model.notices).toEqual([]);
    }
  });
});

describe("text saved one paragraph per line (as Word's Save as Plain Text does)", () => {
  test.each(seedNames)("re-reading the paragraphs of %s gives them back", (file) => {
    const paragraphs = texts(readText(seedText(file.slice(0, 3))));
    for (const separator of ["\n", "\r\n", "\n\n"]) {
      expect(texts(readText(paragraphs.join(separator)))).toEqual(paragraphs);
    }
  });
});
