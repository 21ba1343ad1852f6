/**
 * WordprocessingML for blocks: the body markup shared by the .docx writer, the styles part,
 * and a flat OPC package for Word's `Range.insertOoxml`.
 */
import type { Alignment, Block, ParagraphBlock, ParagraphStyle, RuleBlock, Run, TableBlock } from "./blocks";
import { STATE_LAYOUT, type LayoutPack } from "./layout";
import { escapeXml } from "./xml";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
export const REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

/** Style ids as Word names its built-in styles. */
const STYLE_IDS: Record<ParagraphStyle, string> = {
  Normal: "Normal",
  Heading1: "Heading1",
  Heading2: "Heading2",
  Heading3: "Heading3",
  Body: "BodyText",
};

/** Cell padding left and right, millimetres: small, so header lines get the whole column. */
const CELL_MARGIN_MM = 1;

export function twips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

function jc(align: Alignment): string {
  return align === "justify" ? "both" : align;
}

/**
 * The language every inserted run is marked with, so Word checks the spelling as Vietnamese
 * whatever the destination's default language: `w:docDefaults` of an inserted package are
 * ignored (https://learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml).
 */
const LANG = '<w:lang w:val="vi-VN"/>';

/**
 * Run properties written out in full: font in all four slots, bold, italic and caps on or off,
 * size, language. A destination's resident style definitions win over the package's, so
 * nothing may be left for a style to decide.
 */
function runPropsXml(run: Run): string {
  const props: string[] = [];
  if (run.font) {
    const font = escapeXml(run.font);
    props.push(`<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>`);
  }
  props.push(run.bold ? "<w:b/><w:bCs/>" : '<w:b w:val="0"/><w:bCs w:val="0"/>');
  props.push(run.italic ? "<w:i/><w:iCs/>" : '<w:i w:val="0"/><w:iCs w:val="0"/>');
  props.push('<w:caps w:val="0"/>');
  if (run.color) props.push(`<w:color w:val="${escapeXml(run.color)}"/>`);
  if (run.size) props.push(`<w:sz w:val="${Math.round(run.size * 2)}"/><w:szCs w:val="${Math.round(run.size * 2)}"/>`);
  props.push(run.underline ? '<w:u w:val="single"/>' : '<w:u w:val="none"/>');
  props.push(LANG);
  return `<w:rPr>${props.join("")}</w:rPr>`;
}

function runXml(run: Run): string {
  return `<w:r>${runPropsXml(run)}${textXml(run.text)}</w:r>`;
}

/** Line feeds become line breaks and tabs tab characters, so what the user typed is what Word shows. */
function textXml(text: string): string {
  const parts: string[] = [];
  let current = "";
  const flush = (): void => {
    if (current !== "") parts.push(`<w:t xml:space="preserve">${escapeXml(current)}</w:t>`);
    current = "";
  };
  for (const char of text.replace(/\r\n?/g, "\n")) {
    if (char === "\n") {
      flush();
      parts.push("<w:br/>");
    } else if (char === "\t") {
      flush();
      parts.push("<w:tab/>");
    } else {
      current += char;
    }
  }
  flush();
  return parts.join("");
}

/** Spacing written in full (0 before and after, single line where the block says nothing). */
function spacingXml(spacing: ParagraphBlock["spacing"]): string {
  const before = Math.round((spacing?.beforePt ?? 0) * 20);
  const after = Math.round((spacing?.afterPt ?? 0) * 20);
  const line = Math.round((spacing?.lineMultiple ?? 1) * 240);
  return `<w:spacing w:before="${before}" w:after="${after}" w:line="${line}" w:lineRule="auto"/>`;
}

/**
 * No list numbering, whatever a resident style links to: numId 0 switches numbering off
 * (ECMA-376 Part 1, 17.9.18 numId). The outline writes its own numbers as text.
 */
const NO_NUMBERING = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';

/**
 * A paragraph with its look written out in full: a destination keeps its own definition of
 * Normal and the headings (indent, spacing, numbering, fonts) and ignores the package's
 * `w:docDefaults`, so indent, spacing, alignment and numbering are always explicit
 * (https://learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml).
 */
function paragraphXml(paragraph: ParagraphBlock, containerMm: number): string {
  const props: string[] = [];
  if (paragraph.style) props.push(`<w:pStyle w:val="${STYLE_IDS[paragraph.style]}"/>`);
  if (paragraph.keepWithNext) props.push("<w:keepNext/>");
  props.push('<w:pageBreakBefore w:val="0"/>', NO_NUMBERING);
  let indent = paragraph.indent;
  if (paragraph.frame) {
    const side = `w:val="single" w:sz="8" w:space="1" w:color="000000"`;
    props.push(`<w:pBdr><w:top ${side}/><w:left ${side}/><w:bottom ${side}/><w:right ${side}/></w:pBdr>`);
    const margin = Math.max(0, (containerMm - paragraph.frame.widthMm) / 2);
    indent = { leftMm: margin, rightMm: margin };
  }
  props.push(spacingXml(paragraph.spacing));
  props.push(
    `<w:ind w:left="${twips(indent?.leftMm ?? 0)}" w:right="${twips(indent?.rightMm ?? 0)}" w:firstLine="${twips(indent?.firstLineMm ?? 0)}"/>`,
  );
  props.push(`<w:jc w:val="${jc(paragraph.align ?? "left")}"/>`);
  const markRun = paragraph.runs.find((run) => run.size !== undefined || run.font !== undefined);
  // Empty paragraphs take their height from the paragraph mark: give it the runs' size.
  props.push(markPropsXml(markRun));
  return `<w:p><w:pPr>${props.join("")}</w:pPr>${paragraph.runs.filter((run) => run.text !== "").map(runXml).join("")}</w:p>`;
}

function markPropsXml(run: Run | undefined): string {
  const props: string[] = [];
  if (run?.font) {
    const font = escapeXml(run.font);
    props.push(`<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>`);
  }
  if (run?.size) props.push(`<w:sz w:val="${Math.round(run.size * 2)}"/><w:szCs w:val="${Math.round(run.size * 2)}"/>`);
  props.push(LANG);
  return `<w:rPr>${props.join("")}</w:rPr>`;
}

/** A bottom-bordered, nearly zero-height paragraph indented so the border has the rule's length. */
function ruleXml(rule: RuleBlock, containerMm: number): string {
  const length = Math.min(rule.lengthMm, containerMm);
  const side = twips((containerMm - length) / 2);
  return (
    "<w:p><w:pPr>" +
    NO_NUMBERING +
    `<w:pBdr><w:bottom w:val="single" w:sz="${rule.weight}" w:space="1" w:color="000000"/></w:pBdr>` +
    '<w:spacing w:before="60" w:after="120" w:line="40" w:lineRule="exact"/>' +
    `<w:ind w:left="${side}" w:right="${side}" w:firstLine="0"/>` +
    '<w:jc w:val="center"/>' +
    `<w:rPr><w:sz w:val="4"/><w:szCs w:val="4"/>${LANG}</w:rPr>` +
    "</w:pPr></w:p>"
  );
}

function tableXml(table: TableBlock): string {
  const total = table.columnsMm.reduce((sum, width) => sum + width, 0);
  const none = 'w:val="nil"';
  const margin = twips(CELL_MARGIN_MM);
  const tblPr =
    "<w:tblPr>" +
    `<w:tblW w:w="${twips(total)}" w:type="dxa"/>` +
    '<w:jc w:val="center"/>' +
    `<w:tblBorders><w:top ${none}/><w:left ${none}/><w:bottom ${none}/><w:right ${none}/><w:insideH ${none}/><w:insideV ${none}/></w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="${margin}" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="${margin}" w:type="dxa"/></w:tblCellMar>` +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
    "</w:tblPr>";
  const grid = `<w:tblGrid>${table.columnsMm.map((width) => `<w:gridCol w:w="${twips(width)}"/>`).join("")}</w:tblGrid>`;
  const rows = table.rows
    .map((cells) => {
      const cellsXml = table.columnsMm
        .map((width, index) => {
          const content = cells[index] ?? [];
          const inner = blocksXml(content, width - 2 * CELL_MARGIN_MM);
          // A cell must end with a paragraph.
          const last = content[content.length - 1];
          const closing = last === undefined || last.kind === "table" ? "<w:p/>" : "";
          return `<w:tc><w:tcPr><w:tcW w:w="${twips(width)}" w:type="dxa"/></w:tcPr>${inner}${closing}</w:tc>`;
        })
        .join("");
      return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cellsXml}</w:tr>`;
    })
    .join("");
  return `<w:tbl>${tblPr}${grid}${rows}</w:tbl>`;
}

/** Body markup (`w:p`, `w:tbl`) for blocks laid out in a container `widthMm` wide. */
export function blocksXml(blocks: readonly Block[], widthMm: number): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case "paragraph":
          return paragraphXml(block, widthMm);
        case "rule":
          return ruleXml(block, widthMm);
        case "table":
          return tableXml(block);
      }
    })
    .join("");
}

export interface StyleOptions {
  font: string;
  /** Body size, points. */
  bodySize: number;
  bodyFirstLineMm: number;
  bodyAfterPt: number;
  bodyLineMultiple: number;
  headingSizes: number[];
}

export function styleOptionsFor(layout: LayoutPack): StyleOptions {
  return {
    font: layout.font,
    bodySize: layout.body.size,
    bodyFirstLineMm: layout.body.firstLineMm,
    bodyAfterPt: layout.body.afterPt,
    bodyLineMultiple: layout.body.lineMultiple,
    headingSizes: layout.headings.map((heading) => heading.size),
  };
}

/** The styles part: Times New Roman defaults, Normal, Heading 1–3 (black, bold) and Body Text. */
export function stylesXml(options: StyleOptions = styleOptionsFor(STATE_LAYOUT)): string {
  const font = escapeXml(options.font);
  const fonts = `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>`;
  const half = (points: number): string => `<w:sz w:val="${points * 2}"/><w:szCs w:val="${points * 2}"/>`;
  const firstLine = twips(options.bodyFirstLineMm);
  const line = Math.round(options.bodyLineMultiple * 240);
  const heading = (level: number): string => {
    const size = options.headingSizes[level - 1] ?? options.bodySize;
    const italic = level === 3 ? "<w:i/><w:iCs/>" : "";
    return (
      `<w:style w:type="paragraph" w:styleId="Heading${level}">` +
      `<w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/>` +
      `<w:uiPriority w:val="9"/><w:qFormat/>` +
      `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="120" w:line="${line}" w:lineRule="auto"/>` +
      `<w:ind w:firstLine="${firstLine}"/><w:jc w:val="both"/><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
      `<w:rPr>${fonts}<w:b/><w:bCs/>${italic}<w:color w:val="000000"/>${half(size)}</w:rPr>` +
      "</w:style>"
    );
  };
  return (
    `<w:styles xmlns:w="${W_NS}">` +
    "<w:docDefaults>" +
    `<w:rPrDefault><w:rPr>${fonts}${half(options.bodySize)}<w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
    "</w:docDefaults>" +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    heading(1) +
    heading(2) +
    heading(3) +
    '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:qFormat/>' +
    `<w:pPr><w:spacing w:before="0" w:after="${Math.round(options.bodyAfterPt * 20)}" w:line="${line}" w:lineRule="auto"/>` +
    `<w:ind w:firstLine="${firstLine}"/><w:jc w:val="both"/></w:pPr>` +
    `<w:rPr>${half(options.bodySize)}</w:rPr></w:style>` +
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>' +
    '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    "</w:styles>"
  );
}

/** Text width of an A4 page with NĐ 30 margins, for parts inserted into the body. */
export function textWidthMm(layout: LayoutPack = STATE_LAYOUT): number {
  return layout.page.widthMm - layout.page.marginLeftMm - layout.page.marginRightMm;
}

export interface FlatOpcOptions {
  /** Which rule pack's styles travel with the parts; defaults to NĐ 30. */
  layout?: LayoutPack;
  /** Width the parts are laid out in, millimetres; defaults to the A4 text width. */
  widthMm?: number;
}

/**
 * A flat OPC package (`pkg:package`) holding the main document part and a styles part,
 * the shape Word's `Range.insertOoxml` accepts.
 */
export function toFlatOpc(blocks: readonly Block[], options: FlatOpcOptions = {}): string {
  const layout = options.layout ?? STATE_LAYOUT;
  const width = options.widthMm ?? textWidthMm(layout);
  const part = (name: string, contentType: string, xml: string, padding?: number): string =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"${padding ? ` pkg:padding="${padding}"` : ""}><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<?mso-application progid="Word.Document"?>' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    part(
      "/_rels/.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>`,
      512,
    ) +
    part(
      "/word/_rels/document.xml.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_STYLES}" Target="styles.xml"/></Relationships>`,
      256,
    ) +
    part(
      "/word/document.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${blocksXml(blocks, width)}</w:body></w:document>`,
    ) +
    part(
      "/word/styles.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
      stylesXml(styleOptionsFor(layout)),
    ) +
    "</pkg:package>"
  );
}

export { REL_NS, REL_OFFICE_DOCUMENT };
