/**
 * Writing a converted package. Parts that did not change keep their compressed bytes exactly
 * as they were in the input (no re-compression); changed parts are deflated again.
 */
import { deflateSync } from "fflate";
import type { ZipPackage } from "../read/zip";

let crcTable: Uint32Array | undefined;

function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function uint16(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff];
}

function uint32(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];
}

interface Written {
  name: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  offset: number;
}

/**
 * The package with `changed` parts replaced. `original(name)` gives an unchanged part's
 * inflated bytes (read through the bounded reader) so its checksum can be written.
 */
export function rewritePackage(zip: ZipPackage, changed: ReadonlyMap<string, Uint8Array>, original: (name: string) => Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  const written: Written[] = [];
  let offset = 0;
  const encoder = new TextEncoder();
  const push = (bytes: Uint8Array): void => {
    chunks.push(bytes);
    offset += bytes.length;
  };
  for (const [name, entry] of zip.entries) {
    const local = entry.localOffset;
    const view = zip.bytes;
    const time = view[local + 10] | (view[local + 11] << 8);
    const date = view[local + 12] | (view[local + 13] << 8);
    const replacement = changed.get(name);
    let data: Uint8Array;
    let record: Omit<Written, "offset" | "name" | "time" | "date">;
    if (replacement) {
      data = deflateSync(replacement, { level: 6 });
      record = { method: 8, crc: crc32(replacement), compressedSize: data.length, size: replacement.length };
    } else {
      const start = local + 30 + (view[local + 26] | (view[local + 27] << 8)) + (view[local + 28] | (view[local + 29] << 8));
      data = view.subarray(start, start + entry.compressedSize);
      record = { method: entry.method, crc: crc32(original(name)), compressedSize: entry.compressedSize, size: entry.size };
    }
    const nameBytes = encoder.encode(name);
    const item: Written = { ...record, name: nameBytes, time, date, offset };
    written.push(item);
    push(
      new Uint8Array([
        ...uint32(0x04034b50), ...uint16(20), ...uint16(0x0800), ...uint16(item.method), ...uint16(time), ...uint16(date),
        ...uint32(item.crc), ...uint32(item.compressedSize), ...uint32(item.size), ...uint16(nameBytes.length), ...uint16(0),
      ]),
    );
    push(nameBytes);
    push(data);
  }
  const directoryStart = offset;
  for (const item of written) {
    push(
      new Uint8Array([
        ...uint32(0x02014b50), ...uint16(20), ...uint16(20), ...uint16(0x0800), ...uint16(item.method), ...uint16(item.time),
        ...uint16(item.date), ...uint32(item.crc), ...uint32(item.compressedSize), ...uint32(item.size),
        ...uint16(item.name.length), ...uint16(0), ...uint16(0), ...uint16(0), ...uint16(0), ...uint32(0), ...uint32(item.offset),
      ]),
    );
    push(item.name);
  }
  const directorySize = offset - directoryStart;
  push(
    new Uint8Array([
      ...uint32(0x06054b50), ...uint16(0), ...uint16(0), ...uint16(written.length), ...uint16(written.length),
      ...uint32(directorySize), ...uint32(directoryStart), ...uint16(0),
    ]),
  );
  const out = new Uint8Array(offset);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
