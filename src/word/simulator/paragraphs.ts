/** Simulated paragraphs, their list items and the paragraph collection. */
import { propertyNotLoaded, SimOfficeError } from "./errors";
import { loadPaths, SimClientObject, SimClientResult, type LoadSpec, type ProxyContext } from "./client";
import { findInText, unescapeSearchText, type SearchOptionsLike } from "./search";
import { expectOoxml, itemPathsOf, parseInto, SimFontProxy, SimRange, SimRangeCollection } from "./ranges";
import { pasteParagraphs } from "./paste";
import {
  DEFAULT_LAYOUT,
  newParagraphLike,
  paragraphText,
  reviewedText,
  type ParagraphState,
  type SimDocumentState,
} from "./state";

/**
 * What a paragraph may or may not have, as Office's `…OrNullObject` properties give it (its list
 * item, its table cell): a null object when it has none, told by loading any of its properties.
 */
abstract class SimParagraphPartProxy extends SimClientObject {
  private isNull: boolean | undefined;

  constructor(
    context: ProxyContext,
    private readonly owner: SimClientObject,
    protected readonly paragraph: () => ParagraphState,
  ) {
    super(context);
  }

  /** The paragraph has none: the proxy is a null object. */
  protected abstract absentFrom(paragraph: ParagraphState): boolean;

  override usable(): boolean {
    return this.owner.usable();
  }

  override applyLoad(paths: readonly string[]): void {
    this.isNull = this.absentFrom(this.paragraph());
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

  /** A loaded property; undefined on a null object, as Office reads it. */
  protected readOrUndefined<T>(name: string): T {
    return this.isNull === true ? (undefined as unknown as T) : this.read<T>(name);
  }
}

/** WordApi 1.3 `Paragraph.listItemOrNullObject`. */
export class SimListItemProxy extends SimParagraphPartProxy {
  protected absentFrom(paragraph: ParagraphState): boolean {
    return paragraph.listLabel === undefined;
  }

  protected scalarNames(): readonly string[] {
    return ["listString"];
  }

  protected scalarValue(): unknown {
    return this.paragraph().listLabel;
  }

  get listString(): string {
    return this.readOrUndefined("listString");
  }
}

/** WordApi 1.3 `Paragraph.parentTableCellOrNullObject`: the innermost cell holding the paragraph. */
export class SimTableCellProxy extends SimParagraphPartProxy {
  protected absentFrom(paragraph: ParagraphState): boolean {
    return paragraph.innermostCell === undefined;
  }

  protected scalarNames(): readonly string[] {
    return ["rowIndex", "cellIndex"];
  }

  protected scalarValue(name: string): unknown {
    const cell = this.paragraph().innermostCell;
    return name === "rowIndex" ? cell?.row : cell?.cell;
  }

  get rowIndex(): number {
    return this.readOrUndefined("rowIndex");
  }

  get cellIndex(): number {
    return this.readOrUndefined("cellIndex");
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
  "firstLineIndent",
  "leftIndent",
  "spaceBefore",
  "spaceAfter",
  "lineSpacing",
] as const;

const SIM_ALIGNMENTS = ["Left", "Centered", "Right", "Justified"] as const;

export class SimParagraphProxy extends SimClientObject {
  private paragraph: ParagraphState | null;
  private fontProxy: SimFontProxy | null = null;
  private listItemProxy: SimListItemProxy | null = null;
  private tableCellProxy: SimTableCellProxy | null = null;

  constructor(context: ProxyContext, paragraph: ParagraphState | null, resolve?: () => ParagraphState) {
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
      case "firstLineIndent":
      case "leftIndent":
      case "spaceBefore":
      case "spaceAfter":
      case "lineSpacing":
        return (paragraph.layout ?? DEFAULT_LAYOUT)[name];
      default: {
        const heading = /^Heading([1-9])$/.exec(paragraph.styleBuiltIn);
        return heading ? Number(heading[1]) : 10;
      }
    }
  }

  protected override navigation(name: string): SimClientObject | undefined {
    if (name === "font") return this.font;
    if (name === "parentTableCellOrNullObject") return this.parentTableCellOrNullObject;
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
  set alignment(value: string) {
    const alignment = SIM_ALIGNMENTS.find((a) => a === value);
    if (!alignment) throw new SimOfficeError("InvalidArgument", `Invalid alignment '${value}'.`);
    this.context.enqueue(this, () => this.context.state.setParagraph(this.target(), "alignment", alignment));
  }
  get firstLineIndent(): number {
    return this.read("firstLineIndent");
  }
  set firstLineIndent(value: number) {
    this.context.enqueue(this, () => this.context.state.setParagraph(this.target(), "firstLineIndent", value));
  }
  get spaceBefore(): number {
    return this.read("spaceBefore");
  }
  set spaceBefore(value: number) {
    this.context.enqueue(this, () => this.context.state.setParagraph(this.target(), "spaceBefore", value));
  }
  get spaceAfter(): number {
    return this.read("spaceAfter");
  }
  set spaceAfter(value: number) {
    this.context.enqueue(this, () => this.context.state.setParagraph(this.target(), "spaceAfter", value));
  }
  /** Points: 12 is single spacing (https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-linespacing-member). */
  get lineSpacing(): number {
    return this.read("lineSpacing");
  }
  set lineSpacing(value: number) {
    this.context.enqueue(this, () => this.context.state.setParagraph(this.target(), "lineSpacing", value));
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
  get leftIndent(): number {
    return this.read("leftIndent");
  }

  get listItemOrNullObject(): SimListItemProxy {
    this.listItemProxy ??= new SimListItemProxy(this.context, this, () => this.target());
    return this.listItemProxy;
  }

  /** WordApi 1.3: the innermost table cell around the paragraph; a null object outside tables. */
  get parentTableCellOrNullObject(): SimTableCellProxy {
    this.ensureApiVersion(3, "Paragraph.parentTableCellOrNullObject");
    this.tableCellProxy ??= new SimTableCellProxy(this.context, this, () => this.target());
    return this.tableCellProxy;
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
      return findInText(text, searchText, searchOptions, this.context.host).map((start) => ({
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

  /** WordApi 1.1: pastes the markup at the paragraph's start or end, or in place of its text (see `paste.ts`). */
  insertOoxml(ooxml: string, insertLocation: "Start" | "End" | "Replace"): SimRange {
    const inserted = new SimRange(this.context, null);
    expectOoxml();
    this.context.enqueue(this, () => {
      const state = this.context.state;
      const whole = state.wholeParagraph(this.target());
      if (insertLocation === "Replace") state.deleteRange(whole);
      const at = insertLocation === "End" ? { ...whole.end } : { ...whole.start };
      inserted.bind(pasteParagraphs(state, at, parseInto(state, ooxml, at)));
    });
    return inserted;
  }

  /** WordApi 1.1: a new paragraph before or after this one (see `newParagraphLike`). */
  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): SimParagraphProxy {
    return new SimParagraphProxy(this.context, null, () => {
      const state = this.context.state;
      const paragraph = this.target();
      const created = newParagraphLike(paragraph, paragraphText);
      state.spliceParagraphs(state.indexOf(paragraph) + (insertLocation === "After" ? 1 : 0), 0, created);
      return created;
    });
  }

  /** WordApi 1.3: the innermost table around the paragraph; using it fails outside tables. */
  get parentTableOrNullObject(): SimTableProxy {
    this.ensureApiVersion(3, "Paragraph.parentTableOrNullObject");
    return new SimTableProxy(
      this.context,
      () => this.target(),
      () => this.target().tableNestingLevel,
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

  /**
   * WordApi 1.4. "Current" leaves tracked deletions out, "Original" keeps them (the simulator
   * records deletions only, so inserted text counts in both).
   * https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-getreviewedtext-member(1)
   */
  getReviewedText(changeTrackingVersion: "Original" | "Current" = "Current"): SimClientResult<string> {
    this.ensureApiVersion(4, "Paragraph.getReviewedText");
    return new SimClientResult(this.context, this, () =>
      changeTrackingVersion === "Original" ? paragraphText(this.target()) : reviewedText(this.target()),
    );
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
  /** The window of items a load asked for with `top` and `skip`. */
  private window: { top?: number; skip?: number } = {};

  /** `scope` gives the paragraphs of a range (`Range.paragraphs`); without it, the body's. */
  constructor(
    context: ProxyContext,
    private readonly scope?: () => ParagraphState[],
  ) {
    super(context);
    this.rooted = scope === undefined;
  }

  private members(): ParagraphState[] {
    return this.scope ? this.scope() : this.context.state.paragraphs;
  }

  protected scalarNames(): readonly string[] {
    return [];
  }
  protected scalarValue(): unknown {
    return undefined;
  }

  /**
   * Takes `top` and `skip` as Office's load options do: only that window of the collection comes
   * back (https://learn.microsoft.com/javascript/api/office/officeextension.loadoption).
   */
  override load(spec?: LoadSpec): this {
    const options = spec && typeof spec === "object" && !Array.isArray(spec) ? (spec as { top?: unknown; skip?: unknown }) : {};
    const window = {
      top: typeof options.top === "number" ? options.top : undefined,
      skip: typeof options.skip === "number" ? options.skip : undefined,
    };
    const paths = loadPaths(spec);
    this.context.enqueue(this, () => {
      this.window = window;
      this.applyLoad(paths);
    });
    return this;
  }

  override applyLoad(paths: readonly string[]): void {
    if (this.itemsSerial !== this.context.syncSerial || !this.loadedItems) {
      const skip = this.window.skip ?? 0;
      const end = this.window.top === undefined ? undefined : skip + this.window.top;
      this.loadedItems = this.members().slice(skip, end).map(
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
    return new SimParagraphProxy(this.context, null, () => this.members()[0]);
  }

  /** WordApi 1.3. */
  getLast(): SimParagraphProxy {
    return new SimParagraphProxy(this.context, null, () => {
      const members = this.members();
      return members[members.length - 1];
    });
  }
}


/*
 * Simulated tables, as far as inserting next to them goes: `Paragraph.parentTableOrNullObject`
 * and `Table.insertParagraph` (WordApi 1.3). The simulator knows a table as the run of
 * paragraphs in its cells; a table nested in a cell is known only by its depth.
 */

/** The paragraphs of the top-level table around `paragraph`, first and last. */
function tableExtent(state: SimDocumentState, paragraph: ParagraphState): { first: number; last: number } {
  const index = state.indexOf(paragraph);
  const key = paragraph.cell?.table;
  const inside = (other: ParagraphState | undefined): boolean =>
    other !== undefined && other.tableNestingLevel > 0 && (key === undefined || other.cell?.table === key);
  let first = index;
  let last = index;
  while (inside(state.paragraphs[first - 1])) first--;
  while (inside(state.paragraphs[last + 1])) last++;
  return { first, last };
}

export class SimTableProxy extends SimClientObject {
  constructor(
    context: ProxyContext,
    private readonly paragraph: () => ParagraphState,
    /** 1 for a top-level table, 2 for a table in its cell, … */
    private readonly depth: () => number,
  ) {
    super(context);
  }

  protected scalarNames(): readonly string[] {
    return [];
  }
  protected scalarValue(): unknown {
    return undefined;
  }

  private target(): { paragraph: ParagraphState; depth: number } {
    const paragraph = this.paragraph();
    const depth = this.depth();
    if (depth < 1 || paragraph.tableNestingLevel < depth) {
      throw new SimOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    }
    return { paragraph, depth };
  }

  get parentTableOrNullObject(): SimTableProxy {
    return new SimTableProxy(this.context, this.paragraph, () => this.depth() - 1);
  }

  /** A new paragraph right before or after the table, outside it. */
  insertParagraph(text: string, insertLocation: "Before" | "After"): SimParagraphProxy {
    this.ensureApiVersion(3, "Table.insertParagraph");
    return new SimParagraphProxy(this.context, null, () => {
      const { paragraph, depth } = this.target();
      if (depth > 1) throw new SimOfficeError("GeneralException", "The simulator does not insert next to nested tables.");
      const state = this.context.state;
      const { first, last } = tableExtent(state, paragraph);
      const created = newParagraphLike(null, text);
      state.spliceParagraphs(insertLocation === "Before" ? first : last + 1, 0, created);
      return created;
    });
  }
}
