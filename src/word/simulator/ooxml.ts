/**
 * Reads the WordprocessingML that `insertOoxml` receives (a flat OPC package, or a bare
 * `w:document`) into simulated paragraphs: text, paragraph style, alignment, bold, italic,
 * font, size and highlight. The engine's body reader does the reading, so the simulator
 * sees inserted markup exactly as a .docx would be read; this module only turns its
 * output into Word's object model names. Table cells' paragraphs come out in reading
 * order with their table nesting level, as Word lists them in `body.paragraphs`.
 */
import { InputError } from "../../engine/errors";
import { readOoxml, type OoxmlContent } from "../../engine/read/ooxml";
import type { WrittenFormat } from "../../engine/read/written";
import type { WrittenParagraph } from "../../engine/read/written";
import type { Paragraph } from "../../engine/model";
import { DEFAULT_LAYOUT, fontFromFormat, normalizeRuns, wordColor, type ParagraphState, type SimAlignment, type SimFont, type SimRun, type SimStyle } from "./state";
import { SimOfficeError } from "./errors";
import { layoutFromFormat } from "./layout";

/** Each parsed table gets its own key, so two inserted tables never merge on the page. */
let parsedTables = 0;

const ALIGNMENTS: Record<string, SimAlignment> = {
  left: "Left",
  start: "Left",
  center: "Centered",
  right: "Right",
  end: "Right",
  both: "Justified",
  distribute: "Justified",
};

/** Word's highlight names are lower camel case in OOXML ("darkBlue"); the API reports "DarkBlue". */
function highlightName(value: string): string | null {
  if (value === "none") return null;
  return value.charAt(0).toUpperCase() + value.slice(1);
}

function builtInFromName(name: string): { style: string; builtIn: string } {
  const heading = /^heading\s*([1-9])$/i.exec(name.trim());
  if (heading) return { style: `Heading ${heading[1]}`, builtIn: `Heading${heading[1]}` };
  if (/^normal$/i.test(name.trim())) return { style: "Normal", builtIn: "Normal" };
  if (/^title$/i.test(name.trim())) return { style: "Title", builtIn: "Title" };
  return { style: name, builtIn: "Other" };
}

function read(ooxml: string): OoxmlContent {
  try {
    return readOoxml(ooxml);
  } catch (error) {
    const detail = error instanceof InputError ? error.messageEn : error instanceof Error ? error.message : String(error);
    throw new SimOfficeError("InvalidArgument", `The OOXML is not well-formed XML: ${detail}`);
  }
}

/** Points from twips. */
function points(twips: number | undefined): number | undefined {
  return twips === undefined ? undefined : twips / 20;
}

export interface ParseOptions {
  /**
   * A whole document being opened: list numbers from its numbering, and what its styles give
   * (font, size, bold, italic, alignment, indents, spacing) where the runs do not say.
   */
  opening?: boolean;
  /** Inserting: the destination's resident style definitions. */
  styles?: Record<string, SimStyle>;
  /** Inserting: per numbered style, how many paragraphs the document already numbers. */
  listed?: (style: string) => number;
}

const MODEL_ALIGNMENTS: Record<string, SimAlignment> = { left: "Left", center: "Centered", right: "Right", justify: "Justified" };

/**
 * The definition an inserted paragraph's style gets: the destination's own when it has the
 * style (resident), else the package's (Word brings styles the document lacks), read from
 * the engine's resolved format. The package's `w:docDefaults` never apply: without a style
 * of the package's own, the destination's Normal does.
 */
function definitionOf(style: string, paragraph: Paragraph, written: WrittenParagraph, styles: Record<string, SimStyle>): SimStyle {
  const resident = styles[style];
  if (resident) return resident;
  if (written.styleId && paragraph.format.style) {
    const format = paragraph.format;
    const definition: SimStyle = {};
    if (format.alignment) definition.alignment = MODEL_ALIGNMENTS[format.alignment];
    if (format.firstLineIndent !== undefined) definition.firstLineIndent = format.firstLineIndent;
    if (format.leftIndent !== undefined) definition.leftIndent = format.leftIndent;
    return definition;
  }
  return styles.Normal ?? {};
}

/**
 * Reads markup against the destination: `baseFont` is its font at the insertion point (what
 * text without a font of its own shows). Tracked deletions, field codes (between the
 * characters 19 and 20, the field's result after it, 21 at its end), note reference marks
 * (character 2) and hidden text come through as Word's object model gives them in a
 * paragraph's text; see `SimRun`.
 */
export function parseOoxml(ooxml: string, baseFont: SimFont, options: ParseOptions = {}): ParagraphState[] {
  const styles = options.styles ?? {};
  const listed = options.listed ?? (() => 0);
  const content = read(ooxml);
  const tableKeys = new Map<number, string>();
  const numbered = new Map<string, number>();
  return content.paragraphs.map((paragraph, index) => {
    const written = content.written[index];
    // Without a style of its own a paragraph is Normal; otherwise the style's name, or its id when the package has no such style.
    const styleName = written.styleId ? (paragraph.format.style ?? written.styleId) : "Normal";
    const { style, builtIn } = builtInFromName(styleName);
    const format = paragraph.format;
    const definition: SimStyle = options.opening ? {} : definitionOf(style, paragraph, written, styles);
    const font: SimFont = options.opening
      ? fontFromFormat(format, baseFont)
      : {
          ...baseFont,
          name: definition.font?.name ?? baseFont.name,
          size: definition.font?.size ?? baseFont.size,
          bold: definition.font?.bold ?? false,
          italic: definition.font?.italic ?? false,
        };
    const runs: SimRun[] = written.runs.map((run) => {
      const simRun: SimRun = { text: run.text, font: applyProps(font, run.format) };
      if (run.deleted) simRun.deleted = true;
      if (run.format.hidden) simRun.hidden = true;
      return simRun;
    });
    const state: ParagraphState = {
      style,
      styleBuiltIn: builtIn,
      alignment:
        ALIGNMENTS[written.jc ?? ""] ??
        (options.opening && format.alignment ? MODEL_ALIGNMENTS[format.alignment] : definition.alignment) ??
        "Left",
      tableNestingLevel: paragraph.cell?.depth ?? 0,
      markFont: applyProps(font, written.mark),
      runs: normalizeRuns(runs),
    };
    if (options.opening) {
      state.layout = layoutFromFormat(format);
      if (paragraph.listLabel) state.listLabel = paragraph.listLabel;
    } else {
      const firstLine = points(written.indent.firstLine) ?? definition.firstLineIndent;
      const left = points(written.indent.left) ?? definition.leftIndent;
      if (firstLine !== undefined || left !== undefined) {
        state.layout = { ...DEFAULT_LAYOUT, firstLineIndent: firstLine ?? 0, leftIndent: left ?? 0 };
      }
      // numId 0 switches off the numbering a style links to (ECMA-376 Part 1, 17.9.18).
      if (definition.numbering && written.numId !== 0) {
        const count = (numbered.get(style) ?? listed(style)) + 1;
        numbered.set(style, count);
        state.listLabel = definition.numbering.replace("%1", String(count));
      }
    }
    if (paragraph.cell && paragraph.cell.row >= 0 && paragraph.cell.cell >= 0) state.innermostCell = { row: paragraph.cell.row, cell: paragraph.cell.cell };
    const outer = written.outerCell;
    if (outer) {
      let key = tableKeys.get(outer.table);
      if (key === undefined) tableKeys.set(outer.table, (key = `ooxml-${++parsedTables}`));
      state.cell = { table: key, row: outer.row, cell: outer.cell };
    }
    return state;
  });
}

/** Bold and italic the run does not set come from `base` (its paragraph's style or the file's styles). */
function applyProps(base: SimFont, format: WrittenFormat): SimFont {
  return {
    name: format.font ?? base.name,
    size: format.size ?? base.size,
    bold: format.bold ?? base.bold,
    italic: format.italic ?? base.italic,
    color: wordColor(format.color) ?? base.color,
    highlightColor: format.highlight === undefined ? null : highlightName(format.highlight),
  };
}
