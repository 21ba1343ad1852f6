/**
 * A .docx file as the flat OPC package Word's `getOoxml()` and `insertOoxml` speak: the main
 * document with the styles, numbering and theme it uses. For opening a real file in the
 * simulator; browser-safe (the engine's zip reader, no Node API).
 */
import { openZip, readPart } from "../../engine/read/zip";

const PARTS: readonly [string, string][] = [
  ["word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"],
  ["word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"],
  ["word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"],
  ["word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"],
];

function withoutDeclaration(xml: string): string {
  return xml.replace(/^\uFEFF?\s*<\?xml[^>]*\?>\s*/, "");
}

export function ooxmlPackageOfDocx(bytes: Uint8Array): string {
  const zip = openZip(bytes);
  const decoder = new TextDecoder("utf-8");
  const parts: string[] = [];
  for (const [name, contentType] of PARTS) {
    const data = readPart(zip, name);
    if (!data) continue;
    parts.push(
      `<pkg:part pkg:name="/${name}" pkg:contentType="${contentType}"><pkg:xmlData>${withoutDeclaration(decoder.decode(data))}</pkg:xmlData></pkg:part>`,
    );
  }
  return (
    '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>' +
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${parts.join("")}</pkg:package>`
  );
}
