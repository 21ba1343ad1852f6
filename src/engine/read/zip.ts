/**
 * Reading a zip package from its central directory. The zip is untrusted: every entry's
 * declared sizes are checked before anything is inflated, and inflating stops as soon as
 * an entry passes the size it declared.
 *
 * Inflating is fflate's unless the caller gives an inflater of its own (the command line gives
 * Node's zlib, several times faster); the same limits hold either way.
 */
import { Inflate } from "fflate";
import { InputError } from "../errors";
import { inputError } from "./docx-errors";

const MAX_TOTAL_UNCOMPRESSED = 100 * 1024 * 1024;
/** Deflate cannot pass about 1032:1; real XML stays far below. */
const MAX_RATIO = 1000;

/**
 * Inflates raw deflate data, giving at most `limit` bytes: data that inflates to more must throw
 * a RangeError (as Node's zlib does with `maxOutputLength`) without inflating the rest. Any other
 * error means the data is damaged.
 */
export type Inflater = (data: Uint8Array, limit: number) => Uint8Array;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const INFLATE_CHUNK = 16 * 1024;

function readUint16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 0x1000000;
}

/** Reads the central directory and checks every entry's declared sizes before anything is inflated. */
function listEntries(bytes: Uint8Array): ZipEntry[] {
  let end = bytes.length - 22;
  const lowest = Math.max(0, bytes.length - 22 - 65535);
  while (end >= lowest && readUint32(bytes, end) !== 0x06054b50) end--;
  if (end < lowest) throw inputError("corrupt-docx", "zip");
  const count = readUint16(bytes, end + 10);
  let at = readUint32(bytes, end + 16);
  if (count === 0xffff || at === 0xffffffff) throw inputError("corrupt-docx", "zip64");
  const entries: ZipEntry[] = [];
  let total = 0;
  const decoder = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || readUint32(bytes, at) !== 0x02014b50) throw inputError("corrupt-docx", "zip");
    const nameLength = readUint16(bytes, at + 28);
    const entry: ZipEntry = {
      method: readUint16(bytes, at + 10),
      compressedSize: readUint32(bytes, at + 20),
      size: readUint32(bytes, at + 24),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      localOffset: readUint32(bytes, at + 42),
    };
    total += entry.size;
    if (entry.size === 0xffffffff || total > MAX_TOTAL_UNCOMPRESSED) throw inputError("too-large");
    if (entry.size > 1024 * 1024 && entry.size > entry.compressedSize * MAX_RATIO) throw inputError("too-large");
    entries.push(entry);
    at += 46 + nameLength + readUint16(bytes, at + 30) + readUint16(bytes, at + 32);
  }
  return entries;
}

/**
 * Inflates one entry. The output may not exceed the declared size: an entry that lies
 * about its size is stopped as soon as it passes it, not after inflating everything.
 */
function extractEntry(bytes: Uint8Array, entry: ZipEntry, inflate: Inflater | undefined): Uint8Array {
  const local = entry.localOffset;
  if (local + 30 > bytes.length || readUint32(bytes, local) !== 0x04034b50) throw inputError("corrupt-docx", "zip");
  const start = local + 30 + readUint16(bytes, local + 26) + readUint16(bytes, local + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > bytes.length) throw inputError("corrupt-docx", "zip");
  if (entry.method === 0) {
    if (data.length !== entry.size) throw inputError("corrupt-docx", "zip");
    return data;
  }
  if (entry.method !== 8) throw inputError("corrupt-docx", "zip");
  if (inflate) return inflateWith(inflate, data, entry.size);
  const out = new Uint8Array(entry.size);
  let length = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    if (length + chunk.length > out.length) throw inputError("too-large");
    out.set(chunk, length);
    length += chunk.length;
    if (final) finished = true;
  });
  try {
    for (let at = 0; at < data.length || at === 0; at += INFLATE_CHUNK) {
      inflater.push(data.subarray(at, at + INFLATE_CHUNK), at + INFLATE_CHUNK >= data.length);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw inputError("corrupt-docx", "zip");
  }
  if (!finished || length !== entry.size) throw inputError("corrupt-docx", "zip");
  return out;
}

/** An entry inflated by the caller's inflater, held to the size the entry declares. */
function inflateWith(inflate: Inflater, data: Uint8Array, size: number): Uint8Array {
  let out: Uint8Array;
  try {
    // One byte past the declared size is enough to tell an entry that lies about it.
    out = inflate(data, size + 1);
  } catch (error) {
    // By name: the inflater's RangeError may come from another realm (Node's internals under a test runner's sandbox).
    throw (error as Error | undefined)?.name === "RangeError" ? inputError("too-large") : inputError("corrupt-docx", "zip");
  }
  if (out.length > size) throw inputError("too-large");
  if (out.length !== size) throw inputError("corrupt-docx", "zip");
  return out;
}

export interface ZipPackage {
  entries: Map<string, ZipEntry>;
  bytes: Uint8Array;
  /** The caller's inflater; fflate's when undefined. */
  inflate?: Inflater;
}

export function openZip(bytes: Uint8Array, inflate?: Inflater): ZipPackage {
  const entries = new Map<string, ZipEntry>();
  for (const entry of listEntries(bytes)) entries.set(entry.name, entry);
  return inflate ? { entries, bytes, inflate } : { entries, bytes };
}

/** The inflated bytes of the part `name`, or undefined when the package has none. */
export function readPart(zip: ZipPackage, name: string): Uint8Array | undefined {
  const entry = zip.entries.get(name);
  return entry ? extractEntry(zip.bytes, entry, zip.inflate) : undefined;
}
