/**
 * Genres and the header and closing elements each one carries. One table for the checks
 * (header-missing, closing-missing) and for the parts builder (src/parts builds headers from
 * it), each entry with the clause it rests on: NĐ 30/2020 Phụ lục I (thể thức) and Phụ lục III
 * (mẫu trình bày) for state bodies, HD 36-HD/VPTW for Party bodies.
 */
import { foldVietnamese, parseSymbol, typeForAbbreviation } from "./doctypes";

/** A header element a genre needs. */
export type HeaderElement = "agency" | "nationalTitle" | "number" | "placeDate" | "title" | "subject";
/** A closing element a genre needs. */
export type ClosingElement = "recipients" | "signature";

export interface Genre {
  /** Stable key, shared with `vanban new --type`. */
  key: string;
  /** As written in running text: "Báo cáo". */
  name: string;
  /**
   * Title lines that open the genre (upper case, the start of the line): "BIÊN BẢN".
   * `closing` lists only what an authority signs (NĐ 30 Phụ lục I mục II khoản 7–9): where
   * people sign by name (members of a biên bản, a citizen, a Party member) nothing is listed.
   */
  titles: readonly string[];
  header: readonly HeaderElement[];
  closing: readonly ClosingElement[];
  /** The clause that sets these elements. */
  source: string;
}

const FULL_HEADER: readonly HeaderElement[] = ["agency", "nationalTitle", "number", "placeDate", "title", "subject"];
const FULL_CLOSING: readonly ClosingElement[] = ["recipients", "signature"];
const NAMED = "NĐ 30/2020, Phụ lục I mục II và Phụ lục III mẫu 1.1–1.3; HD 36-HD/VPTW mục II";

function named(key: string, name: string, title: string): Genre {
  return { key, name, titles: [title], header: FULL_HEADER, closing: FULL_CLOSING, source: NAMED };
}

/** Every genre the engine tells apart. Longer titles first where one starts another. */
export const GENRES: readonly Genre[] = [
  {
    key: "cong-van",
    name: "Công văn",
    titles: [],
    header: ["agency", "nationalTitle", "number", "placeDate", "subject"],
    closing: FULL_CLOSING,
    source: "NĐ 30/2020, Phụ lục I mục II khoản 6 (trích yếu \"V/v\") và Phụ lục III mẫu 1.4",
  },
  named("bao-cao", "Báo cáo", "BÁO CÁO"),
  named("to-trinh", "Tờ trình", "TỜ TRÌNH"),
  named("ke-hoach", "Kế hoạch", "KẾ HOẠCH"),
  named("quyet-dinh", "Quyết định", "QUYẾT ĐỊNH"),
  named("thong-bao", "Thông báo", "THÔNG BÁO"),
  named("chi-thi", "Chỉ thị", "CHỈ THỊ"),
  named("huong-dan", "Hướng dẫn", "HƯỚNG DẪN"),
  named("chuong-trinh", "Chương trình", "CHƯƠNG TRÌNH"),
  named("nghi-quyet", "Nghị quyết", "NGHỊ QUYẾT"),
  named("nghi-dinh", "Nghị định", "NGHỊ ĐỊNH"),
  named("quy-che", "Quy chế", "QUY CHẾ"),
  named("quy-dinh", "Quy định", "QUY ĐỊNH"),
  named("de-an", "Đề án", "ĐỀ ÁN"),
  named("phuong-an", "Phương án", "PHƯƠNG ÁN"),
  named("thong-cao", "Thông cáo", "THÔNG CÁO"),
  named("ket-luan", "Kết luận", "KẾT LUẬN"),
  {
    key: "giay-moi",
    name: "Giấy mời",
    titles: ["GIẤY MỜI"],
    header: ["agency", "nationalTitle", "number", "placeDate", "title"],
    closing: FULL_CLOSING,
    source: "NĐ 30/2020, Phụ lục III mẫu 1.5 (giấy mời)",
  },
  {
    key: "giay-gioi-thieu",
    name: "Giấy giới thiệu",
    titles: ["GIẤY GIỚI THIỆU"],
    header: ["agency", "nationalTitle", "number", "placeDate", "title"],
    closing: ["signature"],
    source: "NĐ 30/2020, Phụ lục III mẫu 1.6 (giấy giới thiệu)",
  },
  {
    // The date is in the opening sentence ("Hôm nay, ngày …"); no number is required.
    key: "bien-ban",
    name: "Biên bản",
    titles: ["BIÊN BẢN"],
    header: ["nationalTitle", "title"],
    closing: [],
    source: "NĐ 30/2020, Phụ lục III mẫu 1.7 (biên bản: thời gian, địa điểm ghi ở phần mở đầu)",
  },
  {
    // An internal form between a unit and its head: no Quốc hiệu, no number.
    key: "phieu-trinh",
    name: "Phiếu trình",
    titles: ["PHIẾU TRÌNH"],
    header: ["agency", "title"],
    closing: [],
    source: "Quy chế làm việc của cơ quan (phiếu trình giải quyết công việc, mẫu nội bộ); không thuộc Phụ lục III NĐ 30/2020",
  },
  {
    key: "giay-chung-nhan",
    name: "Giấy chứng nhận",
    titles: ["GIẤY CHỨNG NHẬN"],
    header: ["nationalTitle", "title"],
    closing: ["signature"],
    source: "Mẫu của văn bản chuyên ngành cấp giấy (số cấp ghi ở cuối); NĐ 30/2020, Phụ lục I chỉ áp dụng phần Quốc hiệu",
  },
  {
    key: "giay-phep",
    name: "Giấy phép",
    titles: ["GIẤY PHÉP"],
    header: ["agency", "nationalTitle", "number", "placeDate", "title"],
    closing: ["signature"],
    source: "NĐ 30/2020, Phụ lục III mẫu 1.2 (văn bản có tên loại) và mẫu chuyên ngành của giấy phép",
  },
  {
    key: "phu-luc",
    name: "Phụ lục",
    titles: ["PHỤ LỤC"],
    header: ["title"],
    closing: [],
    source: "NĐ 30/2020, Phụ lục I mục IV (phụ lục kèm theo văn bản: không có phần đầu riêng)",
  },
  {
    key: "dang-ca-nhan",
    name: "Văn bản cá nhân trong Đảng",
    titles: ["BẢN NHẬN XÉT", "BẢN TỰ KIỂM ĐIỂM", "BẢN KIỂM ĐIỂM", "TỔNG HỢP Ý KIẾN", "ĐƠN XIN VÀO ĐẢNG", "LÝ LỊCH"],
    header: ["title"],
    closing: [],
    source: "HD 36-HD/VPTW; mẫu biểu công tác đảng viên (HD 12-HD/BTCTW): văn bản của cá nhân, không có số và ký hiệu",
  },
  {
    key: "don",
    name: "Đơn",
    titles: ["ĐƠN"],
    header: ["nationalTitle", "title"],
    closing: [],
    source: "Văn bản của công dân: Quốc hiệu, tên đơn, người gửi ký; NĐ 30/2020 không áp dụng",
  },
  {
    key: "so",
    name: "Sổ",
    titles: ["SỔ"],
    header: ["title"],
    closing: [],
    source: "Sổ, biểu mẫu theo dõi: trang bìa, không có số, ngày ban hành hay nơi nhận",
  },
];

/** What every genre has (an unknown genre is held only to this): its title, nothing more. */
export const COMMON_HEADER: readonly HeaderElement[] = [];
export const COMMON_CLOSING: readonly ClosingElement[] = [];

const BY_KEY = new Map(GENRES.map((g) => [g.key, g]));

export function genreByKey(key: string): Genre | undefined {
  return BY_KEY.get(key);
}

export function genreByName(name: string): Genre | undefined {
  const folded = foldVietnamese(name);
  return GENRES.find((g) => foldVietnamese(g.name) === folded);
}

/** Title lines by length, longest first, so "BẢN TỰ KIỂM ĐIỂM" is tried before "BẢN …". */
const TITLES: readonly { title: string; genre: Genre }[] = GENRES.flatMap((genre) => genre.titles.map((title) => ({ title: foldVietnamese(title), genre }))).sort(
  (a, b) => b.title.length - a.title.length,
);

/** The genre a title line opens ("BIÊN BẢN THẨM ĐỊNH" → biên bản); null when none does. */
export function genreOfTitle(line: string): Genre | null {
  const folded = foldVietnamese(line.replace(/[^\p{L}\s]/gu, " "));
  for (const { title, genre } of TITLES) {
    if (folded === title || folded.startsWith(`${title} `)) return genre;
  }
  return null;
}

/** The genre the type segment of a number names ("05/BC-SCT" → báo cáo). */
export function genreOfSymbol(symbol: string): Genre | null {
  const parts = parseSymbol(symbol);
  if (!parts?.typeSegment) return null;
  const type = typeForAbbreviation(parts.typeSegment, parts.form);
  return type ? (genreByName(type) ?? null) : null;
}

/** What the genre is read from: the header's parts, by their text. */
export interface GenreClues {
  /** The genre the title line opens, when there is one. */
  titleGenre: Genre | null;
  /** A "V/v …" subject under the number. */
  hasSubject: boolean;
  number: string | null;
  agency: string | null;
  hasNationalTitle: boolean;
  /** A "Kính gửi" line: the document is a letter to someone. */
  hasSalutation: boolean;
}

/** A company or other issuer outside the state and Party systems, whose documents NĐ 30 only recommends. */
const COMPANY = /^(?:TỔNG\s+)?CÔNG\s+TY\b|^TẬP\s+ĐOÀN\b|^DOANH\s+NGHIỆP\b/u;

export const COMPANY_GENRE: Genre = {
  key: "cong-ty",
  name: "Văn bản của doanh nghiệp",
  titles: [],
  header: [],
  closing: [],
  source: "NĐ 30/2020, Điều 1 khoản 2: doanh nghiệp ngoài nhà nước chỉ được khuyến khích áp dụng",
};

/**
 * The genre of a document: its title line, else a "V/v" subject (công văn), else the type in
 * its number's symbol, else a letter with "Kính gửi" (công văn). A company's own documents
 * (issued by a company, or numbered outside the state's type table with no agency above)
 * get the company genre. Null when nothing tells.
 */
export function documentGenre(clues: GenreClues): Genre | null {
  const agency = clues.agency ? foldVietnamese(clues.agency).toUpperCase() : "";
  if (COMPANY.test(agency)) return COMPANY_GENRE;
  const parts = clues.number ? parseSymbol(clues.number) : null;
  const ownNumbering = parts?.typeSegment && !typeForAbbreviation(parts.typeSegment, parts.form);
  if (!clues.agency && !clues.hasNationalTitle && ownNumbering) return COMPANY_GENRE;
  if (clues.titleGenre) return clues.titleGenre;
  if (clues.hasSubject) return genreByKey("cong-van") ?? null;
  const bySymbol = clues.number ? genreOfSymbol(clues.number) : null;
  if (bySymbol) return bySymbol;
  // "Số: 919/UBND-NC": a symbol without a type abbreviation is a công văn's.
  if (parts) return genreByKey("cong-van") ?? null;
  if (clues.hasSalutation) return genreByKey("cong-van") ?? null;
  return null;
}
