/**
 * Inserting the parts wherever the clerk is: Word pastes `insertOoxml` (the last inserted
 * paragraph joins the paragraph at the point, whose properties win) and keeps the document's
 * own styles, both of which the simulator now does. Each case checks that every paragraph of
 * the clerk's is exactly as it was (text, style, alignment, indents, list number, runs' fonts)
 * and that the part arrives whole, looking as NĐ 30 says.
 */
import type { DocumentModel, Paragraph } from "../../src/engine/model";
import { EXAMPLE_PARTY_PROFILE, EXAMPLE_REQUEST, EXAMPLE_STATE_PROFILE } from "../../src/parts/examples";
import { partOoxml, type PartKind } from "../../src/taskpane/work";
import { createWordAdapter } from "../../src/word/adapter";
import { createSimulatedWord, type SimParagraph, type SimStyle, type SimulatedWord } from "../../src/word/simulator";

/**
 * A clerk's template as Vietnamese offices often have it: Normal justified with a 1.27 cm
 * first-line indent in 13 pt Arial, headings bold and numbered automatically.
 */
const RESIDENT: Record<string, SimStyle> = {
  Normal: { alignment: "Justified", firstLineIndent: 36, font: { name: "Arial", size: 13 } },
  "Heading 1": { alignment: "Left", firstLineIndent: 0, font: { name: "Arial", size: 16, bold: true }, numbering: "%1." },
  "Heading 2": { alignment: "Left", firstLineIndent: 0, font: { name: "Arial", size: 14, bold: true }, numbering: "1.%1." },
  "Heading 3": { alignment: "Left", firstLineIndent: 0, font: { name: "Arial", size: 13, bold: true, italic: true } },
};

function paragraph(text: string, format: Paragraph["format"] = {}, extra: Partial<Paragraph> = {}): Paragraph {
  return { index: 0, text, format, ...extra };
}

/** The clerk's reply: each paragraph with formatting of its own. */
function clerkDocument(options: { startsWithTable?: boolean } = {}): DocumentModel {
  const paragraphs: Paragraph[] = [];
  if (options.startsWithTable) {
    paragraphs.push(
      paragraph("BẢNG SỐ LIỆU KÈM THEO", { alignment: "center", bold: true, firstLineIndent: 0 }, { cell: { table: 0, row: 0, cell: 0, depth: 1 } }),
      paragraph("Đơn vị tính: người", { alignment: "center", bold: true, firstLineIndent: 0 }, { cell: { table: 0, row: 0, cell: 1, depth: 1 } }),
    );
  }
  paragraphs.push(
    paragraph("Kính gửi: Bộ Nội vụ.", { alignment: "center", firstLineIndent: 0, size: 14, font: "Times New Roman" }),
    paragraph("Thực hiện Công văn số 4874/BNV-CCVC, Sở Ngoại vụ báo cáo như sau:", { alignment: "justify", firstLineIndent: 36, leftIndent: 0, size: 14, font: "Times New Roman" }),
    paragraph("Tình hình chung", { style: "Heading 1", headingLevel: 1, firstLineIndent: 0 }, { listLabel: "1." }),
    paragraph("Năm 2023, Sở đã tổ chức thực hiện đầy đủ các nhiệm vụ được giao.", { alignment: "justify", firstLineIndent: 36, size: 14, italic: true }),
  );
  return { source: "word", paragraphs: paragraphs.map((p, index) => ({ ...p, index })), notices: [] };
}

function setup(model: DocumentModel) {
  const sim = createSimulatedWord(model, { styles: RESIDENT, defaultFont: { name: "Arial", size: 13 } });
  const adapter = createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported });
  return { sim, adapter };
}

async function syncsOf(sim: SimulatedWord, action: () => Promise<unknown>): Promise<number> {
  const before = sim.syncCount();
  await action();
  return sim.syncCount() - before;
}

const part = (kind: PartKind, system: "state" | "party" = "state"): string =>
  partOoxml(kind, system === "state" ? EXAMPLE_STATE_PROFILE : EXAMPLE_PARTY_PROFILE, {
    type: "bao-cao",
    subject: "Kết quả thực hiện chính sách tinh giản biên chế",
    date: "2023-09-05",
    request: EXAMPLE_REQUEST,
  });

/** The part's paragraphs as an empty destination (no styles of its own) reads them. */
async function partParagraphs(ooxml: string): Promise<SimParagraph[]> {
  const sim = createSimulatedWord({ source: "word", paragraphs: [], notices: [] });
  await createWordAdapter(sim.Word).insertOoxml(ooxml, "start");
  return sim.document.paragraphs().slice(0, -1);
}

/**
 * The document after insertion is the clerk's paragraphs before `at`, the part's paragraphs,
 * one empty landing paragraph, and the clerk's paragraphs from `at` on, each exactly as before.
 */
function expectInsertedAt(before: SimParagraph[], after: SimParagraph[], at: number, partLength: number): SimParagraph[] {
  expect(after).toHaveLength(before.length + partLength + 1);
  expect(after.slice(0, at)).toEqual(before.slice(0, at));
  expect(after.slice(at + partLength + 1)).toEqual(before.slice(at));
  const landing = after[at + partLength];
  expect(landing.text).toBe("");
  return after.slice(at, at + partLength);
}

/** What NĐ 30 asks of every line of a header or closing: no indent, no list number, the part's own font. */
function expectOwnLook(paragraphs: SimParagraph[]): void {
  for (const p of paragraphs) {
    expect({ text: p.text, firstLineIndent: p.firstLineIndent, leftIndent: p.leftIndent ?? 0, listLabel: p.listLabel }).toEqual({
      text: p.text,
      firstLineIndent: 0,
      leftIndent: expect.any(Number),
      listLabel: undefined,
    });
    for (const run of p.runs) expect(run.font.name).toBe("Times New Roman");
  }
}

describe("inserting a part leaves the clerk's paragraphs as they were", () => {
  test("the header at the start of a non-empty document: before the first paragraph, in two syncs", async () => {
    const { sim, adapter } = setup(clerkDocument());
    const before = sim.document.paragraphs();
    const ooxml = part("header");
    const expected = await partParagraphs(ooxml);
    expect(await syncsOf(sim, () => adapter.insertOoxml(ooxml, "start"))).toBe(2);
    const inserted = expectInsertedAt(before, sim.document.paragraphs(), 0, expected.length);
    expect(inserted.map((p) => p.text)).toEqual(expected.map((p) => p.text));
    expect(inserted.map((p) => p.text)).toContain("BÁO CÁO");
    expectOwnLook(inserted);
    // The last paragraph of the part (the rule under the subject) arrives with its own look.
    expect(inserted[inserted.length - 1]).toMatchObject({ text: "", alignment: "Centered", firstLineIndent: 0 });
  });

  test("the Party header keeps its dashes on a line of their own", async () => {
    const { sim, adapter } = setup(clerkDocument());
    const before = sim.document.paragraphs();
    const ooxml = part("header", "party");
    const expected = await partParagraphs(ooxml);
    await adapter.insertOoxml(ooxml, "start");
    const inserted = expectInsertedAt(before, sim.document.paragraphs(), 0, expected.length);
    expect(inserted[inserted.length - 1].text).toBe("-----");
    expect(sim.document.paragraphs()[expected.length + 1].text).toBe("Kính gửi: Bộ Nội vụ.");
  });

  test("the closing after a last line of text: after it, the line untouched", async () => {
    const model = clerkDocument();
    const { sim, adapter } = setup(model);
    const before = sim.document.paragraphs();
    const ooxml = part("closing");
    const expected = await partParagraphs(ooxml);
    await adapter.insertOoxml(ooxml, "end");
    const inserted = expectInsertedAt(before, sim.document.paragraphs(), before.length, expected.length);
    expect(inserted.map((p) => p.text)).toEqual(expected.map((p) => p.text));
    expect(inserted.map((p) => p.text)).toContain("Nơi nhận:");
    expectOwnLook(inserted);
    // The spacer before Nơi nhận stays a blank line of the part's, not the clerk's last paragraph.
    expect(inserted[0]).toMatchObject({ text: "", tableNestingLevel: 0, alignment: "Left", firstLineIndent: 0 });
  });

  test.each<[string, "before" | "after", { start: number; end: number }]>([
    ["in the middle of a paragraph", "after", { start: 10, end: 10 }],
    ["at the end of a paragraph", "after", { start: 70, end: 70 }],
    ["at the start of a paragraph", "before", { start: 0, end: 0 }],
    ["on a selection inside the paragraph", "after", { start: 4, end: 20 }],
  ])("the outline with the cursor %s goes %s the paragraph, never splitting it", async (_, side, place) => {
    const { sim, adapter } = setup(clerkDocument());
    const before = sim.document.paragraphs();
    const target = 1;
    const end = Math.min(place.end, before[target].text.length);
    const start = Math.min(place.start, end);
    sim.document.setSelection({ paragraph: target, start, end });
    const ooxml = part("outline");
    const expected = await partParagraphs(ooxml);
    await adapter.insertOoxml(ooxml, "cursor");
    const at = side === "before" ? target : target + 1;
    const inserted = expectInsertedAt(before, sim.document.paragraphs(), at, expected.length);
    expect(inserted.map((p) => p.text)).toEqual(expected.map((p) => p.text));
    // The selection is the clerk's, and stays on the same text.
    const selection = sim.document.selection();
    expect(selection).toMatchObject({ paragraph: side === "before" ? target + expected.length + 1 : target, start, end });
  });

  test("the outline's headings keep the request's numbers only, though the document numbers its headings", async () => {
    const { sim, adapter } = setup(clerkDocument());
    sim.document.setSelection({ paragraph: 3, start: 5, end: 5 });
    await adapter.insertOoxml(part("outline"), "cursor");
    const headings = sim.document.paragraphs().filter((p) => p.styleBuiltIn.startsWith("Heading") && p.text !== "Tình hình chung");
    expect(headings.length).toBeGreaterThan(3);
    for (const heading of headings) {
      expect(heading.listLabel).toBeUndefined();
      expect(heading.text).toMatch(/^(?:[IVX]+|\d+|[a-zđ])[.)] \S/u);
      for (const run of heading.runs) expect(run.font).toMatchObject({ name: "Times New Roman", bold: true });
    }
    // The clerk's own numbered heading keeps its number.
    expect(sim.document.paragraphs().find((p) => p.text === "Tình hình chung")?.listLabel).toBe("1.");
  });

  test("a cursor in a table cell puts the part after the table, the cell untouched", async () => {
    const { sim, adapter } = setup(clerkDocument({ startsWithTable: true }));
    const before = sim.document.paragraphs();
    sim.document.setSelection({ paragraph: 1, start: 5, end: 5 });
    const ooxml = part("outline");
    const expected = await partParagraphs(ooxml);
    await adapter.insertOoxml(ooxml, "cursor");
    expectInsertedAt(before, sim.document.paragraphs(), 2, expected.length);
  });

  test("a cursor at the start of a cell's text still goes after the table", async () => {
    const { sim, adapter } = setup(clerkDocument({ startsWithTable: true }));
    const before = sim.document.paragraphs();
    sim.document.setSelection({ paragraph: 0, start: 0, end: 0 });
    const ooxml = part("outline");
    const expected = await partParagraphs(ooxml);
    await adapter.insertOoxml(ooxml, "cursor");
    expectInsertedAt(before, sim.document.paragraphs(), 2, expected.length);
  });

  test("a document that begins with a table gets the header before the table, not in its first cell", async () => {
    const { sim, adapter } = setup(clerkDocument({ startsWithTable: true }));
    const before = sim.document.paragraphs();
    const ooxml = part("header");
    const expected = await partParagraphs(ooxml);
    await adapter.insertOoxml(ooxml, "start");
    const inserted = expectInsertedAt(before, sim.document.paragraphs(), 0, expected.length);
    expectOwnLook(inserted);
  });

  test("an empty document: the part, then the document's own empty paragraph", async () => {
    const { sim, adapter } = setup({ source: "word", paragraphs: [], notices: [] });
    const before = sim.document.paragraphs();
    const ooxml = part("header");
    const expected = await partParagraphs(ooxml);
    await adapter.insertOoxml(ooxml, "start");
    const after = sim.document.paragraphs();
    expect(after).toHaveLength(expected.length + 1);
    expect(after[after.length - 1]).toEqual(before[0]);
    expect(after.slice(0, -1).map((p) => p.text)).toEqual(expected.map((p) => p.text));
    expectOwnLook(after.slice(0, -1));
  });

  test("an empty paragraph of the clerk's at the cursor takes the part before it and stays as it was", async () => {
    const model = clerkDocument();
    model.paragraphs.splice(2, 0, { index: 2, text: "", format: { alignment: "right", firstLineIndent: 10 } });
    model.paragraphs.forEach((p, index) => (p.index = index));
    const { sim, adapter } = setup(model);
    const before = sim.document.paragraphs();
    sim.document.setSelection({ paragraph: 2, start: 0, end: 0 });
    const ooxml = part("outline");
    const expected = await partParagraphs(ooxml);
    await adapter.insertOoxml(ooxml, "cursor");
    const after = sim.document.paragraphs();
    expect(after).toHaveLength(before.length + expected.length);
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after.slice(2 + expected.length)).toEqual(before.slice(2));
  });
});

describe("after a read (a check), the header in one round trip: hasHeader from the read, the place too", () => {
  /** The pane's steps: ask whether there is a header, then insert it at the start. */
  async function askThenInsert(sim: SimulatedWord, adapter: ReturnType<typeof setup>["adapter"], ooxml: string): Promise<{ header: boolean; syncs: number }> {
    let header = true;
    const syncs = await syncsOf(sim, async () => {
      header = await adapter.hasHeader();
      if (!header) await adapter.insertOoxml(ooxml, "start");
    });
    return { header, syncs };
  }

  test("a document with text: one sync, the header before the first paragraph, every paragraph of the clerk's as it was", async () => {
    const { sim, adapter } = setup(clerkDocument());
    await adapter.readDocument();
    const before = sim.document.paragraphs();
    const ooxml = part("header");
    const expected = await partParagraphs(ooxml);
    expect(await askThenInsert(sim, adapter, ooxml)).toEqual({ header: false, syncs: 1 });
    const inserted = expectInsertedAt(before, sim.document.paragraphs(), 0, expected.length);
    expect(inserted.map((p) => p.text)).toEqual(expected.map((p) => p.text));
    expectOwnLook(inserted);
  });

  test("a document that begins with a table: one sync, the header before the table, not in its first cell", async () => {
    const { sim, adapter } = setup(clerkDocument({ startsWithTable: true }));
    await adapter.readDocument();
    const before = sim.document.paragraphs();
    const ooxml = part("header");
    const expected = await partParagraphs(ooxml);
    expect(await askThenInsert(sim, adapter, ooxml)).toEqual({ header: false, syncs: 1 });
    expectOwnLook(expectInsertedAt(before, sim.document.paragraphs(), 0, expected.length));
  });

  test("an empty document: one sync, the part, then the document's own empty paragraph as it was", async () => {
    const { sim, adapter } = setup({ source: "word", paragraphs: [], notices: [] });
    await adapter.readDocument();
    const before = sim.document.paragraphs();
    const ooxml = part("header");
    const expected = await partParagraphs(ooxml);
    expect(await askThenInsert(sim, adapter, ooxml)).toEqual({ header: false, syncs: 1 });
    const after = sim.document.paragraphs();
    expect(after).toHaveLength(expected.length + 1);
    expect(after[after.length - 1]).toEqual(before[0]);
    expect(after.slice(0, -1).map((p) => p.text)).toEqual(expected.map((p) => p.text));
  });

  test("a document that has a header: said without a round trip; inserted anyway when the clerk confirms, above it, in one sync", async () => {
    const { sim, adapter } = setup(clerkDocument());
    const ooxml = part("header");
    const expected = await partParagraphs(ooxml);
    await adapter.insertOoxml(ooxml, "start");
    await adapter.readDocument();
    const before = sim.document.paragraphs();
    expect(await askThenInsert(sim, adapter, ooxml)).toEqual({ header: true, syncs: 0 });
    expect(await syncsOf(sim, () => adapter.insertOoxml(ooxml, "start"))).toBe(1);
    expectInsertedAt(before, sim.document.paragraphs(), 0, expected.length);
  });

  test("the top changed since the read: nothing goes in on the stale place; two more syncs put it before the first paragraph as it is now", async () => {
    const { sim, adapter } = setup(clerkDocument());
    await adapter.readDocument();
    sim.document.removeParagraph(0);
    const before = sim.document.paragraphs();
    const ooxml = part("header");
    const expected = await partParagraphs(ooxml);
    expect(await askThenInsert(sim, adapter, ooxml)).toEqual({ header: false, syncs: 3 });
    expectInsertedAt(before, sim.document.paragraphs(), 0, expected.length);
  });

  test("a header put in since the read (the clerk's paste, a co-author): not inserted a second time; asked again, there is one", async () => {
    const { sim, adapter } = setup(clerkDocument());
    await adapter.readDocument();
    const ooxml = part("header");
    await createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported }).insertOoxml(ooxml, "start");
    const before = sim.document.paragraphs();
    expect(await adapter.hasHeader()).toBe(false);
    await expect(adapter.insertOoxml(ooxml, "start")).rejects.toMatchObject({ code: "header-appeared" });
    expect(sim.document.paragraphs()).toEqual(before);
    expect(await adapter.hasHeader()).toBe(true);
  });

  test("the closing and the outline at the cursor keep their two syncs after a read", async () => {
    const { sim, adapter } = setup(clerkDocument());
    await adapter.readDocument();
    expect(await syncsOf(sim, () => adapter.insertOoxml(part("closing"), "end"))).toBe(2);
    await adapter.readDocument();
    sim.document.setSelection({ paragraph: 1, start: 3, end: 3 });
    expect(await syncsOf(sim, () => adapter.insertOoxml(part("outline"), "cursor"))).toBe(2);
  });
});

describe("the same insertions without the landing paragraph damage the clerk's text (why the adapter makes one)", () => {
  test("body Start pastes the header's last line into the clerk's first paragraph", async () => {
    const { sim } = setup(clerkDocument());
    const before = sim.document.paragraphs();
    await sim.Word.run(async (context) => {
      context.document.body.insertOoxml(part("header", "party"), "Start");
      await context.sync();
    });
    const merged = sim.document.paragraphs().find((p) => p.text.includes("Kính gửi"));
    expect(merged?.text).toBe(`-----${before[0].text}`);
  });

  test("a cursor inside a paragraph: the outline's first heading swallows the text before it", async () => {
    const { sim } = setup(clerkDocument());
    const text = sim.document.paragraphs()[1].text;
    sim.document.setSelection({ paragraph: 1, start: 10, end: 10 });
    await sim.Word.run(async (context) => {
      context.document.getSelection().insertOoxml(part("outline"), "After");
      await context.sync();
    });
    const joined = sim.document.paragraphs()[1];
    expect(joined.text.startsWith(text.slice(0, 10))).toBe(true);
    expect(joined.styleBuiltIn).toBe("Heading1");
  });
});

describe("insertOoxmlBefore", () => {
  test("puts each part before the paragraph it names, as read, in two syncs, the clerk's paragraphs unchanged", async () => {
    const { sim, adapter } = setup(clerkDocument({ startsWithTable: true }));
    const before = sim.document.paragraphs();
    const outline = part("outline");
    const expected = await partParagraphs(outline);
    const syncs = await syncsOf(sim, () =>
      adapter.insertOoxmlBefore([
        { ooxml: outline, before: 4 },
        { ooxml: outline, before: null },
        { ooxml: part("header"), before: 0 },
      ]),
    );
    expect(syncs).toBe(2);
    const after = sim.document.paragraphs();
    const clerk = after.filter((p) => before.some((b) => b.text === p.text && b.text !== ""));
    expect(clerk).toEqual(before);
    const texts = after.map((p) => p.text);
    // The header went before the table (not into its first cell), the outline before paragraph 4 and at the end.
    expect(texts.indexOf("BÁO CÁO")).toBeLessThan(texts.indexOf("BẢNG SỐ LIỆU KÈM THEO"));
    expect(after.find((p) => p.text === "BẢNG SỐ LIỆU KÈM THEO")?.tableNestingLevel).toBe(1);
    const firstHeading = expected[0].text;
    const places = texts.flatMap((text, index) => (text === firstHeading ? [index] : []));
    expect(places).toHaveLength(2);
    expect(texts[places[0] + expected.length + 1]).toBe(before[4].text);
    expect(places[1]).toBe(after.length - expected.length - 1);
  });
});
