/**
 * Fetching the preview's files (?doc=, ?request=): only from the page's own address, so a
 * link cannot make the preview send anything to another site.
 */
import type { DocumentModel } from "../engine/model";
import type { RequestProfile } from "../engine/types";
import { loadWork } from "../taskpane/lazy";

export class PreviewLoadError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = "PreviewLoadError";
  }
}

/** Resolves `address` against the page; refuses other origins. */
export function sameOriginUrl(address: string, page: string): URL {
  let url: URL;
  try {
    url = new URL(address, page);
  } catch {
    throw new PreviewLoadError(`“${address}” không phải địa chỉ hợp lệ.`, `“${address}” is not a valid address.`);
  }
  if (url.origin !== new URL(page).origin) {
    throw new PreviewLoadError(
      `bản xem trước chỉ mở tệp trên cùng máy chủ (${new URL(page).origin}); hãy đặt tệp vào thư mục của bản xem trước.`,
      `the preview opens only files from its own server (${new URL(page).origin}); put the file next to the preview.`,
    );
  }
  return url;
}

/** The file's name as the readers want it (they decide by extension). */
export function fileNameOf(url: URL): string {
  const last = url.pathname.split("/").filter(Boolean).pop() ?? "";
  return decodeURIComponent(last) || "tep.txt";
}

async function fetchBytes(url: URL): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url.href, { credentials: "same-origin" });
  } catch {
    throw new PreviewLoadError("máy chủ không trả lời; hãy kiểm tra máy chủ xem trước còn chạy.", "the server did not answer; check that the preview server is running.");
  }
  if (!response.ok) {
    throw new PreviewLoadError(
      `máy chủ trả về lỗi ${response.status}; hãy kiểm tra đường dẫn tệp.`,
      `the server answered ${response.status}; check the file's path.`,
    );
  }
  return new Uint8Array(await response.arrayBuffer());
}

export async function loadDocumentFrom(address: string, page: string): Promise<DocumentModel> {
  const url = sameOriginUrl(address, page);
  const [work, bytes] = await Promise.all([loadWork(), fetchBytes(url)]);
  return work.readFileModel(bytes, fileNameOf(url));
}

export async function loadRequestFrom(address: string, page: string): Promise<RequestProfile> {
  const url = sameOriginUrl(address, page);
  const [work, bytes] = await Promise.all([loadWork(), fetchBytes(url)]);
  return work.readRequestFile(bytes, fileNameOf(url));
}
