/**
 * The XML scanner against saxes (namespace mode), which it replaced: the same events — names,
 * prefixes, namespaces, attributes, self-closing, text — for every XML part of every corpus
 * file and for hand-written edge cases, and a refusal wherever saxes refuses. Random documents
 * built from XML's pieces check the same both ways.
 */
import { createHash } from "crypto";
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import { unzipSync } from "fflate";
import { SaxesParser, type SaxesTagNS } from "saxes";
import { parseXml } from "../../../src/engine/read/xml";
import { scanXml, XmlDepthError } from "../../../src/engine/read/xml-scan";
import { InputError } from "../../../src/engine/errors";

const CORPUS = join(__dirname, "..", "..", "..", "..", "shared", "corpus", "docx");

type Event = (string | boolean | string[][])[];

function describeTag(kind: string, tag: SaxesTagNS): Event {
  const attributes = Object.values(tag.attributes)
    .map((a) => [a.name, a.prefix, a.local, a.uri, a.value])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return [kind, tag.name, tag.prefix, tag.local, tag.uri, tag.isSelfClosing, attributes];
}

/** Events in order, adjacent text (and CDATA) joined; "error" when the document is refused. */
function collect(run: (events: Event[]) => void): Event[] | "error" {
  const events: Event[] = [];
  try {
    run(events);
  } catch {
    return "error";
  }
  const joined: Event[] = [];
  for (const event of events) {
    const last = joined[joined.length - 1];
    if (event[0] === "text" && last?.[0] === "text") last[1] = `${last[1] as string}${event[1] as string}`;
    else joined.push(event);
  }
  return joined.filter((event) => !(event[0] === "text" && event[1] === ""));
}

function withSaxes(xml: string): Event[] | "error" {
  return collect((events) => {
    const parser = new SaxesParser({ xmlns: true, position: false });
    parser.on("opentag", (tag) => events.push(describeTag("open", tag)));
    parser.on("closetag", (tag) => events.push(describeTag("close", tag)));
    parser.on("text", (text) => events.push(["text", text]));
    parser.on("cdata", (text) => events.push(["text", text]));
    parser.write(xml).close();
  });
}

function withScanner(xml: string): Event[] | "error" {
  return collect((events) =>
    scanXml(
      xml,
      {
        open: (tag) => events.push(describeTag("open", tag)),
        close: (tag) => events.push(describeTag("close", tag)),
        text: (text) => events.push(["text", text]),
      },
      { maxDepth: 10_000 },
    ),
  );
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe("scanXml gives the events saxes gives", () => {
  const wellFormed: [string, string][] = [
    ["a Word paragraph", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${W}><w:body><w:p w:rsidR="00A1"><w:r><w:t xml:space="preserve"> Hà Nội </w:t></w:r></w:p></w:body></w:document>`],
    ["entities and character references", `<a b="&lt;&amp;&gt;&quot;&apos;&#65;&#x1F600;">x &amp; y &#x110; &#273;&#10;z</a>`],
    ["line ends in text and attributes", `<a b="one\r\ntwo\tthree\nfour\rfive">l1\r\nl2\rl3\n</a>`],
    ["CDATA, comments and processing instructions", `<!-- before --><a><![CDATA[<not> & markup\r\n]]><?pi data?><!-- in --></a><!-- after -->`],
    ["a default namespace, redeclared below", `<a xmlns="urn:one" xmlns:p="urn:p"><b xmlns="urn:two" p:c="1" c="2"/><p:d/></a>`],
    ["a prefix bound again on a child", `<p:a xmlns:p="urn:one"><p:b xmlns:p="urn:two"/><p:c/></p:a>`],
    ["white space in tags", `<a  b = 'single' \n c="double" ><b/ ></a >`.replace("<b/ >", "<b />")],
    ["the xml prefix", `<a xml:lang="vi" xml:space="preserve">t</a>`],
    ["a BOM before the declaration", `\uFEFF<?xml version="1.0"?><a/>`],
    ["text only white space outside the root", ` \n<a>x</a>\n\t `],
    ["a character outside the BMP", `<a b="😀">𝐀</a>`],
    ["names with dots, dashes and digits", `<a.b-c_1 d.e-f="1"><_x/></a.b-c_1>`],
    ["the same local name in two namespaces", `<a xmlns:p="urn:1" xmlns:q="urn:2" p:x="1" q:x="2"/>`],
    ["start tags repeated word for word, self-closing and not", `<r><a x="1"/><a x="1"/><a x="1">t</a><a x="1" >u</a><a x="1"/><a x="2"/><a x="1"/></r>`],
    ["a repeated start tag where its prefix is bound to another namespace", `<r xmlns:p="urn:1"><p:a p:x="1"/><s xmlns:p="urn:2"><p:a p:x="1"/><p:a p:x="1"/></s><p:a p:x="1"/></r>`],
    ["a start tag that declares a prefix, repeated", `<r><a xmlns:p="urn:1" p:x="1"><p:b y="2"/></a><a xmlns:p="urn:1" p:x="1"><p:b y="2"/></a></r>`],
    ["names that begin like the ones met before them", `<a xmlns:a="urn:a"><ab/><a/><abc x="1" xy="2"/><abc xy="1" x="2"/><abc x="3"/><a:b a:x="4"/><a:bc x="5" a:x="6"/><ab/><a/></a>`],
  ];
  it.each(wellFormed)("%s", (_, xml) => {
    const expected = withSaxes(xml);
    expect(expected).not.toBe("error");
    expect(withScanner(xml)).toEqual(expected);
  });

  const malformed: [string, string][] = [
    ["an end tag that does not match", "<a><b></a></b>"],
    ["an unclosed element", "<a><b></b>"],
    ["two root elements", "<a/><b/>"],
    ["text outside the root", "<a/>text"],
    ["no root at all", "<!-- nothing -->"],
    ["an undefined entity", "<a>&nbsp;</a>"],
    ["a bare ampersand", "<a>fish & chips</a>"],
    ["an ampersand in an attribute", '<a b="x & y"/>'],
    ["a character reference to a control character", "<a>&#1;</a>"],
    ["< in an attribute value", '<a b="<"/>'],
    ["an unquoted attribute", "<a b=1/>"],
    ["an attribute without a value", "<a b/>"],
    ["attributes run together", '<a b="1"c="2"/>'],
    ["a duplicate attribute", '<a b="1" b="2"/>'],
    ["one attribute twice through two prefixes", '<a xmlns:p="urn:1" xmlns:q="urn:1" p:x="1" q:x="2"/>'],
    ["an unbound element prefix", "<p:a/>"],
    ["an unbound attribute prefix", '<a p:b="1"/>'],
    ["a control character in text", "<a>\u0001</a>"],
    ["a control character in an attribute", '<a b="\u0002"/>'],
    ["]]> in text", "<a>]]></a>"],
    ["-- in a comment", "<a><!-- a -- b --></a>"],
    ["an XML declaration after the start", '<a/><?xml version="1.0"?>'],
    ["an unclosed comment", "<a><!-- </a>"],
    ["an unclosed CDATA section", "<a><![CDATA[ </a>"],
    ["a bad name", "<1a/>"],
    ["an empty name", "< a/>"],
    ["a name with two colons", '<a:b:c xmlns:a="urn:1"/>'],
    ["xmlns as a prefix of an element", '<xmlns:a xmlns:a="urn:1"/>'],
    ["an unbound prefix declaration", '<a xmlns:p=""/>'],
    ["an end tag before any start", "</a>"],
    ["a / not closing the tag", "<a / >"],
    ["a lone surrogate", "<a>\uD800</a>"],
    ["an XML declaration without a version", "<?xml?><a/>"],
    ["a start tag repeated where its attribute's prefix is no longer bound", '<r><s xmlns:p="urn:1"><a p:x="1"/></s><a p:x="1"/></r>'],
    ["a start tag repeated after a duplicate attribute", '<r><a b="1"/><a b="1" b="1"/></r>'],
  ];
  it.each(malformed)("refuses %s, as saxes does", (_, xml) => {
    expect(withSaxes(xml)).toBe("error");
    expect(withScanner(xml)).toBe("error");
  });

  it("agrees with saxes on random documents made of XML's pieces", () => {
    const pieces = [
      "<a>", "</a>", "<a/>", "<w:p>", "</w:p>", "<w:t>", "</w:t>", `<r ${W}>`, "</r>", '<b c="1">', "</b>", "<b c='x&amp;y'/>",
      ' d="2"', "text", " ", "\r\n", "&amp;", "&lt;", "&#233;", "&#x110;", "&bad;", "&", "<![CDATA[x]]>", "<!--c-->", "<?pi x?>",
      "]]>", ">", "<", "Đà", "\t", "<?xml version='1.0'?>", "\uFEFF", "&#0;", "<!-- a-->", "</ a>", "<a / >", "\u0007",
      '<a xmlns="urn:d">', '<p:a xmlns:p="urn:p">', "</p:a>", '<e p:f="1"/>', "<a b='1' b='2'/>",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const xml = parts.join("");
        expect(withScanner(xml)).toEqual(withSaxes(xml));
      }),
      { numRuns: 5000 },
    );
  });

  it("refuses nesting deeper than the limit before delivering the element", () => {
    let opened = 0;
    const deep = "<a>".repeat(6) + "</a>".repeat(6);
    expect(() => scanXml(deep, { open: () => opened++, close: () => {} }, { maxDepth: 5 })).toThrow(XmlDepthError);
    expect(opened).toBe(5);
    expect(() => parseXml("<a>".repeat(201) + "</a>".repeat(201), "test.xml", { open: () => {}, close: () => {} })).toThrow(InputError);
  });
});

/** A digest of a part's events (adjacent text joined), so large parts are compared without keeping every event. */
function digest(xml: string, parse: (xml: string, emit: (event: Event) => void) => void): string {
  const hash = createHash("sha256");
  let count = 0;
  let text = "";
  const flush = () => {
    if (text !== "") {
      hash.update(JSON.stringify(["text", text]));
      count++;
    }
    text = "";
  };
  try {
    parse(xml, (event) => {
      if (event[0] === "text") text += event[1] as string;
      else {
        flush();
        hash.update(JSON.stringify(event));
        count++;
      }
    });
  } catch {
    return "error";
  }
  flush();
  return `${count} events, ${hash.digest("hex")}`;
}

const saxesEvents = (xml: string, emit: (event: Event) => void): void => {
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on("opentag", (tag) => emit(describeTag("open", tag)));
  parser.on("closetag", (tag) => emit(describeTag("close", tag)));
  parser.on("text", (text) => emit(["text", text]));
  parser.on("cdata", (text) => emit(["text", text]));
  parser.write(xml).close();
};

const scannerEvents = (xml: string, emit: (event: Event) => void): void =>
  scanXml(xml, { open: (tag) => emit(describeTag("open", tag)), close: (tag) => emit(describeTag("close", tag)), text: (text) => emit(["text", text]) }, { maxDepth: 10_000 });

(existsSync(CORPUS) ? describe : describe.skip)("scanXml on the corpus", () => {
  // The .docx files that are zip packages (one is an old .doc renamed).
  const files = existsSync(CORPUS)
    ? readdirSync(CORPUS).filter((name) => name.endsWith(".docx") && readFileSync(join(CORPUS, name)).subarray(0, 2).toString("latin1") === "PK")
    : [];
  it.each(files)("every XML part of %s gives saxes's events", (name) => {
    const parts = unzipSync(new Uint8Array(readFileSync(join(CORPUS, name))), { filter: (file) => /\.(xml|rels)$/.test(file.name) });
    const names = Object.keys(parts);
    expect(names.length).toBeGreaterThan(0);
    for (const part of names) {
      const xml = new TextDecoder().decode(parts[part]);
      const expected = digest(xml, saxesEvents);
      expect(expected).not.toBe("error");
      expect({ part, events: digest(xml, scannerEvents) }).toEqual({ part, events: expected });
    }
  });
});
