/**
 * .docx reader: paragraphs of the main document body in reading order, table cells
 * included (nested tables too), with what is known of their formatting.
 *
 * Text is what Word shows: runs joined, `w:tab` as "\t", a line break (`w:br`,
 * `w:cr`) as "\v" as Word's own paragraph text does (page and column breaks add nothing),
 * `w:noBreakHyphen` as "-", fields as their result only, deleted and moved-away text left
 * out, inserted text kept. Text boxes and headers/footers are not body paragraphs in Word
 * either and are skipped (a notice says when text boxes were), so paragraph indices match
 * the order of Word's body paragraphs.
 *
 * Automatic list numbers ("I.", "1.", "a)") are not part of the text, as in Word; they are
 * reported as `listLabel`.
 *
 * Footnotes and endnotes are read into `footnotes`, apart from the body; their text
 * starts after the note mark (with the space Word puts after it).
 *
 * Every table (`w:tbl`) gets the next table number in document order, outer tables before
 * the tables nested in them; `cell.row` and `cell.cell` count `w:tr` and `w:tc` in the
 * innermost table, and `cell.depth` is the nesting depth.
 *
 * The zip and the XML are untrusted: sizes are checked before inflating, DOCTYPEs are
 * refused (no entity is ever expanded), and nesting depth is capped.
 */
import { Inflate } from "fflate";
import { SaxesParser } from "saxes";
import type { SaxesTagNS } from "saxes";
import type {
  Alignment,
  DocumentModel,
  PageSetup,
  Paragraph,
  ParagraphFormat,
  TableCellRef,
  TextMark,
} from "../model";
import { InputError } from "../errors";
import { detectLegacyEncoding, legacyEncodingNotice } from "./legacy";
import { ListNumbering, type ListLevel } from "./numbering";

const MAX_TOTAL_UNCOMPRESSED = 100 * 1024 * 1024;
/** Deflate cannot pass about 1032:1; real XML stays far below. */
const MAX_RATIO = 1000;
const MAX_DEPTH = 200;

const WORD_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);
const MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const OFFICE_DOCUMENT_TYPES = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
];

// ---------------------------------------------------------------------------------------
// Errors

function inputError(code: "empty" | "not-docx" | "corrupt-docx" | "encrypted-docx" | "legacy-doc" | "too-large" | "bad-xml", detail?: string): InputError {
  switch (code) {
    case "empty":
      return new InputError(
        "empty",
        "Tệp trống hoặc không có chữ nào. Hãy chọn tệp văn bản có nội dung.",
        "The file is empty or has no text. Choose a document that has content.",
      );
    case "not-docx":
      return new InputError(
        "not-docx",
        "Tệp này không phải tệp Word .docx. Hãy mở tệp trong Word và lưu lại dưới dạng .docx (Word Document).",
        "This file is not a Word .docx file. Open it in Word and save it as .docx (Word Document).",
      );
    case "encrypted-docx":
      return new InputError(
        "encrypted-docx",
        "Tệp được đặt mật khẩu hoặc là tệp .doc cũ nên không đọc được. Hãy mở tệp trong Word, bỏ mật khẩu " +
          "(Tệp > Thông tin > Bảo vệ tài liệu) hoặc lưu lại dưới dạng .docx rồi thử lại.",
        "The file is password-protected or an old .doc file and cannot be read. Open it in Word, remove the " +
          "password (File > Info > Protect Document) or save it as .docx, then try again.",
      );
    case "legacy-doc":
      return new InputError(
        "legacy-doc",
        "Đây là tệp Word .doc kiểu cũ. Hãy mở tệp trong Word và lưu lại dưới dạng .docx (Word Document) rồi thử lại.",
        "This is an old-style Word .doc file. Open it in Word, save it as .docx (Word Document) and try again.",
      );
    case "too-large":
      return new InputError(
        "too-large",
        "Tệp quá lớn sau khi giải nén (hơn 100 MB) hoặc có cấu trúc bất thường nên không được mở. " +
          "Hãy kiểm tra lại tệp, bỏ bớt hình ảnh lớn hoặc lưu lại bằng Word.",
        "The file is too large once unpacked (over 100 MB) or abnormally built, so it was not opened. " +
          "Check the file, remove large images or save it again from Word.",
      );
    case "bad-xml":
      return new InputError(
        "bad-xml",
        `Tệp .docx chứa XML không được phép${detail ? ` (${detail})` : ""}, có thể đã bị sửa bằng công cụ khác. ` +
          "Hãy mở tệp trong Word, lưu lại dưới dạng .docx rồi thử lại.",
        `The .docx file contains XML that is not allowed${detail ? ` (${detail})` : ""}; it may have been altered by ` +
          "another tool. Open it in Word, save it as .docx and try again.",
      );
    case "corrupt-docx":
      return new InputError(
        "corrupt-docx",
        `Tệp .docx bị hỏng hoặc không đầy đủ${detail ? ` (${detail})` : ""}. ` +
          "Hãy mở tệp trong Word (Word có thể sửa tệp hỏng) và lưu lại, hoặc xin gửi lại tệp.",
        `The .docx file is damaged or incomplete${detail ? ` (${detail})` : ""}. ` +
          "Open it in Word (Word can repair damaged files) and save it again, or ask for the file again.",
      );
  }
}

// ---------------------------------------------------------------------------------------
// Zip

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function hasOleSignature(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  for (let i = 0; i < Math.min(8, bytes.length); i++) if (bytes[i] !== OLE_SIGNATURE[i]) return false;
  return true;
}

export function hasZipSignature(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6) || (bytes[2] === 7 && bytes[3] === 8))
  );
}

/** Looks for a UTF-16 stream name in an OLE file ("WordDocument" in a .doc, "EncryptedPackage" in a locked .docx). */
function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const limit = Math.min(bytes.length, 8 * 1024 * 1024) - name.length * 2;
  outer: for (let i = 0; i <= limit; i++) {
    for (let k = 0; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

function oleError(bytes: Uint8Array): InputError {
  if (!containsUtf16(bytes, "EncryptedPackage") && containsUtf16(bytes, "WordDocument")) return inputError("legacy-doc");
  return inputError("encrypted-docx");
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const INFLATE_CHUNK = 16 * 1024;

function readUint16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 0x1000000;
}

/** Reads the central directory and checks every entry's declared sizes before anything is inflated. */
function listEntries(bytes: Uint8Array): ZipEntry[] {
  let end = bytes.length - 22;
  const lowest = Math.max(0, bytes.length - 22 - 65535);
  while (end >= lowest && readUint32(bytes, end) !== 0x06054b50) end--;
  if (end < lowest) throw inputError("corrupt-docx", "zip");
  const count = readUint16(bytes, end + 10);
  let at = readUint32(bytes, end + 16);
  if (count === 0xffff || at === 0xffffffff) throw inputError("corrupt-docx", "zip64");
  const entries: ZipEntry[] = [];
  let total = 0;
  const decoder = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || readUint32(bytes, at) !== 0x02014b50) throw inputError("corrupt-docx", "zip");
    const nameLength = readUint16(bytes, at + 28);
    const entry: ZipEntry = {
      method: readUint16(bytes, at + 10),
      compressedSize: readUint32(bytes, at + 20),
      size: readUint32(bytes, at + 24),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      localOffset: readUint32(bytes, at + 42),
    };
    total += entry.size;
    if (entry.size === 0xffffffff || total > MAX_TOTAL_UNCOMPRESSED) throw inputError("too-large");
    if (entry.size > 1024 * 1024 && entry.size > entry.compressedSize * MAX_RATIO) throw inputError("too-large");
    entries.push(entry);
    at += 46 + nameLength + readUint16(bytes, at + 30) + readUint16(bytes, at + 32);
  }
  return entries;
}

/**
 * Inflates one entry. The output may not exceed the declared size: an entry that lies
 * about its size is stopped as soon as it passes it, not after inflating everything.
 */
function extractEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const local = entry.localOffset;
  if (local + 30 > bytes.length || readUint32(bytes, local) !== 0x04034b50) throw inputError("corrupt-docx", "zip");
  const start = local + 30 + readUint16(bytes, local + 26) + readUint16(bytes, local + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > bytes.length) throw inputError("corrupt-docx", "zip");
  if (entry.method === 0) {
    if (data.length !== entry.size) throw inputError("corrupt-docx", "zip");
    return data;
  }
  if (entry.method !== 8) throw inputError("corrupt-docx", "zip");
  const out = new Uint8Array(entry.size);
  let length = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    if (length + chunk.length > out.length) throw inputError("too-large");
    out.set(chunk, length);
    length += chunk.length;
    if (final) finished = true;
  });
  try {
    for (let at = 0; at < data.length || at === 0; at += INFLATE_CHUNK) {
      inflater.push(data.subarray(at, at + INFLATE_CHUNK), at + INFLATE_CHUNK >= data.length);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw inputError("corrupt-docx", "zip");
  }
  if (!finished || length !== entry.size) throw inputError("corrupt-docx", "zip");
  return out;
}

interface ZipPackage {
  entries: Map<string, ZipEntry>;
  bytes: Uint8Array;
}

function openZip(bytes: Uint8Array): ZipPackage {
  const entries = new Map<string, ZipEntry>();
  for (const entry of listEntries(bytes)) entries.set(entry.name, entry);
  return { entries, bytes };
}

function readPart(zip: ZipPackage, name: string): Uint8Array | undefined {
  const entry = zip.entries.get(name);
  return entry ? extractEntry(zip.bytes, entry) : undefined;
}

// ---------------------------------------------------------------------------------------
// XML

interface XmlHandlers {
  open(tag: SaxesTagNS): void;
  close(tag: SaxesTagNS): void;
  text?(text: string): void;
}

function decodeXml(bytes: Uint8Array, part: string): string {
  try {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
      return new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    }
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
      return new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
    }
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw inputError("corrupt-docx", part);
  }
}

function parseXml(bytes: Uint8Array, part: string, handlers: XmlHandlers): void {
  const xml = decodeXml(bytes, part);
  // A DOCTYPE has no place in OOXML; refusing it means no entity is ever declared or expanded.
  if (/<!DOCTYPE/i.test(xml)) throw inputError("bad-xml", `DOCTYPE trong ${part}`);
  const parser = new SaxesParser({ xmlns: true, position: false });
  let depth = 0;
  parser.on("doctype", () => {
    throw inputError("bad-xml", `DOCTYPE trong ${part}`);
  });
  parser.on("opentag", (tag) => {
    depth++;
    if (depth > MAX_DEPTH) throw inputError("bad-xml", `${part} lồng nhau quá ${MAX_DEPTH} cấp`);
    handlers.open(tag);
  });
  parser.on("closetag", (tag) => {
    depth--;
    handlers.close(tag);
  });
  if (handlers.text) {
    const onText = handlers.text;
    parser.on("text", onText);
    parser.on("cdata", onText);
  }
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw inputError("corrupt-docx", part);
  }
}

function isWord(tag: SaxesTagNS): boolean {
  return WORD_NAMESPACES.has(tag.uri);
}

/** An attribute by local name in the WordprocessingML namespace (or unqualified). */
function attr(tag: SaxesTagNS, local: string): string | undefined {
  for (const key in tag.attributes) {
    const a = tag.attributes[key];
    if (a.local === local && (a.uri === "" || WORD_NAMESPACES.has(a.uri))) return a.value;
  }
  return undefined;
}

function anyAttr(tag: SaxesTagNS, local: string): string | undefined {
  for (const key in tag.attributes) {
    const a = tag.attributes[key];
    if (a.local === local) return a.value;
  }
  return undefined;
}

/** `w:b`, `w:b w:val="0"`, `w:b w:val="false"`… */
function onOff(tag: SaxesTagNS): boolean {
  const value = attr(tag, "val");
  return value === undefined || !(value === "0" || value === "false" || value === "off");
}

// ---------------------------------------------------------------------------------------
// Package relationships

function parseRelationships(bytes: Uint8Array | undefined, part: string): { type: string; target: string }[] {
  if (!bytes) return [];
  const relationships: { type: string; target: string }[] = [];
  parseXml(bytes, part, {
    open(tag) {
      if (tag.local !== "Relationship") return;
      const type = anyAttr(tag, "Type");
      const target = anyAttr(tag, "Target");
      const mode = anyAttr(tag, "TargetMode");
      if (type && target && mode !== "External") relationships.push({ type, target });
    },
    close() {},
  });
  return relationships;
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

// ---------------------------------------------------------------------------------------
// Styles

interface RunProps {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
  font?: string;
  /** A theme font reference ("minorHAnsi") when no font is named. */
  themeFont?: string;
  superscript?: boolean;
}

interface ParaProps {
  alignment?: Alignment;
  /** 0-based as in `w:outlineLvl`; 9 means body text. */
  outlineLevel?: number;
  /** `w:numPr`: the list and its level; numId "0" means "not numbered". */
  numId?: string;
  numLevel?: number;
}

interface StyleDef {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  run: RunProps;
  para: ParaProps;
}

interface Styles {
  byId: Map<string, StyleDef>;
  defaultParagraph?: string;
  defaultRun: RunProps;
  defaultPara: ParaProps;
  themeFonts: { major?: string; minor?: string };
}

function alignmentOf(value: string | undefined): Alignment | undefined {
  switch (value) {
    case "both":
    case "distribute":
    case "justify":
      return "justify";
    case "center":
      return "center";
    case "right":
    case "end":
      return "right";
    case "left":
    case "start":
      return "left";
    default:
      return undefined;
  }
}

/** Reads a run-property child element into `props`. */
function readRunProperty(tag: SaxesTagNS, props: RunProps): void {
  switch (tag.local) {
    case "b":
      props.bold = onOff(tag);
      break;
    case "i":
      props.italic = onOff(tag);
      break;
    case "sz": {
      const halfPoints = Number(attr(tag, "val"));
      if (Number.isFinite(halfPoints) && halfPoints > 0) props.size = halfPoints / 2;
      break;
    }
    case "rFonts": {
      const font = attr(tag, "hAnsi") ?? attr(tag, "ascii");
      const theme = attr(tag, "hAnsiTheme") ?? attr(tag, "asciiTheme");
      if (font) {
        props.font = font;
        delete props.themeFont;
      } else if (theme) {
        props.themeFont = theme;
        delete props.font;
      }
      break;
    }
    case "vertAlign":
      props.superscript = attr(tag, "val") === "superscript";
      break;
  }
}

function readParagraphProperty(tag: SaxesTagNS, props: ParaProps): void {
  if (tag.local === "jc") {
    const alignment = alignmentOf(attr(tag, "val"));
    if (alignment) props.alignment = alignment;
  } else if (tag.local === "outlineLvl") {
    const level = Number(attr(tag, "val"));
    if (Number.isInteger(level) && level >= 0 && level <= 9) props.outlineLevel = level;
  } else if (tag.local === "numId") {
    const id = attr(tag, "val");
    if (id !== undefined) props.numId = id;
  } else if (tag.local === "ilvl") {
    const level = Number(attr(tag, "val"));
    if (Number.isInteger(level) && level >= 0 && level <= 8) props.numLevel = level;
  }
}

function parseNumbering(bytes: Uint8Array | undefined, part: string): ListNumbering {
  const numbering = new ListNumbering();
  if (!bytes) return numbering;
  let abstractId: string | undefined;
  let numId: string | undefined;
  let overrideLevel: number | undefined;
  let level: { index: number; definition: ListLevel } | undefined;
  parseXml(bytes, part, {
    open(tag) {
      if (!isWord(tag)) return;
      const value = attr(tag, "val");
      switch (tag.local) {
        case "abstractNum":
          abstractId = attr(tag, "abstractNumId");
          return;
        case "num":
          numId = attr(tag, "numId");
          return;
        case "abstractNumId":
          if (numId !== undefined && value !== undefined) numbering.defineList(numId, value);
          return;
        case "lvlOverride":
          overrideLevel = Number(attr(tag, "ilvl") ?? "0");
          return;
        case "startOverride":
          if (numId !== undefined && overrideLevel !== undefined) numbering.overrideStart(numId, overrideLevel, Number(value ?? "1") || 0);
          return;
        case "lvl":
          level = { index: Number(attr(tag, "ilvl") ?? "0"), definition: { start: 1, format: "decimal", text: "" } };
          return;
        case "start":
          if (level && value !== undefined && Number.isFinite(Number(value))) level.definition.start = Number(value);
          return;
        case "numFmt":
          if (level && value !== undefined) level.definition.format = value;
          return;
        case "lvlText":
          if (level && value !== undefined) level.definition.text = value;
          return;
      }
    },
    close(tag) {
      if (!isWord(tag)) return;
      switch (tag.local) {
        case "lvl":
          if (level) {
            if (numId !== undefined && overrideLevel !== undefined) numbering.overrideLevel(numId, level.index, level.definition);
            else if (abstractId !== undefined) numbering.defineLevel(abstractId, level.index, level.definition);
          }
          level = undefined;
          return;
        case "abstractNum":
          abstractId = undefined;
          return;
        case "num":
          numId = undefined;
          return;
        case "lvlOverride":
          overrideLevel = undefined;
          return;
      }
    },
  });
  return numbering;
}

function parseTheme(bytes: Uint8Array | undefined, part: string): { major?: string; minor?: string } {
  const fonts: { major?: string; minor?: string } = {};
  if (!bytes) return fonts;
  let current: "major" | "minor" | undefined;
  parseXml(bytes, part, {
    open(tag) {
      if (tag.local === "majorFont") current = "major";
      else if (tag.local === "minorFont") current = "minor";
      else if (tag.local === "latin" && current && fonts[current] === undefined) {
        const face = anyAttr(tag, "typeface");
        if (face) fonts[current] = face;
      }
    },
    close(tag) {
      if (tag.local === "majorFont" || tag.local === "minorFont") current = undefined;
    },
  });
  return fonts;
}

function parseStyles(bytes: Uint8Array | undefined, part: string, themeFonts: Styles["themeFonts"]): Styles {
  const styles: Styles = { byId: new Map(), defaultRun: {}, defaultPara: {}, themeFonts };
  if (!bytes) return styles;
  let current: StyleDef | undefined;
  let inDefaultsRun = false;
  let inDefaultsPara = false;
  let inRunProps = 0;
  let inParaProps = 0;
  parseXml(bytes, part, {
    open(tag) {
      if (!isWord(tag)) return;
      switch (tag.local) {
        case "rPrDefault":
          inDefaultsRun = true;
          return;
        case "pPrDefault":
          inDefaultsPara = true;
          return;
        case "style":
          current = { id: attr(tag, "styleId") ?? "", type: attr(tag, "type") ?? "paragraph", run: {}, para: {} };
          if (current.type === "paragraph" && onOffAttr(attr(tag, "default"))) styles.defaultParagraph = current.id;
          return;
        case "name":
          if (current) current.name = attr(tag, "val");
          return;
        case "basedOn":
          if (current) current.basedOn = attr(tag, "val");
          return;
        case "rPr":
          inRunProps++;
          return;
        case "pPr":
          inParaProps++;
          return;
      }
      if (inRunProps > 0) {
        const target = current ? current.run : inDefaultsRun ? styles.defaultRun : undefined;
        if (target) readRunProperty(tag, target);
      } else if (inParaProps > 0) {
        const target = current ? current.para : inDefaultsPara ? styles.defaultPara : undefined;
        if (target) readParagraphProperty(tag, target);
      }
    },
    close(tag) {
      if (!isWord(tag)) return;
      switch (tag.local) {
        case "rPrDefault":
          inDefaultsRun = false;
          break;
        case "pPrDefault":
          inDefaultsPara = false;
          break;
        case "style":
          if (current && current.id) styles.byId.set(current.id, current);
          current = undefined;
          break;
        case "rPr":
          inRunProps--;
          break;
        case "pPr":
          inParaProps--;
          break;
      }
    },
  });
  return styles;
}

function onOffAttr(value: string | undefined): boolean {
  return value === "1" || value === "true" || value === "on";
}

/** The style and its ancestors, root first; stops on a loop in `basedOn`. */
function styleChain(styles: Styles, id: string | undefined): StyleDef[] {
  const chain: StyleDef[] = [];
  const seen = new Set<string>();
  let style = id === undefined ? undefined : styles.byId.get(id);
  while (style && !seen.has(style.id) && chain.length < 50) {
    seen.add(style.id);
    chain.unshift(style);
    style = style.basedOn === undefined ? undefined : styles.byId.get(style.basedOn);
  }
  return chain;
}

function mergeRun(target: RunProps, source: RunProps): void {
  if (source.bold !== undefined) target.bold = source.bold;
  if (source.italic !== undefined) target.italic = source.italic;
  if (source.size !== undefined) target.size = source.size;
  if (source.font !== undefined) {
    target.font = source.font;
    delete target.themeFont;
  } else if (source.themeFont !== undefined) {
    target.themeFont = source.themeFont;
    delete target.font;
  }
  if (source.superscript !== undefined) target.superscript = source.superscript;
}

/** "heading 1" → "Heading 1": built-in names are stored in lower case, Word shows them capitalised. */
function displayName(name: string): string {
  if (!/^[a-z][a-z0-9 ]*$/.test(name)) return name;
  return name.replace(/(^|\s)([a-z])/g, (_all, space: string, letter: string) => space + letter.toUpperCase());
}

interface ResolvedParagraphStyle {
  name?: string;
  headingLevel?: number;
  alignment?: Alignment;
  numId?: string;
  numLevel?: number;
  run: RunProps;
}

function resolveParagraphStyle(styles: Styles, styleId: string | undefined, cache: Map<string, ResolvedParagraphStyle>): ResolvedParagraphStyle {
  const id = styleId ?? styles.defaultParagraph ?? "";
  const cached = cache.get(id);
  if (cached) return cached;
  const run: RunProps = { ...styles.defaultRun };
  const para: ParaProps = { ...styles.defaultPara };
  const chain = styleChain(styles, id === "" ? undefined : id);
  let headingFromName: number | undefined;
  for (const style of chain) {
    mergeRun(run, style.run);
    if (style.para.alignment !== undefined) para.alignment = style.para.alignment;
    if (style.para.outlineLevel !== undefined) para.outlineLevel = style.para.outlineLevel;
    if (style.para.numId !== undefined) para.numId = style.para.numId;
    if (style.para.numLevel !== undefined) para.numLevel = style.para.numLevel;
    const match = /^heading\s+([1-9])$/i.exec(style.name ?? "");
    if (match) headingFromName = Number(match[1]);
  }
  const own = chain[chain.length - 1];
  const resolved: ResolvedParagraphStyle = { run };
  if (own?.name) resolved.name = displayName(own.name);
  else if (styleId) resolved.name = styleId;
  // Without styles.xml, a style id such as "Heading1" still says what it is.
  if (chain.length === 0 && styleId) {
    const fromId = /^heading\s?([1-9])$/i.exec(styleId);
    if (fromId) headingFromName = Number(fromId[1]);
  }
  const level = para.outlineLevel !== undefined && para.outlineLevel < 9 ? para.outlineLevel + 1 : headingFromName;
  if (level !== undefined) resolved.headingLevel = level;
  if (para.alignment) resolved.alignment = para.alignment;
  if (para.numId !== undefined) resolved.numId = para.numId;
  if (para.numLevel !== undefined) resolved.numLevel = para.numLevel;
  cache.set(id, resolved);
  return resolved;
}

function resolveCharacterStyle(styles: Styles, styleId: string | undefined): RunProps {
  const run: RunProps = {};
  for (const style of styleChain(styles, styleId)) mergeRun(run, style.run);
  return run;
}

// ---------------------------------------------------------------------------------------
// Document body

interface RunSegment {
  text: string;
  props: RunProps;
}

interface ParagraphBuilder {
  segments: RunSegment[];
  styleId?: string;
  direct: ParaProps;
  cell?: TableCellRef;
}

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

interface BodyResult {
  paragraphs: Paragraph[];
  page?: PageSetup;
  fonts: Set<string>;
  skippedTextBoxes: number;
}

/**
 * Reads the paragraphs of every `container` element: the document's `body`, or each
 * `footnote` / `endnote` (separators and continuation notices are not notes).
 */
function readBody(
  bytes: Uint8Array,
  part: string,
  styles: Styles,
  numbering: ListNumbering,
  container: "body" | "footnote" | "endnote" = "body",
): BodyResult {
  const paragraphs: Paragraph[] = [];
  const fonts = new Set<string>();
  const styleCache = new Map<string, ResolvedParagraphStyle>();
  const characterStyleCache = new Map<string, RunProps>();
  const tables: TableState[] = [];
  let tableCount = 0;
  let paragraph: ParagraphBuilder | undefined;
  let page: PageSetup | undefined;
  let bodyDepth = 0;
  let sectionDepth = 0;
  // Elements whose whole content is left out: deleted text, text boxes, fallbacks.
  let skipDepth = 0;
  let skippedTextBoxes = 0;
  let inParagraphProps = false;
  let inRunProps = false;
  let runStyle: string | undefined;
  let runDirect: RunProps = {};
  let inRun = false;
  let inText = false;
  let textBuffer = "";
  const fields: FieldState[] = [];
  /** Open fields still in their code part; counted, not searched, so deep nesting stays linear. */
  let fieldsInCode = 0;

  const fieldHidesText = (): boolean => fieldsInCode > 0;

  const emit = (text: string): void => {
    if (!paragraph || text === "" || fieldHidesText()) return;
    const charStyle =
      runStyle === undefined
        ? {}
        : characterStyleCache.get(runStyle) ??
          (() => {
            const resolved = resolveCharacterStyle(styles, runStyle);
            characterStyleCache.set(runStyle, resolved);
            return resolved;
          })();
    const props: RunProps = {};
    mergeRun(props, charStyle);
    mergeRun(props, runDirect);
    const last = paragraph.segments[paragraph.segments.length - 1];
    if (last && sameRunProps(last.props, props)) last.text += text;
    else paragraph.segments.push({ text, props });
  };

  const finishParagraph = (): void => {
    if (!paragraph) return;
    paragraphs.push(buildParagraph(paragraph, paragraphs.length, styles, styleCache, fonts, numbering));
    paragraph = undefined;
  };

  parseXml(bytes, part, {
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
      switch (local) {
        // Deleted text, field codes, and tracked formatting changes (they hold the old properties).
        case "del":
        case "moveFrom":
        case "delText":
        case "instrText":
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
          runDirect = {};
          return;
        case "rPr":
          if (inRun) inRunProps = true;
          return;
        case "rStyle":
          if (inRunProps) runStyle = attr(tag, "val");
          return;
        case "t":
          if (inRun) {
            inText = true;
            textBuffer = "";
          }
          return;
        case "tab":
          // A `w:tab` inside `w:tabs` (paragraph properties) is a tab stop, not text.
          if (inRun && !inParagraphProps && !inRunProps) emit("\t");
          return;
        case "br": {
          const type = attr(tag, "type");
          if (inRun && !inRunProps && (type === undefined || type === "textWrapping")) emit("\v");
          return;
        }
        case "cr":
          if (inRun && !inRunProps) emit("\v");
          return;
        case "noBreakHyphen":
          if (inRun) emit("-");
          return;
        case "fldChar": {
          const type = attr(tag, "fldCharType");
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
          if (bodyDepth > 0 && !paragraph && tables.length === 0) page = {};
          return;
        case "pgSz":
          if (page && sectionDepth > 0 && !paragraph) {
            const width = twipsToMm(attr(tag, "w"));
            const height = twipsToMm(attr(tag, "h"));
            if (width !== undefined) page.width = width;
            if (height !== undefined) page.height = height;
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
      if (inRunProps) readRunProperty(tag, runDirect);
      else if (inParagraphProps && paragraph) {
        readParagraphProperty(tag, paragraph.direct);
      }
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
      switch (tag.local) {
        case "p":
          finishParagraph();
          return;
        case "pPr":
          inParagraphProps = false;
          return;
        case "r":
          inRun = false;
          return;
        case "rPr":
          inRunProps = false;
          return;
        case "t":
          if (inText) {
            inText = false;
            emit(textBuffer);
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
  });
  finishParagraph();
  const result: BodyResult = { paragraphs, fonts, skippedTextBoxes };
  if (page && Object.keys(page).length > 0) result.page = page;
  return result;
}

function sameRunProps(a: RunProps, b: RunProps): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.size === b.size &&
    a.font === b.font &&
    a.themeFont === b.themeFont &&
    a.superscript === b.superscript
  );
}

function isVisible(text: string): boolean {
  return /\S/.test(text);
}

function buildParagraph(
  builder: ParagraphBuilder,
  index: number,
  styles: Styles,
  cache: Map<string, ResolvedParagraphStyle>,
  fonts: Set<string>,
  numbering: ListNumbering,
): Paragraph {
  const style = resolveParagraphStyle(styles, builder.styleId, cache);
  const format: ParagraphFormat = {};
  if (style.name) format.style = style.name;
  const outline = builder.direct.outlineLevel;
  const level = outline !== undefined ? (outline < 9 ? outline + 1 : undefined) : style.headingLevel;
  if (level !== undefined) format.headingLevel = level;
  const alignment = builder.direct.alignment ?? style.alignment;
  if (alignment) format.alignment = alignment;

  let text = "";
  const runs: { start: number; end: number; props: RunProps }[] = [];
  for (const segment of builder.segments) {
    const props: RunProps = { ...style.run };
    mergeRun(props, segment.props);
    if (props.font === undefined && props.themeFont !== undefined) {
      const themed = props.themeFont.startsWith("major") ? styles.themeFonts.major : styles.themeFonts.minor;
      if (themed) props.font = themed;
    }
    runs.push({ start: text.length, end: text.length + segment.text.length, props });
    text += segment.text;
  }
  const visible = runs.filter((run) => isVisible(text.slice(run.start, run.end)));
  for (const run of visible) if (run.props.font) fonts.add(run.props.font);

  const marks: TextMark[] = [];
  if (visible.length > 0) {
    const shared = <K extends keyof RunProps>(key: K): RunProps[K] | undefined => {
      const first = visible[0].props[key];
      return visible.every((run) => run.props[key] === first) ? first : undefined;
    };
    const size = shared("size");
    if (size !== undefined) format.size = size;
    const font = shared("font");
    if (font !== undefined) format.font = font;
    for (const kind of ["bold", "italic"] as const) {
      const on = visible.filter((run) => run.props[kind] === true);
      if (on.length === visible.length) format[kind] = true;
      else if (on.length === 0) format[kind] = false;
      else for (const run of on) marks.push(trimmedMark(text, run.start, run.end, kind));
    }
    for (const run of visible) if (run.props.superscript) marks.push(trimmedMark(text, run.start, run.end, "superscript"));
  }
  const paragraph: Paragraph = { index, text, format };
  if (builder.cell) paragraph.cell = builder.cell;
  const numId = builder.direct.numId ?? style.numId;
  if (numId !== undefined && numId !== "0") {
    const label = numbering.next(numId, builder.direct.numLevel ?? style.numLevel ?? 0);
    if (label) paragraph.listLabel = label;
  }
  if (marks.length > 0) paragraph.marks = mergeMarks(marks);
  return paragraph;
}

function trimmedMark(text: string, start: number, end: number, kind: TextMark["kind"]): TextMark {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end, kind };
}

/** Joins touching marks of one kind (runs split by other properties) and sorts them. */
function mergeMarks(marks: TextMark[]): TextMark[] {
  marks.sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.start - b.start));
  const merged: TextMark[] = [];
  for (const mark of marks) {
    const last = merged[merged.length - 1];
    if (last && last.kind === mark.kind && mark.start <= last.end + 1) last.end = Math.max(last.end, mark.end);
    else merged.push({ ...mark });
  }
  return merged.sort((a, b) => a.start - b.start || a.end - b.end);
}

// ---------------------------------------------------------------------------------------
// Entry point

export function readDocx(bytes: Uint8Array, name?: string): DocumentModel {
  if (bytes.length === 0) throw inputError("empty");
  if (hasOleSignature(bytes)) throw oleError(bytes);
  if (!hasZipSignature(bytes)) throw inputError("not-docx");

  const zip = openZip(bytes);
  let mainPart = "word/document.xml";
  for (const relationship of parseRelationships(readPart(zip, "_rels/.rels"), "_rels/.rels")) {
    if (OFFICE_DOCUMENT_TYPES.includes(relationship.type)) mainPart = resolveTarget("", relationship.target);
  }
  const documentXml = readPart(zip, mainPart);
  if (!documentXml) {
    const other = zip.entries.has("xl/workbook.xml")
      ? "đây là tệp Excel, không phải Word"
      : zip.entries.has("ppt/presentation.xml")
        ? "đây là tệp PowerPoint, không phải Word"
        : `thiếu ${mainPart}`;
    throw inputError("corrupt-docx", other);
  }
  let stylesPart = resolveTarget(mainPart, "styles.xml");
  let themePart = resolveTarget(mainPart, "theme/theme1.xml");
  let numberingPart = resolveTarget(mainPart, "numbering.xml");
  let footnotesPart = resolveTarget(mainPart, "footnotes.xml");
  let endnotesPart = resolveTarget(mainPart, "endnotes.xml");
  const mainRels = relsPathOf(mainPart);
  for (const relationship of parseRelationships(readPart(zip, mainRels), mainRels)) {
    if (relationship.type.endsWith("/styles")) stylesPart = resolveTarget(mainPart, relationship.target);
    else if (relationship.type.endsWith("/theme")) themePart = resolveTarget(mainPart, relationship.target);
    else if (relationship.type.endsWith("/numbering")) numberingPart = resolveTarget(mainPart, relationship.target);
    else if (relationship.type.endsWith("/footnotes")) footnotesPart = resolveTarget(mainPart, relationship.target);
    else if (relationship.type.endsWith("/endnotes")) endnotesPart = resolveTarget(mainPart, relationship.target);
  }
  const support = { [stylesPart]: readPart(zip, stylesPart), [themePart]: readPart(zip, themePart) };
  const themeFonts = parseTheme(support[themePart], themePart);
  const styles = parseStyles(support[stylesPart], stylesPart, themeFonts);
  const numbering = parseNumbering(readPart(zip, numberingPart), numberingPart);
  const body = readBody(documentXml, mainPart, styles, numbering);

  if (!body.paragraphs.some((p) => isVisible(p.text))) {
    if (body.skippedTextBoxes > 0) {
      throw new InputError(
        "empty",
        "Văn bản chỉ có chữ trong hộp văn bản (text box), phần này không được kiểm tra. " +
          "Hãy đưa nội dung ra khỏi hộp văn bản (cắt và dán vào thân văn bản) rồi thử lại.",
        "The document has text only inside text boxes, which are not checked. " +
          "Move the content out of the text boxes (cut and paste it into the body) and try again.",
      );
    }
    throw inputError("empty");
  }

  const model: DocumentModel = { source: "docx", paragraphs: body.paragraphs, notices: [] };
  if (name !== undefined) model.name = name;
  if (body.page) model.page = body.page;
  const notes: Paragraph[] = [];
  for (const [notesPart, container] of [
    [footnotesPart, "footnote"],
    [endnotesPart, "endnote"],
  ] as const) {
    const xml = readPart(zip, notesPart);
    if (!xml) continue;
    for (const note of readBody(xml, notesPart, styles, numbering, container).paragraphs) {
      if (isVisible(note.text)) notes.push({ ...note, index: notes.length });
    }
  }
  if (notes.length > 0) model.footnotes = notes;
  const legacy = detectLegacyEncoding(body.paragraphs.map((p) => p.text).join("\n"), [...body.fonts]);
  if (legacy) {
    model.legacyEncoding = legacy;
    model.notices.push(legacyEncodingNotice(legacy));
  }
  if (body.skippedTextBoxes > 0) {
    model.notices.push({
      code: "text-boxes-skipped",
      message: `Văn bản có ${body.skippedTextBoxes} hộp văn bản (text box); chữ trong hộp văn bản không được kiểm tra.`,
    });
  }
  return model;
}
