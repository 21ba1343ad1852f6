/**
 * The only code that talks to Word. It takes the Word namespace (real Office.js, the
 * simulator or a mock) as a dependency and keeps round trips few and fixed: no operation
 * syncs inside a loop, so the cost does not grow with the number of spans or paragraphs.
 */
import type { FormatFix } from "../engine/fix/types";
import type { DocumentModel, Span } from "../engine/model";
import type { Finding, FindingAnchor } from "../engine/types";
import { InputError } from "../engine/errors";
import { isFindDialogOpen, WordAdapterError } from "./errors";
import { applyFixesInWord, type WordFixStatus } from "./fix";
import { HEADER_SEARCH_DEPTH, planSpanSearch, startsWithHeader } from "./locate";
import { loadParagraphTexts, selectSpanIn, type SelectOutcome } from "./select";
import { insertAt, insertAtStartAsRead, insertBefore, type FirstAsRead, type InsertPlace, type PlacedPart } from "./insert";
import { MARK_COLOR, readMarkRecords, restoreRecordedMarks, searchablePieces, writeMarkRecords, type MarkRecord } from "./marks";
import { canReadPage, readBody } from "./read-body";
import { pickRange, queueSearch } from "./search";
import { createRequestStore } from "./stored-request";
import { createWaiverStore } from "./waivers";
import { convertBodyOoxml } from "./convert-legacy";
import type {
  CustomXmlPartsLike,
  IsSetSupported,
  ParagraphLike,
  RangeLike,
  RequestContextLike,
  SettingsLike,
  WordLike,
} from "./types";

export { PARAGRAPH_PROPERTIES, paragraphsToModel } from "./read-model";
export type { WordFixStatus } from "./fix";

export type { InsertPlace, PlacedPart } from "./insert";

/** A span to mark, with the text expected there (a `Finding` fits). */
export interface MarkTarget {
  span?: Span;
  excerpt: string;
}

export interface WordAdapterOptions {
  /** `Office.context.document.settings`; without it the request cannot be kept with the document. */
  settings?: SettingsLike;
  /** `Office.context.requirements.isSetSupported`; without it only WordApi 1.3 is assumed. */
  isSetSupported?: IsSetSupported;
  /** `Office.context.document.customXmlParts`; without it waivers cannot be kept in the document. */
  customXmlParts?: CustomXmlPartsLike;
}

export type { SelectOutcome } from "./select";


export interface WordAdapter {
  /** The whole body as an engine model, in one round trip. Needs WordApi 1.3. */
  readDocument(): Promise<DocumentModel>;
  /**
   * Selects the span and says what it could select: the text at its place ("exact"), the same
   * text elsewhere in the paragraph ("nearby"), only the paragraph ("paragraph": the text is no
   * longer there, or the excerpt was empty), or nothing ("gone": the paragraph no longer exists).
   */
  selectSpan(span: Span, excerpt: string): Promise<SelectOutcome>;
  /**
   * Puts the cursor at the start ("before") or end ("after") of a paragraph: the place of
   * something the document lacks. "gone" when the paragraph no longer exists.
   */
  placeCursor(anchor: FindingAnchor): Promise<"placed" | "gone">;
  /**
   * Inserts a part at the start or end of the body, or at the cursor: before its paragraph when
   * a bare cursor is at the paragraph's start, otherwise after the (last) selected paragraph;
   * after the table when the place is in a table. The clerk's paragraphs keep their text and
   * formatting; the part arrives whole, followed by an empty line. Two round trips (see insert.ts).
   */
  insertOoxml(ooxml: string, where: InsertPlace): Promise<void>;
  /**
   * Inserts several parts, each before the paragraph it names (indices as the document was
   * read, whatever the other parts insert) or at the end; parts before one paragraph keep
   * their order. Two round trips, whatever the number of parts.
   */
  insertOoxmlBefore(parts: readonly PlacedPart[]): Promise<void>;
  /** Whether the first paragraphs already hold a national motto or Party name header. */
  hasHeader(): Promise<boolean>;
  /**
   * Marks the spans: with Word's temporary highlight where it has one (WordApi 1.8), else in
   * our highlight colour, remembering each one's previous highlight, also in the document's
   * settings (see marks.ts). Spans whose text mixes highlight colours are left unmarked,
   * because one value could not restore them. Returns how many were marked.
   */
  highlightSpans(targets: readonly MarkTarget[], color?: string): Promise<number>;
  /**
   * Takes away every mark `highlightSpans` left, restoring what was there before, also marks
   * left by an earlier pane (found through the record kept with the document); false when Word
   * could not restore them all.
   */
  clearHighlights(): Promise<boolean>;
  /** Whether the document holds marks of an earlier check that `clearHighlights` can take away. */
  hasLeftMarks(): boolean;
  /** Whether `addComments` can work here (WordApi 1.4). */
  canAddComments(): boolean;
  /** Adds one Word comment per finding that has a span, worded by `describe`; returns how many were added. */
  addComments(findings: readonly Finding[], describe: (finding: Finding) => string): Promise<number>;
  /** Whether page fixes can be applied here (WordApiDesktop 1.3: Word for Windows and Mac). */
  canSetPage(): boolean;
  /**
   * Applies formatting fixes (and confirmed text replacements) without moving the selection;
   * `checked` is each paragraph's text as checked, so paragraphs changed since are skipped.
   * One status per fix. Two round trips, three with text replacements.
   */
  applyFixes(fixes: readonly FormatFix[], checked: readonly string[]): Promise<WordFixStatus[]>;
  /** The request profile JSON kept in this document's settings, or null. */
  getStoredRequest(): string | null;
  /**
   * The request profile JSON kept with this document: from its settings, else from its custom
   * document properties (what Word on the web reads of a file saved on the desktop); null when none.
   */
  loadStoredRequest(): Promise<string | null>;
  /**
   * Keeps the request profile JSON with the document, in its settings and its custom document
   * properties; the file keeps them when the user saves it. Fails only when neither could be written.
   */
  storeRequest(json: string): Promise<void>;
  /** Whether waivers can be kept in this document (custom XML parts; see waivers.ts). */
  canKeepWaivers(): boolean;
  /** The XML of the document's waivers parts; no `Word.run` round trip, so it can run beside `readDocument`. */
  readWaivers(): Promise<string[]>;
  /** Replaces the waivers with `change(current parts' XML)`, read just before, so a co-author's are merged. */
  updateWaivers(change: (current: readonly string[]) => string): Promise<void>;
  /**
   * Replaces the body with what `convert` makes of its OOXML (null: leave it), formatting kept;
   * read and write are one round trip each (see convert-legacy.ts). Whether the body changed.
   */
  convertBody(convert: (ooxml: string) => string | null): Promise<boolean>;
}

export { REQUEST_SETTING } from "./stored-request";

const HEADER_APPEARED = [
  "Văn bản đã thay đổi từ lần đọc trước: đầu văn bản nay đã có Quốc hiệu hoặc tên Đảng nên phần đầu chưa được chèn. Bấm Chèn phần đầu lần nữa nếu vẫn muốn chèn thêm.",
  "The document has changed since it was last read: its top now holds the national motto or the Party's name, so the header was not inserted. Press Insert header again to insert one anyway.",
] as const;

const FIND_DIALOG_OPEN = [
  "Word đang mở hộp thoại Tìm và Thay thế (Find and Replace) nên không tìm được chỗ cần xem. Hãy đóng hộp thoại đó rồi thử lại.",
  "Word's Find and Replace dialog is open, so the place cannot be found. Close that dialog and try again.",
] as const;

/**
 * Finds many spans with one sync for all the searches (after the paragraphs' texts are loaded).
 * One search Word rejects fails the whole sync, so then each is searched again on its own: a
 * bad one is left out instead of losing every other.
 */
async function locateSpans(
  context: RequestContextLike,
  paragraphs: readonly ParagraphLike[],
  targets: readonly MarkTarget[],
): Promise<(RangeLike | null)[]> {
  const plans = targets.map((target) => {
    const paragraph = target.span ? paragraphs[target.span.paragraph] : undefined;
    if (!paragraph || !target.span) return null;
    const plan = planSpanSearch(paragraph.text, target.span, target.excerpt);
    return plan ? { paragraph, plan } : null;
  });
  if (plans.every((plan) => plan === null)) return plans.map(() => null);
  const searches = plans.map((planned) => (planned ? queueSearch(planned.paragraph, planned.plan) : null));
  try {
    await context.sync();
    return searches.map((search) => (search ? pickRange(search) : null));
  } catch (error) {
    if (isFindDialogOpen(error)) throw error;
  }
  // Only after a failure: one round trip per span, so one bad span costs only itself.
  const ranges: (RangeLike | null)[] = [];
  for (const planned of plans) {
    if (!planned) {
      ranges.push(null);
      continue;
    }
    const search = queueSearch(planned.paragraph, planned.plan);
    try {
      await context.sync();
      ranges.push(pickRange(search));
    } catch (error) {
      if (isFindDialogOpen(error)) throw error;
      ranges.push(null);
    }
  }
  return ranges;
}

/**
 * Proxies for paragraphs by index without loading the collection: a chain of `getNext` from
 * the first paragraph, queued with no round trip. An index past the end fails at the sync.
 */
function paragraphsAt(context: RequestContextLike, indices: readonly number[]): Map<number, ParagraphLike> {
  const wanted = [...new Set(indices.map((index) => Math.max(0, Math.floor(index))))].sort((a, b) => a - b);
  const found = new Map<number, ParagraphLike>();
  let at = 0;
  let paragraph: ParagraphLike | null = null;
  for (const index of wanted) {
    paragraph ??= context.document.body.paragraphs.getFirst();
    for (; at < index; at++) paragraph = paragraph.getNext();
    found.set(index, paragraph);
  }
  return found;
}

interface Mark {
  range: RangeLike;
  previous: string | null;
  /** A temporary highlight (WordApi 1.8), removed with `removeHighlight`. */
  temporary?: boolean;
}

const FAILURES = {
  "read-failed": [
    "Không đọc được nội dung văn bản từ Word. Hãy đóng các hộp thoại đang mở trong Word rồi bấm Kiểm tra lại.",
    "Word did not return the document's text. Close any open dialog in Word and run the check again.",
  ],
  "select-failed": [
    "Không chuyển được đến chỗ cần xem. Hãy bấm Kiểm tra lại rồi thử lần nữa.",
    "Could not go to that place in the document. Run the check again and retry.",
  ],
  "mark-failed": [
    "Không đánh dấu được các chỗ cần xem trong văn bản. Hãy bấm Kiểm tra lại rồi thử lần nữa.",
    "Could not mark the places in the document. Run the check again and retry.",
  ],
  "convert-failed": [
    "Word không chuyển được văn bản sang Unicode. Hãy đóng các hộp thoại đang mở trong Word rồi thử lại; nếu văn bản đã đổi một phần, bấm Ctrl+Z. Cũng có thể chuyển cả tệp bằng lệnh vanban convert.",
    "Word could not convert the document to Unicode. Close any open dialog in Word and try again; if part of the document changed, press Ctrl+Z. The whole file can also be converted with vanban convert.",
  ],
  "fix-failed": [
    "Word không sửa được định dạng. Hãy bấm vào văn bản (ngoài hộp thoại đang mở) rồi thử lại.",
    "Word could not change the formatting. Click in the document (outside any open dialog) and try again.",
  ],
  "insert-failed": [
    "Word không chèn được nội dung. Hãy bấm vào vị trí khác trong văn bản (ngoài hộp văn bản, chú thích) rồi thử lại.",
    "Word could not insert the content. Click somewhere else in the document (outside text boxes and comments) and try again.",
  ],
} as const;

/** Word's own errors (English, with codes) become messages a clerk can act on. */
async function explained<T>(code: keyof typeof FAILURES, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof WordAdapterError || error instanceof InputError) throw error;
    if (isFindDialogOpen(error)) throw new WordAdapterError("find-dialog-open", ...FIND_DIALOG_OPEN, error);
    const [message, messageEn] = FAILURES[code];
    throw new WordAdapterError(code, message, messageEn, error);
  }
}

export function createWordAdapter(word: WordLike, options: WordAdapterOptions = {}): WordAdapter {
  let marks: Mark[] = [];
  const waivers = createWaiverStore(options.customXmlParts, options.isSetSupported);
  /** Word's texts of the paragraphs at the last `readDocument`: where excerpts can be found without reading them again. */
  let lastTexts: string[] | null = null;
  /** The first paragraph as last read (by `readDocument` or `hasHeader`): where a header goes, decided without reading again. */
  let lastFirst: FirstAsRead | null = null;
  /** What `hasHeader` last answered from the last read instead of asking Word (null: it asked Word). */
  let headerAsRead: boolean | null = null;
  /** After the adapter changes the document, what it read before no longer describes it. */
  const forgetRead = (): void => {
    lastTexts = null;
    lastFirst = null;
    headerAsRead = null;
  };

  const canAddComments = (): boolean => options.isSetSupported?.("WordApi", "1.4") ?? false;
  const canSetPage = (): boolean => canReadPage(options.isSetSupported);

  /** `Range.highlight` and `removeHighlight` (WordApi 1.8): marks that are never saved. */
  const canHighlightTemporarily = (): boolean => options.isSetSupported?.("WordApi", "1.8") ?? false;

  const clearHighlights = async (): Promise<boolean> => {
    const restoring = marks;
    marks = [];
    const recorded = readMarkRecords(options.settings);
    let cleared = true;
    try {
      if (restoring.length > 0) {
        await word.run(
          restoring.map((mark) => mark.range),
          async (context) => {
            for (const mark of restoring) {
              if (mark.temporary && canHighlightTemporarily()) mark.range.removeHighlight();
              else mark.range.font.highlightColor = mark.previous;
              mark.range.untrack();
            }
            await context.sync();
          },
        );
      } else if (recorded.length > 0) {
        // Marks of an earlier pane (a reload, another session): found by their text and colour.
        await restoreRecordedMarks(word, recorded);
      }
    } catch {
      cleared = false;
    }
    if (cleared && recorded.length > 0) await writeMarkRecords(options.settings, []);
    return cleared;
  };

  return {
    readDocument: () =>
      explained("read-failed", async () => {
        const read = await readBody(word, options.isSetSupported);
        lastTexts = read.wordTexts;
        lastFirst = read.wordTexts.length > 0 ? { text: read.wordTexts[0], depth: read.model.paragraphs[0].cell?.depth ?? 0 } : null;
        headerAsRead = null;
        return read.model;
      }),

    selectSpan: (span, excerpt) =>
      explained("select-failed", () =>
        word.run(async (context): Promise<SelectOutcome> => {
          const selected = await selectSpanIn(context, span, excerpt, lastTexts);
          if (selected.texts) lastTexts = selected.texts;
          return selected.outcome;
        }),
      ),

    placeCursor: (anchor) =>
      explained("select-failed", () =>
        word.run(async (context): Promise<"placed" | "gone"> => {
          const paragraph = paragraphsAt(context, [anchor.paragraph]).get(Math.max(0, Math.floor(anchor.paragraph)));
          paragraph?.select(anchor.placement === "before" ? "Start" : "End");
          try {
            await context.sync();
            return "placed";
          } catch {
            // The paragraph is no longer there: the document is shorter than when it was checked.
            return "gone";
          }
        }),
      ),

    insertOoxmlBefore: (parts) => {
      forgetRead();
      return explained("insert-failed", () =>
        word.run((context) => insertBefore(context, parts, (indices) => paragraphsAt(context, indices))),
      );
    },

    convertBody: (convert) => {
      forgetRead();
      return explained("convert-failed", () => convertBodyOoxml(word, convert));
    },

    insertOoxml: (ooxml, where) => {
      const first = where === "start" ? lastFirst : null;
      const header = headerAsRead;
      forgetRead();
      return explained("insert-failed", async () => {
        // At the start, the place known from the last read: one round trip, unless the top of
        // the document has changed since (see insertAtStartAsRead).
        if (first && (await word.run((context) => insertAtStartAsRead(context, ooxml, first)))) return;
        // A "no header" said from the last read is confirmed on the document as it is now.
        const confirm =
          where === "start" && header === false
            ? (opening: string[]): void => {
                if (startsWithHeader(opening)) throw new WordAdapterError("header-appeared", ...HEADER_APPEARED);
              }
            : undefined;
        await word.run((context) => insertAt(context, ooxml, where, confirm));
      });
    },

    hasHeader: () => {
      // From the last read when there is one: no round trip (insertOoxml at the start checks it).
      if (lastTexts) {
        headerAsRead = startsWithHeader(lastTexts);
        return Promise.resolve(headerAsRead);
      }
      return explained("read-failed", () =>
        word.run(async (context) => {
          // Only the paragraphs a header can be in, and where the first one sits.
          const paragraphs = context.document.body.paragraphs;
          paragraphs.load({ select: "text,tableNestingLevel", top: HEADER_SEARCH_DEPTH });
          await context.sync();
          const [first] = paragraphs.items;
          lastFirst = first ? { text: first.text, depth: first.tableNestingLevel } : null;
          headerAsRead = null;
          return startsWithHeader(paragraphs.items.map((paragraph) => paragraph.text));
        }),
      );
    },

    highlightSpans: async (targets, color = MARK_COLOR) => {
      await clearHighlights();
      const records: MarkRecord[] = [];
      const count = await explained("mark-failed", () =>
        word.run(async (context) => {
          const paragraphs = await loadParagraphTexts(context);
          const ranges = (await locateSpans(context, paragraphs, targets)).filter(
            (range): range is RangeLike => range !== null,
          );
          if (ranges.length === 0) return 0;
          if (canHighlightTemporarily()) {
            for (const range of ranges) {
              range.track();
              range.highlight();
              marks.push({ range, previous: null, temporary: true });
            }
            await context.sync();
            return marks.length;
          }
          for (const range of ranges) range.load("text,font/highlightColor");
          await context.sync();
          for (const range of ranges) {
            const previous = range.font.highlightColor;
            if (previous === "") continue;
            range.track();
            range.font.highlightColor = color;
            marks.push({ range, previous: previous ?? null });
            for (const text of searchablePieces(range.text)) records.push({ text, color, previous: previous ?? null });
          }
          await context.sync();
          return marks.length;
        }),
      );
      if (records.length > 0) await writeMarkRecords(options.settings, records);
      return count;
    },

    clearHighlights,

    hasLeftMarks: () => marks.length > 0 || readMarkRecords(options.settings).length > 0,

    canAddComments,

    addComments: async (findings, describe) => {
      if (!canAddComments()) {
        throw new WordAdapterError(
          "comments-unsupported",
          "Phiên bản Word này chưa cho phép thêm chú thích từ phần bổ trợ. Hãy dùng nút “Đến chỗ lỗi” để xem từng vấn đề.",
          "This version of Word does not let add-ins add comments. Use “Go to” to see each problem.",
        );
      }
      // A comment's anchor is a marker character in Word's paragraph text: the read no longer matches it.
      forgetRead();
      return explained("mark-failed", () =>
        word.run(async (context) => {
          const paragraphs = await loadParagraphTexts(context);
          const located = await locateSpans(context, paragraphs, findings);
          let added = 0;
          located.forEach((range, index) => {
            if (!range) return;
            const finding = findings[index];
            range.insertComment(describe(finding));
            added++;
          });
          if (added > 0) await context.sync();
          return added;
        }),
      );
    },

    canKeepWaivers: waivers.canKeep,
    readWaivers: waivers.read,
    updateWaivers: waivers.update,

    canSetPage,

    applyFixes: (fixes, checked) => {
      forgetRead();
      return explained("fix-failed", () => applyFixesInWord(word, fixes, checked, canSetPage()));
    },

    ...createRequestStore(word, options.settings),
  };
}
