/**
 * Encoders for the conversion tests, written from the published charts independently of the
 * engine's decode tables: each Vietnamese letter becomes the characters its TCVN3 or VNI
 * code(s) show as in a .docx.
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

/** TCVN3 for the normal fonts: a capital with a tone has no code and gets the small one. */
export function toTcvn3(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) out += TCVN3_LETTERS[ch] ?? TCVN3_LETTERS[ch.toLowerCase()] ?? ch;
  return out;
}

/** TCVN3 for an ".…H" font: every letter written with its small code. */
export function toTcvn3H(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const lower = ch.toLowerCase();
    out += TCVN3_LETTERS[lower] ?? lower;
  }
  return out;
}

const TONE_MARKS = ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];
const VNI_TONE: Record<string, string> = { "\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï" };
const VNI_CIRCUMFLEX: Record<string, string> = { "": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä" };
const VNI_BREVE: Record<string, string> = { "": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë" };
const VNI_I: Record<string, string> = { "\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò" };

export function toVni(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const upper = ch !== ch.toLowerCase();
    const parts = ch.toLowerCase().normalize("NFD");
    const base = parts[0];
    const marks = parts.slice(1);
    const tone = [...marks].find((m) => TONE_MARKS.includes(m)) ?? "";
    let encoded: string;
    if (ch.toLowerCase() === "đ") encoded = "ñ";
    else if (marks.includes("\u0302")) encoded = base + VNI_CIRCUMFLEX[tone];
    else if (marks.includes("\u0306")) encoded = base + VNI_BREVE[tone];
    else if (marks.includes("\u031b")) encoded = (base === "o" ? "ô" : "ö") + (tone ? VNI_TONE[tone] : "");
    else if (base === "i" && tone) encoded = VNI_I[tone];
    else if (marks === "") encoded = ch.toLowerCase();
    else encoded = base + (tone ? VNI_TONE[tone] : "");
    out += upper ? encoded.toUpperCase() : encoded;
  }
  return out;
}

/** Every Vietnamese vowel with each tone, and đ: 12 × 6 + 1 small letters. */
export function allVietnameseLetters(): string[] {
  const letters = ["đ"];
  for (const vowel of ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]) {
    letters.push(vowel);
    for (const tone of TONE_MARKS) letters.push((vowel + tone).normalize("NFC"));
  }
  return letters;
}
