/**
 * The baseline for the task pane's start-up benchmark: a bare Fluent UI page, built with the
 * same webpack setup, that shows one interactive button.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary" data-testid="hello">
        Xin chào
      </Button>
    </FluentProvider>,
  );
}
