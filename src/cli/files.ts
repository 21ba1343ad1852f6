/** Reading the user's files for the command line. Inputs are only ever read, never written. */
import { existsSync, readFileSync, realpathSync, statSync } from "fs";
import { basename, extname, resolve } from "path";
import { inflateRawSync } from "zlib";
import { InputError } from "../engine/errors";
import { readDocument, requireUnicode, type Inflater } from "../engine/read";
import type { DocumentModel } from "../engine/model";
import { MAX_INPUT_BYTES, tooLargeReason } from "../report/outcome";
import { CliError } from "./errors";

export { MAX_INPUT_BYTES };

export function readInputBytes(path: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      throw new CliError(`${path}: là một thư mục, không phải tệp. Hãy chỉ ra một tệp .docx hoặc .txt.`);
    }
    // A device or a pipe has no end to read to (/dev/zero) or waits for a writer forever.
    if (!stat.isFile()) {
      throw new CliError(`${path}: không phải tệp thông thường (thiết bị hoặc ống dẫn). Hãy chỉ ra một tệp .docx hoặc .txt.`);
    }
    size = stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`${path}: không tìm thấy tệp. Kiểm tra lại đường dẫn.`);
    if (code === "EACCES") throw new CliError(`${path}: không có quyền đọc tệp này.`);
    throw new CliError(`${path}: không đọc được tệp (${code ?? "lỗi không rõ"}).`);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new CliError(`${path}: ${tooLargeReason(size).vi}`);
  }
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new CliError(`${path}: không đọc được tệp (${(error as NodeJS.ErrnoException).code ?? "lỗi không rõ"}).`);
  }
}

/**
 * A JSON file the user wrote (request or organization profile). Only UTF-8 is read: a file
 * saved in a legacy encoding would otherwise reach the checks with "�" in place of its letters.
 */
export function readUtf8File(path: string): string {
  const bytes = readInputBytes(path);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(
      `${path}: tệp không ở bảng mã UTF-8 nên không đọc đúng được tiếng Việt. ` +
        "Hãy lưu lại tệp dưới dạng UTF-8 (trong Notepad: Lưu thành… > Mã hóa: UTF-8) rồi thử lại.",
    );
  }
}

/**
 * Node's zlib for the parts of a .docx: several times faster than the engine's own inflater.
 * `maxOutputLength` stops a part at the limit the engine sets (a RangeError past it); one output
 * buffer of that size means the part is not inflated into pieces and copied again.
 */
export const nodeInflate: Inflater = (data, limit) => inflateRawSync(data, { maxOutputLength: limit, chunkSize: Math.max(64, limit) });

/** Reads a .docx or text file into the engine's model; unreadable input becomes a CliError. */
export function loadDocument(path: string): DocumentModel {
  const bytes = readInputBytes(path);
  try {
    return requireUnicode(readDocument(bytes, basename(path), { inflate: nodeInflate }));
  } catch (error) {
    if (error instanceof InputError) throw new CliError(`${path}: ${error.message}`);
    throw new CliError(`${path}: không đọc được văn bản (${(error as Error).message}).`);
  }
}

export function isJsonPath(path: string): boolean {
  return extname(path).toLowerCase() === ".json";
}

/** The same file under two names (a link, "./a.docx" and "a.docx") is still the input. */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    return existsSync(b) && realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
