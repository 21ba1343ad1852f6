/**
 * Highlights are real formatting unless Word has temporary ones: whatever a check marks, the
 * clerk's document gets back exactly what it had, even when the pane was reloaded in between.
 */
import { createWordAdapter } from "../../src/word/adapter";
import { MARKS_SETTING, sameHighlight, searchablePieces } from "../../src/word/marks";
import { createSimulatedWordFromOoxml, ooxmlPackageOfDocx, type SimulatedWord } from "../../src/word/simulator";
import { buildDocx, escapeXml } from "../support/docx-builder";

const run = (text: string, props = ""): string =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

/** A clerk's draft with their own yellow highlight on a reference that a check also points at elsewhere. */
function draft(apiMinorVersion: number): SimulatedWord {
  const bytes = buildDocx({
    paragraphs: [
      "Kính gửi: Sở Nội vụ",
      { xml: run("Thực hiện Công văn số ") + run("12/UBND-NC", '<w:highlight w:val="yellow"/>') + run(" của Ủy ban nhân dân tỉnh,") },
      "Sở báo cáo theo Công văn số 12/UBND-NC như sau:",
      { xml: run("Số liệu ") + run("đã rà soát", '<w:highlight w:val="green"/>') + run(" đến ngày 31/6/2023.") },
    ],
  });
  return createSimulatedWordFromOoxml(ooxmlPackageOfDocx(bytes), { apiMinorVersion });
}

const adapterOn = (sim: SimulatedWord, settings = sim.settings) =>
  createWordAdapter(sim.Word, { settings, isSetSupported: sim.isSetSupported });

const targets = (sim: SimulatedWord) => {
  const texts = sim.document.paragraphs().map((p) => p.text);
  const at = (paragraph: number, excerpt: string) => {
    const start = texts[paragraph].indexOf(excerpt);
    return { span: { paragraph, start, end: start + excerpt.length }, excerpt };
  };
  // The reference the clerk did not highlight, and a date inside and beside their green.
  return [at(2, "12/UBND-NC"), at(3, "31/6/2023"), at(3, "Số liệu đã rà soát")];
};

describe("marks in real formatting (below WordApi 1.8)", () => {
  test("are in our colour, kept on record with the document, and cleared exactly by a pane opened later", async () => {
    const sim = draft(4);
    const before = sim.document.paragraphs();
    const first = adapterOn(sim);
    // The span over the clerk's own green and plain text mixes colours: left unmarked.
    expect(await first.highlightSpans(targets(sim))).toBe(2);
    const marked = sim.document.paragraphs().flatMap((p) => p.runs.filter((r) => r.font.highlightColor === "Turquoise").map((r) => r.text));
    expect(marked).toEqual(["12/UBND-NC", "31/6/2023"]);
    const record = JSON.parse(String(sim.settings.saved()[MARKS_SETTING])) as unknown;
    expect(record).toEqual([
      { text: "12/UBND-NC", color: "Turquoise", previous: null },
      { text: "31/6/2023", color: "Turquoise", previous: null },
    ]);

    // The pane is reloaded: what it remembered is gone, the record is not.
    const later = adapterOn(sim, sim.settings.reopened());
    expect(later.hasLeftMarks()).toBe(true);
    expect(await later.clearHighlights()).toBe(true);
    expect(sim.document.paragraphs()).toEqual(before);
    expect(later.hasLeftMarks()).toBe(false);
    expect(sim.settings.saved()[MARKS_SETTING]).toBeUndefined();
  });

  test("a clerk's own highlight under a mark comes back, and the same text in the clerk's colour elsewhere is not touched", async () => {
    const sim = draft(4);
    const before = sim.document.paragraphs();
    const texts = before.map((p) => p.text);
    const start = texts[1].indexOf("12/UBND-NC");
    const adapter = adapterOn(sim);
    expect(await adapter.highlightSpans([{ span: { paragraph: 1, start, end: start + 10 }, excerpt: "12/UBND-NC" }])).toBe(1);
    expect(JSON.parse(String(sim.settings.saved()[MARKS_SETTING]))).toEqual([{ text: "12/UBND-NC", color: "Turquoise", previous: "Yellow" }]);
    expect(await adapterOn(sim, sim.settings.reopened()).clearHighlights()).toBe(true);
    expect(sim.document.paragraphs()).toEqual(before);
  });

  test("a new check's marks replace the old ones, in memory and on record", async () => {
    const sim = draft(4);
    const before = sim.document.paragraphs();
    const adapter = adapterOn(sim);
    await adapter.highlightSpans(targets(sim));
    await adapter.highlightSpans(targets(sim).slice(1, 2));
    expect(JSON.parse(String(sim.settings.saved()[MARKS_SETTING]))).toHaveLength(1);
    expect(await adapter.clearHighlights()).toBe(true);
    expect(sim.document.paragraphs()).toEqual(before);
    expect(adapter.hasLeftMarks()).toBe(false);
  });

  test("when the record cannot be saved (a co-author's change), marking still works and clearing in the same pane still restores", async () => {
    const sim = draft(4);
    const before = sim.document.paragraphs();
    sim.settings.failSaves("The settings were changed by another user.");
    const adapter = adapterOn(sim);
    expect(await adapter.highlightSpans(targets(sim))).toBe(2);
    expect(await adapter.clearHighlights()).toBe(true);
    expect(sim.document.paragraphs()).toEqual(before);
  });
});

describe("temporary marks (WordApi 1.8)", () => {
  test("change nothing in the document, are kept on no record, and go when cleared", async () => {
    const sim = draft(8);
    const before = sim.document.paragraphs();
    const changes: string[] = [];
    sim.onChange((change) => changes.push(change.kind));
    const adapter = adapterOn(sim);
    expect(await adapter.highlightSpans(targets(sim))).toBe(3);
    expect(sim.document.paragraphs()).toEqual(before);
    expect(sim.document.temporaryHighlights().map((h) => before[h.paragraph].text.slice(h.start, h.end))).toEqual([
      "12/UBND-NC",
      "31/6/2023",
      "Số liệu đã rà soát",
    ]);
    expect(sim.settings.saved()[MARKS_SETTING]).toBeUndefined();
    expect(changes).not.toContain("document");
    expect(await adapter.clearHighlights()).toBe(true);
    expect(sim.document.temporaryHighlights()).toEqual([]);
  });
});

describe("finding marks again", () => {
  test("Word's colour names and #RRGGBB values are one colour", () => {
    expect(sameHighlight("#00FFFF", "Turquoise")).toBe(true);
    expect(sameHighlight("Yellow", "#FFFF00")).toBe(true);
    expect(sameHighlight("Yellow", "Turquoise")).toBe(false);
    expect(sameHighlight(null, null)).toBe(true);
    expect(sameHighlight(null, "Yellow")).toBe(false);
  });

  test("a long or broken marked text is recorded in pieces Word can search", () => {
    const long = "a".repeat(450);
    expect(searchablePieces(long).map((piece) => piece.length)).toEqual([200, 200, 50]);
    expect(searchablePieces("CỘNG HÒA\vĐộc lập\rTự do")).toEqual(["CỘNG HÒA", "Độc lập", "Tự do"]);
  });
});
