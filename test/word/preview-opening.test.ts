/** The preview shows the pane before its file is read: calls that reach the document wait for it. */
import { modelFromParagraphs } from "../../src/engine/model";
import { afterOpening, withFileNotices } from "../../src/preview/load";
import { createWordAdapter } from "../../src/word/adapter";
import { createSimulatedWord } from "../../src/word/simulator";

describe("a document opened after the pane is shown", () => {
  it("replaces the simulated document, and a read waits until it is open", async () => {
    const sim = createSimulatedWord(modelFromParagraphs([""]));
    sim.document.typeText(0, 0, "trang trống");
    let open!: () => void;
    const file = modelFromParagraphs(["Kính gửi: Bộ Nội vụ", "Sở Nội vụ báo cáo như sau."]);
    const opening = new Promise<void>((resolve) => {
      open = () => {
        sim.document.open(file);
        resolve();
      };
    });
    const adapter = afterOpening(createWordAdapter(sim.Word), opening);
    const read = adapter.readDocument();
    let done = false;
    void read.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    open();
    expect((await read).paragraphs.map((p) => p.text)).toEqual(["Kính gửi: Bộ Nội vụ", "Sở Nội vụ báo cáo như sau."]);
    expect(sim.document.selection()).toEqual({ paragraph: 0, start: 0, end: 0 });
  });

  it("goes on with the empty page when the file could not be read", async () => {
    const sim = createSimulatedWord(modelFromParagraphs([""]));
    const adapter = afterOpening(createWordAdapter(sim.Word), Promise.reject(new Error("404")));
    expect((await adapter.readDocument()).paragraphs.map((p) => p.text)).toEqual([""]);
  });

  it("adds the file's notices once the file is read, not before", async () => {
    const sim = createSimulatedWord(modelFromParagraphs(["Céng hoµ"]));
    let file: ReturnType<typeof modelFromParagraphs> | null = null;
    const adapter = withFileNotices(createWordAdapter(sim.Word), () => file);
    expect((await adapter.readDocument()).legacyEncoding).toBeUndefined();
    file = { ...modelFromParagraphs(["Céng hoµ"]), legacyEncoding: "tcvn3" };
    expect((await adapter.readDocument()).legacyEncoding).toBe("tcvn3");
  });
});
