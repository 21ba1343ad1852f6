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
import { loadOrgConfig } from "../taskpane/org";
import { createWordAdapter } from "../word/adapter";
import { createSimulatedWord, createSimulatedWordFromOoxml, type SimulatedWord } from "../word/simulator";
import { DocumentView } from "./DocumentView";
import {
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
    };
  }
}

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

async function start(): Promise<void> {
  document.documentElement.lang = language;
  if (dark) document.body.classList.add("preview-dark");
  let model: DocumentModel = modelFromParagraphs([""]);
  let ooxml: string | null = null;
  let loadNotice: string | null = null;
  const docAddress = params.get("doc");
  if (docAddress) {
    try {
      ({ model, ooxml } = await loadDocumentFrom(docAddress, window.location.href));
      if (model.paragraphs.length === 0) model = modelFromParagraphs([""]);
    } catch (error) {
      loadNotice = fill(strings.previewLoadError, { name: nameOf(docAddress), reason: reasonOf(error) });
    }
  }
  // A .docx opens as Word would open it: tracked deletions, field codes and hidden text in its paragraphs' text.
  // WordApi 1.6 (tracked changes readable, as in Microsoft 365); below 1.8, so marks are drawn as colour.
  const simulatorOptions = { apiMinorVersion: 6 };
  const simulator = ooxml ? createSimulatedWordFromOoxml(ooxml, simulatorOptions) : createSimulatedWord(model, simulatorOptions);
  window.__vanbanPreview = { syncCount: () => simulator.syncCount(), simulator };

  const requestAddress = params.get("request");
  const host: Host = {
    adapter: withFileNotices(
      createWordAdapter(simulator.Word, { settings: simulator.settings, isSetSupported: simulator.isSetSupported }),
      model,
    ),
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
    initialRequest: requestAddress ? () => loadGivenRequest(requestAddress) : undefined,
    watchDocument: (listener) =>
      simulator.onChange((change) => {
        if (change.kind === "document") listener();
      }),
    saveFile: downloadText,
  };

  const documentRoot = document.getElementById("document-root");
  const paneRoot = document.getElementById("taskpane-root");
  if (documentRoot) {
    documentRoot.setAttribute("aria-label", strings.previewDocumentLabel);
    createRoot(documentRoot).render(
      <DocumentView simulator={simulator} label={strings.previewDocumentLabel} emptyHint={strings.previewEmptyHint} notice={loadNotice} />,
    );
  }
  if (paneRoot) {
    paneRoot.setAttribute("aria-label", strings.previewPaneLabel);
    createRoot(paneRoot).render(<HostedApp host={host} />);
  }
}

void start();
