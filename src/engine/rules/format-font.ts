/**
 * format-font: the body text in the prescribed font (Times New Roman), in one size of the
 * prescribed range (13–14; Party 14–15), in black; no pre-Unicode font (.VnTime, VNI-Times)
 * on Unicode text. Judged on what most body paragraphs share, so a quoted line or a table
 * does not set it off; a draft in a legacy encoding gets the reader's notice instead.
 */
import { showRange, sizeWithin } from "../layout/checks";
import type { Paragraph } from "../model";
import type { Finding } from "../types";
import { dominant, formatScope, nearestSize, paragraphPlace, sizeText } from "./format-scope";
import { report, type Rule } from "./rule";
import { keptAnswers } from "../kept-answers";

const LEGACY_FONT = /^(?:\.Vn|VNI[- ]|VN-?Times|VNtimes)/i;

const NON_SPACE = /\S/;

/** Whether a paragraph's fonts include a pre-Unicode one; a document names few fonts, so each is tested once. */
function hasLegacyFont(paragraph: Paragraph): boolean {
  const { fonts, font } = paragraph.format;
  if (fonts) {
    for (const f of fonts) if (isLegacyFont(f)) return true;
    return false;
  }
  return font ? isLegacyFont(font) : false;
}

const isLegacyFont = keptAnswers((font) => LEGACY_FONT.test(font), 1000);

/** A font name as compared: a draft names few fonts, so each is put in this form once. */
const fontKey = keptAnswers((font) => font.trim().toLowerCase(), 1000);

function sameFont(a: string, b: string): boolean {
  return fontKey(a) === fontKey(b);
}

function isBlack(color: string): boolean {
  return color === "auto" || color === "000000";
}

export const formatFont: Rule<"font" | "size" | "color" | "legacyFont"> = {
  meta: {
    id: "format-font",
    severity: "warning",
    name: { vi: "Phông chữ và cỡ chữ", en: "Font and size" },
    description: {
      vi: "Thân văn bản dùng phông Times New Roman (Unicode), màu đen, một cỡ chữ trong khoảng quy định; không dùng phông .Vn hay VNI cho chữ Unicode (NĐ 30/2020 Phụ lục I; HD 36-HD/VPTW).",
      en: "The body is set in Times New Roman (Unicode), black, one size within the prescribed range; no .Vn or VNI font on Unicode text (Decree 30/2020 Appendix I; Party guide 36-HD/VPTW).",
    },
    messages: {
      font: {
        vi: "Thân văn bản dùng phông {found}, quy định {prescribed} ({clause}).",
        en: "The body is set in {found}, prescribed {prescribed} ({clause}).",
      },
      size: {
        vi: "Thân văn bản {found}, quy định {prescribed} ({clause}).",
        en: "The body is {found}, prescribed {prescribed} ({clause}).",
      },
      color: {
        vi: "Chữ màu {found} trong thân văn bản, quy định màu đen ({clause}).",
        en: "Text coloured {found} in the body, prescribed black ({clause}).",
      },
      legacyFont: {
        vi: "Chữ Unicode đặt phông cũ {found}: phông này không hiển thị đúng tiếng Việt Unicode; dùng {prescribed} ({clause}).",
        en: "Unicode text set in the legacy font {found}, which does not show Unicode Vietnamese; use {prescribed} ({clause}).",
      },
    },
  },
  check(context) {
    const scope = formatScope(context);
    if (!scope) return [];
    const { pack, body } = scope;
    const findings: Finding[] = [];
    const prescribedFont = pack.fonts[0];

    // Old fonts on Unicode text anywhere in the draft: one finding, every such paragraph fixed.
    const legacy = context.draft.paragraphs.filter((p) => hasLegacyFont(p) && NON_SPACE.test(p.text));
    if (legacy.length > 0) {
      const font = (legacy[0].format.fonts ?? [legacy[0].format.font ?? ""]).find((f) => LEGACY_FONT.test(f)) ?? "";
      const finding = report(formatFont, "legacyFont", { found: font, prescribed: prescribedFont, clause: pack.fontClause }, paragraphPlace(legacy[0]));
      finding.fix = legacy.map((p) => ({ kind: "paragraph" as const, paragraph: p.index, set: { font: prescribedFont } }));
      findings.push(finding);
    }

    const font = dominant(body, (f) => f.font);
    if (font !== undefined && !LEGACY_FONT.test(font) && !pack.fonts.some((f) => sameFont(f, font)) && body.length >= 2) {
      const off = body.filter((p) => p.format.font !== undefined && sameFont(p.format.font, font));
      const finding = report(formatFont, "font", { found: font, prescribed: prescribedFont, clause: pack.fontClause }, paragraphPlace(off[0]));
      finding.fix = off.map((p) => ({ kind: "paragraph" as const, paragraph: p.index, set: { font: prescribedFont } }));
      findings.push(finding);
    }

    const size = dominant(body, (f) => f.size);
    if (size !== undefined && !sizeWithin(size, pack.body.size) && body.length >= 2) {
      const off = body.filter((p) => p.format.size === size);
      const target = nearestSize(size, pack.body.size);
      const finding = report(formatFont, "size", { found: sizeText(size), prescribed: sizeText(showRange(pack.body.size)), clause: pack.body.clause }, paragraphPlace(off[0]));
      finding.fix = off.map((p) => ({ kind: "paragraph" as const, paragraph: p.index, set: { size: target } }));
      findings.push(finding);
    }

    const coloured: Paragraph[] = body.filter((p) => p.format.color !== undefined && !isBlack(p.format.color));
    if (coloured.length > 0) {
      const finding = report(formatFont, "color", { found: `#${coloured[0].format.color}`, clause: pack.fontClause }, paragraphPlace(coloured[0]));
      finding.fix = coloured.map((p) => ({ kind: "paragraph" as const, paragraph: p.index, set: { color: "000000" } }));
      findings.push(finding);
    }
    return findings;
  },
};
