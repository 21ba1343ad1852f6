import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readDocx } from "../../src/engine/read/docx";
import { buildDocx } from "../support/docx-builder";
import { expectRefusal, sha256, vanban } from "../support/cli";
import { toTcvn3, toVni } from "../engine/convert/encoders";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "vanban-convert-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const LINES = ["Ủy ban nhân dân tỉnh Kiên Giang", "Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc"];

function write(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe("vanban convert", () => {
  test("a TCVN3 document becomes a new Unicode file, checked like vanban check; the input is untouched", async () => {
    const input = write("old.docx", buildDocx({ paragraphs: LINES.map((line) => ({ text: toTcvn3(line), font: ".VnTime" })) }));
    const before = sha256(input);
    const output = join(dir, "unicode.docx");
    const result = await vanban("convert", input, "-o", output);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("TCVN3");
    expect(result.stderr).toContain("đọc được dưới dạng Unicode");
    expect(result.stdout).toContain(`Kiểm tra: ${output}`);
    expect(sha256(input)).toBe(before);
    expect(readDocx(new Uint8Array(readFileSync(output))).paragraphs.map((p) => p.text)).toEqual(LINES);
  });

  test("a VNI document too", async () => {
    const input = write("vni.docx", buildDocx({ paragraphs: LINES.map((line) => ({ text: toVni(line), font: "VNI-Times" })) }));
    const output = join(dir, "out.docx");
    expect((await vanban("convert", input, "--output", output)).code).toBe(0);
    expect(readDocx(new Uint8Array(readFileSync(output))).paragraphs.map((p) => p.text)).toEqual(LINES);
  });

  test("refuses to write over the input, under any of its names, even with --force", async () => {
    const input = write("old.docx", buildDocx({ paragraphs: [{ text: toTcvn3(LINES[1]), font: ".VnTime" }] }));
    const before = sha256(input);
    expectRefusal(await vanban("convert", input, "-o", input), /Không ghi đè tệp gốc/);
    expectRefusal(await vanban("convert", input, "-o", join(dir, ".", "old.docx"), "--force"), /Không ghi đè tệp gốc/);
    symlinkSync(input, join(dir, "link.docx"));
    expectRefusal(await vanban("convert", input, "-o", join(dir, "link.docx"), "--force"), /Không ghi đè tệp gốc/);
    expect(sha256(input)).toBe(before);
  });

  test("an existing output needs --force", async () => {
    const input = write("old.docx", buildDocx({ paragraphs: [{ text: toTcvn3(LINES[1]), font: ".VnTime" }] }));
    const output = write("taken.docx", new Uint8Array([1, 2, 3]));
    expectRefusal(await vanban("convert", input, "-o", output), /đã có/);
    expect((await vanban("convert", input, "-o", output, "--force")).code).toBe(0);
  });

  test("text still legacy after the conversion (set in a Unicode font) is reported with exit 1", async () => {
    const paragraphs = [{ text: toTcvn3(LINES[0]), font: ".VnTime" }, ...LINES.slice(1).map((line) => ({ text: toTcvn3(line), font: "Arial" }))];
    const input = write("mixed.docx", buildDocx({ paragraphs }));
    const output = join(dir, "out.docx");
    const result = await vanban("convert", input, "-o", output);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("vẫn còn chữ trông như bảng mã TCVN3");
    const texts = readDocx(new Uint8Array(readFileSync(output))).paragraphs.map((p) => p.text);
    expect(texts[0]).toBe(LINES[0]);
    expect(texts.slice(1)).toEqual(LINES.slice(1).map(toTcvn3));
  });

  test("a Unicode document: nothing to convert, exit 0, no file written", async () => {
    const input = write("new.docx", buildDocx({ paragraphs: LINES }));
    const output = join(dir, "out.docx");
    const result = await vanban("convert", input, "-o", output);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("không có gì để chuyển");
    expect(existsSync(output)).toBe(false);
  });

  test("usage mistakes and unreadable input are refused in one line", async () => {
    expectRefusal(await vanban("convert", join(dir, "old.docx")), /Cách dùng: vanban convert/);
    expectRefusal(await vanban("convert", join(dir, "missing.docx"), "-o", join(dir, "x.docx")), /không tìm thấy tệp/);
    const text = write("plain.txt", new TextEncoder().encode("Céng hoµ"));
    expectRefusal(await vanban("convert", text, "-o", join(dir, "x.docx")), /plain\.txt/);
  });

  test("has a Vietnamese help", async () => {
    const help = await vanban("convert", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("vanban convert OLD.docx -o UNICODE.docx");
    expect(help.stdout).toContain(".VnTimeH");
    expect((await vanban("--help")).stdout).toContain("vanban convert");
  });
});
