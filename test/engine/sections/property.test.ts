import fc from "fast-check";
import type { DocumentModel, ParagraphFormat } from "../../../src/engine/model";
import { compareSections } from "../../../src/engine/understand/match";
import { extractOutline } from "../../../src/engine/understand/outline";
import { findSections } from "../../../src/engine/understand/sections";
import type { OutlineNode } from "../../../src/engine/types";

const fragments = [
  "I. ", "II- ", "IV. ", "1. ", "1- ", "1) ", "a) ", "đ) ", "1.1 ", "1.2. ", "Phần I ", "Phần thứ nhất ", "Mục 1 ",
  "### ", "**", "*", "\\* ", "<sup>1</sup> ", "¹ ", "- ", "+ ", "Kính gửi:", "Nơi nhận:", "Số: 12/UBND", "KT. GIÁM ĐỐC",
  "Phụ lục 3", "ĐỀ CƯƠNG BÁO CÁO", "Lưu ý:", "Trên đây là báo cáo", "./.", "…", "(nội dung)", "[Nhập nội dung]",
  "Tình hình", "Nguyên nhân", "Nhiệm vụ, giải pháp", "Đề xuất, kiến nghị", "TÌNH HÌNH", "của", "và", "nhằm",
  "hoà", "uỷ ban", ":", ".", ";", ",", " ", "\t", "\u00a0", "\u200b", "e\u0301", "",
];

const paragraphText = fc.oneof(
  fc.array(fc.constantFrom(...fragments), { maxLength: 8 }).map((parts) => parts.join("")),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);

const format: fc.Arbitrary<ParagraphFormat> = fc.record(
  { bold: fc.boolean(), headingLevel: fc.integer({ min: 1, max: 9 }), italic: fc.boolean() },
  { requiredKeys: [] },
);

const document: fc.Arbitrary<DocumentModel> = fc
  .array(fc.tuple(paragraphText, format, fc.boolean()), { maxLength: 40 })
  .map((items) => ({
    source: "text" as const,
    notices: [],
    paragraphs: items.map(([text, fmt, superscript], index) => ({
      index,
      text,
      format: fmt,
      ...(superscript && text.length > 0 ? { marks: [{ start: 0, end: 1, kind: "superscript" as const }] } : {}),
    })),
  }));

const leaf: fc.Arbitrary<OutlineNode> = fc.record({
  number: fc.constantFrom("", "I", "II", "1", "a"),
  title: paragraphText,
  children: fc.constant([]),
});
const outlineNode: fc.Arbitrary<OutlineNode> = fc.record({
  number: fc.constantFrom("", "I", "II", "1", "a"),
  title: paragraphText,
  children: fc.array(
    fc.record({ number: fc.constantFrom("1", "2", "a"), title: paragraphText, children: fc.array(leaf, { maxLength: 2 }) }),
    { maxLength: 3 },
  ),
});

function countNodes(nodes: OutlineNode[]): number {
  return nodes.reduce((n, node) => n + 1 + countNodes(node.children), 0);
}

describe("sections on arbitrary paragraphs", () => {
  it("findSections never throws and returns consistent extents", () => {
    fc.assert(
      fc.property(document, (model) => {
        const sections = findSections(model);
        let previous = -1;
        for (const section of sections) {
          expect(section.paragraph).toBeGreaterThan(previous);
          previous = section.paragraph;
          expect(section.level).toBeGreaterThanOrEqual(1);
          expect(section.bodyStart).toBeGreaterThan(section.paragraph);
          expect(section.bodyEnd).toBeGreaterThanOrEqual(section.bodyStart);
          expect(section.end).toBeGreaterThanOrEqual(section.bodyEnd);
          expect(section.end).toBeLessThanOrEqual(model.paragraphs.length);
        }
      }),
      { numRuns: Number(process.env.SECTIONS_PROPERTY_RUNS ?? 400) },
    );
  });

  it("extractOutline and compareSections never throw and give one status per outline entry", () => {
    fc.assert(
      fc.property(document, fc.array(outlineNode, { maxLength: 4 }), (model, outline) => {
        extractOutline(model);
        const comparison = compareSections(model, outline);
        expect(comparison.statuses).toHaveLength(countNodes(outline));
        for (const status of comparison.statuses) {
          expect(["present", "missing", "empty", "out-of-order", "in-parent"]).toContain(status.status);
        }
      }),
      { numRuns: Number(process.env.SECTIONS_PROPERTY_RUNS ?? 400) },
    );
  });
});
