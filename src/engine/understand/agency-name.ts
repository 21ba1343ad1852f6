/**
 * Agency names as the header writes them (upper case) and as running text names them:
 * "SỞ NGOẠI VỤ TỈNH KIÊN GIANG" → "Sở Ngoại vụ tỉnh Kiên Giang".
 */
import { foldVietnamese } from "./doctypes";

function lettersOf(text: string): string {
  return text.replace(/[^\p{L}]/gu, "");
}

/** All letters upper case (at least two of them). */
export function isUpperCaseLine(text: string): boolean {
  const letters = lettersOf(text);
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Upper case with tone marks placed one way, for comparing header lines. */
export function upperFolded(text: string): string {
  return foldVietnamese(text).toUpperCase();
}

/** How an agency name starts, in its usual form. */
const NAME_HEADS: readonly [string, string][] = [
  ["ỦY BAN NHÂN DÂN", "Ủy ban nhân dân"],
  ["HỘI ĐỒNG NHÂN DÂN", "Hội đồng nhân dân"],
  ["BAN CÁN SỰ ĐẢNG", "Ban cán sự đảng"],
  ["BAN CHỈ ĐẠO", "Ban Chỉ đạo"],
  ["VĂN PHÒNG", "Văn phòng"],
  ["TỔNG CỤC", "Tổng cục"],
  ["CHI CỤC", "Chi cục"],
  ["THANH TRA", "Thanh tra"],
  ["TRUNG TÂM", "Trung tâm"],
  ["BỘ", "Bộ"],
  ["SỞ", "Sở"],
  ["BAN", "Ban"],
  ["CỤC", "Cục"],
  ["VỤ", "Vụ"],
  ["PHÒNG", "Phòng"],
];

/** Proper names kept in their usual form wherever they occur in an agency name. */
const NAME_PROPER: readonly [string, string][] = [
  // Ministries' and departments' fields, as their founding decrees write them.
  ["CÔNG THƯƠNG", "Công Thương"],
  ["NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Nông nghiệp và Môi trường"],
  ["NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "Nông nghiệp và Phát triển nông thôn"],
  ["TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Tài nguyên và Môi trường"],
  ["KẾ HOẠCH VÀ ĐẦU TƯ", "Kế hoạch và Đầu tư"],
  ["KHOA HỌC VÀ CÔNG NGHỆ", "Khoa học và Công nghệ"],
  ["GIÁO DỤC VÀ ĐÀO TẠO", "Giáo dục và Đào tạo"],
  ["THÔNG TIN VÀ TRUYỀN THÔNG", "Thông tin và Truyền thông"],
  ["VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Văn hóa, Thể thao và Du lịch"],
  ["LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Lao động - Thương binh và Xã hội"],
  ["DÂN TỘC VÀ TÔN GIÁO", "Dân tộc và Tôn giáo"],
  ["CHÍNH PHỦ", "Chính phủ"],
  ["QUỐC HỘI", "Quốc hội"],
  ["TRUNG ƯƠNG", "Trung ương"],
  ["TỈNH ỦY", "Tỉnh ủy"],
  ["THÀNH ỦY", "Thành ủy"],
  ["HUYỆN ỦY", "Huyện ủy"],
  ["QUẬN ỦY", "Quận ủy"],
  ["ĐẢNG ỦY", "Đảng ủy"],
  ["ĐẢNG BỘ", "Đảng bộ"],
  ["UBND", "UBND"],
  ["HĐND", "HĐND"],
];

/** Place words after which every syllable of the name is capitalised ("tỉnh Kiên Giang"). */
const PLACE_WORDS = ["THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "TỈNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG"];

function capitalize(word: string): string {
  const lower = word.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * An upper-case agency name in the usual mixed case: "BỘ NỘI VỤ" → "Bộ Nội vụ",
 * "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG" → "Ủy ban nhân dân tỉnh Kiên Giang".
 */
export function agencyDisplayName(upper: string): string {
  if (!isUpperCaseLine(upper)) return upper.replace(/\s+/g, " ").trim();
  const words = upper.replace(/\s+/g, " ").trim().split(" ");
  const out: string[] = [];
  let mode: "start" | "name" | "place" | "free" = "start";
  let i = 0;
  while (i < words.length) {
    const rest = upperFolded(words.slice(i).join(" "));
    const at = (u: string): boolean => rest === upperFolded(u) || rest.startsWith(`${upperFolded(u)} `);
    const phrase = (mode === "start" ? NAME_HEADS.find(([u]) => at(u)) : undefined) ?? NAME_PROPER.find(([u]) => at(u));
    const place = PLACE_WORDS.find((u) => at(u));
    if (place && mode !== "start" && !(phrase && phrase[0].length > place.length)) {
      out.push(place.toLowerCase());
      i += place.split(" ").length;
      mode = "place";
      continue;
    }
    if (phrase && mode !== "place") {
      out.push(phrase[1]);
      i += phrase[0].split(" ").length;
      mode = "name";
      continue;
    }
    const word = words[i];
    if (/\d/.test(word)) {
      out.push(word);
    } else if (mode === "place") {
      out.push(capitalize(word));
    } else if (mode === "name" || mode === "start") {
      out.push(capitalize(word));
      mode = "free";
    } else {
      out.push(word.toLowerCase());
    }
    i++;
  }
  return out.join(" ");
}

const PLACE_IN_NAME = /\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s\S/u;

/**
 * The issuer as running text names it, keeping what its parent line adds: "SỞ CÔNG THƯƠNG"
 * under "UBND TỈNH LÀO CAI" is "Sở Công Thương tỉnh Lào Cai"; "VĂN PHÒNG" under it is
 * "Văn phòng UBND tỉnh Lào Cai". A name that carries its own place, or a parent without one
 * (a ministry), is kept as it is.
 */
export function issuerName(agency: string, parent: string | null): string {
  const name = agencyDisplayName(agency);
  if (!parent || PLACE_IN_NAME.test(` ${name}`)) return name;
  const parentName = agencyDisplayName(parent);
  const place = PLACE_IN_NAME.exec(` ${parentName}`);
  if (!place) return name;
  if (/^Văn phòng$/u.test(name)) return `${name} ${parentName}`;
  return `${name} ${` ${parentName}`.slice(place.index + 1)}`;
}
