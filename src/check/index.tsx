/**
 * check.html: the checker in any modern browser, for those who cannot run the add-in (Word
 * 2016/2019 volume licences, computers where add-ins may not be installed). No Office.js.
 * The browser's language chooses Vietnamese or English; `?lang=en` or `?lang=vi` overrides it.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { languageFromOffice, stringsFor } from "../taskpane/i18n";
import { CheckPage } from "./CheckPage";

const asked = new URLSearchParams(window.location.search).get("lang");
const language = languageFromOffice(asked ?? window.navigator.language);
const strings = stringsFor(language);

document.documentElement.lang = language;
document.title = strings.pageTitle;
const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100%" }}>
      <CheckPage strings={strings} language={language} />
    </FluentProvider>,
  );
}
