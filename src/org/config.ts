/**
 * The organization configuration an office publishes beside the hosted add-in
 * (`org/config.json`): default profile fields, standard recipient lists, and the requests the
 * office is currently answering. Reading it never fails: whatever is wrong is reported and left
 * out, so the add-in always works with what is usable plus the user's local settings.
 */
import { InputError } from "../engine/errors";
import { parseRequestProfile } from "../engine/understand/request-profile";
import { parseIsoDate } from "../engine/calendar";
import { isWeekend, type HolidayOverrides } from "../engine/calendar/holidays";
import type { RequestProfile } from "../engine/types";
import { validateProfile, type OrgProfile } from "../parts/profile";

export interface RecipientList {
  name: string;
  recipients: string[];
}

export interface OrgRequest {
  /** Stable key, e.g. "4874-BNV-CCVC". */
  id: string;
  /** What the clerk sees in the list. */
  label: string;
  request: RequestProfile;
}

export interface OrgConfig {
  /** Default profile fields; the user's own settings override them. */
  profile: Partial<OrgProfile>;
  recipientLists: RecipientList[];
  requests: OrgRequest[];
  /**
   * The office's own days off and working Saturdays, and the years it has entered as announced,
   * on top of the public holidays the engine knows (used when counting a deadline).
   */
  holidays?: HolidayOverrides;
}

export interface ConfigProblem {
  message: string;
  messageEn: string;
}

export interface OrgConfigResult {
  config: OrgConfig;
  problems: ConfigProblem[];
}

export const EMPTY_ORG_CONFIG: OrgConfig = { profile: {}, recipientLists: [], requests: [] };

const PROFILE_FIELDS = new Set(["system", "parentAgency", "agency", "agencyInText", "agencyCode", "unitCode", "place", "signer", "recipients"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

function problem(message: string, messageEn: string): ConfigProblem {
  return { message, messageEn };
}

function readProfileDefaults(value: unknown, problems: ConfigProblem[]): Partial<OrgProfile> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    problems.push(problem("Mục \"profile\" phải là một đối tượng { … }; đã bỏ qua.", '"profile" must be an object; ignored.'));
    return {};
  }
  const defaults: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (!PROFILE_FIELDS.has(key)) {
      problems.push(problem(`Trường "profile.${key}" không có trong hồ sơ cơ quan; đã bỏ qua.`, `Unknown field "profile.${key}"; ignored.`));
      continue;
    }
    defaults[key] = field;
  }
  // Check the fields that are given, as a whole profile would be checked, and drop wrong ones.
  const { problems: found } = validateProfile({ ...placeholderProfile(), ...defaults });
  for (const p of found) {
    const top = p.field.split(/[.[]/)[0];
    if (top in defaults) {
      delete defaults[top];
      problems.push(problem(`profile.${p.field}: ${p.message} Đã bỏ qua trường này.`, `profile.${p.field}: ${p.messageEn} Ignored.`));
    }
  }
  return defaults as Partial<OrgProfile>;
}

/** A valid profile to fill in the fields an organization leaves to each user. */
function placeholderProfile(): OrgProfile {
  return {
    system: "state",
    parentAgency: "",
    agency: "Cơ quan",
    agencyCode: "CQ",
    unitCode: "VP",
    place: "Hà Nội",
    signer: { authority: "", authorityOf: "", title: "THỦ TRƯỞNG", name: "Nguyễn Văn A" },
    recipients: [],
  };
}

function readRecipientLists(value: unknown, problems: ConfigProblem[]): RecipientList[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(problem('Mục "recipientLists" phải là một danh sách; đã bỏ qua.', '"recipientLists" must be a list; ignored.'));
    return [];
  }
  const lists: RecipientList[] = [];
  value.forEach((entry, i) => {
    if (isRecord(entry) && typeof entry.name === "string" && entry.name.trim() && isStringList(entry.recipients)) {
      lists.push({ name: entry.name.trim(), recipients: entry.recipients.map((r) => r.trim()).filter(Boolean) });
    } else {
      problems.push(
        problem(
          `recipientLists[${i}] cần có "name" (tên danh sách) và "recipients" (các dòng nơi nhận); đã bỏ qua.`,
          `recipientLists[${i}] needs "name" and "recipients"; ignored.`,
        ),
      );
    }
  });
  return lists;
}

function readRequests(value: unknown, problems: ConfigProblem[]): OrgRequest[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(problem('Mục "requests" phải là một danh sách; đã bỏ qua.', '"requests" must be a list; ignored.'));
    return [];
  }
  const requests: OrgRequest[] = [];
  const seen = new Set<string>();
  value.forEach((entry, i) => {
    if (!isRecord(entry)) {
      problems.push(problem(`requests[${i}] không phải là hồ sơ yêu cầu; đã bỏ qua.`, `requests[${i}] is not a request profile; ignored.`));
      return;
    }
    const { id, label, ...fields } = entry;
    let request: RequestProfile;
    try {
      request = parseRequestProfile(JSON.stringify(fields));
    } catch (error) {
      const reason = error instanceof InputError ? error.message : String(error);
      const reasonEn = error instanceof InputError ? error.messageEn : String(error);
      problems.push(problem(`requests[${i}]: ${reason} Đã bỏ qua yêu cầu này.`, `requests[${i}]: ${reasonEn} Ignored.`));
      return;
    }
    const key = typeof id === "string" && id.trim() ? id.trim() : request.number ?? `request-${i + 1}`;
    if (seen.has(key)) {
      problems.push(problem(`requests[${i}]: trùng mã "${key}"; đã bỏ qua.`, `requests[${i}]: duplicate id "${key}"; ignored.`));
      return;
    }
    seen.add(key);
    const title = typeof label === "string" && label.trim() ? label.trim() : defaultLabel(request);
    requests.push({ id: key, label: title, request });
  });
  return requests;
}

function readDateList(value: unknown, field: string, problems: ConfigProblem[], weekendOnly: boolean): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(problem(`Mục "holidays.${field}" phải là danh sách ngày dạng yyyy-mm-dd; đã bỏ qua.`, `"holidays.${field}" must be a list of yyyy-mm-dd dates; ignored.`));
    return [];
  }
  const days: string[] = [];
  value.forEach((entry, i) => {
    if (typeof entry !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(entry.trim()) || !parseIsoDate(entry.trim())) {
      problems.push(
        problem(
          `holidays.${field}[${i}]: "${String(entry)}" không phải ngày có thật dạng yyyy-mm-dd (ví dụ 2027-02-05); đã bỏ qua.`,
          `holidays.${field}[${i}]: "${String(entry)}" is not a real yyyy-mm-dd date; ignored.`,
        ),
      );
      return;
    }
    const day = entry.trim();
    if (weekendOnly && !isWeekend(day)) {
      problems.push(
        problem(
          `holidays.${field}[${i}]: ${day} không phải thứ Bảy hay Chủ nhật, vốn đã là ngày làm việc; đã bỏ qua.`,
          `holidays.${field}[${i}]: ${day} is not a Saturday or Sunday, so it is a working day already; ignored.`,
        ),
      );
      return;
    }
    days.push(day);
  });
  return days;
}

function readHolidays(value: unknown, problems: ConfigProblem[]): HolidayOverrides | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    problems.push(problem('Mục "holidays" phải là một đối tượng { "daysOff": […], "workingDays": […] }; đã bỏ qua.', '"holidays" must be an object; ignored.'));
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!["daysOff", "workingDays", "announcedYears"].includes(key)) {
      problems.push(
        problem(`Trường "holidays.${key}" không có; chỉ dùng "daysOff", "workingDays", "announcedYears". Đã bỏ qua.`, `Unknown field "holidays.${key}"; ignored.`),
      );
    }
  }
  const years: number[] = [];
  if (value.announcedYears !== undefined) {
    if (Array.isArray(value.announcedYears) && value.announcedYears.every((y) => Number.isInteger(y) && y >= 1900 && y <= 2200)) {
      years.push(...(value.announcedYears as number[]));
    } else {
      problems.push(problem('Mục "holidays.announcedYears" phải là danh sách năm (ví dụ [2027]); đã bỏ qua.', '"holidays.announcedYears" must be a list of years; ignored.'));
    }
  }
  return { daysOff: readDateList(value.daysOff, "daysOff", problems, false), workingDays: readDateList(value.workingDays, "workingDays", problems, true), announcedYears: years };
}

function defaultLabel(request: RequestProfile): string {
  const parts = [request.type ?? "Văn bản", request.number ? `số ${request.number}` : "", request.issuer ? `của ${request.issuer}` : ""];
  return parts.filter(Boolean).join(" ");
}

function holidaysField(holidays: HolidayOverrides | undefined): { holidays?: HolidayOverrides } {
  return holidays ? { holidays } : {};
}

/** Reads the text of org/config.json. Never throws. */
export function parseOrgConfig(text: string): OrgConfigResult {
  const problems: ConfigProblem[] = [];
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return {
      config: EMPTY_ORG_CONFIG,
      problems: [
        problem(
          "Tệp cấu hình của cơ quan (org/config.json) không đúng định dạng JSON. Tiện ích dùng cài đặt trên máy này; hãy báo bộ phận quản trị sửa tệp.",
          "The organization configuration (org/config.json) is not valid JSON. Local settings are used; ask your administrator to fix the file.",
        ),
      ],
    };
  }
  if (!isRecord(value)) {
    return {
      config: EMPTY_ORG_CONFIG,
      problems: [problem("Tệp org/config.json phải là một đối tượng JSON { … }.", "org/config.json must be a JSON object.")],
    };
  }
  return {
    config: {
      profile: readProfileDefaults(value.profile, problems),
      recipientLists: readRecipientLists(value.recipientLists, problems),
      requests: readRequests(value.requests, problems),
      ...holidaysField(readHolidays(value.holidays, problems)),
    },
    problems,
  };
}

/** The profile to use: the user's own saved fields over the organization's defaults. */
export function effectiveProfile(defaults: Partial<OrgProfile>, local: Partial<OrgProfile> | null): Partial<OrgProfile> {
  const merged: Partial<OrgProfile> = { ...defaults, ...(local ?? {}) };
  if (defaults.signer || local?.signer) merged.signer = { ...defaults.signer, ...local?.signer } as OrgProfile["signer"];
  return merged;
}
