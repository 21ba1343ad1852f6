import { modelFromParagraphs } from "../../src/engine/model";
import { buildHeader } from "../../src/parts/blocks";
import { EXAMPLE_STATE_PROFILE } from "../../src/parts/examples";
import { toFlatOpc } from "../../src/parts/ooxml";
import { placeOnPage } from "../../src/preview/DocumentView";
import { createWordAdapter } from "../../src/word/adapter";
import { createSimulatedWord } from "../../src/word/simulator";

async function withHeader() {
  const sim = createSimulatedWord(modelFromParagraphs(["Kính gửi: Bộ Nội vụ", "Thực hiện Công văn số 4874/BNV-CCVC…"]));
  const adapter = createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported });
  const header = toFlatOpc(buildHeader(EXAMPLE_STATE_PROFILE, { type: "bao-cao", subject: "Thực trạng", date: "2023-09-05" }));
  await adapter.insertOoxml(header, "start");
  return { sim, adapter, header };
}

describe("the simulated page keeps a table's cells side by side", () => {
  it("knows the table cell of every paragraph an inserted header table brings", async () => {
    const { sim } = await withHeader();
    const paragraphs = sim.document.paragraphs();
    const agency = paragraphs.find((p) => p.text === "SỞ NGOẠI VỤ");
    const motto = paragraphs.find((p) => p.text === "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(agency?.cell).toMatchObject({ row: 0, cell: 0 });
    expect(motto?.cell).toMatchObject({ row: 0, cell: 1 });
    expect(agency?.cell?.table).toBe(motto?.cell?.table);
    expect(paragraphs.find((p) => p.text.startsWith("Kính gửi"))?.cell).toBeUndefined();
  });

  it("puts the agency and the Quốc hiệu on the same line, left and right, and the body across", async () => {
    const { sim } = await withHeader();
    const paragraphs = sim.document.paragraphs();
    const page = placeOnPage(paragraphs);
    const at = (text: string) => page.places[paragraphs.findIndex((p) => p.text === text)];
    expect(page.columns).toBe(2);
    expect(at("SỞ NGOẠI VỤ").column).toBe(1);
    expect(at("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").column).toBe(2);
    expect(at("UBND TỈNH KIÊN GIANG").row).toBe(at("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").row);
    const body = page.places[paragraphs.findIndex((p) => p.text.startsWith("Kính gửi"))];
    expect(body.span).toBe(true);
    // Rows only grow: the page reads top to bottom in document order within each column.
    const bodyRows = page.places.filter((p) => p.span).map((p) => p.row);
    expect([...bodyRows].sort((a, b) => a - b)).toEqual(bodyRows);
  });

  it("keeps two inserted tables apart and draws a document without tables as one column", async () => {
    const { sim, adapter, header } = await withHeader();
    await adapter.insertOoxml(header, "end");
    const tables = new Set(sim.document.paragraphs().flatMap((p) => (p.cell ? [p.cell.table] : [])));
    expect(tables.size).toBe(2);
    expect(placeOnPage(createSimulatedWord(modelFromParagraphs(["Một", "Hai"])).document.paragraphs()).columns).toBe(1);
  });
});
