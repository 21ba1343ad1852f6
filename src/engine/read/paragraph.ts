/**
 * One body paragraph of a .docx, from the runs read for it to the model's `Paragraph`:
 * the style's formatting under the runs' own, what all visible runs share as the
 * paragraph's format, and the bold, italic and superscript stretches as marks.
 */
import type { Paragraph, ParagraphFormat, TableCellRef, TextMark } from "../model";
import type { ListNumbering } from "./numbering";
import { mergeParagraphLayout, mergeRun, resolveParagraphStyle, type ParaProps, type ResolvedParagraphStyle, type RunProps, type Styles } from "./styles";

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
  const alignment = builder.direct.alignment ?? style.alignment;
  if (alignment) format.alignment = alignment;
  const layout: ParaProps = {};
  mergeParagraphLayout(layout, style.layout);
  mergeParagraphLayout(layout, builder.direct);
  for (const key of ["firstLineIndent", "leftIndent", "spaceBefore", "spaceAfter", "lineSpacing", "lineSpacingPoints", "borderBottom"] as const) {
    const value = layout[key];
    if (value !== undefined) (format as Record<string, unknown>)[key] = value;
  }

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
    // No colour anywhere in the chain is Word's automatic colour.
    const colors = new Set(visible.map((run) => run.props.color ?? "auto"));
    if (colors.size === 1) format.color = [...colors][0];
    const used = [...new Set(visible.map((run) => run.props.font).filter((name): name is string => name !== undefined))];
    if (used.length > 0 && visible.every((run) => run.props.font !== undefined)) format.fonts = used;
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
