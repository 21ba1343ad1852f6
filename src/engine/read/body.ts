/**
 * The body reader: paragraphs of the main document body in reading order, table cells
 * included (nested tables too), with what is known of their formatting.
 *
 * Text is what Word shows: runs joined, `w:tab` as "\t", a line break (`w:br`,
 * `w:cr`) as "\v" as Word's own paragraph text does (page and column breaks add nothing),
 * `w:noBreakHyphen` as "-", fields as their result only, deleted and moved-away text left
 * out, inserted text kept. Text boxes and headers/footers are not body paragraphs in Word
 * either and are skipped (their number is counted), so paragraph indices match the order
 * of Word's body paragraphs.
 *
 * Every table (`w:tbl`) gets the next table number in document order, outer tables before
 * the tables nested in them; `cell.row` and `cell.cell` count `w:tr` and `w:tc` in the
 * innermost table, and `cell.depth` is the nesting depth.
 */
import type { PageSetup, Paragraph } from "../model";
import type { ListNumbering } from "./numbering";
import { buildParagraph, type ParagraphBuilder } from "./paragraph";
import { emptyRunProps, readParagraphProperty, readRunProperty, mergeRun, resolveCharacterStyle, sameRunProps, type ResolvedParagraphStyle, type RunProps, type Styles } from "./styles";
import { WrittenRecorder, type WrittenParagraph, type WrittenTable } from "./written";
import { anyAttr, attr, isWord, onOff, MARKUP_COMPATIBILITY, parseXml, type XmlHandlers } from "./xml";

interface TableState {
  number: number;
  row: number;
  cell: number;
}

interface FieldState {
  /** True once `separate` is seen: the text that follows is the field's result. */
  inResult: boolean;
}

const TWIPS_PER_MM = 1440 / 25.4;

const MM_PER_UNIT: Record<string, number> = { mm: 1, cm: 10, in: 25.4, pt: 25.4 / 72, pc: 25.4 / 6, pi: 25.4 / 6 };

/** Twips, or a measure with a unit as Strict OOXML writes it ("595.30pt"), in millimetres to 0.1. */
function twipsToMm(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(-?\d+(?:\.\d+)?)(mm|cm|in|pt|pc|pi)?$/.exec(value.trim());
  if (!match) return undefined;
  const amount = Math.abs(Number(match[1]));
  const mm = match[2] ? amount * MM_PER_UNIT[match[2]] : amount / TWIPS_PER_MM;
  return Math.round(mm * 10) / 10;
}

export interface BodyResult {
  paragraphs: Paragraph[];
  page?: PageSetup;
  fonts: Set<string>;
  skippedTextBoxes: number;
  /** Relationship ids of the headers and footers the body's last section uses. */
  headerFooterIds: string[];
  /** With `written`: each paragraph's formatting as written, index for index. */
  written?: WrittenParagraph[];
  /** With `written`: the outermost tables, in order. */
  tables?: WrittenTable[];
}

export interface BodyOptions {
  /** Whose paragraphs: the document's `body`, or each `footnote` / `endnote`. */
  container?: "body" | "footnote" | "endnote";
  /** Keep the formatting as written too (see written.ts); off for documents being checked. */
  written?: boolean;
  /** Told the index of each paragraph as its `w:p` opens (to find a paragraph again in the XML). */
  onParagraph?: (index: number) => void;
}

export interface BodyReader {
  handlers: XmlHandlers;
  /** True while the reader is inside content it leaves out (deleted text, text boxes, fallbacks). */
  skipping(): boolean;
  finish(): BodyResult;
}

/**
 * The names `open` and `close` handle in their switches. Most elements are run and paragraph
 * properties that no case takes: looked up once, they skip the switch's comparisons.
 */
const OPENED = new Set(["del", "moveFrom", "delText", "instrText", "footnoteReference", "endnoteReference", "delInstrText", "rPrChange", "pPrChange", "sectPrChange", "txbxContent", "tbl", "tr", "tc", "p", "pPr", "pStyle", "r", "rPr", "rStyle", "t", "tab", "br", "cr", "noBreakHyphen", "fldChar", "sectPr", "headerReference", "footerReference", "titlePg", "pgSz", "pgMar"]);
const CLOSED = new Set(["del", "moveFrom", "delText", "instrText", "p", "pPr", "r", "rPr", "t", "tbl", "sectPr"]);

/**
 * Reads the paragraphs of every `container` element: the document's `body`, or each
 * `footnote` / `endnote` (separators and continuation notices are not notes).
 */
export function readBody(
  bytes: Uint8Array,
  part: string,
  styles: Styles,
  numbering: ListNumbering,
  container: "body" | "footnote" | "endnote" = "body",
): BodyResult {
  const reader = bodyReader(styles, numbering, { container });
  parseXml(bytes, part, reader.handlers);
  return reader.finish();
}

/** The body reader as XML handlers, for parts that come inside something else (a flat OPC package). */
export function bodyReader(styles: Styles, numbering: ListNumbering, options: BodyOptions = {}): BodyReader {
  const container = options.container ?? "body";
  const written = options.written ? new WrittenRecorder() : undefined;
  const paragraphs: Paragraph[] = [];
  const fonts = new Set<string>();
  const styleCache = new Map<string, ResolvedParagraphStyle>();
  const characterStyleCache = new Map<string, RunProps>();
  const tables: TableState[] = [];
  let tableCount = 0;
  let paragraph: ParagraphBuilder | undefined;
  let page: PageSetup | undefined;
  let headerFooterIds: string[] = [];
  let sections = 0;
  let bodyDepth = 0;
  let sectionDepth = 0;
  // Elements whose whole content is left out: deleted text, text boxes, fallbacks.
  let skipDepth = 0;
  let skippedTextBoxes = 0;
  let inParagraphProps = false;
  let inRunProps = false;
  /** In the paragraph mark's run properties (`w:pPr/w:rPr`). */
  let inMarkProps = false;
  let runStyle: string | undefined;
  let runDirect = emptyRunProps();
  let inRun = false;
  let inText = false;
  /** What the text being collected is: shown text, deleted text or a field code (the last two only as written). */
  let textKind: "shown" | "deleted" | "code" = "shown";
  let textBuffer = "";
  /** Inside tracked deleted or moved-away content; only recorded when `written` is on. */
  let deletedDepth = 0;
  const fields: FieldState[] = [];
  /** Open fields still in their code part; counted, not searched, so deep nesting stays linear. */
  let fieldsInCode = 0;

  const fieldHidesText = (): boolean => fieldsInCode > 0;

  /** Adds text to the paragraph; `asWritten` is the form Word's object model gives (see written.ts). */
  const emit = (text: string, asWritten = text): void => {
    if (!paragraph) return;
    if (deletedDepth > 0) {
      // Deleted text is no text of the document; Word's object model still gives it.
      if (written && asWritten !== "") written.text(asWritten);
      return;
    }
    if (fieldHidesText()) return;
    if (written && asWritten !== "") written.text(asWritten);
    if (text === "") return;
    const props = emptyRunProps();
    if (runStyle !== undefined) {
      let charStyle = characterStyleCache.get(runStyle);
      if (!charStyle) {
        charStyle = resolveCharacterStyle(styles, runStyle);
        characterStyleCache.set(runStyle, charStyle);
      }
      mergeRun(props, charStyle);
    }
    mergeRun(props, runDirect);
    const last = paragraph.segments[paragraph.segments.length - 1];
    if (last && sameRunProps(last.props, props)) last.text += text;
    else paragraph.segments.push({ text, props });
  };

  const finishParagraph = (): void => {
    if (!paragraph) return;
    paragraphs.push(buildParagraph(paragraph, paragraphs.length, styles, styleCache, fonts, numbering));
    written?.finishParagraph(paragraph.styleId);
    paragraph = undefined;
  };

  const handlers: XmlHandlers = {
    open(tag) {
      if (skipDepth > 0) {
        skipDepth++;
        return;
      }
      if (tag.uri === MARKUP_COMPATIBILITY && tag.local === "Fallback") {
        skipDepth = 1;
        return;
      }
      if (!isWord(tag)) return;
      const local = tag.local;
      if (local === container) {
        const type = attr(tag, "type");
        if (type !== undefined && type !== "normal") {
          skipDepth = 1;
          return;
        }
        bodyDepth++;
        return;
      }
      if (bodyDepth === 0) return;
      // A name added to this switch goes into OPENED too.
      if (OPENED.has(local)) switch (local) {
        // Deleted text and field codes are no text of the document; with `written` they are kept
        // as written, because Word's object model gives them in a paragraph's text.
        case "del":
        case "moveFrom":
          if (written) {
            deletedDepth++;
            return;
          }
          skipDepth = 1;
          return;
        case "delText":
        case "instrText":
          if (written && inRun && paragraph) {
            inText = true;
            textKind = local === "delText" ? "deleted" : "code";
            textBuffer = "";
            return;
          }
          skipDepth = 1;
          return;
        case "footnoteReference":
        case "endnoteReference":
          // The note's reference mark: a character in Word's paragraph text, none in the model's.
          if (written && inRun && paragraph && deletedDepth === 0) written.text("\u0002");
          return;
        // Tracked formatting changes hold the old properties.
        case "delInstrText":
        case "rPrChange":
        case "pPrChange":
        case "sectPrChange":
          skipDepth = 1;
          return;
        case "txbxContent":
          skippedTextBoxes++;
          skipDepth = 1;
          return;
        case "tbl":
          written?.startTable(tables.length === 0);
          tables.push({ number: tableCount++, row: -1, cell: -1 });
          return;
        case "tr":
          if (tables.length > 0) {
            const table = tables[tables.length - 1];
            table.row++;
            table.cell = -1;
          }
          return;
        case "tc":
          if (tables.length > 0) tables[tables.length - 1].cell++;
          return;
        case "p": {
          finishParagraph();
          paragraph = { segments: [], direct: {} };
          const table = tables[tables.length - 1];
          if (table) {
            paragraph.cell = { table: table.number, row: Math.max(0, table.row), cell: Math.max(0, table.cell), depth: tables.length };
          }
          if (written) {
            const outer = tables[0];
            written.startParagraph(outer && { row: Math.max(0, outer.row), cell: Math.max(0, outer.cell) });
          }
          options.onParagraph?.(paragraphs.length);
          return;
        }
        case "pPr":
          if (paragraph) inParagraphProps = true;
          return;
        case "pStyle":
          if (paragraph && inParagraphProps) paragraph.styleId = attr(tag, "val");
          return;
        case "r":
          inRun = true;
          runStyle = undefined;
          runDirect = emptyRunProps();
          written?.startRun(deletedDepth > 0);
          return;
        case "rPr":
          if (inRun) inRunProps = true;
          else if (inParagraphProps && paragraph) inMarkProps = true;
          return;
        case "rStyle":
          if (inRunProps) runStyle = attr(tag, "val");
          return;
        case "t":
          if (inRun) {
            inText = true;
            textKind = "shown";
            textBuffer = "";
          }
          return;
        case "tab":
          // A `w:tab` inside `w:tabs` (paragraph properties) is a tab stop, not text.
          if (inRun && !inParagraphProps && !inRunProps) emit("\t");
          return;
        case "br": {
          const type = attr(tag, "type");
          if (inRun && !inRunProps) emit(type === undefined || type === "textWrapping" ? "\v" : "", type === "page" ? "\f" : "\v");
          return;
        }
        case "cr":
          if (inRun && !inRunProps) emit("\v");
          return;
        case "noBreakHyphen":
          if (inRun) emit("-", "\u2011");
          return;
        case "fldChar": {
          const type = attr(tag, "fldCharType");
          // Word's paragraph text marks a field's start, separator and end with characters 19, 20, 21.
          if (written && paragraph && deletedDepth === 0) {
            const marker = type === "begin" ? "\u0013" : type === "separate" ? "\u0014" : type === "end" ? "\u0015" : "";
            if (marker) written.text(marker);
          }
          if (type === "begin") {
            fields.push({ inResult: false });
            fieldsInCode++;
          } else if (type === "separate" && fields.length > 0 && !fields[fields.length - 1].inResult) {
            fields[fields.length - 1].inResult = true;
            fieldsInCode--;
          } else if (type === "end" && fields.length > 0) {
            if (!fields.pop()?.inResult) fieldsInCode--;
          }
          return;
        }
        case "sectPr":
          sectionDepth++;
          if (bodyDepth > 0) sections++;
          if (bodyDepth > 0 && !paragraph && tables.length === 0) {
            page = {};
            headerFooterIds = [];
          }
          return;
        case "headerReference":
        case "footerReference": {
          const id = anyAttr(tag, "id");
          if (page && sectionDepth > 0 && !paragraph && id) headerFooterIds.push(id);
          return;
        }
        case "titlePg":
          if (page && sectionDepth > 0 && !paragraph) page.titlePage = onOff(tag);
          return;
        case "pgSz":
          if (page && sectionDepth > 0 && !paragraph) {
            const width = twipsToMm(attr(tag, "w"));
            const height = twipsToMm(attr(tag, "h"));
            if (width !== undefined) page.width = width;
            if (height !== undefined) page.height = height;
            const orient = attr(tag, "orient");
            if (orient === "landscape" || orient === "portrait") page.orientation = orient;
            else if (width !== undefined && height !== undefined) page.orientation = width > height ? "landscape" : "portrait";
          }
          return;
        case "pgMar":
          if (page && sectionDepth > 0 && !paragraph) {
            const top = twipsToMm(attr(tag, "top"));
            const bottom = twipsToMm(attr(tag, "bottom"));
            const left = twipsToMm(attr(tag, "left") ?? attr(tag, "start"));
            const right = twipsToMm(attr(tag, "right") ?? attr(tag, "end"));
            if (top !== undefined) page.marginTop = top;
            if (bottom !== undefined) page.marginBottom = bottom;
            if (left !== undefined) page.marginLeft = left;
            if (right !== undefined) page.marginRight = right;
          }
          return;
      }
      if (inRunProps) {
        readRunProperty(tag, runDirect);
        written?.runProperty(tag);
      } else if (inParagraphProps && paragraph) {
        // The paragraph mark's run properties (w:pPr/w:rPr) and a section break's settings are not the paragraph's.
        if (!inMarkProps && sectionDepth === 0) readParagraphProperty(tag, paragraph.direct);
        if (written) {
          if (inMarkProps) written.markProperty(tag);
          else written.paragraphProperty(tag);
        }
      } else if (written && !paragraph && tables.length === 1) written.tableProperty(tag);
    },
    close(tag) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (!isWord(tag)) return;
      if (tag.local === container) {
        bodyDepth--;
        finishParagraph();
        return;
      }
      written?.close(tag.local);
      // A name added to this switch goes into CLOSED too.
      if (CLOSED.has(tag.local)) switch (tag.local) {
        case "del":
        case "moveFrom":
          if (deletedDepth > 0) deletedDepth--;
          return;
        case "delText":
        case "instrText":
          if (inText) {
            inText = false;
            if (written && textBuffer !== "") written.text(textBuffer);
          }
          return;
        case "p":
          finishParagraph();
          return;
        case "pPr":
          inParagraphProps = false;
          return;
        case "r":
          inRun = false;
          written?.endRun();
          return;
        case "rPr":
          inRunProps = false;
          inMarkProps = false;
          return;
        case "t":
          if (inText) {
            inText = false;
            if (textKind === "shown") emit(textBuffer);
          }
          return;
        case "tbl":
          finishParagraph();
          tables.pop();
          return;
        case "sectPr":
          sectionDepth--;
          return;
      }
    },
    text(text) {
      if (inText && skipDepth === 0) textBuffer += text;
    },
  };
  const finish = (): BodyResult => {
    finishParagraph();
    const result: BodyResult = { paragraphs, fonts, skippedTextBoxes, headerFooterIds };
    if (page && Object.keys(page).length > 0) result.page = { ...page, sections };
    if (written) {
      result.written = written.paragraphs;
      result.tables = written.tables;
    }
    return result;
  };
  return { handlers, finish, skipping: () => skipDepth > 0 };
}
