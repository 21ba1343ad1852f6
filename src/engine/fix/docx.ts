/**
 * Applying formatting fixes to a .docx: the bytes in, corrected bytes out, nothing else of
 * the package touched. Only the targeted paragraphs' properties (`w:pPr`, and the `w:rPr`
 * of every run of theirs outside deleted text) and the body's section properties change;
 * every other part keeps its compressed bytes, and the main document part keeps every
 * character outside those elements.
 *
 * Paragraphs are found by the same walk the reader numbers them with (body.ts, told each
 * index as its `w:p` opens), so a fix's paragraph index means exactly the paragraph the
 * check saw. Text replacements are made inside `w:t` elements only, and the result is read
 * again: a paragraph whose text does not come out as asked keeps its old text.
 */
import type { SaxesTagNS } from "saxes";
import { rewritePackage } from "../convert/zip-write";
import { bodyReader } from "../read/body";
import { inputError } from "../read/docx-errors";
import { ListNumbering } from "../read/numbering";
import { OFFICE_DOCUMENT_TYPES, parseRelationships, resolveTarget } from "../read/relationships";
import { hasOleSignature, hasZipSignature, oleError } from "../read/sniff";
import { emptyStyles } from "../read/styles";
import { decodeXml, isWord, parseXml } from "../read/xml";
import { openZip, readPart } from "../read/zip";
import { pageChanges, paragraphChanges, runChanges, type TextPiece, replaceInPieces } from "./changes";
import type { FormatFix, PageFormatFix, ParagraphFormatChange, TextReplacementFix } from "./types";
import { applyEdits, editContainer, escapeXml, type TextEdit, type XmlNode } from "./xml-edit";

export type SkipReason = "no-paragraph" | "text-layout";

export interface DocxFixResult {
  bytes: Uint8Array;
  applied: FormatFix[];
  skipped: { fix: FormatFix; reason: SkipReason }[];
}

const STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

interface Frame {
  node: XmlNode;
  collect: boolean;
  paragraph?: number;
  text?: string;
}

interface Walk {
  xml: string;
  texts: string[];
  paragraphs: Map<number, XmlNode>;
  texts_t: Map<XmlNode, string>;
  body?: XmlNode;
  bodySection?: XmlNode;
  prefix: string;
  strict: boolean;
}

function mainPartOf(zip: ReturnType<typeof openZip>): string {
  let mainPart = "word/document.xml";
  for (const relationship of parseRelationships(readPart(zip, "_rels/.rels"), "_rels/.rels")) {
    if (OFFICE_DOCUMENT_TYPES.includes(relationship.type)) mainPart = resolveTarget("", relationship.target);
  }
  return mainPart;
}

function nodeOf(tag: SaxesTagNS, xml: string, end: number): XmlNode {
  const start = xml.lastIndexOf("<", end - 1);
  return {
    local: tag.local,
    prefix: tag.prefix,
    word: isWord(tag),
    attributes: Object.values(tag.attributes).map((a) => ({ name: a.name, local: a.local, value: a.value })),
    start,
    openEnd: end,
    end,
    selfClosing: tag.isSelfClosing,
    children: [],
  };
}

/** One pass of the reader's walk over the main part, keeping the elements of the `targets` paragraphs. */
function walk(xml: string, part: string, targets: ReadonlySet<number>): Walk {
  let opened: number | undefined;
  const reader = bodyReader(emptyStyles({}), new ListNumbering(), { onParagraph: (index) => (opened = index) });
  const stack: Frame[] = [];
  /** The element whose content the reader leaves out, while inside it, and how deep inside. */
  let skipped: Frame | undefined;
  let nested = 0;
  const result: Walk = { xml, texts: [], paragraphs: new Map(), texts_t: new Map(), prefix: "w", strict: false };
  parseXml(xml, part, {
    open(tag, end) {
      opened = undefined;
      if (skipped) {
        // Inside content the reader leaves out: kept whole by the element that starts it.
        nested++;
        reader.handlers.open(tag, end);
        return;
      }
      reader.handlers.open(tag, end);
      const node = nodeOf(tag, xml, end);
      const parent = stack[stack.length - 1];
      if (reader.skipping()) {
        // Deleted text, a tracked property change, a text box: copied as it is, never walked.
        if (parent?.collect) parent.node.children.push(node);
        skipped = { node, collect: false };
        stack.push(skipped);
        return;
      }
      const word = node.word;
      if (word && tag.local === "body") {
        result.body = node;
        result.prefix = tag.prefix;
        result.strict = tag.uri === STRICT;
      }
      const frame: Frame = { node, collect: parent?.collect ?? false };
      if (opened !== undefined && targets.has(opened)) {
        frame.collect = true;
        frame.paragraph = opened;
      } else if (word && tag.local === "sectPr" && parent && parent.node === result.body) {
        frame.collect = true;
      }
      if (parent?.collect) parent.node.children.push(node);
      stack.push(frame);
    },
    close(tag, end) {
      reader.handlers.close(tag, end);
      if (skipped && nested > 0) {
        nested--;
        return;
      }
      skipped = undefined;
      const frame = stack.pop();
      if (!frame) return;
      frame.node.end = end;
      if (frame.paragraph !== undefined) result.paragraphs.set(frame.paragraph, frame.node);
      if (frame.text !== undefined) result.texts_t.set(frame.node, frame.text);
      const parent = stack[stack.length - 1];
      if (frame.node.word && frame.node.local === "sectPr" && parent && parent.node === result.body) result.bodySection = frame.node;
    },
    text(text) {
      reader.handlers.text?.(text);
      const top = stack[stack.length - 1];
      if (!skipped && top?.collect && top.node.word && top.node.local === "t") top.text = (top.text ?? "") + text;
    },
  });
  result.texts = reader.finish().paragraphs.map((p) => p.text);
  return result;
}

/** Every run of a paragraph, in order (hyperlinks, insertions, content controls included; deleted text is not walked). */
function runsOf(node: XmlNode, out: XmlNode[] = []): XmlNode[] {
  for (const child of node.children) {
    if (child.word && child.local === "r") out.push(child);
    else runsOf(child, out);
  }
  return out;
}

function childOf(node: XmlNode, local: string): XmlNode | undefined {
  return node.children.find((c) => c.word && c.local === local);
}

/** The text pieces of a paragraph as the reader counts them: `w:t` editable, tabs and breaks not. */
function piecesOf(node: XmlNode, texts: ReadonlyMap<XmlNode, string>, out: TextPiece[] = [], inRun = false): TextPiece[] {
  for (const child of node.children) {
    if (!child.word) {
      piecesOf(child, texts, out, inRun);
      continue;
    }
    switch (child.local) {
      case "r":
        piecesOf(child, texts, out, true);
        break;
      case "t":
        if (inRun) out.push({ node: child, text: texts.get(child) ?? "" });
        break;
      case "tab":
      case "cr":
      case "noBreakHyphen":
        if (inRun) out.push({ text: "\u0000" });
        break;
      case "br": {
        const type = child.attributes.find((a) => a.local === "type")?.value;
        if (inRun && (type === undefined || type === "textWrapping")) out.push({ text: "\u0000" });
        break;
      }
      case "pPr":
      case "rPr":
        break;
      default:
        piecesOf(child, texts, out, inRun);
    }
  }
  return out;
}

function paragraphEdits(w: Walk, node: XmlNode, change: ParagraphFormatChange): TextEdit[] {
  const edits: TextEdit[] = [];
  const { xml, prefix } = w;
  const paragraphProps = paragraphChanges(change, w.strict);
  const runProps = runChanges(change);
  if (runProps.size > 0) paragraphProps.set("rPr", { children: runProps });
  if (paragraphProps.size > 0) {
    const pPr = childOf(node, "pPr");
    const text = editContainer(xml, pPr, "pPr", node.prefix || prefix, paragraphProps);
    if (pPr) edits.push({ start: pPr.start, end: pPr.end, text });
    else if (!node.selfClosing) edits.push({ start: node.openEnd, end: node.openEnd, text });
    else {
      const name = node.prefix ? `${node.prefix}:p` : "p";
      const open = xml.slice(node.start, node.openEnd).replace(/\s*\/>$/, ">");
      edits.push({ start: node.start, end: node.end, text: `${open}${text}</${name}>` });
    }
  }
  if (runProps.size > 0) {
    for (const run of runsOf(node)) {
      if (run.selfClosing) continue;
      const rPr = childOf(run, "rPr");
      const text = editContainer(xml, rPr, "rPr", run.prefix, runProps);
      if (rPr) edits.push({ start: rPr.start, end: rPr.end, text });
      else edits.push({ start: run.openEnd, end: run.openEnd, text });
    }
  }
  return edits;
}

function textEdits(w: Walk, node: XmlNode, fixes: readonly TextReplacementFix[], skipped: DocxFixResult["skipped"]): { edits: TextEdit[]; applied: TextReplacementFix[] } {
  const pieces = piecesOf(node, w.texts_t);
  const applied: TextReplacementFix[] = [];
  // From the end backwards, so earlier offsets still hold.
  for (const fix of [...fixes].sort((a, b) => b.start - a.start)) {
    if (replaceInPieces(pieces, fix.start, fix.end, fix.replacement)) applied.push(fix);
    else skipped.push({ fix, reason: "text-layout" });
  }
  const edits: TextEdit[] = [];
  for (const piece of pieces) {
    if (!piece.node || !piece.changed) continue;
    const t = piece.node;
    const name = t.prefix ? `${t.prefix}:t` : "t";
    const attributes = t.attributes.filter((a) => a.name !== "xml:space").map((a) => ` ${a.name}="${escapeXml(a.value)}"`).join("");
    edits.push({ start: t.start, end: t.end, text: `<${name}${attributes} xml:space="preserve">${escapeXml(piece.text)}</${name}>` });
  }
  return { edits, applied };
}

function pageEdit(w: Walk, fix: PageFormatFix["set"]): TextEdit | undefined {
  const section = w.bodySection;
  const text = editContainer(w.xml, section, "sectPr", section?.prefix ?? w.prefix, pageChanges(fix, section && childOf(section, "pgSz"), section && childOf(section, "pgMar")));
  if (section) return { start: section.start, end: section.end, text };
  const body = w.body;
  if (!body || body.selfClosing) return undefined;
  const closeStart = w.xml.lastIndexOf("<", body.end - 1);
  return { start: closeStart, end: closeStart, text };
}

function encode(xml: string, original: Uint8Array): Uint8Array {
  const utf8 = new TextEncoder().encode(xml.replace(/^(<\?xml[^>]*encoding=["'])UTF-16(["'])/i, "$1UTF-8$2"));
  const bom = original.length >= 3 && original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf;
  if (!bom) return utf8;
  const out = new Uint8Array(utf8.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(utf8, 3);
  return out;
}

/**
 * The .docx `bytes` with `fixes` applied. Throws the reader's `InputError` for input that is
 * not a readable .docx. Fixes for a paragraph the document does not have are skipped.
 */
export function applyDocxFixes(bytes: Uint8Array, fixes: readonly FormatFix[]): DocxFixResult {
  if (bytes.length === 0) throw inputError("empty");
  if (hasOleSignature(bytes)) throw oleError(bytes);
  if (!hasZipSignature(bytes)) throw inputError("not-docx");
  const zip = openZip(bytes);
  const mainPart = mainPartOf(zip);
  const partBytes = readPart(zip, mainPart);
  if (!partBytes) throw inputError("corrupt-docx", `thiếu ${mainPart}`);
  const xml = decodeXml(partBytes, mainPart);

  const formatting = new Map<number, ParagraphFormatChange>();
  const replacements = new Map<number, TextReplacementFix[]>();
  let page: PageFormatFix["set"] | undefined;
  for (const fix of fixes) {
    if (fix.kind === "paragraph") formatting.set(fix.paragraph, { ...formatting.get(fix.paragraph), ...fix.set });
    else if (fix.kind === "text") replacements.set(fix.paragraph, [...(replacements.get(fix.paragraph) ?? []), fix]);
    else page = { ...page, ...fix.set };
  }
  const w = walk(xml, mainPart, new Set([...formatting.keys(), ...replacements.keys()]));

  const skipped: DocxFixResult["skipped"] = [];
  const build = (withText: ReadonlySet<number>) => {
    const edits: TextEdit[] = [];
    const applied: FormatFix[] = [];
    const textSkipped: DocxFixResult["skipped"] = [];
    const textApplied = new Map<number, TextReplacementFix[]>();
    for (const fix of fixes) {
      if (fix.kind === "paragraph" && w.paragraphs.has(fix.paragraph)) applied.push(fix);
      if (fix.kind === "page" && page) applied.push(fix);
    }
    for (const [index, change] of formatting) {
      const node = w.paragraphs.get(index);
      if (node) edits.push(...paragraphEdits(w, node, change));
    }
    for (const index of withText) {
      const node = w.paragraphs.get(index);
      const list = replacements.get(index);
      if (!node || !list) continue;
      const result = textEdits(w, node, list, textSkipped);
      edits.push(...result.edits);
      applied.push(...result.applied);
      textApplied.set(index, result.applied);
    }
    const edit = page && pageEdit(w, page);
    if (edit) edits.push(edit);
    return { xml: applyEdits(xml, edits), applied: edit ? applied : applied.filter((f) => f.kind !== "page"), textApplied, textSkipped };
  };

  for (const fix of fixes) {
    if (fix.kind !== "page" && !w.paragraphs.has(fix.paragraph)) skipped.push({ fix, reason: "no-paragraph" });
  }
  let withText = new Set([...replacements.keys()].filter((i) => w.paragraphs.has(i)));
  let out = build(withText);
  // Read the result again: text changes only where a replacement was asked, and exactly as asked.
  const wrong = mismatches(out.xml, mainPart, w.texts, out.textApplied);
  if (wrong.some((i) => !withText.has(i))) throw new Error(`fix changed the text of paragraph ${wrong.find((i) => !withText.has(i))}`);
  if (wrong.length > 0) {
    withText = new Set([...withText].filter((i) => !wrong.includes(i)));
    for (const i of wrong) for (const fix of out.textApplied.get(i) ?? []) skipped.push({ fix, reason: "text-layout" });
    out = build(withText);
    if (mismatches(out.xml, mainPart, w.texts, out.textApplied).length > 0) throw new Error("fix changed the text");
  }
  skipped.push(...out.textSkipped);
  if (out.applied.length === 0) return { bytes, applied: [], skipped };
  const changed = new Map([[mainPart, encode(out.xml, partBytes)]]);
  return { bytes: rewritePackage(zip, changed, (name) => readPart(zip, name) ?? new Uint8Array()), applied: out.applied, skipped };
}

/** Paragraphs whose text after the edits is not the text before with the applied replacements. */
function mismatches(xml: string, part: string, before: readonly string[], replaced: ReadonlyMap<number, TextReplacementFix[]>): number[] {
  const reader = bodyReader(emptyStyles({}), new ListNumbering());
  parseXml(xml, part, reader.handlers);
  const after = reader.finish().paragraphs.map((p) => p.text);
  const wrong: number[] = [];
  const count = Math.max(before.length, after.length);
  for (let i = 0; i < count; i++) {
    let expected = before[i];
    for (const fix of [...(replaced.get(i) ?? [])].sort((a, b) => b.start - a.start)) {
      expected = expected.slice(0, fix.start) + fix.replacement + expected.slice(fix.end);
    }
    if (after[i] !== expected) wrong.push(i);
  }
  return wrong;
}
