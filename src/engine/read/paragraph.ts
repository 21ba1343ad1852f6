/**
 * One body paragraph of a .docx, from the runs read for it to the model's `Paragraph`:
 * the style's formatting under the runs' own, what all visible runs share as the
 * paragraph's format, and the bold, italic and superscript stretches as marks.
 */
import type { Paragraph, ParagraphFormat, TableCellRef, TextMark } from "../model";
import type { ListNumbering } from "./numbering";
import { resolveParagraphStyle, type ParaProps, type ResolvedParagraphStyle, type RunProps, type Styles } from "./styles";

export interface RunSegment {
  text: string;
  props: RunProps;
}

export interface ParagraphBuilder {
  segments: RunSegment[];
  styleId?: string;
  direct: ParaProps;
  cell?: TableCellRef;
}

export function isVisible(text: string): boolean {
  return /\S/.test(text);
}

/** The paragraph as the model has it: text, shared formatting, marks where formatting changes, list label. */
export function buildParagraph(
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
  // Where neither the paragraph, its style nor the document's defaults align it, Word aligns it
  // left. In a table cell the table's style may align it, which is not read: unknown there.
  const alignment = builder.direct.alignment ?? style.alignment ?? (builder.cell ? undefined : "left");
  if (alignment) format.alignment = alignment;
  setLayout(format, style.layout, builder.direct);

  // One pass over the runs, keeping only what the format and marks need: what every visible run
  // shares, the fonts they use, and where bold, italic and superscript are on.
  let text = "";
  let visible = 0;
  let size: number | undefined;
  let sameSize = true;
  let font: string | undefined;
  let sameFont = true;
  let color = "";
  let sameColor = true;
  let everyRunHasFont = true;
  let used: Set<string> | undefined;
  let boldRuns: number[] | undefined;
  let italicRuns: number[] | undefined;
  let superscriptRuns: number[] | undefined;
  let bold = 0;
  let italic = 0;
  const run = style.run;
  const themeFonts = styles.themeFonts;
  for (const segment of builder.segments) {
    const start = text.length;
    text += segment.text;
    if (!isVisible(segment.text)) continue;
    const end = text.length;
    // The style's run properties under the run's own, as mergeRun gives them.
    const own = segment.props;
    let runFont: string | undefined;
    let themeFont: string | undefined;
    if (own.font !== undefined) runFont = own.font;
    else if (own.themeFont !== undefined) themeFont = own.themeFont;
    else {
      runFont = run.font;
      themeFont = run.themeFont;
    }
    if (runFont === undefined && themeFont !== undefined) {
      const themed = themeFont.startsWith("major") ? themeFonts.major : themeFonts.minor;
      if (themed) runFont = themed;
    }
    const runSize = own.size !== undefined ? own.size : run.size;
    // No colour anywhere in the chain is Word's automatic colour.
    const runColor = (own.color !== undefined ? own.color : run.color) ?? "auto";
    if (visible === 0) {
      size = runSize;
      font = runFont;
      color = runColor;
    } else {
      if (runSize !== size) sameSize = false;
      if (runFont !== font) sameFont = false;
      if (runColor !== color) sameColor = false;
    }
    visible++;
    if (runFont) fonts.add(runFont);
    if (runFont === undefined) everyRunHasFont = false;
    else (used ??= new Set()).add(runFont);
    if ((own.bold !== undefined ? own.bold : run.bold) === true) {
      bold++;
      (boldRuns ??= []).push(start, end);
    }
    if ((own.italic !== undefined ? own.italic : run.italic) === true) {
      italic++;
      (italicRuns ??= []).push(start, end);
    }
    if (own.superscript !== undefined ? own.superscript : run.superscript) (superscriptRuns ??= []).push(start, end);
  }

  const marks: TextMark[] = [];
  if (visible > 0) {
    if (sameSize && size !== undefined) format.size = size;
    if (sameFont && font !== undefined) format.font = font;
    if (sameColor) format.color = color;
    if (used && everyRunHasFont) format.fonts = [...used];
    for (const [kind, count, runs] of [
      ["bold", bold, boldRuns],
      ["italic", italic, italicRuns],
    ] as const) {
      if (count === visible) format[kind] = true;
      else if (count === 0) format[kind] = false;
      else if (runs) for (let i = 0; i < runs.length; i += 2) marks.push(trimmedMark(text, runs[i], runs[i + 1], kind));
    }
    if (superscriptRuns) for (let i = 0; i < superscriptRuns.length; i += 2) marks.push(trimmedMark(text, superscriptRuns[i], superscriptRuns[i + 1], "superscript"));
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

/**
 * The spacing, indents and bottom border: the paragraph's own over its style's, as
 * mergeParagraphLayout gives them (line spacing as a multiple or in points, never both).
 */
function setLayout(format: ParagraphFormat, style: ParaProps, own: ParaProps): void {
  const firstLineIndent = own.firstLineIndent !== undefined ? own.firstLineIndent : style.firstLineIndent;
  if (firstLineIndent !== undefined) format.firstLineIndent = firstLineIndent;
  const leftIndent = own.leftIndent !== undefined ? own.leftIndent : style.leftIndent;
  if (leftIndent !== undefined) format.leftIndent = leftIndent;
  const spaceBefore = own.spaceBefore !== undefined ? own.spaceBefore : style.spaceBefore;
  if (spaceBefore !== undefined) format.spaceBefore = spaceBefore;
  const spaceAfter = own.spaceAfter !== undefined ? own.spaceAfter : style.spaceAfter;
  if (spaceAfter !== undefined) format.spaceAfter = spaceAfter;
  const lineSpacing = own.lineSpacing !== undefined ? own.lineSpacing : own.lineSpacingPoints !== undefined ? undefined : style.lineSpacing;
  if (lineSpacing !== undefined) format.lineSpacing = lineSpacing;
  const lineSpacingPoints = own.lineSpacing !== undefined ? undefined : own.lineSpacingPoints !== undefined ? own.lineSpacingPoints : style.lineSpacingPoints;
  if (lineSpacingPoints !== undefined) format.lineSpacingPoints = lineSpacingPoints;
  const borderBottom = own.borderBottom !== undefined ? own.borderBottom : style.borderBottom;
  if (borderBottom !== undefined) format.borderBottom = borderBottom;
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
