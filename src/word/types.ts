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
  /** WordApi 1.3: true for a bare cursor. */
  readonly isEmpty: boolean;
  /** The paragraphs the range touches. */
  readonly paragraphs: ParagraphCollectionLike;
  load(propertyNames?: string | string[]): unknown;
  select(selectionMode?: "Select" | "Start" | "End"): void;
  /** WordApi 1.3. */
  expandTo(range: RangeLike): RangeLike;
  /** WordApi 1.1: matches within the range. */
  search(searchText: string, searchOptions?: SearchOptionsLike): RangeCollectionLike;
  /** WordApi 1.3: "End" is the point where the range ends. */
  getRange(rangeLocation?: "Whole" | "Start" | "End"): RangeLike;
  insertOoxml(ooxml: string, insertLocation: RangeInsertLocation): RangeLike;
  insertText(text: string, insertLocation: RangeInsertLocation): RangeLike;
  /** WordApi 1.4. */
  insertComment(commentText: string): unknown;
  /** WordApi 1.8: a highlight that is not saved and changes no content. */
  highlight(): void;
  /** WordApi 1.8: removes what `highlight` added. */
  removeHighlight(): void;
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

/** WordApi 1.3: a table cell, as far as a paragraph's place goes. */
export interface TableCellLike {
  /** 0-based row of the cell in its table; undefined on a null object. */
  readonly rowIndex: number;
  /** 0-based place of the cell in its row; undefined on a null object. */
  readonly cellIndex: number;
  /** True outside tables; set, as for a list item, by loading any of the cell's properties. */
  readonly isNullObject: boolean;
}

/** `OfficeExtension.ClientResult`: a method's value, readable after the sync. */
export interface ClientResultLike<T> {
  readonly value: T;
}

/** WordApi 1.6. */
export interface TrackedChangeLike {
  /** "Added" | "Deleted" | "Formatted" | "None". */
  readonly type: string;
}

/** WordApi 1.6. */
export interface TrackedChangeCollectionLike {
  readonly items: TrackedChangeLike[];
  load(propertyNames?: string | string[]): unknown;
}

export interface ParagraphLike {
  /**
   * Word's text of the paragraph: with tracked deletions, hidden text and marker characters
   * (fields, notes), unlike the text a .docx reader sees.
   */
  readonly text: string;
  /** WordApi 1.3: "Heading1"…"Heading9", "Normal", "Other", … */
  readonly styleBuiltIn: string;
  /** "Left" | "Centered" | "Right" | "Justified" | "Mixed" | "Unknown". */
  alignment: string;
  /** WordApi 1.3: 0 outside tables. */
  readonly tableNestingLevel: number;
  /** Points (negative: hanging); set by formatting fixes. */
  firstLineIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  /** Points: Word gives every kind of line spacing in points, a multiple as 12 pt per line. */
  lineSpacing: number;
  readonly font: FontLike;
  /** WordApi 1.3: a null object (`isNullObject`) when the paragraph is in no list. */
  readonly listItemOrNullObject: ListItemLike;
  /** WordApi 1.3: the innermost table cell holding the paragraph; a null object outside tables. */
  readonly parentTableCellOrNullObject: TableCellLike;
  load(propertyNames?: string | string[]): unknown;
  search(searchText: string, searchOptions?: SearchOptionsLike): RangeCollectionLike;
  select(selectionMode?: "Select" | "Start" | "End"): void;
  /** WordApi 1.3: the next paragraph; the sync fails (ItemNotFound) when there is none. */
  getNext(): ParagraphLike;
  /** WordApi 1.3. */
  getRange(rangeLocation?: "Whole" | "Start" | "End" | "Content"): RangeLike;
  /** A new paragraph before or after this one. */
  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): ParagraphLike;
  insertOoxml(ooxml: string, insertLocation: "Start" | "End" | "Replace"): RangeLike;
  /** WordApi 1.3: the innermost table around the paragraph; a null object outside tables. */
  readonly parentTableOrNullObject: TableLike;
  /** WordApi 1.4: the text with tracked changes applied ("Current") or undone ("Original"). */
  getReviewedText(changeTrackingVersion?: "Original" | "Current"): ClientResultLike<string>;
}

/** WordApi 1.3. */
export interface TableLike {
  /** A new paragraph right before or after the table, outside it. */
  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): ParagraphLike;
  /** The table whose cell holds this one; a null object for a top-level table. */
  readonly parentTableOrNullObject: TableLike;
}

export interface ParagraphCollectionLike {
  readonly items: ParagraphLike[];
  /** `top` and `skip` load a window of the collection. */
  load(propertyNames?: string | string[] | { select?: string; top?: number; skip?: number }): unknown;
  /** WordApi 1.3. */
  getFirst(): ParagraphLike;
  /** WordApi 1.3. */
  getLast(): ParagraphLike;
}

export interface BodyLike {
  readonly paragraphs: ParagraphCollectionLike;
  /** WordApi 1.1: the body as a flat OPC package, readable after the next sync. */
  getOoxml(): { readonly value: string };
  /** WordApi 1.6. */
  getTrackedChanges(): TrackedChangeCollectionLike;
  search(searchText: string, searchOptions?: SearchOptionsLike): RangeCollectionLike;
  insertOoxml(ooxml: string, insertLocation: "Start" | "End" | "Replace"): RangeLike;
  /** WordApi 1.3: "End" is the point after the body's last character. */
  getRange(rangeLocation?: "Whole" | "Start" | "End"): RangeLike;
}

/** WordApi 1.3. */
export interface CustomPropertyLike {
  readonly key: string;
  readonly value: unknown;
}

/** WordApi 1.3. */
export interface CustomPropertyCollectionLike {
  readonly items: CustomPropertyLike[];
  load(propertyNames?: string | string[]): unknown;
  /** Creates the property or sets the one with that key; a text value holds at most 255 characters. */
  add(key: string, value: unknown): CustomPropertyLike;
}

/** WordApi 1.3. */
export interface DocumentPropertiesLike {
  readonly customProperties: CustomPropertyCollectionLike;
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
  /** WordApi 1.3. */
  readonly properties: DocumentPropertiesLike;
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

/** The result Office's Common API hands an `…Async` callback. */
export interface AsyncResultLike<T> {
  /** "succeeded" or "failed" at run time (the typings' enum values are numbers: 0 = succeeded). */
  status: string | number;
  value: T;
  error?: { code?: number | string; name?: string; message: string } | null;
}

/** `Office.CustomXmlPart`, reduced to what the adapter calls. */
export interface CustomXmlPartLike {
  readonly id: string;
  getXmlAsync(callback: (result: AsyncResultLike<string>) => void): void;
  deleteAsync(callback: (result: AsyncResultLike<void>) => void): void;
}

/**
 * `Office.context.document.customXmlParts` (Common API, requirement set CustomXmlParts 1.1:
 * Word 2013 and later, Word on the web, Word for Mac), reduced to what the adapter calls.
 */
export interface CustomXmlPartsLike {
  addAsync(xml: string, callback: (result: AsyncResultLike<CustomXmlPartLike>) => void): void;
  getByNamespaceAsync(ns: string, callback: (result: AsyncResultLike<CustomXmlPartLike[]>) => void): void;
}
