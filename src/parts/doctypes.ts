/**
 * The document types the parts builder can lay out, with their names and Phụ lục III
 * abbreviations. Keys are stable: the command line (`--type`) and saved settings use them.
 */
import { InputError } from "../engine/errors";

export interface DocumentType {
  key: string;
  /** As written in running text: "Báo cáo". */
  name: string;
  /** As printed above the subject: "BÁO CÁO". */
  title: string;
  /** Phụ lục III abbreviation ("BC", "TTr", "QyĐ"); null for công văn, which has none. */
  abbreviation: string | null;
  /**
   * True when the type name is printed centred with its subject under the header
   * (báo cáo, tờ trình…); false for công văn, whose subject is a "V/v …" line under the number.
   */
  named: boolean;
  /** Nơi nhận starts with "- Như trên;" (the document has a Kính gửi). */
  nhuTren: boolean;
}

const TYPES: readonly DocumentType[] = [
  { key: "cong-van", name: "Công văn", title: "CÔNG VĂN", abbreviation: null, named: false, nhuTren: true },
  { key: "bao-cao", name: "Báo cáo", title: "BÁO CÁO", abbreviation: "BC", named: true, nhuTren: true },
  { key: "to-trinh", name: "Tờ trình", title: "TỜ TRÌNH", abbreviation: "TTr", named: true, nhuTren: true },
  { key: "ke-hoach", name: "Kế hoạch", title: "KẾ HOẠCH", abbreviation: "KH", named: true, nhuTren: false },
  { key: "quyet-dinh", name: "Quyết định", title: "QUYẾT ĐỊNH", abbreviation: "QĐ", named: true, nhuTren: false },
  { key: "thong-bao", name: "Thông báo", title: "THÔNG BÁO", abbreviation: "TB", named: true, nhuTren: false },
  { key: "chi-thi", name: "Chỉ thị", title: "CHỈ THỊ", abbreviation: "CT", named: true, nhuTren: false },
  { key: "huong-dan", name: "Hướng dẫn", title: "HƯỚNG DẪN", abbreviation: "HD", named: true, nhuTren: false },
  { key: "chuong-trinh", name: "Chương trình", title: "CHƯƠNG TRÌNH", abbreviation: "CTr", named: true, nhuTren: false },
  { key: "nghi-quyet", name: "Nghị quyết", title: "NGHỊ QUYẾT", abbreviation: "NQ", named: true, nhuTren: false },
  { key: "quy-che", name: "Quy chế", title: "QUY CHẾ", abbreviation: "QC", named: true, nhuTren: false },
  { key: "quy-dinh", name: "Quy định", title: "QUY ĐỊNH", abbreviation: "QyĐ", named: true, nhuTren: false },
  { key: "de-an", name: "Đề án", title: "ĐỀ ÁN", abbreviation: "ĐA", named: true, nhuTren: false },
  { key: "phuong-an", name: "Phương án", title: "PHƯƠNG ÁN", abbreviation: "PA", named: true, nhuTren: false },
  { key: "bien-ban", name: "Biên bản", title: "BIÊN BẢN", abbreviation: "BB", named: true, nhuTren: false },
  { key: "thong-cao", name: "Thông cáo", title: "THÔNG CÁO", abbreviation: "TC", named: true, nhuTren: false },
];

const BY_KEY = new Map(TYPES.map((type) => [type.key, type]));

/** Every type key, in the order a picker should offer them. */
export const DOCUMENT_TYPE_KEYS: readonly string[] = TYPES.map((type) => type.key);

export const DOCUMENT_TYPES: readonly DocumentType[] = TYPES;

export function findDocumentType(key: string): DocumentType | undefined {
  return BY_KEY.get(key.trim().toLowerCase());
}

/** The type for `key`, or an InputError listing the keys the clerk can use. */
export function requireDocumentType(key: string): DocumentType {
  const type = findDocumentType(key);
  if (type) return type;
  const keys = DOCUMENT_TYPE_KEYS.join(", ");
  throw new InputError(
    "unsupported-type",
    `Loại văn bản "${key}" chưa được hỗ trợ. Chọn một trong các loại: ${keys}.`,
    `Document type "${key}" is not supported. Use one of: ${keys}.`,
  );
}
