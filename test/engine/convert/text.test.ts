import fc from "fast-check";
import { convertRuns, decodeTcvn3, decodeVni, legacyFont, unicodeFontFor } from "../../../src/engine/convert";
import { detectLegacyEncoding } from "../../../src/engine/read/legacy";
import { seedText } from "../read/seed-files";
import { allVietnameseLetters, toTcvn3, toTcvn3H, toVni } from "./encoders";

const LETTERS = allVietnameseLetters();

describe("decodeTcvn3", () => {
  test("well-known spellings", () => {
    expect(decodeTcvn3("Céng hoµ x· héi chñ nghÜa ViÖt Nam")).toBe("Cộng hoà xã hội chủ nghĩa Việt Nam");
    expect(decodeTcvn3("§éc lËp - Tù do - H¹nh phóc")).toBe("Độc lập - Tự do - Hạnh phúc");
  });

  test.each(LETTERS)("small letter %s", (letter) => {
    expect(decodeTcvn3(`x${toTcvn3(letter)}`)).toBe(`x${letter}`);
  });

  test.each(["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"])("capital %s has its own code", (letter) => {
    expect(decodeTcvn3(toTcvn3(letter))).toBe(letter);
  });

  test.each(LETTERS)("the .VnTimeH font shows %s as a capital", (letter) => {
    expect(decodeTcvn3(toTcvn3H(letter), { capitals: true })).toBe(letter.toUpperCase());
    expect(decodeTcvn3(toTcvn3H("cộng hòa xã hội"), { capitals: true })).toBe("CỘNG HÒA XÃ HỘI");
  });

  test("capitals the normal font cannot show come back where Vietnamese writes one", () => {
    // "Ủy" typed in .VnTime is the code of "ủ".
    expect(decodeTcvn3(toTcvn3("Ủy ban nhân dân tỉnh"), { sentenceStart: true })).toBe("Ủy ban nhân dân tỉnh");
    expect(decodeTcvn3(toTcvn3("của Ủy ban nhân dân"))).toBe("của Ủy ban nhân dân");
    expect(decodeTcvn3(toTcvn3("đã xong. Ủy quyền cho"))).toBe("đã xong. Ủy quyền cho");
    // Elsewhere the small letter stays: the code says nothing more.
    expect(decodeTcvn3(toTcvn3("ủy quyền, ủy viên"))).toBe("ủy quyền, ủy viên");
    expect(decodeTcvn3(toTcvn3("ủy quyền"), { sentenceStart: true })).toBe("Ủy quyền");
  });

  test("property: a seed in TCVN3 decodes back, up to the capitals TCVN3 cannot hold", () => {
    const words = seedText("003").split(/\s+/).filter((w) => w !== "");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }), (picked) => {
        const text = picked.join(" ");
        expect(decodeTcvn3(toTcvn3(text)).toLowerCase()).toBe(text.normalize("NFC").toLowerCase());
      }),
      { numRuns: 200 },
    );
  });
});

describe("decodeVni", () => {
  test("well-known spellings", () => {
    expect(decodeVni("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")).toBe("Cộng hòa xã hội chủ nghĩa Việt Nam");
    expect(decodeVni("Tröôøng Ñaûng")).toBe("Trường Đảng");
    expect(decodeVni("COÄNG HOØA XAÕ HOÄI")).toBe("CỘNG HÒA XÃ HỘI");
  });

  test.each(LETTERS)("letter %s in both cases", (letter) => {
    expect(decodeVni(`x${toVni(letter)}`)).toBe(`x${letter}`);
    expect(decodeVni(`X${toVni(letter.toUpperCase())}`)).toBe(`X${letter.toUpperCase()}`);
  });

  test("property: any seed text in VNI decodes back exactly", () => {
    const words = [...seedText("000").split(/\s+/), ...seedText("003").split(/\s+/)].filter((w) => w !== "");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }), (picked) => {
        const text = picked.join(" ").normalize("NFC");
        expect(decodeVni(toVni(text))).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  test("decoded text is NFC and no longer looks legacy", () => {
    const seed = seedText("000").normalize("NFC");
    const decoded = decodeVni(toVni(seed));
    expect(decoded).toBe(decoded.normalize("NFC"));
    expect(detectLegacyEncoding(decoded)).toBeUndefined();
    expect(detectLegacyEncoding(decodeTcvn3(toTcvn3(seed)))).toBeUndefined();
  });
});

describe("fonts", () => {
  test.each([
    [".VnTime", "Times New Roman", "tcvn3", false],
    [".VnTimeH", "Times New Roman", "tcvn3", true],
    [".VnArial", "Arial", "tcvn3", false],
    [".VnArialH", "Arial", "tcvn3", true],
    [".VnArial NarrowH", "Arial Narrow", "tcvn3", true],
    [".VnCourier New", "Courier New", "tcvn3", false],
    ["VNI-Times", "Times New Roman", "vni", false],
    ["VNI-Helve", "Arial", "vni", false],
    ["VNI-Helve-Condense", "Arial Narrow", "vni", false],
  ] as const)("%s → %s", (name, unicode, encoding, capitals) => {
    expect(legacyFont(name)).toEqual({ encoding, capitals, unicode });
    expect(unicodeFontFor(name)).toBe(unicode);
  });

  test.each(["Times New Roman", "Arial", "VnTime", "Calibri"])("%s is not a legacy font", (name) => {
    expect(legacyFont(name)).toBeUndefined();
    expect(unicodeFontFor(name)).toBe(name);
  });
});

describe("convertRuns", () => {
  test("each run by its font; the document's encoding when the font is unknown", () => {
    const runs = [
      { text: toTcvn3("Cộng hòa"), font: ".VnTime" },
      { text: toTcvn3H("việt nam"), font: ".VnTimeH" },
      { text: "Đã là Unicode", font: "Arial" },
      { text: toTcvn3("xã hội") },
    ];
    expect(convertRuns(runs, "tcvn3")).toEqual([
      { text: "Cộng hòa", font: "Times New Roman" },
      { text: "VIỆT NAM", font: "Times New Roman" },
      { text: "Đã là Unicode", font: "Arial" },
      { text: "xã hội" },
    ]);
    expect(convertRuns([{ text: toTcvn3("xã hội") }])).toEqual([{ text: toTcvn3("xã hội") }]);
  });
});
