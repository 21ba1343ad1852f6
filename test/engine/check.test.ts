import { checkDocument } from "../../src/engine/check";
import { allRules } from "../../src/engine/rules";
import { InputError } from "../../src/engine/errors";
import { modelFromParagraphs } from "../../src/engine/model";
import { extractRequest } from "../../src/engine/understand/request";
import * as engine from "../../src/engine";
import { seed } from "./understand/seeds";

const request = () => extractRequest(seed("request"));

describe("checkDocument", () => {
  it("has unique rule ids with descriptions", () => {
    const ids = allRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        "section-missing",
        "section-empty",
        "section-order",
        "request-not-cited",
        "reference-mismatch",
        "reference-inconsistent",
        "reference-type-symbol",
        "date-invalid",
        "date-after-deadline",
        "date-order",
        "period-mismatch",
        "header-missing",
      ]),
    );
  });

  it("checks seed 000 against request 002", () => {
    const result = checkDocument(seed("reply"), request());
    const rules = result.findings.map((f) => f.rule);
    expect(rules.filter((r) => r === "header-missing")).toHaveLength(3);
    expect(rules).toContain("request-not-cited");
    expect(rules).toContain("section-missing");
    expect(result.sections.length).toBeGreaterThan(0);
    expect(result.sections.find((s) => s.title.startsWith("Nguyên nhân"))?.status).toBe("missing");
    expect(result.request?.number).toBe("4874/BNV-CCVC");
  });

  it("sorts findings: absent things first, then by paragraph and offset", () => {
    const { findings } = checkDocument(seed("request"), null);
    const positions = findings.map((f) => (f.span ? f.span.paragraph * 1e6 + f.span.start : -1));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(findings.map((f) => f.rule)).toEqual(["reference-inconsistent"]);
  });

  it("finds the CD slip in seed 004 and nothing else without a request", () => {
    const { findings, sections } = checkDocument(seed("fullHeader"), null);
    expect(findings.map((f) => [f.rule, f.excerpt])).toEqual([
      ["reference-type-symbol", "280/CD-TTg"],
      ["reference-type-symbol", "280/CD-TTg"],
    ]);
    expect(sections).toEqual([]);
  });

  it("runs only the chosen rules", () => {
    const { findings, sections } = checkDocument(seed("reply"), request(), { rules: ["header-missing"] });
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(["header-missing"]));
    expect(sections).toEqual([]);
    const withSections = checkDocument(seed("reply"), request(), { rules: ["section-missing"] });
    expect(withSections.sections.length).toBeGreaterThan(0);
  });

  it("rejects an unknown rule id with a clear message", () => {
    expect(() => checkDocument(modelFromParagraphs(["x"]), null, { rules: ["no-such-rule"] })).toThrow(InputError);
    expect(() => checkDocument(modelFromParagraphs(["x"]), null, { rules: ["no-such-rule"] })).toThrow(/no-such-rule/);
  });

  it("finds wrong references, dates and periods in one draft", () => {
    const draft = modelFromParagraphs([
      "SỞ NGOẠI VỤ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 05/BC-SNgV",
      "Kiên Giang, ngày 12 tháng 9 năm 2023",
      "Kính gửi: Bộ Nội vụ",
      "Thực hiện Công văn số 4874/BNV-CCVC ngày 28/8/2023 của Bộ Nội vụ, Sở báo cáo như sau:",
      "Số liệu tính đến ngày 31/7/2023; họp ngày 31/4/2023.",
    ]);
    const rules = checkDocument(draft, request()).findings.map((f) => f.rule);
    for (const id of ["reference-mismatch", "date-after-deadline", "period-mismatch", "date-invalid"]) expect(rules).toContain(id);
    expect(rules).not.toContain("header-missing");
    expect(rules).not.toContain("request-not-cited");
  });

  it("is exposed through the engine's index", () => {
    expect(engine.checkDocument).toBe(checkDocument);
    expect(typeof engine.readText).toBe("function");
    expect(typeof engine.readDocument).toBe("function");
    expect(typeof engine.readDocx).toBe("function");
    expect(typeof engine.extractRequest).toBe("function");
    expect(typeof engine.parseRequestProfile).toBe("function");
    expect(engine.InputError).toBe(InputError);
  });
});
