/** Conversion of pre-Unicode Vietnamese (TCVN3, VNI) text and documents to Unicode. */
export { decodeLegacy, decodeTcvn3, decodeVni } from "./text";
export { looksUnicode } from "../read/legacy";
export { legacyFont, unicodeFontFor, type LegacyFont } from "./fonts";
export { convertPartXml, type FontContext, type PartResult } from "./part";
export { convertDocx, type ConvertResult } from "./docx";
export { convertRuns, type RunText } from "./runs";
export { convertFlatOpc, type FlatOpcResult } from "./flat-opc";
