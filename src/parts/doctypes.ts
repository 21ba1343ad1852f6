/**
 * The document types the parts builder can lay out. Keys are stable: the command line
 * (`--type`) and saved settings use them. Names, titles and which header elements a type has
 * come from the engine's genre table (`engine/understand/genres`), the one the checks use;
 * abbreviations from its Phụ lục III table (`engine/understand/doctypes`), per system.
 */
import { InputError } from "../engine/errors";
import { abbreviationFor } from "../engine/understand/doctypes";
import type { RequestProfile } from "../engine/types";
import { genreByKey } from "../engine/understand/genres";
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

/**
 * A type from the genre table: a named type prints its title with the subject under the
 * header; a công văn, with no title in its header elements, has the "V/v" line instead.
 */
function fromGenre(key: string, nhuTren: boolean): DraftType {
  const genre = genreByKey(key);
  if (!genre) throw new Error(`The genre table has no "${key}".`);
  const named = genre.header.includes("title");
  return { key, name: genre.name, title: genre.titles[0] ?? genre.name.toUpperCase(), named, nhuTren };
}

const TYPES: readonly DraftType[] = [
  fromGenre("cong-van", true),
  fromGenre("bao-cao", true),
  fromGenre("to-trinh", true),
  fromGenre("ke-hoach", false),
  fromGenre("quyet-dinh", false),
  fromGenre("thong-bao", false),
  fromGenre("chi-thi", false),
  fromGenre("huong-dan", false),
  fromGenre("chuong-trinh", false),
  fromGenre("nghi-quyet", false),
  fromGenre("quy-che", false),
  fromGenre("quy-dinh", false),
  fromGenre("de-an", false),
  fromGenre("phuong-an", false),
  fromGenre("bien-ban", false),
  fromGenre("thong-cao", false),
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
