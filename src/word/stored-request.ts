/**
 * The request kept with the document, for whoever opens it later.
 *
 * Two copies, both saved in the file when the user saves it:
 * - the add-in's document settings (`Office.context.document.settings`, common API): what the
 *   pane has always read; but "changes to the document file itself are saved only when the
 *   user … saves the document" (Office.Settings.saveAsync), and settings written by Word on the
 *   desktop are not read by Word on the web (https://github.com/OfficeDev/office-js/issues/6095);
 * - custom document properties (`Document.properties.customProperties`, WordApi 1.3), which
 *   every Word reads: the JSON in pieces of at most 255 characters, the limit of a property's
 *   text (https://learn.microsoft.com/javascript/api/word/word.custompropertycollection#word-word-custompropertycollection-add-member(1)).
 *
 * A failure to write one copy (a co-author's settings change, a read-only file) is not the
 * end: the request is kept when either copy is written, and a message says so only when none is.
 */
import { InputError } from "../engine/errors";
import { WordAdapterError } from "./errors";
import type { SettingsLike, WordLike } from "./types";

export const REQUEST_SETTING = "vanban.request";
/** Custom properties: `vanban.request.parts` (how many) and `vanban.request.1`… (the pieces). */
export const REQUEST_PROPERTY = "vanban.request";
const PIECE = 255;

export interface RequestStore {
  getStoredRequest(): string | null;
  loadStoredRequest(): Promise<string | null>;
  storeRequest(json: string): Promise<void>;
}

/** The pieces of the JSON as custom properties, the count first. */
export function requestProperties(json: string): [string, string][] {
  const pieces: string[] = [];
  for (let start = 0; start < json.length; start += PIECE) pieces.push(json.slice(start, start + PIECE));
  return [[`${REQUEST_PROPERTY}.parts`, String(pieces.length)], ...pieces.map((piece, index): [string, string] => [`${REQUEST_PROPERTY}.${index + 1}`, piece])];
}

/** The JSON back from the custom properties, or null when they do not hold a whole one. */
export function requestFromProperties(properties: ReadonlyMap<string, unknown>): string | null {
  const parts = Number(properties.get(`${REQUEST_PROPERTY}.parts`));
  if (!Number.isInteger(parts) || parts < 1) return null;
  let json = "";
  for (let index = 1; index <= parts; index++) {
    const piece = properties.get(`${REQUEST_PROPERTY}.${index}`);
    if (typeof piece !== "string") return null;
    json += piece;
  }
  return json;
}

function saveSettings(settings: SettingsLike, json: string): Promise<string | null> {
  return new Promise((resolve) => {
    try {
      settings.set(REQUEST_SETTING, json);
      settings.saveAsync((result) =>
        resolve(result.status === "succeeded" || result.status === 0 ? null : (result.error?.message ?? "not saved")),
      );
    } catch (error) {
      resolve(error instanceof Error ? error.message : String(error));
    }
  });
}

export function createRequestStore(word: WordLike, settings: SettingsLike | undefined): RequestStore {
  const fromSettings = (): string | null => {
    const value = settings?.get(REQUEST_SETTING);
    return typeof value === "string" ? value : null;
  };

  const writeProperties = (json: string): Promise<void> =>
    word.run(async (context) => {
      const properties = context.document.properties.customProperties;
      for (const [key, value] of requestProperties(json)) properties.add(key, value);
      await context.sync();
    });

  const readProperties = (): Promise<string | null> =>
    word.run(async (context) => {
      const properties = context.document.properties.customProperties;
      properties.load("items/key,items/value");
      await context.sync();
      return requestFromProperties(new Map(properties.items.map((item) => [item.key, item.value])));
    });

  return {
    getStoredRequest: fromSettings,

    loadStoredRequest: async () => {
      const stored = fromSettings();
      if (stored !== null) return stored;
      try {
        return await readProperties();
      } catch {
        return null;
      }
    },

    storeRequest: async (json) => {
      try {
        JSON.parse(json);
      } catch {
        throw new InputError(
          "bad-json",
          "Nội dung yêu cầu không phải JSON hợp lệ nên không lưu vào văn bản. Hãy chọn lại yêu cầu.",
          "The request is not valid JSON, so it was not kept in the document. Choose the request again.",
        );
      }
      const [settingsFailure, propertiesFailure] = await Promise.all([
        settings ? saveSettings(settings, json) : Promise.resolve("no settings"),
        writeProperties(json).then(
          () => null,
          (error: unknown) => (error instanceof Error ? error.message : String(error)),
        ),
      ]);
      if (settingsFailure === null || propertiesFailure === null) return;
      throw new WordAdapterError(
        settings ? "save-failed" : "settings-unavailable",
        "Word chưa lưu được yêu cầu vào văn bản (có thể người cùng soạn vừa thay đổi văn bản). Yêu cầu vẫn được dùng trong lần làm việc này; hãy lưu văn bản rồi chọn lại yêu cầu để lưu kèm.",
        "Word could not keep the request in the document (a co-author may have just changed it). The request is still used in this session; save the document, then choose the request again to keep it.",
        { message: `${settingsFailure}; ${propertiesFailure}` },
      );
    },
  };
}
