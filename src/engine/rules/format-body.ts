/**
 * format-body: body paragraphs justified, with a first-line indent of 1 cm to 1.27 cm (NĐ 30,
 * Phụ lục I; HD 36 the same). Judged on the prose paragraphs (long enough to wrap) and on what
 * most of them share: a centred caption or a list line does not count.
 */
import type { Paragraph } from "../model";
import type { Finding, Localized } from "../types";
import { BOLD, dominant, formatScope, ITALIC, NOT_BOLD, paragraphPlace, UPRIGHT } from "./format-scope";
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

/** Numbering that opens a heading of the outline, by kind: "I." "1." "1.1." "a)". */
const HEADING_KINDS: readonly [string, RegExp][] = [
  ["roman", /^[IVXL]{1,5}[.-]\s/u],
  ["decimal2", /^\d{1,2}\.\d{1,2}\.?\s/u],
  ["decimal", /^\d{1,2}[.-]\s/u],
  ["letter", /^[a-zđ]\)\s/u],
];

/** Whether a line opening with this character could be of one of the kinds: I, V, X, L, a digit, a–z or đ. */
function opensHeadingKind(c: number): boolean {
  return c === 73 || c === 86 || c === 88 || c === 76 || (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 0x111;
}

/** Short numbered lines of one kind share their bold and italic: the one or two that differ are slips. */
function headingFindings(body: readonly Paragraph[]): Finding[] {
  const findings: Finding[] = [];
  // Each short line's text once, for all the kinds.
  const lines: { paragraph: Paragraph; text: string }[] = [];
  for (const p of body) {
    const text = p.listLabel ? `${p.listLabel} ${p.text.trim()}` : p.text.trim();
    if (text.length <= 150 && opensHeadingKind(text.charCodeAt(0))) lines.push({ paragraph: p, text });
  }
  for (const [, pattern] of HEADING_KINDS) {
    const headings: Paragraph[] = [];
    for (const line of lines) if (pattern.test(line.text)) headings.push(line.paragraph);
    for (const key of ["bold", "italic"] as const) {
      const known = headings.filter((p) => p.format[key] !== undefined);
      if (known.length < 4) continue;
      const on = known.filter((p) => p.format[key] === true);
      const odd = on.length * 4 >= known.length * 3 ? known.filter((p) => p.format[key] === false) : on.length * 4 <= known.length ? on : [];
      if (odd.length === 0 || odd.length > 2) continue;
      const usual = odd[0].format[key] === true ? false : true;
      const word = (value: boolean): Localized => (key === "bold" ? (value ? BOLD : NOT_BOLD) : value ? ITALIC : UPRIGHT);
      for (const p of odd) {
        const place = paragraphPlace(p);
        const finding = report(formatBody, "headingOdd", { written: place.excerpt.slice(0, 60), found: word(!usual), prescribed: word(usual) }, place);
        finding.fix = [{ kind: "paragraph", paragraph: p.index, set: { [key]: usual } }];
        findings.push(finding);
      }
    }
  }
  return findings;
}

export const formatBody: Rule<"alignment" | "firstLine" | "headingOdd"> = {
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
      headingOdd: {
        vi: "Đề mục \"{written}\" {found}, khác các đề mục cùng cấp ({prescribed}).",
        en: "The heading \"{written}\" is {found}, unlike the other headings of its level ({prescribed}).",
      },
    },
  },
  check(context) {
    const scope = formatScope(context);
    if (!scope) return [];
    const prose = scope.body.filter((p) => p.text.trim().length >= PROSE && p.format.headingLevel === undefined && p.listLabel === undefined);
    const findings: Finding[] = headingFindings(scope.body);
    if (prose.length < 3) return findings;
    const clause = scope.pack.body.clause;
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
