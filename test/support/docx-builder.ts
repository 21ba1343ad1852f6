/**
 * Builds small, valid .docx files for tests.
 *
 *   buildDocx({ paragraphs: ["Kính gửi: Bộ Nội vụ", { text: "I. Tình hình", style: "Heading1", bold: true }] })
 *
 * - A paragraph is a string or `{ text, style?, bold?, italic?, size?, font?, align? }`;
 *   `runs` gives several differently formatted runs instead of `text`; `xml` inserts raw
 *   `<w:p>` content (runs, fields, `w:del`…) for cases the options do not cover.
 *   In `text`, "\t" becomes `<w:tab/>` and "\n" `<w:br/>`.
 * - `{ table: [[cell, cell], [cell, cell]] }` among the paragraphs inserts a table at that
 *   place; a cell is a paragraph (string or object) or an array of paragraphs and tables
 *   (nested tables). `tables` are appended after `paragraphs`.
 * - `styles.xml` holds Normal (Times New Roman 14 pt), Heading 1–3 (built-in names, bold,
 *   `w:outlineLvl`) and a character style "Strong"; `styles` adds raw `<w:style>` elements;
 *   `stylesXml` replaces the whole part; `omitStyles` leaves it out.
 * - `sectPr` replaces the default section (A4, margins 20/20/30/15 mm) with raw XML; pass
 *   "" for none.
 * - `numbering` is the raw content of `<w:numbering>` (abstract lists and `w:num`s); a
 *   paragraph's `list: { numId, level }` numbers it.
 * - `footnotes` writes `word/footnotes.xml` with Word's two separator notes and one note per
 *   text (ids 1, 2, …); `footnoteRef(id)` gives the run that cites note `id` in the body.
 * - `files` adds or replaces package parts; `omit` removes parts (e.g. "word/document.xml").
 */
import { strToU8, zipSync } from "fflate";

export type DocxAlign = "left" | "center" | "right" | "justify";

export interface DocxRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  font?: string;
  superscript?: boolean;
  /** Character style id, e.g. "Strong". */
  style?: string;
}

export interface DocxParagraph {
  text?: string;
  runs?: DocxRun[];
  /** Raw content of `<w:p>` after `<w:pPr>`. */
  xml?: string;
  /** Paragraph style id ("Heading1", "Normal", or one added through `styles`). */
  style?: string;
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
  font?: string;
  align?: DocxAlign;
  /** 0-based `w:outlineLvl` set directly on the paragraph. */
  outlineLevel?: number;
  /** `w:numPr`: list instance and 0-based level. */
  list?: { numId: number; level?: number };
}

export type DocxCell = string | DocxParagraph | DocxBlock[];
export interface DocxTable {
  table: DocxCell[][];
}
export type DocxBlock = string | DocxParagraph | DocxTable;

export interface DocxSpec {
  paragraphs: DocxBlock[];
  tables?: DocxTable[];
  styles?: string;
  stylesXml?: string;
  omitStyles?: boolean;
  sectPr?: string;
  numbering?: string;
  footnotes?: string[];
  files?: Record<string, string | Uint8Array>;
  omit?: string[];
}

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const JC: Record<DocxAlign, string> = { left: "left", center: "center", right: "right", justify: "both" };

function runProperties(run: Omit<DocxRun, "text">): string {
  let xml = "";
  if (run.style) xml += `<w:rStyle w:val="${escapeXml(run.style)}"/>`;
  if (run.font) xml += `<w:rFonts w:ascii="${escapeXml(run.font)}" w:hAnsi="${escapeXml(run.font)}" w:cs="${escapeXml(run.font)}"/>`;
  if (run.bold !== undefined) xml += run.bold ? "<w:b/>" : '<w:b w:val="0"/>';
  if (run.italic !== undefined) xml += run.italic ? "<w:i/>" : '<w:i w:val="0"/>';
  if (run.size !== undefined) xml += `<w:sz w:val="${Math.round(run.size * 2)}"/>`;
  if (run.superscript) xml += '<w:vertAlign w:val="superscript"/>';
  return xml === "" ? "" : `<w:rPr>${xml}</w:rPr>`;
}

/** One `<w:r>` for a text, with tabs and line breaks as Word writes them. */
export function runXml(run: DocxRun): string {
  const pieces = run.text.split(/(\t|\n)/);
  let content = "";
  for (const piece of pieces) {
    if (piece === "\t") content += "<w:tab/>";
    else if (piece === "\n") content += "<w:br/>";
    else if (piece !== "") content += `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`;
  }
  return `<w:r>${runProperties(run)}${content}</w:r>`;
}

function paragraphXml(block: string | DocxParagraph): string {
  const p: DocxParagraph = typeof block === "string" ? { text: block } : block;
  let props = "";
  if (p.style) props += `<w:pStyle w:val="${escapeXml(p.style)}"/>`;
  if (p.list) props += `<w:numPr><w:ilvl w:val="${p.list.level ?? 0}"/><w:numId w:val="${p.list.numId}"/></w:numPr>`;
  if (p.outlineLevel !== undefined) props += `<w:outlineLvl w:val="${p.outlineLevel}"/>`;
  if (p.align) props += `<w:jc w:val="${JC[p.align]}"/>`;
  const pPr = props === "" ? "" : `<w:pPr>${props}</w:pPr>`;
  const shared = { bold: p.bold, italic: p.italic, size: p.size, font: p.font };
  let content = "";
  if (p.runs) content = p.runs.map((run) => runXml({ ...shared, ...run })).join("");
  else if (p.text !== undefined && p.text !== "") content = runXml({ ...shared, text: p.text });
  if (p.xml) content += p.xml;
  return `<w:p>${pPr}${content}</w:p>`;
}

function isTable(block: DocxBlock): block is DocxTable {
  return typeof block === "object" && "table" in block;
}

function tableXml(table: DocxTable): string {
  const columns = Math.max(1, ...table.table.map((row) => row.length));
  const grid = `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(columns)}</w:tblGrid>`;
  const rows = table.table
    .map((row) => {
      const cells = row
        .map((cell) => {
          const blocks = Array.isArray(cell) ? cell : [cell];
          let inner = blocks.map(blockXml).join("");
          // A cell must end with a paragraph.
          if (blocks.length === 0 || isTable(blocks[blocks.length - 1])) inner += "<w:p/>";
          return `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
        })
        .join("");
      return `<w:tr>${cells}</w:tr>`;
    })
    .join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${rows}</w:tbl>`;
}

function blockXml(block: DocxBlock): string {
  return isTable(block) ? tableXml(block) : paragraphXml(block);
}

export const DEFAULT_SECT_PR =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
  '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';

function headingStyle(level: number): string {
  return (
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>` +
    `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>`
  );
}

export function stylesXml(extra = ""): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>` +
    `<w:sz w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>` +
    headingStyle(1) +
    headingStyle(2) +
    headingStyle(3) +
    `<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>` +
    extra +
    `</w:styles>`
  );
}

export function documentXml(body: string, sectPr: string = DEFAULT_SECT_PR): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:document xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<w:body>${body}${sectPr}</w:body></w:document>`
  );
}

/** The run that cites footnote `id` in the body. */
export function footnoteRef(id: number): string {
  return `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
}

const CONTENT_TYPES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
  `</Types>`;

const PACKAGE_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
  `</Relationships>`;

const DOCUMENT_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
  `</Relationships>`;

export function buildDocx(spec: DocxSpec): Uint8Array {
  const blocks = [...spec.paragraphs, ...(spec.tables ?? [])];
  const body = blocks.map(blockXml).join("");
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "_rels/.rels": strToU8(PACKAGE_RELS),
    "word/document.xml": strToU8(documentXml(body, spec.sectPr ?? DEFAULT_SECT_PR)),
  };
  if (!spec.omitStyles) files["word/styles.xml"] = strToU8(spec.stylesXml ?? stylesXml(spec.styles));
  let rels = DOCUMENT_RELS;
  const relate = (id: string, type: string, target: string): void => {
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`,
    );
  };
  if (spec.numbering !== undefined) {
    files["word/numbering.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W_NS}">${spec.numbering}</w:numbering>`,
    );
    relate("rId2", "numbering", "numbering.xml");
  }
  if (spec.footnotes !== undefined) {
    const notes = spec.footnotes
      .map(
        (text, i) =>
          `<w:footnote w:id="${i + 1}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>` +
          `${runXml({ text: " " + text })}</w:p></w:footnote>`,
      )
      .join("");
    files["word/footnotes.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="${W_NS}">` +
        `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
        `<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` +
        `${notes}</w:footnotes>`,
    );
    relate("rId3", "footnotes", "footnotes.xml");
  }
  files["word/_rels/document.xml.rels"] = strToU8(rels);
  for (const [path, content] of Object.entries(spec.files ?? {})) {
    files[path] = typeof content === "string" ? strToU8(content) : content;
  }
  for (const path of spec.omit ?? []) delete files[path];
  return zipSync(files);
}

/**
 * Word's automatic outline numbering as clerks set it up: `numId` 1 numbers level 0 as
 * I., II. and level 1 as 1., 2. (the numbers stay out of the paragraph text, as in Word).
 */
export const OUTLINE_NUMBERING =
  '<w:abstractNum w:abstractNumId="0">' +
  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>' +
  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>' +
  "</w:abstractNum>" +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';

/**
 * A reply whose headings are numbered only by Word's lists (`OUTLINE_NUMBERING`): I, II with
 * II.1 and II.2, then IV's title as the third top-level item, without III; each heading has a body.
 */
export function listNumberedReply(body = "Nội dung báo cáo của đơn vị, có số liệu và ví dụ cụ thể cho từng nội dung."): DocxBlock[] {
  return [
    { text: "Tình hình", list: { numId: 1 } },
    body,
    { text: "Nguyên nhân", list: { numId: 1 } },
    { text: "Nguyên nhân khách quan", list: { numId: 1, level: 1 } },
    body,
    { text: "Nguyên nhân chủ quan", list: { numId: 1, level: 1 } },
    body,
    { text: "Đề xuất, kiến nghị", list: { numId: 1 } },
    body,
  ];
}
