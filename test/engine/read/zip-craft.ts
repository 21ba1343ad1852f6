/**
 * Hand-made zip archives for hostile-input tests: entries whose deflate data and declared
 * sizes are chosen by the test, which fflate's zipSync cannot produce.
 */

/** Raw deflate data (fixed Huffman codes) that inflates to `length` zero bytes, at about 13 bits per 258 bytes. */
export function deflatedZeros(length: number): Uint8Array {
  const matches = Math.floor((length - 1) / 258);
  const literals = length - 1 - matches * 258 + 1;
  const out = new Uint8Array(Math.ceil((3 + literals * 8 + matches * 13 + 7) / 8) + 8);
  let bitPos = 0;
  const writeBits = (value: number, count: number): void => {
    for (let i = 0; i < count; i++) {
      if ((value >> i) & 1) out[bitPos >> 3] |= 1 << (bitPos & 7);
      bitPos++;
    }
  };
  // Huffman codes go most significant bit first.
  const writeCode = (code: number, count: number): void => {
    for (let i = count - 1; i >= 0; i--) writeBits((code >> i) & 1, 1);
  };
  writeBits(1, 1); // final block
  writeBits(1, 2); // fixed Huffman codes
  for (let i = 0; i < literals; i++) writeCode(0x30, 8); // literal 0
  for (let i = 0; i < matches; i++) {
    writeCode(0xc5, 8); // length 258 (code 285)
    writeCode(0, 5); // distance 1
  }
  writeCode(0, 7); // end of block
  return out.subarray(0, (bitPos + 7) >> 3);
}

export interface CraftedEntry {
  name: string;
  /** Deflated (method 8) or stored (method 0) bytes as they go into the archive. */
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size written in the headers (need not be true). */
  declaredSize: number;
}

export function craftZip(entries: readonly CraftedEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.declaredSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, entry.declaredSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, entry.data);
    centrals.push(central);
    offset += local.length + entry.data.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, end];
  const zip = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    zip.set(part, at);
    at += part.length;
  }
  return zip;
}
