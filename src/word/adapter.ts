/**
 * The only code that talks to Word. It takes the Word namespace (real Office.js, the
 * simulator or a mock) as a dependency and keeps round trips few and fixed: no operation
 * syncs inside a loop, so the cost does not grow with the number of spans or paragraphs.
 */
import type { FormatFix } from "../engine/fix/types";
import type { DocumentModel, Span } from "../engine/model";
import type { Finding, FindingAnchor } from "../engine/types";
import { InputError } from "../engine/errors";
import { WordAdapterError } from "./errors";
import { applyFixesInWord, type WordFixStatus } from "./fix";
import { excerptInParagraph, mayMatchLoosely, planSpanSearch, startsWithHeader } from "./locate";
import { MATCH_CASE, pickRange, queueSearch } from "./search";
import { PAGE_PROPERTIES, pageFromWord, PARAGRAPH_PROPERTIES, paragraphsToModel } from "./read-model";
import type {
  IsSetSupported,
  ParagraphLike,
  RangeLike,
  RequestContextLike,
  SettingsLike,
  WordLike,
} from "./types";

export { PARAGRAPH_PROPERTIES, paragraphsToModel } from "./read-model";
export type { WordFixStatus } from "./fix";

export type InsertPlace = "start" | "end" | "cursor";

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
}

export type SelectOutcome = "exact" | "nearby" | "paragraph" | "gone";

/** A part to insert before a paragraph (by index in the body as read), or at the end of the body (null). */
export interface PlacedPart {
  ooxml: string;
  before: number | null;
}

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
  /** Inserts at the start or end of the body, or after the selection (at the cursor when nothing is selected). */
  insertOoxml(ooxml: string, where: InsertPlace): Promise<void>;
  /**
   * Inserts several parts, each before the paragraph it names (indices as the document was
   * read, whatever the other parts insert) or at the end; parts before one paragraph keep
   * their order. One round trip.
   */
  insertOoxmlBefore(parts: readonly PlacedPart[]): Promise<void>;
  /** Whether the first paragraphs already hold a national motto or Party name header. */
  hasHeader(): Promise<boolean>;
  /**
   * Highlights the spans, remembering each one's previous highlight. Spans whose text mixes
   * highlight colours are left unmarked, because one value could not restore them. Returns
   * how many were marked.
   */
  highlightSpans(targets: readonly MarkTarget[], color?: string): Promise<number>;
  /** Restores every highlight changed by `highlightSpans`; false when Word could not restore them. */
  clearHighlights(): Promise<boolean>;
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
  /** The request profile JSON kept with this document, or null. */
  getStoredRequest(): string | null;
  /** Keeps the request profile JSON with the document (saved in the document's settings). */
  storeRequest(json: string): Promise<void>;
}

export const REQUEST_SETTING = "vanban.request";

/** Word refuses every search while the user has its Find and Replace dialog open. */
function isFindDialogOpen(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "SearchDialogIsOpen";
}

const FIND_DIALOG_OPEN = [
  "Word đang mở hộp thoại Tìm và Thay thế (Find and Replace) nên không tìm được chỗ cần xem. Hãy đóng hộp thoại đó rồi thử lại.",
  "Word's Find and Replace dialog is open, so the place cannot be found. Close that dialog and try again.",
] as const;

async function loadParagraphTexts(context: RequestContextLike): Promise<ParagraphLike[]> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text");
  await context.sync();
  return paragraphs.items;
}

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

/**
 * Syncs the queued searches; when Word rejects one, the clerk is still taken to the paragraph
 * (false). An open Find dialog stays an error the pane explains.
 */
async function syncOrParagraph(context: RequestContextLike, paragraph: ParagraphLike): Promise<boolean> {
  try {
    await context.sync();
    return true;
  } catch (error) {
    if (isFindDialogOpen(error)) throw error;
    paragraph.select();
    await context.sync();
    return false;
  }
}

export function createWordAdapter(word: WordLike, options: WordAdapterOptions = {}): WordAdapter {
  let marks: Mark[] = [];

  const canAddComments = (): boolean => options.isSetSupported?.("WordApi", "1.4") ?? false;
  const canSetPage = (): boolean => options.isSetSupported?.("WordApiDesktop", "1.3") ?? false;

  const clearHighlights = async (): Promise<boolean> => {
    if (marks.length === 0) return true;
    const restoring = marks;
    marks = [];
    try {
      await word.run(
        restoring.map((mark) => mark.range),
        async (context) => {
          for (const mark of restoring) {
            mark.range.font.highlightColor = mark.previous;
            mark.range.untrack();
          }
          await context.sync();
        },
      );
      return true;
    } catch {
      return false;
    }
  };

  return {
    readDocument: () =>
      explained("read-failed", () =>
        word.run(async (context) => {
          const paragraphs = context.document.body.paragraphs;
          paragraphs.load(PARAGRAPH_PROPERTIES);
          // The page too, in the same round trip, where Word has it (WordApiDesktop 1.3).
          const page = canSetPage() ? context.document.pageSetup : null;
          page?.load(PAGE_PROPERTIES);
          await context.sync();
          const model = paragraphsToModel(paragraphs.items);
          if (page) model.page = pageFromWord(page);
          return model;
        }),
      ),

    selectSpan: (span, excerpt) =>
      explained("select-failed", () =>
        word.run(async (context): Promise<SelectOutcome> => {
          const paragraphs = await loadParagraphTexts(context);
          const paragraph = paragraphs[span.paragraph];
          if (!paragraph) return "gone";
          const plan = planSpanSearch(paragraph.text, span, excerpt);
          if (!plan) {
            paragraph.select();
            await context.sync();
            return "paragraph";
          }
          const found: SelectOutcome = excerptInParagraph(paragraph.text, span, excerpt)?.position === span.start ? "exact" : "nearby";
          if (!plan.tail && plan.head.occurrence === 0 && !mayMatchLoosely(plan.head.text)) {
            // The first match needs no counting: search and select in the same round trip.
            paragraph.search(plan.head.search, MATCH_CASE).getFirst().select();
            return (await syncOrParagraph(context, paragraph)) ? found : "paragraph";
          }
          const planned = queueSearch(paragraph, plan);
          if (!(await syncOrParagraph(context, paragraph))) return "paragraph";
          const range = pickRange(planned);
          if (range) range.select();
          else paragraph.select();
          await context.sync();
          return range ? found : "paragraph";
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

    insertOoxmlBefore: (parts) =>
      explained("insert-failed", () =>
        word.run(async (context) => {
          // Every target is found before anything is inserted, so indices stay those of the read.
          const targets = paragraphsAt(
            context,
            parts.flatMap((part) => (part.before === null ? [] : [part.before])),
          );
          // The end first, then from the last place up: an insertion never moves a place still to
          // come, however the host resolves the paragraphs. Parts at one place keep their order.
          const ordered = parts
            .map((part, order) => ({ part, order }))
            .sort((a, b) => (b.part.before ?? Infinity) - (a.part.before ?? Infinity) || a.order - b.order);
          for (const { part } of ordered) {
            if (part.before === null) context.document.body.insertOoxml(part.ooxml, "End");
            else targets.get(Math.max(0, Math.floor(part.before)))?.getRange("Start").insertOoxml(part.ooxml, "Before");
          }
          await context.sync();
        }),
      ),

    insertOoxml: (ooxml, where) =>
      explained("insert-failed", () =>
        word.run(async (context) => {
          if (where === "cursor") {
            // "After" keeps a selection intact; on a bare cursor it inserts right there.
            context.document.getSelection().insertOoxml(ooxml, "After");
          } else {
            context.document.body.insertOoxml(ooxml, where === "start" ? "Start" : "End");
          }
          await context.sync();
        }),
      ),

    hasHeader: () =>
      explained("read-failed", () =>
        word.run(async (context) => {
          const paragraphs = await loadParagraphTexts(context);
          return startsWithHeader(paragraphs.map((paragraph) => paragraph.text));
        }),
      ),

    highlightSpans: async (targets, color = "Yellow") => {
      await clearHighlights();
      return explained("mark-failed", () =>
        word.run(async (context) => {
          const paragraphs = await loadParagraphTexts(context);
          const ranges = (await locateSpans(context, paragraphs, targets)).filter(
            (range): range is RangeLike => range !== null,
          );
          if (ranges.length === 0) return 0;
          for (const range of ranges) range.load("font/highlightColor");
          await context.sync();
          for (const range of ranges) {
            const previous = range.font.highlightColor;
            if (previous === "") continue;
            range.track();
            range.font.highlightColor = color;
            marks.push({ range, previous: previous ?? null });
          }
          await context.sync();
          return marks.length;
        }),
      );
    },

    clearHighlights,

    canAddComments,

    addComments: async (findings, describe) => {
      if (!canAddComments()) {
        throw new WordAdapterError(
          "comments-unsupported",
          "Phiên bản Word này chưa cho phép thêm chú thích từ phần bổ trợ. Hãy dùng nút “Đến chỗ lỗi” để xem từng vấn đề.",
          "This version of Word does not let add-ins add comments. Use “Go to” to see each problem.",
        );
      }
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

    canSetPage,

    applyFixes: (fixes, checked) => explained("fix-failed", () => applyFixesInWord(word, fixes, checked, canSetPage())),

    getStoredRequest: () => {
      const value = options.settings?.get(REQUEST_SETTING);
      return typeof value === "string" ? value : null;
    },

    storeRequest: (json) => {
      const settings = options.settings;
      if (!settings) {
        return Promise.reject(
          new WordAdapterError(
            "settings-unavailable",
            "Không lưu được yêu cầu vào văn bản vì Word không cho phép ở đây. Hãy lưu yêu cầu ra tệp JSON.",
            "The request cannot be kept in this document here. Save it to a JSON file instead.",
          ),
        );
      }
      try {
        JSON.parse(json);
      } catch {
        return Promise.reject(
          new InputError(
            "bad-json",
            "Nội dung yêu cầu không phải JSON hợp lệ nên không lưu vào văn bản. Hãy chọn lại yêu cầu.",
            "The request is not valid JSON, so it was not kept in the document. Choose the request again.",
          ),
        );
      }
      settings.set(REQUEST_SETTING, json);
      return new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === "succeeded" || result.status === 0) resolve();
          else
            reject(
              new WordAdapterError(
                "save-failed",
                "Word chưa lưu được yêu cầu vào văn bản. Hãy lưu văn bản rồi thử lại.",
                "Word could not keep the request in the document. Save the document and try again.",
                result.error,
              ),
            );
        });
      });
    },
  };
}
