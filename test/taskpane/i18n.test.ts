import { themeOf } from "../../src/taskpane/theme";
import { languageFromOffice, STRING_TABLES, stringsFor } from "../../src/taskpane/i18n";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("strings", () => {
  const vi = STRING_TABLES.vi;
  const en = STRING_TABLES.en;

  it("has every key in both languages, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const table of [vi, en]) {
      for (const [key, value] of Object.entries(table)) {
        expect([key, value.trim() === ""]).toEqual([key, false]);
      }
    }
  });

  it("uses the same placeholders in both languages", () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(vi[key])]);
    }
  });

  it("writes Vietnamese with its diacritics", () => {
    expect(vi.tabRequest).toBe("Yêu cầu");
    expect(vi.tabCheck).toBe("Kiểm tra");
    expect(vi.checkDocumentChanged).toBe("Văn bản đã thay đổi, hãy kiểm tra lại.");
  });
});

describe("languageFromOffice", () => {
  it("gives English for English display languages and Vietnamese otherwise", () => {
    expect(languageFromOffice("en-US")).toBe("en");
    expect(languageFromOffice("EN-gb")).toBe("en");
    expect(languageFromOffice("vi-VN")).toBe("vi");
    expect(languageFromOffice("fr-FR")).toBe("vi");
    expect(languageFromOffice(undefined)).toBe("vi");
    expect(stringsFor("en").tabSettings).toBe("Settings");
  });
});

describe("themeOf", () => {
  it("takes Word's dark and black themes as dark, white and colourful as light", () => {
    expect(themeOf("#1f1f1f")).toBe("dark");
    expect(themeOf("#000000")).toBe("dark");
    expect(themeOf("#FFFFFF")).toBe("light");
    expect(themeOf("#e6e6e6")).toBe("light");
    expect(themeOf(undefined)).toBe("light");
    expect(themeOf("not a colour")).toBe("light");
  });
});
