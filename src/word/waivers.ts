/**
 * The document's waivers part through Office's Common API `customXmlParts` (requirement set
 * CustomXmlParts 1.1, Word 2013 and later):
 * https://learn.microsoft.com/javascript/api/office/office.customxmlparts
 * It is chosen over WordApi 1.4's `context.document.customXmlParts` because it works in every
 * Word the add-in supports (WordApi 1.3 included). Its calls are not `Word.run` batches: the
 * pane reads the part while the body is being read, so the check waits for no extra turn.
 *
 * The adapter knows only the part's namespace, never its format: the work chunk parses and
 * writes the XML. Co-authors may change the part at the same time; every failure becomes a
 * `WordAdapterError` the pane explains, never a crash.
 */
import { WAIVERS_NAMESPACE } from "../engine/waivers/namespace";
import { WordAdapterError } from "./errors";
import type { AsyncResultLike, CustomXmlPartLike, CustomXmlPartsLike, IsSetSupported } from "./types";

function succeeded(result: AsyncResultLike<unknown>): boolean {
  return result.status === "succeeded" || result.status === 0;
}

function call<T>(start: (callback: (result: AsyncResultLike<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => (succeeded(result) ? resolve(result.value) : reject(result.error ?? new Error("failed"))));
    } catch (error) {
      reject(error);
    }
  });
}

const READ_FAILED = [
  "Không đọc được danh sách các vấn đề đã bỏ qua trong văn bản (có thể người khác đang sửa văn bản). Mọi vấn đề được hiện lại; hãy bấm Kiểm tra lại sau.",
  "The list of waived problems in the document could not be read (someone else may be editing it). Every problem is shown; run the check again later.",
] as const;

const WRITE_FAILED = [
  "Word chưa lưu được việc bỏ qua vào văn bản (có thể người khác vừa sửa văn bản cùng lúc). Hãy bấm Kiểm tra lại rồi thử lần nữa.",
  "Word could not keep the waiver in the document (someone else may have changed it at the same time). Run the check again and retry.",
] as const;

const UNAVAILABLE = [
  "Phiên bản Word này không cho phép lưu việc bỏ qua vào văn bản.",
  "This version of Word does not let the add-in keep waivers in the document.",
] as const;

export interface WaiverStore {
  /** Whether waivers can be read and kept in this document. */
  canKeep(): boolean;
  /** The XML of every waivers part of the document (usually one); [] when there is none or when they cannot be kept here. */
  read(): Promise<string[]>;
  /**
   * Replaces the document's waivers with `change(current)`, where `current` is the parts' XML as
   * read just before: a co-author's waiver saved meanwhile is kept by a change that merges.
   */
  update(change: (current: readonly string[]) => string): Promise<void>;
}

export function createWaiverStore(parts: CustomXmlPartsLike | undefined, isSetSupported?: IsSetSupported): WaiverStore {
  const canKeep = (): boolean => parts !== undefined && (isSetSupported?.("CustomXmlParts", "1.1") ?? true);

  const load = async (store: CustomXmlPartsLike): Promise<{ found: CustomXmlPartLike[]; xml: string[] }> => {
    const found = await call<CustomXmlPartLike[]>((done) => store.getByNamespaceAsync(WAIVERS_NAMESPACE, done));
    const xml = await Promise.all(found.map((part) => call<string>((done) => part.getXmlAsync(done))));
    return { found, xml };
  };

  return {
    canKeep,

    read: async () => {
      if (!parts || !canKeep()) return [];
      try {
        return (await load(parts)).xml;
      } catch (error) {
        throw new WordAdapterError("waivers-unreadable", ...READ_FAILED, error);
      }
    },

    update: async (change) => {
      if (!parts || !canKeep()) throw new WordAdapterError("waivers-unavailable", ...UNAVAILABLE);
      let current: { found: CustomXmlPartLike[]; xml: string[] };
      try {
        current = await load(parts);
      } catch (error) {
        throw new WordAdapterError("waivers-failed", ...WRITE_FAILED, error);
      }
      // The change is the work chunk's (parsing, merging); its own errors are its to explain.
      const next = change(current.xml);
      try {
        // The new part first: if Word fails after it, the old ones still hold every earlier waiver.
        await call<CustomXmlPartLike>((done) => parts.addAsync(next, done));
        for (const part of current.found) await call<void>((done) => part.deleteAsync(done));
      } catch (error) {
        throw new WordAdapterError("waivers-failed", ...WRITE_FAILED, error);
      }
    },
  };
}
