/**
 * Plain-text reader. Text arrives in two shapes and both are rebuilt into paragraphs:
 *
 * - hard-wrapped extraction from PDF: one visual line per line (often with blank lines in
 *   between), page breaks glued into a line. Wrapped lines are joined back together.
 * - Markdown-ish extraction: `**bold**`, `*italic*`, `### heading`, `<sup>1</sup>`, `\*`
 *   escapes. Markers are removed and recorded as formatting.
 *
 * A new paragraph starts after a line that ends a sentence, at a line that looks like a
 * heading, list item, header part or signature line, and after an upper-case line; a line
 * that stops mid-sentence continues into the next one.
 *
 * `origin` of a paragraph is the range from its first to its last visible character in the
 * original text (markup around them is not included).
 */
import type { DocumentModel, Paragraph, ParagraphFormat, TextMark } from "../model";
import { InputError } from "../errors";
import { detectLegacyEncoding, legacyEncodingNotice } from "./legacy";
import { BOLD, ITALIC, SUPERSCRIPT, measureLayout, startsNewParagraph } from "./text-breaks";

/** One source line after markup removal, with an original offset and flags per character. */
interface Line {
  text: string;
  /** Original offset of the first character. */
  start: number;
  /** Original offset of each character; null when the line is one slice of the original. */
  offsets: number[] | null;
  /** BOLD/ITALIC/SUPERSCRIPT per character; null when none applies. */
  flags: number[] | null;
  headingLevel?: number;
  /** Offset just past the line's content in the original text (where its line break is). */
  rawEnd: number;
}

/** Marker roles inside a Markdown block, keyed by original offset. */
const enum Role {
  Drop = 1,
  BoldToggle,
  ItalicToggle,
  SupOpen,
  SupClose,
}

interface Marker {
  role: Role;
  length: number;
}

const MARKDOWN_SIGN = /\*\*[^\s*]|^#{1,6}[ \t]|<sup>|\\[*_#.-]/im;

export function readText(text: string, name?: string): DocumentModel {
  const markdown = MARKDOWN_SIGN.test(text.length > 200_000 ? text.slice(0, 200_000) : text);
  const lines = splitLines(text, markdown);
  const layout = measureLayout(lines);
  const paragraphs: Paragraph[] = [];
  let current: Line[] = [];
  const flush = (): void => {
    if (current.length > 0) {
      paragraphs.push(buildParagraph(current, paragraphs.length, markdown));
      current = [];
    }
  };
  for (const line of lines) {
    const previous = current[current.length - 1];
    if (previous && startsNewParagraph(previous, line, layout)) flush();
    current.push(line);
  }
  flush();
  if (paragraphs.length === 0) {
    throw new InputError(
      "empty",
      "Văn bản trống: không có chữ nào để đọc. Hãy dán hoặc chọn một văn bản có nội dung.",
      "The text is empty: there is nothing to read. Paste or choose a document with content.",
    );
  }
  const model: DocumentModel = { source: "txt", paragraphs, notices: [] };
  if (name !== undefined) model.name = name;
  const legacy = detectLegacyEncoding(text);
  if (legacy) {
    model.legacyEncoding = legacy;
    model.notices.push(legacyEncodingNotice(legacy));
  }
  return model;
}

// ---------------------------------------------------------------------------------------
// Lines and Markdown markup

const HORIZONTAL_RULE = /^([-*_=])(?:[ \t]*\1){2,}[ \t]*$/;

function splitLines(text: string, markdown: boolean): Line[] {
  const lines: Line[] = [];
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Blocks are runs of non-blank lines: Markdown emphasis never crosses a blank line.
  while (position < text.length) {
    const blockEnd = findBlockEnd(text, position);
    if (blockEnd > position) {
      const markers = markdown ? findMarkers(text, position, blockEnd) : undefined;
      readBlock(text, position, blockEnd, markers, markdown, lines);
    }
    position = skipBlankLines(text, blockEnd);
  }
  return lines;
}

function lineEndAt(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

function nextLineStart(text: string, lineEnd: number): number {
  if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10) return lineEnd + 2;
  return lineEnd + 1;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x200b || c === 0x3000 || c === 0xfeff || c === 11 || c === 12;
}

function findBlockEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const end = lineEndAt(text, i);
    if (isBlank(text, i, end)) return i;
    i = nextLineStart(text, end);
  }
  return text.length;
}

function skipBlankLines(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const end = lineEndAt(text, i);
    if (!isBlank(text, i, end)) return i;
    i = nextLineStart(text, end);
  }
  return text.length;
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function startsWithTag(text: string, at: number, tag: string): boolean {
  return text.substr(at, tag.length).toLowerCase() === tag;
}

/** Finds emphasis, superscript and escape markers in a block, pairing openers with closers. */
function findMarkers(text: string, start: number, end: number): Map<number, Marker> {
  const markers = new Map<number, Marker>();
  const bold: number[] = [];
  let italicOpen = -1;
  let supOpen = -1;
  const italicPairs: number[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */ && i + 1 < end && isAsciiPunctuation(text.charCodeAt(i + 1))) {
      markers.set(i, { role: Role.Drop, length: 1 });
      i += 2;
      continue;
    }
    if (c === 42 /* * */) {
      let run = 1;
      while (i + run < end && text.charCodeAt(i + run) === 42) run++;
      if (run === 2 || run === 3) bold.push(i);
      if (run === 1 || run === 3) {
        const at = run === 3 ? i + 2 : i;
        const before = at > start ? text.charCodeAt(run === 3 ? i - 1 : at - 1) : 10;
        const after = at + 1 < end ? text.charCodeAt(at + 1) : 10;
        const canClose = !isSpaceCode(before) && before !== 10 && before !== 13;
        const canOpen = !isSpaceCode(after) && after !== 10 && after !== 13;
        if (italicOpen >= 0 && canClose) {
          italicPairs.push(italicOpen, at);
          italicOpen = -1;
        } else if (italicOpen < 0 && canOpen) {
          italicOpen = at;
        }
      }
      i += run;
      continue;
    }
    if (c === 60 /* < */) {
      if (startsWithTag(text, i, "<sup>")) {
        if (supOpen < 0) supOpen = i;
        i += 5;
        continue;
      }
      if (startsWithTag(text, i, "</sup>") && supOpen >= 0) {
        markers.set(supOpen, { role: Role.SupOpen, length: 5 });
        markers.set(i, { role: Role.SupClose, length: 6 });
        supOpen = -1;
        i += 6;
        continue;
      }
    }
    i++;
  }
  // An unpaired `**` stays as written.
  const boldCount = bold.length - (bold.length % 2);
  for (let k = 0; k < boldCount; k++) markers.set(bold[k], { role: Role.BoldToggle, length: 2 });
  for (const at of italicPairs) {
    const existing = markers.get(at);
    // Inside `***`, the bold pair takes the first two stars and italic the third.
    if (existing && existing.role === Role.BoldToggle) continue;
    markers.set(at, { role: Role.ItalicToggle, length: 1 });
  }
  return markers;
}

const HEADING_PREFIX = /^ {0,3}(#{1,6})[ \t]+/;

function readBlock(
  text: string,
  blockStart: number,
  blockEnd: number,
  markers: Map<number, Marker> | undefined,
  markdown: boolean,
  out: Line[],
): void {
  let flags = 0;
  let lineStart = blockStart;
  while (lineStart < blockEnd) {
    const lineEnd = Math.min(lineEndAt(text, lineStart), blockEnd);
    let i = lineStart;
    let headingLevel: number | undefined;
    let contentEnd = lineEnd;
    if (markdown) {
      const heading = HEADING_PREFIX.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 16)));
      if (heading) {
        headingLevel = heading[1].length;
        i += heading[0].length;
        // A closing run of #s is decoration.
        let j = lineEnd;
        while (j > i && isSpaceCode(text.charCodeAt(j - 1))) j--;
        let k = j;
        while (k > i && text.charCodeAt(k - 1) === 35) k--;
        if (k < j && (k === i || isSpaceCode(text.charCodeAt(k - 1)))) contentEnd = k;
      }
    }
    const line =
      markers === undefined || (markers.size === 0 && flags === 0)
        ? plainLine(text, i, contentEnd)
        : markedLine(text, i, contentEnd, markers, flags);
    flags = line.flagsAfter;
    const content = line.line;
    if (content && !(headingLevel === undefined && HORIZONTAL_RULE.test(content.text))) {
      content.rawEnd = lineEnd;
      if (headingLevel !== undefined) content.headingLevel = headingLevel;
      out.push(content);
    }
    lineStart = lineEnd < blockEnd ? nextLineStart(text, lineEnd) : blockEnd;
  }
}

/** A line without markup: its text is one slice of the original. */
function plainLine(text: string, from: number, to: number): { line: Line | undefined; flagsAfter: number } {
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  if (from === to) return { line: undefined, flagsAfter: 0 };
  return { line: { text: text.slice(from, to), start: from, offsets: null, flags: null, rawEnd: to }, flagsAfter: 0 };
}

/** A line with markup: markers are removed, and each character keeps its offset and flags. */
function markedLine(
  text: string,
  from: number,
  to: number,
  markers: Map<number, Marker>,
  flagsBefore: number,
): { line: Line | undefined; flagsAfter: number } {
  let flags = flagsBefore;
  const parts: string[] = [];
  const offsets: number[] = [];
  const lineFlags: number[] = [];
  let segment = from;
  const flush = (end: number): void => {
    if (end <= segment) return;
    parts.push(text.slice(segment, end));
    for (let k = segment; k < end; k++) {
      offsets.push(k);
      lineFlags.push(flags);
    }
  };
  let i = from;
  while (i < to) {
    const marker = markers.get(i);
    if (!marker) {
      i++;
      continue;
    }
    flush(i);
    switch (marker.role) {
      case Role.BoldToggle:
        flags ^= BOLD;
        break;
      case Role.ItalicToggle:
        flags ^= ITALIC;
        break;
      case Role.SupOpen:
        flags |= SUPERSCRIPT;
        break;
      case Role.SupClose:
        flags &= ~SUPERSCRIPT;
        break;
      case Role.Drop:
        break;
    }
    i += marker.length;
    segment = i;
  }
  flush(to);
  const joined = parts.join("");
  let first = 0;
  let last = joined.length;
  while (first < last && isSpaceCode(joined.charCodeAt(first))) first++;
  while (last > first && isSpaceCode(joined.charCodeAt(last - 1))) last--;
  if (first === last) return { line: undefined, flagsAfter: flags };
  const kept = lineFlags.slice(first, last);
  const line: Line = {
    text: joined.slice(first, last),
    start: offsets[first],
    offsets: offsets.slice(first, last),
    flags: kept.some((f) => f !== 0) ? kept : null,
    rawEnd: to,
  };
  return { line, flagsAfter: flags };
}

// ---------------------------------------------------------------------------------------
// Paragraphs

function buildParagraph(lines: readonly Line[], index: number, markdown: boolean): Paragraph {
  const text = lines.length === 1 ? lines[0].text : lines.map((line) => line.text).join(" ");
  const firstLine = lines[0];
  const lastLine = lines[lines.length - 1];
  const lastOffset = lastLine.offsets
    ? lastLine.offsets[lastLine.offsets.length - 1]
    : lastLine.start + lastLine.text.length - 1;
  const format: ParagraphFormat = {};
  if (firstLine.headingLevel !== undefined) format.headingLevel = firstLine.headingLevel;
  const paragraph: Paragraph = { index, text, format, origin: { start: firstLine.start, end: lastOffset + 1 } };
  if (!lines.some((line) => line.flags !== null)) {
    if (markdown) {
      format.bold = false;
      format.italic = false;
    }
    return paragraph;
  }
  const flags: number[] = [];
  lines.forEach((line, k) => {
    const own = line.flags ?? new Array<number>(line.text.length).fill(0);
    // The space joining two lines carries what both sides share, so a bold run continues.
    if (k > 0) flags.push(flags[flags.length - 1] & own[0]);
    for (const flag of own) flags.push(flag);
  });
  const marks: TextMark[] = [];
  for (const [bit, kind] of [
    [BOLD, "bold"],
    [ITALIC, "italic"],
  ] as const) {
    const share = shareOf(text, flags, bit);
    if (share === "all") format[kind] = true;
    else if (share === "none") format[kind] = false;
    else for (const mark of runsOf(text, flags, bit, kind)) marks.push(mark);
  }
  // Appended one by one: a long paragraph's runs, spread as arguments, would overflow the stack.
  for (const mark of runsOf(text, flags, SUPERSCRIPT, "superscript")) marks.push(mark);
  marks.sort((a, b) => a.start - b.start || a.end - b.end);
  if (marks.length > 0) paragraph.marks = marks;
  return paragraph;
}

function shareOf(text: string, flags: readonly number[], bit: number): "all" | "none" | "some" {
  let withBit = 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) continue;
    visible++;
    if (flags[i] & bit) withBit++;
  }
  if (withBit === 0) return "none";
  return withBit === visible ? "all" : "some";
}

function runsOf(text: string, flags: readonly number[], bit: number, kind: TextMark["kind"]): TextMark[] {
  const runs: TextMark[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const on = i < text.length && (flags[i] & bit) !== 0;
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      let end = i;
      while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
      let from = start;
      while (from < end && isSpaceCode(text.charCodeAt(from))) from++;
      if (end > from) runs.push({ start: from, end, kind });
      start = -1;
    }
  }
  return runs;
}
