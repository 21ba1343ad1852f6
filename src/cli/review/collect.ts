/** Which files `vanban review` reads: files named as given, folders expanded to their documents. */
import { existsSync, readdirSync, realpathSync, statSync } from "fs";
import { basename, extname, join, resolve } from "path";
import { unreadable, type DocumentOutcome } from "../../report/examine";
import { CliError } from "../errors";
import { readInputBytes } from "../files";

const REVIEWED_EXTENSIONS = new Set([".docx", ".txt"]);
const byName = new Intl.Collator("vi", { numeric: true }).compare;

export interface ReviewInput {
  /** Path as it will be read. */
  path: string;
  /** Name shown in the report. */
  file: string;
}

/** A folder's own .docx and .txt files, by name; Word lock files (~$…) and hidden files are left out. */
export function folderDocuments(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() || entry.isSymbolicLink())
      .map((entry) => entry.name);
  } catch (error) {
    throw new CliError(`${folder}: không đọc được thư mục (${(error as NodeJS.ErrnoException).code ?? "lỗi không rõ"}).`);
  }
  return names
    .filter((name) => !name.startsWith("~$") && !name.startsWith(".") && REVIEWED_EXTENSIONS.has(extname(name).toLowerCase()))
    .sort(byName)
    .map((name) => join(folder, name));
}

export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Files named on the command line as given, folders expanded; the request itself is skipped in folders. */
export function collectInputs(targets: readonly string[], requestPath: string): ReviewInput[] {
  const requestReal = realPath(requestPath);
  const seen = new Set<string>();
  const inputs: ReviewInput[] = [];
  const add = (path: string) => {
    const real = realPath(path);
    if (seen.has(real)) return;
    seen.add(real);
    inputs.push({ path, file: basename(path) });
  };
  for (const target of targets) {
    if (!existsSync(target)) throw new CliError(`${target}: không tìm thấy tệp hoặc thư mục. Kiểm tra lại đường dẫn.`);
    if (statSync(target).isDirectory()) {
      for (const path of folderDocuments(target)) if (realPath(path) !== requestReal) add(path);
    } else {
      add(target);
    }
  }
  if (inputs.length === 0) {
    throw new CliError(`Không có tệp .docx hoặc .txt nào để kiểm tra trong ${targets.join(", ")}.`);
  }
  return inputs;
}

/** The bytes of an input, or why they cannot be had (the message without the path in front). */
export function readForReview(input: ReviewInput): Uint8Array | DocumentOutcome {
  try {
    return readInputBytes(input.path);
  } catch (error) {
    const message = (error as Error).message;
    const prefix = `${input.path}: `;
    return unreadable(input.file, message.startsWith(prefix) ? message.slice(prefix.length) : message);
  }
}

