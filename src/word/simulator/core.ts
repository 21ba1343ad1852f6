/**
 * An in-memory Word for the preview page and the tests: `Word.run`, request contexts and
 * proxies that follow Office.js's load/sync rules, over a document built from an engine
 * `DocumentModel`. Browser-safe: no Node APIs. This is the simulator without its OOXML
 * reader, which comes through `reader.ts`; `index.ts` brings it at once.
 */
import type { Alignment, DocumentModel, PageSetup, Paragraph } from "../../engine/model";
import type { IsSetSupported, SettingsLike, WordLike } from "../types";
import { SimClientObject, type SimHost, type SimPlatform } from "./client";
import { SimRequestContext } from "./context";
import { SimOfficeError } from "./errors";
import { createSimulatedCustomXmlParts, type SimulatedCustomXmlParts } from "./custom-xml";
import { ooxmlReader } from "./reader";
import {
  DEFAULT_FONT,
  fontFromFormat,
  normalizeRuns,
  SimDocumentState,
  type ParagraphState,
  type SimAlignment,
  type SimPage,
  type SimComment,
  type SimFont,
  type SimParagraph,
  type SimRun,
  type SimSelection,
  type SimStyle,
} from "./state";
import { layoutFromFormat } from "./layout";

export type { SimStyle } from "./state";
export type { SimAlignment, SimPage, SimComment, SimFont, SimParagraph, SimRun, SimSelection } from "./state";
export { SimOfficeError } from "./errors";
export type { CustomXmlFailure, SimulatedCustomXmlParts } from "./custom-xml";
export { loadOoxmlReader, provideOoxmlReader } from "./reader";

export type SimChange = { kind: "document" } | { kind: "selection" };

export interface SimulatedSettings extends SettingsLike {
  /** Everything saved with `saveAsync`, as the document would keep it. */
  saved(): Record<string, unknown>;
  /**
   * Makes the next `saveAsync` calls fail with this message (null: succeed again), as when a
   * co-author changed the settings meanwhile (https://github.com/OfficeDev/office-js/issues/4354)
   * or the document cannot be written.
   */
  failSaves(message: string | null): void;
  /** A pane opened later on this document (a reload, another reviewer): only what was saved is there. */
  reopened(): SimulatedSettings;
}

export interface SimulatedWordOptions {
  /** WordApi minor version to support: 3 (Word 2016 level) or 4 and above (comments). Default 4. */
  apiMinorVersion?: number;
  /** Where Word runs (`Office.context.platform`). Default "PC" (Windows desktop). */
  platform?: SimPlatform;
  /**
   * Searches to reject with InvalidArgument, as Word for Mac did for some ordinary strings
   * (https://github.com/OfficeDev/office-js/issues/320): one failing search fails its whole sync.
   */
  rejectsSearch?: (searchText: string) => boolean;
  /**
   * The largest answer, in bytes, one sync may carry (counted as `responseBytes` counts); a
   * larger one fails with ResponsePayloadSizeLimitExceeded, as Word on the web does. The error
   * "only occurs in Office on the web"; Microsoft gives 5 MB for Excel on the web and no figure
   * for Word (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization,
   * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
   * Default: no limit.
   */
  responseLimit?: number;
  /** WordApiDesktop minor version: 3 or above lets the page be set up (Word for Windows and Mac). Default 0 (none, as on the web). */
  desktopApiMinorVersion?: number;
  /** Font for text whose model does not say. Default Times New Roman 14. */
  defaultFont?: { name: string; size: number };
  /** Custom XML parts the document opens with (a .docx's customXml/itemN.xml). */
  customXml?: readonly string[];
  /**
   * The document's own style definitions by name ("Normal", "Heading 1"): what inserted
   * paragraphs naming them get instead of the package's (see `SimStyle`). Default none.
   */
  styles?: Record<string, SimStyle>;
}

export interface SimulatedWord {
  Word: WordLike;
  settings: SimulatedSettings;
  /** `Office.context.document.customXmlParts`: parts kept with the document. */
  customXmlParts: SimulatedCustomXmlParts;
  /** `Office.context.requirements.isSetSupported` for this host. */
  isSetSupported: IsSetSupported;
  /** Round trips to the host so far (every `context.sync()`, including Word.run's final one). */
  syncCount(): number;
  /**
   * Bytes the host's answers carried so far: every property loaded and every method result, as
   * JSON (`"name":value`, UTF-8). Word on the web sends these over the network, within a size
   * limit (see src/word/README.md).
   */
  responseBytes(): number;
  document: {
    paragraphs(): SimParagraph[];
    /** The page setup in points (what `Document.pageSetup` reports). */
    page(): SimPage;
    selection(): SimSelection | null;
    comments(): SimComment[];
    /** The custom document properties, as the file keeps them. */
    customProperties(): Record<string, unknown>;
    /** Temporary highlights shown (WordApi 1.8): never saved with the document. */
    temporaryHighlights(): SimSelection[];
    /** What the user would do by clicking or typing in Word. */
    setSelection(selection: SimSelection): void;
    typeText(paragraph: number, offset: number, text: string): void;
    removeParagraph(paragraph: number): void;
    /** The user opens or closes Word's Find and Replace dialog. */
    setFindDialogOpen(open: boolean): void;
    /** Another document takes the window's place (the preview opens its file after the pane is shown). */
    open(model: DocumentModel): void;
    /**
     * The same, from the file's WordprocessingML (as `ooxmlPackageOfDocx` in docx.ts makes it): Word's text,
     * deletions and fields included. Through core.ts alone, await `loadOoxmlReader()` first.
     */
    openOoxml(ooxml: string): void;
  };
  /** Called after each change of the document or the selection; returns an unsubscribe function. */
  onChange(listener: (change: SimChange) => void): () => void;
}

const ALIGNMENTS: Record<Alignment, SimAlignment> = {
  left: "Left",
  center: "Centered",
  right: "Right",
  justify: "Justified",
};

function paragraphFromModel(paragraph: Paragraph, base: SimFont): ParagraphState {
  const format = paragraph.format;
  const headingLevel = format.headingLevel ?? headingFromStyle(format.style);
  const style = format.style ?? (headingLevel ? `Heading ${headingLevel}` : "Normal");
  const styleBuiltIn = headingLevel ? `Heading${headingLevel}` : style === "Normal" ? "Normal" : "Other";
  const font = fontFromFormat(format, base);
  const state: ParagraphState = {
    style,
    styleBuiltIn,
    alignment: format.alignment ? ALIGNMENTS[format.alignment] : "Left",
    tableNestingLevel: paragraph.cell?.depth ?? 0,
    markFont: { ...font },
    runs: runsFromMarks(paragraph, font),
    layout: layoutFromFormat(format),
  };
  // Word draws a list's number but keeps it out of the text, as the .docx reader does.
  if (paragraph.listLabel) state.listLabel = paragraph.listLabel;
  // The page is drawn with the document's tables; the reader counts tables in document order.
  if (paragraph.cell && paragraph.cell.depth === 1 && paragraph.cell.row >= 0 && paragraph.cell.cell >= 0) {
    state.cell = { table: `document-${paragraph.cell.table}`, row: paragraph.cell.row, cell: paragraph.cell.cell };
  }
  if (paragraph.cell && paragraph.cell.row >= 0 && paragraph.cell.cell >= 0) state.innermostCell = { row: paragraph.cell.row, cell: paragraph.cell.cell };
  return state;
}

/** UTF-8 length of a string, without allocating it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

function headingFromStyle(style: string | undefined): number | undefined {
  const match = style ? /^Heading ([1-9])$/.exec(style) : null;
  return match ? Number(match[1]) : undefined;
}

/** Bold/italic marks become runs, so Word reports mixed formatting the way it would. */
function runsFromMarks(paragraph: Paragraph, font: SimFont): SimRun[] {
  const text = paragraph.text;
  const marks = (paragraph.marks ?? []).filter((mark) => mark.kind !== "superscript");
  if (marks.length === 0) return normalizeRuns([{ text, font }]);
  const cuts = new Set<number>([0, text.length]);
  for (const mark of marks) {
    cuts.add(Math.max(0, Math.min(text.length, mark.start)));
    cuts.add(Math.max(0, Math.min(text.length, mark.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: SimRun[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const start = points[index];
    const end = points[index + 1];
    const covering = marks.filter((mark) => mark.start <= start && mark.end >= end);
    runs.push({
      text: text.slice(start, end),
      font: {
        ...font,
        bold: font.bold || covering.some((mark) => mark.kind === "bold"),
        italic: font.italic || covering.some((mark) => mark.kind === "italic"),
      },
    });
  }
  return normalizeRuns(runs);
}

/**
 * `Office.context.document.settings`: `set` changes the pane's copy; `saveAsync` puts it in
 * the document (which keeps it in the file when the user saves), and a pane opened later sees
 * only what was saved (https://learn.microsoft.com/javascript/api/office/office.settings).
 */
function simulatedSettings(saved: Record<string, unknown>): SimulatedSettings {
  const stored = new Map<string, unknown>(Object.entries(saved));
  let failure: string | null = null;
  return {
    get: (name) => (stored.has(name) ? stored.get(name) : null),
    set: (name, value) => {
      stored.set(name, value);
    },
    saveAsync: (callback) => {
      const error = failure;
      if (error === null) {
        for (const [name, value] of stored) {
          if (value === null) delete saved[name];
          else saved[name] = value;
        }
      }
      queueMicrotask(() =>
        callback?.(error === null ? { status: "succeeded", error: null } : { status: "failed", error: { message: error } }),
      );
    },
    saved: () => ({ ...saved }),
    failSaves: (message) => {
      failure = message;
    },
    reopened: () => simulatedSettings(saved),
  };
}

export function createSimulatedWord(model: DocumentModel, options: SimulatedWordOptions = {}): SimulatedWord {
  return simulate((base) => model.paragraphs.map((paragraph) => paragraphFromModel(paragraph, base)), options, model.page);
}

/**
 * A simulated Word with a document opened from its WordprocessingML (a flat OPC package, as
 * `ooxmlPackageOfDocx` in docx.ts makes of a .docx): tracked deletions, field codes, note marks
 * and hidden text are in its paragraphs' text as Word gives them, unlike a document made from a
 * model. Through core.ts alone, await `loadOoxmlReader()` first.
 */
export function createSimulatedWordFromOoxml(ooxml: string, options: SimulatedWordOptions = {}): SimulatedWord {
  return simulate((base) => ooxmlReader().parseOoxml(ooxml, base, { opening: true }), options);
}

/** `opened`: the document's paragraphs, made with the font text without one of its own shows. */
function simulate(opened: (base: SimFont) => ParagraphState[], options: SimulatedWordOptions, page?: PageSetup): SimulatedWord {
  const base: SimFont = { ...DEFAULT_FONT, ...options.defaultFont };
  const state = new SimDocumentState(opened(base));
  state.styles = { ...options.styles };
  const apiMinorVersion = options.apiMinorVersion ?? 4;
  const desktopApiMinorVersion = options.desktopApiMinorVersion ?? 0;
  const points = (mm: number | undefined, fallback: number): number => (mm === undefined ? fallback : Math.round((mm * 72 * 100) / 25.4) / 100);
  if (page) {
    state.page = {
      pageWidth: points(page.width, state.page.pageWidth),
      pageHeight: points(page.height, state.page.pageHeight),
      topMargin: points(page.marginTop, state.page.topMargin),
      bottomMargin: points(page.marginBottom, state.page.bottomMargin),
      leftMargin: points(page.marginLeft, state.page.leftMargin),
      rightMargin: points(page.marginRight, state.page.rightMargin),
      orientation: page.orientation === "landscape" ? "Landscape" : "Portrait",
    };
  }
  const listeners = new Set<(change: SimChange) => void>();
  let syncs = 0;
  let responseBytes = 0;

  const emit = (change: SimChange): void => {
    for (const listener of [...listeners]) listener(change);
  };

  const host: SimHost = {
    state,
    apiMinorVersion,
    desktopApiMinorVersion,
    platform: options.platform ?? "PC",
    findDialogOpen: false,
    rejectsSearch: options.rejectsSearch,
    countSync: () => {
      syncs++;
    },
    responseTotal: () => responseBytes,
    responseLimit: options.responseLimit,
    countResponse: (name, value) => {
      // As JSON, the form Office's responses take: "name":value, in UTF-8.
      responseBytes += utf8Length(JSON.stringify(value) ?? "null") + name.length + 4;
    },
    afterSync: (before) => {
      if (state.version !== before.version) emit({ kind: "document" });
      if (state.selectionVersion !== before.selectionVersion) emit({ kind: "selection" });
    },
  };

  async function run<T>(
    first: unknown[] | unknown | ((context: SimRequestContext) => Promise<T>),
    second?: (context: SimRequestContext) => Promise<T>,
  ): Promise<T> {
    let context: SimRequestContext;
    let batch: (context: SimRequestContext) => Promise<T>;
    if (typeof first === "function") {
      context = new SimRequestContext(host);
      batch = first as (context: SimRequestContext) => Promise<T>;
    } else {
      const objects = Array.isArray(first) ? first : [first];
      const owner = objects[0];
      if (!(owner instanceof SimClientObject) || !second) {
        throw new SimOfficeError("InvalidArgument", "Word.run needs objects of an earlier batch and a function.");
      }
      // Every proxy's context is the request context that made it.
      context = owner.context as SimRequestContext;
      batch = second;
    }
    context.beginBatch();
    try {
      const result = await batch(context);
      // Word.run sends what the batch queued but did not sync.
      if (context.hasPending()) await context.sync();
      return result;
    } finally {
      context.endBatch();
    }
  }

  const settings = simulatedSettings({});

  const paragraphAt = (index: number): ParagraphState => {
    const paragraph = state.paragraphs[index];
    if (!paragraph) throw new RangeError(`No paragraph ${index} in the simulated document.`);
    return paragraph;
  };

  return {
    Word: { run } as WordLike,
    settings,
    customXmlParts: createSimulatedCustomXmlParts(options.customXml),
    isSetSupported: (name, minVersion) => {
      // Common API set of Word 2013 and later: https://learn.microsoft.com/javascript/api/requirement-sets/common/custom-xml-parts-requirement-sets
      if (name === "CustomXmlParts") return (minVersion ?? "1.1") === "1.1";
      const minor = Number((minVersion ?? "1.1").split(".")[1] ?? "0");
      if (name === "WordApiDesktop") return minor <= desktopApiMinorVersion;
      if (name !== "WordApi") return false;
      return minor <= apiMinorVersion;
    },
    syncCount: () => syncs,
    responseBytes: () => responseBytes,
    document: {
      paragraphs: () => state.snapshot(),
      page: () => ({ ...state.page }),
      selection: () => state.toPublicSelection(state.selection),
      comments: () =>
        state.comments
          .filter((comment) => state.isLive(comment.range))
          .map((comment) => {
            const place = state.toPublicSelection(comment.range);
            return { paragraph: place.paragraph, start: place.start, end: place.end, text: comment.text };
          }),
      customProperties: () => Object.fromEntries(state.customProperties),
      temporaryHighlights: () =>
        [...state.temporaryHighlights].filter((range) => state.isLive(range)).map((range) => state.toPublicSelection(range)),
      setSelection: (selection) => {
        const start = paragraphAt(selection.paragraph);
        const end = paragraphAt(selection.endParagraph ?? selection.paragraph);
        state.select({ start: { para: start, offset: selection.start }, end: { para: end, offset: selection.end } });
        emit({ kind: "selection" });
      },
      typeText: (paragraph, offset, text) => {
        state.insertText(paragraphAt(paragraph), offset, text);
        emit({ kind: "document" });
      },
      setFindDialogOpen: (open) => {
        host.findDialogOpen = open;
      },
      open: (model) => {
        state.reset(model.paragraphs.map((paragraph) => paragraphFromModel(paragraph, base)));
        emit({ kind: "document" });
        emit({ kind: "selection" });
      },
      openOoxml: (ooxml) => {
        state.reset(ooxmlReader().parseOoxml(ooxml, base, { opening: true }));
        emit({ kind: "document" });
        emit({ kind: "selection" });
      },
      removeParagraph: (paragraph) => {
        paragraphAt(paragraph);
        state.removeParagraph(paragraph);
        emit({ kind: "document" });
        emit({ kind: "selection" });
      },
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
