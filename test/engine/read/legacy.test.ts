import fc from "fast-check";
import { detectLegacyEncoding, legacyEncodingNotice } from "../../../src/engine/read/legacy";
import { seedNames, seedText } from "./seed-files";

/*
 * Encoders for the tests, written from the published code charts: each Vietnamese letter
 * becomes the Latin-1 characters its TCVN3 or VNI byte(s) show as when read as Unicode.
 */
const TCVN3_LETTERS: Record<string, string> = {
  ă: "¨", â: "©", ê: "ª", ô: "«", ơ: "¬", ư: "\u00ad", đ: "®",
  à: "µ", ả: "¶", ã: "·", á: "¸", ạ: "¹",
  ằ: "»", ẳ: "¼", ẵ: "½", ắ: "¾", ặ: "Æ",
  ầ: "Ç", ẩ: "È", ẫ: "É", ấ: "Ê", ậ: "Ë",
  è: "Ì", ẻ: "Î", ẽ: "Ï", é: "Ð", ẹ: "Ñ",
  ề: "Ò", ể: "Ó", ễ: "Ô", ế: "Õ", ệ: "Ö",
  ì: "×", ỉ: "Ø", ĩ: "Ü", í: "Ý", ị: "Þ",
  ò: "ß", ỏ: "á", õ: "â", ó: "ã", ọ: "ä",
  ồ: "å", ổ: "æ", ỗ: "ç", ố: "è", ộ: "é",
  ờ: "ê", ở: "ë", ỡ: "ì", ớ: "í", ợ: "î",
  ù: "ï", ủ: "ñ", ũ: "ò", ú: "ó", ụ: "ô",
  ừ: "õ", ử: "ö", ữ: "÷", ứ: "ø", ự: "ù",
  ỳ: "ú", ỷ: "û", ỹ: "ü", ý: "ý", ỵ: "þ",
  Ă: "¡", Â: "¢", Ê: "£", Ô: "¤", Ơ: "¥", Ư: "¦", Đ: "§",
};

function toTcvn3(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    // Capitals with a tone have no code in the normal font: the H font shows the small codes as capitals.
    out += TCVN3_LETTERS[ch] ?? TCVN3_LETTERS[ch.toLowerCase()] ?? ch;
  }
  return out;
}

const VNI_TONE: Record<string, string> = { "\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï" };
const VNI_CIRCUMFLEX_TONE: Record<string, string> = { "": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä" };
const VNI_BREVE_TONE: Record<string, string> = { "": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë" };
const VNI_I: Record<string, string> = { "\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò" };

function toVni(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const upper = ch !== ch.toLowerCase();
    const parts = ch.toLowerCase().normalize("NFD");
    const base = parts[0];
    const marks = parts.slice(1);
    const tone = [...marks].find((m) => m in VNI_TONE) ?? "";
    let encoded: string;
    if (base === "đ") encoded = "ñ";
    else if (marks.includes("\u0302")) encoded = base + VNI_CIRCUMFLEX_TONE[tone];
    else if (marks.includes("\u0306")) encoded = base + VNI_BREVE_TONE[tone];
    else if (marks.includes("\u031b")) encoded = (base === "o" ? "ô" : "ö") + (tone ? VNI_TONE[tone] : "");
    else if (base === "i" && tone) encoded = VNI_I[tone];
    else encoded = base + (tone ? VNI_TONE[tone] : "") + marks.replace(/[\u0300-\u036f]/g, "");
    out += upper ? encoded.toUpperCase() : encoded;
  }
  return out;
}

const SENTENCES = [
  "Cộng hòa xã hội chủ nghĩa Việt Nam",
  "Độc lập - Tự do - Hạnh phúc",
  "Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành báo cáo kết quả thực hiện trước ngày 08 tháng 9 năm 2023.",
  "Nơi nhận: Như trên; Lưu văn thư.",
  "Trường Đại học đã tổ chức hội nghị tổng kết công tác năm học và triển khai nhiệm vụ năm học mới.",
];

describe("the test encoders", () => {
  test("match well-known legacy spellings", () => {
    expect(toTcvn3("Cộng hoà xã hội chủ nghĩa Việt Nam")).toBe("Céng hoµ x· héi chñ nghÜa ViÖt Nam");
    expect(toVni("Cộng hòa xã hội chủ nghĩa Việt Nam")).toBe("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam");
    expect(toVni("Trường Đảng")).toBe("Tröôøng Ñaûng");
  });
});

describe("detectLegacyEncoding", () => {
  test.each(SENTENCES)("TCVN3 text: %s", (sentence) => {
    expect(detectLegacyEncoding(toTcvn3(sentence))).toBe("tcvn3");
  });

  test.each(SENTENCES)("VNI text: %s", (sentence) => {
    expect(detectLegacyEncoding(toVni(sentence))).toBe("vni");
  });

  test("capitals in TCVN3 (the .VnTimeH font) and VNI", () => {
    expect(detectLegacyEncoding(toTcvn3("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))).toBe("tcvn3");
    // Two words that read as either encoding are not taken for the wrong one.
    expect(detectLegacyEncoding(toTcvn3("tiếp Ủy"))).not.toBe("vni");
    expect(detectLegacyEncoding(toVni("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))).toBe("vni");
  });

  test("the characters decide, not the fonts a style names", () => {
    // A Unicode report whose Normal style still names .VnTime (an old template) is Unicode.
    const seed = seedText("000");
    expect(detectLegacyEncoding(seed, [".VnTime", "Times New Roman"])).toBeUndefined();
    expect(detectLegacyEncoding(seed, ["VNI-Times"])).toBeUndefined();
    // The same fonts over legacy text still say which encoding it is.
    expect(detectLegacyEncoding(toTcvn3(seed), [".VnTime"])).toBe("tcvn3");
    expect(detectLegacyEncoding(toVni(seed), ["VNI-Times"])).toBe("vni");
    // A few legacy words in a font of their own, no Unicode text to outweigh them: the font tells.
    expect(detectLegacyEncoding("12 3", [".VnTimeH"])).toBe("tcvn3");
  });

  test("a whole seed converted to TCVN3 or VNI", () => {
    const seed = seedText("000");
    expect(detectLegacyEncoding(toTcvn3(seed))).toBe("tcvn3");
    expect(detectLegacyEncoding(toVni(seed))).toBe("vni");
  });

  test("a legacy header above a Unicode body is found", () => {
    const body = seedText("002");
    const header = toTcvn3("Ủy ban nhân dân tỉnh Kiên Giang\nCộng hòa xã hội chủ nghĩa Việt Nam\n");
    expect(detectLegacyEncoding(header + body)).toBe("tcvn3");
  });

  test.each(seedNames)("Unicode seed %s is not legacy", (file) => {
    const text = seedText(file.slice(0, 3));
    expect(detectLegacyEncoding(text)).toBeUndefined();
    expect(detectLegacyEncoding(text.normalize("NFD"))).toBeUndefined();
    expect(detectLegacyEncoding(text, ["Times New Roman", "Arial"])).toBeUndefined();
  });

  test("Unicode with old tone placement and superscripts is not legacy", () => {
    const text = "Cộng hoà xã hội, khoá học, hoà giải, loà xoà; Chính phủ¹; toà án hoà hoãn.";
    expect(detectLegacyEncoding(text)).toBeUndefined();
  });

  test.each([
    ["English", "The Ministry asks all provinces to report before 8 September 2023 on the measures taken to stop officials from avoiding responsibility."],
    ["French", "Où est le goût d'août ? «Bonjour», dit l'élève naïf à l'aéroport ; Noël approche, coïncidence ou pas, et Israël réagit. Le maïs coûte cher."],
    ["French quotes", "«Oui» «Non» «Peut-être» «Là-bas» «Déjà»"],
    ["German", "Schöne Mädchen über Brücken; Straße und Grüße."],
    ["Spanish", "El año pasado, el niño leyó el país y aún reúne maíz en España."],
    ["Catalan", "La col·lecció i la il·lusió del paral·lel."],
    ["Vietnamese without accents", "Cong hoa xa hoi chu nghia Viet Nam, Doc lap Tu do Hanh phuc"],
    ["soft hyphens", "docu\u00adment admini\u00adstration re\u00adport"],
  ])("%s text is not legacy", (_label, text) => {
    expect(detectLegacyEncoding(text)).toBeUndefined();
  });

  test("font names decide first", () => {
    expect(detectLegacyEncoding("", [".VnTime"])).toBe("tcvn3");
    expect(detectLegacyEncoding("Hello", ["Times New Roman", ".VnTimeH"])).toBe("tcvn3");
    expect(detectLegacyEncoding("", [".VnArial"])).toBe("tcvn3");
    expect(detectLegacyEncoding("", ["VNI-Times"])).toBe("vni");
    expect(detectLegacyEncoding("", ["VNI-Helve"])).toBe("vni");
    expect(detectLegacyEncoding("", ["Times New Roman", "Arial", "VnTime"])).toBeUndefined();
    expect(detectLegacyEncoding(toVni(SENTENCES[2]), [".VnTime", "VNI-Times"])).toBe("vni");
  });

  test("TCVN3's Ủy, written with the small code the normal font has, is not VNI's đ", () => {
    // "ñy": TCVN3 ủy; VNI would read it "đy", which no Vietnamese word is.
    expect(toTcvn3("Cộng Cộng Ủy quyết")).toBe("Céng Céng ñy quyÕt");
    expect(detectLegacyEncoding(toTcvn3("Cộng Cộng Ủy quyết"))).not.toBe("vni");
    expect(detectLegacyEncoding(toTcvn3("Ủy của xử chức Lưu: VT, hạn Ủy"))).not.toBe("vni");
    expect(detectLegacyEncoding(toTcvn3("Ủy ban nhân dân tỉnh Ủy quyền cho Sở"))).toBe("tcvn3");
    // VNI's đ before a vowel still counts: "ñi", "ñaõ".
    expect(detectLegacyEncoding(toVni("Đi đã đủ đến đó"))).toBe("vni");
  });

  // From one word up: a sequence too short to tell stays undecided, never the wrong encoding.
  test("property: Unicode word sequences never fire, and one legacy encoding is never taken for the other", () => {
    const words = [...SENTENCES, seedText("003")].join(" ").split(/\s+/).filter((w) => w !== "");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 40 }), (picked) => {
        const sentence = picked.join(" ");
        expect(detectLegacyEncoding(sentence)).toBeUndefined();
        expect(detectLegacyEncoding(toTcvn3(sentence))).not.toBe("vni");
        expect(detectLegacyEncoding(toVni(sentence))).not.toBe("tcvn3");
      }),
      { numRuns: 2000 },
    );
  });

  test("the notice tells the user to convert to Unicode", () => {
    const notice = legacyEncodingNotice("tcvn3");
    expect(notice.code).toBe("legacy-encoding");
    expect(notice.message).toContain("TCVN3");
    expect(notice.message).toContain("Unicode");
    expect(notice.message).toContain("Unikey");
    expect(legacyEncodingNotice("vni").message).toContain("VNI");
  });
});
