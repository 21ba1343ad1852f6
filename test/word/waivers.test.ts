/**
 * Waivers made in the task pane's way (the adapter over the simulated Word), kept in the
 * document's custom XML part, saved as a .docx and read again by `vanban check` and
 * `vanban review`: the waiver travels with the document.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { checkDocument } from "../../src/engine/check";
import type { DocumentModel } from "../../src/engine/model";
import type { Finding } from "../../src/engine/types";
import { extractRequest } from "../../src/engine/understand/request";
import { readDocx } from "../../src/engine/read/docx";
import { WAIVERS_NAMESPACE } from "../../src/engine/waivers/namespace";
import { serializeWaivers } from "../../src/engine/waivers/xml";
import { bodyParagraph } from "../../src/parts/blocks";
import { toDocx } from "../../src/parts/docx";
import { addWaiverChange, removeWaiverChange, withWaivers } from "../../src/taskpane/work";
import { createWordAdapter } from "../../src/word/adapter";
import { WordAdapterError } from "../../src/word/errors";
import { createSimulatedWord, type SimulatedWord } from "../../src/word/simulator";
import { SEED_REQUEST, vanban } from "../support/cli";
import { seedModel } from "./fixtures";

const REASON = "Ngày ký theo ủy quyền của Chủ tịch";

function setup(model: DocumentModel, customXml?: string[]) {
  const sim = createSimulatedWord(model, { customXml });
  const adapter = createWordAdapter(sim.Word, { settings: sim.settings, isSetSupported: sim.isSetSupported, customXmlParts: sim.customXmlParts });
  return { sim, adapter };
}

/** What Word would save: the body's paragraphs and the document's custom XML parts. */
function savedDocx(sim: SimulatedWord): Uint8Array {
  return toDocx(
    sim.document.paragraphs().map((p) => bodyParagraph(p.text)),
    { customXml: sim.customXmlParts.xml() },
  );
}

const request = () => extractRequest(seedModel("002"));

/** The pane's check: the body and the waivers read side by side, then the engine. */
async function paneCheck(adapter: ReturnType<typeof setup>["adapter"]) {
  const [model, parts] = await Promise.all([adapter.readDocument(), adapter.readWaivers()]);
  const { model: draft } = withWaivers(model, parts);
  return { draft, result: checkDocument(draft, request()) };
}

function dateOrder(findings: readonly Finding[]): Finding {
  const finding = findings.find((f) => f.rule === "date-order");
  if (!finding) throw new Error("seed 004 is dated before the request it answers: date-order should be found");
  return finding;
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "vanban-waivers-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the simulator's custom XML parts", () => {
  const call = <T>(start: (done: (result: { status: string | number; value: T }) => void) => void) =>
    new Promise<{ status: string | number; value: T }>((resolve) => start(resolve));

  it("finds parts by their root element's namespace, prefixed or not, and deletes them", async () => {
    const sim = createSimulatedWord(seedModel("004"), {
      customXml: ['<root xmlns="http://tempuri.org"><a/></root>', `<v:waivers xmlns:v="${WAIVERS_NAMESPACE}"/>`],
    });
    const found = await call<{ id: string; deleteAsync: (cb: (r: { status: string | number; value: void }) => void) => void }[]>((done) =>
      sim.customXmlParts.getByNamespaceAsync(WAIVERS_NAMESPACE, done as never),
    );
    expect(found.status).toBe("succeeded");
    expect(found.value).toHaveLength(1);
    expect((await call<void>((done) => found.value[0].deleteAsync(done))).status).toBe("succeeded");
    expect(sim.customXmlParts.xml()).toEqual(['<root xmlns="http://tempuri.org"><a/></root>']);
    // A part already deleted (by a co-author) cannot be deleted again.
    expect((await call<void>((done) => found.value[0].deleteAsync(done))).status).toBe("failed");
    expect((await call((done) => sim.customXmlParts.addAsync("not xml", done as never))).status).toBe("failed");
  });
});

describe("waivers through the adapter", () => {
  it("are kept in a custom XML part and read back, costing the check no Word.run round trip", async () => {
    const { sim, adapter } = setup(seedModel("004"));
    expect(adapter.canKeepWaivers()).toBe(true);
    const first = await paneCheck(adapter);
    const target = dateOrder(first.result.findings);
    let kept: unknown[] = [];
    await adapter.updateWaivers(addWaiverChange(target, first.draft, "finding", REASON, (w) => (kept = w)));
    expect(kept).toHaveLength(1);
    expect(sim.customXmlParts.xml()).toHaveLength(1);
    expect(sim.customXmlParts.xml()[0]).toContain(WAIVERS_NAMESPACE);

    const before = sim.syncCount();
    await adapter.readWaivers();
    expect(sim.syncCount() - before).toBe(0);

    const again = await paneCheck(adapter);
    expect(again.result.findings.some((f) => f.rule === "date-order")).toBe(false);
    expect(again.result.waived.map((w) => [w.finding.excerpt, w.waiver.reason])).toEqual([[target.excerpt, REASON]]);
  });

  it("keeps a co-author's waiver made meanwhile, and undoes only its own", async () => {
    const { sim, adapter } = setup(seedModel("004"));
    const { draft, result } = await paneCheck(adapter);
    const symbol = result.findings.find((f) => f.rule === "reference-type-symbol");
    expect(symbol).toBeDefined();
    // Another person's pane, on the same document, waives a whole rule first.
    const other = createWordAdapter(sim.Word, { isSetSupported: sim.isSetSupported, customXmlParts: sim.customXmlParts });
    await other.updateWaivers(addWaiverChange(symbol!, draft, "rule", "Công điện ký hiệu CĐ", () => undefined));
    let mine: { scope: string }[] = [];
    await adapter.updateWaivers(addWaiverChange(dateOrder(result.findings), draft, "finding", REASON, (w) => (mine = w)));
    expect(mine.map((w) => w.scope)).toEqual(["rule", "finding"]);
    const both = await paneCheck(adapter);
    expect(both.result.findings.some((f) => f.rule === "reference-type-symbol" || f.rule === "date-order")).toBe(false);

    const own = both.result.waived.find((w) => w.finding.rule === "date-order")!.waiver;
    await adapter.updateWaivers(removeWaiverChange(own, () => undefined));
    const undone = await paneCheck(adapter);
    expect(undone.result.findings.some((f) => f.rule === "date-order")).toBe(true);
    expect(undone.result.findings.some((f) => f.rule === "reference-type-symbol")).toBe(false);
    expect(sim.customXmlParts.xml()).toHaveLength(1);
  });

  it("turns Word's refusals (a concurrent change) into errors the pane explains", async () => {
    const { sim, adapter } = setup(seedModel("004"));
    const { draft, result } = await paneCheck(adapter);
    sim.customXmlParts.failNext("add");
    const failed = adapter.updateWaivers(addWaiverChange(dateOrder(result.findings), draft, "finding", REASON, () => undefined));
    await expect(failed).rejects.toBeInstanceOf(WordAdapterError);
    await expect(failed).rejects.toMatchObject({ code: "waivers-failed" });
    expect(sim.customXmlParts.xml()).toEqual([]);
    sim.customXmlParts.failNext("getByNamespace");
    await expect(adapter.readWaivers()).rejects.toMatchObject({ code: "waivers-unreadable" });
  });

  it("cannot keep waivers without custom XML parts, and reads none", async () => {
    const sim = createSimulatedWord(seedModel("004"));
    const adapter = createWordAdapter(sim.Word, { isSetSupported: sim.isSetSupported });
    expect(adapter.canKeepWaivers()).toBe(false);
    await expect(adapter.readWaivers()).resolves.toEqual([]);
    await expect(adapter.updateWaivers(() => "")).rejects.toMatchObject({ code: "waivers-unavailable" });
  });
});

describe("a waiver survives save → vanban check → vanban review", () => {
  let file: string;
  let target: Finding;

  beforeAll(async () => {
    const { sim, adapter } = setup(seedModel("004"));
    const { draft, result } = await paneCheck(adapter);
    target = dateOrder(result.findings);
    await adapter.updateWaivers(addWaiverChange(target, draft, "finding", REASON, () => undefined));
    const folder = join(tmp, "replies");
    mkdirSync(folder);
    file = join(folder, "bao-cao.docx");
    writeFileSync(file, savedDocx(sim));
  });

  it("vanban check lists the waived finding apart, with its reason; --no-waivers reports it again", async () => {
    const text = await vanban("check", file, "--request", SEED_REQUEST);
    expect(text.stdout).toContain(`1 vấn đề đã được bỏ qua, lý do: ${REASON}.`);
    expect(text.stdout).toMatch(/\[bỏ qua\] \[date-order\] đoạn \d+: .* — lý do: Ngày ký theo ủy quyền/);
    const json = JSON.parse((await vanban("check", file, "--request", SEED_REQUEST, "--format", "json")).stdout);
    expect(json.waived).toEqual([
      expect.objectContaining({ rule: "date-order", excerpt: target.excerpt, scope: "finding", reason: REASON, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }),
    ]);
    expect(json.findings.some((f: { rule: string }) => f.rule === "date-order")).toBe(false);
    const reviewer = JSON.parse((await vanban("check", file, "--request", SEED_REQUEST, "--format", "json", "--no-waivers")).stdout);
    expect(reviewer.waived).toEqual([]);
    expect(reviewer.findings.some((f: { rule: string }) => f.rule === "date-order")).toBe(true);
  });

  it("a waiver whose text changed is void and said so", async () => {
    const { sim, adapter } = setup(seedModel("004"), [readWaiverPart()]);
    const line = sim.document.paragraphs().findIndex((p) => p.text.includes(target.excerpt));
    sim.document.typeText(line, 0, "TP. ");
    const edited = join(tmp, "edited.docx");
    writeFileSync(edited, savedDocx(sim));
    const text = await vanban("check", edited, "--request", SEED_REQUEST);
    expect(text.stdout).toContain("1 lần bỏ qua không còn hiệu lực vì chữ trong văn bản đã thay đổi");
    expect(text.stdout).toMatch(/\[date-order\]/);
    const json = JSON.parse((await vanban("check", edited, "--request", SEED_REQUEST, "--format", "json")).stdout);
    expect(json.voidWaivers).toEqual([expect.objectContaining({ rule: "date-order", reason: REASON })]);
    expect((await paneCheck(adapter)).result.voidWaivers).toHaveLength(1);
  });

  it("vanban review lists it apart in the terminal, JSON, HTML and the spreadsheet", async () => {
    const folder = join(tmp, "replies");
    const terminal = await vanban("review", folder, "--request", SEED_REQUEST);
    expect(terminal.stdout).toContain("Vấn đề đã được bỏ qua");
    expect(terminal.stdout).toContain(`1 vấn đề đã được bỏ qua, lý do: ${REASON}`);
    const json = JSON.parse((await vanban("review", folder, "--request", SEED_REQUEST, "--json")).stdout);
    expect(json.rows[0].waived).toEqual([expect.objectContaining({ rule: "date-order", reason: REASON })]);
    expect(json.rows[0].findings.some((f: { rule: string }) => f.rule === "date-order")).toBe(false);

    const html = join(tmp, "review.html");
    const xlsx = join(tmp, "review.xlsx");
    await vanban("review", folder, "--request", SEED_REQUEST, "--html", html, "--xlsx", xlsx);
    const page = readFileSync(html, "utf8");
    expect(page).toContain('data-waived="1"');
    expect(page).toContain(`lý do: ${REASON}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    const detail = book.worksheets[1];
    const reasons: unknown[] = [];
    detail.eachRow((row) => reasons.push(row.getCell(7).value));
    expect(reasons).toContain(REASON);

    const all = JSON.parse((await vanban("review", folder, "--request", SEED_REQUEST, "--json", "--no-waivers")).stdout);
    expect(all.rows[0].waived).toEqual([]);
    expect(all.rows[0].findings.some((f: { rule: string }) => f.rule === "date-order")).toBe(true);
  });

  /** The waivers part as the saved file holds it, to open that file in the simulator again. */
  function readWaiverPart(): string {
    return serializeWaivers(readDocx(new Uint8Array(readFileSync(file))).waivers ?? []);
  }
});
