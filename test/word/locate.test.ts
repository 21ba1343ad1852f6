import { escapeSearchText, matchPositions, planSpanSearch, startsWithHeader } from "../../src/word/locate";
import { seedModel } from "./fixtures";

describe("escapeSearchText", () => {
  test("escapes Word's caret and writes tabs and line breaks as codes", () => {
    expect(escapeSearchText("a^b\tc\u000bd")).toBe("a^^b^tc^ld");
  });
});

describe("matchPositions", () => {
  test("reports non-overlapping matches from the left, like Word's Find", () => {
    expect(matchPositions("aaaa", "aa")).toEqual([0, 2]);
    expect(matchPositions("Tỉnh ủy và Tỉnh ủy", "Tỉnh ủy")).toEqual([0, 11]);
    expect(matchPositions("abc", "")).toEqual([]);
  });
});

describe("planSpanSearch", () => {
  const paragraph = seedModel("001").paragraphs.find((p) => p.text.length > 600);
  const text = paragraph?.text ?? "";

  test("counts the earlier occurrences of a repeated word", () => {
    const second = text.indexOf("Tỉnh ủy", text.indexOf("Tỉnh ủy") + 1);
    expect(planSpanSearch(text, { paragraph: 0, start: second, end: second + 7 }, "Tỉnh ủy")).toEqual({
      head: { search: "Tỉnh ủy", text: "Tỉnh ủy", occurrence: 1 },
    });
  });

  test("splits an excerpt longer than Word's limit into a head and a tail within 255 characters", () => {
    const plan = planSpanSearch(text, { paragraph: 0, start: 100, end: 560 }, text.slice(100, 560));
    expect(plan?.tail).toBeDefined();
    expect(plan?.head.search.length).toBeLessThanOrEqual(255);
    expect(plan?.tail?.search.length).toBeLessThanOrEqual(255);
    expect(text.slice(100)).toMatch(new RegExp(`^${escapeRegExp(plan?.head.search ?? "")}`));
    expect(text.slice(0, 560).endsWith(plan?.tail?.search ?? "x")).toBe(true);
  });

  test("null when the excerpt is not in the paragraph any more", () => {
    expect(planSpanSearch(text, { paragraph: 0, start: 0, end: 4 }, "Phụ lục 9")).toBeNull();
  });
});

describe("startsWithHeader", () => {
  test("looks at the first fifteen paragraphs only", () => {
    const filler = Array.from({ length: 15 }, (_, index) => `Đoạn ${index}`);
    expect(startsWithHeader([...filler.slice(0, 3), "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"])).toBe(true);
    expect(startsWithHeader([...filler, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])).toBe(false);
    expect(startsWithHeader(["ĐẢNG CỘNG SẢN\u000bVIỆT NAM"])).toBe(true);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
