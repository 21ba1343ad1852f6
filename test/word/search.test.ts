/**
 * Finding a finding's text in Word as Word's search really behaves: the Find dialog blocking
 * every search, straight and curly quotes, manual line breaks (also on the web), one rejected
 * search among many, and the 255-character limit.
 */
import type { DocumentModel } from "../../src/engine/model";
import type { Finding } from "../../src/engine/types";
import { createWordAdapter, type MarkTarget } from "../../src/word/adapter";
import { WordAdapterError } from "../../src/word/errors";
import { planSpanSearch, WORD_SEARCH_LIMIT } from "../../src/word/locate";
import { createSimulatedWord, type SimulatedWordOptions } from "../../src/word/simulator";
import { findInText } from "../../src/word/simulator/search";

function modelOf(texts: readonly string[]): DocumentModel {
  return { source: "word", notices: [], paragraphs: texts.map((text, index) => ({ index, text, format: {} })) };
}

function setup(texts: readonly string[], options: SimulatedWordOptions = {}) {
  const sim = createSimulatedWord(modelOf(texts), options);
  const adapter = createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported });
  return { sim, adapter };
}

function selectedText(sim: ReturnType<typeof setup>["sim"]): string {
  const selection = sim.document.selection();
  if (!selection) throw new Error("no selection");
  return sim.document.paragraphs()[selection.paragraph].text.slice(selection.start, selection.end);
}

/** The target for `excerpt` meant at `start` of paragraph `paragraph`. */
function target(paragraph: number, start: number, excerpt: string): MarkTarget {
  return { span: { paragraph, start, end: start + excerpt.length }, excerpt };
}

function finding(place: MarkTarget): Finding {
  return { rule: "test", severity: "warning", messageId: "test", data: {}, ...place };
}

/** The highlighted stretches of each paragraph's text. */
function highlighted(sim: ReturnType<typeof setup>["sim"]): string[] {
  return sim.document
    .paragraphs()
    .flatMap((paragraph) => paragraph.runs.filter((run) => run.font.highlightColor).map((run) => run.text));
}

describe("the simulator's search, as Word's", () => {
  test("a straight quote finds curly ones too; a curly quote finds only itself", () => {
    const text = "gọi là “A” và \"A\"";
    expect(findInText(text, '"A"', { matchCase: true })).toEqual([7, 14]);
    expect(findInText(text, "“A”", { matchCase: true })).toEqual([7]);
  });

  test("the Find dialog being open fails every search", () => {
    const host = { platform: "PC" as const, findDialogOpen: true };
    expect(() => findInText("abc", "b", {}, host)).toThrow(expect.objectContaining({ code: "SearchDialogIsOpen" }));
  });

  test("Word on the web finds no manual line break; desktop does", () => {
    expect(findInText("a\u000bb", "a^lb", {}, { platform: "OfficeOnline", findDialogOpen: false })).toEqual([]);
    expect(findInText("a\u000bb", "a^lb", {}, { platform: "PC", findDialogOpen: false })).toEqual([0]);
  });

  test("more than 255 characters is refused", () => {
    expect(() => findInText("x".repeat(300), "x".repeat(256), {})).toThrow(
      expect.objectContaining({ code: "SearchStringInvalidOrTooLong" }),
    );
  });
});

describe("Find and Replace dialog open", () => {
  test("selecting says to close the dialog, in Vietnamese and English, instead of blaming the document", async () => {
    const { sim, adapter } = setup(["Căn cứ Luật Tổ chức chính quyền địa phương."]);
    sim.document.setFindDialogOpen(true);
    const failure = await adapter.selectSpan({ paragraph: 0, start: 7, end: 10 }, "Luật").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WordAdapterError);
    expect((failure as WordAdapterError).code).toBe("find-dialog-open");
    expect((failure as WordAdapterError).message).toMatch(/Tìm và Thay thế.*đóng/);
    expect((failure as WordAdapterError).messageEn).toMatch(/Find and Replace.*Close/);
    sim.document.setFindDialogOpen(false);
    await expect(adapter.selectSpan({ paragraph: 0, start: 7, end: 11 }, "Luật")).resolves.toBe("exact");
  });

  test("highlights and comments say the same, and mark nothing", async () => {
    const { sim, adapter } = setup(["Căn cứ Luật Tổ chức chính quyền địa phương."]);
    sim.document.setFindDialogOpen(true);
    await expect(adapter.highlightSpans([target(0, 7, "Luật")])).rejects.toMatchObject({ code: "find-dialog-open" });
    await expect(
      adapter.addComments([finding(target(0, 7, "Luật"))], () => "Xem lại"),
    ).rejects.toMatchObject({ code: "find-dialog-open" });
    expect(highlighted(sim)).toEqual([]);
    expect(sim.document.comments()).toEqual([]);
  });
});

describe("straight and curly quotes", () => {
  const text = 'Theo "Quy chế" cũ và “Quy chế” mới';

  test("an excerpt with curly quotes is found where the paragraph has straight ones", async () => {
    const { sim, adapter } = setup([text]);
    await expect(adapter.selectSpan({ paragraph: 0, start: 5, end: 14 }, "“Quy chế”")).resolves.toBe("exact");
    expect(selectedText(sim)).toBe('"Quy chế"');
  });

  test("an excerpt with straight quotes is found where the paragraph has curly ones", async () => {
    const { sim, adapter } = setup([text]);
    const start = text.indexOf("“");
    await expect(adapter.selectSpan({ paragraph: 0, start, end: start + 9 }, '"Quy chế"')).resolves.toBe("exact");
    expect(selectedText(sim)).toBe("“Quy chế”");
  });

  test("Word's looser match of a straight quote does not shift which occurrence is marked", async () => {
    // Straight-quoted text after a curly one: Word's search for '"Quy chế"' reports both.
    const both = '“Quy chế” cũ và "Quy chế" mới';
    const { sim, adapter } = setup([both]);
    const start = both.indexOf('"');
    await expect(adapter.selectSpan({ paragraph: 0, start, end: start + 9 }, '"Quy chế"')).resolves.toBe("exact");
    expect(sim.document.selection()).toEqual({ paragraph: 0, start, end: start + 9 });
    expect(await adapter.highlightSpans([target(0, start, '"Quy chế"')])).toBe(1);
    expect(highlighted(sim)).toEqual(['"Quy chế"']);
  });
});

describe("manual line breaks inside a paragraph", () => {
  const text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\u000bĐộc lập - Tự do - Hạnh phúc";

  test("an excerpt across the break is searched as the lines on either side, never the break itself", () => {
    const plan = planSpanSearch(text, { paragraph: 0, start: 0, end: text.length }, text);
    expect(plan?.head.text).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(plan?.tail?.text).toBe("Độc lập - Tự do - Hạnh phúc");
  });

  test("is selected whole on Word on the web, which cannot search a line break", async () => {
    const { sim, adapter } = setup([text], { platform: "OfficeOnline" });
    await expect(adapter.selectSpan({ paragraph: 0, start: 0, end: text.length }, text)).resolves.toBe("exact");
    expect(selectedText(sim)).toBe(text);
  });

  test("an excerpt read with \\n where Word has a manual line break is found", async () => {
    const { sim, adapter } = setup([text]);
    const excerpt = "VIỆT NAM\nĐộc lập";
    const start = text.indexOf("VIỆT NAM");
    await expect(adapter.selectSpan({ paragraph: 0, start, end: start + excerpt.length }, excerpt)).resolves.toBe("exact");
    expect(selectedText(sim)).toBe("VIỆT NAM\u000bĐộc lập");
  });
});

describe("one rejected search among many", () => {
  const texts = ["Kính gửi Sở Nội vụ.", "Căn cứ Quyết định số 12/QĐ-UBND.", "Đề nghị Sở Tài chính phối hợp."];
  const targets = [target(0, 9, "Sở Nội vụ"), target(1, 7, "Quyết định"), target(2, 8, "Sở Tài chính")];
  // Word rejects the search for one of them (as Word for Mac did for some strings).
  const options = { rejectsSearch: (searchText: string) => searchText === "Quyết định" };

  test("the other highlights are made, and the count says how many", async () => {
    const { sim, adapter } = setup(texts, options);
    expect(await adapter.highlightSpans(targets)).toBe(2);
    expect(highlighted(sim)).toEqual(["Sở Nội vụ", "Sở Tài chính"]);
    expect(await adapter.clearHighlights()).toBe(true);
    expect(highlighted(sim)).toEqual([]);
  });

  test("the other comments are added", async () => {
    const { sim, adapter } = setup(texts, options);
    expect(await adapter.addComments(targets.map(finding), () => "Xem lại")).toBe(2);
    expect(sim.document.comments().map((comment) => comment.paragraph)).toEqual([0, 2]);
  });

  test("selecting a span whose search Word rejects selects its paragraph, first or later occurrence", async () => {
    const repeated = ["Quyết định này thay thế Quyết định cũ."];
    const { sim, adapter } = setup(repeated, options);
    const later = repeated[0].lastIndexOf("Quyết định");
    await expect(adapter.selectSpan({ paragraph: 0, start: 0, end: 10 }, "Quyết định")).resolves.toBe("paragraph");
    await expect(adapter.selectSpan({ paragraph: 0, start: later, end: later + 10 }, "Quyết định")).resolves.toBe("paragraph");
    expect(selectedText(sim)).toBe(repeated[0]);
  });

  test("without a rejection all are found in one sync for the searches", async () => {
    const { sim, adapter } = setup(texts);
    const before = sim.syncCount();
    expect(await adapter.highlightSpans(targets)).toBe(3);
    // Texts, searches, previous highlights, marking: the count does not grow with the spans.
    expect(sim.syncCount() - before).toBe(4);
  });
});

describe("the 255-character limit", () => {
  test("a long excerpt is found by pieces within the limit and selected whole", async () => {
    const sentence = "Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành rà soát, bổ sung nội dung báo cáo. ";
    const text = sentence.repeat(6);
    const excerpt = text.slice(20, 20 + 400);
    const plan = planSpanSearch(text, { paragraph: 0, start: 20, end: 420 }, excerpt);
    expect(plan?.head.search.length).toBeLessThanOrEqual(WORD_SEARCH_LIMIT);
    expect(plan?.tail?.search.length).toBeLessThanOrEqual(WORD_SEARCH_LIMIT);
    const { sim, adapter } = setup([text]);
    await expect(adapter.selectSpan({ paragraph: 0, start: 20, end: 420 }, excerpt)).resolves.toBe("exact");
    expect(selectedText(sim)).toBe(excerpt);
  });
});
