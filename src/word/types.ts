/**
 * The part of the Word JavaScript API the adapter uses, written as structural types. Real
 * `Word` (from Office.js), the simulator and office-addin-mock objects all fit them, so the
 * adapter runs unchanged on each. Enums appear as their string values.
 */

export interface FontLike {
  /** Null (or "") when the text mixes fonts. */
  name: string | null;
  size: number | null;
  bold: boolean | null;
  italic: boolean | null;
  /** Text colour, "#RRGGBB" (or a colour name); null or "" when the text mixes colours. */
  color: string | null;
  /** "#RRGGBB" or a colour name; null for none; "" when mixed. Set null to remove. */
  highlightColor: string | null;
}

export interface SearchOptionsLike {
  matchCase?: boolean;
  matchWholeWord?: boolean;
}

export type RangeInsertLocation = "Replace" | "Start" | "End" | "Before" | "After";

export interface RangeLike {
  readonly font: FontLike;
  readonly text: string;
  load(propertyNames?: string | string[]): unknown;
  select(selectionMode?: "Select" | "Start" | "End"): void;
  /** WordApi 1.3. */
  expandTo(range: RangeLike): RangeLike;
  insertOoxml(ooxml: string, insertLocation: RangeInsertLocation): RangeLike;
  insertText(text: string, insertLocation: RangeInsertLocation): RangeLike;
  /** WordApi 1.4. */
  insertComment(commentText: string): unknown;
  track(): unknown;
  untrack(): unknown;
}

export interface RangeCollectionLike {
  readonly items: RangeLike[];
  load(propertyNames?: string | string[]): unknown;
  getFirst(): RangeLike;
}

/** WordApi 1.3: a paragraph's place in a list. */
export interface ListItemLike {
  /** The number or bullet Word draws ("II.", "1.", "a)"); undefined on a null object. */
  readonly listString: string;
  /**
   * True when the paragraph is in no list. Office sets it from the result of loading any of
   * the item's properties, so it needs no load of its own.
   */
  readonly isNullObject: boolean;
}

export interface ParagraphLike {
  readonly text: string;
  readonly style: string;
  /** WordApi 1.3: "Heading1"…"Heading9", "Normal", "Other", … */
  readonly styleBuiltIn: string;
  /** "Left" | "Centered" | "Right" | "Justified" | "Mixed" | "Unknown". */
  alignment: string;
  /** WordApi 1.3: 0 outside tables. */
  readonly tableNestingLevel: number;
  /** Points (negative: hanging); set by formatting fixes. */
  firstLineIndent: number;
  readonly leftIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  /** Points: Word gives every kind of line spacing in points, a multiple as 12 pt per line. */
  lineSpacing: number;
  readonly font: FontLike;
  /** WordApi 1.3. */
  readonly isListItem: boolean;
  /** WordApi 1.3: a null object (`isNullObject`) when the paragraph is in no list. */
  readonly listItemOrNullObject: ListItemLike;
  load(propertyNames?: string | string[]): unknown;
  search(searchText: string, searchOptions?: SearchOptionsLike): RangeCollectionLike;
  select(selectionMode?: "Select" | "Start" | "End"): void;
  /** WordApi 1.3: the next paragraph; the sync fails (ItemNotFound) when there is none. */
  getNext(): ParagraphLike;
  /** WordApi 1.3. */
  getRange(rangeLocation?: "Whole" | "Start" | "End" | "Content"): RangeLike;
}

export interface ParagraphCollectionLike {
  readonly items: ParagraphLike[];
  load(propertyNames?: string | string[]): unknown;
  /** WordApi 1.3. */
  getFirst(): ParagraphLike;
}

export interface BodyLike {
  readonly paragraphs: ParagraphCollectionLike;
  insertOoxml(ooxml: string, insertLocation: "Start" | "End" | "Replace"): RangeLike;
}

/** WordApiDesktop 1.3: the page, in points. */
export interface PageSetupLike {
  pageWidth: number;
  pageHeight: number;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  /** "Portrait" | "Landscape". */
  orientation: string;
  load(propertyNames?: string | string[]): unknown;
}

export interface DocumentLike {
  readonly body: BodyLike;
  /** WordApiDesktop 1.3. */
  readonly pageSetup: PageSetupLike;
  getSelection(): RangeLike;
}

export interface RequestContextLike {
  readonly document: DocumentLike;
  sync(): Promise<unknown>;
}

/** `typeof Word`, reduced to what the adapter calls. */
export interface WordLike {
  run<T>(batch: (context: RequestContextLike) => Promise<T>): Promise<T>;
  /** Continues with objects created in an earlier batch (they must have been tracked). */
  run<T>(objects: unknown[], batch: (context: RequestContextLike) => Promise<T>): Promise<T>;
}

/** `Office.context.document.settings`, reduced to what the adapter calls. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  /** Office reports "succeeded" at run time; its typings declare the enum as numbers (0 = Succeeded). */
  saveAsync(callback?: (result: { status: string | number; error?: { message: string } | null }) => void): void;
}

/** `Office.context.requirements.isSetSupported`. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;
