/**
 * A request profile as a JSON file, so one clerk can extract a request once and share what
 * it demands with others. The JSON has the shape of RequestProfile.
 */
import { InputError } from "../errors";
import type { OutlineNode, Period, RequestProfile } from "../types";
import { parseIsoDate } from "../calendar";

/** Deeper outlines than this are not real outlines. */
const MAX_OUTLINE_DEPTH = 9;

function badField(field: string, vi: string, en: string): InputError {
  return new InputError(
    "bad-request",
    `Hồ sơ yêu cầu không hợp lệ: trường "${field}" ${vi}. Sửa tệp JSON rồi thử lại.`,
    `The request profile is not valid: field "${field}" ${en}. Fix the JSON file and try again.`,
  );
}

function optionalString(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw badField(field, "phải là chuỗi văn bản hoặc null", "must be a string or null");
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

function optionalDate(value: unknown, field: string): string | null {
  const text = optionalString(value, field);
  if (text === null) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    throw badField(field, `phải là ngày dạng yyyy-mm-dd (ví dụ 2023-09-08), không phải "${text}"`, `must be a yyyy-mm-dd date (e.g. 2023-09-08), not "${text}"`);
  }
  if (!parseIsoDate(text)) throw badField(field, `là ngày không có thật: ${text}`, `is a date that does not exist: ${text}`);
  return text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readPeriod(value: unknown): Period | null {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) throw badField("period", "phải là { \"from\": …, \"to\": … } hoặc null", "must be { \"from\": …, \"to\": … } or null");
  const period = { from: optionalDate(value.from, "period.from"), to: optionalDate(value.to, "period.to") };
  if (period.from && period.to && period.from > period.to) {
    throw badField("period", `có ngày bắt đầu ${period.from} sau ngày kết thúc ${period.to}`, `starts on ${period.from}, after its end ${period.to}`);
  }
  return period;
}

function readOutline(value: unknown, field: string, depth: number): OutlineNode[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw badField(field, "phải là một danh sách (mảng)", "must be a list (array)");
  if (depth > MAX_OUTLINE_DEPTH) throw badField(field, `lồng quá ${MAX_OUTLINE_DEPTH} cấp`, `is nested deeper than ${MAX_OUTLINE_DEPTH} levels`);
  return value.map((item, i) => {
    const here = `${field}[${i}]`;
    if (!isRecord(item)) throw badField(here, "phải là { \"number\", \"title\", \"children\" }", "must be { \"number\", \"title\", \"children\" }");
    const number = item.number === undefined || item.number === null ? "" : item.number;
    if (typeof number !== "string") throw badField(`${here}.number`, "phải là chuỗi văn bản", "must be a string");
    if (typeof item.title !== "string" || item.title.trim() === "") {
      throw badField(`${here}.title`, "phải là tên mục, không được để trống", "must be the section title, not empty");
    }
    return { number: number.trim(), title: item.title.trim(), children: readOutline(item.children, `${here}.children`, depth + 1) };
  });
}

/** The explanation of a counted deadline: only written when there is one (older profiles have none). */
function basisField(basis: string | null | undefined): { deadlineBasis?: string } {
  return basis ? { deadlineBasis: basis } : {};
}

/** Reads and checks a request profile; throws InputError naming the field that is wrong. */
export function parseRequestProfile(json: string): RequestProfile {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError(
      "bad-json",
      `Tệp hồ sơ yêu cầu không phải JSON hợp lệ (${detail}). Mở tệp, sửa lỗi cú pháp hoặc lập lại hồ sơ.`,
      `The request profile is not valid JSON (${detail}). Fix the syntax or create the profile again.`,
    );
  }
  if (!isRecord(data)) {
    throw new InputError(
      "bad-request",
      "Hồ sơ yêu cầu phải là một đối tượng JSON { \"number\": …, \"deadline\": …, \"outline\": […] }.",
      "A request profile must be a JSON object { \"number\": …, \"deadline\": …, \"outline\": […] }.",
    );
  }
  return {
    number: optionalString(data.number, "number"),
    type: optionalString(data.type, "type"),
    date: optionalDate(data.date, "date"),
    issuer: optionalString(data.issuer, "issuer"),
    subject: optionalString(data.subject, "subject"),
    deadline: optionalDate(data.deadline, "deadline"),
    ...basisField(optionalString(data.deadlineBasis, "deadlineBasis")),
    period: readPeriod(data.period),
    outline: readOutline(data.outline, "outline", 1),
  };
}

function orderedOutline(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.map((node) => ({ number: node.number, title: node.title, children: orderedOutline(node.children) }));
}

/** Writes a profile as pretty JSON with a fixed key order, so files diff cleanly. */
export function serializeRequestProfile(profile: RequestProfile): string {
  const ordered: RequestProfile = {
    number: profile.number,
    type: profile.type,
    date: profile.date,
    issuer: profile.issuer,
    subject: profile.subject,
    deadline: profile.deadline,
    ...basisField(profile.deadlineBasis),
    period: profile.period ? { from: profile.period.from, to: profile.period.to } : null,
    outline: orderedOutline(profile.outline),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
