/**
 * The organization profile: who issues the document and who signs it. A clerk fills it once
 * (a JSON file for the command line, settings in the task pane); every inserted part reads it.
 */
import { InputError } from "../engine/errors";

import type { DocumentSystem, SignerAuthority } from "../engine/layout/packs";

export type { DocumentSystem, SignerAuthority } from "../engine/layout/packs";

export interface Signer {
  /** Authority prefix (NĐ 30: TM. KT. Q. TL. TUQ.; HD 36: T/M K/T T/L Q.); "" when the head signs. */
  authority: SignerAuthority;
  /** Whom the signer acts for, upper case in print: "ỦY BAN NHÂN DÂN", "GIÁM ĐỐC"; "" without authority. */
  authorityOf: string;
  /** The signer's own title: "PHÓ GIÁM ĐỐC". */
  title: string;
  name: string;
}

export interface OrgProfile {
  system: DocumentSystem;
  /** Cơ quan chủ quản, e.g. "UBND tỉnh Kiên Giang"; "" when there is none. */
  parentAgency: string;
  /** Cơ quan ban hành, e.g. "Sở Ngoại vụ" (printed upper case in the header). */
  agency: string;
  /**
   * The agency as named in running text when the header form is not enough: a Party office
   * printed "VĂN PHÒNG" under "TỈNH ỦY …" is "Văn phòng Tỉnh ủy" in a sentence. Optional.
   */
  agencyInText?: string;
  /** Abbreviation in numbers: "UBND", "SNgV", "BNCTU". */
  agencyCode: string;
  /** Drafting unit in numbers and in "Lưu: VT, …": "NC", "VP". */
  unitCode: string;
  /** Place in the date line: "Kiên Giang", "Hà Nội". */
  place: string;
  signer: Signer;
  /** Standing entries of Nơi nhận, without "- " and ";": "UBND tỉnh (để b/c)". */
  recipients: string[];
}

export interface ProfileProblem {
  /** Dotted path of the field: "signer.authority", "recipients[2]". */
  field: string;
  message: string;
  messageEn: string;
}

export interface ProfileValidation {
  profile?: OrgProfile;
  problems: ProfileProblem[];
}

const STATE_AUTHORITIES: readonly SignerAuthority[] = ["TM.", "KT.", "Q.", "TL.", "TUQ.", ""];
const PARTY_AUTHORITIES: readonly SignerAuthority[] = ["T/M", "K/T", "T/L", "Q.", ""];
const ALL_AUTHORITIES = new Set<string>([...STATE_AUTHORITIES, ...PARTY_AUTHORITIES]);

/** The same authority written the other system's way. */
const AUTHORITY_COUNTERPART: Record<string, string> = {
  "TM.": "T/M",
  "KT.": "K/T",
  "TL.": "T/L",
  "T/M": "TM.",
  "K/T": "KT.",
  "T/L": "TL.",
};

const TOP_FIELDS = ["system", "parentAgency", "agency", "agencyInText", "agencyCode", "unitCode", "place", "signer", "recipients"];
const SIGNER_FIELDS = ["authority", "authorityOf", "title", "name"];

/** Codes go between "/" and "-" in a number: letters (Vietnamese too) and digits only. */
const CODE_PATTERN = /^[\p{L}\p{N}]+$/u;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Compares authorities ignoring case, spaces and a missing dot: "kt" → "KT.". */
function canonicalAuthority(raw: string): string | undefined {
  const squeezed = raw.replace(/\s+/g, "").toUpperCase();
  for (const known of ALL_AUTHORITIES) {
    if (known !== "" && (squeezed === known || squeezed + "." === known)) return known;
  }
  return undefined;
}

class ProblemList {
  readonly items: ProfileProblem[] = [];
  add(field: string, message: string, messageEn: string): void {
    this.items.push({ field, message, messageEn });
  }
}

function readString(
  record: Record<string, unknown>,
  key: string,
  field: string,
  label: string,
  problems: ProblemList,
  options: { required: boolean },
): string {
  const value = record[key];
  if (value === undefined || value === null) {
    if (options.required) {
      problems.add(field, `Thiếu ${label} (trường "${field}").`, `Missing ${field}.`);
    } else {
      problems.add(
        field,
        `Thiếu trường "${field}" (${label}); ghi "" nếu không có.`,
        `Missing ${field}; write "" when there is none.`,
      );
    }
    return "";
  }
  if (typeof value !== "string") {
    problems.add(field, `${capitalize(label)} phải là chuỗi chữ (trường "${field}").`, `${field} must be a string.`);
    return "";
  }
  const trimmed = value.trim();
  if (options.required && trimmed === "") {
    problems.add(field, `${capitalize(label)} đang để trống (trường "${field}").`, `${field} is empty.`);
  }
  return trimmed;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function checkCode(code: string, field: string, label: string, problems: ProblemList): void {
  if (code === "" || CODE_PATTERN.test(code)) return;
  if (/\s/.test(code)) {
    problems.add(
      field,
      `${capitalize(label)} "${code}" có dấu cách; viết liền, ví dụ "${code.replace(/\s+/g, "")}".`,
      `${field} "${code}" contains spaces; write it without them.`,
    );
  } else {
    problems.add(
      field,
      `${capitalize(label)} "${code}" chỉ được gồm chữ và số (không có "/", "-", dấu chấm).`,
      `${field} "${code}" may contain only letters and digits.`,
    );
  }
}

function reportUnknownFields(record: Record<string, unknown>, known: readonly string[], prefix: string, problems: ProblemList): void {
  for (const key of Object.keys(record)) {
    if (known.includes(key)) continue;
    const field = prefix + key;
    problems.add(
      field,
      `Trường "${field}" không có trong hồ sơ cơ quan (viết sai tên?). Các trường hợp lệ: ${known.join(", ")}.`,
      `Unknown field "${field}" (misspelt?). Known fields: ${known.join(", ")}.`,
    );
  }
}

/**
 * Checks a parsed profile. Returns the cleaned profile (strings trimmed) only when there is
 * no problem; otherwise every problem found, each with the field it concerns.
 */
export function validateProfile(value: unknown): ProfileValidation {
  const problems = new ProblemList();
  if (!isRecord(value)) {
    problems.add("", "Hồ sơ cơ quan phải là một đối tượng JSON { … }.", "The profile must be a JSON object { … }.");
    return { problems: problems.items };
  }
  reportUnknownFields(value, TOP_FIELDS, "", problems);

  // Unknown until "system" is valid; authorities are then checked against both systems.
  let system: DocumentSystem | undefined;
  const rawSystem = value.system;
  if (rawSystem === "state" || rawSystem === "party") {
    system = rawSystem;
  } else if (rawSystem === undefined) {
    problems.add("system", 'Thiếu hệ thống văn bản (trường "system"): "state" (Nhà nước) hoặc "party" (Đảng).', 'Missing system: "state" or "party".');
  } else {
    problems.add(
      "system",
      `Hệ thống văn bản "${String(rawSystem)}" không hợp lệ: ghi "state" (Nhà nước, NĐ 30) hoặc "party" (Đảng, HD 36).`,
      `Invalid system "${String(rawSystem)}": use "state" or "party".`,
    );
  }

  const parentAgency = readString(value, "parentAgency", "parentAgency", "tên cơ quan chủ quản", problems, { required: false });
  const agency = readString(value, "agency", "agency", "tên cơ quan ban hành", problems, { required: true });
  let agencyInText: string | undefined;
  if (value.agencyInText !== undefined) {
    agencyInText = readString(value, "agencyInText", "agencyInText", "tên cơ quan khi viết trong câu", problems, { required: false });
  }
  const agencyCode = readString(value, "agencyCode", "agencyCode", "chữ viết tắt tên cơ quan", problems, { required: true });
  checkCode(agencyCode, "agencyCode", "chữ viết tắt tên cơ quan", problems);
  const unitCode = readString(value, "unitCode", "unitCode", "chữ viết tắt đơn vị soạn thảo", problems, { required: true });
  checkCode(unitCode, "unitCode", "chữ viết tắt đơn vị soạn thảo", problems);
  const place = readString(value, "place", "place", "địa danh", problems, { required: true });

  const signer = readSigner(value.signer, system, problems);
  const recipients = readRecipients(value.recipients, problems);

  if (problems.items.length > 0 || !signer || !system) return { problems: problems.items };
  const profile: OrgProfile = { system, parentAgency, agency, agencyCode, unitCode, place, signer, recipients };
  if (agencyInText) profile.agencyInText = agencyInText;
  return { profile, problems: [] };
}

function readSigner(value: unknown, system: DocumentSystem | undefined, problems: ProblemList): Signer | undefined {
  if (value === undefined) {
    problems.add("signer", 'Thiếu thông tin người ký (trường "signer").', "Missing signer.");
    return undefined;
  }
  if (!isRecord(value)) {
    problems.add("signer", 'Người ký (trường "signer") phải là đối tượng { authority, authorityOf, title, name }.', "signer must be an object { authority, authorityOf, title, name }.");
    return undefined;
  }
  reportUnknownFields(value, SIGNER_FIELDS, "signer.", problems);
  const authority = readAuthority(value.authority, system, problems);
  const authorityOf = readString(value, "authorityOf", "signer.authorityOf", "chức danh/tập thể được thay mặt", problems, { required: false });
  const title = readString(value, "title", "signer.title", "chức vụ người ký", problems, { required: true });
  const name = readString(value, "name", "signer.name", "họ tên người ký", problems, { required: true });
  if (authority !== undefined && authority !== "" && authorityOf === "" && typeof value.authorityOf === "string") {
    problems.add(
      "signer.authorityOf",
      `Có quyền hạn ký "${authority}" nhưng chưa ghi thay mặt ai (ví dụ "${authority} GIÁM ĐỐC").`,
      `Authority "${authority}" needs whom it acts for (e.g. "${authority} GIÁM ĐỐC").`,
    );
  }
  if (authority === "" && authorityOf !== "") {
    problems.add(
      "signer.authorityOf",
      `"${authorityOf}" chỉ dùng khi có quyền hạn ký (TM., KT., TL.…); người đứng đầu ký trực tiếp thì để trống.`,
      `authorityOf is used only with an authority prefix; leave it empty when the head signs.`,
    );
  }
  if (authority === undefined) return undefined;
  return { authority, authorityOf, title, name };
}

function readAuthority(value: unknown, system: DocumentSystem | undefined, problems: ProblemList): SignerAuthority | undefined {
  const allowed: readonly SignerAuthority[] =
    system === "party" ? PARTY_AUTHORITIES : system === "state" ? STATE_AUTHORITIES : [...ALL_AUTHORITIES].map((a) => a as SignerAuthority);
  const allowedText = allowed.filter((a) => a !== "").join(", ");
  const systemName = system === "party" ? "văn bản Đảng" : "văn bản Nhà nước";
  const systemNameEn = system === "party" ? "Party documents" : "state documents";
  if (value === undefined || value === null) {
    problems.add(
      "signer.authority",
      `Thiếu quyền hạn ký (trường "signer.authority"): ${allowedText}, hoặc "" khi người đứng đầu ký.`,
      `Missing signer.authority: ${allowedText}, or "" when the head signs.`,
    );
    return undefined;
  }
  if (typeof value !== "string") {
    problems.add("signer.authority", "Quyền hạn ký phải là chuỗi chữ.", "signer.authority must be a string.");
    return undefined;
  }
  const raw = value.trim();
  if (raw === "") return "";
  const canonical = canonicalAuthority(raw);
  if (canonical !== undefined && (allowed as readonly string[]).includes(canonical)) {
    if (canonical !== raw) {
      problems.add(
        "signer.authority",
        `Quyền hạn ký viết là "${canonical}", không phải "${raw}".`,
        `Write the authority as "${canonical}", not "${raw}".`,
      );
      return undefined;
    }
    return canonical as SignerAuthority;
  }
  const counterpart = canonical !== undefined ? AUTHORITY_COUNTERPART[canonical] : undefined;
  if (counterpart !== undefined && (allowed as readonly string[]).includes(counterpart)) {
    problems.add(
      "signer.authority",
      `${capitalize(systemName)} không dùng "${raw}": hãy viết "${counterpart}".`,
      `${capitalize(systemNameEn)} do not use "${raw}": write "${counterpart}".`,
    );
  } else if (canonical !== undefined) {
    problems.add(
      "signer.authority",
      `${capitalize(systemName)} không dùng quyền hạn ký "${raw}". Dùng một trong: ${allowedText}.`,
      `${capitalize(systemNameEn)} do not use "${raw}". Use one of: ${allowedText}.`,
    );
  } else {
    problems.add(
      "signer.authority",
      `Quyền hạn ký "${raw}" không hợp lệ. Dùng một trong: ${allowedText}, hoặc "" khi người đứng đầu ký.`,
      `Unknown authority "${raw}". Use one of: ${allowedText}, or "" when the head signs.`,
    );
  }
  return undefined;
}

function readRecipients(value: unknown, problems: ProblemList): string[] {
  if (value === undefined) {
    problems.add("recipients", 'Thiếu danh sách nơi nhận (trường "recipients"); ghi [] nếu không có.', "Missing recipients; write [] when there are none.");
    return [];
  }
  if (!Array.isArray(value)) {
    problems.add("recipients", "Nơi nhận (trường \"recipients\") phải là danh sách [\"…\", \"…\"].", "recipients must be a list of strings.");
    return [];
  }
  const recipients: string[] = [];
  value.forEach((entry: unknown, index: number) => {
    const field = `recipients[${index}]`;
    if (typeof entry !== "string") {
      problems.add(field, `Nơi nhận thứ ${index + 1} phải là chuỗi chữ.`, `${field} must be a string.`);
      return;
    }
    const text = cleanRecipient(entry);
    if (text === "") {
      problems.add(field, `Nơi nhận thứ ${index + 1} đang để trống.`, `${field} is empty.`);
    } else if (/^lưu\b/iu.test(text)) {
      problems.add(
        field,
        `Không ghi "${text}" trong hồ sơ: dòng "- Lưu: VT, <đơn vị>." được thêm tự động từ unitCode.`,
        `Do not list "${text}": the "Lưu: VT, <unit>." line is added from unitCode.`,
      );
    } else if (/^như trên$/iu.test(text)) {
      problems.add(
        field,
        `Không ghi "Như trên" trong hồ sơ: dòng này được thêm tự động cho công văn, báo cáo, tờ trình.`,
        `Do not list "Như trên": it is added for công văn, báo cáo and tờ trình.`,
      );
    } else {
      recipients.push(text);
    }
  });
  return recipients;
}

/** "- UBND tỉnh;" → "UBND tỉnh": the builder adds the dash and the punctuation. */
export function cleanRecipient(entry: string): string {
  return entry.trim().replace(/^[-–—+•]\s*/u, "").replace(/[;.,]+$/u, "").trim();
}

/** Parses a profile JSON file; throws InputError listing every problem in Vietnamese. */
export function parseProfileJson(text: string): OrgProfile {
  const source = text.replace(/^\uFEFF/, "");
  if (source.trim() === "") {
    throw new InputError("bad-profile", "Tệp hồ sơ cơ quan trống. Hãy điền hồ sơ theo mẫu.", "The profile file is empty.");
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError(
      "bad-profile",
      `Tệp hồ sơ cơ quan không phải JSON hợp lệ (${detail}). Kiểm tra dấu ngoặc, dấu phẩy và dấu ngoặc kép.`,
      `The profile file is not valid JSON (${detail}).`,
    );
  }
  const { profile, problems } = validateProfile(value);
  if (profile) return profile;
  throw new InputError(
    "bad-profile",
    `Hồ sơ cơ quan chưa hợp lệ:\n${problems.map((p) => `- ${p.message}`).join("\n")}`,
    `The organization profile is not valid:\n${problems.map((p) => `- ${p.messageEn}`).join("\n")}`,
  );
}
