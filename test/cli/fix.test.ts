/**
 * `vanban fix` on fixes carried by findings: a test-only formatting rule is added to the
 * registry here, so the command is tested apart from the real formatting rules.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readDocx } from "../../src/engine/read/docx";
import { buildDocx } from "../support/docx-builder";
import { expectRefusal, sha256, vanban } from "../support/cli";
import { toTcvn3 } from "../engine/convert/encoders";

jest.mock("../../src/engine/rules", () => {
  const actual = jest.requireActual("../../src/engine/rules");
  const { formatTestRule } = jest.requireActual("../support/format-test-rule");
  // The real formatting rules are left out: this tests applying fixes, whoever finds them.
  const allRules = [...actual.allRules.filter((rule: { meta: { id: string } }) => !rule.meta.id.startsWith("format-")), formatTestRule];
  return {
    ...actual,
    allRules,
    ruleById: (id: string) => allRules.find((rule: { meta: { id: string } }) => rule.meta.id === id),
    requireRuleIds: () => {},
  };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "vanban-fix-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const DRAFT = buildDocx({
  paragraphs: [
    { text: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", font: "Arial", size: 12, bold: true },
    { text: "Độc lập - Tự do - Hạnh phúc", font: "Times New Roman", size: 13 },
    { text: "Kính gửi: Sở Nội vụ", font: "Arial", size: 12 },
  ],
  // Word's default margins (1 inch).
  sectPr: '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>',
});

describe("vanban fix", () => {
  test("writes a corrected copy, says what it changed, and checks the copy again; the input is untouched", async () => {
    const input = write("draft.docx", DRAFT);
    const before = sha256(input);
    const output = join(dir, "fixed.docx");
    const result = await vanban("fix", input, "-o", output);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Đã sửa 3 chỗ trong ${input}, ghi vào ${output}`);
    expect(result.stdout).toContain(
      "\n  trang: lề trái 30 mm [format-test]\n" +
        "  đoạn 1 «CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM»: phông Times New Roman, cỡ chữ 13 [format-test]\n" +
        "  đoạn 3 «Kính gửi: Sở Nội vụ»: phông Times New Roman, cỡ chữ 13 [format-test]\n",
    );
    expect(result.stdout).not.toContain("đoạn 2");
    // The text replacement is listed, not made.
    expect(result.stdout).toContain("Có 1 chỗ cần sửa chữ, chưa sửa (thêm --text để thay):\n  đoạn 1: thay «CỘNG HOÀ» bằng «CỘNG HÒA»");
    expect(result.stdout).toContain(`Kiểm tra lại ${output}: còn 1 chỗ về thể thức:`);
    expect(sha256(input)).toBe(before);
    const fixed = readDocx(new Uint8Array(readFileSync(output)));
    expect(fixed.paragraphs.map((p) => p.text)).toEqual(readDocx(DRAFT).paragraphs.map((p) => p.text));
    expect(fixed.paragraphs.map((p) => [p.format.font, p.format.size, p.format.bold])).toEqual([
      ["Times New Roman", 13, true],
      ["Times New Roman", 13, false],
      ["Times New Roman", 13, false],
    ]);
    expect(fixed.page?.marginLeft).toBe(30);
  });

  test("--text makes the replacement too, and then nothing is left", async () => {
    const input = write("draft.docx", DRAFT);
    const output = join(dir, "fixed.docx");
    const result = await vanban("fix", input, "-o", output, "--text");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("đoạn 1 «CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM»: phông Times New Roman, cỡ chữ 13; thay «CỘNG HOÀ» bằng «CỘNG HÒA» [format-test]");
    expect(result.stdout).toContain(`Kiểm tra lại ${output}: không còn lỗi thể thức.`);
    expect(readDocx(new Uint8Array(readFileSync(output))).paragraphs[0].text).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });

  test("--only narrows to a rule or group; an unknown one is refused", async () => {
    const input = write("draft.docx", DRAFT);
    const output = join(dir, "fixed.docx");
    const result = await vanban("fix", input, "-o", output, "--only", "test");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Đã sửa 3 chỗ");
    expectRefusal(await vanban("fix", input, "-o", join(dir, "b.docx"), "--only", "khong-co"), /--only: không có quy tắc hay nhóm "khong-co" \(các quy tắc thể thức: format-test\)/);
  });

  test("a document with nothing to fix writes no file", async () => {
    const input = write("good.docx", buildDocx({
      paragraphs: [{ text: "Một đoạn", font: "Times New Roman", size: 13 }],
      sectPr: '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>',
    }));
    const output = join(dir, "fixed.docx");
    const result = await vanban("fix", input, "-o", output);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("không có gì về thể thức cần sửa");
    expect(existsSync(output)).toBe(false);
  });

  test("never the input, an existing file only with --force, and clear refusals for unreadable input", async () => {
    const input = write("draft.docx", DRAFT);
    expectRefusal(await vanban("fix", input, "-o", input, "--force"), /Không ghi đè tệp gốc/);
    const existing = write("existing.docx", new Uint8Array([1]));
    expectRefusal(await vanban("fix", input, "-o", existing), /đã có.*--force/);
    expect((await vanban("fix", input, "-o", existing, "--force")).code).toBe(0);
    expectRefusal(await vanban("fix", input), /Cách dùng: vanban fix/);
    const legacy = write("old.docx", buildDocx({ paragraphs: [{ text: toTcvn3("Cộng hòa xã hội chủ nghĩa Việt Nam"), font: ".VnTime" }] }));
    expectRefusal(await vanban("fix", legacy, "-o", join(dir, "a.docx")), /TCVN3/);
    const doc = write("old.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new TextEncoder().encode("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0")]));
    expectRefusal(await vanban("fix", doc, "-o", join(dir, "b.docx")), /\.doc kiểu cũ/);
    const corrupt = write("broken.docx", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]));
    expectRefusal(await vanban("fix", corrupt, "-o", join(dir, "c.docx")), /broken\.docx: /);
    const text = write("draft.txt", new TextEncoder().encode("Kính gửi: Sở Nội vụ"));
    expectRefusal(await vanban("fix", text, "-o", join(dir, "d.docx")), /không phải tệp Word \.docx/);
    expect((await vanban("fix", "--help")).stdout).toContain("vanban fix — sửa thể thức");
  });
});
