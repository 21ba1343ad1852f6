import { formatFinding } from "../../src/engine/format";
/**
 * Properties of the engine on arbitrary input: reading and checking never throw anything but
 * InputError, request profiles parse to a valid profile or an InputError, and every finding
 * points at real text with messages in both languages. Then the pathological inputs: very
 * long lines of dates, thousands of headings, a megabyte paragraph, ten thousand citations.
 */
import { readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import { checkDocument, extractRequest, InputError, modelFromParagraphs, parseRequestProfile, readDocument, readText } from "../../src/engine";
import type { CheckResult, DocumentModel, RequestProfile } from "../../src/engine";
import { buildDocx } from "../support/docx-builder";

jest.setTimeout(60_000);

const SEED_DIR = join(__dirname, "..", "fixtures", "seeds");
const seed = (prefix: string): string => {
  const names = ["000_b28154c4db1fc991", "001_e57b1d95f5c3502e", "002_2b77b3d6864b3803", "003_c3947ef37a3436a7", "004_bddaad2f89ffc7c1"];
  const name = names.find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEED_DIR, `${name}.txt`), "utf8");
};

const SEED_MODELS = ["000", "001", "003", "004"].map((prefix) => readText(seed(prefix), `${prefix}.txt`));
const REQUEST = extractRequest(readText(seed("002")));

/** Every finding points inside the document and speaks both languages (checked in plain code: there may be 100,000). */
function expectSaneResult(model: DocumentModel, result: CheckResult): void {
  const problems: string[] = [];
  const count = model.paragraphs.length;
  for (const finding of result.findings) {
    const where = `${finding.rule} ${JSON.stringify(finding.span)}`;
    if (!/^[a-z]+(?:-[a-z]+)*$/.test(finding.rule)) problems.push(`${where}: bad rule id`);
    if (!["error", "warning", "info"].includes(finding.severity)) problems.push(`${where}: bad severity`);
    // Vietnamese messages carry Vietnamese letters; the English one is a different text.
    if (!/[À-ỹ]/u.test(formatFinding(finding, "vi"))) problems.push(`${where}: message not Vietnamese: ${formatFinding(finding, "vi")}`);
    if (formatFinding(finding, "en").trim() === "" || formatFinding(finding, "en") === formatFinding(finding, "vi")) problems.push(`${where}: no English message`);
    if (typeof finding.excerpt !== "string") problems.push(`${where}: no excerpt`);
    if (finding.span) {
      const { paragraph, start, end } = finding.span;
      const inRange = Number.isInteger(paragraph) && paragraph >= 0 && paragraph < count;
      if (!inRange) problems.push(`${where}: paragraph out of range (${count})`);
      else if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= model.paragraphs[paragraph].text.length)) {
        problems.push(`${where}: offsets outside the paragraph (${model.paragraphs[paragraph].text.length})`);
      }
    }
  }
  for (const section of result.sections) {
    if (section.paragraph !== null && !(section.paragraph >= 0 && section.paragraph < count)) problems.push(`section ${section.number} out of range`);
  }
  expect(problems.slice(0, 5)).toEqual([]);
}

/** Runs `action`; an InputError is an accepted outcome, anything else fails the property. */
function inputErrorOr<T>(action: () => T): T | InputError {
  try {
    return action();
  } catch (error) {
    if (error instanceof InputError) {
      expect(error.message).toMatch(/[À-ỹ]/u);
      expect(error.messageEn.trim()).not.toBe("");
      return error;
    }
    throw error;
  }
}

const PIECES = [
  "I.", "II.", "IV-", "1.", "1.2.", "a)", "đ)", "-", "/", " ", "\n", "\r\n", "\n\n", "\t", "ngày", "Ngày", "tháng", "năm",
  "Số:", "Số", "Công văn số", "Công điện", "Kế hoạch số", "Quyết định", "4874/BNV-CCVC", "08/9/2023", "31/02/2023",
  "30/6/2023", "29/8/2023", "2023", "12", "0", "99", "CV/BNCTU", "1702-CV", "của Bộ Nội vụ", "trước ngày", "đến ngày",
  "từ ngày", "Kính gửi:", "Nơi nhận:", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
  "Tình hình", "Nguyên nhân", "Đề xuất, kiến nghị", "Hà Nội, ngày 5 tháng 9 năm 2023", "\u0000", "\ud800", "\udfff",
  "\u200f", "\u202e", "\u200b", "\ufeff", "e\u0301", "Ư", "ữ", "**", "#", "<sup>1</sup>", "…", "./.",
];

const VIETNAMESE_CHARS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐÀẾỆ0123456789/-.:, \n";

const shapedText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 5 })), { maxLength: 50 }).map((parts) => parts.join(""));
const vietnameseText = fc.string({ unit: fc.constantFrom(...VIETNAMESE_CHARS), maxLength: 200 });
const anyText = fc.oneof(shapedText, vietnameseText, fc.string({ unit: "binary", maxLength: 200 }));

describe("arbitrary text through readText and checkDocument", () => {
  test("never throws anything but InputError; findings are sane", () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, withRequest) => {
        const model = inputErrorOr(() => readText(text));
        if (model instanceof InputError) return;
        expectSaneResult(model, checkDocument(model, withRequest ? REQUEST : null));
      }),
      { numRuns: 300 },
    );
  });

  test("arbitrary paragraph lists, checked with and without the request", () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 30 }), (texts) => {
        const model = modelFromParagraphs(texts);
        expectSaneResult(model, checkDocument(model, null));
        expectSaneResult(model, checkDocument(model, REQUEST));
        // A draft can be taken as a request too (a clerk may pick the wrong file).
        const asRequest = extractRequest(model);
        expectSaneResult(SEED_MODELS[0], checkDocument(SEED_MODELS[0], asRequest));
      }),
      { numRuns: 200 },
    );
  });
});

describe("arbitrary request profiles", () => {
  const dateish = fc.oneof(
    fc.constant(null),
    fc.constantFrom("2023-09-08", "2023-02-31", "2024-02-29", "2023-13-01", "0000-00-00", "9999-12-31", "08/9/2023", "", " "),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.string({ maxLength: 12 }),
    fc.integer(),
  );
  const field = fc.oneof(fc.constant(null), anyText, fc.integer(), fc.boolean(), fc.constant(undefined));
  const title = fc.oneof(anyText, fc.constantFrom("Tình hình", "Nguyên nhân", "", "   "), fc.integer());
  const node: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    node: fc.record(
      {
        number: fc.oneof(fc.constantFrom("I", "II", "1", "a", "1.1", ""), fc.integer(), fc.constant(null)),
        title,
        children: fc.oneof(fc.constant(undefined), fc.array(tie("node"), { maxLength: 3, depthIdentifier: "outline" }), fc.string()),
      },
      { requiredKeys: ["title"] },
    ),
  })).node;
  const profile = fc.oneof(
    fc.record(
      {
        number: field,
        type: field,
        date: dateish,
        issuer: field,
        subject: field,
        deadline: dateish,
        period: fc.oneof(fc.constant(null), fc.record({ from: dateish, to: dateish }, { requiredKeys: [] }), fc.string()),
        outline: fc.oneof(fc.array(node, { maxLength: 5 }), fc.constant(null), fc.string()),
      },
      { requiredKeys: [] },
    ),
    fc.anything(),
  );

  function isProfile(value: RequestProfile): void {
    for (const key of ["number", "type", "date", "issuer", "subject", "deadline"] as const) {
      expect(value[key] === null || (typeof value[key] === "string" && value[key] !== "")).toBe(true);
    }
    for (const key of ["date", "deadline"] as const) if (value[key] !== null) expect(value[key]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const walk = (nodes: RequestProfile["outline"]): void => {
      expect(Array.isArray(nodes)).toBe(true);
      for (const n of nodes) {
        expect(typeof n.number).toBe("string");
        expect(typeof n.title === "string" && n.title.trim() !== "").toBe(true);
        walk(n.children);
      }
    };
    walk(value.outline);
  }

  test("parse back to a valid profile or an InputError, and check every seed without throwing", () => {
    let accepted = 0;
    fc.assert(
      fc.property(profile, fc.boolean(), (value, damage) => {
        let json = JSON.stringify(value) ?? "undefined";
        if (damage) json = json.slice(0, Math.max(0, json.length - 3));
        const parsed = inputErrorOr(() => parseRequestProfile(json));
        if (parsed instanceof InputError) {
          expect(["bad-json", "bad-request"]).toContain(parsed.code);
          return;
        }
        accepted++;
        isProfile(parsed);
        for (const model of SEED_MODELS) expectSaneResult(model, checkDocument(model, parsed));
      }),
      { numRuns: 250 },
    );
    // The generator must reach the valid side too, or the property says little.
    expect(accepted).toBeGreaterThan(10);
  });
});

describe("arbitrary bytes through readDocument and checkDocument", () => {
  const docx = buildDocx({
    paragraphs: [
      "Kính gửi: Bộ Nội vụ",
      { text: "I. Tình hình", style: "Heading1", bold: true },
      { table: [["Số: 12/BC-SNgV", "Hà Nội, ngày 31 tháng 02 năm 2023"]] },
      "Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023.",
    ],
  });
  const damagedDocx = fc
    .array(fc.tuple(fc.nat({ max: docx.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 6 })
    .map((edits) => {
      const copy = docx.slice();
      for (const [at, value] of edits) copy[at] = value;
      return copy;
    });
  const textBytes = anyText.map((text) => new TextEncoder().encode(text));

  test("give a model or an InputError only; models check sanely", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.uint8Array({ maxLength: 300 }), damagedDocx, textBytes),
        fc.constantFrom("a.docx", "a.txt", "a.doc", "Báo cáo.md", ""),
        (bytes, name) => {
          const model = inputErrorOr(() => readDocument(bytes, name));
          if (model instanceof InputError) return;
          expect(model.paragraphs.length).toBeGreaterThan(0);
          expectSaneResult(model, checkDocument(model, REQUEST));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("pathological inputs complete with sane results", () => {
  /** Reads the text, checks it without and with the request, and takes it as a request itself. */
  function checkBoth(text: string): { model: DocumentModel; plain: CheckResult; answered: CheckResult } {
    const model = readText(text);
    const plain = checkDocument(model, null);
    expectSaneResult(model, plain);
    const answered = checkDocument(model, REQUEST);
    expectSaneResult(model, answered);
    const request = extractRequest(model);
    expectSaneResult(SEED_MODELS[0], checkDocument(SEED_MODELS[0], request));
    return { model, plain, answered };
  }

  test("a 200 KB line of 1/1/1/1…", () => {
    const { model } = checkBoth("1/".repeat(100_000));
    expect(model.paragraphs).toHaveLength(1);
    expect(model.paragraphs[0].text.length).toBe(200_000);
  });

  test("a 5 MB line of 1/1/1/1… and of 1/a/1/a…", () => {
    // The number-and-symbol pattern once overflowed the regular-expression stack here.
    for (const unit of ["1/", "1/a/"]) {
      const { model, plain } = checkBoth(unit.repeat((5 * 1024 * 1024) / unit.length));
      expect(model.paragraphs).toHaveLength(1);
      expect(plain.findings.every((f) => f.rule !== "reference-inconsistent")).toBe(true);
    }
  });

  test("5,000 headings I.", () => {
    const text = Array.from({ length: 5000 }, (_, i) => `I. Tình hình ${i}:\nNội dung ${i}.`).join("\n");
    const { model, answered: result } = checkBoth(text);
    expect(model.paragraphs.length).toBe(10_000);
    // I is present (many times over); II–IV are missing.
    expect(result.sections.find((s) => s.number === "I")?.status).not.toBe("missing");
    expect(result.sections.find((s) => s.number === "II")?.status).toBe("missing");
  });

  test("a 1 MB paragraph", () => {
    const sentence = "Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ, báo cáo kết quả đến ngày 30/6/2023. ";
    const { model } = checkBoth(sentence.repeat(Math.ceil((1024 * 1024) / sentence.length)));
    expect(model.paragraphs).toHaveLength(1);
    expect(model.paragraphs[0].text.length).toBeGreaterThan(1024 * 1024 - sentence.length);
  });

  // Results longer than the call stack once overflowed `push(...items)`: each of these threw a RangeError.
  test("150,000 short citations in one paragraph", () => {
    const { model } = checkBoth(`Căn cứ ${Array.from({ length: 150_000 }, (_, i) => `số ${i + 1}/BC`).join(", ")}.`);
    expect(model.paragraphs).toHaveLength(1);
  });

  test("150,000 impossible dates in one paragraph", () => {
    const { plain } = checkBoth(`Ngày ${Array(150_000).fill("31/02/2023").join(", ")}.`);
    const invalid = plain.findings.filter((f) => f.rule === "date-invalid");
    expect(invalid.length).toBeGreaterThan(0);
    expect(invalid[0].excerpt).toContain("31/02/2023");
  });

  test("150,000 bold words in one Markdown paragraph", () => {
    const { model } = checkBoth("**đậm** thường ".repeat(150_000));
    const marks = model.paragraphs[0].marks ?? [];
    expect(marks).toHaveLength(150_000);
    expect(model.paragraphs[0].text.slice(marks[1].start, marks[1].end)).toBe("đậm");
  });

  test("10,000 citations in one paragraph", () => {
    const citations = Array.from(
      { length: 10_000 },
      (_, i) => `Công văn số ${i + 1}/BNV-CCVC ngày ${(i % 28) + 1}/${(i % 12) + 1}/2023 của Bộ Nội vụ`,
    ).join("; ");
    const { model, answered } = checkBoth(`Căn cứ ${citations}.`);
    expect(model.paragraphs).toHaveLength(1);
    // The request's own number is among them (4874), so the reply cites it.
    expect(answered.findings.some((f) => f.rule === "request-not-cited")).toBe(false);
  });
});
