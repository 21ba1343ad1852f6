/**
 * format-body: body paragraphs justified, with a first-line indent of 1 cm to 1.27 cm (NĐ 30,
 * Phụ lục I; HD 36 the same). Judged on the prose paragraphs (long enough to wrap) and on what
 * most of them share: a centred caption or a list line does not count.
 */
import type { Finding, Localized } from "../types";
import { dominant, formatScope, paragraphPlace } from "./format-scope";
import { report, type Rule } from "./rule";

const ALIGNMENTS: Record<string, Localized> = {
  left: { vi: "căn trái", en: "left-aligned" },
  center: { vi: "căn giữa", en: "centred" },
  right: { vi: "căn phải", en: "right-aligned" },
  justify: { vi: "căn đều hai lề", en: "justified" },
};

/** Shorter paragraphs may be headings or list lines; prose wraps. */
const PROSE = 120;
/** 1 cm and 1.27 cm in points, with a millimetre to spare either way. */
const POINTS_PER_MM = 72 / 25.4;

function cm(points: number): string {
  return (Math.round((points / POINTS_PER_MM / 10) * 100) / 100).toString().replace(".", ",");
}

export const formatBody: Rule<"alignment" | "firstLine"> = {
  meta: {
    id: "format-body",
    severity: "warning",
    name: { vi: "Trình bày đoạn văn", en: "Paragraph layout" },
    description: {
      vi: "Đoạn văn trong thân văn bản căn đều hai lề, lùi đầu dòng từ 1 cm đến 1,27 cm (NĐ 30/2020 Phụ lục I; HD 36-HD/VPTW).",
      en: "Body paragraphs justified, first line indented 1 cm to 1.27 cm (Decree 30/2020 Appendix I; Party guide 36-HD/VPTW).",
    },
    messages: {
      alignment: {
        vi: "Các đoạn văn {found}, quy định căn đều hai lề ({clause}).",
        en: "The body paragraphs are {found}, prescribed justified ({clause}).",
      },
      firstLine: {
        vi: "Các đoạn văn lùi đầu dòng {found} cm, quy định 1–1,27 cm ({clause}).",
        en: "The body paragraphs' first lines are indented {found} cm, prescribed 1–1.27 cm ({clause}).",
      },
    },
  },
  check(context) {
    const scope = formatScope(context);
    if (!scope) return [];
    const prose = scope.body.filter((p) => p.text.trim().length >= PROSE && p.format.headingLevel === undefined && p.listLabel === undefined);
    if (prose.length < 3) return [];
    const clause = scope.pack.body.clause;
    const findings: Finding[] = [];
    const alignment = dominant(prose, (f) => f.alignment);
    if (alignment !== undefined && alignment !== "justify") {
      const off = prose.filter((p) => p.format.alignment === alignment);
      const finding = report(formatBody, "alignment", { found: ALIGNMENTS[alignment], clause }, paragraphPlace(off[0]));
      finding.fix = off.map((p) => ({ kind: "paragraph" as const, paragraph: p.index, set: { alignment: "justify" as const } }));
      findings.push(finding);
    }
    const first = dominant(prose, (f) => (f.firstLineIndent === undefined ? undefined : Math.round(f.firstLineIndent)));
    const [low, high] = scope.pack.body.firstLine;
    if (first !== undefined && first > 0 && (first < low - POINTS_PER_MM || first > high + POINTS_PER_MM)) {
      const off = prose.filter((p) => p.format.firstLineIndent !== undefined && Math.round(p.format.firstLineIndent) === first);
      const finding = report(formatBody, "firstLine", { found: cm(first), clause }, paragraphPlace(off[0]));
      finding.fix = off.map((p) => ({ kind: "paragraph" as const, paragraph: p.index, set: { firstLineIndent: first < low ? low : high } }));
      findings.push(finding);
    }
    return findings;
  },
};
