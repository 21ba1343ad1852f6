import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../taskpane/App";
import { languageFromOffice } from "../taskpane/i18n";

// The preview runs the task pane in a plain browser tab, without Word and without Office.js.
// Vietnamese unless the address asks for English (?lang=en), as in Word set to English.
const params = new URLSearchParams(window.location.search);
const container = document.getElementById("taskpane-root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App language={languageFromOffice(params.get("lang") ?? "vi")} preview />
    </FluentProvider>,
  );
}
