/**
 * Letter and upper-case tests of one UTF-16 code unit, as `/\p{L}/u.test(ch)` and
 * `/\p{Lu}/u.test(ch)` answer them for a one-unit string (a lone surrogate is neither), but
 * without running a pattern for every character of a scan: each unit is asked once and kept.
 */
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const IS_LETTER = 1;
const IS_UPPER = 2;
const KNOWN = 4;
let units: Uint8Array | null = null;

function classOf(code: number): number {
  units ??= new Uint8Array(0x10000);
  let bits = units[code];
  if (bits === 0) {
    const char = String.fromCharCode(code);
    bits = KNOWN | (LETTER.test(char) ? IS_LETTER : 0) | (UPPER.test(char) ? IS_UPPER : 0);
    units[code] = bits;
  }
  return bits;
}

/** `/\p{L}/u.test(text[i])`; false past the end. */
export function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return code === code && (classOf(code) & IS_LETTER) !== 0;
}

/** `/\p{Lu}/u.test(text[i])`; false past the end. */
export function isUpperAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 65 && code <= 90;
  return code === code && (classOf(code) & IS_UPPER) !== 0;
}

/** White space as `\s` knows it. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
