/**
 * XML of a package part, read with our own scanner (xml-scan.ts), which gives the events saxes
 * gives in namespace mode. The XML is untrusted: DOCTYPEs are refused (no entity is ever
 * declared or expanded; the scanner stops at one) and nesting depth is capped.
 */
import type { SaxesTagNS } from "saxes";
import { InputError } from "../errors";
import { inputError } from "./docx-errors";
import { scanXml, XmlDepthError, XmlDoctypeError, XmlElement } from "./xml-scan";

const MAX_DEPTH = 200;

const WORD_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const WORD_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
export const WORD_NAMESPACES = new Set([WORD_MAIN, WORD_STRICT]);
export const MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";
/** Compared by the readers with `===`; the scanner binds these very strings. */
const SCANNED_NAMESPACES = [WORD_MAIN, WORD_STRICT, MARKUP_COMPATIBILITY];

export interface XmlHandlers {
  /** `end`: where the tag ends in the part's text (the index just after its `>`). */
  open(tag: SaxesTagNS, end: number): void;
  close(tag: SaxesTagNS, end: number): void;
  text?(text: string): void;
}

export function decodeXml(bytes: Uint8Array, part: string): string {
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

/** Parses a part (its bytes, or text already decoded) and hands each element to `handlers`. */
export function parseXml(source: Uint8Array | string, part: string, handlers: XmlHandlers): void {
  const xml = typeof source === "string" ? source : decodeXml(source, part);
  try {
    scanXml(xml, handlers, { maxDepth: MAX_DEPTH, namespaces: SCANNED_NAMESPACES });
  } catch (error) {
    // A DOCTYPE has no place in OOXML; refusing it means no entity is ever declared or expanded.
    // The scanner stops at one (XmlDoctypeError); one after another fault is still what is reported.
    if (error instanceof XmlDoctypeError || /<!DOCTYPE/i.test(xml)) throw inputError("bad-xml", `DOCTYPE trong ${part}`);
    if (error instanceof InputError) throw error;
    if (error instanceof XmlDepthError) throw inputError("bad-xml", `${part} lồng nhau quá ${MAX_DEPTH} cấp`);
    throw inputError("corrupt-docx", part);
  }
}

const isWordUri = (uri: string): boolean => uri === "" || uri === WORD_MAIN || uri === WORD_STRICT;
const anyUri = (): boolean => true;

export function isWord(tag: SaxesTagNS): boolean {
  const uri = tag.uri;
  return uri === WORD_MAIN || uri === WORD_STRICT;
}

/** An attribute by local name in the WordprocessingML namespace (or unqualified). */
export function attr(tag: SaxesTagNS, local: string): string | undefined {
  if (tag instanceof XmlElement) return tag.find(local, isWordUri);
  for (const key in tag.attributes) {
    const a = tag.attributes[key];
    if (a.local === local && (a.uri === "" || WORD_NAMESPACES.has(a.uri))) return a.value;
  }
  return undefined;
}

export function anyAttr(tag: SaxesTagNS, local: string): string | undefined {
  if (tag instanceof XmlElement) return tag.find(local, anyUri);
  for (const key in tag.attributes) {
    const a = tag.attributes[key];
    if (a.local === local) return a.value;
  }
  return undefined;
}

/** `w:b`, `w:b w:val="0"`, `w:b w:val="false"`… */
export function onOff(tag: SaxesTagNS): boolean {
  const value = attr(tag, "val");
  return value === undefined || !(value === "0" || value === "false" || value === "off");
}
