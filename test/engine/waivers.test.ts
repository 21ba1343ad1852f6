import { checkDocument } from "../../src/engine/check";
import { formatVoidWaivers, formatWaivedSummary } from "../../src/engine/format";
import type { DocumentModel, Waiver } from "../../src/engine/model";
import { readDocx } from "../../src/engine/read/docx";
import type { Finding } from "../../src/engine/types";
import { extractRequest } from "../../src/engine/understand/request";
import { applyWaivers, createWaiver, fingerprintText, parseWaivers, serializeWaivers, WAIVERS_NAMESPACE } from "../../src/engine/waivers";
import { collectWaivers } from "../../src/engine/waivers/xml";
import { bodyParagraph } from "../../src/parts/blocks";
import { toDocx } from "../../src/parts/docx";
import { seed } from "./understand/seeds";

const request = () => extractRequest(seed("request"));

/** A seed reply with its own paragraphs, so a test may change them (the one with a full header has findings in its text). */
function reply(name: "fullHeader" | "reply" = "fullHeader"): DocumentModel {
  const model = seed(name);
  return { ...model, paragraphs: model.paragraphs.map((p) => ({ ...p, format: { ...p.format } })), notices: [] };
}

function withWaivers(model: DocumentModel, waivers: Waiver[]): DocumentModel {
  return { ...model, waivers };
}

function firstWithSpan(findings: readonly Finding[]): Finding {
  const finding = findings.find((f) => f.span && f.rule === "date-order");
  if (!finding) throw new Error("the seed reply should have a finding in its text");
  return finding;
}

/** The model with a paragraph inserted at `at` (indices after it shift, as in Word). */
function insertParagraph(model: DocumentModel, at: number, text: string): DocumentModel {
  const paragraphs = [...model.paragraphs.slice(0, at), { index: at, text, format: {} }, ...model.paragraphs.slice(at)];
  return { ...model, paragraphs: paragraphs.map((p, index) => ({ ...p, index })) };
}

describe("waivers: the XML part", () => {
  it("keeps every field through serialize → parse, with markup and Vietnamese in the text", () => {
    const waivers: Waiver[] = [
      {
        scope: "finding",
        rule: "request-not-cited",
        messageId: "notCited",
        excerpt: 'Công văn số 4874/BNV-CCVC <"trích"> & “khác”',
        context: "0123456789abcdef",
        reason: "Đã trích dẫn qua công văn của tỉnh",
        date: "2026-12-06",
      },
      { scope: "rule", rule: "header-missing", reason: "Văn bản nội bộ, không cần Quốc hiệu" },
    ];
    const xml = serializeWaivers(waivers);
    expect(xml).toContain(`xmlns="${WAIVERS_NAMESPACE}"`);
    expect(parseWaivers(xml)).toEqual({ waivers, newerVersion: false });
  });

  it("keeps a reason short and on one line", () => {
    const long = "Lý do\n  dài ".repeat(100);
    const [parsed] = parseWaivers(serializeWaivers([{ scope: "rule", rule: "date-order", reason: long }])).waivers;
    expect(parsed.reason.length).toBeLessThanOrEqual(300);
    expect(parsed.reason).not.toMatch(/\n|\s{2}/);
  });

  it("reads nothing from another add-in's part, and says when a part is of a later version", () => {
    expect(parseWaivers('<root xmlns="http://tempuri.org"><waiver scope="rule" rule="x"/></root>')).toEqual({ waivers: [], newerVersion: false });
    const newer = parseWaivers('<waivers xmlns="urn:vanban:waivers:2"><waiver scope="rule" rule="date-order"><reason>r</reason></waiver></waivers>');
    expect(newer).toEqual({ waivers: [], newerVersion: true });
  });

  it("leaves out a finding waiver that cannot name its finding, and a damaged part", () => {
    const xml = `<waivers xmlns="${WAIVERS_NAMESPACE}"><waiver scope="finding" rule="date-order"><reason>r</reason></waiver><waiver scope="odd" rule="x"/></waivers>`;
    expect(parseWaivers(xml).waivers).toEqual([]);
    const found = collectWaivers([`<waivers xmlns="${WAIVERS_NAMESPACE}"><waiver`, serializeWaivers([{ scope: "rule", rule: "date-order", reason: "r" }])]);
    expect(found.unreadable).toBe(1);
    expect(found.waivers).toHaveLength(1);
  });

  it("counts the same waiver in two parts once", () => {
    const xml = serializeWaivers([{ scope: "rule", rule: "date-order", reason: "a" }]);
    expect(collectWaivers([xml, xml]).waivers).toHaveLength(1);
  });

  it("fingerprints text as 16 hex digits that differ when one letter does", () => {
    expect(fingerprintText("Báo cáo")).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintText("Báo cáo")).not.toBe(fingerprintText("Báo cao"));
    expect(fingerprintText("")).toBe("cbf29ce484222325");
  });
});

describe("waivers: which findings they pass over", () => {
  it("passes over the finding waived and keeps it apart with its waiver", () => {
    const model = reply();
    const plain = checkDocument(model, request());
    const target = firstWithSpan(plain.findings);
    const waiver = createWaiver(target, model, "finding", "Đã trao đổi với Bộ");
    const result = checkDocument(withWaivers(model, [waiver]), request());
    expect(result.findings).toHaveLength(plain.findings.length - 1);
    expect(result.findings).not.toContainEqual(target);
    expect(result.waived).toEqual([{ finding: target, waiver }]);
    expect(result.voidWaivers).toEqual([]);
  });

  it("follows the paragraph when text is inserted before it", () => {
    const model = reply();
    const target = firstWithSpan(checkDocument(model, request()).findings);
    const waiver = createWaiver(target, model, "finding", "lý do");
    const moved = insertParagraph(model, 0, "");
    const result = checkDocument(withWaivers(moved, [waiver]), request());
    expect(result.waived.map((w) => w.finding.span?.paragraph)).toEqual([target.span!.paragraph + 1]);
    expect(result.findings.some((f) => f.rule === target.rule)).toBe(false);
    expect(result.voidWaivers).toEqual([]);
  });

  it("is void once the text it was made on changes, and the finding stands again", () => {
    const model = reply();
    const target = firstWithSpan(checkDocument(model, request()).findings);
    const waiver = createWaiver(target, model, "finding", "lý do");
    const edited = reply();
    const line = edited.paragraphs[target.span!.paragraph];
    // The place before the date is retyped: same finding, same excerpt, other text around it.
    line.text = line.text.replace("Kiên Giang", "TP. Rạch Giá");
    const result = checkDocument(withWaivers(edited, [waiver]), request());
    expect(result.waived).toEqual([]);
    expect(result.voidWaivers).toEqual([waiver]);
    expect(result.findings.some((f) => f.rule === target.rule && f.excerpt === target.excerpt)).toBe(true);
  });

  it("is spent, not void, when the problem is gone", () => {
    const model = reply();
    const target = firstWithSpan(checkDocument(model, request()).findings);
    const waiver = createWaiver(target, model, "finding", "lý do");
    const outcome = applyWaivers([], model, [waiver]);
    expect(outcome).toEqual({ findings: [], waived: [], voidWaivers: [] });
  });

  it("waives a finding about something absent by what it says, and a whole rule", () => {
    const model = reply("reply");
    const plain = checkDocument(model, request());
    const absent = plain.findings.find((f) => !f.span && f.rule === "section-missing");
    expect(absent).toBeDefined();
    const headers = plain.findings.filter((f) => f.rule === "header-missing");
    expect(headers.length).toBeGreaterThan(1);
    const waivers = [
      createWaiver(absent!, model, "finding", "Nội dung nằm trong mục I"),
      createWaiver(headers[0], model, "rule", "Bản nháp nội bộ"),
    ];
    const result = checkDocument(withWaivers(model, waivers), request());
    expect(result.waived).toHaveLength(1 + headers.length);
    expect(result.findings.some((f) => f.rule === "header-missing")).toBe(false);
    expect(result.findings).not.toContainEqual(absent);
  });

  it("reports every finding when waivers are turned off", () => {
    const model = reply();
    const plain = checkDocument(model, request());
    const waiver = createWaiver(plain.findings[0], model, "rule", "x");
    const off = checkDocument(withWaivers(model, [waiver]), request(), { waivers: false });
    expect(off.findings).toEqual(plain.findings);
    expect(off.waived).toEqual([]);
  });

  it("leaves waivers of rules that did not run alone", () => {
    const model = reply();
    const target = firstWithSpan(checkDocument(model, request()).findings);
    const edited = reply();
    const line = edited.paragraphs[target.span!.paragraph];
    line.text = line.text.replace("Kiên Giang", "TP. Rạch Giá");
    const waiver = createWaiver(target, model, "finding", "lý do");
    const other = checkDocument(withWaivers(edited, [waiver]), request(), { rules: ["header-missing"] });
    expect(other.voidWaivers).toEqual([]);
  });
});

describe("waivers: words", () => {
  it("says how many were waived and why, each reason once", () => {
    const model = reply("reply");
    const findings = checkDocument(model, request()).findings.filter((f) => f.rule === "header-missing");
    const waived = findings.map((finding, index) => ({
      finding,
      waiver: createWaiver(finding, model, index === 0 ? "finding" : "rule", index === 0 ? "Đã xin ý kiến" : "Bản nháp"),
    }));
    const vi = formatWaivedSummary(waived, "vi");
    expect(vi).toBe(`${findings.length} vấn đề đã được bỏ qua, lý do: Đã xin ý kiến; Bản nháp (cả loại này) (${findings.length - 1})`);
    expect(formatWaivedSummary(waived, "en")).toMatch(/^\d+ problem\(s\) waived, reasons: Đã xin ý kiến; Bản nháp \(this whole kind\)/);
    expect(formatWaivedSummary([], "vi")).toBe("");
    expect(formatVoidWaivers(2, "vi")).toMatch(/^2 lần bỏ qua không còn hiệu lực/);
  });
});

describe("waivers: in a .docx", () => {
  it("are read from the package's custom XML part into the model and applied by the check", () => {
    const model = reply();
    const plain = checkDocument(model, request());
    const target = firstWithSpan(plain.findings);
    const waiver = createWaiver(target, model, "finding", "Đã trao đổi với Bộ", "2026-12-06");
    const other = '<?xml version="1.0"?><root xmlns="http://tempuri.org"><a/></root>';
    const bytes = toDocx(
      model.paragraphs.map((p) => bodyParagraph(p.text)),
      { customXml: [other, serializeWaivers([waiver])] },
    );
    const read = readDocx(bytes, "reply.docx");
    expect(read.waivers).toEqual([waiver]);
    const result = checkDocument(read, request());
    expect(result.waived.map((w) => [w.finding.rule, w.finding.excerpt, w.waiver.reason])).toEqual([
      [target.rule, target.excerpt, "Đã trao đổi với Bộ"],
    ]);
  });

  it("a damaged waivers part is a notice, not a failure to read", () => {
    const bytes = toDocx([bodyParagraph("Nội dung.")], { customXml: [`<waivers xmlns="${WAIVERS_NAMESPACE}"><waiver`] });
    const read = readDocx(bytes);
    expect(read.waivers).toEqual([]);
    expect(read.notices.map((n) => n.code)).toContain("waivers-unreadable");
  });
});
