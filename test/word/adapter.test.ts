import { formatFinding } from "../../src/engine/format";
import { InputError } from "../../src/engine/errors";
import type { DocumentModel } from "../../src/engine/model";
import type { Finding } from "../../src/engine/types";
import { createWordAdapter, REQUEST_SETTING } from "../../src/word/adapter";
import { WordAdapterError } from "../../src/word/errors";
import { createSimulatedWord, SimOfficeError, type SimChange, type SimulatedWord } from "../../src/word/simulator";
import type { WordLike } from "../../src/word/types";
import { flatOpc, headerOoxml, seedModel, seedText, wp } from "./fixtures";

function setup(model: DocumentModel, apiMinorVersion = 4) {
  const sim = createSimulatedWord(model, { apiMinorVersion });
  const adapter = createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported });
  return { sim, adapter };
}

/** Runs `action` and returns how many round trips it cost. */
async function syncsOf(sim: SimulatedWord, action: () => Promise<unknown>): Promise<number> {
  const before = sim.syncCount();
  await action();
  return sim.syncCount() - before;
}

function selectedText(sim: SimulatedWord): string {
  const selection = sim.document.selection();
  if (!selection) throw new Error("no selection");
  return sim.document.paragraphs()[selection.paragraph].text.slice(selection.start, selection.end);
}

describe("readDocument", () => {
  test("reads the whole body in one sync and maps Word's values to the model", async () => {
    const model = seedModel("004", 4);
    model.paragraphs[6].marks = [{ start: 0, end: 8, kind: "bold" }];
    const { sim, adapter } = setup(model);
    let read: DocumentModel | undefined;
    expect(await syncsOf(sim, async () => (read = await adapter.readDocument()))).toBe(1);
    if (!read) throw new Error("nothing read");

    expect(read.source).toBe("word");
    expect(read.notices).toEqual([]);
    expect(read.paragraphs.map((p) => p.text)).toEqual(model.paragraphs.map((p) => p.text));
    expect(read.paragraphs.map((p) => p.index)).toEqual(model.paragraphs.map((_, index) => index));
    // The header table: cells in one table, depth 1, with their row and cell as the .docx gives them.
    expect(read.paragraphs.slice(0, 5).map((p) => p.cell)).toEqual([
      { table: 0, row: 0, cell: 0, depth: 1 },
      { table: 0, row: 0, cell: 1, depth: 1 },
      { table: 0, row: 0, cell: 0, depth: 1 },
      { table: 0, row: 0, cell: 1, depth: 1 },
      undefined,
    ]);
    expect(read.paragraphs[1]).toMatchObject({
      text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
      format: { bold: true, alignment: "center", font: "Times New Roman", size: 14 },
    });
    // Mixed bold is unknown, not false.
    expect(read.paragraphs[6].format.bold).toBeUndefined();
    expect(read.paragraphs[6].format.italic).toBe(false);
  });

  test("built-in headings become heading levels; a second table gets the next index", async () => {
    const model = seedModel("001");
    model.paragraphs[5].cell = { table: 3, row: 1, cell: 1, depth: 1 };
    model.paragraphs[6].cell = { table: 3, row: 1, cell: 1, depth: 2 };
    model.paragraphs[9].cell = { table: 4, row: 0, cell: 0, depth: 1 };
    const { adapter } = setup(model);
    const read = await adapter.readDocument();
    const headings = read.paragraphs.filter((p) => p.format.headingLevel).map((p) => [p.text, p.format.headingLevel]);
    expect(headings[0]).toEqual(["BÁO CÁO", 2]);
    expect(headings[1]).toEqual(["I- Tình hình chung:", 3]);
    // Row and cell are the innermost cell's: the nested table's for the paragraph at depth 2.
    expect([read.paragraphs[5].cell, read.paragraphs[6].cell, read.paragraphs[9].cell]).toEqual([
      { table: 0, row: 1, cell: 1, depth: 1 },
      { table: 0, row: 1, cell: 1, depth: 2 },
      { table: 1, row: 0, cell: 0, depth: 1 },
    ]);
  });

  test("a check-like read never changes the document or the selection", async () => {
    const { sim, adapter } = setup(seedModel("000"));
    sim.document.setSelection({ paragraph: 2, start: 4, end: 12 });
    const before = { paragraphs: sim.document.paragraphs(), selection: sim.document.selection() };
    const changes: SimChange[] = [];
    sim.onChange((change) => changes.push(change));
    await adapter.readDocument();
    await adapter.hasHeader();
    await adapter.readDocument();
    expect({ paragraphs: sim.document.paragraphs(), selection: sim.document.selection() }).toEqual(before);
    expect(changes).toEqual([]);
  });
});

describe("selectSpan", () => {
  test("selects a first occurrence in two syncs", async () => {
    const model = seedModel("000");
    const paragraph = model.paragraphs.findIndex((p) => p.text.includes("4701/UBND-NC2"));
    const start = model.paragraphs[paragraph].text.indexOf("4701/UBND-NC2");
    const { sim, adapter } = setup(model);
    let selected = "";
    const syncs = await syncsOf(sim, async () => {
      selected = await adapter.selectSpan({ paragraph, start, end: start + 13 }, "4701/UBND-NC2");
    });
    expect(selected).toBe("exact");
    expect(syncs).toBe(2);
    expect(sim.document.selection()).toEqual({ paragraph, start, end: start + 13 });
  });

  test("selects the second occurrence of a repeated word when that is the one meant", async () => {
    const model = seedModel("001");
    const paragraph = model.paragraphs.findIndex((p) => p.text.length > 600 && p.text.split("Tỉnh ủy").length > 3);
    const text = model.paragraphs[paragraph].text;
    const first = text.indexOf("Tỉnh ủy");
    const second = text.indexOf("Tỉnh ủy", first + 1);
    const { sim, adapter } = setup(model);
    let outcome = "";
    const syncs = await syncsOf(sim, async () => {
      outcome = await adapter.selectSpan({ paragraph, start: second, end: second + 7 }, "Tỉnh ủy");
    });
    expect(outcome).toBe("exact");
    expect(syncs).toBeLessThanOrEqual(3);
    expect(sim.document.selection()).toEqual({ paragraph, start: second, end: second + 7 });
  });

  test("selects a span of more than 255 characters inside a 600-character paragraph", async () => {
    const model = seedModel("001");
    const paragraph = model.paragraphs.findIndex((p) => p.text.length > 600);
    const text = model.paragraphs[paragraph].text;
    const start = 120;
    const end = 120 + 400;
    const { sim, adapter } = setup(model);
    const syncs = await syncsOf(sim, () => adapter.selectSpan({ paragraph, start, end }, text.slice(start, end)));
    expect(syncs).toBe(3);
    expect(sim.document.selection()).toEqual({ paragraph, start, end });
    expect(selectedText(sim)).toBe(text.slice(start, end));
  });

  test("a long excerpt whose head repeats earlier in the paragraph still lands on the right place", async () => {
    const sentence = "Sở Ngoại vụ báo cáo tình hình thực hiện nhiệm vụ được giao. ";
    const text = sentence.repeat(12);
    const { sim, adapter } = setup({ source: "text", paragraphs: [{ index: 0, text, format: {} }], notices: [] });
    const start = sentence.length * 3;
    const end = start + sentence.length * 6;
    await adapter.selectSpan({ paragraph: 0, start, end }, text.slice(start, end));
    expect(sim.document.selection()).toEqual({ paragraph: 0, start, end });
  });

  test("tabs and carets in the excerpt are escaped for Word's search", async () => {
    const text = "Nơi nhận:\t- Như trên; ^ ghi chú\t- Lưu: VT.";
    const { sim, adapter } = setup({ source: "text", paragraphs: [{ index: 0, text, format: {} }], notices: [] });
    const start = text.indexOf("^");
    await adapter.selectSpan({ paragraph: 0, start, end: text.length }, text.slice(start));
    expect(selectedText(sim)).toBe("^ ghi chú\t- Lưu: VT.");
  });

  test("after an edit moved the text, the occurrence nearest the old place is selected", async () => {
    const model = seedModel("000");
    const paragraph = model.paragraphs.findIndex((p) => p.text.includes("Sở Ngoại vụ báo cáo"));
    const start = model.paragraphs[paragraph].text.indexOf("Sở Ngoại vụ báo cáo");
    const { sim, adapter } = setup(model);
    sim.document.typeText(paragraph, 0, "Căn cứ ");
    expect(await adapter.selectSpan({ paragraph, start, end: start + 19 }, "Sở Ngoại vụ báo cáo")).toBe("nearby");
    expect(sim.document.selection()).toEqual({ paragraph, start: start + 7, end: start + 26 });
  });

  test("when the excerpt is gone the whole paragraph is selected, and the caller is told", async () => {
    const { sim, adapter } = setup(seedModel("000"));
    const paragraph = 3;
    const length = sim.document.paragraphs()[paragraph].text.length;
    expect(await adapter.selectSpan({ paragraph, start: 0, end: 5 }, "không có ở đây")).toBe("paragraph");
    expect(sim.document.selection()).toEqual({ paragraph, start: 0, end: length });
  });

  test("says the paragraph is gone when it no longer exists", async () => {
    const model = seedModel("004");
    const { sim, adapter } = setup(model);
    const last = model.paragraphs.length - 1;
    sim.document.removeParagraph(last);
    const before = sim.document.selection();
    expect(await adapter.selectSpan({ paragraph: last, start: 0, end: 3 }, model.paragraphs[last].text.slice(0, 3))).toBe("gone");
    expect(sim.document.selection()).toEqual(before);
  });
});

describe("insertOoxml", () => {
  const inserted = flatOpc(
    wp("BÁO CÁO", { style: "Heading1", align: "center" }) + wp("I. Kết quả thực hiện", { style: "Heading2" }),
  );

  // Two syncs: one reads the place, one makes the part's own paragraph and inserts (src/word/insert.ts).
  // The part is followed by that paragraph, left empty; test/word/insert.test.ts covers every place.
  test("at the start of the body, in two syncs", async () => {
    const model = seedModel("000");
    const { sim, adapter } = setup(model);
    expect(await syncsOf(sim, () => adapter.insertOoxml(inserted, "start"))).toBe(2);
    const paragraphs = sim.document.paragraphs();
    expect(paragraphs.slice(0, 3).map((p) => [p.text, p.styleBuiltIn, p.alignment])).toEqual([
      ["BÁO CÁO", "Heading1", "Centered"],
      ["I. Kết quả thực hiện", "Heading2", "Left"],
      ["", "Normal", "Left"],
    ]);
    expect(paragraphs.slice(3).map((p) => p.text)).toEqual(model.paragraphs.map((p) => p.text));
  });

  test("at the end of the body", async () => {
    const model = seedModel("000");
    const { sim, adapter } = setup(model);
    await adapter.insertOoxml(inserted, "end");
    const texts = sim.document.paragraphs().map((p) => p.text);
    expect(texts.slice(0, -3)).toEqual(model.paragraphs.map((p) => p.text));
    expect(texts.slice(-3)).toEqual(["BÁO CÁO", "I. Kết quả thực hiện", ""]);
  });

  test("after the paragraph of a selection, never replacing or splitting the selected text", async () => {
    const model = seedModel("000");
    const paragraph = model.paragraphs.findIndex((p) => p.text.includes("Sở Ngoại vụ báo cáo như sau:"));
    const text = model.paragraphs[paragraph].text;
    const start = text.indexOf("Sở Ngoại vụ");
    const end = text.indexOf(" như sau:");
    const { sim, adapter } = setup(model);
    sim.document.setSelection({ paragraph, start, end });
    expect(await syncsOf(sim, () => adapter.insertOoxml(inserted, "cursor"))).toBe(2);
    const texts = sim.document.paragraphs().map((p) => p.text);
    expect(texts.slice(paragraph, paragraph + 4)).toEqual([text, "BÁO CÁO", "I. Kết quả thực hiện", ""]);
    expect(texts[paragraph + 4]).toBe(model.paragraphs[paragraph + 1].text);
    expect(sim.document.selection()).toEqual({ paragraph, start, end });
    expect(selectedText(sim)).toBe(text.slice(start, end));
  });

  test("a selected whole paragraph stays, the parts follow it", async () => {
    const model = seedModel("000");
    const { sim, adapter } = setup(model);
    sim.document.setSelection({ paragraph: 1, start: 0, end: model.paragraphs[1].text.length });
    await adapter.insertOoxml(inserted, "cursor");
    expect(sim.document.paragraphs().map((p) => p.text).slice(0, 6)).toEqual([
      model.paragraphs[0].text,
      model.paragraphs[1].text,
      "BÁO CÁO",
      "I. Kết quả thực hiện",
      "",
      model.paragraphs[2].text,
    ]);
  });

  test("at a bare cursor at the start of a paragraph it inserts before that paragraph", async () => {
    const model = seedModel("000");
    const { sim, adapter } = setup(model);
    sim.document.setSelection({ paragraph: 3, start: 0, end: 0 });
    await adapter.insertOoxml(inserted, "cursor");
    const texts = sim.document.paragraphs().map((p) => p.text);
    expect(texts.slice(2, 7)).toEqual([model.paragraphs[2].text, "BÁO CÁO", "I. Kết quả thực hiện", "", model.paragraphs[3].text]);
    expect(texts).toHaveLength(model.paragraphs.length + 3);
  });

  test("a refused insertion becomes an error the task pane can show", async () => {
    const { adapter } = setup(seedModel("000"));
    await expect(adapter.insertOoxml("<w:p>", "end")).rejects.toBeInstanceOf(WordAdapterError);
  });

  test("Word's own failures reach the task pane as Vietnamese messages with the cause kept", async () => {
    const refusal = new SimOfficeError("ApiNotFound", "WordApi 1.3 is not supported.");
    const broken: WordLike = {
      run: async () => {
        throw refusal;
      },
    };
    const adapter = createWordAdapter(broken);
    await expect(adapter.readDocument()).rejects.toMatchObject({ code: "read-failed", reason: refusal });
    await expect(adapter.selectSpan({ paragraph: 0, start: 0, end: 1 }, "K")).rejects.toMatchObject({
      code: "select-failed",
      message: expect.stringContaining("Kiểm tra lại"),
    });
  });
});

describe("placeCursor", () => {
  test("puts the cursor at the start or the end of a paragraph, in one sync", async () => {
    const model = seedModel("000");
    const { sim, adapter } = setup(model);
    const last = model.paragraphs.length - 1;
    expect(await syncsOf(sim, async () => expect(await adapter.placeCursor({ paragraph: 3, placement: "before" })).toBe("placed"))).toBe(1);
    expect(sim.document.selection()).toEqual({ paragraph: 3, start: 0, end: 0 });
    const length = model.paragraphs[last].text.length;
    expect(await syncsOf(sim, async () => expect(await adapter.placeCursor({ paragraph: last, placement: "after" })).toBe("placed"))).toBe(1);
    expect(sim.document.selection()).toEqual({ paragraph: last, start: length, end: length });
    await adapter.placeCursor({ paragraph: 0, placement: "before" });
    expect(sim.document.selection()).toEqual({ paragraph: 0, start: 0, end: 0 });
  });

  test("says the paragraph is gone when the document became shorter, leaving the selection", async () => {
    const model = seedModel("000");
    const { sim, adapter } = setup(model);
    sim.document.setSelection({ paragraph: 2, start: 1, end: 4 });
    expect(await adapter.placeCursor({ paragraph: model.paragraphs.length + 5, placement: "after" })).toBe("gone");
    expect(sim.document.selection()).toEqual({ paragraph: 2, start: 1, end: 4 });
  });
});

describe("insertOoxmlBefore", () => {
  const part = (text: string): string => flatOpc(wp(text, { style: "Heading1" }));

  test("puts each part before the paragraph it names, as read, in two syncs", async () => {
    const model = seedModel("000");
    const texts = model.paragraphs.map((p) => p.text);
    const { sim, adapter } = setup(model);
    const syncs = await syncsOf(sim, () =>
      adapter.insertOoxmlBefore([
        { ooxml: part("A"), before: 2 },
        { ooxml: part("END"), before: null },
        { ooxml: part("B"), before: 5 },
        { ooxml: part("A2"), before: 2 },
        { ooxml: part("END2"), before: null },
        { ooxml: part("FIRST"), before: 0 },
      ]),
    );
    expect(syncs).toBe(2);
    // Each part is followed by its own (empty) paragraph.
    const expected = [...texts];
    expected.splice(5, 0, "B", "");
    expected.splice(2, 0, "A", "", "A2", "");
    expected.splice(0, 0, "FIRST", "");
    expected.push("END", "", "END2", "");
    expect(sim.document.paragraphs().map((p) => p.text)).toEqual(expected);
  });

  test("fails with the clerk's message, not Word's, when a paragraph is gone", async () => {
    const model = seedModel("000");
    const { adapter } = setup(model);
    await expect(adapter.insertOoxmlBefore([{ ooxml: part("X"), before: model.paragraphs.length + 3 }])).rejects.toMatchObject({
      code: "insert-failed",
    });
  });
});

describe("hasHeader", () => {
  test("finds the national motto in a header table, not in a reply without one", async () => {
    expect(await setup(seedModel("004", 4)).adapter.hasHeader()).toBe(true);
    expect(await setup(seedModel("000")).adapter.hasHeader()).toBe(false);
  });

  test("sees a header once it has been inserted, spelled HOÀ or HÒA", async () => {
    const { adapter } = setup(seedModel("000"));
    await adapter.insertOoxml(headerOoxml(), "start");
    expect(await adapter.hasHeader()).toBe(true);
    const party = setup({
      source: "text",
      paragraphs: [
        { index: 0, text: "TỈNH ỦY KIÊN GIANG", format: {} },
        { index: 1, text: "ĐẢNG CỘNG SẢN VIỆT NAM", format: {} },
      ],
      notices: [],
    });
    expect(await party.adapter.hasHeader()).toBe(true);
    const oldSpelling = setup({ source: "text", paragraphs: [{ index: 0, text: "Cộng hoà xã hội chủ nghĩa Việt Nam", format: {} }], notices: [] });
    expect(await oldSpelling.adapter.hasHeader()).toBe(true);
  });

  test("a motto far down the document is not a header", async () => {
    const model = seedModel("000");
    model.paragraphs[40].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    expect(await setup(model).adapter.hasHeader()).toBe(false);
  });
});

function findingAt(model: DocumentModel, needle: string, occurrence = 0): Finding {
  let paragraph = -1;
  let start = -1;
  let seen = 0;
  for (const p of model.paragraphs) {
    let from = p.text.indexOf(needle);
    while (from >= 0) {
      if (seen === occurrence) {
        paragraph = p.index;
        start = from;
        break;
      }
      seen++;
      from = p.text.indexOf(needle, from + needle.length);
    }
    if (paragraph >= 0) break;
  }
  return {
    rule: "date-invalid",
    severity: "error",
    messageId: "impossible",
    data: { date: needle, reason: { vi: "kiểm tra lại", en: "check it" } },
    span: { paragraph, start, end: start + needle.length },
    excerpt: needle,
  };
}

describe("highlights", () => {
  test("highlight then clear leaves every paragraph exactly as before", async () => {
    const model = seedModel("001");
    const { sim, adapter } = setup(model);
    const long = model.paragraphs.find((p) => p.text.length > 600);
    if (!long) throw new Error("no long paragraph");
    const longFinding: Finding = {
      ...findingAt(model, "Tỉnh ủy"),
      span: { paragraph: long.index, start: 50, end: 450 },
      excerpt: long.text.slice(50, 450),
    };
    // A span that already carries a highlight of the user's own must get it back.
    const own = findingAt(model, "1702-CV/BNCTU");
    await sim.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const ranges = paragraphs.items[own.span?.paragraph ?? 0].search("1702-CV/BNCTU", { matchCase: true });
      ranges.load("items/text");
      await context.sync();
      ranges.items[0].font.highlightColor = "Green";
      await context.sync();
    });
    const before = sim.document.paragraphs();

    const targets = [findingAt(model, "Tỉnh ủy", 1), own, longFinding, findingAt(model, "Văn phòng")];
    let marked = 0;
    const syncs = await syncsOf(sim, async () => (marked = await adapter.highlightSpans(targets)));
    expect(marked).toBe(4);
    expect(syncs).toBe(4);
    const during = sim.document.paragraphs();
    expect(during).not.toEqual(before);
    const highlighted = during.flatMap((p) => p.runs.filter((run) => run.font.highlightColor === "Turquoise").map((run) => run.text));
    expect(highlighted).toEqual(expect.arrayContaining(["1702-CV/BNCTU", "Văn phòng"]));
    expect(during.map((p) => p.text)).toEqual(before.map((p) => p.text));

    expect(await syncsOf(sim, async () => expect(await adapter.clearHighlights()).toBe(true))).toBe(1);
    expect(sim.document.paragraphs()).toEqual(before);
  });

  test("marks follow the text when paragraphs are inserted before them", async () => {
    const model = seedModel("000");
    const { sim, adapter } = setup(model);
    const before = sim.document.paragraphs();
    await adapter.highlightSpans([findingAt(model, "Sở Ngoại vụ")]);
    await adapter.insertOoxml(headerOoxml(), "start");
    const withHeader = sim.document.paragraphs();
    await adapter.clearHighlights();
    const after = sim.document.paragraphs();
    expect(after.slice(withHeader.length - before.length)).toEqual(before);
  });

  test("a span that already mixes highlight colours is left alone", async () => {
    const text = "Báo cáo trước ngày 08/9/2023";
    const { sim, adapter } = setup({ source: "text", paragraphs: [{ index: 0, text, format: {} }], notices: [] });
    await sim.Word.run(async (context) => {
      const ranges = context.document.body.paragraphs.getFirst().search("08/9", { matchCase: true });
      ranges.load("items/text");
      await context.sync();
      ranges.items[0].font.highlightColor = "Pink";
      await context.sync();
    });
    const before = sim.document.paragraphs();
    const finding = { span: { paragraph: 0, start: 14, end: 28 }, excerpt: "ngày 08/9/2023" };
    expect(await adapter.highlightSpans([finding])).toBe(0);
    expect(sim.document.paragraphs()).toEqual(before);
  });
});

describe("comments", () => {
  test("adds one comment per finding with a span when WordApi 1.4 is there", async () => {
    const model = seedModel("000");
    const { sim, adapter } = setup(model);
    expect(adapter.canAddComments()).toBe(true);
    const findings = [findingAt(model, "4701/UBND-NC2"), { ...findingAt(model, "x"), span: undefined }];
    expect(await syncsOf(sim, async () => expect(await adapter.addComments(findings, (f) => formatFinding(f, "vi"))).toBe(1))).toBe(3);
    const [comment] = sim.document.comments();
    expect(comment).toEqual({ ...findings[0].span, text: 'Ngày "4701/UBND-NC2" không có thật: kiểm tra lại.' });
    await adapter.addComments([findingAt(model, "Sở Nội vụ")], (f) => formatFinding(f, "en"));
    expect(sim.document.comments().map((c) => c.text)).toContain('The date "Sở Nội vụ" does not exist: check it.');
  });

  test("refuses clearly on Word without WordApi 1.4", async () => {
    const { adapter } = setup(seedModel("000"), 3);
    expect(adapter.canAddComments()).toBe(false);
    await expect(adapter.addComments([], (f) => f.excerpt)).rejects.toMatchObject({ code: "comments-unsupported" });
  });
});

describe("the request kept with the document", () => {
  test("is stored in the document settings and read back", async () => {
    const { sim, adapter } = setup(seedModel("000"));
    expect(adapter.getStoredRequest()).toBeNull();
    const request = JSON.stringify({ number: "4874/BNV-CCVC", deadline: "2023-09-08" });
    await adapter.storeRequest(request);
    expect(adapter.getStoredRequest()).toBe(request);
    expect(sim.settings.saved()).toEqual({ [REQUEST_SETTING]: request });
  });

  test("text that is not JSON is refused with an InputError", async () => {
    const { adapter } = setup(seedModel("000"));
    await expect(adapter.storeRequest(seedText("002").slice(0, 50))).rejects.toBeInstanceOf(InputError);
    expect(adapter.getStoredRequest()).toBeNull();
  });

  test("a save that fails everywhere is reported", async () => {
    const sim = createSimulatedWord(seedModel("000"));
    // Word refuses the document properties too (a read-only document, say).
    const refusing: WordLike = { run: (() => Promise.reject(new SimOfficeError("InvalidArgument", "read-only"))) as WordLike["run"] };
    const adapter = createWordAdapter(refusing, {
      settings: { ...sim.settings, saveAsync: (callback) => callback?.({ status: "failed", error: { message: "quota" } }) },
    });
    await expect(adapter.storeRequest("{}")).rejects.toMatchObject({ code: "save-failed" });
    await expect(createWordAdapter(refusing).storeRequest("{}")).rejects.toMatchObject({ code: "settings-unavailable" });
  });
});
