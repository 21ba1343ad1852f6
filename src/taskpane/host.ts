/**
 * What the task pane needs from its surroundings. Word (index.tsx) and the browser preview
 * (preview/index.tsx) each provide one, so the same App runs in both.
 */
import type { RequestProfile } from "../engine/types";
import type { OrgProfile } from "../parts/profile";
import type { WordAdapter } from "../word/adapter";
import type { Language } from "./i18n";
import type { OrgConfigState } from "./org";

/** A request the organization keeps for its clerks to pick from. */
export interface RequestChoice {
  id: string;
  label: string;
  load(): Promise<RequestProfile>;
}

/** Where the organization profile is kept between sessions. */
export interface ProfileStorage {
  load(): OrgProfile | null;
  /** Throws when the browser refuses to keep it (private mode, storage full). */
  save(profile: OrgProfile): void;
}

export interface Host {
  /** The only way to the document. */
  adapter: WordAdapter;
  profiles: ProfileStorage;
  language: Language;
  /** Office's theme (or the preview's ?theme=). */
  theme: "light" | "dark";
  /** True in the browser preview, beside a simulated document. */
  preview: boolean;
  /** The organization's shared requests; empty when it has none. */
  organizationRequests(): Promise<RequestChoice[]>;
  /**
   * The organization's configuration (org/config.json beside the page), read after the pane
   * is shown. Absent: there is none.
   */
  orgConfig?(): Promise<OrgConfigState>;
  /**
   * A request handed over at start (the preview's ?request=), used instead of the one kept
   * with the document. Null when there is none.
   */
  initialRequest?(): Promise<RequestProfile | null>;
  /**
   * Calls back when the document's text changes, where the host can tell (the preview's
   * simulator); returns an unsubscribe function. Absent in Word for now.
   */
  watchDocument?(listener: () => void): () => void;
  /** Offers text to the user as a file to save (export). */
  saveFile(name: string, text: string, type?: string): void;
}

const PROFILE_KEY = "vanban.profile";

/**
 * Keeps the profile in the browser's localStorage (per add-in origin, on this machine).
 * A stored value that no longer validates is ignored rather than trusted.
 */
export function createLocalProfileStorage(
  storage: Pick<Storage, "getItem" | "setItem"> | null,
  validate: (value: unknown) => OrgProfile | null,
): ProfileStorage {
  return {
    load: () => {
      if (!storage) return null;
      try {
        const text = storage.getItem(PROFILE_KEY);
        return text ? validate(JSON.parse(text)) : null;
      } catch {
        return null;
      }
    },
    save: (profile) => {
      if (!storage) throw new Error("storage-unavailable");
      storage.setItem(PROFILE_KEY, JSON.stringify(profile));
    },
  };
}

/** localStorage when the browser allows it (it throws on access in some locked-down setups). */
export function browserStorage(): Storage | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** Saves text through a temporary link: no network, the browser's own download. */
export function downloadText(name: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
