/**
 * Selecting a finding after a check: one round trip when a stretch of its paragraph around the
 * excerpt is first met in the body at its place; the paragraphs are read otherwise.
 */
import { checkDocument } from "../../src/engine/check";
import { createWordAdapter } from "../../src/word/adapter";
import { modelFromParagraphs } from "../../src/engine/model";
import { createSimulatedWord, type SimulatedWord } from "../../src/word/simulator";
import { seedModel } from "./fixtures";

function setup(seed = "004") {
  const sim = createSimulatedWord(seedModel(seed));
  const adapter = createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported });
  return { sim, adapter };
}

async function syncsOf(sim: SimulatedWord, action: () => Promise<unknown>): Promise<number> {
  const before = sim.syncCount();
  await action();
  return sim.syncCount() - before;
}

function selected(sim: SimulatedWord): { paragraph: number; text: string } {
  const selection = sim.document.selection();
  if (!selection) throw new Error("no selection");
  return { paragraph: selection.paragraph, text: sim.document.paragraphs()[selection.paragraph].text.slice(selection.start, selection.end) };
}

describe("selectSpan after readDocument", () => {
  test("a finding whose excerpt first occurs in the body at its place is selected in one sync, exactly there", async () => {
    const { sim, adapter } = setup("002");
    const model = await adapter.readDocument();
    const [finding] = checkDocument(model, null).findings.filter((f) => f.rule === "reference-inconsistent");
    expect(finding?.span).toBeDefined();
    let outcome = "";
    expect(await syncsOf(sim, async () => (outcome = await adapter.selectSpan(finding.span!, finding.excerpt)))).toBe(1);
    expect([outcome, selected(sim)]).toEqual(["exact", { paragraph: finding.span!.paragraph, text: finding.excerpt }]);
  });

  test("so is the opening of every paragraph that opens with words not met before", async () => {
    const { sim, adapter } = setup();
    const texts = (await adapter.readDocument()).paragraphs.map((p) => p.text);
    const targets = texts
      .map((text, paragraph) => ({ span: { paragraph, start: 0, end: Math.min(15, text.length) }, excerpt: text.slice(0, 15) }))
      .filter(({ span, excerpt }) => excerpt.trim().length > 3 && texts.slice(0, span.paragraph).every((text) => !text.includes(excerpt)));
    expect(targets.length).toBeGreaterThan(5);
    for (const finding of targets) {
      let outcome = "";
      expect(await syncsOf(sim, async () => (outcome = await adapter.selectSpan(finding.span!, finding.excerpt)))).toBe(1);
      expect([outcome, selected(sim)]).toEqual(["exact", { paragraph: finding.span!.paragraph, text: finding.excerpt }]);
    }
  });

  test("an excerpt that also occurs earlier in the body is found by the words after it, still in one sync", async () => {
    const { sim, adapter } = setup();
    const model = await adapter.readDocument();
    const texts = model.paragraphs.map((p) => p.text);
    const word = "Ủy ban nhân dân";
    const paragraph = texts.findIndex((text, index) => index > 0 && text.includes(word) && texts.slice(0, index).some((t) => t.includes(word)));
    expect(paragraph).toBeGreaterThan(0);
    const start = texts[paragraph].indexOf(word);
    let outcome = "";
    expect(await syncsOf(sim, async () => (outcome = await adapter.selectSpan({ paragraph, start, end: start + word.length }, word)))).toBe(1);
    expect([outcome, selected(sim)]).toEqual(["exact", { paragraph, text: word }]);
  });

  test("an excerpt repeated earlier in its own paragraph: its own occurrence, in one sync", async () => {
    const texts = ["Kính gửi: Sở Nội vụ", "Báo cáo số 12 và báo cáo số 12/BC-UBND về công tác năm 2023.", "Nơi nhận: như trên."];
    const sim = createSimulatedWord(modelFromParagraphs(texts));
    const adapter = createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported });
    await adapter.readDocument();
    const start = texts[1].lastIndexOf("số 12");
    let outcome = "";
    expect(await syncsOf(sim, async () => (outcome = await adapter.selectSpan({ paragraph: 1, start, end: start + 5 }, "số 12")))).toBe(1);
    expect(outcome).toBe("exact");
    const selection = sim.document.selection();
    expect([selection?.paragraph, selection?.start, selection?.end]).toEqual([1, start, start + 5]);
  });

  test("a paragraph repeated whole earlier: the copies before it are stepped over in the same sync, and its own place selected", async () => {
    const line = "Đề nghị các đơn vị báo cáo trước ngày 15/9.";
    const texts = [line, "Mở đầu.", line, "Giữa.", line];
    const sim = createSimulatedWord(modelFromParagraphs(texts));
    const adapter = createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported });
    await adapter.readDocument();
    const start = line.indexOf("15/9");
    for (const paragraph of [4, 2, 0]) {
      expect(await syncsOf(sim, () => adapter.selectSpan({ paragraph, start, end: start + 4 }, "15/9"))).toBe(1);
      expect(sim.document.selection()).toMatchObject({ paragraph, start, end: start + 4 });
    }
    // One more copy typed before it since the read: the count differs, the paragraphs are read, the place is still its own.
    sim.document.typeText(1, 0, line);
    expect(await syncsOf(sim, () => adapter.selectSpan({ paragraph: 4, start, end: start + 4 }, "15/9"))).toBe(3);
    expect(sim.document.selection()).toMatchObject({ paragraph: 4, start, end: start + 4 });
  });

  test("a paragraph repeated more than eight times before: the paragraphs are read first", async () => {
    const line = "- Như trên;";
    const texts = [...Array.from({ length: 10 }, () => line), "Cuối."];
    const sim = createSimulatedWord(modelFromParagraphs(texts));
    const adapter = createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported });
    await adapter.readDocument();
    expect(await syncsOf(sim, () => adapter.selectSpan({ paragraph: 9, start: 2, end: 10 }, "Như trên"))).toBe(2);
    expect(sim.document.selection()).toMatchObject({ paragraph: 9, start: 2, end: 10 });
  });

  test("quotes, an excerpt over Word's search limit and a line break keep the paragraph-reading path", async () => {
    const long = "Căn cứ ".concat("Nghị định số 30/2020/NĐ-CP về công tác văn thư, ".repeat(8)).trim();
    const texts = ["Mở đầu.", 'Theo "Kế hoạch 15" đã ban hành.', long, "Dòng một\u000bdòng hai của đoạn."];
    const sim = createSimulatedWord(modelFromParagraphs(texts));
    const adapter = createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported });
    await adapter.readDocument();
    const quoted = '"Kế hoạch 15"';
    const at = texts[1].indexOf(quoted);
    // Read the paragraphs, search (a straight quote also finds curly ones: only exact matches count), select.
    expect(await syncsOf(sim, () => adapter.selectSpan({ paragraph: 1, start: at, end: at + quoted.length }, quoted))).toBe(3);
    expect(sim.document.selection()).toMatchObject({ paragraph: 1, start: at, end: at + quoted.length });
    expect(long.length).toBeGreaterThan(255);
    expect(await syncsOf(sim, () => adapter.selectSpan({ paragraph: 2, start: 0, end: long.length }, long))).toBe(3);
    expect(sim.document.selection()).toMatchObject({ paragraph: 2, start: 0, end: long.length });
    const across = "một\u000bdòng";
    const from = texts[3].indexOf(across);
    expect(await syncsOf(sim, () => adapter.selectSpan({ paragraph: 3, start: from, end: from + across.length }, across))).toBeGreaterThan(1);
    expect(sim.document.selection()).toMatchObject({ paragraph: 3, start: from, end: from + across.length });
  });

  test("a paragraph meant whole (an empty excerpt) is selected in one sync", async () => {
    const { sim, adapter } = setup();
    const texts = (await adapter.readDocument()).paragraphs.map((p) => p.text);
    const paragraph = texts.findIndex((text, index) => index > 3 && text.length > 20 && texts.slice(0, index).every((t) => !t.includes(text.slice(0, 20))));
    let outcome = "";
    expect(await syncsOf(sim, async () => (outcome = await adapter.selectSpan({ paragraph, start: 0, end: 0 }, "")))).toBe(1);
    expect(outcome).toBe("paragraph");
    expect(sim.document.selection()).toMatchObject({ paragraph, start: 0, end: texts[paragraph].length });
  });

  test("when the clerk has since typed the excerpt earlier in the document, the count differs and the right place is still selected", async () => {
    const { sim, adapter } = setup();
    const model = await adapter.readDocument();
    const texts = model.paragraphs.map((p) => p.text);
    const paragraph = texts.findIndex((text, index) => index > 2 && text.length > 20 && texts.slice(0, index).every((t) => !t.includes(text.slice(0, 20))));
    const finding = { span: { paragraph, start: 0, end: 20 }, excerpt: texts[paragraph].slice(0, 20) };
    expect(await syncsOf(sim, () => adapter.selectSpan(finding.span, finding.excerpt))).toBe(1);
    sim.document.typeText(0, 0, finding.excerpt + " ");
    expect(await adapter.selectSpan(finding.span, finding.excerpt)).toBe("exact");
    expect(selected(sim)).toEqual({ paragraph: finding.span.paragraph, text: finding.excerpt });
  });
});
