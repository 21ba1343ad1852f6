import * as React from "react";
import { createRoot } from "react-dom/client";
import { validateProfile } from "../parts/profile";
import { onWordReady, type WordSurroundings } from "../word/startup";
import { browserStorage, createLocalProfileStorage, downloadText, type Host } from "./host";
import { languageFromOffice } from "./i18n";
import { loadOrgConfig } from "./org";
import { HostedApp } from "./HostedApp";
import { themeOf } from "./theme";

/** The pane's host in Word: the adapter and Office's language and theme, from src/word. */
function wordHost(word: WordSurroundings): Host {
  return {
    adapter: word.adapter,
    profiles: createLocalProfileStorage(browserStorage(), (value) => validateProfile(value).profile ?? null),
    language: languageFromOffice(word.displayLanguage),
    theme: themeOf(word.themeBackground),
    preview: false,
    organizationRequests: async () => [],
    orgConfig: () => loadOrgConfig((input, init) => fetch(input, init)),
    saveFile: downloadText,
  };
}

onWordReady((word) => {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(<HostedApp host={wordHost(word)} />);
});
