/**
 * The organization's configuration (org/config.json beside the page), fetched after the pane
 * is shown. Parsing it needs the request-profile reader, so it lives in the work chunk and is
 * loaded only when the file exists.
 */
import type { ConfigProblem, OrgConfig } from "../org/config";
import type { OrgProfile } from "../parts/profile";
import { loadWork } from "./lazy";

/** Relative to the task pane's own page: always its own origin. */
export const ORG_CONFIG_PATH = "org/config.json";

export type OrgConfigState =
  | { status: "loading" }
  /** No file (404) or no answer: normal, nothing to show. */
  | { status: "none" }
  /** Read; `problems` lists what was wrong and left out (empty when all is well). */
  | {
      status: "loaded";
      config: OrgConfig;
      problems: ConfigProblem[];
      /** The user's own fields over the organization's defaults. */
      merge(local: Partial<OrgProfile> | null): Partial<OrgProfile>;
    };

export type FetchLike = (input: string, init?: RequestInit) => Promise<Pick<Response, "ok" | "status" | "text">>;

/** The file's text, null when there is none; an HTTP error other than 404 is a problem to report. */
export async function fetchOrgConfigText(fetchImpl: FetchLike): Promise<{ text: string } | { missing: true } | { status: number }> {
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await fetchImpl(ORG_CONFIG_PATH, { cache: "no-cache", credentials: "same-origin" });
  } catch {
    // No answer at all (offline, file:// page): the add-in works as without a configuration.
    return { missing: true };
  }
  if (response.status === 404) return { missing: true };
  if (!response.ok) return { status: response.status };
  return { text: await response.text() };
}

/** Fetches and reads the configuration. Never throws: every failure becomes a state. */
export async function loadOrgConfig(fetchImpl: FetchLike): Promise<OrgConfigState> {
  const fetched = await fetchOrgConfigText(fetchImpl);
  if ("missing" in fetched) return { status: "none" };
  const work = await loadWork();
  if ("status" in fetched) {
    return {
      status: "loaded",
      config: work.EMPTY_ORG_CONFIG,
      problems: [
        {
          message: `Máy chủ trả về lỗi ${fetched.status} khi đọc tệp cấu hình của cơ quan (org/config.json). Tiện ích dùng cài đặt trên máy này; hãy báo bộ phận quản trị.`,
          messageEn: `The server answered ${fetched.status} for the organization configuration (org/config.json). Local settings are used; tell your administrator.`,
        },
      ],
      merge: (local) => work.effectiveProfile({}, local),
    };
  }
  const { config, problems } = work.parseOrgConfig(fetched.text);
  return { status: "loaded", config, problems, merge: (local) => work.effectiveProfile(config.profile, local) };
}

/** The profile fields the organization fills for a user who has not saved their own. */
export function orgDefaults(state: OrgConfigState): Partial<OrgProfile> {
  return state.status === "loaded" ? state.config.profile : {};
}
