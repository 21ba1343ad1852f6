import { modelFromParagraphs } from "../../src/engine/model";
import { createSimulatedWord, SimOfficeError, type SimChange } from "../../src/word/simulator";
import type { RangeLike } from "../../src/word/types";
import { flatOpc, headerOoxml, seedModel, wp, wtable } from "./fixtures";

const NOT_LOADED =
  "The property 'text' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.";

function simple() {
  return createSimulatedWord(
    modelFromParagraphs(["Kính gửi: Sở Nội vụ", "Thực hiện Văn bản số 4701/UBND-NC2", "Nơi nhận:"]),
  );
}

describe("load and sync rules", () => {
  test("reading a property that was never loaded throws PropertyNotLoaded", async () => {
    const sim = simple();
    await sim.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(SimOfficeError);
      paragraphs.load("items/text");
      // Loaded but not yet synced: still not available.
      expect(() => paragraphs.items).toThrow(/The property 'items' is not available/);
      await context.sync();
      const first = paragraphs.items[0];
      expect(first.text).toBe("Kính gửi: Sở Nội vụ");
      let error: unknown;
      try {
        void first.styleBuiltIn;
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(SimOfficeError);
      expect((error as SimOfficeError).code).toBe("PropertyNotLoaded");
      expect(() => first.font.bold).toThrow(/'bold' is not available/);
    });
  });

  test("the message is Office's, word for word", async () => {
    const sim = simple();
    await sim.Word.run(async (context) => {
      const selection = context.document.getSelection();
      expect(() => selection.text).toThrow(NOT_LOADED);
    });
  });

  test("load accepts strings, arrays, item paths and nested objects", async () => {
    const sim = createSimulatedWord({
      source: "text",
      paragraphs: [{ index: 0, text: "BÁO CÁO", format: { headingLevel: 1, bold: true, alignment: "center" } }],
      notices: [],
    });
    await sim.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load(["text", "items/styleBuiltIn"]);
      paragraphs.load("items/font/bold, items/alignment");
      await context.sync();
      const [paragraph] = paragraphs.items;
      expect([paragraph.text, paragraph.styleBuiltIn, paragraph.font.bold, paragraph.alignment]).toEqual([
        "BÁO CÁO",
        "Heading1",
        true,
        "Centered",
      ]);
      expect(() => paragraph.font.name).toThrow(/'name' is not available/);
    });
  });

  test("values are a snapshot taken at sync, not live", async () => {
    const sim = simple();
    await sim.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      sim.document.typeText(0, 0, "V/v ");
      expect(paragraphs.items[0].text).toBe("Kính gửi: Sở Nội vụ");
      paragraphs.load("items/text");
      await context.sync();
      expect(paragraphs.items[0].text).toBe("V/v Kính gửi: Sở Nội vụ");
    });
  });

  test("writes wait for sync, and each sync is counted", async () => {
    const sim = simple();
    expect(sim.syncCount()).toBe(0);
    await sim.Word.run(async (context) => {
      const ranges = context.document.body.paragraphs.getFirst().search("Sở Nội vụ", { matchCase: true });
      ranges.load("items/text");
      await context.sync();
      ranges.items[0].font.highlightColor = "Yellow";
      expect(sim.document.paragraphs()[0].runs).toHaveLength(1);
      await context.sync();
      expect(sim.document.paragraphs()[0].runs.map((run) => [run.text, run.font.highlightColor])).toEqual([
        ["Kính gửi: ", null],
        ["Sở Nội vụ", "Yellow"],
      ]);
    });
    expect(sim.syncCount()).toBe(2);
  });

  test("Word.run sends what the batch left unsynced", async () => {
    const sim = simple();
    await sim.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().select();
    });
    expect(sim.syncCount()).toBe(1);
    expect(sim.document.selection()).toEqual({ paragraph: 0, start: 0, end: 19 });
  });

  test("objects from an earlier batch fail unless tracked", async () => {
    const sim = simple();
    let loose: RangeLike | undefined;
    let kept: RangeLike | undefined;
    await sim.Word.run(async (context) => {
      loose = context.document.getSelection();
      kept = context.document.getSelection();
      kept.track();
      await context.sync();
    });
    const stale = sim.Word.run([loose], async (context) => {
      loose?.select();
      await context.sync();
    });
    await expect(stale).rejects.toMatchObject({ code: "InvalidObjectPath" });
    await expect(
      sim.Word.run([kept], async (context) => {
        kept?.select();
        await context.sync();
      }),
    ).resolves.toBeUndefined();
  });
});

describe("paragraph navigation", () => {
  test("getNext walks to the following paragraph without a load, and fails at sync past the last", async () => {
    const sim = createSimulatedWord(modelFromParagraphs(["một", "hai", "ba"]));
    const text = await sim.Word.run(async (context) => {
      const third = context.document.body.paragraphs.getFirst().getNext().getNext();
      third.load("text");
      await context.sync();
      return third.text;
    });
    expect(text).toBe("ba");
    await expect(
      sim.Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().getNext().getNext().getNext().select();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("getRange gives the paragraph's start or end as an empty range", async () => {
    const sim = createSimulatedWord(modelFromParagraphs(["một", "hai"]));
    await sim.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().getNext().getRange("End").select();
      await context.sync();
    });
    expect(sim.document.selection()).toEqual({ paragraph: 1, start: 3, end: 3 });
  });
});

describe("search", () => {
  test("more than 255 characters is refused at sync, like Word", async () => {
    const sim = createSimulatedWord(modelFromParagraphs(["x".repeat(600)]));
    const attempt = sim.Word.run(async (context) => {
      const ranges = context.document.body.paragraphs.getFirst().search("x".repeat(256), { matchCase: true });
      ranges.load("items");
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "SearchStringInvalidOrTooLong" });
  });

  test("finds non-overlapping matches, honours matchCase and the ^ escapes", async () => {
    const sim = createSimulatedWord(modelFromParagraphs(["Tỉnh ủy, tỉnh ủy và TỈNH ỦY\tx^y"]));
    await sim.Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      const exact = first.search("Tỉnh ủy", { matchCase: true });
      const loose = first.search("tỉnh ủy", { matchCase: false });
      const escaped = first.search("^tx^^y", { matchCase: true });
      exact.load("items/text");
      loose.load("items/text");
      escaped.load("items/text");
      await context.sync();
      expect(exact.items.map((range) => range.text)).toEqual(["Tỉnh ủy"]);
      expect(loose.items.map((range) => range.text)).toEqual(["Tỉnh ủy", "tỉnh ủy", "TỈNH ỦY"]);
      expect(escaped.items.map((range) => range.text)).toEqual(["\tx^y"]);
    });
  });
});

describe("insertOoxml", () => {
  test("reads a flat OPC package: styles, runs, alignment and table cells in reading order", async () => {
    const sim = createSimulatedWord(modelFromParagraphs(["Nội dung cũ"]));
    const ooxml = flatOpc(
      wp("BÁO CÁO", { style: "Heading1", align: "center" }) +
        wp([
          ["Kính gửi: ", { bold: true }],
          ["Bộ Nội vụ", { italic: true }],
        ]) +
        wtable([
          [wp("Ô 1"), wp("Ô 2") + wtable([[wp("Ô lồng")]])],
        ]) +
        wp("Mục riêng", { style: "MucBaoCao", align: "both" }) +
        // The last paragraph's mark is dropped (a paste): an empty one keeps "Mục riêng" whole.
        wp(""),
      `<w:style w:type="paragraph" w:styleId="MucBaoCao"><w:name w:val="heading 2"/></w:style>`,
    );
    await sim.Word.run(async (context) => {
      context.document.body.insertOoxml(ooxml, "Start");
      await context.sync();
    });
    const paragraphs = sim.document.paragraphs();
    expect(paragraphs.map((p) => [p.text, p.style, p.styleBuiltIn, p.alignment, p.tableNestingLevel])).toEqual([
      ["BÁO CÁO", "Heading 1", "Heading1", "Centered", 0],
      ["Kính gửi: Bộ Nội vụ", "Normal", "Normal", "Left", 0],
      ["Ô 1", "Normal", "Normal", "Left", 1],
      ["Ô 2", "Normal", "Normal", "Left", 1],
      ["Ô lồng", "Normal", "Normal", "Left", 2],
      ["Mục riêng", "Heading 2", "Heading2", "Justified", 0],
      ["Nội dung cũ", "Normal", "Normal", "Left", 0],
    ]);
    expect(paragraphs[1].runs.map((run) => [run.text, run.font.bold, run.font.italic])).toEqual([
      ["Kính gửi: ", true, false],
      ["Bộ Nội vụ", false, true],
    ]);
  });

  test("a range takes content before it, after it, or in its place", async () => {
    const part = flatOpc(wp("[mới]"));
    const results: string[][] = [];
    for (const location of ["Before", "After", "Replace", "Start", "End"] as const) {
      const sim = createSimulatedWord(modelFromParagraphs(["Kính gửi: Sở Nội vụ tỉnh"]));
      await sim.Word.run(async (context) => {
        const ranges = context.document.body.paragraphs.getFirst().search("Sở Nội vụ", { matchCase: true });
        ranges.load("items/text");
        await context.sync();
        const inserted = ranges.items[0].insertOoxml(part, location);
        inserted.load("text");
        await context.sync();
        expect(inserted.text).toBe("[mới]");
      });
      results.push(sim.document.paragraphs().map((p) => p.text));
    }
    // One paragraph goes inline, as a paste of it would.
    expect(results).toEqual([
      ["Kính gửi: [mới]Sở Nội vụ tỉnh"],
      ["Kính gửi: Sở Nội vụ[mới] tỉnh"],
      ["Kính gửi: [mới] tỉnh"],
      ["Kính gửi: [mới]Sở Nội vụ tỉnh"],
      ["Kính gửi: Sở Nội vụ[mới] tỉnh"],
    ]);
  });

  test("expandTo joins two ranges, and a tracked range follows its text through a split", async () => {
    const sim = createSimulatedWord(modelFromParagraphs(["Kính gửi: Sở Nội vụ tỉnh Kiên Giang"]));
    let kept: RangeLike | undefined;
    await sim.Word.run(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst();
      const from = paragraph.search("Sở", { matchCase: true });
      const to = paragraph.search("tỉnh", { matchCase: true });
      from.load("items/text");
      to.load("items/text");
      await context.sync();
      kept = from.items[0].expandTo(to.items[0]);
      kept.track();
      kept.load("text");
      await context.sync();
      expect(kept.text).toBe("Sở Nội vụ tỉnh");
    });
    sim.document.setSelection({ paragraph: 0, start: 5, end: 5 });
    await sim.Word.run(async (context) => {
      // Two paragraphs split the paragraph: the first takes "Kính ", the second's mark is dropped.
      context.document.getSelection().insertOoxml(flatOpc(wp("chèn") + wp("")), "After");
      await context.sync();
    });
    expect(sim.document.paragraphs().map((p) => p.text)).toEqual(["Kính chèn", "gửi: Sở Nội vụ tỉnh Kiên Giang"]);
    await sim.Word.run([kept], async (context) => {
      kept?.select();
      await context.sync();
    });
    expect(sim.document.selection()).toEqual({ paragraph: 1, start: 5, end: 19 });
  });

  test("pastes several paragraphs: the first takes the text before the point, the last joins the text after it and loses its own properties", async () => {
    const sim = createSimulatedWord(
      modelFromParagraphs(["Kính gửi: Sở Nội vụ tỉnh"]),
      { styles: { Normal: { alignment: "Justified", firstLineIndent: 36 } } },
    );
    sim.document.setSelection({ paragraph: 0, start: 10, end: 10 });
    const before = sim.document.paragraphs()[0];
    await sim.Word.run(async (context) => {
      context.document.getSelection().insertOoxml(flatOpc(wp("Mở đầu", { style: "Heading1" }) + wp("Kết", { style: "Heading2", align: "center" })), "After");
      await context.sync();
    });
    const after = sim.document.paragraphs();
    expect(after.map((p) => [p.text, p.styleBuiltIn, p.alignment])).toEqual([
      ["Kính gửi: Mở đầu", "Heading1", "Left"],
      // Heading 2 and the centring are gone: the destination paragraph's properties win.
      ["KếtSở Nội vụ tỉnh", "Normal", before.alignment],
    ]);
  });

  test("a table is never joined: text around it stays in paragraphs of its own", async () => {
    const sim = createSimulatedWord(modelFromParagraphs(["Đầu Cuối"]));
    sim.document.setSelection({ paragraph: 0, start: 4, end: 4 });
    await sim.Word.run(async (context) => {
      context.document.getSelection().insertOoxml(flatOpc(wtable([[wp("Ô")]])), "After");
      await context.sync();
    });
    expect(sim.document.paragraphs().map((p) => [p.text, p.tableNestingLevel])).toEqual([
      ["Đầu ", 0],
      ["Ô", 1],
      ["Cuối", 0],
    ]);
  });

  test("inserted paragraphs take the document's own style definitions and ignore the package's defaults", async () => {
    const sim = createSimulatedWord(modelFromParagraphs(["Nội dung"]), {
      defaultFont: { name: "Arial", size: 12 },
      styles: {
        Normal: { firstLineIndent: 36, alignment: "Justified" },
        "Heading 1": { numbering: "%1.", font: { bold: true, size: 16 } },
      },
    });
    const packageStyles =
      '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>' +
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:sz w:val="26"/></w:rPr></w:style>';
    const explicit =
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>' +
      '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t>II. Có số riêng</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:ind w:firstLine="0"/></w:pPr><w:r><w:t>Dòng không thụt</w:t></w:r></w:p>';
    await sim.Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().getRange("Start").insertOoxml(
        flatOpc(wp("Tiêu đề", { style: "Heading1" }) + wp("Dòng thường") + explicit + wp(""), packageStyles),
        "Before",
      );
      await context.sync();
    });
    const [heading, plain, own, unindented] = sim.document.paragraphs();
    // The document numbers its Heading 1 and sizes it 16 pt; the package's 13 pt and 14 pt defaults do not apply.
    expect(heading).toMatchObject({ text: "Tiêu đề", listLabel: "1." });
    expect(heading.runs[0].font).toMatchObject({ name: "Arial", size: 16, bold: true });
    expect(plain).toMatchObject({ text: "Dòng thường", firstLineIndent: 36, alignment: "Justified" });
    expect(plain.runs[0].font).toMatchObject({ name: "Arial", size: 12 });
    // Written out, the paragraph's own properties win: numbering off, no indent, its own font.
    expect(own.listLabel).toBeUndefined();
    expect(own).toMatchObject({ text: "II. Có số riêng", firstLineIndent: 0, leftIndent: 0 });
    expect(own.runs[0].font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
    expect(unindented).toMatchObject({ text: "Dòng không thụt", firstLineIndent: 0 });
  });

  test("XML that is not well formed is refused at sync", async () => {
    const sim = simple();
    const attempt = sim.Word.run(async (context) => {
      context.document.body.insertOoxml("<pkg:package><w:p>", "End");
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(sim.document.paragraphs()).toHaveLength(3);
  });

  test("a change event follows the sync that changed the document", async () => {
    const sim = simple();
    const changes: SimChange[] = [];
    const stop = sim.onChange((change) => changes.push(change));
    await sim.Word.run(async (context) => {
      context.document.body.paragraphs.load("items/text");
      await context.sync();
      expect(changes).toEqual([]);
      context.document.body.insertOoxml(headerOoxml(), "Start");
      await context.sync();
    });
    expect(changes).toEqual([{ kind: "document" }]);
    stop();
    sim.document.setSelection({ paragraph: 0, start: 0, end: 3 });
    expect(changes).toHaveLength(1);
  });
});

describe("host features", () => {
  test("comments need WordApi 1.4", async () => {
    const old = createSimulatedWord(seedModel("000"), { apiMinorVersion: 3 });
    expect(old.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(old.isSetSupported("WordApi", "1.4")).toBe(false);
    await expect(
      old.Word.run(async (context) => {
        context.document.getSelection().insertComment("x");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("settings keep values and save them asynchronously", async () => {
    const sim = simple();
    sim.settings.set("a", "1");
    expect(sim.settings.get("a")).toBe("1");
    expect(sim.settings.saved()).toEqual({});
    const status = await new Promise((resolve) => sim.settings.saveAsync((result) => resolve(result.status)));
    expect(status).toBe("succeeded");
    expect(sim.settings.saved()).toEqual({ a: "1" });
  });
});
