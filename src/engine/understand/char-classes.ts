/**
 * Letter and case tests of one UTF-16 code unit, as `/\p{L}/u.test(ch)`, `/\p{Lu}/u.test(ch)`
 * and case mapping answer them for a one-unit string (a lone surrogate is none of them), but
 * without running a pattern or mapping case for every character of a scan: each unit is asked
 * once and kept in one table.
 */
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const IS_LETTER = 1;
const IS_UPPER = 2;
const KNOWN = 4;
/** Changed by lower-casing and not by upper-casing. */
const UPPER_CASED = 8;
/** Changed by upper-casing and not by lower-casing. */
const LOWER_CASED = 16;
let units: Uint8Array | null = null;

function caseOf(ch: string): number {
  return (ch !== ch.toLowerCase() && ch === ch.toUpperCase() ? UPPER_CASED : 0) | (ch !== ch.toUpperCase() && ch === ch.toLowerCase() ? LOWER_CASED : 0);
}

function classOf(code: number): number {
  units ??= new Uint8Array(0x10000);
  let bits = units[code];
  if (bits === 0) {
    const char = String.fromCharCode(code);
    bits = KNOWN | (LETTER.test(char) ? IS_LETTER : 0) | (UPPER.test(char) ? IS_UPPER : 0) | caseOf(char);
    units[code] = bits;
  }
  return bits;
}

/** Case mapping of one character (a code point, so one or two units): ASCII directly, other single units from the table. */
function caseBitsOf(ch: string): number {
  const c = ch.charCodeAt(0);
  // Astral characters (two units) and surrogates are mapped each time: they are rare.
  if (ch.length !== 1 || (c >= 0xd800 && c <= 0xdfff)) return caseOf(ch);
  return classOf(c);
}

/** Upper case by case mapping (it has a lower-case form and is its own upper case). */
export function isUpperCased(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return ch.length === 1 && c >= 65 && c <= 90;
  return (caseBitsOf(ch) & UPPER_CASED) !== 0;
}

/** Lower case by case mapping (it has an upper-case form and is its own lower case). */
export function isLowerCased(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return ch.length === 1 && c >= 97 && c <= 122;
  return (caseBitsOf(ch) & LOWER_CASED) !== 0;
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
