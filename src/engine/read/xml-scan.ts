/**
 * A strict, non-validating XML scanner for package parts: elements with namespaces, attributes,
 * text, CDATA, comments and processing instructions, as XML 1.0 and Namespaces in XML define
 * them, with no DTD: a DOCTYPE, or its text in a comment, CDATA section or processing
 * instruction, throws `XmlDoctypeError`. It delivers the same events, with the same names,
 * namespaces and values, as saxes in namespace mode — the test test/engine/read/xml-scan.test.ts
 * compares the two over the whole corpus — but moves through the text with `indexOf` instead of
 * one character at a time, reads each attribute value only when a handler asks for it,
 * resolves a qualified name once per namespace scope rather than once per element, and takes a
 * start tag written word for word as the last one of its name, in the same scope, as read
 * already (about half of most real document.xml parts: a run's font, size, language again).
 * Anything not well formed throws `XmlSyntaxError`.
 */
import type { SaxesAttributeNS, SaxesTagNS } from "saxes";
import { NAME, NameTable, nameAt, type AttributeList, type QName, type Scope } from "./xml-names";

export class XmlSyntaxError extends Error {}
/** A DOCTYPE, which package parts may not have (it could declare entities). */
export class XmlDoctypeError extends XmlSyntaxError {}
/** Elements nested deeper than the caller allows. */
export class XmlDepthError extends Error {}

export interface ScanOptions {
  /** The deepest nesting allowed; deeper throws `XmlDepthError` before the element is delivered. */
  maxDepth: number;
  /**
   * Namespace names the caller compares with `===`: a declaration of one of them binds this very
   * string, so the comparison is a pointer check rather than a reading of both strings.
   */
  namespaces?: readonly string[];
}

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

/** Characters XML 1.0 forbids anywhere in a document: other C0 controls, U+FFFE/U+FFFF, lone surrogates. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHAR = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Text that needs more than slicing: a forbidden character, a line end to normalize, an entity, or "]]>". */
// eslint-disable-next-line no-control-regex
const TEXT_SLOW = /[\0-\x08\x0B-\x1F\uFFFE\uFFFF\uD800-\uDFFF&]|\]\]>/;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const DOCTYPE = /<!DOCTYPE/i;

const fail = (message: string): never => {
  throw new XmlSyntaxError(message);
};

function isXmlChar(code: number): boolean {
  return code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Replaces the five predefined entities and character references; any other `&` is an error. */
function decodeEntities(raw: string): string {
  let checked = 0;
  const out = raw.replace(ENTITY, (whole, named: string | undefined, dec: string | undefined, hex: string | undefined, at: number) => {
    if (raw.slice(checked, at).includes("&")) fail("undefined entity");
    checked = at + whole.length;
    if (named) return NAMED[named];
    const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex as string, 16);
    if (!isXmlChar(code)) fail("malformed character reference");
    return String.fromCodePoint(code);
  });
  if (raw.slice(checked).includes("&")) fail("undefined entity");
  return out;
}

/** Text as XML gives it to an application: line ends as "\n", entities replaced. */
function textValue(raw: string): string {
  if (!TEXT_SLOW.test(raw)) return raw;
  if (FORBIDDEN_CHAR.test(raw)) fail("character not allowed in XML");
  if (raw.includes("]]>")) fail("]]> in text");
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  return text.includes("&") ? decodeEntities(text) : text;
}

/** An attribute value: line ends and other white space as spaces, then entities replaced. */
function attributeValue(raw: string): string {
  if (FORBIDDEN_CHAR.test(raw)) fail("character not allowed in XML");
  const value = raw.replace(/\r\n|[\t\n\r]/g, " ");
  return value.includes("&") ? decodeEntities(value) : value;
}

/*
 * The loops over characters below test white space and name ends in line rather than through
 * isSpace and endsName, and hash names in line (kept to 30 bits, a small integer to V8): a
 * process reads one document and exits, so much of the reading runs before the JIT has
 * optimized the loop, where every call costs.
 */

/** What the name's prefix is bound to in `scope` (undefined: unbound); looked up once per scope. */
function boundUri(q: QName, scope: Scope): string | undefined {
  if (q.scope !== scope) {
    q.scope = scope;
    q.uri = scope[q.prefix];
  }
  return q.uri;
}

function attributeUri(q: QName, scope: Scope): string {
  if (q.prefix === "") return q.name === "xmlns" ? XMLNS_NAMESPACE : "";
  return boundUri(q, scope) as string;
}

/** Start tags longer than this are not kept to be compared with the next (see `QName.lastTag`). */
const MAX_KEPT_TAG = 1000;
/** Shared by every element without attributes; never written to. */
const NO_ATTRIBUTES: AttributeList = [];

/** The value of the attribute at `a` in `list`, sliced from `xml` the first time it is asked for. */
function valueAt(list: AttributeList, a: number, xml: string): string {
  const value = list[a + 1];
  if (typeof value === "string") return value;
  const sliced = xml.slice(value as number, list[a + 2] as number);
  list[a + 1] = sliced;
  return sliced;
}

/** An element as saxes gives it; the attribute objects are built only when asked for. */
export class XmlElement implements SaxesTagNS {
  isSelfClosing = false;
  private attributeRecord: Record<string, SaxesAttributeNS> | undefined;

  constructor(
    /** @internal */
    readonly qname: QName,
    readonly uri: string,
    readonly ns: Scope,
    private readonly list: AttributeList,
    private readonly xml: string,
  ) {}

  get name(): string {
    return this.qname.name;
  }

  get prefix(): string {
    return this.qname.prefix;
  }

  get local(): string {
    return this.qname.local;
  }

  get attributes(): Record<string, SaxesAttributeNS> {
    if (this.attributeRecord) return this.attributeRecord;
    const record: Record<string, SaxesAttributeNS> = {};
    for (let i = 0; i < this.list.length; i += 3) {
      const q = this.list[i] as QName;
      record[q.name] = { name: q.name, prefix: q.prefix, local: q.local, uri: attributeUri(q, this.ns), value: valueAt(this.list, i, this.xml) };
    }
    this.attributeRecord = record;
    return record;
  }

  /** The value of the first attribute with this local name whose namespace `accept` takes. */
  find(local: string, accept: (uri: string) => boolean): string | undefined {
    for (let i = 0; i < this.list.length; i += 3) {
      const q = this.list[i] as QName;
      if (q.local === local && accept(attributeUri(q, this.ns))) return valueAt(this.list, i, this.xml);
    }
    return undefined;
  }
}

export interface ScanHandlers {
  /** `end`: where the tag ends in the text (the index just after its `>`). */
  open(tag: XmlElement, end: number): void;
  close(tag: XmlElement, end: number): void;
  text?(text: string): void;
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/** Binds the namespaces an element declares, in a new scope under `parent`. */
function declare(parent: Scope, list: AttributeList, known: Map<string, string>, xml: string): Scope {
  const scope = Object.create(parent) as Scope;
  for (let a = 0; a < list.length; a += 3) {
    const q = list[a] as QName;
    if (q.name !== "xmlns" && q.prefix !== "xmlns") continue;
    const uri = valueAt(list, a, xml);
    if (q.name === "xmlns") {
      if (uri === XML_NAMESPACE || uri === XMLNS_NAMESPACE) fail("reserved namespace as default");
      scope[""] = known.get(uri) ?? uri;
    } else if (q.prefix === "xmlns") {
      if (uri === "") fail("a prefix cannot be unbound");
      if (q.local === "xmlns" || (q.local === "xml") !== (uri === XML_NAMESPACE) || uri === XMLNS_NAMESPACE) fail(`bad namespace declaration ${q.name}`);
      scope[q.local] = known.get(uri) ?? uri;
    }
  }
  return scope;
}

/** Every prefixed attribute bound, and no two attributes with one expanded name. */
function checkAttributes(list: AttributeList, scope: Scope): void {
  if (list.length > 48) {
    // Many attributes (no real element has them): by set, so the check stays linear.
    const seen = new Set<string>();
    for (let a = 0; a < list.length; a += 3) {
      const q = list[a] as QName;
      const uri = q.prefix === "" ? "" : boundUri(q, scope);
      if (uri === undefined) fail(`unbound namespace prefix ${q.prefix}`);
      const key = q.prefix === "" ? q.name : `{${uri}}${q.local}`;
      if (seen.has(key)) fail(`duplicate attribute ${q.name}`);
      seen.add(key);
    }
    return;
  }
  for (let a = 0; a < list.length; a += 3) {
    const q = list[a] as QName;
    if (q.prefix !== "" && boundUri(q, scope) === undefined) fail(`unbound namespace prefix ${q.prefix}`);
    for (let b = 0; b < a; b += 3) {
      const other = list[b] as QName;
      if (other === q || (other.local === q.local && other.prefix !== "" && q.prefix !== "" && boundUri(other, scope) === boundUri(q, scope))) {
        fail(`duplicate attribute ${q.name}`);
      }
    }
  }
}

/** Scans `xml` (already decoded) and delivers its elements and text. */
export function scanXml(xml: string, handlers: ScanHandlers, options: ScanOptions): void {
  const known = new Map((options.namespaces ?? []).map((uri) => [uri, uri]));
  const maxDepth = options.maxDepth;
  const names = new NameTable(xml);
  const root: Scope = Object.assign(Object.create(null) as Scope, { xml: XML_NAMESPACE, xmlns: XMLNS_NAMESPACE });
  /** The open elements, innermost last. */
  const stack: XmlElement[] = [];
  let scope = root;
  let sawRoot = false;
  /** The attributes of the start tag being read, before they are copied into its element. */
  const gathered: AttributeList = [];
  /** The element that last closed, while no other has opened since: its next sibling is guessed from it. */
  let previous: QName | undefined;
  const onText = handlers.text;
  const n = xml.length;
  const begin = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  let i = begin;
  // White space before anything else is not text (saxes drops it; later white space it delivers).
  while (i < n && isSpace(xml.charCodeAt(i))) i++;

  while (i < n) {
    // Tags mostly follow one another: look for "<" only when the next character is not one.
    const lt = xml.charCodeAt(i) === 60 ? i : xml.indexOf("<", i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      if (stack.length === 0) {
        // Only white space may stand outside the root; it is delivered as saxes delivers it.
        for (let k = i; k < textEnd; k++) if (!isSpace(xml.charCodeAt(k))) fail("text outside the root element");
        if (onText) onText(textValue(xml.slice(i, textEnd)));
      } else {
        const text = textValue(xml.slice(i, textEnd));
        if (onText) onText(text);
      }
    }
    if (lt === -1) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 47) {
      // </name>
      const tag = stack.pop();
      if (!tag) fail("end tag outside the root element");
      const element = tag as XmlElement;
      const name = element.name;
      const length = name.length;
      let k = lt + 2;
      for (let j = 0; j < length; j++) if (xml.charCodeAt(k + j) !== name.charCodeAt(j)) fail("end tag does not match");
      k += length;
      let after = xml.charCodeAt(k);
      while (after === 32 || after === 10 || after === 9 || after === 13) after = xml.charCodeAt(++k);
      if (after !== 62) fail("end tag does not match");
      scope = stack.length > 0 ? stack[stack.length - 1].ns : root;
      previous = element.qname;
      handlers.close(element, k + 1);
      i = k + 1;
    } else if (c === 33) {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end === -1) fail("unclosed comment");
        const body = xml.slice(lt + 4, end);
        if (body.includes("--") || body.endsWith("-")) fail("-- in comment");
        if (FORBIDDEN_CHAR.test(body)) fail("character not allowed in XML");
        if (DOCTYPE.test(body)) throw new XmlDoctypeError();
        i = end + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        if (stack.length === 0) fail("CDATA outside the root element");
        const end = xml.indexOf("]]>", lt + 9);
        if (end === -1) fail("unclosed CDATA section");
        const raw = xml.slice(lt + 9, end);
        if (FORBIDDEN_CHAR.test(raw)) fail("character not allowed in XML");
        if (DOCTYPE.test(raw)) throw new XmlDoctypeError();
        if (onText) onText(raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw);
        i = end + 3;
      } else if (DOCTYPE.test(xml.slice(lt, lt + 9))) throw new XmlDoctypeError();
      else fail("markup declaration not allowed");
    } else if (c === 63) {
      const end = xml.indexOf("?>", lt + 2);
      if (end === -1) fail("unclosed processing instruction");
      let targetEnd = lt + 2;
      while (targetEnd < end && !isSpace(xml.charCodeAt(targetEnd))) targetEnd++;
      const target = xml.slice(lt + 2, targetEnd);
      if (!NAME.test(target) || target.includes(":")) fail("bad processing instruction target");
      if (target.toLowerCase() === "xml" && (target !== "xml" || lt !== begin)) fail("XML declaration not at the start");
      if (target === "xml" && !/^\s+version\s*=\s*(["'])1\.\d+\1/.test(xml.slice(targetEnd, end))) fail("XML declaration without a version");
      if (FORBIDDEN_CHAR.test(xml.slice(targetEnd, end))) fail("character not allowed in XML");
      if (DOCTYPE.test(xml.slice(targetEnd, end))) throw new XmlDoctypeError();
      i = end + 2;
    } else {
      // <name attributes… > or />
      if (stack.length === 0 && sawRoot) fail("more than one root element");
      let k = lt + 1;
      const parent = stack.length > 0 ? stack[stack.length - 1].qname : undefined;
      const guess = previous !== undefined ? previous.next : parent?.first;
      let qname: QName;
      if (guess !== undefined && nameAt(xml, k, guess)) {
        qname = guess;
        k += guess.name.length;
      } else {
        let hash = 0;
        for (; k < n; k++) {
          const code = xml.charCodeAt(k);
          if (code === 32 || code === 10 || code === 9 || code === 13 || code === 47 || code === 62 || code === 61) break;
          hash = (Math.imul(hash, 31) + code) & 0x3fffffff;
        }
        qname = names.at(lt + 1, k, hash) ?? fail("bad name");
        if (previous !== undefined) previous.next = qname;
        else if (parent !== undefined) parent.first = qname;
      }
      let list: AttributeList;
      let declares = false;
      let selfClosing = false;
      const lastTag = qname.lastTag;
      const repeated = lastTag !== undefined && qname.lastScope === scope && xml.slice(lt, lt + lastTag.length) === lastTag;
      if (repeated) {
        // Word for word the last start tag of this name, in the same scope: read as it was then.
        list = qname.lastAttributes as AttributeList;
        selfClosing = qname.lastSelfClosing;
        k = lt + lastTag.length;
      } else {
        const guesses = qname.attributes;
        let count = 0;
        let length = 0;
        for (;;) {
          const space = k;
          let ch = xml.charCodeAt(k);
          while (ch === 32 || ch === 10 || ch === 9 || ch === 13) ch = xml.charCodeAt(++k);
          if (k >= n) fail("unclosed start tag");
          if (ch === 62) {
            k++;
            break;
          }
          if (ch === 47) {
            if (xml.charCodeAt(k + 1) !== 62) fail("/ not followed by >");
            selfClosing = true;
            k += 2;
            break;
          }
          if (space === k) fail("attributes must be separated by white space");
          const attributeGuess = count < guesses.length ? guesses[count] : undefined;
          let attribute: QName;
          if (attributeGuess !== undefined && nameAt(xml, k, attributeGuess)) {
            attribute = attributeGuess;
            k += attributeGuess.name.length;
          } else {
            const nameStart = k;
            let attributeHash = 0;
            for (; k < n; k++) {
              const code = xml.charCodeAt(k);
              if (code === 32 || code === 10 || code === 9 || code === 13 || code === 47 || code === 62 || code === 61) break;
              attributeHash = (Math.imul(attributeHash, 31) + code) & 0x3fffffff;
            }
            attribute = names.at(nameStart, k, attributeHash) ?? fail("bad name");
            guesses[count] = attribute;
          }
          count++;
          ch = xml.charCodeAt(k);
          while (ch === 32 || ch === 10 || ch === 9 || ch === 13) ch = xml.charCodeAt(++k);
          if (ch !== 61) fail("attribute without value");
          let quote = xml.charCodeAt(++k);
          while (quote === 32 || quote === 10 || quote === 9 || quote === 13) quote = xml.charCodeAt(++k);
          if (quote !== 34 && quote !== 39) fail("attribute value not quoted");
          // One pass to the closing quote, noting what the value needs beyond slicing.
          const valueStart = ++k;
          let plain = true;
          for (; k < n; k++) {
            const v = xml.charCodeAt(k);
            if (v === quote) break;
            if (v === 60) fail("< in attribute value");
            if (v < 32 || v === 38 || v >= 0xd800) plain = false;
          }
          if (k >= n) fail("unclosed attribute value");
          gathered[length] = attribute;
          gathered[length + 1] = plain ? valueStart : attributeValue(xml.slice(valueStart, k));
          gathered[length + 2] = k;
          length += 3;
          k++;
          if (attribute.prefix === "xmlns" || attribute.name === "xmlns") declares = true;
        }
        // Copied out at its size: a list grown by push would hold room for a dozen attributes.
        list = length === 0 ? NO_ATTRIBUTES : gathered.slice(0, length);
        if (declares) scope = declare(scope, list, known, xml);
      }
      if (qname.prefix === "xmlns") fail("xmlns as an element prefix");
      const bound = boundUri(qname, scope);
      if (qname.prefix !== "" && bound === undefined) fail(`unbound namespace prefix ${qname.prefix}`);
      const uri = bound ?? "";
      if (!repeated && list.length > 0) {
        checkAttributes(list, scope);
        if (!declares && k - lt <= MAX_KEPT_TAG) {
          qname.lastTag = xml.slice(lt, k);
          qname.lastScope = scope;
          qname.lastAttributes = list;
          qname.lastSelfClosing = selfClosing;
        }
      }
      const element = new XmlElement(qname, uri, scope, list, xml);
      sawRoot = true;
      if (stack.length >= maxDepth) throw new XmlDepthError();
      if (selfClosing) {
        element.isSelfClosing = true;
        handlers.open(element, k);
        previous = qname;
        handlers.close(element, k);
        scope = stack.length > 0 ? stack[stack.length - 1].ns : root;
      } else {
        previous = undefined;
        stack.push(element);
        handlers.open(element, k);
      }
      i = k;
    }
  }
  if (stack.length > 0) fail("unclosed element");
  if (!sawRoot) fail("no root element");
}
