import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App } from "./App";
import { languageFromOffice } from "./i18n";
import { themeFor } from "./theme";

function mount(displayLanguage: string | undefined, bodyBackgroundColor: string | undefined): void {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={themeFor(bodyBackgroundColor)}>
      <App language={languageFromOffice(displayLanguage)} />
    </FluentProvider>,
  );
}

Office.onReady(() => {
  const context = Office.context;
  mount(context?.displayLanguage, context?.officeTheme?.bodyBackgroundColor);
});
