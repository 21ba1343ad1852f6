/**
 * What `getOoxml()` returns for the simulated body: a flat OPC package (the document part and
 * its styles) holding every paragraph with its style, alignment and runs (font, size, bold,
 * italic, highlight), and top-level tables rebuilt from the paragraphs' cells. Word returns
 * the same shape (https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-getooxml-member(1):
 * "Gets the OOXML (Office Open XML) representation of the body object"); list numbering and
 * nested tables are not written, as the simulator keeps them only as drawn labels and levels.
 */
import type { ParagraphState, SimFont, SimRun } from "./state";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const JC: Record<string, string> = { Left: "left", Centered: "center", Right: "right", Justified: "both" };

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function runProperties(font: SimFont): string {
  const name = escape(font.name);
  let props = `<w:rFonts w:ascii="${name}" w:hAnsi="${name}" w:cs="${name}"/>`;
  if (font.bold) props += "<w:b/>";
  if (font.italic) props += "<w:i/>";
  props += `<w:sz w:val="${Math.round(font.size * 2)}"/>`;
  if (font.highlightColor) props += `<w:highlight w:val="${font.highlightColor.charAt(0).toLowerCase()}${font.highlightColor.slice(1)}"/>`;
  return props;
}

/** Text as Word writes it: tabs and line breaks (\v) are elements of their own. */
function runXml(run: SimRun): string {
  const content = run.text
    .split(/([\t\v])/)
    .filter((piece) => piece !== "")
    .map((piece) => (piece === "\t" ? "<w:tab/>" : piece === "\v" ? "<w:br/>" : `<w:t xml:space="preserve">${escape(piece)}</w:t>`))
    .join("");
  return `<w:r><w:rPr>${runProperties(run.font)}</w:rPr>${content}</w:r>`;
}

function styleId(paragraph: ParagraphState, ids: Map<string, string>): string {
  if (paragraph.styleBuiltIn !== "Other") return paragraph.styleBuiltIn;
  let id = ids.get(paragraph.style);
  if (id === undefined) ids.set(paragraph.style, (id = `Style${ids.size + 1}`));
  return id;
}

function paragraphXml(paragraph: ParagraphState, ids: Map<string, string>): string {
  const style = styleId(paragraph, ids);
  const pPr = `<w:pPr>${style === "Normal" ? "" : `<w:pStyle w:val="${escape(style)}"/>`}<w:jc w:val="${JC[paragraph.alignment] ?? "left"}"/><w:rPr>${runProperties(paragraph.markFont)}</w:rPr></w:pPr>`;
  return `<w:p>${pPr}${paragraph.runs.map(runXml).join("")}</w:p>`;
}

function tableXml(paragraphs: readonly ParagraphState[], ids: Map<string, string>): string {
  const rows = new Map<number, Map<number, ParagraphState[]>>();
  let row = 0;
  let cell = 0;
  for (const paragraph of paragraphs) {
    // A nested table's paragraphs stay in the cell that holds them.
    if (paragraph.cell) ({ row, cell } = paragraph.cell);
    const cells = rows.get(row) ?? new Map<number, ParagraphState[]>();
    rows.set(row, cells);
    cells.set(cell, [...(cells.get(cell) ?? []), paragraph]);
  }
  const rowXml = [...rows.values()].map((cells) => `<w:tr>${[...cells.values()].map((items) => `<w:tc>${items.map((p) => paragraphXml(p, ids)).join("")}</w:tc>`).join("")}</w:tr>`);
  return `<w:tbl><w:tblPr/>${rowXml.join("")}</w:tbl>`;
}

function stylesXml(ids: Map<string, string>, builtIn: Set<string>): string {
  const named: string[] = [];
  for (const id of builtIn) {
    const heading = /^Heading([1-9])$/.exec(id);
    const name = heading ? `heading ${heading[1]}` : id === "Normal" ? "Normal" : id;
    named.push(`<w:style w:type="paragraph" w:styleId="${id}"${id === "Normal" ? ' w:default="1"' : ""}><w:name w:val="${name}"/></w:style>`);
  }
  for (const [name, id] of ids) named.push(`<w:style w:type="paragraph" w:styleId="${escape(id)}"><w:name w:val="${escape(name)}"/></w:style>`);
  return `<w:styles xmlns:w="${W}">${named.join("")}</w:styles>`;
}

export function bodyOoxml(paragraphs: readonly ParagraphState[]): string {
  const ids = new Map<string, string>();
  const builtIn = new Set<string>(["Normal"]);
  const blocks: string[] = [];
  for (let index = 0; index < paragraphs.length; ) {
    const paragraph = paragraphs[index];
    if (paragraph.styleBuiltIn !== "Other") builtIn.add(paragraph.styleBuiltIn);
    if (paragraph.tableNestingLevel > 0 && paragraph.cell) {
      const table = paragraph.cell.table;
      let end = index + 1;
      while (end < paragraphs.length && paragraphs[end].tableNestingLevel > 0 && (paragraphs[end].cell?.table ?? table) === table) end++;
      for (const item of paragraphs.slice(index, end)) if (item.styleBuiltIn !== "Other") builtIn.add(item.styleBuiltIn);
      blocks.push(tableXml(paragraphs.slice(index, end), ids));
      index = end;
    } else {
      blocks.push(paragraphXml(paragraph, ids));
      index++;
    }
  }
  const document = `<w:document xmlns:w="${W}"><w:body>${blocks.join("")}</w:body></w:document>`;
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' +
    "</pkg:xmlData></pkg:part>" +
    '<pkg:part pkg:name="/word/_rels/document.xml.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>' +
    "</pkg:xmlData></pkg:part>" +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>${document}</pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"><pkg:xmlData>${stylesXml(ids, builtIn)}</pkg:xmlData></pkg:part>` +
    "</pkg:package>"
  );
}
