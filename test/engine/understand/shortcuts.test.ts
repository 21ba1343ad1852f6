/**
 * The shortcuts that spare a check the patterns on most paragraphs (a first character that rules
 * a pattern out, a table of character classes, a title's letters telling whether it has marks)
 * must answer exactly as the patterns do.
 */
import fc from "fast-check";
import { isLetterAt, isLowerCased, isSpaceCode, isUpperAt, isUpperCased } from "../../../src/engine/understand/char-classes";
import { datesByParagraph, findDates, findDatesInModel } from "../../../src/engine/understand/dates";
import { parseNumbering } from "../../../src/engine/understand/heading-numbers";
import { cleanParagraph, isHeaderOrClosingLine } from "../../../src/engine/understand/line-kinds";
import { hasDiacritics, readHeadingTitle, titleWords } from "../../../src/engine/understand/title-words";
import { modelFromParagraphs } from "../../../src/engine/model";

describe("character classes", () => {
  it("answer as /\\p{L}/u, /\\p{Lu}/u and /\\s/ for every code unit", () => {
    const letter = /\p{L}/u;
    const upper = /\p{Lu}/u;
    const space = /\s/;
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (isLetterAt(char, 0) !== letter.test(char) || isUpperAt(char, 0) !== upper.test(char) || isSpaceCode(code) !== space.test(char)) {
        wrong.push(code);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("answer case as case mapping does, for every code unit, astral characters and the empty string", () => {
    const upperByMapping = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
    const lowerByMapping = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
    const wrong: string[] = [];
    const samples = ["", "𝐀", "𐐀", "𐐨", "ǅ", "ﬀ"];
    for (let code = 0; code < 0x10000; code++) samples.push(String.fromCharCode(code));
    for (const ch of samples) {
      if (isUpperCased(ch) !== upperByMapping(ch) || isLowerCased(ch) !== lowerByMapping(ch)) wrong.push(ch);
    }
    expect(wrong).toEqual([]);
  });

  it("find nothing past the end of the text", () => {
    expect(isLetterAt("a", 1)).toBe(false);
    expect(isUpperAt("A", 1)).toBe(false);
  });
});

describe("parseNumbering: the opening character", () => {
  it.each([
    ["Chương II. Tổ chức thực hiện", "chapter", "Chương II"],
    ["chương 3: Điều khoản thi hành", "chapter", "Chương 3"],
    ["MỤC 2 - Kết quả", "item", "Mục 2"],
    ["Phần thứ nhất. Tình hình", "part", "Phần thứ nhất"],
    ["XI. Kiến nghị", "roman", "XI"],
    ["L. Năm mươi", "roman", "L"],
    ["IV- Giải pháp", "roman", "IV"],
    ["C. Nhiệm vụ", "upper-letter", "C"],
    ["H. Phụ lục", "upper-letter", "H"],
    ["1.2. Kết quả", "decimal", "1.2"],
    ["3. Nguyên nhân", "arabic", "3"],
    ["(4) Tồn tại", "arabic-paren", "4"],
    ["4) Tồn tại", "arabic-paren", "4"],
    ["đ) Công tác khác", "letter", "đ"],
    ["a. Kết quả", "letter", "a"],
  ])("%s", (text, kind, number) => {
    expect(parseNumbering(text)).toMatchObject({ kind, number });
  });

  it.each(["Tình hình chung", "Đánh giá", "- Kết quả", "• Kết quả", "", " 1. Kết quả", "Q. Giám đốc", "Z. Khác", "Ⅱ. Kết quả"])(
    "%j has no numbering",
    (text) => {
      expect(parseNumbering(text)).toBeNull();
    },
  );
});

describe("isHeaderOrClosingLine: lines opening with any case", () => {
  it.each([
    "Số: 12/UBND-VP",
    "SỐ 12/BC-UBND",
    "ſố 12/BC-UBND",
    "KÍNH GỬI: Sở Nội vụ",
    "V/v báo cáo",
    "Nơi nhận:",
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "-----",
    "– – –".replace(/ /g, ""),
    "___",
    "***",
    "Lưu: VT, TH.",
    "Hà Nội, NGÀY 5 THÁNG 6 NĂM 2024",
    "BÁO CÁO:",
    "Quyết định.",
    "K/T CHỦ TỊCH",
    "Q. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "Trưởng phòng",
  ])("%s", (text) => {
    expect(isHeaderOrClosingLine(text)).toBe(true);
  });

  it.each(["Báo cáo tình hình thực hiện", "Kết quả đạt được", "Hà Nội là thủ đô", "1. Tình hình chung", "BÁO CÁO KẾT QUẢ"])("%s is not", (text) => {
    expect(isHeaderOrClosingLine(text)).toBe(false);
  });
});

describe("isHeaderOrClosingLine: the date line in any case", () => {
  it("is told by the word ngày however its letters are cased", () => {
    const pieces = ["n", "N", "g", "G", "à", "À", "a\u0300", "y", "Y", "İ", " ", "Hà Nội, "];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = `Hà Nội, ${parts.join("")} 5 tháng 6 năm 2024`;
        const dated = /^[^\d]{0,40},?\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/i.test(text) && text.toLowerCase().includes("ngày");
        expect(isHeaderOrClosingLine(text)).toBe(dated);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("cleanParagraph: lines with and without marks to remove", () => {
  const clean = (text: string, listLabel?: string) => cleanParagraph({ index: 0, text, format: {}, ...(listLabel ? { listLabel } : {}) });

  it.each([
    ["Kết quả thực hiện", "Kết quả thực hiện", false],
    ["  Kết quả  thực\thiện\u00a0", "Kết quả thực hiện", false],
    ["**Kết quả thực hiện**", "Kết quả thực hiện", true],
    ["Kết __quả__ thực hiện", "Kết quả thực hiện", false],
    ["*Kết quả thực hiện*", "Kết quả thực hiện", false],
    ["Kết quả \\*thực hiện", "Kết quả *thực hiện", false],
    ["Kết quả<sup>2</sup> thực hiện", "Kết quả2 thực hiện", false],
    ["Kết quả a<b thực hiện", "Kết quả a<b thực hiện", false],
    ["Kết quả a_b\\c", "Kết quả a_b\\c", false],
  ])("%j reads %j", (text, expected, bold) => {
    const cleaned = clean(text);
    expect(cleaned.text).toBe(expected);
    expect(cleaned.bold).toBe(bold);
  });

  it("counts the marks of a list label too", () => {
    expect(clean("Kết quả", "**II.**").text).toBe("II. Kết quả");
    expect(clean("Kết quả", "1.").text).toBe("1. Kết quả");
  });
});

describe("readHeadingTitle", () => {
  it.each([
    "Kết quả thực hiện",
    "Ket qua thuc hien",
    "KET QUA THUC HIEN",
    "Đánh giá chung",
    "Danh gia chung",
    "Ke\u0302\u0301t qua\u0309 (decomposed)",
    "Résumé",
    "Æsir og ß",
    "Ελληνικά",
    "Ά",
    "한국어 제목",
    "Kết quả 𝐀𝐁",
    "",
  ])("is plain exactly when %j has no diacritics, with the words titleWords gives", (title) => {
    const plain = !hasDiacritics(title);
    const read = readHeadingTitle(title);
    expect(read.plain).toBe(plain);
    expect(read.words).toEqual(titleWords(title, plain));
  });

  it("splits words at anything but letters, digits and the boundary mark", () => {
    expect(readHeadingTitle("Kết quả năm 2023 (đợt 1), 𝐀𝐁 cụ thể").words.words).toEqual(["kết", "quả", "năm", "2023", "đợt", "1", "𝐀𝐁", "cụ", "thể"]);
    // A lone surrogate is no letter: it splits words like a space.
    expect(readHeadingTitle("Kết\ud835quả").words.words).toEqual(["kết", "quả"]);
    // "liên quan đến" links the head to the rest of the title.
    expect(readHeadingTitle("Nguyên nhân liên quan đến tình trạng né tránh").words.head).toEqual(["nguyên", "nhân"]);
  });
});

describe("dates by paragraph", () => {
  it("finds in each paragraph what findDates finds, nothing where no year is written", () => {
    const texts = ["Hà Nội, ngày 29 tháng 8 năm 2023", "số 12 ngày 3/4", "trước ngày 08/9/2023 và 10/9/2023", "năm 202", ""];
    const model = modelFromParagraphs(texts);
    const found = datesByParagraph(model);
    expect(found.map((dates) => dates.map((d) => d.iso))).toEqual(texts.map((text) => findDates(text).map((d) => d.iso)));
    expect(found[1]).toEqual([]);
    expect(findDatesInModel(model, found)).toEqual(findDatesInModel(model));
  });
});
