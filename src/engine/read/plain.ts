/**
 * Reading a file that is not a Word package: plain text in UTF-8 or UTF-16, with clear
 * refusals for empty, binary, PDF, legacy-encoded or Word-named files that are not .docx.
 * Kept apart from the .docx reader so text can be read without loading the unzipper and
 * the XML parser (the task pane loads those only for a .docx).
 */
import type { DocumentModel } from "../model";
import { InputError } from "../errors";
import { hasOleSignature, hasZipSignature } from "./sniff";
import { readText } from "./text";
import { detectLegacyEncoding } from "./legacy";

const DOCX_LIKE = /\.(docx|docm|dotx|dotm)$/i;
const OLD_WORD = /\.(doc|dot)$/i;
const TEXT_LIKE = /\.(txt|text|md|markdown)$/i;

function emptyError(): InputError {
  return new InputError(
    "empty",
    "Tệp trống: không có chữ nào để đọc. Hãy chọn tệp văn bản có nội dung.",
    "The file is empty: there is no text to read. Choose a document with content.",
  );
}

function binaryError(name: string): InputError {
  const isWordName = DOCX_LIKE.test(name) || OLD_WORD.test(name);
  return new InputError(
    isWordName ? "not-docx" : "binary",
    isWordName
      ? "Tệp có đuôi của Word nhưng nội dung không phải tệp .docx. Hãy mở tệp trong Word và lưu lại dưới dạng .docx (Word Document)."
      : "Tệp không phải văn bản đọc được (có thể là tệp nhị phân như ảnh, PDF). " +
          "Hãy lưu văn bản dưới dạng .docx hoặc văn bản thuần UTF-8 (.txt) rồi thử lại.",
    isWordName
      ? "The file has a Word extension but is not a .docx file. Open it in Word and save it as .docx (Word Document)."
      : "The file is not readable text (it may be binary, such as an image or a PDF). " +
          "Save the document as .docx or as UTF-8 plain text (.txt) and try again.",
  );
}

function encodingError(): InputError {
  return new InputError(
    "unsupported-type",
    "Tệp văn bản không ở bảng mã UTF-8 nên không đọc đúng được tiếng Việt. " +
      "Hãy lưu lại tệp dưới dạng văn bản UTF-8 (trong Notepad: Lưu thành… > Mã hóa: UTF-8) hoặc dưới dạng .docx rồi thử lại.",
    "The text file is not UTF-8, so Vietnamese cannot be read correctly. " +
      "Save it as UTF-8 text (in Notepad: Save As… > Encoding: UTF-8) or as .docx and try again.",
  );
}

const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46]; // %PDF

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((byte, i) => bytes[i] === byte);
}

/** Decodes text bytes, refusing anything that is not clean UTF-8 or BOM-marked UTF-16. */
function decodeText(bytes: Uint8Array, name: string): string {
  let encoding = "utf-8";
  let body = bytes;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = "utf-16le";
    body = bytes.subarray(2);
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = "utf-16be";
    body = bytes.subarray(2);
  } else {
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
    if (body.includes(0)) throw binaryError(name);
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw legacyTextError(body) ?? encodingError();
  }
  if (text.includes("\u0000") || hasControlNoise(text)) throw binaryError(name);
  return text;
}

/** A text file saved in TCVN3 or VNI bytes is not UTF-8: say which encoding it is. */
function legacyTextError(bytes: Uint8Array): InputError | undefined {
  let latin: string;
  try {
    latin = new TextDecoder("windows-1252").decode(bytes);
  } catch {
    return undefined;
  }
  const legacy = detectLegacyEncoding(latin);
  if (!legacy) return undefined;
  const label = legacy === "tcvn3" ? "TCVN3 (ABC)" : "VNI";
  return new InputError(
    "unsupported-type",
    `Tệp văn bản dùng bảng mã cũ ${label}, không phải Unicode. ` +
      "Hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) và lưu dưới dạng UTF-8 hoặc .docx rồi thử lại.",
    `The text file uses the old ${label} encoding, not Unicode. ` +
      "Convert it to Unicode (for example with Unikey's converter) and save it as UTF-8 or .docx, then try again.",
  );
}

/** Many C0 control characters (other than tab, line breaks, form feed) mean binary data. */
function hasControlNoise(text: string): boolean {
  let controls = 0;
  const limit = Math.min(text.length, 65536);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) controls++;
  }
  return controls > 8 && controls > limit / 100;
}

/**
 * The document a text file holds; null when the bytes are a Word package (zip or OLE), for
 * the .docx reader. Throws the same refusals `readDocument` gives.
 */
export function readPlainDocument(bytes: Uint8Array, name: string): DocumentModel | null {
  if (bytes.length === 0) throw emptyError();
  if (hasZipSignature(bytes) || hasOleSignature(bytes)) return null;
  if (DOCX_LIKE.test(name) || (OLD_WORD.test(name) && !TEXT_LIKE.test(name))) {
    // Named like Word but neither zip nor OLE: say so rather than reading noise as text.
    throw binaryError(name);
  }
  if (startsWith(bytes, PDF_SIGNATURE)) throw binaryError(name);
  const text = decodeText(bytes, name);
  if (text.trim() === "") throw emptyError();
  return readText(text, name);
}
