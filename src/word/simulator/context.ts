/**
 * Office-like proxies over the simulated document. They follow Office.js's rules: a property
 * can be read only after it was `load`ed and `context.sync()` ran; writes and method calls
 * are queued and applied, in order, at `sync()`; objects created in one `Word.run` batch are
 * unusable in a later one unless tracked.
 */
import { invalidObjectPath, propertyNotLoaded, SimOfficeError } from "./errors";
import { bodyOoxml } from "./ooxml-write";
import { SimClientObject, type Operation, type SimHost } from "./client";
import { SimPageSetupProxy } from "./page-setup";
import { pasteParagraphs } from "./paste";
import { expectOoxml, itemPathsOf, parseInto, SimRange, SimRangeCollection } from "./ranges";
import { ooxmlReaderArriving } from "./reader";
import { findInText, unescapeSearchText, type SearchOptionsLike } from "./search";
import { SimParagraphCollection } from "./paragraphs";
import {
  paragraphText,
  type ParagraphState,
  type SimDocumentState,
} from "./state";

export class SimRequestContext {
  readonly document: SimDocument;
  readonly trackedObjects = {
    add: (objects: unknown): void => {
      for (const object of toList(objects)) object.track();
    },
    remove: (objects: unknown): void => {
      for (const object of toList(objects)) object.untrack();
    },
  };
  /** Increases each time a `Word.run` batch starts on this context. */
  generation = 0;
  /** Increases on every sync; collections use it to merge several loads of one sync. */
  syncSerial = 0;
  private queue: Operation[] = [];
  private readonly owned = new Set<SimClientObject>();

  constructor(readonly host: SimHost) {
    this.document = new SimDocument(this);
  }

  get state(): SimDocumentState {
    return this.host.state;
  }

  enqueue(owner: SimClientObject | null, apply: () => void): void {
    this.queue.push({ owner, apply });
  }

  hasPending(): boolean {
    return this.queue.length > 0;
  }

  paragraphsIn(scope: () => ParagraphState[]): SimParagraphCollection {
    return new SimParagraphCollection(this, scope);
  }

  adopt(object: SimClientObject): void {
    this.owned.add(object);
  }

  async sync(): Promise<void> {
    // Inserted markup waits for the OOXML reader's chunk (reader.ts); once it is there, nothing waits.
    const arriving = ooxmlReaderArriving();
    if (arriving) await arriving;
    this.host.countSync();
    this.syncSerial++;
    const operations = this.queue;
    this.queue = [];
    const before = { version: this.state.version, selectionVersion: this.state.selectionVersion };
    const answered = this.host.responseTotal();
    try {
      for (const operation of operations) {
        if (operation.owner && !operation.owner.usable()) throw invalidObjectPath();
        operation.apply();
      }
      const limit = this.host.responseLimit;
      if (limit !== undefined && this.host.responseTotal() - answered > limit) {
        throw new SimOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
      }
    } finally {
      this.host.afterSync(before);
    }
    // A round trip to the host is always asynchronous.
    await Promise.resolve();
  }

  beginBatch(): void {
    this.generation++;
  }

  /** Ends a batch: objects not tracked stop being usable and release their positions. */
  endBatch(): void {
    this.queue = [];
    for (const object of this.owned) {
      if (object.tracked || object.rooted) continue;
      object.release();
      this.owned.delete(object);
    }
  }
}

function toList(objects: unknown): SimClientObject[] {
  const list = Array.isArray(objects) ? objects : [objects];
  return list.map((object) => {
    if (!(object instanceof SimClientObject)) {
      throw new SimOfficeError("InvalidArgument", "Only objects of this request context can be tracked.");
    }
    return object;
  });
}

/** A value a method returns (Office's `ClientResult`): readable only after the sync that fills it. */
export class SimClientResult<T> {
  private filled = false;
  private result: T | undefined;

  get value(): T {
    if (!this.filled) throw propertyNotLoaded("value");
    return this.result as T;
  }

  fill(value: T): void {
    this.result = value;
    this.filled = true;
  }
}

export class SimBody extends SimClientObject {
  private paragraphCollection: SimParagraphCollection | null = null;

  constructor(context: SimRequestContext) {
    super(context);
    this.rooted = true;
  }

  protected scalarNames(): readonly string[] {
    return ["text"];
  }
  protected scalarValue(): unknown {
    return this.context.state.paragraphs.map(paragraphText).join("\r");
  }
  protected override navigation(name: string): SimClientObject | undefined {
    return name === "paragraphs" ? this.paragraphs : undefined;
  }

  get text(): string {
    return this.read("text");
  }

  get paragraphs(): SimParagraphCollection {
    this.paragraphCollection ??= new SimParagraphCollection(this.context);
    return this.paragraphCollection;
  }

  /** The body as a flat OPC package (WordApi 1.1), filled at the next sync. */
  getOoxml(): SimClientResult<string> {
    const result = new SimClientResult<string>();
    this.context.enqueue(this, () => result.fill(bodyOoxml(this.context.state.paragraphs)));
    return result;
  }

  /** Searches every paragraph of the body, in order; a match never crosses a paragraph's end. */
  search(searchText: string, searchOptions: SearchOptionsLike = {}): SimRangeCollection {
    return new SimRangeCollection(this.context, () => {
      const needleLength = unescapeSearchText(searchText).length;
      return this.context.state.paragraphs.flatMap((paragraph) =>
        findInText(paragraphText(paragraph), searchText, searchOptions, this.context.host).map((start) => ({
          start: { para: paragraph, offset: start },
          end: { para: paragraph, offset: start + needleLength },
        })),
      );
    });
  }

  /** WordApi 1.3: the body's start or end as an empty range, or the whole body. */
  getRange(rangeLocation: "Whole" | "Start" | "End" = "Whole"): SimRange {
    return new SimRange(this.context, () => {
      const paragraphs = this.context.state.paragraphs;
      const last = paragraphs[paragraphs.length - 1];
      const start = { para: paragraphs[0], offset: 0 };
      const end = { para: last, offset: paragraphText(last).length };
      if (rangeLocation === "Start") return { start, end: start };
      if (rangeLocation === "End") return { start: end, end };
      return { start, end };
    });
  }

  /**
   * WordApi 1.6: the body's tracked changes. The simulator records deletions only: one change
   * per run of deleted text.
   * https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-gettrackedchanges-member(1)
   */
  getTrackedChanges(): SimTrackedChangeCollection {
    this.ensureApiVersion(6, "Body.getTrackedChanges");
    return new SimTrackedChangeCollection(this.context as SimRequestContext);
  }

  /** Body "Start" and "End" paste at the first paragraph's start or the last one's end (see `paste.ts`). */
  insertOoxml(ooxml: string, insertLocation: "Start" | "End" | "Replace"): SimRange {
    const inserted = new SimRange(this.context, null);
    expectOoxml();
    this.context.enqueue(this, () => {
      const state = this.context.state;
      if (insertLocation === "Replace") {
        const at = { para: state.paragraphs[0], offset: 0 };
        inserted.bind(state.replaceBody(parseInto(state, ooxml, at)) ?? { start: at, end: at });
        return;
      }
      const edge = insertLocation === "End" ? state.paragraphs[state.paragraphs.length - 1] : state.paragraphs[0];
      const at = { para: edge, offset: insertLocation === "End" ? paragraphText(edge).length : 0 };
      inserted.bind(pasteParagraphs(state, at, parseInto(state, ooxml, at)));
    });
    return inserted;
  }
}

export class SimTrackedChange extends SimClientObject {
  constructor(
    context: SimRequestContext,
    private readonly deletedText: string,
  ) {
    super(context);
  }
  protected scalarNames(): readonly string[] {
    return ["type", "text"];
  }
  protected scalarValue(name: string): unknown {
    return name === "type" ? "Deleted" : this.deletedText;
  }
  get type(): string {
    return this.read("type");
  }
  get text(): string {
    return this.read("text");
  }
}

export class SimTrackedChangeCollection extends SimClientObject {
  constructor(context: SimRequestContext) {
    super(context);
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected scalarValue(): unknown {
    return undefined;
  }
  override applyLoad(paths: readonly string[]): void {
    const items: SimTrackedChange[] = [];
    for (const paragraph of this.context.state.paragraphs) {
      for (const run of paragraph.runs) {
        if (run.deleted) items.push(new SimTrackedChange(this.context as SimRequestContext, run.text));
      }
    }
    const itemPaths = itemPathsOf(paths);
    for (const item of items) item.applyLoad(itemPaths);
    this.loaded.set("items", items);
  }
  get items(): SimTrackedChange[] {
    return this.read("items");
  }
}

export class SimCustomProperty extends SimClientObject {
  constructor(
    context: SimRequestContext,
    private readonly propertyKey: string,
  ) {
    super(context);
  }
  protected scalarNames(): readonly string[] {
    return ["key", "value"];
  }
  protected scalarValue(name: string): unknown {
    return name === "key" ? this.propertyKey : this.context.state.customProperties.get(this.propertyKey);
  }
  get key(): string {
    return this.read("key");
  }
  get value(): unknown {
    return this.read("value");
  }
}

/**
 * WordApi 1.3. A text value holds at most 255 characters
 * (https://learn.microsoft.com/javascript/api/word/word.custompropertycollection#word-word-custompropertycollection-add-member(1)).
 */
export class SimCustomPropertyCollection extends SimClientObject {
  constructor(context: SimRequestContext) {
    super(context);
    this.rooted = true;
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected scalarValue(): unknown {
    return undefined;
  }
  override applyLoad(paths: readonly string[]): void {
    const items = [...this.context.state.customProperties.keys()].map((key) => new SimCustomProperty(this.context as SimRequestContext, key));
    const itemPaths = itemPathsOf(paths);
    for (const item of items) item.applyLoad(itemPaths);
    this.loaded.set("items", items);
  }
  get items(): SimCustomProperty[] {
    return this.read("items");
  }
  add(key: string, value: unknown): SimCustomProperty {
    this.context.enqueue(this, () => {
      if (typeof value === "string" && value.length > 255) {
        throw new SimOfficeError("InvalidArgument", "The value of a custom property can hold at most 255 characters.");
      }
      // A property is no content: the document's text and formatting, and its version, stay.
      this.context.state.customProperties.set(key, value);
    });
    return new SimCustomProperty(this.context as SimRequestContext, key);
  }
}

export class SimDocumentProperties extends SimClientObject {
  readonly customProperties: SimCustomPropertyCollection;
  constructor(context: SimRequestContext) {
    super(context);
    this.rooted = true;
    this.customProperties = new SimCustomPropertyCollection(context);
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected scalarValue(): unknown {
    return undefined;
  }
  protected override navigation(name: string): SimClientObject | undefined {
    return name === "customProperties" ? this.customProperties : undefined;
  }
}

export class SimDocument extends SimClientObject {
  readonly body: SimBody;
  readonly properties: SimDocumentProperties;
  private pageSetupProxy: SimPageSetupProxy | null = null;

  constructor(context: SimRequestContext) {
    super(context);
    this.rooted = true;
    this.body = new SimBody(context);
    this.properties = new SimDocumentProperties(context);
  }

  protected scalarNames(): readonly string[] {
    return [];
  }
  protected scalarValue(): unknown {
    return undefined;
  }
  protected override navigation(name: string): SimClientObject | undefined {
    if (name === "properties") return this.properties;
    return name === "body" ? this.body : undefined;
  }

  /** WordApiDesktop 1.3. */
  get pageSetup(): SimPageSetupProxy {
    this.pageSetupProxy ??= new SimPageSetupProxy(this.context);
    return this.pageSetupProxy;
  }

  getSelection(): SimRange {
    return new SimRange(this.context, () => {
      const selection = this.context.state.selection;
      return { start: { ...selection.start }, end: { ...selection.end } };
    });
  }
}
