/**
 * The task pane's heavy work: the engine (reading, understanding, checking) and the parts
 * builders. Loaded with `import()` on first use so the pane opens fast; see lazy.ts.
 */
import { InputError } from "../engine/errors";
import type { DocumentModel } from "../engine/model";
import { readText } from "../engine/read/text";
import { extractRequest } from "../engine/understand/request";
import { parseRequestProfile, serializeRequestProfile } from "../engine/understand/request-profile";
import { checkDocument } from "../engine/check";
import type { CheckResult, RequestProfile } from "../engine/types";
import { buildClosing, buildHeader, buildOutline, type Urgency } from "../parts/blocks";
import { layoutFor } from "../parts/layout";
import { toFlatOpc } from "../parts/ooxml";
import type { OrgProfile } from "../parts/profile";

export { parseRequestProfile, serializeRequestProfile };

/** Text files: UTF-8 (with or without BOM) or UTF-16 with a BOM, as Notepad saves them. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/** A .txt or .docx file as a document model. The .docx reader is loaded only when a .docx comes. */
export async function readFileModel(bytes: Uint8Array, name: string): Promise<DocumentModel> {
  const extension = extensionOf(name);
  if (extension === "txt" || extension === "md" || extension === "") return readText(decodeText(bytes), name);
  if (extension === "doc") {
    throw new InputError(
      "legacy-doc",
      `Tệp "${name}" là định dạng Word cũ (.doc). Hãy mở tệp trong Word, chọn Lưu thành… (Save As) định dạng .docx rồi mở lại.`,
      `"${name}" is an old Word file (.doc). Open it in Word, save it as .docx and open that instead.`,
    );
  }
  if (extension === "docx") return readDocx(bytes, name);
  throw new InputError(
    "unsupported-type",
    `Không đọc được tệp "${name}": chỉ mở được tệp .docx, .txt hoặc hồ sơ yêu cầu .json.`,
    `Cannot open "${name}": only .docx, .txt or a request profile .json can be opened.`,
  );
}

async function readDocx(_bytes: Uint8Array, name: string): Promise<DocumentModel> {
  throw new InputError(
    "unsupported-type",
    `Phiên bản này chưa đọc được tệp .docx ("${name}"). Hãy mở tệp trong Word, chọn toàn bộ nội dung, sao chép và dán vào ô văn bản yêu cầu.`,
    `This version cannot read .docx files yet ("${name}"). Open it in Word, copy everything and paste it into the request box.`,
  );
}

/** A request from a file: a request profile (.json) as written, a letter (.docx/.txt) as understood. */
export async function readRequestFile(bytes: Uint8Array, name: string): Promise<RequestProfile> {
  if (extensionOf(name) === "json") return parseRequestProfile(decodeText(bytes));
  return extractRequest(await readFileModel(bytes, name));
}

export function readRequestText(text: string, name: string): RequestProfile {
  return extractRequest(readText(text, name));
}

export function check(draft: DocumentModel, request: RequestProfile | null): CheckResult {
  return checkDocument(draft, request);
}

export type PartKind = "header" | "closing" | "outline";

export interface PartOptions {
  type: string;
  subject?: string;
  number?: string;
  /** yyyy-mm-dd, or null to leave the date for hand filling. */
  date?: string | null;
  urgency?: Urgency | null;
  request?: RequestProfile | null;
}

/** The part as a flat OPC package for `insertOoxml`, in the profile's system (state or Party). */
export function partOoxml(kind: PartKind, profile: OrgProfile, options: PartOptions): string {
  const layout = layoutFor(profile.system);
  const blocks =
    kind === "header"
      ? buildHeader(profile, {
          type: options.type,
          subject: options.subject ?? null,
          number: options.number ?? null,
          date: options.date ?? null,
          urgency: options.urgency ?? null,
        })
      : kind === "closing"
        ? buildClosing(profile, { type: options.type })
        : buildOutline(options.request?.outline ?? [], { system: profile.system });
  return toFlatOpc(blocks, { layout });
}
