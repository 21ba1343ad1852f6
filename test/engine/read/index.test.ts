import fc from "fast-check";
import { readDocument, readText, readDocx, normalizeForMatch, sameText, foldDiacritics } from "../../../src/engine/read";
import { InputError, type InputErrorCode } from "../../../src/engine/errors";
import { buildDocx } from "../../support/docx-builder";
import { seedBytes, seedNames, seedText } from "./seed-files";

function errorCode(run: () => unknown): InputErrorCode | "no error" | "other error" {
  try {
    run();
    return "no error";
  } catch (error) {
    if (error instanceof InputError) return error.code;
    return "other error";
  }
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = code >> 8;
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = code & 0xff;
  }
  return out;
}

const encoder = new TextEncoder();

describe("readDocument", () => {
  test.each(seedNames)("seed %s as UTF-8 bytes reads like readText", (file) => {
    const model = readDocument(seedBytes(file.slice(0, 3)), file);
    expect(model.source).toBe("txt");
    expect(model.name).toBe(file);
    expect(model.paragraphs.map((p) => p.text)).toEqual(readText(seedText(file.slice(0, 3))).paragraphs.map((p) => p.text));
  });

  test("UTF-8 with BOM and UTF-16 with BOM", () => {
    const text = seedText("004");
    const expected = readText(text).paragraphs.map((p) => p.text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(text)]);
    expect(readDocument(withBom, "a.txt").paragraphs.map((p) => p.text)).toEqual(expected);
    expect(readDocument(utf16(text, false), "a.txt").paragraphs.map((p) => p.text)).toEqual(expected);
    expect(readDocument(utf16(text, true), "a.txt").paragraphs.map((p) => p.text)).toEqual(expected);
  });

  test("content decides over the extension", () => {
    const docx = buildDocx({ paragraphs: ["Kính gửi: Bộ Nội vụ"] });
    expect(readDocument(docx, "nhầm-đuôi.txt").source).toBe("docx");
    expect(readDocument(docx, "bao-cao.docx").paragraphs[0].text).toBe("Kính gửi: Bộ Nội vụ");
    expect(errorCode(() => readDocument(encoder.encode("Kính gửi: Bộ Nội vụ"), "bao-cao.docx"))).toBe("not-docx");
    expect(errorCode(() => readDocument(encoder.encode("Kính gửi"), "cu.doc"))).toBe("not-docx");
  });

  test("bad inputs give their InputError codes", () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const cases: [string, Uint8Array, string, InputErrorCode][] = [
      ["empty", new Uint8Array(0), "a.txt", "empty"],
      ["whitespace", encoder.encode(" \n\t\r\n "), "a.txt", "empty"],
      ["BOM only", new Uint8Array([0xef, 0xbb, 0xbf]), "a.txt", "empty"],
      ["NUL bytes", new Uint8Array([0x4b, 0xc3, 0xad, 0x6e, 0x68, 0x00, 0x67, 0x00]), "a.txt", "binary"],
      ["invalid UTF-8", new Uint8Array([0x43, 0xf4, 0x6e, 0x67, 0x20, 0x76, 0xe3, 0x6e]), "a.txt", "unsupported-type"],
      ["truncated UTF-8", new Uint8Array([0x4b, 0xc3]), "a.txt", "unsupported-type"],
      ["PDF", encoder.encode("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"), "a.pdf", "binary"],
      ["control noise", new Uint8Array(Array.from({ length: 400 }, (_v, i) => (i % 3 === 0 ? 1 : 65))), "a.bin", "binary"],
      ["OLE", ole, "a.docx", "encrypted-docx"],
      ["zip without document", buildDocx({ paragraphs: ["x"], omit: ["word/document.xml"] }), "a.docx", "corrupt-docx"],
    ];
    for (const [label, bytes, name, code] of cases) {
      expect([label, errorCode(() => readDocument(bytes, name))]).toEqual([label, code]);
    }
  });

  test("a text file in TCVN3 bytes is named as such", () => {
    // "Cộng hoà xã hội chủ nghĩa Việt Nam" as TCVN3 bytes (one byte per letter).
    const latin = "Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\n";
    const bytes = Uint8Array.from(latin, (ch) => ch.charCodeAt(0));
    try {
      readDocument(bytes, "cu.txt");
      throw new Error("expected an InputError");
    } catch (error) {
      expect((error as InputError).code).toBe("unsupported-type");
      expect((error as InputError).message).toMatch(/TCVN3/);
      expect((error as InputError).message).toMatch(/Unikey/);
    }
  });

  test("messages say what to do, in Vietnamese and English", () => {
    try {
      readDocument(new Uint8Array([0x43, 0xf4, 0x6e, 0x67]), "a.txt");
      throw new Error("expected an InputError");
    } catch (error) {
      const input = error as InputError;
      expect(input.message).toMatch(/UTF-8/);
      expect(input.message).toMatch(/\.docx/);
      expect(input.messageEn).toMatch(/UTF-8/);
    }
  });

  test("the helpers are exported", () => {
    expect(typeof readDocx).toBe("function");
    expect(sameText("Cộng hoà", "CỘNG HÒA")).toBe(true);
    expect(normalizeForMatch("Uỷ ban").text).toBe("ủy ban");
    expect(foldDiacritics("Đề xuất")).toBe("De xuat");
  });
});

describe("properties: nothing but InputError escapes", () => {
  const onlyInputErrors = (run: () => unknown): boolean => {
    try {
      run();
      return true;
    } catch (error) {
      if (error instanceof InputError) return true;
      throw error;
    }
  };

  test("readText on arbitrary strings", () => {
    const pieces = fc.constantFrom("**", "*", "\\*", "<sup>", "</sup>", "### ", "\n", "\r\n", "\n\n", "  \n", "- ", "1. ", "I. ", "Kính gửi:", "Đ", "ệ", "\t", "\ufeff", "./.", "¹");
    const shaped = fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), shaped), (text) =>
        onlyInputErrors(() => {
          const model = readText(text);
          for (const p of model.paragraphs) {
            if (p.origin!.start < 0 || p.origin!.end > text.length || p.origin!.start >= p.origin!.end) throw new Error("bad origin");
          }
        }),
      ),
      { numRuns: 250 },
    );
  });

  test("readDocument on arbitrary bytes", () => {
    const zipLike = fc.uint8Array({ maxLength: 400 }).map((rest) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...rest]));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), zipLike), fc.constantFrom("a.txt", "a.docx", "a"), (bytes, name) =>
        onlyInputErrors(() => readDocument(bytes, name)),
      ),
      { numRuns: 400 },
    );
  });

  test("readDocument on damaged .docx files", () => {
    const good = buildDocx({
      paragraphs: [{ text: "I. Tình hình", style: "Heading1" }, "Nội dung", { table: [["a", "b"]] }],
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.nat({ max: good.length }),
        (edits, cut) => {
          const damaged = good.slice(0, Math.max(4, cut));
          for (const [at, value] of edits) if (at < damaged.length) damaged[at] = value;
          return onlyInputErrors(() => readDocument(damaged, "a.docx"));
        },
      ),
      { numRuns: 300 },
    );
  });
});
