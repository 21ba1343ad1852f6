/**
 * XML of a package part, read with saxes. The XML is untrusted: DOCTYPEs are refused (no
 * entity is ever declared or expanded) and nesting depth is capped.
 */
import { SaxesParser } from "saxes";
import type { SaxesTagNS } from "saxes";
import { InputError } from "../errors";
import { inputError } from "./docx-errors";

const MAX_DEPTH = 200;

export const WORD_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);
export const MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

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
    handlers.open(tag, parser.position);
  });
  parser.on("closetag", (tag) => {
    depth--;
    handlers.close(tag, parser.position);
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

export function isWord(tag: SaxesTagNS): boolean {
  return WORD_NAMESPACES.has(tag.uri);
}

/** An attribute by local name in the WordprocessingML namespace (or unqualified). */
export function attr(tag: SaxesTagNS, local: string): string | undefined {
  for (const key in tag.attributes) {
    const a = tag.attributes[key];
    if (a.local === local && (a.uri === "" || WORD_NAMESPACES.has(a.uri))) return a.value;
  }
  return undefined;
}

export function anyAttr(tag: SaxesTagNS, local: string): string | undefined {
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
