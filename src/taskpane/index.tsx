import * as React from "react";
import { createRoot } from "react-dom/client";
import { validateProfile } from "../parts/profile";
import { createWordAdapter } from "../word/adapter";
import type { IsSetSupported, SettingsLike, WordLike } from "../word/types";
import { browserStorage, createLocalProfileStorage, downloadText, type Host } from "./host";
import { languageFromOffice } from "./i18n";
import { loadOrgConfig } from "./org";
import { HostedApp } from "./HostedApp";
import { themeOf } from "./theme";

/**
 * Word.run, looked up at each call: a host without the Word API (another Office app, a
 * test page) then fails on use, with a message, instead of at start.
 */
const lateWord: WordLike = {
  run: ((...args: unknown[]) => (Word.run as unknown as (...rest: unknown[]) => Promise<unknown>)(...args)) as WordLike["run"],
};

/** Word's own surroundings: real Office.js, the document's settings, Office's language and theme. */
function wordHost(): Host {
  const context = Office.context;
  const isSetSupported: IsSetSupported = (name, version) => context.requirements.isSetSupported(name, version);
  return {
    adapter: createWordAdapter(lateWord, {
      settings: context.document?.settings as unknown as SettingsLike | undefined,
      isSetSupported,
    }),
    profiles: createLocalProfileStorage(browserStorage(), (value) => validateProfile(value).profile ?? null),
    language: languageFromOffice(context.displayLanguage),
    theme: themeOf(context.officeTheme?.bodyBackgroundColor),
    preview: false,
    organizationRequests: async () => [],
    orgConfig: () => loadOrgConfig((input, init) => fetch(input, init)),
    saveFile: downloadText,
  };
}

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const host = wordHost();
  createRoot(container).render(<HostedApp host={host} />);
});
