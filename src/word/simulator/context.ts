/**
 * Office-like proxies over the simulated document. They follow Office.js's rules: a property
 * can be read only after it was `load`ed and `context.sync()` ran; writes and method calls
 * are queued and applied, in order, at `sync()`; objects created in one `Word.run` batch are
 * unusable in a later one unless tracked.
 */
import { invalidObjectPath, SimOfficeError } from "./errors";
import { parseOoxml } from "./ooxml";
import { SimClientObject, type Operation, type SimHost } from "./client";
import { SimPageSetupProxy } from "./page-setup";
import { SimRange } from "./ranges";
import { SimParagraphCollection } from "./paragraphs";
import {
  DEFAULT_FONT,
  paragraphText,
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

  adopt(object: SimClientObject): void {
    this.owned.add(object);
  }

  async sync(): Promise<void> {
    this.host.countSync();
    this.syncSerial++;
    const operations = this.queue;
    this.queue = [];
    const before = { version: this.state.version, selectionVersion: this.state.selectionVersion };
    try {
      for (const operation of operations) {
        if (operation.owner && !operation.owner.usable()) throw invalidObjectPath();
        operation.apply();
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

  insertOoxml(ooxml: string, insertLocation: "Start" | "End" | "Replace"): SimRange {
    const inserted = new SimRange(this.context, null);
    this.context.enqueue(this, () => {
      const state = this.context.state;
      const edge = insertLocation === "Start" ? state.paragraphs[0] : state.paragraphs[state.paragraphs.length - 1];
      const paragraphs = parseOoxml(ooxml, { ...(edge?.markFont ?? DEFAULT_FONT) });
      if (insertLocation === "Replace") {
        const first = state.paragraphs[0];
        const last = state.paragraphs[state.paragraphs.length - 1];
        state.deleteRange({ start: { para: first, offset: 0 }, end: { para: last, offset: paragraphText(last).length } });
        const at = { para: state.paragraphs[0], offset: 0 };
        inserted.bind(state.insertParagraphs(at, paragraphs) ?? { start: at, end: at });
        return;
      }
      const ref = state.insertAtBodyEdge(insertLocation, paragraphs);
      const fallback = { para: edge, offset: insertLocation === "Start" ? 0 : paragraphText(edge).length };
      inserted.bind(ref ?? { start: fallback, end: fallback });
    });
    return inserted;
  }
}

export class SimDocument extends SimClientObject {
  readonly body: SimBody;
  private pageSetupProxy: SimPageSetupProxy | null = null;

  constructor(context: SimRequestContext) {
    super(context);
    this.rooted = true;
    this.body = new SimBody(context);
  }

  protected scalarNames(): readonly string[] {
    return [];
  }
  protected scalarValue(): unknown {
    return undefined;
  }
  protected override navigation(name: string): SimClientObject | undefined {
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
