/**
 * The qualified names of one XML part, as the scanner (xml-scan.ts) meets them: each split and
 * checked once, then found again by its characters where it stands in the text.
 */

const NAME_START = ":A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}";
// XML's name characters include combining marks (U+0300–U+036F), on their own: not a misleading class.
// eslint-disable-next-line no-misleading-character-class
export const NAME = new RegExp(`^[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$`, "u");

/** Namespace bindings in effect: each scope's prototype is its parent's. */
export type Scope = Record<string, string>;

/**
 * Attributes as the scanner keeps them, three slots each: the name; the decoded value, or where
 * the raw value starts when it needs no decoding; where the raw value ends.
 */
export type AttributeList = (QName | string | number)[];

/** A qualified name as met in the source, split once. */
export interface QName {
  name: string;
  prefix: string;
  local: string;
  /** Of the name's characters, as the scanner computes it while reading the name. */
  hash: number;
  /** The scope `uri` was last looked up in, and what the prefix was bound to there. */
  scope: Scope | undefined;
  uri: string | undefined;
  /**
   * Guesses for the names that come next, from what came last time: the first child of an
   * element of this name, the sibling after it, and its attributes in order. Markup repeats
   * itself, so most names are told by comparing them with the guess, without a lookup.
   */
  first: QName | undefined;
  next: QName | undefined;
  attributes: QName[];
  /**
   * The last start tag of this name that had attributes and declared no namespace, as written,
   * with the scope it was read in and what was read of it: most such tags repeat the one before
   * word for word (a run's font, size and language), and are then taken whole.
   */
  lastTag: string | undefined;
  lastScope: Scope | undefined;
  lastAttributes: AttributeList | undefined;
  lastSelfClosing: boolean;
}

/** Ends a name: whitespace, `/`, `>`, `=`. */
const endsName = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 47 || c === 62 || c === 61;

/** The same string, internalized: V8 compares two internalized strings by pointer, which is what the handlers' `switch`es on local names then cost. */
function internalized(text: string): string {
  const holder: Record<string, number> = {};
  holder[text] = 0;
  for (const key in holder) return key;
  return text;
}

const BUCKETS = 1024;
/** Names a bucket holds; past that, a map (only a hostile document has so many of one hash). */
const BUCKET_SIZE = 8;

/**
 * The qualified names of one document, split and checked once each. Looked up by position and
 * hash, so the common name costs a few comparisons of characters, not a new string.
 */
export class NameTable {
  private readonly buckets: (QName[] | undefined)[] = new Array<QName[] | undefined>(BUCKETS).fill(undefined);
  private readonly overflow = new Map<string, QName>();

  constructor(private readonly xml: string) {}

  /** The name standing from `start` to `end`, whose hash is `hash`; undefined when it is not a name. */
  at(start: number, end: number, hash: number): QName | undefined {
    const list = this.buckets[hash & (BUCKETS - 1)];
    if (list) {
      const xml = this.xml;
      const length = end - start;
      search: for (let i = 0; i < list.length; i++) {
        const q = list[i];
        const name = q.name;
        if (q.hash !== hash || name.length !== length) continue;
        for (let j = 0; j < length; j++) if (xml.charCodeAt(start + j) !== name.charCodeAt(j)) continue search;
        return q;
      }
      if (list.length < BUCKET_SIZE) return this.add(this.xml.slice(start, end), hash, list);
    }
    const name = this.xml.slice(start, end);
    return this.overflow.get(name) ?? this.add(name, hash, list);
  }

  private add(name: string, hash: number, list: QName[] | undefined): QName | undefined {
    if (!NAME.test(name)) return undefined;
    const colon = name.indexOf(":");
    let q: QName;
    if (colon === -1) {
      const local = internalized(name);
      q = { name: local, prefix: "", local, hash, scope: undefined, uri: undefined, first: undefined, next: undefined, attributes: [], lastTag: undefined, lastScope: undefined, lastAttributes: undefined, lastSelfClosing: false };
    } else {
      const local = internalized(name.slice(colon + 1));
      q = { name, prefix: name.slice(0, colon), local, hash, scope: undefined, uri: undefined, first: undefined, next: undefined, attributes: [], lastTag: undefined, lastScope: undefined, lastAttributes: undefined, lastSelfClosing: false };
      if (q.prefix === "" || q.local === "" || q.local.includes(":")) return undefined;
    }
    if (!list) this.buckets[hash & (BUCKETS - 1)] = [q];
    else if (list.length < BUCKET_SIZE) list.push(q);
    else this.overflow.set(name, q);
    return q;
  }
}

/** Whether `q`'s name stands whole at `at` in `xml` (what follows it ends a name). */
export function nameAt(xml: string, at: number, q: QName): boolean {
  const name = q.name;
  const length = name.length;
  for (let j = 0; j < length; j++) if (xml.charCodeAt(at + j) !== name.charCodeAt(j)) return false;
  return endsName(xml.charCodeAt(at + length));
}
