/**
 * A complete .docx from blocks: A4 with NĐ 30 margins, Times New Roman body, the styles
 * part, and optionally page numbers centred in the top margin from page 2 on.
 */
import { strToU8, zipSync } from "fflate";
import type { Block } from "./blocks";
import { STATE_LAYOUT, type LayoutPack } from "./layout";
import { blocksXml, R_NS, REL_NS, REL_OFFICE_DOCUMENT, REL_STYLES, stylesXml, styleOptionsFor, twips, W_NS } from "./ooxml";
import { escapeXml } from "./xml";

export interface PageOptions {
  /** Page numbers centred in the header, none on page 1 (NĐ 30). */
  pageNumbers?: boolean;
}

export interface DocxOptions {
  page?: PageOptions;
  /** Rule pack for page size, margins and styles; NĐ 30 when absent. */
  layout?: LayoutPack;
  /** Document title in the file properties. */
  title?: string;
  /**
   * Custom XML parts to keep in the package (`customXml/itemN.xml`, as Word stores the parts
   * an add-in adds with `customXmlParts`), e.g. the waivers of a checked document.
   */
  customXml?: readonly string[];
}

const REL_SETTINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
const REL_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
const REL_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
const CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
const CT_SETTINGS = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
const CT_HEADER = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
const CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml";
const CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_CUSTOM_XML_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";

/** The parts Word writes for one custom XML part: the data, its properties (an item id) and their link. */
function customXmlFiles(xml: string, number: number): Record<string, Uint8Array> {
  const id = `{6A7E0000-0000-4000-8000-${number.toString(16).toUpperCase().padStart(12, "0")}}`;
  return {
    [`customXml/item${number}.xml`]: strToU8(xml.startsWith("<?xml") ? xml : XML_DECLARATION + xml),
    [`customXml/itemProps${number}.xml`]: strToU8(
      XML_DECLARATION +
        `<ds:datastoreItem ds:itemID="${id}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    ),
    [`customXml/_rels/item${number}.xml.rels`]: strToU8(
      XML_DECLARATION +
        `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${number}.xml"/></Relationships>`,
    ),
  };
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function pageNumberHeaderXml(layout: LayoutPack): string {
  const size = layout.page.pageNumber.size * 2;
  const font = escapeXml(layout.font);
  const rPr = `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  return (
    `<w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/>${rPr}</w:pPr>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r>${rPr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>` +
    `<w:r>${rPr}<w:t>2</w:t></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>` +
    "</w:p></w:hdr>"
  );
}

function emptyHeaderXml(): string {
  return `<w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>`;
}

function sectionXml(layout: LayoutPack, pageNumbers: boolean): string {
  const page = layout.page;
  const headers = pageNumbers
    ? '<w:headerReference w:type="default" r:id="rIdHeaderDefault"/><w:headerReference w:type="first" r:id="rIdHeaderFirst"/>'
    : "";
  return (
    `<w:sectPr>${headers}` +
    `<w:pgSz w:w="${twips(page.widthMm)}" w:h="${twips(page.heightMm)}"/>` +
    `<w:pgMar w:top="${twips(page.marginTopMm)}" w:right="${twips(page.marginRightMm)}" w:bottom="${twips(page.marginBottomMm)}" ` +
    `w:left="${twips(page.marginLeftMm)}" w:header="${twips(10)}" w:footer="${twips(10)}" w:gutter="0"/>` +
    '<w:cols w:space="720"/>' +
    (pageNumbers ? "<w:titlePg/>" : "") +
    "</w:sectPr>"
  );
}

export function documentXml(blocks: readonly Block[], layout: LayoutPack, pageNumbers: boolean): string {
  const width = layout.page.widthMm - layout.page.marginLeftMm - layout.page.marginRightMm;
  // Word wants a paragraph after a table that ends the body.
  const last = blocks[blocks.length - 1];
  const tail = last === undefined || last.kind === "table" ? "<w:p/>" : "";
  return (
    XML_DECLARATION +
    `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>` +
    blocksXml(blocks, width) +
    tail +
    sectionXml(layout, pageNumbers) +
    "</w:body></w:document>"
  );
}

export function toDocx(blocks: readonly Block[], options: DocxOptions = {}): Uint8Array {
  const layout = options.layout ?? STATE_LAYOUT;
  const pageNumbers = options.page?.pageNumbers === true;
  const customXml = options.customXml ?? [];

  const overrides = [
    ["/word/document.xml", CT_MAIN],
    ["/word/styles.xml", CT_STYLES],
    ["/word/settings.xml", CT_SETTINGS],
    ["/docProps/core.xml", CT_CORE],
    ...(pageNumbers
      ? [
          ["/word/header1.xml", CT_HEADER],
          ["/word/header2.xml", CT_HEADER],
        ]
      : []),
    ...customXml.map((_, index) => [`/customXml/itemProps${index + 1}.xml`, CT_CUSTOM_XML_PROPS]),
  ];
  const contentTypes =
    XML_DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`).join("") +
    "</Types>";

  const packageRels =
    XML_DECLARATION +
    `<Relationships xmlns="${REL_NS}">` +
    `<Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="word/document.xml"/>` +
    `<Relationship Id="rId2" Type="${REL_CORE}" Target="docProps/core.xml"/>` +
    "</Relationships>";

  const documentRels =
    XML_DECLARATION +
    `<Relationships xmlns="${REL_NS}">` +
    `<Relationship Id="rIdStyles" Type="${REL_STYLES}" Target="styles.xml"/>` +
    `<Relationship Id="rIdSettings" Type="${REL_SETTINGS}" Target="settings.xml"/>` +
    (pageNumbers
      ? `<Relationship Id="rIdHeaderDefault" Type="${REL_HEADER}" Target="header1.xml"/>` +
        `<Relationship Id="rIdHeaderFirst" Type="${REL_HEADER}" Target="header2.xml"/>`
      : "") +
    customXml
      .map((_, index) => `<Relationship Id="rIdCustomXml${index + 1}" Type="${REL_CUSTOM_XML}" Target="../customXml/item${index + 1}.xml"/>`)
      .join("") +
    "</Relationships>";

  const settings =
    XML_DECLARATION +
    `<w:settings xmlns:w="${W_NS}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    "</w:settings>";

  const core =
    XML_DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:title>${escapeXml(options.title ?? "")}</dc:title><dc:language>vi-VN</dc:language>` +
    "</cp:coreProperties>";

  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(contentTypes),
    "_rels/.rels": strToU8(packageRels),
    "word/document.xml": strToU8(documentXml(blocks, layout, pageNumbers)),
    "word/_rels/document.xml.rels": strToU8(documentRels),
    "word/styles.xml": strToU8(XML_DECLARATION + stylesXml(styleOptionsFor(layout))),
    "word/settings.xml": strToU8(settings),
    "docProps/core.xml": strToU8(core),
  };
  if (pageNumbers) {
    files["word/header1.xml"] = strToU8(XML_DECLARATION + pageNumberHeaderXml(layout));
    files["word/header2.xml"] = strToU8(XML_DECLARATION + emptyHeaderXml());
  }
  customXml.forEach((xml, index) => Object.assign(files, customXmlFiles(xml, index + 1)));
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2020, 0, 1)) });
}
