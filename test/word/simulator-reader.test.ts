/**
 * The simulator without its OOXML reader (core.ts), as the preview loads it: the reader comes
 * from a loader on first use. Inserting markup waits for it; opening WordprocessingML needs it
 * loaded first. This file imports core.ts only, so the reader is not there until it is loaded.
 */
import { modelFromParagraphs } from "../../src/engine/model";
import { createSimulatedWord, createSimulatedWordFromOoxml, loadOoxmlReader, provideOoxmlReader } from "../../src/word/simulator/core";
import type { OoxmlReader } from "../../src/word/simulator/reader";
import { flatOpc, wp } from "./fixtures";

describe("the simulator's OOXML reader loaded on first use", () => {
  test("without a reader, opening WordprocessingML says what to do and loading fails plainly", async () => {
    expect(() => createSimulatedWordFromOoxml(flatOpc(wp("Một")))).toThrow(/loadOoxmlReader/);
    await expect(loadOoxmlReader()).rejects.toThrow(/no OOXML reader/);
  });

  test("an insert waits for the reader, loaded once, then opening is synchronous", async () => {
    let release: () => void = () => undefined;
    let loads = 0;
    provideOoxmlReader(() => {
      loads++;
      return new Promise<OoxmlReader>((resolve) => {
        release = () => resolve(jest.requireActual<OoxmlReader>("../../src/word/simulator/ooxml"));
      });
    });
    const sim = createSimulatedWord(modelFromParagraphs(["Nội dung cũ"]));
    let synced = false;
    const done = sim.Word.run(async (context) => {
      context.document.body.insertOoxml(flatOpc(wp("Đoạn chèn") + wp("")), "Start");
      await context.sync();
      synced = true;
    });
    // The markup cannot be read before the reader's chunk is in.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(synced).toBe(false);
    expect(sim.document.paragraphs().map((p) => p.text)).toEqual(["Nội dung cũ"]);
    release();
    await done;
    expect(sim.document.paragraphs().map((p) => p.text)).toEqual(["Đoạn chèn", "Nội dung cũ"]);

    await loadOoxmlReader();
    const opened = createSimulatedWordFromOoxml(flatOpc(wp("Mở từ tệp")));
    expect(opened.document.paragraphs().map((p) => p.text)).toEqual(["Mở từ tệp"]);
    sim.document.openOoxml(flatOpc(wp("Tệp khác")));
    expect(sim.document.paragraphs().map((p) => p.text)).toEqual(["Tệp khác"]);
    expect(loads).toBe(1);
  });
});
