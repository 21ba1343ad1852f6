/**
 * The browser preview: the task pane beside a simulated Word document, without Word and
 * without Office.js. `?doc=` and `?request=` open files from the same server; `?lang=en`
 * and `?theme=dark` act as Word set to English or to a dark theme would.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { modelFromParagraphs, type DocumentModel } from "../engine/model";
import { EXAMPLE_REQUEST } from "../parts/examples";
import { validateProfile } from "../parts/profile";
import { HostedApp } from "../taskpane/HostedApp";
import { describeError } from "../taskpane/errors";
import { browserStorage, createLocalProfileStorage, downloadText, type Host } from "../taskpane/host";
import { languageFromOffice, stringsFor } from "../taskpane/i18n";
import { fill } from "../taskpane/text";
import { loadWork } from "../taskpane/lazy";
import { loadOrgConfig } from "../taskpane/org";
import { createWordAdapter, type WordAdapter } from "../word/adapter";
import { createSimulatedWord, provideOoxmlReader, type SimulatedWord } from "../word/simulator/core";
import { DocumentView } from "./DocumentView";
import {
  afterOpening,
  fileNameOf,
  loadDocumentFrom,
  loadRequestFrom,
  PreviewLoadError,
  withFileNotices,
  type PreviewLoadProblem,
} from "./load";

declare global {
  interface Window {
    /** For automated checks of the preview. */
    __vanbanPreview?: {
      syncCount(): number;
      simulator: SimulatedWord;
      /** The adapter the pane uses, for places the pane does not offer (a part at the cursor). */
      adapter: WordAdapter;
    };
  }
}

// The simulated Word's OOXML reader (the engine's body reader) is not needed to show the pane:
// it comes in a chunk of its own when markup is first inserted or a .docx opened.
provideOoxmlReader(() => import(/* webpackChunkName: "sim-ooxml" */ "../word/simulator/ooxml"));

const params = new URLSearchParams(window.location.search);
const language = languageFromOffice(params.get("lang") ?? "vi");
const strings = stringsFor(language);
const dark = params.get("theme") === "dark";

function nameOf(address: string): string {
  try {
    return fileNameOf(new URL(address, window.location.href));
  } catch {
    return address;
  }
}

const PROBLEM_TEXT: Record<PreviewLoadProblem, "previewBadAddress" | "previewOtherOrigin" | "previewNoAnswer" | "previewHttpStatus"> = {
  "bad-address": "previewBadAddress",
  "other-origin": "previewOtherOrigin",
  "no-answer": "previewNoAnswer",
  "http-status": "previewHttpStatus",
};

/** Fetch problems in the page's words; the readers' own errors carry both languages already. */
function reasonOf(error: unknown): string {
  if (error instanceof PreviewLoadError) return fill(strings[PROBLEM_TEXT[error.problem]], { detail: error.detail });
  return describeError(error, language, "");
}

/** The request handed over by ?request=, with a fetch problem worded like the readers' errors. */
async function loadGivenRequest(address: string) {
  try {
    return await loadRequestFrom(address, window.location.href);
  } catch (error) {
    if (!(error instanceof PreviewLoadError)) throw error;
    const text = fill(strings.previewLoadError, { name: nameOf(address), reason: reasonOf(error) });
    throw Object.assign(new Error(text), { message: text, messageEn: text });
  }
}

/**
 * Shows the pane and the (empty) document at once, then, once they are painted, opens the
 * files: the document and the request are fetched together while the engine loads, so nothing
 * heavy comes before the first paint and the request does not wait for the document.
 */
function start(): void {
  document.documentElement.lang = language;
  if (dark) document.body.classList.add("preview-dark");
  const docAddress = params.get("doc");
  const requestAddress = params.get("request");
  // A .docx opens as Word would open it: tracked deletions, field codes and hidden text in its paragraphs' text.
  // WordApi 1.6 (tracked changes readable, as in Microsoft 365); below 1.8, so marks are drawn as colour.
  const simulator = createSimulatedWord(modelFromParagraphs([""]), { apiMinorVersion: 6 });
  const wordAdapter = createWordAdapter(simulator.Word, {
    settings: simulator.settings,
    isSetSupported: simulator.isSetSupported,
    customXmlParts: simulator.customXmlParts,
  });
  window.__vanbanPreview = { syncCount: () => simulator.syncCount(), simulator, adapter: wordAdapter };
  /** The opened file as read, for what its reader noticed; null until it is read. */
  let file: DocumentModel | null = null;

  // The engine and the files come after the first paint: their chunks and their reading would
  // otherwise run before it, and the pane would be interactive later too (BENCHMARKS.md).
  const painted = new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  // The files are read on a worker thread; the check, on this one, needs the engine here too.
  void painted.then(() => loadWork()).catch(() => undefined);
  const givenRequest = requestAddress ? painted.then(() => loadGivenRequest(requestAddress)) : null;
  // Settles once the file is in the simulated Word (or could not be read).
  const opening = docAddress
    ? painted.then(() => loadDocumentFrom(docAddress, window.location.href)).then(async ({ model, ooxml }) => {
        file = model;
        if (ooxml) simulator.document.openOoxml(ooxml);
        else if (model.paragraphs.length > 0) simulator.document.open(model);
        // A .docx's waivers open with it, as its custom XML part does in Word.
        if (model.waivers && model.waivers.length > 0) {
          const xml = (await loadWork()).serializeWaivers(model.waivers);
          await new Promise<void>((resolve) => simulator.customXmlParts.addAsync(xml, () => resolve()));
        }
        return model;
      })
    : Promise.resolve(null);
  // Reported by the pane when it asks for it; never an unhandled rejection meanwhile.
  givenRequest?.catch(() => undefined);
  const host: Host = {
    adapter: afterOpening(withFileNotices(wordAdapter, () => file), opening),
    profiles: createLocalProfileStorage(browserStorage(), (value) => validateProfile(value).profile ?? null),
    language,
    theme: dark ? "dark" : "light",
    preview: true,
    // The organization's shared requests: the preview offers the documented example.
    organizationRequests: async () => [
      { id: "example-4874", label: strings.previewExampleRequest, load: async () => EXAMPLE_REQUEST },
    ],
    // The preview is served beside org/ as the task pane is: the same configuration applies.
    orgConfig: () => loadOrgConfig((input, init) => fetch(input, init)),
    initialRequest: givenRequest ? () => givenRequest : undefined,
    watchDocument: (listener) =>
      simulator.onChange((change) => {
        if (change.kind === "document") listener();
      }),
    saveFile: downloadText,
  };

  const documentRoot = document.getElementById("document-root");
  const paneRoot = document.getElementById("taskpane-root");
  const documentView = documentRoot ? createRoot(documentRoot) : null;
  const showDocument = (notice: string | null, loading: boolean): void => {
    // While the file loads, the empty page says nothing rather than "the document is empty".
    documentView?.render(
      <DocumentView
        simulator={simulator}
        label={strings.previewDocumentLabel}
        emptyHint={loading ? "" : strings.previewEmptyHint}
        notice={notice}
        loading={loading}
      />,
    );
  };
  documentRoot?.setAttribute("aria-label", strings.previewDocumentLabel);
  showDocument(null, Boolean(docAddress));
  if (paneRoot) {
    paneRoot.setAttribute("aria-label", strings.previewPaneLabel);
    createRoot(paneRoot).render(<HostedApp host={host} />);
  }
  if (!docAddress) return;
  opening.then(
    () => showDocument(null, false),
    (error: unknown) => showDocument(fill(strings.previewLoadError, { name: nameOf(docAddress), reason: reasonOf(error) }), false),
  );
}

void start();
