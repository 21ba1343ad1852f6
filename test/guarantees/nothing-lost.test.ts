/**
 * What the add-in must never do to a clerk's document, shown on the Word simulator through
 * the production adapter: reading and checking change nothing; highlighting findings and
 * clearing them leaves the document as it was; inserting a part next to a selection keeps
 * every existing paragraph, in order, with its formatting; and text the user typed reaches
 * the OOXML escaped and the document exactly.
 */
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { checkDocument, extractRequest, readDocx, readText } from "../../src/engine";
import type { DocumentModel } from "../../src/engine";
import {
  buildClosing,
  buildHeader,
  buildOutline,
  EXAMPLE_PARTY_PROFILE,
  EXAMPLE_REQUEST,
  EXAMPLE_STATE_PROFILE,
  toFlatOpc,
  type OrgProfile,
} from "../../src/parts";
import { createWordAdapter, type MarkTarget } from "../../src/word/adapter";
import { WordAdapterError } from "../../src/word/errors";
import { createSimulatedWord, type SimulatedWord } from "../../src/word/simulator";
import { parseOoxml } from "../../src/word/simulator/ooxml";
import { DEFAULT_FONT } from "../../src/word/simulator/state";
import { buildDocx, W_NS } from "../support/docx-builder";
import { seedModel, seedText } from "../word/fixtures";

function setup(model: DocumentModel) {
  const sim = createSimulatedWord(model);
  const adapter = createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported });
  return { sim, adapter };
}

/** Everything the user can see: each paragraph's text, style, alignment, runs and fonts, and the selection. */
function snapshot(sim: SimulatedWord) {
  return structuredClone({ paragraphs: sim.document.paragraphs(), selection: sim.document.selection() });
}

const highlight = (text: string, color: string): string =>
  `<w:r><w:rPr><w:highlight w:val="${color}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;

/** A .docx with headings, a table, bold and italic runs, read by the engine as the add-in would get it. */
function generatedModel(): DocumentModel {
  return readDocx(
    buildDocx({
      paragraphs: [
        { table: [["SỞ NGOẠI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["Số: 15/BC-SNgV", "Kiên Giang, ngày 05 tháng 9 năm 2023"]] },
        { text: "BÁO CÁO", align: "center", bold: true },
        "Kính gửi: Bộ Nội vụ",
        {
          runs: [
            { text: "Thực hiện " },
            { text: "Công văn số 4874/BNV-CCVC", bold: true },
            { text: " ngày 29/8/2023 của Bộ Nội vụ, ", italic: true },
            { text: "Sở Ngoại vụ báo cáo như sau:" },
          ],
        },
        { text: "I. Tình hình", style: "Heading1" },
        { text: "1. Đánh giá thực trạng", style: "Heading2", italic: true },
        { text: "Số liệu đến ngày 30/6/2023 cho thấy tình hình ổn định.", align: "justify" },
        { table: [["Chỉ tiêu", "Kết quả"], ["Số vụ việc", { text: "12", bold: true }]] },
        { text: "III. Nhiệm vụ, giải pháp", style: "Heading1" },
        "Tiếp tục thực hiện nghiêm các quy định.",
      ],
    }),
    "draft.docx",
  );
}

const REQUEST = extractRequest(readText(seedText("002")));

/** Documents to protect: seed 000, and the generated .docx with some text already highlighted by the user. */
async function documents(): Promise<{ name: string; sim: SimulatedWord; adapter: ReturnType<typeof createWordAdapter> }[]> {
  const seed = setup(seedModel("000"));
  const generated = setup(generatedModel());
  // The user's own highlights, which the add-in must leave as they are.
  const userMarks =
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData>' +
    `<w:document xmlns:w="${W_NS}"><w:body><w:p>${highlight("Ghi chú: ", "green")}${highlight("xem lại số liệu ngày 31/6/2023", "cyan")}</w:p></w:body></w:document>` +
    "</pkg:xmlData></pkg:part></pkg:package>";
  await generated.adapter.insertOoxml(userMarks, "end");
  seed.sim.document.setSelection({ paragraph: 3, start: 2, end: 9 });
  generated.sim.document.setSelection({ paragraph: 5, start: 0, end: 4 });
  return [
    { name: "seed 000", ...seed },
    { name: "generated .docx", ...generated },
  ];
}

describe("reading and checking change nothing", () => {
  test.each([0, 1])("document %#: read, check, read again", async (which) => {
    const { sim, adapter } = (await documents())[which];
    const before = snapshot(sim);
    const model = await adapter.readDocument();
    const result = checkDocument(model, REQUEST);
    expect(result.findings.length).toBeGreaterThan(0);
    checkDocument(model, null);
    await adapter.hasHeader();
    expect(adapter.getStoredRequest()).toBeNull();
    expect(snapshot(sim)).toEqual(before);
  });
});

function mentions(model: DocumentModel, text: string): MarkTarget[] {
  return model.paragraphs.flatMap((p) => {
    const targets: MarkTarget[] = [];
    for (let at = p.text.indexOf(text); at >= 0; at = p.text.indexOf(text, at + 1)) {
      targets.push({ span: { paragraph: p.index, start: at, end: at + text.length }, excerpt: text });
    }
    return targets;
  });
}

describe("highlighting findings and clearing them", () => {
  test.each([0, 1])("document %#: leaves every run and the selection as they were", async (which) => {
    const { sim, adapter } = (await documents())[which];
    const before = snapshot(sim);
    const model = await adapter.readDocument();
    const findings = checkDocument(model, REQUEST).findings;
    // The findings that have a place, and every mention of the replying agency, "nhiệm vụ" and the year.
    const located: MarkTarget[] = [...findings.filter((f) => f.span), ...mentions(model, "Sở Ngoại vụ"), ...mentions(model, "nhiệm vụ"), ...mentions(model, "2023")];
    expect(located.length).toBeGreaterThan(3);
    const marked = await adapter.highlightSpans(located);
    expect(marked).toBeGreaterThan(0);
    // Something did change in between, so the comparison below can fail.
    expect(snapshot(sim).paragraphs).not.toEqual(before.paragraphs);
    expect(await adapter.clearHighlights()).toBe(true);
    expect(snapshot(sim).paragraphs).toEqual(before.paragraphs);
    // Twice over, with a different colour, still nothing lost.
    await adapter.highlightSpans(located, "Red");
    await adapter.highlightSpans(located.slice(0, 1), "Yellow");
    expect(await adapter.clearHighlights()).toBe(true);
    expect(snapshot(sim).paragraphs).toEqual(before.paragraphs);
  });

  test("the user's own green and cyan highlights survive a finding on the same text", async () => {
    const { sim, adapter } = (await documents())[1];
    const before = snapshot(sim);
    const model = await adapter.readDocument();
    // The user's paragraph, inserted at the end (before the empty line that follows an inserted part).
    const last = model.paragraphs.findIndex((p) => p.text.includes("31/6/2023"));
    const text = model.paragraphs[last].text;
    const start = text.indexOf("31/6/2023");
    await adapter.highlightSpans([{ span: { paragraph: last, start, end: start + 9 }, excerpt: "31/6/2023" }]);
    const marked = sim.document.paragraphs()[last].runs.find((run) => run.text.includes("31/6/2023"));
    expect(marked?.font.highlightColor).toBe("Turquoise");
    await adapter.clearHighlights();
    expect(snapshot(sim)).toEqual(before);
    const colors = sim.document.paragraphs()[last].runs.map((run) => run.font.highlightColor);
    expect(colors).toEqual(["Green", "Cyan"]);
  });
});

const STATE_PARTS: [string, string][] = [
  ["header (báo cáo)", toFlatOpc(buildHeader(EXAMPLE_STATE_PROFILE, { type: "bao-cao" }))],
  ["header (công văn)", toFlatOpc(buildHeader(EXAMPLE_STATE_PROFILE, { type: "cong-van", subject: "Báo cáo thực trạng" }))],
  ["closing", toFlatOpc(buildClosing(EXAMPLE_STATE_PROFILE, { type: "bao-cao" }))],
  ["outline", toFlatOpc(buildOutline(EXAMPLE_REQUEST.outline))],
  ["Party header", toFlatOpc(buildHeader(EXAMPLE_PARTY_PROFILE, { type: "bao-cao" }))],
];

function partParagraphs(ooxml: string): string[] {
  return parseOoxml(ooxml, DEFAULT_FONT).map((p) => p.runs.map((run) => run.text).join(""));
}

describe("inserting a part next to a selection", () => {
  test.each(STATE_PARTS)("%s after a whole selected paragraph: every paragraph kept, the part right after it", async (_name, ooxml) => {
    for (const which of [0, 1]) {
      const { sim, adapter } = (await documents())[which];
      const original = sim.document.paragraphs();
      const at = Math.min(4, original.length - 1);
      sim.document.setSelection({ paragraph: at, start: 0, end: original[at].text.length });
      await adapter.insertOoxml(ooxml, "cursor");
      const after = sim.document.paragraphs();
      const part = partParagraphs(ooxml);
      // The part, then the empty paragraph it was inserted into.
      expect(after).toHaveLength(original.length + part.length + 1);
      expect(after.slice(0, at + 1)).toEqual(original.slice(0, at + 1));
      expect(after.slice(at + 1, at + 1 + part.length).map((p) => p.text)).toEqual(part);
      expect(after[at + 1 + part.length].text).toBe("");
      expect(after.slice(at + 2 + part.length)).toEqual(original.slice(at + 1));
      // The selection still covers the same text.
      const selection = sim.document.selection();
      expect(selection?.paragraph).toBe(at);
      expect(after[at].text.slice(selection?.start, selection?.end)).toBe(original[at].text);
    }
  });

  test.each(STATE_PARTS)("%s with text selected inside a paragraph: the part goes after the paragraph, which stays whole", async (_name, ooxml) => {
    const { sim, adapter } = (await documents())[1];
    const original = sim.document.paragraphs();
    const at = original.findIndex((p) => p.text.startsWith("Thực hiện Công văn"));
    const text = original[at].text;
    const start = text.indexOf("Công văn");
    const end = text.indexOf(" của Bộ Nội vụ");
    sim.document.setSelection({ paragraph: at, start, end });
    await adapter.insertOoxml(ooxml, "cursor");
    const after = sim.document.paragraphs();
    const part = partParagraphs(ooxml);
    expect(after).toHaveLength(original.length + part.length + 1);
    // The paragraph keeps its text and bold and italic on exactly the characters that had them.
    expect(after.slice(0, at + 1)).toEqual(original.slice(0, at + 1));
    expect(after.slice(at + 1, at + 1 + part.length).map((p) => p.text)).toEqual(part);
    expect(after.slice(at + 2 + part.length)).toEqual(original.slice(at + 1));
    const selection = sim.document.selection();
    expect(selection).toMatchObject({ paragraph: at, start, end });
  });
});

// -------------------------------------------------------------------------------------------
// User-entered text

const HOSTILE = [
  `Sở <Ngoại> vụ & "Đối ngoại" 'tỉnh'`,
  "]]> <![CDATA[x]]> </w:t></w:r><w:r><w:t>chèn",
  "&amp; &lt; &#x41; &bogus; <?pi x?> <!-- chú thích -->",
  "Điều\u0001khiển\u0008\u000b\u001f\ufffe\ud800 hết",
  "Tab\tvà\u00a0khoảng trắng\u200b",
];

/** What XML 1.0 can carry: C0 controls (but tab, line feed, carriage return), lone surrogates, U+FFFE/U+FFFF dropped. */
function xmlSafe(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
}

function hostileProfile(base: OrgProfile, value: string, index: number): OrgProfile {
  return {
    ...base,
    place: `Hà Nội ${value}`,
    signer: { ...base.signer, name: `Nguyễn Văn ${value}` },
    recipients: [`Bộ ${value} (để b/c)`, ...base.recipients],
    agencyInText: `Cơ quan ${index}`,
  };
}

/** All text content of the OOXML, parsed strictly: proves it is well-formed and shows what Word would read. */
function ooxmlTexts(ooxml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  let text = "";
  let inText = false;
  parser.on("opentag", (tag) => {
    if (tag.local === "t") inText = true;
    if (tag.local === "tab") text += "\t";
    if (tag.local === "p") text += "\n";
  });
  parser.on("closetag", (tag) => {
    if (tag.local === "t") inText = false;
  });
  parser.on("text", (value) => {
    if (inText) text += value;
  });
  parser.on("cdata", () => {
    throw new Error("user text must never be written as CDATA");
  });
  parser.write(ooxml).close();
  return text;
}

describe("user-entered text reaches Word escaped and exact", () => {
  test.each(HOSTILE.map((value, index) => [value, index] as const))("%j", async (value, index) => {
    const subject = `V/v ${value}`;
    const title = `Tình hình ${value}`;
    for (const base of [EXAMPLE_STATE_PROFILE, EXAMPLE_PARTY_PROFILE]) {
      const profile = hostileProfile(base, value, index);
      const blocks = [
        ...buildHeader(profile, { type: "cong-van", subject }),
        ...buildOutline([{ number: "I", title, children: [{ number: "1", title: value, children: [] }] }], { system: profile.system }),
        ...buildClosing(profile, { type: "cong-van" }),
      ];
      const ooxml = toFlatOpc(blocks);
      // Markup-looking text is escaped, never taken as markup.
      expect(ooxml).not.toContain("<w:t>chèn");
      expect(ooxml).not.toContain("<![CDATA[");
      expect(ooxml).not.toContain("<!--");
      const texts = ooxmlTexts(ooxml);
      for (const expected of [`Nguyễn Văn ${value}`, `Bộ ${value} (để b/c)`, subject, `I. ${title}`, `1. ${value}`]) {
        expect(texts).toContain(xmlSafe(expected).trim());
      }

      const { sim, adapter } = setup(seedModel("000"));
      const original = sim.document.paragraphs();
      sim.document.setSelection({ paragraph: 2, start: 0, end: original[2].text.length });
      await adapter.insertOoxml(ooxml, "cursor");
      const after = sim.document.paragraphs();
      const inserted = after.slice(3, after.length - (original.length - 3)).map((p) => p.text);
      for (const expected of [`Nguyễn Văn ${value}`, `- Bộ ${value} (để b/c);`, `I. ${title}`, `1. ${value}`]) {
        expect(inserted).toContain(xmlSafe(expected).trim());
      }
      expect(inserted.some((p) => p.includes(xmlSafe(subject).trim()))).toBe(true);
      expect(after.slice(0, 3)).toEqual(original.slice(0, 3));
      expect(after.slice(after.length - (original.length - 3))).toEqual(original.slice(3));
    }
  });
});

describe("arbitrary marks, even ones pointing nowhere", () => {
  test("highlighting then clearing always restores the document; selecting never changes text", async () => {
    const model = generatedModel();
    const target = fc.record({
      paragraph: fc.integer({ min: -2, max: model.paragraphs.length + 2 }),
      start: fc.integer({ min: -5, max: 120 }),
      length: fc.integer({ min: -3, max: 300 }),
      excerpt: fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(target, { maxLength: 8 }), async (targets) => {
        const { sim, adapter } = setup(model);
        sim.document.setSelection({ paragraph: 2, start: 1, end: 5 });
        const before = snapshot(sim);
        const marks: MarkTarget[] = targets.map(({ paragraph, start, length, excerpt }) => {
          const text = model.paragraphs[paragraph]?.text ?? "";
          const span = { paragraph, start, end: start + length };
          return { span, excerpt: excerpt ?? text.slice(Math.max(0, start), Math.max(0, start + length)) };
        });
        const settle = async (action: () => Promise<unknown>): Promise<void> => {
          try {
            await action();
          } catch (error) {
            // A refusal must be one the task pane can show.
            expect(error).toBeInstanceOf(WordAdapterError);
          }
        };
        await settle(() => adapter.highlightSpans(marks));
        const texts = sim.document.paragraphs().map((p) => p.text);
        expect(texts).toEqual(before.paragraphs.map((p) => p.text));
        await settle(() => adapter.clearHighlights());
        expect(snapshot(sim).paragraphs).toEqual(before.paragraphs);
        for (const mark of marks.slice(0, 2)) await settle(() => adapter.selectSpan(mark.span!, mark.excerpt));
        expect(sim.document.paragraphs()).toEqual(before.paragraphs);
      }),
      { numRuns: 120 },
    );
  });
});
