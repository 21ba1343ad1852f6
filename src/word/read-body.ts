/**
 * Reading the body for a check: the paragraphs' text and formatting in one round trip, the
 * text made the text of the file (tracked deletions out through the reviewed text, field codes
 * and marker characters out), and a windowed read when Word on the web refuses one answer
 * that large. Sizes measured by scripts/bench-word-payload.js (BENCHMARKS.md).
 */
import type { DocumentModel } from "../engine/model";
import { PAGE_PROPERTIES, pageFromWord, PARAGRAPH_PROPERTIES, paragraphsToModel } from "./read-model";
import type { ClientResultLike, IsSetSupported, PageSetupLike, ParagraphLike, TrackedChangeCollectionLike, WordLike } from "./types";

export interface BodyRead {
  model: DocumentModel;
  /** Word's own text of each paragraph, as searches see it. */
  wordTexts: string[];
}

/** `Body.getTrackedChanges` (1.6) and `Paragraph.getReviewedText` (1.4). */
const canReadTrackedChanges = (isSetSupported?: IsSetSupported): boolean => isSetSupported?.("WordApi", "1.6") ?? false;

/**
 * Word on the web refuses a sync whose request or answer is too large; Microsoft documents
 * the errors as occurring only in Office on the web, and a figure (5 MB) for Excel only:
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/**
 * Paragraphs per round trip when the body must be read in windows: about 1.2 MB of answer for
 * real documents (about 290 bytes a paragraph measured on corpus file 55; see BENCHMARKS.md),
 * well under the limit even if Word's answers carry more per paragraph than the JSON counted.
 */
const PAGE_OF_PARAGRAPHS = 4000;

/** The page setup (WordApiDesktop 1.3: Word for Windows and Mac), read in the body's round trip. */
export const canReadPage = (isSetSupported?: IsSetSupported): boolean => isSetSupported?.("WordApiDesktop", "1.3") ?? false;

/** The model with the page, when Word gave it. */
function withPage(read: BodyRead, page: PageSetupLike | null): BodyRead {
  if (page) read.model.page = pageFromWord(page);
  return read;
}

/** The whole body in one round trip (two when the document holds tracked deletions). */
const readWhole = (word: WordLike, isSetSupported?: IsSetSupported): Promise<BodyRead> =>
  word.run(async (context) => {
    const body = context.document.body;
    const paragraphs = body.paragraphs;
    paragraphs.load(PARAGRAPH_PROPERTIES);
    const page = canReadPage(isSetSupported) ? context.document.pageSetup : null;
    page?.load(PAGE_PROPERTIES);
    let changes: TrackedChangeCollectionLike | null = null;
    if (canReadTrackedChanges(isSetSupported)) {
      // Only the changes' kinds: a few bytes each, in the same round trip.
      changes = body.getTrackedChanges();
      changes.load("items/type");
    }
    await context.sync();
    const wordTexts = paragraphs.items.map((paragraph) => paragraph.text);
    if (!changes?.items.some((change) => change.type === "Deleted")) return withPage({ model: paragraphsToModel(paragraphs.items), wordTexts }, page);
    // Word's `text` keeps tracked deletions; the document's text is the text with changes
    // applied. Only a document with tracked deletions pays this second round trip.
    let current: ClientResultLike<string>[] = [];
    if (canReadTrackedChanges(isSetSupported)) current = paragraphs.items.map((paragraph) => paragraph.getReviewedText("Current"));
    await context.sync();
    return withPage(
      {
        model: paragraphsToModel(
          paragraphs.items,
          current.map((result) => result.value),
        ),
        wordTexts,
      },
      page,
    );
  });

/**
 * Only when Word on the web refused the whole body in one answer: the same properties, a
 * window of paragraphs per round trip, until a window comes back short. Tracked deletions
 * are not taken out here (that would double what each window carries).
 */
const readInPages = (word: WordLike): Promise<BodyRead> =>
  word.run(async (context) => {
    const items: ParagraphLike[] = [];
    for (;;) {
      const page = context.document.body.paragraphs;
      page.load({ select: PARAGRAPH_PROPERTIES, top: PAGE_OF_PARAGRAPHS, skip: items.length });
      await context.sync();
      items.push(...page.items);
      if (page.items.length < PAGE_OF_PARAGRAPHS) break;
    }
    return { model: paragraphsToModel(items), wordTexts: items.map((paragraph) => paragraph.text) };
  });

/** The body as a model, whole when Word can answer that, else in windows of paragraphs. */
export async function readBody(word: WordLike, isSetSupported?: IsSetSupported): Promise<BodyRead> {
  try {
    return await readWhole(word, isSetSupported);
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
  }
  return readInPages(word);
}
