/**
 * Inserted into a clerk's document, a part keeps nothing of its styles part that the document
 * already defines, and its `w:docDefaults` are ignored
 * (https://learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml).
 * So every paragraph and every run of every part writes its look out in full.
 */
import { buildAddressee, buildClosing, buildHeader, buildOpening, buildOutline, type Block } from "../../src/parts/blocks";
import { EXAMPLE_PARTY_PROFILE, EXAMPLE_REQUEST, EXAMPLE_STATE_PROFILE } from "../../src/parts/examples";
import { toFlatOpc } from "../../src/parts/ooxml";

const PARTS: [string, () => Block[]][] = [
  ["state báo cáo header", () => buildHeader(EXAMPLE_STATE_PROFILE, { type: "bao-cao", subject: "Kết quả", date: "2023-09-05" })],
  ["state công văn header with urgency", () => buildHeader(EXAMPLE_STATE_PROFILE, { type: "cong-van", subject: "báo cáo", number: 12, urgency: "KHẨN" })],
  ["Party báo cáo header", () => buildHeader(EXAMPLE_PARTY_PROFILE, { type: "bao-cao", subject: "Kết quả", date: "2023-09-05" })],
  ["state closing", () => buildClosing(EXAMPLE_STATE_PROFILE, { type: "bao-cao" })],
  ["Party closing", () => buildClosing(EXAMPLE_PARTY_PROFILE, { type: "bao-cao" })],
  ["outline", () => buildOutline(EXAMPLE_REQUEST.outline)],
  ["opening", () => buildOpening(EXAMPLE_REQUEST, { agency: "Sở Ngoại vụ" })],
  ["addressee", () => buildAddressee("Bộ Nội vụ", EXAMPLE_STATE_PROFILE)],
];

/** The body's paragraphs, with their pPr and their runs' rPr as written. */
function paragraphsOf(ooxml: string): { pPr: string; runs: string[] }[] {
  const body = ooxml.slice(ooxml.indexOf("<w:body>"), ooxml.indexOf("</w:body>"));
  return [...body.matchAll(/<w:p(?:\s[^>]*)?>(.*?)<\/w:p>|<w:p\/>/g)].map((match) => {
    const inner = match[1] ?? "";
    const pPr = /^<w:pPr>(.*?)<\/w:pPr>/.exec(inner)?.[1] ?? "";
    const runs = [...inner.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((run) => /^<w:rPr>(.*?)<\/w:rPr>/.exec(run[1])?.[1] ?? "");
    return { pPr, runs };
  });
}

describe.each(PARTS)("the %s", (_, build) => {
  const paragraphs = paragraphsOf(toFlatOpc(build()));

  test("has paragraphs, and runs with text", () => {
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(paragraphs.some((paragraph) => paragraph.runs.length > 0)).toBe(true);
  });

  test("switches numbering off and sets indent, spacing and alignment on every paragraph", () => {
    for (const { pPr } of paragraphs) {
      // Cells end with a bare paragraph only after a nested table; the parts have none.
      expect(pPr).toContain('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>');
      expect(pPr).toMatch(/<w:ind w:left="\d+" w:right="\d+" w:firstLine="\d+"\/>/);
      expect(pPr).toMatch(/<w:spacing w:before="\d+" w:after="\d+" w:line="\d+" w:lineRule="(?:auto|exact)"\/>/);
      expect(pPr).toMatch(/<w:jc w:val="(?:left|center|right|both)"\/>/);
      expect(pPr).toMatch(/<w:rPr>.*<w:lang w:val="vi-VN"\/><\/w:rPr>$/);
    }
  });

  test("gives every run Times New Roman in all four slots, size, bold, italic, caps and Vietnamese", () => {
    for (const { runs } of paragraphs) {
      for (const rPr of runs) {
        expect(rPr).toContain('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>');
        expect(rPr).toMatch(/<w:sz w:val="\d+"\/><w:szCs w:val="\d+"\/>/);
        expect(rPr).toMatch(/<w:b(?: w:val="0")?\/><w:bCs(?: w:val="0")?\/>/);
        expect(rPr).toMatch(/<w:i(?: w:val="0")?\/><w:iCs(?: w:val="0")?\/>/);
        expect(rPr).toContain('<w:caps w:val="0"/>');
        expect(rPr).toMatch(/<w:lang w:val="vi-VN"\/>$/);
      }
    }
  });
});

test("the outline's headings carry the request's numbers as text, with the built-in heading styles", () => {
  const xml = toFlatOpc(buildOutline(EXAMPLE_REQUEST.outline));
  const headings = paragraphsOf(xml).filter((paragraph) => /<w:pStyle w:val="Heading\d"\/>/.test(paragraph.pPr));
  expect(headings).toHaveLength(14);
  expect(xml).toContain(">I. Tình hình</w:t>");
  expect(xml).toContain(">1. Nguyên nhân khách quan</w:t>");
});
