/**
 * The Soạn, Kiểm tra and Cài đặt panels, each in a chunk of its own: the pane's first chunk
 * holds the shell and the Yêu cầu panel only. The pane asks for all three right after its
 * first paint (the check's first), so a panel is usually there by the time its tab is opened; once loaded, a panel
 * is drawn at once, with no loading frame.
 */
import * as React from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import type { CheckPanelProps } from "./components/check/CheckPanel";
import type { ComposePanelProps } from "./components/ComposePanel";
import type { SettingsPanelProps } from "./components/SettingsPanel";
import type { Strings } from "./i18n";

/** A panel's chunk, loaded once; a failed load can be tried again. */
export interface PanelChunk<P> {
  load(): Promise<React.ComponentType<P>>;
  /** The panel when its chunk has arrived, else null. */
  loaded(): React.ComponentType<P> | null;
}

export function panelChunk<P>(importer: () => Promise<React.ComponentType<P>>): PanelChunk<P> {
  let component: React.ComponentType<P> | null = null;
  let pending: Promise<React.ComponentType<P>> | null = null;
  return {
    load() {
      pending ??= importer().then(
        (loaded) => (component = loaded),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
    loaded: () => component,
  };
}

export const composePanel = panelChunk<ComposePanelProps>(() =>
  import(/* webpackChunkName: "panel-compose" */ "./components/ComposePanel").then((m) => m.ComposePanel),
);
export const checkPanel = panelChunk<CheckPanelProps>(() =>
  import(/* webpackChunkName: "panel-check" */ "./components/check/CheckPanel").then((m) => m.CheckPanel),
);
export const settingsPanel = panelChunk<SettingsPanelProps>(() =>
  import(/* webpackChunkName: "panel-settings" */ "./components/SettingsPanel").then((m) => m.SettingsPanel),
);

/**
 * Asks for every panel's chunk: the check's first, as it is the one most often wanted first,
 * and the others once it is in, so they do not hold up the check (a tab opened meanwhile asks
 * for its own at once).
 */
export async function preloadPanels(): Promise<unknown> {
  await checkPanel.load().catch(() => undefined);
  return Promise.all([composePanel.load(), settingsPanel.load()]);
}

interface DeferredPanelProps<P> {
  chunk: PanelChunk<P>;
  props: P;
  strings: Strings;
}

/** A panel from its chunk: drawn at once when loaded, else a short line until it arrives. */
export function DeferredPanel<P extends object>({ chunk, props, strings: s }: DeferredPanelProps<P>): React.ReactElement {
  const [Panel, setPanel] = React.useState<React.ComponentType<P> | null>(() => chunk.loaded());
  const [failed, setFailed] = React.useState(false);
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    if (Panel) return undefined;
    let live = true;
    chunk.load().then(
      (loaded) => {
        if (live) setPanel(() => loaded);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [chunk, Panel, attempt]);
  if (Panel) return <Panel {...props} />;
  if (failed) {
    return (
      <div role="alert">
        <Caption1 as="p">{s.panelLoadError}</Caption1>
        <Button
          size="small"
          onClick={() => {
            setFailed(false);
            setAttempt((n) => n + 1);
          }}
        >
          {s.panelLoadRetry}
        </Button>
      </div>
    );
  }
  return (
    <Caption1 as="p" aria-busy="true" data-testid="panel-loading">
      {s.panelLoading}
    </Caption1>
  );
}
