import * as React from "react";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import type { Host } from "./host";

/** The App in Fluent's light or dark theme, as the host says; Word and the preview both mount this. */
export function HostedApp({ host }: { host: Host }): React.ReactElement {
  return (
    <FluentProvider theme={host.theme === "dark" ? webDarkTheme : webLightTheme} style={{ minHeight: "100%" }}>
      <App host={host} />
    </FluentProvider>
  );
}
