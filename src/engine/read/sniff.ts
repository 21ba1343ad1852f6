/**
 * What the first bytes say: a zip (a .docx is one) or an OLE compound file (an old .doc,
 * or a .docx locked with a password).
 */
import type { InputError } from "../errors";
import { inputError } from "./docx-errors";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function hasOleSignature(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  for (let i = 0; i < Math.min(8, bytes.length); i++) if (bytes[i] !== OLE_SIGNATURE[i]) return false;
  return true;
}

export function hasZipSignature(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6) || (bytes[2] === 7 && bytes[3] === 8))
  );
}

/** Looks for a UTF-16 stream name in an OLE file ("WordDocument" in a .doc, "EncryptedPackage" in a locked .docx). */
function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const limit = Math.min(bytes.length, 8 * 1024 * 1024) - name.length * 2;
  outer: for (let i = 0; i <= limit; i++) {
    for (let k = 0; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** Why an OLE file cannot be read: an old .doc, or an encrypted .docx. */
export function oleError(bytes: Uint8Array): InputError {
  if (!containsUtf16(bytes, "EncryptedPackage") && containsUtf16(bytes, "WordDocument")) return inputError("legacy-doc");
  return inputError("encrypted-docx");
}
