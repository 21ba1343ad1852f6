/**
 * `vanban fix` with the real formatting rules: a report formatted badly on purpose comes out
 * with nothing left for the check to say about its formatting, and its text unchanged.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkDocument } from "../../src/engine/check";
import { readDocx } from "../../src/engine/read/docx";
import { badlyFormatted, exampleReport } from "../support/bad-draft";
import { sha256, vanban } from "../support/cli";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "vanban-fix-rules-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const formatting = (bytes: Uint8Array) => checkDocument(readDocx(bytes), null).findings.filter((f) => f.rule.startsWith("format-"));

describe("vanban fix with the formatting rules", () => {
  test("the generated example has no formatting finding; its badly formatted copy has several", () => {
    expect(formatting(exampleReport())).toEqual([]);
    const rules = new Set(formatting(badlyFormatted()).map((f) => f.rule));
    for (const rule of ["format-page", "format-font", "format-header", "format-closing"]) expect(rules).toContain(rule);
  });

  test("fixes every one of them in a copy, says so, and the copy checks clean", async () => {
    const bad = badlyFormatted();
    const input = join(dir, "draft.docx");
    writeFileSync(input, bad);
    const before = sha256(input);
    const output = join(dir, "draft-fixed.docx");
    const result = await vanban("fix", input, "-o", output);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^Đã sửa \d+ chỗ trong /);
    expect(result.stdout).toContain("\n  trang: lề trên 20 mm, lề dưới 20 mm, lề trái 30 mm, lề phải 15 mm [format-page]\n");
    expect(result.stdout).toMatch(/\n {2}đoạn \d+ «CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM»: [^\n]*chữ đậm[^\n]* \[format-header\]\n/);
    expect(result.stdout).toContain(`Kiểm tra lại ${output}: không còn lỗi thể thức.`);
    expect(result.code).toBe(0);
    expect(sha256(input)).toBe(before);
    const fixed = new Uint8Array(readFileSync(output));
    expect(formatting(fixed)).toEqual([]);
    expect(readDocx(fixed).paragraphs.map((p) => p.text)).toEqual(readDocx(bad).paragraphs.map((p) => p.text));
  });

  test("--only page fixes the page only and lists what is left", async () => {
    const input = join(dir, "draft.docx");
    writeFileSync(input, badlyFormatted());
    const output = join(dir, "page-only.docx");
    const result = await vanban("fix", input, "-o", output, "--only", "page");
    expect(result.stdout).toMatch(/^Đã sửa 1 chỗ trong /);
    expect(result.stdout).toMatch(/còn \d+ chỗ về thể thức:\n {2}\[format-/);
    expect(result.stdout).not.toMatch(/^ {2}\[format-page\]/m);
    expect(result.code).toBe(0);
    expect(formatting(new Uint8Array(readFileSync(output))).map((f) => f.rule)).not.toContain("format-page");
  });
});
