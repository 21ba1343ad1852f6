/** The corpus comparison itself: what counts as a hit, a miss, a false alarm, a right field. */
import type { RequestProfile } from "../../src/engine/types";
import { compareFindings, compareRequest, compareWord, type ExpectedRequest, recognizedRequest } from "./compare";

const finding = (rule: string, excerpt: string, message = "") => ({ rule, excerpt, message });

describe("compareFindings", () => {
  const check = {
    expected: [{ rule: "header-wording", text: "CỘNG  HÕA", why: "misspelt" }],
    allowed: [{ rule: "header-pending", text: "", why: "draft" }],
  };

  it("matches rule and text (NFC, case, whitespace), in the excerpt or the message", () => {
    expect(compareFindings(check, [finding("header-wording", "CỘNG HÒA XÃ HỘI")]).hits).toHaveLength(0);
    const viaMessage = compareFindings(check, [finding("header-wording", "", "Quốc hiệu ghi cộng hõa")]);
    expect(viaMessage.hits).toHaveLength(1);
    const nfd = compareFindings(check, [finding("header-wording", "CỘNG HÕA XÃ HỘI".normalize("NFD"))]);
    expect(nfd.hits).toHaveLength(1);
    expect(nfd.misses).toEqual([]);
  });

  it("takes one finding per slip: a second finding of the same slip is a false alarm", () => {
    const result = compareFindings(check, [finding("header-wording", "CỘNG HÕA"), finding("header-wording", "CỘNG HÕA")]);
    expect(result.hits).toHaveLength(1);
    expect(result.falseAlarms).toHaveLength(1);
  });

  it("counts a finding of another rule as a false alarm and the slip as missed", () => {
    const result = compareFindings(check, [finding("header-missing", "CỘNG HÕA")]);
    expect(result.falseAlarms).toHaveLength(1);
    expect(result.misses.map((m) => m.rule)).toEqual(["header-wording"]);
  });

  it("lets allowed findings pass once, counting neither way", () => {
    const result = compareFindings(check, [finding("header-pending", "Số: …"), finding("header-pending", "ngày …")]);
    expect(result.allowedHits).toHaveLength(1);
    expect(result.falseAlarms).toHaveLength(1);
    expect(result.misses).toHaveLength(1);
  });

  it("gives a specific entry its finding before a catch-all entry takes it", () => {
    const both = {
      expected: [
        { rule: "closing-missing", text: "", why: "any" },
        { rule: "closing-missing", text: "Nơi nhận", why: "specific" },
      ],
      allowed: [],
    };
    const result = compareFindings(both, [finding("closing-missing", "Thiếu Nơi nhận"), finding("closing-missing", "Thiếu chữ ký")]);
    expect(result.hits.map((h) => h.entry.why)).toEqual(["specific", "any"]);
  });
});

describe("compareRequest", () => {
  const expected: ExpectedRequest = {
    number: "4874/BNV-CCVC",
    type: "Công văn",
    date: "2023-08-29",
    issuer: "Bộ Nội vụ",
    subject: "báo cáo kết quả thực hiện",
    deadline: "2023-09-08",
    period: { from: null, to: "2023-06-30" },
    outline: ["Kết quả thực hiện", "Kiến nghị, đề xuất"],
  };
  const actual: RequestProfile = {
    number: "4874/BNV-CCVC",
    type: "công văn",
    date: "2023-08-29",
    issuer: "BỘ NỘI VỤ",
    subject: "V/v báo cáo kết quả thực hiện.",
    deadline: "2023-09-08",
    period: { from: null, to: "2023-06-30" },
    outline: [
      { number: "I", title: "KẾT QUẢ THỰC HIỆN NHIỆM VỤ", children: [] },
      { number: "II", title: "Kiến nghị", children: [] },
    ],
  };

  it("compares fields loosely where presentation differs, and outline titles by prefix or containment", () => {
    expect(compareRequest(expected, actual).filter((f) => !f.ok)).toEqual([]);
  });

  it("reports each wrong field", () => {
    const wrong = compareRequest(expected, { ...actual, deadline: "2023-06-30", outline: actual.outline.slice(0, 1) });
    expect(wrong.filter((f) => !f.ok).map((f) => f.field)).toEqual(["deadline", "outline"]);
  });

  it("counts every field wrong when a request is refused, and one field for a non-request", () => {
    expect(compareRequest(expected, null).every((f) => !f.ok)).toBe(true);
    expect(compareRequest(null, null)).toEqual([expect.objectContaining({ field: "request", ok: true })]);
    expect(compareRequest(null, actual)).toEqual([expect.objectContaining({ field: "request", ok: false })]);
  });

  it("takes the engine's verdict on whether a document is a request, as `vanban request` does", () => {
    expect(recognizedRequest(actual, { request: false })).toBeNull();
    expect(recognizedRequest({ ...actual, number: null, deadline: null, outline: [] }, { request: true })).not.toBeNull();
  });
});

describe("compareWord", () => {
  it("compares rule and excerpt as multisets", () => {
    const a = [finding("header-missing", "Số"), finding("header-missing", "Số"), finding("date-invalid", "31/4/2026")];
    const b = [finding("header-missing", "Số"), finding("date-invalid", "31/4/2026", "other wording")];
    expect(compareWord(a, b)).toEqual({ onlyFile: [finding("header-missing", "Số")], onlyWord: [] });
  });
});
