/**
 * The document types the parts builder can lay out. Keys are stable: the command line
 * (`--type`) and saved settings use them. Abbreviations come from the engine's Phụ lục III
 * table (`engine/understand/doctypes`), per system.
 */
import { InputError } from "../engine/errors";
import { abbreviationFor } from "../engine/understand/doctypes";
import type { RequestProfile } from "../engine/types";
import type { DocumentSystem } from "./profile";

export interface DraftType {
  key: string;
  /** As written in running text: "Báo cáo". */
  name: string;
  /** As printed above the subject: "BÁO CÁO". */
  title: string;
  /**
   * True when the type name is printed centred with its subject under the header
   * (báo cáo, tờ trình…); false for công văn, whose subject is a "V/v …" line under the number.
   */
  named: boolean;
  /** Nơi nhận starts with "- Như trên;" (the document has a Kính gửi). */
  nhuTren: boolean;
}

const TYPES: readonly DraftType[] = [
  { key: "cong-van", name: "Công văn", title: "CÔNG VĂN", named: false, nhuTren: true },
  { key: "bao-cao", name: "Báo cáo", title: "BÁO CÁO", named: true, nhuTren: true },
  { key: "to-trinh", name: "Tờ trình", title: "TỜ TRÌNH", named: true, nhuTren: true },
  { key: "ke-hoach", name: "Kế hoạch", title: "KẾ HOẠCH", named: true, nhuTren: false },
  { key: "quyet-dinh", name: "Quyết định", title: "QUYẾT ĐỊNH", named: true, nhuTren: false },
  { key: "thong-bao", name: "Thông báo", title: "THÔNG BÁO", named: true, nhuTren: false },
  { key: "chi-thi", name: "Chỉ thị", title: "CHỈ THỊ", named: true, nhuTren: false },
  { key: "huong-dan", name: "Hướng dẫn", title: "HƯỚNG DẪN", named: true, nhuTren: false },
  { key: "chuong-trinh", name: "Chương trình", title: "CHƯƠNG TRÌNH", named: true, nhuTren: false },
  { key: "nghi-quyet", name: "Nghị quyết", title: "NGHỊ QUYẾT", named: true, nhuTren: false },
  { key: "quy-che", name: "Quy chế", title: "QUY CHẾ", named: true, nhuTren: false },
  { key: "quy-dinh", name: "Quy định", title: "QUY ĐỊNH", named: true, nhuTren: false },
  { key: "de-an", name: "Đề án", title: "ĐỀ ÁN", named: true, nhuTren: false },
  { key: "phuong-an", name: "Phương án", title: "PHƯƠNG ÁN", named: true, nhuTren: false },
  { key: "bien-ban", name: "Biên bản", title: "BIÊN BẢN", named: true, nhuTren: false },
  { key: "thong-cao", name: "Thông cáo", title: "THÔNG CÁO", named: true, nhuTren: false },
];

const BY_KEY = new Map(TYPES.map((type) => [type.key, type]));

/** Every type key, in the order a picker should offer them. */
export const DOCUMENT_TYPE_KEYS: readonly string[] = TYPES.map((type) => type.key);

export const DRAFT_TYPES: readonly DraftType[] = TYPES;

export function findDraftType(key: string): DraftType | undefined {
  return BY_KEY.get(key.trim().toLowerCase());
}

/** The type for `key`, or an InputError listing the keys the clerk can use. */
export function requireDraftType(key: string): DraftType {
  const type = findDraftType(key);
  if (type) return type;
  const keys = DOCUMENT_TYPE_KEYS.join(", ");
  throw new InputError(
    "unsupported-type",
    `Loại văn bản "${key}" chưa được hỗ trợ. Chọn một trong các loại: ${keys}.`,
    `Document type "${key}" is not supported. Use one of: ${keys}.`,
  );
}

/**
 * The abbreviation in the ký hiệu: "BC", "TTr", "QyĐ" (state) — Party "QĐ" for a quy định
 * and "CV" for a công văn; null for a state công văn, which carries the unit instead.
 */
export function typeAbbreviation(type: DraftType, system: DocumentSystem): string | null {
  return abbreviationFor(type.name, system);
}

/**
 * The subject given, or the request's: for a named type its own name is dropped from the
 * front ("báo cáo thực trạng…" under BÁO CÁO reads "Thực trạng…").
 */
export function draftSubject(options: { subject?: string | null; request?: RequestProfile | null }, type: DraftType): string {
  const given = options.subject?.trim();
  if (given) return given;
  let subject = options.request?.subject?.trim() ?? "";
  if (!type.named) return subject;
  subject = subject.replace(/^(?:v\/v|về việc)\s*/iu, "");
  const name = type.name.toLocaleLowerCase("vi");
  if (subject.toLocaleLowerCase("vi").startsWith(name + " ")) subject = subject.slice(name.length + 1).trim();
  return subject.charAt(0).toLocaleUpperCase("vi") + subject.slice(1);
}
