/** What one check carries across Word's boundary, and what happens when Word on the web refuses an answer that large. */
import type { DocumentModel } from "../../src/engine/model";
import { createWordAdapter } from "../../src/word/adapter";
import { createSimulatedWord, type SimulatedWordOptions } from "../../src/word/simulator";
import { seedModel } from "./fixtures";

/** The seed's paragraphs repeated to `count` paragraphs. */
function longModel(count: number): DocumentModel {
  const seed = seedModel("004").paragraphs;
  return {
    source: "text",
    paragraphs: Array.from({ length: count }, (_, index) => ({ ...seed[index % seed.length], index, cell: undefined })),
    notices: [],
  };
}

function setup(model: DocumentModel, options: SimulatedWordOptions = {}) {
  const sim = createSimulatedWord(model, options);
  const adapter = createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported });
  return { sim, adapter };
}

describe("reading a long document", () => {
  test("the simulator counts what the read's answer carries: the texts and the properties, nothing else", async () => {
    const model = longModel(300);
    const { sim, adapter } = setup(model);
    await adapter.readDocument();
    const texts = Buffer.byteLength(JSON.stringify(model.paragraphs.map((p) => p.text)));
    expect(sim.responseBytes()).toBeGreaterThan(texts);
    // Ten properties a paragraph, none of them long: well under 300 bytes beside the text.
    expect(sim.responseBytes() - texts).toBeLessThan(300 * model.paragraphs.length);
  });

  test("hasHeader asks Word only for the first paragraphs, and nothing at all after a read", async () => {
    const model = longModel(3000);
    const { sim, adapter } = setup(model);
    const before = sim.responseBytes();
    await adapter.hasHeader();
    const opening = Buffer.byteLength(JSON.stringify(model.paragraphs.slice(0, 15).map((p) => p.text)));
    expect(sim.responseBytes() - before).toBeGreaterThan(opening);
    expect(sim.responseBytes() - before).toBeLessThan(opening + 15 * 60);
    await adapter.readDocument();
    const [bytes, syncs] = [sim.responseBytes(), sim.syncCount()];
    await adapter.hasHeader();
    expect([sim.responseBytes() - bytes, sim.syncCount() - syncs]).toEqual([0, 0]);
  });

  test("when Word on the web refuses the whole body, it is read in windows of paragraphs, to the same model", async () => {
    const model = longModel(9000);
    const whole = setup(model);
    const expected = await whole.adapter.readDocument();
    const answer = whole.sim.responseBytes();

    const { sim, adapter } = setup(model, { platform: "OfficeOnline", responseLimit: Math.round(answer / 2) });
    const before = sim.syncCount();
    const read = await adapter.readDocument();
    expect(read).toEqual(expected);
    // The refused read, then 4,000 paragraphs a window: 4,000, 4,000 and the last 1,000.
    expect(sim.syncCount() - before).toBe(4);
  });

  test("a body too large even in windows is a message, not a crash", async () => {
    const { adapter } = setup(longModel(50), { platform: "OfficeOnline", responseLimit: 100 });
    await expect(adapter.readDocument()).rejects.toMatchObject({ code: "read-failed" });
  });
});
