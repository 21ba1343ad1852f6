/**
 * Fetching the preview's files (?doc=, ?request=): only from the page's own address, so a
 * link cannot make the preview send anything to another site.
 */
import type { DocumentModel } from "../engine/model";
import type { RequestProfile } from "../engine/types";
import { prepareBackgroundReading, readFileModelInBackground, readRequestFileInBackground } from "../taskpane/background-read";
import type { WordAdapter } from "../word/adapter";
import { loadOoxmlReader } from "../word/simulator/reader";

export type PreviewLoadProblem = "bad-address" | "other-origin" | "no-answer" | "http-status";

/** Why a file could not be fetched; the page words it (i18n.ts) with `detail`. */
export class PreviewLoadError extends Error {
  constructor(
    readonly problem: PreviewLoadProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
    this.name = "PreviewLoadError";
  }
}

/** Resolves `address` against the page; refuses other origins. */
export function sameOriginUrl(address: string, page: string): URL {
  let url: URL;
  try {
    url = new URL(address, page);
  } catch {
    throw new PreviewLoadError("bad-address", address);
  }
  if (url.origin !== new URL(page).origin) {
    throw new PreviewLoadError("other-origin", new URL(page).origin);
  }
  return url;
}

/** The file's name as the readers want it (they decide by extension). */
export function fileNameOf(url: URL): string {
  const last = url.pathname.split("/").filter(Boolean).pop() ?? "";
  return decodeURIComponent(last) || "tep.txt";
}

async function fetchBytes(url: URL): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url.href, { credentials: "same-origin" });
  } catch {
    throw new PreviewLoadError("no-answer", url.href);
  }
  if (!response.ok) {
    throw new PreviewLoadError("http-status", String(response.status));
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** A document opened by address: what the file reader reads, and a .docx's WordprocessingML for the simulated Word. */
export interface OpenedDocument {
  model: DocumentModel;
  /** A flat OPC package of a .docx, so the simulated Word shows what Word would (tracked changes, fields); null for text. */
  ooxml: string | null;
}

export async function loadDocumentFrom(address: string, page: string): Promise<OpenedDocument> {
  const url = sameOriginUrl(address, page);
  prepareBackgroundReading();
  const bytes = await fetchBytes(url);
  const model = await readFileModelInBackground(bytes, fileNameOf(url));
  if (model.source !== "docx") return { model, ooxml: null };
  // The simulated Word opens it synchronously: its OOXML reader comes first.
  const [{ ooxmlPackageOfDocx }] = await Promise.all([import(/* webpackChunkName: "reader" */ "../word/simulator/docx"), loadOoxmlReader()]);
  return { model, ooxml: ooxmlPackageOfDocx(bytes) };
}

export async function loadRequestFrom(address: string, page: string): Promise<RequestProfile> {
  const url = sameOriginUrl(address, page);
  prepareBackgroundReading();
  return readRequestFileInBackground(await fetchBytes(url), fileNameOf(url));
}

/**
 * The simulated Word holds only what Word would: what the reader noticed in the opened file
 * (text boxes it skipped, old encodings found in the text) is added to every read, so the
 * task pane tells the clerk as the command line does. Notices Word's read already gave are
 * not repeated.
 */
export function withFileNotices(adapter: WordAdapter, given: DocumentModel | (() => DocumentModel | null)): WordAdapter {
  // The file as read, or a way to get it once it has been read (null until then).
  const fileOf = typeof given === "function" ? given : () => given;
  if (typeof given !== "function" && given.notices.length === 0 && !given.legacyEncoding) return adapter;
  // Once the pane has converted the body to Unicode, the file's old encoding no longer holds.
  let converted = false;
  return {
    ...adapter,
    convertBody: async (convert) => {
      const changed = await adapter.convertBody(convert);
      converted ||= changed;
      return changed;
    },
    readDocument: async () => {
      const model = await adapter.readDocument();
      const file = fileOf();
      if (!file) return model;
      const codes = new Set(model.notices.map((notice) => notice.code));
      const read: DocumentModel = {
        ...model,
        notices: [...model.notices, ...file.notices.filter((notice) => !codes.has(notice.code) && !(converted && notice.code === "legacy-encoding"))],
      };
      if (!read.legacyEncoding && file.legacyEncoding && !converted) read.legacyEncoding = file.legacyEncoding;
      return read;
    },
  };
}

/** The adapter's calls that reach the document (everything but the synchronous questions). */
const DOCUMENT_CALLS = [
  "readDocument",
  "selectSpan",
  "placeCursor",
  "insertOoxml",
  "insertOoxmlBefore",
  "hasHeader",
  "highlightSpans",
  "clearHighlights",
  "addComments",
  "storeRequest",
  "convertBody",
] as const satisfies readonly (keyof WordAdapter)[];

/**
 * The preview shows the pane before its file is read: a call that reaches the document waits
 * until the file is open (or failed to open), so a check run meanwhile checks the file, not
 * the empty page, and nothing is inserted into a page about to be replaced.
 */
export function afterOpening(adapter: WordAdapter, opened: Promise<unknown>): WordAdapter {
  const settled = opened.then(
    () => undefined,
    () => undefined,
  );
  const waiting: Partial<Record<(typeof DOCUMENT_CALLS)[number], unknown>> = {};
  for (const name of DOCUMENT_CALLS) {
    const call = adapter[name] as (...args: unknown[]) => Promise<unknown>;
    waiting[name] = async (...args: unknown[]) => {
      await settled;
      return call.apply(adapter, args);
    };
  }
  return { ...adapter, ...(waiting as Partial<WordAdapter>) };
}
