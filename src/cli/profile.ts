/**
 * The organization profile `vanban new` writes with. Each `--profile` is a profile file or an
 * office's org/config.json (its "profile" part, read as the task pane reads it); later files
 * override earlier ones, as a clerk's own settings override the office's in the task pane.
 */
import { InputError } from "../engine/errors";
import { effectiveProfile, parseOrgConfig } from "../org/config";
import { parseProfileJson, validateProfile, type OrgProfile } from "../parts/profile";
import { CliError } from "./errors";
import { readUtf8File } from "./files";

export interface LoadedProfile {
  profile: OrgProfile;
  /** What was wrong but left out of an org/config.json, one line each. */
  notices: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An org/config.json has its profile under "profile"; a profile file has its fields at the top. */
function isOrgConfig(value: Record<string, unknown>): boolean {
  return ["profile", "recipientLists", "requests"].some((key) => key in value) && !("system" in value) && !("agency" in value);
}

/** Problems beyond this many are counted, not spelled out, so the refusal stays readable. */
const SHOWN_PROBLEMS = 3;

export function loadProfile(paths: readonly string[]): LoadedProfile {
  const notices: string[] = [];
  const configs: string[] = [];
  let merged: Partial<OrgProfile> = {};
  for (const path of paths) {
    const text = readUtf8File(path);
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch {
      // Not JSON (or empty): the profile parser explains which, in the clerk's words.
      try {
        parseProfileJson(text);
      } catch (error) {
        if (error instanceof InputError) throw new CliError(`${path}: ${error.message}`);
        throw error;
      }
    }
    let part: Partial<OrgProfile>;
    if (isRecord(value) && isOrgConfig(value)) {
      const { config, problems } = parseOrgConfig(text);
      for (const problem of problems) notices.push(`${path}: ${problem.message}`);
      configs.push(path);
      part = config.profile;
    } else if (isRecord(value)) {
      part = value as Partial<OrgProfile>;
    } else {
      throw new CliError(`${path}: hồ sơ cơ quan phải là một đối tượng JSON { … }, như examples/profiles/so-ngoai-vu.json.`);
    }
    merged = isRecord(part.signer) || part.signer === undefined ? effectiveProfile(merged, part) : { ...merged, ...part };
  }

  const { profile, problems } = validateProfile(merged);
  if (profile) return { profile, notices };
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((p) => p.message);
  const rest = problems.slice(SHOWN_PROBLEMS);
  const more = rest.length ? ` Còn ${rest.length} chỗ khác (${rest.map((p) => p.field || "?").join(", ")}).` : "";
  const hint = configs.length
    ? ` Mục "profile" của ${configs[0]} chỉ có phần chung của cơ quan: thêm hồ sơ riêng sau nó, ví dụ --profile ${configs[0]} --profile ho-so-cua-toi.json.`
    : " Mẫu: examples/profiles/so-ngoai-vu.json (Nhà nước), examples/profiles/van-phong-tinh-uy.json (Đảng).";
  throw new CliError(`${paths.join(" + ")}: hồ sơ cơ quan chưa hợp lệ: ${shown.join(" ")}${more}${hint}`);
}
