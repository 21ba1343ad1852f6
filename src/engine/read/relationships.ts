/**
 * Package relationships (`_rels/*.rels`): which part is the main document, and where its
 * styles, theme, numbering and notes are.
 */
import { anyAttr, parseXml } from "./xml";

export const OFFICE_DOCUMENT_TYPES = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
];

export interface Relationship {
  id?: string;
  type: string;
  target: string;
}

export function parseRelationships(bytes: Uint8Array | undefined, part: string): Relationship[] {
  if (!bytes) return [];
  const relationships: Relationship[] = [];
  parseXml(bytes, part, {
    open(tag) {
      if (tag.local !== "Relationship") return;
      const type = anyAttr(tag, "Type");
      const target = anyAttr(tag, "Target");
      const mode = anyAttr(tag, "TargetMode");
      const id = anyAttr(tag, "Id");
      if (type && target && mode !== "External") relationships.push(id ? { id, type, target } : { type, target });
    },
    close() {},
  });
  return relationships;
}

export function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** Where the relationships of `part` are kept: `word/_rels/document.xml.rels` for `word/document.xml`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
