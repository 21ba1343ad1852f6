/** Selecting a finding after a check: one round trip when the excerpt is the body's first match of it. */
import { checkDocument } from "../../src/engine/check";
import { createWordAdapter } from "../../src/word/adapter";
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

  test("an excerpt that also occurs earlier in the body costs the usual searches and still selects its own place", async () => {
    const { sim, adapter } = setup();
    const model = await adapter.readDocument();
    const texts = model.paragraphs.map((p) => p.text);
    const word = "Ủy ban nhân dân";
    const paragraph = texts.findIndex((text, index) => index > 0 && text.includes(word) && texts.slice(0, index).some((t) => t.includes(word)));
    expect(paragraph).toBeGreaterThan(0);
    const start = texts[paragraph].indexOf(word);
    const syncs = await syncsOf(sim, () => adapter.selectSpan({ paragraph, start, end: start + word.length }, word));
    expect(syncs).toBeGreaterThan(1);
    expect(selected(sim)).toEqual({ paragraph, text: word });
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
