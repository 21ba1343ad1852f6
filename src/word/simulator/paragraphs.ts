/** Simulated paragraphs, their list items and the paragraph collection. */
import { propertyNotLoaded, SimOfficeError } from "./errors";
import { SimClientObject, type ProxyContext } from "./client";
import { findInText, unescapeSearchText, type SearchOptionsLike } from "./search";
import { itemPathsOf, SimFontProxy, SimRange, SimRangeCollection } from "./ranges";
import {
  DEFAULT_LAYOUT,
  paragraphText,
  type ParagraphState,
} from "./state";

export class SimListItemProxy extends SimClientObject {
  private isNull: boolean | undefined;

  constructor(
    context: ProxyContext,
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

  constructor(context: ProxyContext) {
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

