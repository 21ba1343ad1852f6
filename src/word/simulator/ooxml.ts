/**
 * Reads the WordprocessingML that `insertOoxml` receives (a flat OPC package, or a bare
 * `w:document`) into simulated paragraphs: text, paragraph style, alignment, bold, italic,
 * font, size and highlight. Table cells' paragraphs come out in reading order with their
 * table nesting level, as Word lists them in `body.paragraphs`.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { normalizeRuns, type ParagraphState, type SimAlignment, type SimCell, type SimFont, type SimRun } from "./state";
import { SimOfficeError } from "./errors";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";

/** Subtrees whose text is not part of the body's paragraphs (text boxes, deleted or field-code text). */
const SKIPPED = new Set(["txbxContent", "delText", "instrText", "del", "moveFrom"]);

interface RunProps {
  bold?: boolean;
  italic?: boolean;
  name?: string;
  size?: number;
  highlight?: string | null;
}

/** Each parsed table gets its own key, so two inserted tables never merge on the page. */
let parsedTables = 0;

interface ParsedParagraph {
  styleId: string | null;
  alignment: SimAlignment;
  depth: number;
  cell?: SimCell;
  mark: RunProps;
  runs: { text: string; props: RunProps }[];
}

function attribute(tag: SaxesTagNS, local: string): string | undefined {
  for (const attr of Object.values(tag.attributes)) {
    if (attr.local === local && (attr.uri === W || attr.uri === "")) return attr.value;
  }
  return undefined;
}

function toggle(tag: SaxesTagNS): boolean {
  const value = attribute(tag, "val");
  return !(value === "0" || value === "false" || value === "off");
}

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

export function parseOoxml(ooxml: string, baseFont: SimFont): ParagraphState[] {
  const parser = new SaxesParser({ xmlns: true });
  const paragraphs: ParsedParagraph[] = [];
  const styleNames = new Map<string, string>();

  let sawPackage = false;
  /** Inside the part whose body we read (always true for a bare document). */
  let inDocumentPart = false;
  let inStylesPart = false;
  const stack: string[] = [];
  let skipDepth = 0;
  let tableDepth = 0;
  /** The top-level table cell being read: paragraphs of nested tables are drawn in it too. */
  let topCell: SimCell | null = null;
  let paragraph: ParsedParagraph | null = null;
  let paragraphDepth = 0;
  let run: { text: string; props: RunProps } | null = null;
  let inParagraphProps = false;
  let inRunProps = false;
  let inText = false;
  let currentStyleId: string | null = null;

  parser.on("opentag", (tag) => {
    stack.push(tag.local);
    if (tag.uri === PKG && tag.local === "package") sawPackage = true;
    if (tag.uri === PKG && tag.local === "part") {
      const name = Object.values(tag.attributes).find((attr) => attr.local === "name")?.value ?? "";
      inDocumentPart = name === "/word/document.xml";
      inStylesPart = name === "/word/styles.xml";
      return;
    }
    if (tag.uri !== W) return;
    if (!sawPackage && tag.local === "document") inDocumentPart = true;
    if (inStylesPart) {
      if (tag.local === "style") currentStyleId = attribute(tag, "styleId") ?? null;
      else if (tag.local === "name" && currentStyleId) styleNames.set(currentStyleId, attribute(tag, "val") ?? "");
      return;
    }
    if (!inDocumentPart) return;
    if (skipDepth > 0 || SKIPPED.has(tag.local)) {
      skipDepth++;
      return;
    }
    switch (tag.local) {
      case "tbl":
        tableDepth++;
        if (tableDepth === 1) topCell = { table: `ooxml-${++parsedTables}`, row: -1, cell: -1 };
        break;
      case "tr":
        if (tableDepth === 1 && topCell) topCell = { ...topCell, row: topCell.row + 1, cell: -1 };
        break;
      case "tc":
        if (tableDepth === 1 && topCell) topCell = { ...topCell, cell: topCell.cell + 1 };
        break;
      case "p":
        paragraph = { styleId: null, alignment: "Left", depth: tableDepth, mark: {}, runs: [] };
        if (tableDepth > 0 && topCell) paragraph.cell = { ...topCell };
        paragraphDepth = stack.length;
        break;
      case "pPr":
        inParagraphProps = true;
        break;
      case "pStyle":
        if (paragraph && inParagraphProps) paragraph.styleId = attribute(tag, "val") ?? null;
        break;
      case "jc":
        if (paragraph && inParagraphProps) paragraph.alignment = ALIGNMENTS[attribute(tag, "val") ?? ""] ?? "Left";
        break;
      case "r":
        if (paragraph) run = { text: "", props: {} };
        break;
      case "rPr":
        inRunProps = true;
        break;
      case "t":
        inText = run !== null;
        break;
      case "tab":
        if (run && !inParagraphProps) run.text += "\t";
        break;
      case "br":
        if (run) run.text += attribute(tag, "type") === "page" ? "\f" : "\u000b";
        break;
      case "cr":
        if (run) run.text += "\u000b";
        break;
      case "noBreakHyphen":
        if (run) run.text += "\u2011";
        break;
      default: {
        if (!inRunProps) break;
        const props = run && !inParagraphProps ? run.props : paragraph && inParagraphProps ? paragraph.mark : null;
        if (!props) break;
        if (tag.local === "b") props.bold = toggle(tag);
        else if (tag.local === "i") props.italic = toggle(tag);
        else if (tag.local === "rFonts") {
          const name = attribute(tag, "ascii") ?? attribute(tag, "hAnsi");
          if (name) props.name = name;
        } else if (tag.local === "sz") {
          const halfPoints = Number(attribute(tag, "val"));
          if (Number.isFinite(halfPoints) && halfPoints > 0) props.size = halfPoints / 2;
        } else if (tag.local === "highlight") {
          props.highlight = highlightName(attribute(tag, "val") ?? "none");
        }
      }
    }
  });

  parser.on("text", (text) => {
    if (inText && run && skipDepth === 0) run.text += text;
  });

  parser.on("closetag", (tag) => {
    stack.pop();
    if (tag.uri === PKG && tag.local === "part") {
      inDocumentPart = false;
      inStylesPart = false;
      return;
    }
    if (tag.uri !== W || !inDocumentPart) return;
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    switch (tag.local) {
      case "tbl":
        tableDepth--;
        if (tableDepth === 0) topCell = null;
        break;
      case "p":
        if (paragraph && stack.length + 1 === paragraphDepth) {
          paragraphs.push(paragraph);
          paragraph = null;
        }
        break;
      case "pPr":
        inParagraphProps = false;
        break;
      case "rPr":
        inRunProps = false;
        break;
      case "t":
        inText = false;
        break;
      case "r":
        if (run && paragraph) paragraph.runs.push(run);
        run = null;
        break;
    }
  });

  try {
    parser.write(ooxml).close();
  } catch (error) {
    throw new SimOfficeError(
      "InvalidArgument",
      `The OOXML is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  return paragraphs.map((parsed) => {
    const styleName = parsed.styleId ? (styleNames.get(parsed.styleId) ?? parsed.styleId) : "Normal";
    const { style, builtIn } = builtInFromName(styleName);
    const markFont = applyProps(baseFont, parsed.mark);
    const runs: SimRun[] = parsed.runs.map((item) => ({
      text: item.text,
      font: applyProps(baseFont, item.props),
    }));
    const state: ParagraphState = {
      style,
      styleBuiltIn: builtIn,
      alignment: parsed.alignment,
      tableNestingLevel: parsed.depth,
      markFont,
      runs: normalizeRuns(runs),
    };
    if (parsed.cell) state.cell = parsed.cell;
    return state;
  });
}

function applyProps(base: SimFont, props: RunProps): SimFont {
  return {
    name: props.name ?? base.name,
    size: props.size ?? base.size,
    bold: props.bold ?? false,
    italic: props.italic ?? false,
    highlightColor: props.highlight ?? null,
  };
}
