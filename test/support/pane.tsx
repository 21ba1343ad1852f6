/** The task pane rendered in jsdom on the Word simulator, through the production adapter. */
import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { validateProfile } from "../../src/parts/profile";
import { App } from "../../src/taskpane/App";
import { createLocalProfileStorage, type Host } from "../../src/taskpane/host";
import { preloadPanels } from "../../src/taskpane/panels";
import { createWordAdapter } from "../../src/word/adapter";
import type { SimulatedWord } from "../../src/word/simulator";

export interface MemoryStorage extends Pick<Storage, "getItem" | "setItem"> {
  data: Map<string, string>;
}

export function memoryStorage(): MemoryStorage {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

// The pane fetches its other panels after its first paint; here they are in place beforehand,
// so a test opens a tab and finds its panel drawn, as a user does once the pane has settled.
beforeAll(() => preloadPanels());

/** Renders the App with a host on the simulator; `overrides` replace any part of the host. */
export function renderPane(simulator: SimulatedWord, overrides: Partial<Host> = {}): { host: Host; storage: MemoryStorage } {
  const storage = memoryStorage();
  const host: Host = {
    adapter: createWordAdapter(simulator.Word, {
      settings: simulator.settings,
      isSetSupported: simulator.isSetSupported,
      customXmlParts: simulator.customXmlParts,
    }),
    profiles: createLocalProfileStorage(storage, (value) => validateProfile(value).profile ?? null),
    language: "vi",
    theme: "light",
    preview: true,
    organizationRequests: async () => [],
    saveFile: jest.fn(),
    ...overrides,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
  return { host, storage };
}

/** A form field of the pane by its `data-field`. */
export function field(name: string): HTMLInputElement | HTMLTextAreaElement {
  const element = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-field="${name}"]`);
  if (!element) throw new Error(`no field ${name}`);
  return element;
}

/**
 * Waits until the Kiểm tra button can be used: at start it waits for the request kept with the
 * document (or given to the preview) to be read back, as a clerk's click would.
 */
export async function checkButtonReady(): Promise<void> {
  const button = (await screen.findByTestId("run-check")) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false));
}
