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
import { normalizeRuns, type ParagraphState, type SimAlignment, type SimFont, type SimRun } from "./state";
import { SimOfficeError } from "./errors";

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

export function parseOoxml(ooxml: string, baseFont: SimFont): ParagraphState[] {
  const content = read(ooxml);
  const tableKeys = new Map<number, string>();
  return content.paragraphs.map((paragraph, index) => {
    const written = content.written[index];
    // Without a style of its own a paragraph is Normal; otherwise the style's name, or its id when the package has no such style.
    const styleName = written.styleId ? (paragraph.format.style ?? written.styleId) : "Normal";
    const { style, builtIn } = builtInFromName(styleName);
    const runs: SimRun[] = written.runs.map((run) => ({ text: run.text, font: applyProps(baseFont, run.format) }));
    const state: ParagraphState = {
      style,
      styleBuiltIn: builtIn,
      alignment: ALIGNMENTS[written.jc ?? ""] ?? "Left",
      tableNestingLevel: paragraph.cell?.depth ?? 0,
      markFont: applyProps(baseFont, written.mark),
      runs: normalizeRuns(runs),
    };
    const outer = written.outerCell;
    if (outer) {
      let key = tableKeys.get(outer.table);
      if (key === undefined) tableKeys.set(outer.table, (key = `ooxml-${++parsedTables}`));
      state.cell = { table: key, row: outer.row, cell: outer.cell };
    }
    return state;
  });
}

function applyProps(base: SimFont, format: WrittenFormat): SimFont {
  return {
    name: format.font ?? base.name,
    size: format.size ?? base.size,
    bold: format.bold ?? false,
    italic: format.italic ?? false,
    color: base.color,
    highlightColor: format.highlight === undefined ? null : highlightName(format.highlight),
  };
}
