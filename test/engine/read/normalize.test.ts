import fc from "fast-check";
import { foldDiacritics, normalizedText, normalizeForMatch, originalRange, sameText } from "../../../src/engine/read/normalize";
import { seedNames, seedText } from "./seed-files";

describe("normalizeForMatch", () => {
  test.each([
    ["composed stays", "Công văn số 4874/BNV-CCVC", "công văn số 4874/bnv-ccvc"],
    ["decomposed e + U+0302 + U+0301", "Nghi\u0323 quye\u0302\u0301t", "nghị quyết"],
    ["decomposed capitals", "QUYE\u0302\u0301T ĐI\u0323NH", "quyết định"],
    ["whitespace runs and ends", "  Kính gửi:\t\u00a0 Sở  Nội vụ \n", "kính gửi: sở nội vụ"],
    ["zero-width and soft hyphen vanish", "Bộ\u200b Nội\u00ad vụ\ufeff", "bộ nội vụ"],
    ["dashes and curly quotes", "280/CĐ\u2013TTg “Giải pháp”", '280/cđ-ttg "giải pháp"'],
    ["old placement hoà", "Cộng hoà", "cộng hòa"],
    ["new placement hòa", "Cộng hòa", "cộng hòa"],
    ["uỷ ban", "Uỷ ban", "ủy ban"],
    ["khoẻ", "sức khoẻ", "sức khỏe"],
    ["thuỷ lợi", "THUỶ LỢI", "thủy lợi"],
    ["tuỳ", "tuỳ theo", "tùy theo"],
    ["hoá before punctuation", "văn hoá.", "văn hóa."],
    ["tone after a final consonant is not moved", "hoàn thành", "hoàn thành"],
    ["oai keeps its tone on a", "hoài", "hoài"],
    ["uyê keeps its tone", "thuyết", "thuyết"],
    ["đ is not d", "Công điện số 280/CĐ-TTg", "công điện số 280/cđ-ttg"],
  ])("%s", (_label, input, expected) => {
    expect(normalizeForMatch(input).text).toBe(expected);
  });

  test("old and new tone placement compare equal", () => {
    for (const [a, b] of [
      ["hoà", "hòa"],
      ["uỷ", "ủy"],
      ["khoẻ", "khỏe"],
      ["thuỷ", "thủy"],
      ["Hoá", "hóa"],
      ["loạ", "lọa"],
      ["xoè", "xòe"],
    ]) {
      expect(sameText(a, b)).toBe(true);
    }
  });

  test("CĐ and CD stay different; case and spacing do not matter", () => {
    expect(sameText("280/CĐ-TTg", "280/CD-TTg")).toBe(false);
    expect(sameText("Ủy ban  nhân dân", "ỦY BAN NHÂN DÂN")).toBe(true);
    expect(sameText("Ủy ban", "Uy ban")).toBe(false);
  });

  test("offsets point back into the original", () => {
    const original = "  Co\u0302ng  va\u0306n\tsố 4874 ";
    const normalized = normalizeForMatch(original);
    const { text, offsets } = normalized;
    expect(text).toBe("công văn số 4874");
    expect(offsets).toHaveLength(text.length + 1);
    expect(offsets[0]).toBe(2);
    expect(offsets[text.length]).toBe(original.length);
    const at = text.indexOf("văn");
    expect(original.slice(offsets[at], offsets[at + 3])).toBe("va\u0306n");
    const number = text.indexOf("4874");
    const range = originalRange(original, normalized, number, number + 4);
    expect(original.slice(range.start, range.end)).toBe("4874");
    const word = originalRange(original, normalized, 0, 4);
    expect(original.slice(word.start, word.end)).toBe("Co\u0302ng");
  });

  test("finds a citation in a seed at its real place", () => {
    const seed = seedText("004");
    const { text, offsets } = normalizeForMatch(seed);
    const at = text.indexOf("công điện số 280/cd-ttg");
    expect(at).toBeGreaterThan(0);
    expect(seed.slice(offsets[at], offsets[at + "công điện số 280/cd-ttg".length])).toBe("Công điện số 280/CD-TTg");
  });

  test("property: offsets are monotonic, in range and one longer than the text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 80 }), fc.string({ unit: "grapheme", maxLength: 80 })), (input) => {
        const { text, offsets } = normalizeForMatch(input);
        if (offsets.length !== text.length + 1 || offsets[text.length] !== input.length) return false;
        for (let i = 0; i < text.length; i++) {
          if (offsets[i] < 0 || offsets[i] >= input.length || offsets[i] > offsets[i + 1]) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  test("property: Vietnamese text survives decomposition", () => {
    const words = ["Quyết", "định", "hoà", "Ủy", "ban", "khoẻ", "NGHỊ", "thuỷ", "Đảng", "năm"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (picked) => {
        const sentence = picked.join(" ");
        expect(normalizeForMatch(sentence.normalize("NFD")).text).toBe(normalizeForMatch(sentence).text);
      }),
    );
  });
});

describe("foldDiacritics", () => {
  test.each([
    ["Tình hình thực trạng", "Tinh hinh thuc trang"],
    ["ĐỀ XUẤT, KIẾN NGHỊ", "DE XUAT, KIEN NGHI"],
    ["Công điện 280/CĐ-TTg", "Cong dien 280/CD-TTg"],
    ["Nghi\u0323 quye\u0302\u0301t", "Nghi quyet"],
    ["Ket qua thuc hien", "Ket qua thuc hien"],
    ["đi đến Đ", "di den D"],
    ["Ví dụ 😀 ổn", "Vi du 😀 on"],
  ])("%s → %s", (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });

  test("drops every combining mark and folds đ, whatever the text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 60 })), (input) => {
        const mark = (code: number) =>
          (code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe20 && code <= 0xfe2f);
        let expected = "";
        for (const ch of input.normalize("NFD")) {
          const code = ch.charCodeAt(0);
          if (mark(code)) continue;
          expected += code === 0x111 ? "d" : code === 0x110 ? "D" : ch;
        }
        expect(foldDiacritics(input)).toBe(expected.normalize("NFC"));
      }),
    );
  });
});

describe("normalizedText", () => {
  test("is the text of normalizeForMatch, on seeds and on any string", () => {
    for (const name of seedNames) for (const line of seedText(name.slice(0, 3)).split("\n")) expect(normalizedText(line)).toBe(normalizeForMatch(line).text);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 80 }), fc.string({ unit: "grapheme", maxLength: 80 })), (input) => {
        expect(normalizedText(input)).toBe(normalizeForMatch(input).text);
      }),
    );
  });

  test.each([
    ["Kết quả thực hiện", "kết quả thực hiện"],
    ["hoà bình", "hòa bình"],
    ["HOÀ", "hòa"],
    ["Thuỷ", "thủy"],
    ["toàn bộ", "toàn bộ"],
    ["a  b", "a b"],
    [" a", "a"],
    ["a ", "a"],
    ["a\tb", "a b"],
    ["a\u00a0b", "a b"],
    ["a\u00adb", "ab"],
    ["a – b", "a - b"],
    ["«x» “y”", '"x" "y"'],
  ])("%j gives %j", (input, expected) => {
    expect(normalizedText(input)).toBe(expected);
  });

  test("text already in normal form and text that is not read alike", () => {
    // Strings made of what decides between the two ways: spaces, marks to drop or fold, tone pairs.
    const pieces = [" ", "  ", "\t", "\u00a0", "\u200b", "\u00ad", "o", "u", "O", "à", "ả", "ẻ", "ỹ", "Ỳ", "a", "y", "\u0301", "–", "“", "«", "đ", "n", "1"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const input = parts.join("");
        expect(normalizedText(input)).toBe(normalizeForMatch(input).text);
      }),
      { numRuns: 2000 },
    );
  });
});
