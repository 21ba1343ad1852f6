/**
 * What Word gives the engine besides the text: automatic list numbers (kept out of the
 * paragraph text) and the fonts that give away TCVN3 or VNI text.
 */
import { readDocx } from "../../src/engine/read/docx";
import { legacyEncodingNotice } from "../../src/engine/read/legacy";
import { readText } from "../../src/engine/read/text";
import type { DocumentModel } from "../../src/engine/model";
import { compareSections } from "../../src/engine/understand/match";
import { extractRequest } from "../../src/engine/understand/request";
import { createWordAdapter } from "../../src/word/adapter";
import { createSimulatedWord, SimOfficeError } from "../../src/word/simulator";
import type { ParagraphLike } from "../../src/word/types";
import { buildDocx, listNumberedReply, OUTLINE_NUMBERING } from "../support/docx-builder";
import { seedText } from "./fixtures";

const BODY = "Nội dung báo cáo của đơn vị, có số liệu và ví dụ cụ thể cho từng nội dung.";

function numberedDraft(): DocumentModel {
  return readDocx(
    buildDocx({
      numbering: OUTLINE_NUMBERING,
      paragraphs: ["Kính gửi: Bộ Nội vụ", ...listNumberedReply(BODY)],
    }),
  );
}

describe("list numbers from Word", () => {
  it("come back from readDocument in its one sync, outside the text, and find the sections numbered only by lists", async () => {
    const sim = createSimulatedWord(numberedDraft());
    const adapter = createWordAdapter(sim.Word, { isSetSupported: sim.isSetSupported });
    const before = sim.syncCount();
    const model = await adapter.readDocument();
    expect(sim.syncCount() - before).toBe(1);

    expect(model.paragraphs.map((paragraph) => paragraph.listLabel ?? "")).toEqual(["", "I.", "", "II.", "1.", "", "2.", "", "III.", ""]);
    expect(model.paragraphs[3].text).toBe("Nguyên nhân");

    const request = extractRequest(readText(seedText("002")));
    const statuses = Object.fromEntries(
      compareSections(model, request.outline).statuses.map((s) => [`${s.level}:${s.number}:${s.title.slice(0, 20).trim()}`, s.status]),
    );
    expect(statuses["1:I:Tình hình"]).toBe("present");
    expect(statuses["1:II:Nguyên nhân dẫn đến"]).toBe("present");
    expect(statuses["2:1:Nguyên nhân khách qu"]).toBe("present");
    expect(statuses["2:2:Nguyên nhân chủ quan"]).toBe("present");
    expect(statuses["1:III:Nhiệm vụ, giải pháp"]).toBe("missing");
    expect(statuses["1:IV:Đề xuất, kiến nghị"]).toBe("present");
  });

  it("without them the same draft misses the sections numbered only by lists", async () => {
    const draft = numberedDraft();
    for (const paragraph of draft.paragraphs) delete paragraph.listLabel;
    const model = await createWordAdapter(createSimulatedWord(draft).Word).readDocument();
    const request = extractRequest(readText(seedText("002")));
    const present = compareSections(model, request.outline).statuses.filter((s) => s.status === "present");
    expect(present.length).toBeLessThan(5);
  });

  it("follow Office's null-object rules in the simulator", async () => {
    const sim = createSimulatedWord(numberedDraft());
    expect(sim.document.paragraphs()[1].listLabel).toBe("I.");
    expect(sim.document.paragraphs()[0].listLabel).toBeUndefined();
    await sim.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/isListItem,items/listItemOrNullObject/listString");
      await context.sync();
      // The simulator keeps `isListItem` (WordApi 1.3), which the adapter no longer loads.
      const [plain, numbered] = paragraphs.items as (ParagraphLike & { isListItem: boolean })[];
      expect(plain.isListItem).toBe(false);
      expect(plain.listItemOrNullObject.isNullObject).toBe(true);
      // A null object's properties read as undefined, as in Office, rather than throwing.
      expect(plain.listItemOrNullObject.listString).toBeUndefined();
      expect(numbered.isListItem).toBe(true);
      expect(numbered.listItemOrNullObject.isNullObject).toBe(false);
      expect(numbered.listItemOrNullObject.listString).toBe("I.");
    });
    await sim.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const numbered = paragraphs.items[1] as ParagraphLike & { isListItem: boolean };
      // Not loaded: neither the number nor whether there is one is known yet.
      expect(() => numbered.isListItem).toThrow(/'isListItem' is not available/);
      expect(() => numbered.listItemOrNullObject.isNullObject).toThrow(/'isNullObject' is not available/);
      let error: unknown;
      try {
        (numbered.listItemOrNullObject as unknown as { load(names: string): void }).load("listNumber");
        await context.sync();
      } catch (caught) {
        error = caught;
      }
      expect((error as SimOfficeError).code).toBe("InvalidArgument");
    });
  });
});

describe("legacy fonts in Word", () => {
  function fontModel(font: string, texts: string[]): DocumentModel {
    return {
      source: "text",
      paragraphs: texts.map((text, index) => ({ index, text, format: { font } })),
      notices: [],
    };
  }

  it("marks a document in .VnTime as TCVN3 with the notice that says how to convert it", async () => {
    const model = await createWordAdapter(
      createSimulatedWord(fontModel(".VnTime", ["Céng hoµ x· héi chñ nghÜa ViÖt Nam", "§éc lËp - Tù do - H¹nh phóc"])).Word,
    ).readDocument();
    expect(model.legacyEncoding).toBe("tcvn3");
    expect(model.notices).toEqual([legacyEncodingNotice("tcvn3")]);
    expect(model.notices[0].message).toMatch(/Unikey/);
  });

  it("marks VNI-Times as VNI, even when the text alone would not say", async () => {
    const model = await createWordAdapter(createSimulatedWord(fontModel("VNI-Times", ["Baùo caùo"])).Word).readDocument();
    expect(model.legacyEncoding).toBe("vni");
    expect(model.notices.map((notice) => notice.code)).toEqual(["legacy-encoding"]);
  });

  it("leaves a Unicode draft alone, even with an empty line left in an old font", async () => {
    const draft: DocumentModel = {
      source: "text",
      paragraphs: [
        { index: 0, text: "Cộng hòa xã hội chủ nghĩa Việt Nam", format: { font: "Times New Roman" } },
        { index: 1, text: "", format: { font: ".VnTime" } },
        { index: 2, text: "Độc lập - Tự do - Hạnh phúc", format: { font: "Times New Roman" } },
      ],
      notices: [],
    };
    const model = await createWordAdapter(createSimulatedWord(draft).Word).readDocument();
    expect(model.legacyEncoding).toBeUndefined();
    expect(model.notices).toEqual([]);
  });
});
