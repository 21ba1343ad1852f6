/**
 * The adapter against office-addin-mock: the order of Office calls and the number of round
 * trips. The mock does not model collections, so the paragraph collection's `load` is
 * replaced by one that records the request and loads `items` (see toolchain notes).
 */
import { OfficeMockObject } from "office-addin-mock";
import type { OfficeApp } from "office-addin-manifest";
import { createWordAdapter, PARAGRAPH_PROPERTIES } from "../../src/word/adapter";
import type { WordLike } from "../../src/word/types";
import { seedModel } from "./fixtures";

interface MockRange {
  name: string;
  /** The matched text, as Word reports it once loaded. */
  text?: string;
  select(): void;
  expandTo(other: MockRange): MockRange;
}

function mockWord(texts: readonly string[]) {
  const log: string[] = [];

  const range = (name: string, text?: string): MockRange => ({
    name,
    text,
    select: () => log.push(`${name}.select()`),
    expandTo: (other) => {
      log.push(`${name}.expandTo(${other.name})`);
      return range(`${name}..${other.name}`);
    },
  });

  const items = texts.map((text, index) => ({
    text,
    styleBuiltIn: index === 0 ? "Heading1" : "Normal",
    alignment: index === 0 ? "Centered" : "Justified",
    tableNestingLevel: 0,
    font: { name: "Times New Roman", size: 14, bold: index === 0, italic: null },
    // Office's null object for a paragraph in no list: its properties read as undefined.
    listItemOrNullObject: index === 2 ? { listString: "1.", isNullObject: false } : { listString: undefined, isNullObject: true },
    search: (searchText: string, options: { matchCase?: boolean }) => {
      log.push(`paragraphs[${index}].search(${JSON.stringify(searchText)}, matchCase=${options.matchCase})`);
      let from = 0;
      const found: MockRange[] = [];
      for (let at = text.indexOf(searchText); at >= 0; at = text.indexOf(searchText, from)) {
        found.push(range(`match@${at}`, searchText));
        from = at + searchText.length;
      }
      return {
        items: found,
        load: (names: string) => log.push(`ranges.load(${names})`),
        getFirst: () => {
          log.push("ranges.getFirst()");
          return found[0] ?? range("missing");
        },
      };
    },
    select: () => log.push(`paragraphs[${index}].select()`),
  }));

  const data = {
    context: {
      document: {
        body: {
          paragraphs: {
            items,
            load(this: OfficeMockObject, names: string | object) {
              log.push(`paragraphs.load(${typeof names === "string" ? names : JSON.stringify(names)})`);
              return OfficeMockObject.prototype.load.call(this, "items");
            },
          },
          insertOoxml: (_ooxml: string, location: string) => log.push(`body.insertOoxml(${location})`),
        },
        getSelection: () => {
          log.push("document.getSelection()");
          return { insertOoxml: (_ooxml: string, location: string) => log.push(`selection.insertOoxml(${location})`) };
        },
      },
      async sync(this: OfficeMockObject) {
        log.push("sync");
        await OfficeMockObject.prototype.sync.call(this);
      },
    },
    run: async (batch: (context: unknown) => Promise<unknown>) => batch(mock.context),
  };
  const mock = new OfficeMockObject(data, "word" as unknown as OfficeApp) as OfficeMockObject & { context: unknown };
  return { Word: mock as unknown as WordLike, log };
}

const texts = seedModel("000")
  .paragraphs.slice(0, 8)
  .map((paragraph) => paragraph.text);

test("the mock enforces load and sync, so the shim's host enum is real", async () => {
  const { Word } = mockWord(texts);
  await Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    expect(paragraphs.items).toBe("Error, property was not loaded");
    paragraphs.load("items/text");
    expect(paragraphs.items).toBe("Error, context.sync() was not called");
    await context.sync();
    expect(paragraphs.items).toHaveLength(texts.length);
  });
});

test("readDocument: one load of exactly the listed properties, then one sync", async () => {
  const { Word, log } = mockWord(texts);
  const model = await createWordAdapter(Word).readDocument();
  expect(log).toEqual([`paragraphs.load(${PARAGRAPH_PROPERTIES})`, "sync"]);
  expect(PARAGRAPH_PROPERTIES.split(",")).toEqual([
    "items/text",
    "items/styleBuiltIn",
    "items/alignment",
    "items/tableNestingLevel",
    "items/parentTableCellOrNullObject/rowIndex",
    "items/parentTableCellOrNullObject/cellIndex",
    "items/firstLineIndent",
    "items/font/name",
    "items/font/size",
    "items/font/bold",
    "items/font/italic",
    "items/font/color",
    "items/listItemOrNullObject/listString",
  ]);
  expect(model.paragraphs[0]).toEqual({
    index: 0,
    text: texts[0],
    format: { headingLevel: 1, font: "Times New Roman", size: 14, bold: true, alignment: "center" },
  });
  expect(model.paragraphs[1].format).toEqual({
    font: "Times New Roman",
    size: 14,
    bold: false,
    alignment: "justify",
  });
  expect(model.paragraphs.map((paragraph) => paragraph.listLabel)).toEqual(texts.map((_text, index) => (index === 2 ? "1." : undefined)));
  expect(model.legacyEncoding).toBeUndefined();
  expect(model.notices).toEqual([]);
});

test("selectSpan of a first occurrence: search, first match, select — two syncs", async () => {
  const { Word, log } = mockWord(texts);
  const paragraph = texts.findIndex((text) => text.includes("4701/UBND-NC2"));
  const start = texts[paragraph].indexOf("4701/UBND-NC2");
  await createWordAdapter(Word).selectSpan({ paragraph, start, end: start + 13 }, "4701/UBND-NC2");
  expect(log).toEqual([
    "paragraphs.load(items/text)",
    "sync",
    `paragraphs[${paragraph}].search("4701/UBND-NC2", matchCase=true)`,
    "ranges.getFirst()",
    `match@${start}.select()`,
    "sync",
  ]);
});

test("selectSpan of a later occurrence loads the matches, then selects the right one — three syncs", async () => {
  const { Word, log } = mockWord(texts);
  const paragraph = texts.findIndex((text) => text.split("nhiệm").length > 2);
  const first = texts[paragraph].indexOf("nhiệm");
  const second = texts[paragraph].indexOf("nhiệm", first + 1);
  await createWordAdapter(Word).selectSpan({ paragraph, start: second, end: second + "nhiệm".length }, "nhiệm");
  expect(log).toEqual([
    "paragraphs.load(items/text)",
    "sync",
    `paragraphs[${paragraph}].search("nhiệm", matchCase=true)`,
    "ranges.load(items/text)",
    "sync",
    `match@${second}.select()`,
    "sync",
  ]);
});

/**
 * A recording stand-in for the objects insertion touches (office-addin-mock does not model
 * collections' getFirst/getLast): the order of calls shows what each round trip carries.
 */
function insertionWord(place: { text: string; tableNestingLevel: number; atStart?: boolean; selectionEmpty?: boolean }) {
  const log: string[] = [];
  const table = (name: string): unknown => ({
    insertParagraph: (_text: string, location: string) => {
      log.push(`${name}.insertParagraph(${location})`);
      return paragraph("own", "", 0);
    },
    get parentTableOrNullObject() {
      return table(`${name}.parent`);
    },
  });
  function paragraph(name: string, text: string, tableNestingLevel: number): unknown {
    return {
      text,
      tableNestingLevel,
      load: (names: string) => log.push(`${name}.load(${names})`),
      insertParagraph: (_text: string, location: string) => {
        log.push(`${name}.insertParagraph(${location})`);
        return paragraph("own", "", 0);
      },
      insertOoxml: (ooxml: string, location: string) => log.push(`${name}.insertOoxml(${location}${ooxml.endsWith("<w:p/></w:body></pkg:package>") ? ", +empty paragraph" : ""})`),
      getRange: (location: string) => ({
        expandTo: () => ({ text: place.atStart ? "" : "Kính", load: (names: string) => log.push(`${name}.${location}..selection.load(${names})`) }),
      }),
      get parentTableOrNullObject() {
        return table(`${name}.table`);
      },
    };
  }
  const clerk = paragraph("clerk", place.text, place.tableNestingLevel);
  const collection = (name: string) => ({
    getFirst: () => {
      log.push(`${name}.getFirst()`);
      return clerk;
    },
    getLast: () => {
      log.push(`${name}.getLast()`);
      return clerk;
    },
  });
  const context = {
    document: {
      body: { paragraphs: collection("body.paragraphs") },
      getSelection: () => {
        log.push("document.getSelection()");
        return { isEmpty: place.selectionEmpty ?? true, load: (names: string) => log.push(`selection.load(${names})`), paragraphs: collection("selection.paragraphs") };
      },
    },
    sync: async () => log.push("sync"),
  };
  const Word = { run: async (batch: (context: unknown) => Promise<unknown>) => batch(context) } as unknown as WordLike;
  return { Word, log };
}

const PACKAGE = "<pkg:package><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></pkg:package>";

test("insertOoxml: one sync reads the place, one makes the part's own paragraph and inserts at its start", async () => {
  const cases: [Parameters<typeof insertionWord>[0], "start" | "end" | "cursor", string[]][] = [
    [{ text: "Kính gửi", tableNestingLevel: 0 }, "start", ["body.paragraphs.getFirst()", "clerk.load(text,tableNestingLevel)", "sync", "clerk.insertParagraph(Before)", "own.insertOoxml(Start, +empty paragraph)", "sync"]],
    [{ text: "", tableNestingLevel: 0 }, "start", ["body.paragraphs.getFirst()", "clerk.load(text,tableNestingLevel)", "sync", "clerk.insertOoxml(Start, +empty paragraph)", "sync"]],
    [{ text: "SỞ NGOẠI VỤ", tableNestingLevel: 2 }, "start", ["body.paragraphs.getFirst()", "clerk.load(text,tableNestingLevel)", "sync", "clerk.table.parent.insertParagraph(Before)", "own.insertOoxml(Start, +empty paragraph)", "sync"]],
    [{ text: "Trần Văn A", tableNestingLevel: 0 }, "end", ["body.paragraphs.getLast()", "clerk.load(text,tableNestingLevel)", "sync", "clerk.insertParagraph(After)", "own.insertOoxml(Start, +empty paragraph)", "sync"]],
  ];
  const cursorReads = [
    "document.getSelection()",
    "selection.load(isEmpty)",
    "selection.paragraphs.getFirst()",
    "selection.paragraphs.getLast()",
    "clerk.load(text,tableNestingLevel)",
    "clerk.load(text,tableNestingLevel)",
    "clerk.Start..selection.load(text)",
    "sync",
  ];
  cases.push(
    [{ text: "Kính gửi", tableNestingLevel: 0 }, "cursor", [...cursorReads, "clerk.insertParagraph(After)", "own.insertOoxml(Start, +empty paragraph)", "sync"]],
    [{ text: "Kính gửi", tableNestingLevel: 0, atStart: true }, "cursor", [...cursorReads, "clerk.insertParagraph(Before)", "own.insertOoxml(Start, +empty paragraph)", "sync"]],
    [{ text: "Kính gửi", tableNestingLevel: 0, atStart: true, selectionEmpty: false }, "cursor", [...cursorReads, "clerk.insertParagraph(After)", "own.insertOoxml(Start, +empty paragraph)", "sync"]],
    [{ text: "Ô", tableNestingLevel: 1, atStart: true }, "cursor", [...cursorReads, "clerk.table.insertParagraph(After)", "own.insertOoxml(Start, +empty paragraph)", "sync"]],
  );
  for (const [place, where, calls] of cases) {
    const { Word, log } = insertionWord(place);
    await createWordAdapter(Word).insertOoxml(PACKAGE, where);
    expect(log).toEqual(calls);
  }
});

test("hasHeader with nothing read before: the first paragraphs' text (and where the first sits) in one sync", async () => {
  const { Word, log } = mockWord(texts);
  expect(await createWordAdapter(Word).hasHeader()).toBe(false);
  expect(log).toEqual([`paragraphs.load({"select":"text,tableNestingLevel","top":15})`, "sync"]);
});

test("hasHeader after readDocument answers from that read, without a round trip", async () => {
  const { Word, log } = mockWord(texts);
  const adapter = createWordAdapter(Word);
  await adapter.readDocument();
  log.length = 0;
  expect(await adapter.hasHeader()).toBe(false);
  expect(log).toEqual([]);
});
