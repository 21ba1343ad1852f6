/** Choosing and wording fixes: groups for --only, formatting apart from text, Vietnamese and English words. */
import { describeFix } from "../../../src/engine/fix/describe";
import { fixableFindings, ruleMatches } from "../../../src/engine/fix/select";
import type { Finding } from "../../../src/engine/types";

const finding = (rule: string, fix: Finding["fix"]): Finding => ({ rule, severity: "warning", messageId: "x", data: {}, excerpt: "", fix });

describe("ruleMatches", () => {
  test.each([
    ["format-page", "page", true],
    ["format-page", "format-page", true],
    ["format-font", "fonts", true],
    ["format-header", "header", true],
    ["format-header", "head", false],
    ["header-missing", "page", false],
    ["header-missing", "header", true],
    ["format-body", "format", true],
  ])("%s matches %s: %s", (id, item, expected) => {
    expect(ruleMatches(id, item)).toBe(expected);
  });
});

describe("fixableFindings", () => {
  const findings = [
    finding("format-page", [{ kind: "page", set: { marginLeft: 30 } }]),
    finding("format-header", [
      { kind: "paragraph", paragraph: 0, set: { bold: true } },
      { kind: "text", paragraph: 0, start: 0, end: 8, replacement: "CỘNG HÒA" },
    ]),
    finding("format-closing", [{ kind: "text", paragraph: 9, start: 3, end: 4, replacement: ";" }]),
    finding("date-invalid", undefined),
  ];

  test("formatting only unless text is asked for; findings without a fix left out", () => {
    expect(fixableFindings(findings).map((c) => [c.finding.rule, c.fixes.map((f) => f.kind)])).toEqual([
      ["format-page", ["page"]],
      ["format-header", ["paragraph"]],
    ]);
    expect(fixableFindings(findings, { text: true }).map((c) => c.fixes.length)).toEqual([1, 2, 1]);
  });

  test("--only narrows by rule or group", () => {
    expect(fixableFindings(findings, { only: ["page"] }).map((c) => c.finding.rule)).toEqual(["format-page"]);
    expect(fixableFindings(findings, { only: ["header", "closing"], text: true }).map((c) => c.finding.rule)).toEqual(["format-header", "format-closing"]);
  });
});

describe("describeFix", () => {
  test("says what changes, in Vietnamese and English", () => {
    const fix = { kind: "paragraph", paragraph: 0, set: { font: "Times New Roman", size: 13, bold: true, alignment: "center", firstLineIndent: 28.35, lineSpacing: 1.15, borderBottom: false } } as const;
    expect(describeFix(fix, "vi")).toBe("phông Times New Roman, cỡ chữ 13, chữ đậm, căn giữa, thụt đầu dòng 1 cm, giãn dòng 1,15 dòng, bỏ đường kẻ dưới");
    expect(describeFix(fix, "en")).toBe("font Times New Roman, size 13 pt, bold, centre, first-line indent 1 cm, line spacing 1.15, no rule below");
    expect(describeFix({ kind: "page", set: { width: 210, height: 297, marginLeft: 30, orientation: "portrait" } }, "vi")).toBe("khổ giấy 210 × 297 mm, lề trái 30 mm, trang dọc");
    expect(describeFix({ kind: "text", paragraph: 0, start: 0, end: 8, replacement: "CỘNG HÒA" }, "vi", "CỘNG HOÀ XÃ HỘI")).toBe("thay «CỘNG HOÀ» bằng «CỘNG HÒA»");
  });
});
