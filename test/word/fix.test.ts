/**
 * Formatting fixes applied in Word through the adapter, on the simulator: a fixed number of
 * round trips whatever the number of fixes, the selection kept, paragraphs changed since the
 * check skipped, page fixes only where Word can set up the page.
 */
import type { FormatFix } from "../../src/engine/fix/types";
import { modelFromParagraphs, type DocumentModel } from "../../src/engine/model";
import { createWordAdapter } from "../../src/word/adapter";
import { createSimulatedWord } from "../../src/word/simulator";

const TEXTS = ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kính gửi: Sở Nội vụ", "Nội dung báo cáo."];

function draft(): DocumentModel {
  const model = modelFromParagraphs(TEXTS, "word");
  model.paragraphs[0].format = { font: "Arial", size: 12 };
  model.page = { width: 210, height: 297, marginTop: 25.4, marginBottom: 25.4, marginLeft: 25.4, marginRight: 25.4 };
  return model;
}

const FIXES: FormatFix[] = [
  { kind: "paragraph", paragraph: 0, set: { font: "Times New Roman", size: 12, bold: true, alignment: "center" } },
  { kind: "paragraph", paragraph: 1, set: { size: 13, bold: true, spaceAfter: 6, lineSpacing: 1, color: "000000", borderBottom: true } },
  { kind: "paragraph", paragraph: 3, set: { firstLineIndent: 28.35, alignment: "justify", spaceBefore: 6 } },
  { kind: "page", set: { marginTop: 20, marginBottom: 20, marginLeft: 30, marginRight: 15 } },
];

describe("applyFixes in Word", () => {
  it("sets every paragraph's formatting in two round trips and keeps the selection", async () => {
    const sim = createSimulatedWord(draft(), { desktopApiMinorVersion: 3 });
    const adapter = createWordAdapter(sim.Word, { isSetSupported: sim.isSetSupported });
    sim.document.setSelection({ paragraph: 2, start: 3, end: 7 });
    const before = sim.syncCount();
    const statuses = await adapter.applyFixes(FIXES, TEXTS);
    expect(sim.syncCount() - before).toBe(2);
    expect(statuses).toEqual(["applied", "applied", "applied", "applied"]);
    expect(sim.document.selection()).toEqual({ paragraph: 2, start: 3, end: 7 });
    const [first, second, third, fourth] = sim.document.paragraphs();
    expect(first.runs.map((r) => [r.font.name, r.font.size, r.font.bold])).toEqual([["Times New Roman", 12, true]]);
    expect(first.markFont).toMatchObject({ name: "Times New Roman", size: 12, bold: true });
    expect(first.alignment).toBe("Centered");
    expect(second).toMatchObject({ spaceAfter: 6, lineSpacing: 12 });
    expect(second.runs[0].font).toMatchObject({ size: 13, bold: true, color: "#000000" });
    expect(third).toEqual(createSimulatedWord(draft()).document.paragraphs()[2]);
    expect(fourth).toMatchObject({ firstLineIndent: 28.35, alignment: "Justified", spaceBefore: 6 });
    expect(sim.document.paragraphs().map((p) => p.text)).toEqual(TEXTS);
    const page = sim.document.page();
    expect([page.topMargin, page.bottomMargin, page.leftMargin, page.rightMargin].map((v) => Math.round(v * 10) / 10)).toEqual([56.7, 56.7, 85, 42.5]);
  });

  it("reads the fixed formatting back as the check sees it", async () => {
    const sim = createSimulatedWord(draft());
    const adapter = createWordAdapter(sim.Word, { isSetSupported: sim.isSetSupported });
    await adapter.applyFixes(FIXES, TEXTS);
    const model = await adapter.readDocument();
    expect(model.paragraphs[0].format).toMatchObject({ font: "Times New Roman", size: 12, bold: true, alignment: "center" });
    expect(model.paragraphs[3].format.alignment).toBe("justify");
  });

  it("reads the page in the check's one round trip where Word has page setup, and not elsewhere", async () => {
    const desktop = createSimulatedWord(draft(), { desktopApiMinorVersion: 3 });
    const adapter = createWordAdapter(desktop.Word, { isSetSupported: desktop.isSetSupported });
    const before = desktop.syncCount();
    const model = await adapter.readDocument();
    expect(desktop.syncCount() - before).toBe(1);
    expect(model.page).toEqual({ width: 210, height: 297, marginTop: 25.4, marginBottom: 25.4, marginLeft: 25.4, marginRight: 25.4, orientation: "portrait" });
    const web = createSimulatedWord(draft());
    expect((await createWordAdapter(web.Word, { isSetSupported: web.isSetSupported }).readDocument()).page).toBeUndefined();
  });

  it("skips a paragraph the clerk changed since the check, and a page fix where Word cannot set up the page", async () => {
    const sim = createSimulatedWord(draft());
    const adapter = createWordAdapter(sim.Word, { isSetSupported: sim.isSetSupported });
    expect(adapter.canSetPage()).toBe(false);
    sim.document.typeText(0, 0, "X");
    sim.document.removeParagraph(3);
    const statuses = await adapter.applyFixes(FIXES, TEXTS);
    expect(statuses).toEqual(["changed", "applied", "gone", "unsupported"]);
    expect(sim.document.paragraphs()[0].runs[0].font.name).toBe("Arial");
    expect(sim.document.page().leftMargin).toBeCloseTo(72, 0);
  });

  it("a rule under a paragraph alone is not applicable in Word", async () => {
    const sim = createSimulatedWord(draft());
    const adapter = createWordAdapter(sim.Word, { isSetSupported: sim.isSetSupported });
    expect(await adapter.applyFixes([{ kind: "paragraph", paragraph: 1, set: { borderBottom: true } }], TEXTS)).toEqual(["unsupported"]);
  });

  it("makes a confirmed text replacement in the font of the text it replaces, in one more round trip", async () => {
    const sim = createSimulatedWord(draft());
    const adapter = createWordAdapter(sim.Word, { isSetSupported: sim.isSetSupported });
    const before = sim.syncCount();
    const statuses = await adapter.applyFixes([{ kind: "text", paragraph: 0, start: 0, end: 8, replacement: "CỘNG HÒA" }], TEXTS);
    expect(sim.syncCount() - before).toBe(3);
    expect(statuses).toEqual(["applied"]);
    const first = sim.document.paragraphs()[0];
    expect(first.text).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(first.runs.map((r) => r.font.name)).toEqual(["Arial"]);
  });
});
