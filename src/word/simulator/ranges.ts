/** Simulated ranges, their fonts, comments and collections of ranges (search results). */
import type { ParagraphCollectionLike } from "../types";
import { loadOoxmlReader, ooxmlReader } from "./reader";
import { pasteParagraphs } from "./paste";
import { SimOfficeError } from "./errors";
import { SimClientObject, type ProxyContext } from "./client";
import { findInText, unescapeSearchText, type SearchOptionsLike } from "./search";
import {
  DEFAULT_FONT,
  paragraphText,
  type ParagraphState,
  type Position,
  type SimDocumentState,
  type RangeRef,
  type SimFont,
} from "./state";

const FONT_PROPERTIES = ["name", "size", "bold", "italic", "highlightColor", "color"] as const;

export class SimFontProxy extends SimClientObject {
  constructor(
    context: ProxyContext,
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
  set name(value: string | null) {
    if (value) this.context.enqueue(this, () => this.context.state.setFont(this.range(), "name", value));
  }
  get size(): number | null {
    return this.read("size");
  }
  set size(value: number | null) {
    if (typeof value === "number") this.context.enqueue(this, () => this.context.state.setFont(this.range(), "size", value));
  }
  get bold(): boolean | null {
    return this.read("bold");
  }
  set bold(value: boolean | null) {
    if (typeof value === "boolean") this.context.enqueue(this, () => this.context.state.setFont(this.range(), "bold", value));
  }
  get italic(): boolean | null {
    return this.read("italic");
  }
  set italic(value: boolean | null) {
    if (typeof value === "boolean") this.context.enqueue(this, () => this.context.state.setFont(this.range(), "italic", value));
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(value: string | null) {
    if (value) this.context.enqueue(this, () => this.context.state.setFont(this.range(), "color", value.toUpperCase()));
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
  constructor(context: ProxyContext, resolve: (() => RangeRef) | null) {
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

  /** WordApi 1.1: the paragraphs the range touches. */
  get paragraphs(): ParagraphCollectionLike {
    return this.context.paragraphsIn(() => this.context.state.pieces(this.target()).map((piece) => piece.para));
  }

  /**
   * WordApi 1.8: "Highlights the range temporarily without changing document content"; not
   * saved, not a tracked change.
   * https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-highlight-member(1)
   */
  highlight(): void {
    this.ensureApiVersion(8, "Range.highlight");
    this.context.enqueue(this, () => this.context.state.highlightTemporarily(this.target()));
  }

  /** WordApi 1.8: removes what `highlight` added in this range. */
  removeHighlight(): void {
    this.ensureApiVersion(8, "Range.removeHighlight");
    this.context.enqueue(this, () => this.context.state.removeTemporaryHighlights(this.target()));
  }

  /** WordApi 1.3: the range's start or end as an empty range, or the range itself. */
  getRange(rangeLocation: "Whole" | "Start" | "End" = "Whole"): SimRange {
    return new SimRange(this.context, () => {
      const ref = this.target();
      if (rangeLocation === "Start") return { start: ref.start, end: ref.start };
      if (rangeLocation === "End") return { start: ref.end, end: ref.end };
      return ref;
    });
  }

  /**
   * WordApi 1.1: Word's search within the range, matches wholly inside it, left to right; as in
   * `Paragraph.search`, a match never crosses a paragraph's end.
   */
  search(searchText: string, searchOptions: SearchOptionsLike = {}): SimRangeCollection {
    return new SimRangeCollection(this.context, () => {
      const needleLength = unescapeSearchText(searchText).length;
      return this.context.state.pieces(this.target()).flatMap((piece) =>
        findInText(paragraphText(piece.para).slice(piece.start, piece.end), searchText, searchOptions, this.context.host).map((at) => ({
          start: { para: piece.para, offset: piece.start + at },
          end: { para: piece.para, offset: piece.start + at + needleLength },
        })),
      );
    });
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
    expectOoxml();
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
      inserted.bind(pasteParagraphs(state, at, parseInto(state, ooxml, at)));
    });
    return inserted;
  }

  /** Text in the font of the text it replaces (or that comes before it); within one paragraph only here. */
  insertText(text: string, insertLocation: InsertLocation): SimRange {
    const inserted = new SimRange(this.context, null);
    this.context.enqueue(this, () => {
      const state = this.context.state;
      const ref = this.target();
      if (ref.start.para !== ref.end.para || /[\r\n]/.test(text)) {
        throw new SimOfficeError("NotImplemented", "The simulator inserts text within one paragraph only.");
      }
      const para = ref.start.para;
      let offset = insertLocation === "Start" || insertLocation === "Before" || insertLocation === "Replace" ? ref.start.offset : ref.end.offset;
      if (insertLocation === "Replace" && ref.end.offset > ref.start.offset) {
        // The replacement takes the font of the first character it replaces.
        const font = { ...state.fontAtOffset(para, ref.start.offset + 1) };
        state.deleteRange(ref);
        offset = ref.start.offset;
        state.insertTextWithFont(para, offset, text, font);
      } else {
        state.insertText(para, offset, text);
      }
      inserted.bind({ start: { para, offset }, end: { para, offset: offset + text.length } });
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
    context: ProxyContext,
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

/** Starts loading the reader an insert will need; the sync that applies the insert waits for it. */
export function expectOoxml(): void {
  loadOoxmlReader().catch(() => undefined);
}

/** Inserted markup as the destination reads it: its resident styles and its font at the point. */
export function parseInto(state: SimDocumentState, ooxml: string, at: Position): ParagraphState[] {
  const listed = (style: string): number =>
    state.paragraphs.filter((paragraph) => paragraph.style === style && paragraph.listLabel !== undefined).length;
  return ooxmlReader().parseOoxml(ooxml, fontAt(at), { styles: state.styles, listed });
}

export function fontAt(at: Position): SimFont {
  return { ...(at.para.markFont ?? DEFAULT_FONT), bold: false, italic: false, highlightColor: null };
}

export class SimRangeCollection extends SimClientObject {
  private matches: RangeRef[] | null = null;
  private loadedItems: SimRange[] | null = null;
  private itemsSerial = -1;

  constructor(context: ProxyContext, find: () => RangeRef[]) {
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
export function itemPathsOf(paths: readonly string[]): string[] {
  const itemPaths: string[] = [];
  for (const path of paths) {
    if (path === "items") return [];
    itemPaths.push(path.startsWith("items/") ? path.slice("items/".length) : path);
  }
  return itemPaths;
}

