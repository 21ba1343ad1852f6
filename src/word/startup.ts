/**
 * Word's start-up: waits for Office.js, then hands the pane what it needs from Word (the
 * adapter over the real `Word`, the document's settings, Office's language and theme).
 * With the adapter, this is the only code that touches the `Office` and `Word` globals.
 */
import { createWordAdapter, type WordAdapter } from "./adapter";
import { whenOfficeReady } from "./office-ready";
import type { CustomXmlPartsLike, IsSetSupported, SettingsLike, WordLike } from "./types";

export interface WordSurroundings {
  adapter: WordAdapter;
  /** Office's display language, e.g. "vi-VN". */
  displayLanguage: string | undefined;
  /** The body background of Office's theme, when Office tells it. */
  themeBackground: string | undefined;
}

/**
 * Word.run, looked up at each call: a host without the Word API (another Office app, a
 * test page) then fails on use, with a message, instead of at start.
 */
const lateWord: WordLike = {
  run: ((...args: unknown[]) => (Word.run as unknown as (...rest: unknown[]) => Promise<unknown>)(...args)) as WordLike["run"],
};

function surroundings(): WordSurroundings {
  const context = Office.context;
  const isSetSupported: IsSetSupported = (name, version) => context.requirements.isSetSupported(name, version);
  return {
    adapter: createWordAdapter(lateWord, {
      settings: context.document?.settings as unknown as SettingsLike | undefined,
      customXmlParts: context.document?.customXmlParts as unknown as CustomXmlPartsLike | undefined,
      isSetSupported,
    }),
    displayLanguage: context.displayLanguage,
    themeBackground: context.officeTheme?.bodyBackgroundColor,
  };
}

/** Calls `start` once Office is ready, with Word's surroundings. */
export function onWordReady(start: (word: WordSurroundings) => void): void {
  whenOfficeReady(() => start(surroundings()));
}
