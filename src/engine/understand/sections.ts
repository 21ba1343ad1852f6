/**
 * Finds the headings of a draft: numbered headings (I. / 1. / a) / 1.1 / Phần I / Mục 1),
 * bold or upper-case short lines, Word heading styles and Markdown `###`. Levels come from
 * the numbering kinds in the order the document nests them, never from a fixed table, so
 * a reply numbered "1. 2. 3." and one numbered "I. II. III." both have level-1 sections.
 *
 * Everything here is one pass over the paragraphs (plus a pass over the candidates), and
 * every regular expression looks only at the start of a paragraph: linear in the document.
 */
import type { DocumentModel, Paragraph } from "../model";
import { cleanParagraph, type CleanedParagraph } from "./line-kinds";
import { isLetterAt, isLowerCased as isLower, isSpaceCode, isUpperCased as isUpper } from "./char-classes";
import { parseNumbering, ROMAN, type Numbering } from "./heading-numbers";
import { isUpperCaseLine, readsAsProse, sentenceBreaks } from "./heading-prose";
import { CLOSING_START, CLOSING_PHRASE, APPENDIX_MARKER, endsWithClosingMark, isHeaderOrClosingLine, isPlaceholder } from "./line-kinds";

export { cleanParagraph, type CleanedParagraph } from "./line-kinds";
export { isUpperCaseLine } from "./heading-prose";

export interface DraftSection {
  /** Numbering as written, without trailing punctuation: "I", "1", "a", "1.1", "Phần I"; "" when unnumbered. */
  number: string;
  /** Heading text without the numbering and without a trailing colon; a wrapped heading is joined. */
  title: string;
  /** 1 for the outermost headings of the draft. */
  level: number;
  /** Paragraph index of the heading. */
  paragraph: number;
  /** Last paragraph of a heading wrapped over several paragraphs. */
  titleEnd?: number;
  /** First paragraph of the section's own text. */
  bodyStart: number;
  /** End (exclusive) of the section's own text: the next heading of any level, or the end of the body. */
  bodyEnd: number;
  /** End (exclusive) of the section including its sub-sections. */
  end: number;
  /** What makes it a heading: its numbering, a heading style (or Markdown `#`), or only bold/upper case. */
  marker: "number" | "style" | "emphasis";
  /** Text that follows a run-in heading in the same paragraph ("2. Nguyên nhân: do …"). */
  inlineBody?: string;
  /**
   * The heading is in a table cell ("1. Tình hình…" in a cell, or "1" in one cell and the
   * title in the next): a section all the same, but a table's numbered rows are not taken
   * as the writer dividing the section into sub-headings of its own.
   */
  inTable?: boolean;
  children?: DraftSection[];
}

interface Candidate {
  paragraph: number;
  titleEnd: number;
  numbering: Numbering | null;
  key: string;
  title: string;
  prose: boolean;
  strong: boolean;
  inlineBody?: string;
  inTable?: boolean;
}

const MAX_UNNUMBERED_HEADING = 150;
const NUMBER_ONLY = new RegExp(`^(${ROMAN}|\\d{1,3}|[a-zđ])\\s*[.)\\-–—]?$`);

/** A paragraph that could be read as text of the body (after the header block). */
function isProse(text: string): boolean {
  if (text.length < 60) return false;
  if (text.startsWith("-") || text.startsWith("+") || text.startsWith("•")) return false;
  for (const ch of text) if (isLower(ch)) return true;
  return false;
}

/** Cuts a run-in heading's title from its text: up to the first colon or sentence end. */
function runInTitle(rest: string): { title: string; body: string } {
  const limit = Math.min(rest.length, 160);
  for (let i = 0; i < limit; i++) {
    const c = rest.charCodeAt(i);
    if (c === 58 /* : */ || ((c === 46 /* . */ || c === 59 /* ; */) && (rest.charCodeAt(i + 1) === 32 || i === rest.length - 1))) {
      return { title: rest.slice(0, i).trim(), body: rest.slice(i + 1).trim() };
    }
  }
  // The first twelve words as `split(" ")` cuts them, without splitting the whole paragraph.
  let cut = -1;
  for (let words = 0; words < 12; words++) {
    cut = rest.indexOf(" ", cut + 1);
    if (cut < 0) return { title: rest, body: "" };
  }
  return { title: rest.slice(0, cut), body: rest.slice(cut + 1) };
}

/** White space other than single spaces: another space character, two spaces, a space at the end. */
const UNEVEN_SPACE = /[^\S ]| {2}| $/;

/** Whether the text has white space other than single spaces. */
function hasUnevenSpace(text: string): boolean {
  return UNEVEN_SPACE.test(text);
}

/**
 * The title without a trailing colon, semicolon or comma (and the spaces around it), its
 * spaces collapsed: what `replace(/\s*[:;,]\s*$/, "").replace(/\s+/g, " ").trim()` gives,
 * without running a pattern from every position of the title.
 */
function trimTitle(title: string): string {
  let end = title.length;
  while (end > 0 && isSpaceCode(title.charCodeAt(end - 1))) end--;
  const last = title.charCodeAt(end - 1);
  if (end > 0 && (last === 58 /* : */ || last === 59 /* ; */ || last === 44 /* , */)) {
    end--;
    while (end > 0 && isSpaceCode(title.charCodeAt(end - 1))) end--;
  } else {
    end = title.length;
  }
  const cut = end === title.length ? title : title.slice(0, end);
  if (hasUnevenSpace(cut)) return cut.replace(/\s+/g, " ").trim();
  // Even spacing leaves at most one space at the start to trim, and none at the end.
  return cut.charCodeAt(0) === 32 ? cut.slice(1) : cut;
}

/** Every paragraph as the heading recognizer sees it, in the model's order: made once per comparison. */
export function cleanParagraphs(model: DocumentModel): CleanedParagraph[] {
  return model.paragraphs.map(cleanParagraph);
}

/**
 * The headings of a draft, flat, in document order, with levels and the paragraphs each
 * section covers. Header, closing, signature and footnote lines are never sections.
 */
export function findSections(model: DocumentModel, cleaned: readonly CleanedParagraph[] = cleanParagraphs(model)): DraftSection[] {
  const paragraphs = model.paragraphs;
  const count = paragraphs.length;

  // The preamble: up to the first paragraph of prose. Its unnumbered emphasized lines are
  // the agency name, the document type and the subject line, not sections.
  let firstProse = count;
  let preambleHasHeader = false;
  for (let i = 0; i < count; i++) {
    const { text } = cleaned[i];
    if (text.length === 0) continue;
    if (isHeaderOrClosingLine(text)) preambleHasHeader = true;
    if (!paragraphs[i].cell && isProse(text) && !isHeaderOrClosingLine(text) && !cleaned[i].bold && parseNumbering(text) === null) {
      firstProse = i;
      break;
    }
  }
  const unnumberedFrom = preambleHasHeader ? firstProse : 0;

  const candidates: Candidate[] = [];
  let appendixAt = -1;
  for (let i = 0; i < count; i++) {
    const para = cleaned[i];
    const text = para.text;
    if (text.length === 0 || para.footnote) continue;
    if (paragraphs[i].cell) {
      const inCell = cellHeading(paragraphs, cleaned, i);
      if (inCell) candidates.push(inCell);
      continue;
    }
    if (appendixAt < 0 && i > firstProse && text.length < 120 && APPENDIX_MARKER.test(text)) appendixAt = i;
    // Header and closing lines are never headings; asked only of a line about to be taken as one.
    let numbering = parseNumbering(text);
    const strong = para.bold || para.headingLevel !== undefined;
    let titleEnd = i;
    if (!numbering && text.length <= 6 && NUMBER_ONLY.test(text)) {
      // "II." on a line of its own, the title on the next one.
      const next = i + 1 < count ? cleaned[i + 1] : undefined;
      if (next && next.text.length > 0 && next.text.length <= MAX_UNNUMBERED_HEADING && !paragraphs[i + 1].cell) {
        const joined = parseNumbering(`${text.replace(/\s+$/, "")} ${next.text}`);
        if (joined && parseNumbering(next.text) === null) {
          numbering = joined;
          titleEnd = i + 1;
        }
      }
    }
    if (numbering) {
      const rest = numbering.rest.trim();
      if ((rest.length === 0 && !strong) || isHeaderOrClosingLine(text)) continue;
      // A heading style is the writer saying "heading" (the add-in inserts the outline's long
      // titles that way); a bold paragraph is a heading unless it reads as several sentences.
      let prose = readsAsProse(rest, numbering.kind);
      if (prose && para.headingLevel !== undefined && rest.length <= 1000) prose = false;
      else if (prose && para.bold && rest.length <= 600 && !isLower(rest[0] ?? "") && sentenceBreaks(rest) < 2) prose = false;
      candidates.push({ paragraph: i, titleEnd, numbering, key: numbering.key, title: rest, prose, strong });
      if (titleEnd > i) i = titleEnd;
      continue;
    }
    // A heading style counts even in a draft that has no prose yet (headings only).
    if (i < unnumberedFrom && para.headingLevel === undefined) continue;
    if (text.startsWith("-") || text.startsWith("+") || text.startsWith("•") || text.startsWith("*")) continue;
    if (text.length > MAX_UNNUMBERED_HEADING) continue;
    if (!isUpper(text[0]) && !/^\d/.test(text)) continue;
    const upper = isUpperCaseLine(text);
    if (!strong && !upper) continue;
    const last = text.slice(-1);
    if ((last === "." && !text.endsWith("...") && !text.endsWith("..")) || last === ";" || last === ",") continue;
    if (sentenceBreaks(text) > 0 || isHeaderOrClosingLine(text)) continue;
    const key = para.headingLevel !== undefined ? `style-${para.headingLevel}` : upper ? "upper" : "bold";
    candidates.push({ paragraph: i, titleEnd: i, numbering: null, key, title: text, prose: false, strong: true });
  }

  // Where the body ends: "Nơi nhận", or the closing sentence ("Trên đây là…", "./.")
  // after the last heading. An appendix after the closing starts a new body.
  let closingStart = count;
  for (let i = firstProse < count ? firstProse : 0; i < count; i++) {
    if (CLOSING_START.test(cleaned[i].text)) {
      closingStart = i;
      break;
    }
  }
  if (candidates.length > 0 || firstProse < count) {
    let lastHeading = -1;
    for (const candidate of candidates) if (candidate.paragraph < closingStart) lastHeading = candidate.paragraph;
    const from = Math.max(lastHeading + 1, firstProse < count ? firstProse : 0);
    for (let i = from; i < closingStart; i++) {
      const text = cleaned[i].text;
      // A closing mark right under the last heading is that section's text, not the closing.
      if (CLOSING_PHRASE.test(text) || (endsWithClosingMark(text) && i > lastHeading + 1)) {
        closingStart = i;
        break;
      }
    }
  }
  const appendixStart = appendixAt > closingStart ? appendixAt : -1;
  const inBody = (index: number) => index < closingStart || (appendixStart >= 0 && index > appendixStart);
  const bodyEndFor = (index: number) => (index < closingStart ? closingStart : count);

  const kept = candidates.filter((candidate) => inBody(candidate.paragraph));
  joinWrappedHeadings(kept, cleaned, paragraphs);
  const headings = dropListRuns(kept);

  // Levels from the nesting of numbering kinds as the document uses them.
  const stack: string[] = [];
  const sections: DraftSection[] = [];
  // Titles repeat (a table's rows on every page): each distinct one is trimmed once, and the
  // sections that share it share one string, which the matcher then hashes and compares once.
  const titles = new Map<string, string>();
  for (const candidate of headings) {
    const at = stack.indexOf(candidate.key);
    if (at >= 0) stack.length = at + 1;
    else stack.push(candidate.key);
    let title = titles.get(candidate.title);
    if (title === undefined) titles.set(candidate.title, (title = trimTitle(candidate.title)));
    const section: DraftSection = {
      number: candidate.numbering?.number ?? "",
      title,
      level: stack.length,
      paragraph: candidate.paragraph,
      bodyStart: candidate.titleEnd + 1,
      bodyEnd: 0,
      end: 0,
      marker: candidate.numbering ? "number" : candidate.key.startsWith("style-") ? "style" : "emphasis",
    };
    if (candidate.titleEnd !== candidate.paragraph) section.titleEnd = candidate.titleEnd;
    if (candidate.inlineBody) section.inlineBody = candidate.inlineBody;
    if (candidate.inTable) section.inTable = true;
    sections.push(section);
  }
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i];
    const limit = bodyEndFor(section.paragraph);
    const next = sections[i + 1];
    section.bodyEnd = Math.max(section.bodyStart, next && next.paragraph < limit ? next.paragraph : limit);
    section.end = Math.max(limit, section.bodyEnd);
  }
  // A section ends where the next heading of the same or an outer level starts.
  const open: DraftSection[] = [];
  for (const section of sections) {
    while (open.length > 0 && open[open.length - 1].level >= section.level) {
      const closed = open.pop() as DraftSection;
      closed.end = Math.max(closed.bodyEnd, Math.min(closed.end, section.paragraph));
    }
    open.push(section);
  }
  return sections;
}

/**
 * A heading written in a table: a numbered cell paragraph that reads as a title, or the title
 * in the cell after one holding only its number ("1" | "Tình hình thực hiện" | …). A cell's
 * bold or upper-case text alone is not one: it is most often a column header.
 */
function cellHeading(paragraphs: readonly Paragraph[], cleaned: readonly CleanedParagraph[], i: number): Candidate | null {
  const text = cleaned[i].text;
  if (text.length > MAX_UNNUMBERED_HEADING) return null;
  let numbering = parseNumbering(text);
  const cell = paragraphs[i].cell as NonNullable<Paragraph["cell"]>;
  const before = paragraphs[i - 1]?.cell;
  if (!numbering && before && before.table === cell.table && before.row === cell.row && before.cell === cell.cell - 1) {
    const sameCell = paragraphs[i - 2]?.cell;
    const alone = !sameCell || sameCell.table !== before.table || sameCell.row !== before.row || sameCell.cell !== before.cell;
    const number = cleaned[i - 1].text;
    if (alone && number.length <= 6 && NUMBER_ONLY.test(number)) numbering = parseNumbering(`${number.replace(/[\s.)\-–—]+$/, "")}. ${text}`);
  }
  // Most cells hold no number: the header test waits for one that does.
  if (!numbering || isHeaderOrClosingLine(text)) return null;
  const rest = numbering.rest.trim();
  if (!hasLetterUnits(rest, 3) || !isUpper(rest[0] ?? "") || readsAsProse(rest, numbering.kind)) return null;
  const last = rest.charCodeAt(rest.length - 1);
  if (last === 46 /* . */ || last === 59 /* ; */ || last === 44 /* , */ || sentenceBreaks(rest) > 0) return null;
  return { paragraph: i, titleEnd: i, numbering, key: `cell-${numbering.key}`, title: rest, prose: false, strong: true, inTable: true };
}

/** Whether the letters of the text take at least `count` code units: `text.replace(/[^\p{L}]/gu, "").length >= count`. */
function hasLetterUnits(text: string, count: number): boolean {
  let units = 0;
  for (let i = 0; i < text.length && units < count; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        if (/\p{L}/u.test(text.slice(i, i + 2))) units += 2;
        i++;
      }
      continue;
    }
    if (isLetterAt(text, i)) units++;
  }
  return units >= count;
}

const UNFINISHED_TITLE =
  /(,|-|–|\s(của|và|các|những|về|đối với|nhằm|trong|tại|theo|cho|với|từ|đến|thuộc|để|do|là|có|được|như|trên))$/iu;

/** Joins a heading with the paragraphs that continue it (a bold line carried over, lower-case start). */
function joinWrappedHeadings(candidates: Candidate[], cleaned: readonly CleanedParagraph[], paragraphs: readonly Paragraph[]): void {
  let next = 0;
  for (const candidate of candidates) {
    next++;
    const nextHeading = candidates[next]?.paragraph ?? Infinity;
    if (candidate.prose) continue;
    const heading = cleaned[candidate.paragraph];
    for (let step = 0; step < 2; step++) {
      const index = candidate.titleEnd + 1;
      if (index >= cleaned.length || index >= nextHeading || paragraphs[index].cell) break;
      const line = cleaned[index];
      if (line.text.length === 0 || line.footnote || parseNumbering(line.text) !== null) break;
      if (isHeaderOrClosingLine(line.text) || CLOSING_PHRASE.test(line.text) || endsWithClosingMark(line.text)) break;
      const lastOfTitle = candidate.title.slice(-1);
      if (lastOfTitle === "." || lastOfTitle === ":" || lastOfTitle === ";") break;
      const startsLower = isLower(line.text[0]);
      const sameEmphasis = heading.bold && line.bold;
      // Without emphasis to go by, only a title cut off after a linking word or a comma
      // continues: "… nhằm kịp thời chấn chỉnh," / "tình trạng né tránh".
      const continues =
        (sameEmphasis && (startsLower || line.text.length <= 200)) ||
        (startsLower &&
          UNFINISHED_TITLE.test(candidate.title) &&
          line.text.length <= 160 &&
          !/[.;]$/.test(line.text) &&
          !line.text.startsWith("-"));
      if (!continues) break;
      if (sameEmphasis && !startsLower && sentenceBreaks(line.text) > 0) break;
      candidate.title = `${candidate.title} ${line.text}`;
      candidate.titleEnd = index;
    }
  }
}

/**
 * Numbered paragraphs of one kind under one parent form a run. When most of a run reads as
 * prose, it is a numbered list in the body (duties, measures), not a set of headings. In a
 * run of headings, a prose item is a run-in heading: "2. Nguyên nhân: do …".
 */
function dropListRuns(candidates: Candidate[]): Candidate[] {
  // A run is its kind and its parent, kept as one number: thousands of headings make no key strings.
  const kinds = new Map<string, number>();
  const runs = new Map<number, Candidate[]>();
  const stackKeys: string[] = [];
  const stackIds: number[] = [];
  for (let id = 0; id < candidates.length; id++) {
    const candidate = candidates[id];
    const at = stackKeys.indexOf(candidate.key);
    if (at >= 0) {
      stackKeys.length = at;
      stackIds.length = at;
    }
    const parent = stackIds.length > 0 ? stackIds[stackIds.length - 1] : -1;
    stackKeys.push(candidate.key);
    stackIds.push(id);
    if (!candidate.numbering) continue;
    let kind = kinds.get(candidate.key);
    if (kind === undefined) kinds.set(candidate.key, (kind = kinds.size));
    const runKey = kind * (candidates.length + 1) + parent + 1;
    const run = runs.get(runKey);
    if (run) run.push(candidate);
    else runs.set(runKey, [candidate]);
  }
  const dropped = new Set<Candidate>();
  for (const run of runs.values()) {
    let proseCount = 0;
    for (const candidate of run) if (candidate.prose) proseCount++;
    if (proseCount === 0) continue;
    if (proseCount * 2 > run.length) {
      for (const candidate of run) if (!candidate.strong || candidate.prose) dropped.add(candidate);
      continue;
    }
    for (const candidate of run) {
      if (!candidate.prose) continue;
      if (isLower(candidate.title[0] ?? "")) {
        dropped.add(candidate);
        continue;
      }
      const { title, body } = runInTitle(candidate.title);
      candidate.title = title;
      candidate.inlineBody = body;
    }
  }
  if (dropped.size === 0) return candidates;
  const kept = candidates.filter((candidate) => !dropped.has(candidate));
  // Dropping a list can leave one of its items' children orphaned; that is fine: levels
  // are recomputed from what remains.
  return kept;
}

/** Nests a flat list of sections by level; returns the top-level sections (copies). */
export function buildSectionTree(sections: readonly DraftSection[]): DraftSection[] {
  const roots: DraftSection[] = [];
  const open: DraftSection[] = [];
  for (const flat of sections) {
    const node: DraftSection = { ...flat, children: [] };
    while (open.length > 0 && open[open.length - 1].level >= node.level) open.pop();
    if (open.length === 0) roots.push(node);
    else (open[open.length - 1].children as DraftSection[]).push(node);
    open.push(node);
  }
  return roots;
}

/** True when the section has no text of its own or of its sub-sections other than placeholders. */
export function isSectionEmpty(model: DocumentModel, section: DraftSection, sections?: readonly DraftSection[], cleaned?: readonly CleanedParagraph[]): boolean {
  if (section.inlineBody && !isPlaceholder(section.inlineBody)) return false;
  const headingParagraphs = new Set<number>();
  if (sections) {
    // Sections are in document order: start at the first one inside this section.
    let low = 0;
    let high = sections.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sections[mid].paragraph < section.bodyStart) low = mid + 1;
      else high = mid;
    }
    // The first heading after the section too: its number may sit in the cell before it.
    for (let k = low; k < sections.length && sections[k].paragraph <= section.end; k++) {
      const other = sections[k];
      const inside = other.paragraph < section.end;
      if (inside && other.inlineBody && !isPlaceholder(other.inlineBody)) return false;
      if (inside) for (let p = other.paragraph; p <= (other.titleEnd ?? other.paragraph); p++) headingParagraphs.add(p);
      // A heading in a table row: its number in the cell before is part of the heading.
      const numberCell = model.paragraphs[other.paragraph - 1];
      if (other.inTable && numberCell?.cell && NUMBER_ONLY.test(numberCell.text.trim())) headingParagraphs.add(other.paragraph - 1);
    }
  }
  for (let p = section.bodyStart; p < section.end; p++) {
    if (headingParagraphs.has(p)) continue;
    const paragraph = model.paragraphs[p];
    if (!paragraph) break;
    if (!isPlaceholder((cleaned?.[p] ?? cleanParagraph(paragraph)).text)) return false;
  }
  return true;
}
