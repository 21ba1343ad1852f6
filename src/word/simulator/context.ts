/**
 * Office-like proxies over the simulated document. They follow Office.js's rules: a property
 * can be read only after it was `load`ed and `context.sync()` ran; writes and method calls
 * are queued and applied, in order, at `sync()`; objects created in one `Word.run` batch are
 * unusable in a later one unless tracked.
 */
import { invalidObjectPath, propertyNotLoaded, SimOfficeError } from "./errors";
import { parseOoxml } from "./ooxml";
import {
  DEFAULT_FONT,
  paragraphText,
  type ParagraphState,
  type Position,
  type RangeRef,
  type SimDocumentState,
  type SimFont,
} from "./state";

/** What the proxies need from the simulator that owns them. */
export interface SimHost {
  state: SimDocumentState;
  /** WordApi minor version the simulated host supports (3 → WordApi 1.3). */
  apiMinorVersion: number;
  countSync(): void;
  afterSync(before: { version: number; selectionVersion: number }): void;
}

type Operation = { owner: SimClientObject | null; apply: () => void };

export type LoadSpec = string | string[] | { select?: string | string[] } | Record<string, unknown> | undefined;

/** Flattens every form `load` accepts into "a/b/c" paths; an empty list means "all scalars". */
export function loadPaths(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string") return splitNames(spec);
  if (Array.isArray(spec)) return spec.flatMap(splitNames);
  if ("select" in spec && spec.select !== undefined) {
    const select = spec.select;
    return typeof select === "string" ? splitNames(select) : (select as string[]).flatMap(splitNames);
  }
  const paths: string[] = [];
  for (const [name, value] of Object.entries(spec)) {
    if (value === true) paths.push(name);
    else if (value && typeof value === "object") {
      const inner = loadPaths(value as LoadSpec);
      if (inner.length === 0) paths.push(name);
      else for (const path of inner) paths.push(`${name}/${path}`);
    }
  }
  return paths;
}

function splitNames(names: string): string[] {
  return names
    .split(",")
    .map((name) => name.replace(/\s+/g, ""))
    .filter((name) => name !== "");
}

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

export abstract class SimClientObject {
  readonly generation: number;
  tracked = false;
  /** Objects reached from `context.document` by navigation only: valid in every batch. */
  rooted = false;
  protected readonly loaded = new Map<string, unknown>();

  constructor(readonly context: SimRequestContext) {
    this.generation = context.generation;
    context.adopt(this);
  }

  usable(): boolean {
    return this.rooted || this.tracked || this.generation === this.context.generation;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context.enqueue(this, () => this.applyLoad(paths));
    return this;
  }

  track(): this {
    this.tracked = true;
    return this;
  }

  /** Like Office, the release takes effect at the next sync, after the commands queued before it. */
  untrack(): this {
    this.context.enqueue(null, () => {
      this.tracked = false;
    });
    return this;
  }

  /** Called when the batch that created this object ends and it is not tracked. */
  release(): void {}

  protected abstract scalarNames(): readonly string[];
  protected abstract scalarValue(name: string): unknown;
  protected navigation(_name: string): SimClientObject | undefined {
    return undefined;
  }

  applyLoad(paths: readonly string[]): void {
    if (paths.length === 0) {
      for (const name of this.scalarNames()) this.loaded.set(name, this.scalarValue(name));
      return;
    }
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      const child = this.navigation(head);
      if (child) child.applyLoad(rest.length > 0 ? [rest.join("/")] : []);
      else if (rest.length === 0 && this.scalarNames().includes(head)) this.loaded.set(head, this.scalarValue(head));
      else throw new SimOfficeError("InvalidArgument", `The property '${path}' does not exist on this object.`);
    }
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as T;
  }

  protected ensureApiVersion(minor: number, member: string): void {
    if (this.context.host.apiMinorVersion < minor) {
      throw new SimOfficeError("ApiNotFound", `${member} needs WordApi 1.${minor}, which this host does not support.`);
    }
  }
}

const FONT_PROPERTIES = ["name", "size", "bold", "italic", "highlightColor"] as const;

export class SimFontProxy extends SimClientObject {
  constructor(
    context: SimRequestContext,
    private readonly owner: SimClientObject,
    private readonly range: () => RangeRef,
  ) {
    super(context);
  }

  override usable(): boolean {
    return this.owner.usable();
  }

  protected scalarNames(): readonly string[] {
    return FONT_PROPERTIES;
  }

  protected scalarValue(name: string): unknown {
    return this.context.state.rangeFont(this.range(), name as keyof SimFont);
  }

  get name(): string | null {
    return this.read("name");
  }
  get size(): number | null {
    return this.read("size");
  }
  get bold(): boolean | null {
    return this.read("bold");
  }
  get italic(): boolean | null {
    return this.read("italic");
  }
  get highlightColor(): string | null {
    return this.read("highlightColor");
  }
  set highlightColor(value: string | null) {
    const color = value === null || value === "" ? null : value;
    this.context.enqueue(this, () => this.context.state.setFont(this.range(), "highlightColor", color));
  }
}

type InsertLocation = "Replace" | "Start" | "End" | "Before" | "After";

export class SimRange extends SimClientObject {
  private ref: RangeRef | null = null;
  private fontProxy: SimFontProxy | null = null;

  /** `resolve` runs at sync, in the order the range was created among the batch's commands. */
  constructor(context: SimRequestContext, resolve: (() => RangeRef) | null) {
    super(context);
    if (resolve) context.enqueue(this, () => this.bind(resolve()));
  }

  bind(ref: RangeRef): void {
    this.ref = { start: { ...ref.start }, end: { ...ref.end } };
    this.context.state.register(this.ref);
  }

  override release(): void {
    if (this.ref) this.context.state.unregister(this.ref);
  }

  target(): RangeRef {
    if (!this.ref || !this.context.state.isLive(this.ref)) {
      throw new SimOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    }
    return this.ref;
  }

  protected scalarNames(): readonly string[] {
    return ["text", "isEmpty"];
  }

  protected scalarValue(name: string): unknown {
    const ref = this.target();
    if (name === "text") return this.context.state.rangeText(ref);
    return ref.start.para === ref.end.para && ref.start.offset === ref.end.offset;
  }

  protected override navigation(name: string): SimClientObject | undefined {
    return name === "font" ? this.font : undefined;
  }

  get text(): string {
    return this.read("text");
  }
  get isEmpty(): boolean {
    return this.read("isEmpty");
  }

  get font(): SimFontProxy {
    this.fontProxy ??= new SimFontProxy(this.context, this, () => this.target());
    return this.fontProxy;
  }

  select(selectionMode: "Select" | "Start" | "End" = "Select"): void {
    this.context.enqueue(this, () => this.context.state.select(this.target(), selectionMode));
  }

  expandTo(range: SimRange): SimRange {
    return new SimRange(this.context, () => {
      const state = this.context.state;
      const a = this.target();
      const b = range.target();
      return {
        start: state.compare(a.start, b.start) <= 0 ? a.start : b.start,
        end: state.compare(a.end, b.end) >= 0 ? a.end : b.end,
      };
    });
  }

  insertOoxml(ooxml: string, insertLocation: InsertLocation): SimRange {
    const inserted = new SimRange(this.context, null);
    this.context.enqueue(this, () => {
      const state = this.context.state;
      const ref = this.target();
      let at: Position;
      if (insertLocation === "Replace") {
        state.deleteRange(ref);
        at = { ...ref.start };
      } else {
        at = insertLocation === "Start" || insertLocation === "Before" ? { ...ref.start } : { ...ref.end };
      }
      const paragraphs = parseOoxml(ooxml, fontAt(at));
      inserted.bind(state.insertParagraphs(at, paragraphs) ?? { start: at, end: at });
    });
    return inserted;
  }

  insertComment(commentText: string): SimComment {
    this.ensureApiVersion(4, "Range.insertComment");
    this.context.enqueue(this, () => {
      const ref = this.target();
      const kept: RangeRef = { start: { ...ref.start }, end: { ...ref.end } };
      this.context.state.register(kept);
      this.context.state.comments.push({ range: kept, text: commentText });
      this.context.state.version++;
    });
    return new SimComment(this.context, commentText);
  }
}

export class SimComment extends SimClientObject {
  constructor(
    context: SimRequestContext,
    private readonly commentText: string,
  ) {
    super(context);
  }
  protected scalarNames(): readonly string[] {
    return ["content"];
  }
  protected scalarValue(): unknown {
    return this.commentText;
  }
  get content(): string {
    return this.read("content");
  }
}

function fontAt(at: Position): SimFont {
  return { ...(at.para.markFont ?? DEFAULT_FONT), bold: false, italic: false, highlightColor: null };
}

export class SimRangeCollection extends SimClientObject {
  private matches: RangeRef[] | null = null;
  private loadedItems: SimRange[] | null = null;
  private itemsSerial = -1;

  constructor(context: SimRequestContext, find: () => RangeRef[]) {
    super(context);
    context.enqueue(this, () => {
      this.matches = find();
    });
  }

  protected scalarNames(): readonly string[] {
    return [];
  }
  protected scalarValue(): unknown {
    return undefined;
  }

  override applyLoad(paths: readonly string[]): void {
    if (this.itemsSerial !== this.context.syncSerial || !this.loadedItems) {
      this.loadedItems = (this.matches ?? []).map((ref) => {
        const range = new SimRange(this.context, null);
        range.bind(ref);
        return range;
      });
      this.itemsSerial = this.context.syncSerial;
    }
    const itemPaths = itemPathsOf(paths);
    for (const item of this.loadedItems) item.applyLoad(itemPaths);
    this.loaded.set("items", this.loadedItems);
  }

  get items(): SimRange[] {
    return this.read("items");
  }

  getFirst(): SimRange {
    return new SimRange(this.context, () => {
      const first = this.matches?.[0];
      if (!first) throw new SimOfficeError("ItemNotFound", "The requested resource doesn't exist.");
      return first;
    });
  }
}

/** "items/text" and "text" both mean the items' text; "items" alone means all their scalars. */
function itemPathsOf(paths: readonly string[]): string[] {
  const itemPaths: string[] = [];
  for (const path of paths) {
    if (path === "items") return [];
    itemPaths.push(path.startsWith("items/") ? path.slice("items/".length) : path);
  }
  return itemPaths;
}

export interface SearchOptionsLike {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchWildcards?: boolean;
}

const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

/** Word's search text uses "^" escapes; the ones Office add-ins need for plain text. */
function unescapeSearchText(searchText: string): string {
  let text = "";
  for (let index = 0; index < searchText.length; index++) {
    const char = searchText[index];
    if (char !== "^") {
      text += char;
      continue;
    }
    const code = searchText[++index];
    if (code === "^") text += "^";
    else if (code === "t") text += "\t";
    else if (code === "l") text += "\u000b";
    else if (code === "m") text += "\f";
    else throw new SimOfficeError("NotImplemented", `The simulator does not model the search code "^${code ?? ""}".`);
  }
  return text;
}

/** Non-overlapping matches left to right, as Word's Find reports them. */
export function findInText(text: string, searchText: string, options: SearchOptionsLike): number[] {
  if (searchText.length === 0 || searchText.length > 255) {
    throw new SimOfficeError("SearchStringInvalidOrTooLong", "The search string is invalid or too long.");
  }
  if (options.matchWildcards) {
    throw new SimOfficeError("NotImplemented", "The simulator does not model wildcard search.");
  }
  const needle = unescapeSearchText(searchText);
  const haystack = options.matchCase ? text : text.toLowerCase();
  const wanted = options.matchCase ? needle : needle.toLowerCase();
  const positions: number[] = [];
  let from = 0;
  while (from <= haystack.length - wanted.length) {
    const found = haystack.indexOf(wanted, from);
    if (found < 0) break;
    const end = found + wanted.length;
    const wholeWord =
      !options.matchWholeWord ||
      ((found === 0 || !WORD_CHARACTER.test(text[found - 1])) && (end === text.length || !WORD_CHARACTER.test(text[end])));
    if (wholeWord) {
      positions.push(found);
      from = end;
    } else {
      from = found + 1;
    }
  }
  return positions;
}

/**
 * `Paragraph.listItemOrNullObject`. As in Office, loading any of its properties also tells
 * whether it is a null object (the paragraph is in no list); a null object's properties
 * read as undefined instead of throwing.
 */
export class SimListItemProxy extends SimClientObject {
  private isNull: boolean | undefined;

  constructor(
    context: SimRequestContext,
    private readonly owner: SimClientObject,
    private readonly paragraph: () => ParagraphState,
  ) {
    super(context);
  }

  override usable(): boolean {
    return this.owner.usable();
  }

  protected scalarNames(): readonly string[] {
    return ["listString"];
  }

  protected scalarValue(): unknown {
    return this.paragraph().listLabel;
  }

  override applyLoad(paths: readonly string[]): void {
    this.isNull = this.paragraph().listLabel === undefined;
    if (this.isNull) {
      // Office still refuses names the type does not have.
      for (const path of paths) {
        if (!this.scalarNames().includes(path)) {
          throw new SimOfficeError("InvalidArgument", `The property '${path}' does not exist on this object.`);
        }
      }
      return;
    }
    super.applyLoad(paths);
  }

  get isNullObject(): boolean {
    if (this.isNull === undefined) throw propertyNotLoaded("isNullObject");
    return this.isNull;
  }

  get listString(): string {
    return this.isNull === true ? (undefined as unknown as string) : this.read<string>("listString");
  }
}

const PARAGRAPH_PROPERTIES = [
  "text",
  "style",
  "styleBuiltIn",
  "alignment",
  "tableNestingLevel",
  "outlineLevel",
  "isListItem",
] as const;

export class SimParagraphProxy extends SimClientObject {
  private paragraph: ParagraphState | null;
  private fontProxy: SimFontProxy | null = null;
  private listItemProxy: SimListItemProxy | null = null;

  constructor(context: SimRequestContext, paragraph: ParagraphState | null, resolve?: () => ParagraphState) {
    super(context);
    this.paragraph = paragraph;
    if (resolve) context.enqueue(this, () => (this.paragraph = resolve()));
  }

  target(): ParagraphState {
    if (!this.paragraph || this.paragraph.removed) {
      throw new SimOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    }
    return this.paragraph;
  }

  protected scalarNames(): readonly string[] {
    return PARAGRAPH_PROPERTIES;
  }

  protected scalarValue(name: string): unknown {
    const paragraph = this.target();
    switch (name) {
      case "text":
        return paragraphText(paragraph);
      case "style":
        return paragraph.style;
      case "styleBuiltIn":
        return paragraph.styleBuiltIn;
      case "alignment":
        return paragraph.alignment;
      case "tableNestingLevel":
        return paragraph.tableNestingLevel;
      case "isListItem":
        return paragraph.listLabel !== undefined;
      default: {
        const heading = /^Heading([1-9])$/.exec(paragraph.styleBuiltIn);
        return heading ? Number(heading[1]) : 10;
      }
    }
  }

  protected override navigation(name: string): SimClientObject | undefined {
    if (name === "font") return this.font;
    return name === "listItemOrNullObject" ? this.listItemOrNullObject : undefined;
  }

  get text(): string {
    return this.read("text");
  }
  get style(): string {
    return this.read("style");
  }
  get styleBuiltIn(): string {
    return this.read("styleBuiltIn");
  }
  get alignment(): string {
    return this.read("alignment");
  }
  get tableNestingLevel(): number {
    return this.read("tableNestingLevel");
  }
  get outlineLevel(): number {
    return this.read("outlineLevel");
  }
  get isListItem(): boolean {
    return this.read("isListItem");
  }

  get listItemOrNullObject(): SimListItemProxy {
    this.listItemProxy ??= new SimListItemProxy(this.context, this, () => this.target());
    return this.listItemProxy;
  }

  get font(): SimFontProxy {
    this.fontProxy ??= new SimFontProxy(this.context, this, () => this.context.state.wholeParagraph(this.target()));
    return this.fontProxy;
  }

  search(searchText: string, searchOptions: SearchOptionsLike = {}): SimRangeCollection {
    return new SimRangeCollection(this.context, () => {
      const paragraph = this.target();
      const text = paragraphText(paragraph);
      const needleLength = unescapeSearchText(searchText).length;
      return findInText(text, searchText, searchOptions).map((start) => ({
        start: { para: paragraph, offset: start },
        end: { para: paragraph, offset: start + needleLength },
      }));
    });
  }

  select(selectionMode: "Select" | "Start" | "End" = "Select"): void {
    this.context.enqueue(this, () =>
      this.context.state.select(this.context.state.wholeParagraph(this.target()), selectionMode),
    );
  }

  getNext(): SimParagraphProxy {
    return new SimParagraphProxy(this.context, null, () => {
      const state = this.context.state;
      const next = state.paragraphs[state.indexOf(this.target()) + 1];
      if (!next) throw new SimOfficeError("ItemNotFound", "The requested resource doesn't exist.");
      return next;
    });
  }

  getRange(rangeLocation: "Whole" | "Start" | "End" | "Content" = "Whole"): SimRange {
    return new SimRange(this.context, () => {
      const whole = this.context.state.wholeParagraph(this.target());
      if (rangeLocation === "Start") return { start: whole.start, end: whole.start };
      if (rangeLocation === "End") return { start: whole.end, end: whole.end };
      return whole;
    });
  }
}

export class SimParagraphCollection extends SimClientObject {
  private loadedItems: SimParagraphProxy[] | null = null;
  private itemsSerial = -1;

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
    if (this.itemsSerial !== this.context.syncSerial || !this.loadedItems) {
      this.loadedItems = this.context.state.paragraphs.map(
        (paragraph) => new SimParagraphProxy(this.context, paragraph),
      );
      this.itemsSerial = this.context.syncSerial;
    }
    const itemPaths = itemPathsOf(paths);
    for (const item of this.loadedItems) item.applyLoad(itemPaths);
    this.loaded.set("items", this.loadedItems);
  }

  get items(): SimParagraphProxy[] {
    return this.read("items");
  }

  getFirst(): SimParagraphProxy {
    return new SimParagraphProxy(this.context, null, () => this.context.state.paragraphs[0]);
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

  getSelection(): SimRange {
    return new SimRange(this.context, () => {
      const selection = this.context.state.selection;
      return { start: { ...selection.start }, end: { ...selection.end } };
    });
  }
}
