/** Documents for the Word tests: seed texts as models, and flat OPC packages to insert. */
import { readFileSync } from "fs";
import { join } from "path";
import type { DocumentModel, Paragraph } from "../../src/engine/model";

const SEEDS = join(__dirname, "..", "fixtures", "seeds");

export function seedText(prefix: string): string {
  const file = ["000_b28154c4db1fc991", "001_e57b1d95f5c3502e", "002_2b77b3d6864b3803", "003_c3947ef37a3436a7", "004_bddaad2f89ffc7c1"].find(
    (name) => name.startsWith(prefix),
  );
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEEDS, `${file}.txt`), "utf8");
}

/**
 * A seed's Markdown-ish text as a model: one paragraph per block, "#" marks a heading,
 * a block wholly in ** is bold. The first `tableBlocks` blocks sit in a table (a header).
 */
export function seedModel(prefix: string, tableBlocks = 0): DocumentModel {
  const blocks = seedText(prefix)
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "" && !/^-{3,}$/.test(block));
  const paragraphs: Paragraph[] = blocks.map((block, index) => {
    const heading = /^(#{1,6})\s+/.exec(block);
    let text = heading ? block.slice(heading[0].length) : block;
    const bold = /^\*\*[^*]+\*\*$/.test(text);
    text = text.replace(/\*\*/g, "").replace(/\s*\n\s*/g, " ");
    const paragraph: Paragraph = { index, text, format: {} };
    if (heading) paragraph.format.headingLevel = heading[1].length;
    if (bold) paragraph.format.bold = true;
    if (index < tableBlocks) {
      paragraph.cell = { table: 0, row: 0, cell: index % 2, depth: 1 };
      paragraph.format.alignment = "center";
    }
    return paragraph;
  });
  return { source: "text", paragraphs, notices: [] };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export interface ParagraphSpec {
  style?: string;
  align?: "left" | "center" | "right" | "both";
  bold?: boolean;
  italic?: boolean;
}

/** A w:p with one run, or several runs given as [text, props] pairs. */
export function wp(content: string | [string, ParagraphSpec][], spec: ParagraphSpec = {}): string {
  const props: string[] = [];
  if (spec.style) props.push(`<w:pStyle w:val="${spec.style}"/>`);
  if (spec.align) props.push(`<w:jc w:val="${spec.align}"/>`);
  const runs = typeof content === "string" ? [[content, spec] as [string, ParagraphSpec]] : content;
  const runXml = runs
    .map(([text, runSpec]) => {
      const runProps = `${runSpec.bold ? "<w:b/>" : ""}${runSpec.italic ? "<w:i/>" : ""}`;
      return `<w:r>${runProps ? `<w:rPr>${runProps}</w:rPr>` : ""}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
    })
    .join("");
  return `<w:p>${props.length ? `<w:pPr>${props.join("")}</w:pPr>` : ""}${runXml}</w:p>`;
}

export function wtable(rows: string[][]): string {
  const rowXml = rows.map((cells) => `<w:tr>${cells.map((cell) => `<w:tc>${cell}</w:tc>`).join("")}</w:tr>`).join("");
  return `<w:tbl><w:tblPr/>${rowXml}</w:tbl>`;
}

/** A flat OPC package as Word's insertOoxml takes it. */
export function flatOpc(bodyXml: string, stylesXml = ""): string {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const styles = stylesXml
    ? `<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"><pkg:xmlData><w:styles xmlns:w="${W}">${stylesXml}</w:styles></pkg:xmlData></pkg:part>`
    : "";
  return (
    `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>` +
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships></pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document xmlns:w="${W}"><w:body>${bodyXml}</w:body></w:document></pkg:xmlData></pkg:part>` +
    styles +
    `</pkg:package>`
  );
}

/** A State-side header (NĐ 30): issuer and national motto side by side, as a two-column table. */
export function headerOoxml(): string {
  return flatOpc(
    wtable([
      [
        wp("ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG", { align: "center", bold: true }),
        wp("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { align: "center", bold: true }) +
          wp("Độc lập - Tự do - Hạnh phúc", { align: "center", bold: true }),
      ],
      [wp("Số: 919/UBND-NC", { align: "center" }), wp("Kiên Giang, ngày 16 tháng 5 năm 2023", { align: "center", italic: true })],
    ]) + wp(""),
  );
}
