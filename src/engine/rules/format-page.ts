/**
 * format-page: the paper is A4 (portrait, or landscape: NĐ 30 allows it for wide tables) and
 * the margins are not those of Word's default template — margins nobody set. Margins set by
 * hand are left alone: offices narrow them on purpose to fit a page, and issued documents do.
 * Silent when the page is unknown (Word's API up to 1.3 does not give it).
 */
import { layoutFor } from "../layout/packs";
import type { PageSetup, Paragraph } from "../model";
import type { Finding } from "../types";
import { formatScope } from "./format-scope";
import { report, type Rule } from "./rule";

/** Word's default margins (top, bottom, left, right, mm): 2.54 cm all round, and 2.54 / 3.17 cm of older templates. */
const DEFAULT_MARGINS: readonly (readonly [number, number, number, number])[] = [
  [25.4, 25.4, 25.4, 25.4],
  [25.4, 25.4, 31.75, 31.75],
  [25.4, 25.4, 31.7, 31.7],
];

const near = (a: number, b: number, within = 1): boolean => Math.abs(a - b) <= within;

function paperName(page: PageSetup): string {
  const w = page.width ?? 0;
  const h = page.height ?? 0;
  if ((near(w, 215.9) && near(h, 279.4)) || (near(h, 215.9) && near(w, 279.4))) return "Letter 215,9 × 279,4 mm";
  if ((near(w, 215.9) && near(h, 355.6)) || (near(h, 215.9) && near(w, 355.6))) return "Legal 215,9 × 355,6 mm";
  return `${String(w).replace(".", ",")} × ${String(h).replace(".", ",")} mm`;
}

/**
 * Characters that surely fill more than two pages: an A4 page at 13–14 pt holds under 2,500.
 * Page numbers are judged on such documents only: a shorter one may be a single page.
 */
const MULTI_PAGE = 7500;

/** Whether the paragraphs hold at least `count` characters; counting stops there. */
function holdsAtLeast(paragraphs: readonly Paragraph[], count: number): boolean {
  let n = 0;
  for (const p of paragraphs) if ((n += p.text.length) >= count) return true;
  return false;
}

export const formatPage: Rule<"paper" | "defaultMargins" | "noPageNumbers" | "firstPageNumbered"> = {
  meta: {
    id: "format-page",
    severity: "warning",
    name: { vi: "Khổ giấy và lề trang", en: "Paper and margins" },
    description: {
      vi: "Khổ giấy A4 (210 × 297 mm) và lề trang đã đặt theo quy định, không phải lề mặc định của Word (NĐ 30/2020 Phụ lục I; HD 36-HD/VPTW).",
      en: "A4 paper (210 × 297 mm) and margins set as prescribed, not Word's default margins (Decree 30/2020 Appendix I; Party guide 36-HD/VPTW).",
    },
    messages: {
      paper: {
        vi: "Khổ giấy {found}, quy định A4 210 × 297 mm ({clause}).",
        en: "Paper {found}, prescribed A4 210 × 297 mm ({clause}).",
      },
      defaultMargins: {
        vi: "Lề trang là lề mặc định của Word ({found}); quy định lề trên {top} mm, dưới {bottom} mm, trái {left} mm, phải {right} mm ({clause}).",
        en: "The margins are Word's defaults ({found}); prescribed top {top} mm, bottom {bottom} mm, left {left} mm, right {right} mm ({clause}).",
      },
      noPageNumbers: {
        vi: "Văn bản nhiều trang nhưng không đánh số trang; quy định đánh số trang từ trang thứ hai ({clause}).",
        en: "A document of several pages without page numbers; prescribed: numbered from the second page ({clause}).",
      },
      firstPageNumbered: {
        vi: "Số trang hiện ở cả trang đầu; quy định không hiển thị số trang thứ nhất (chọn \"Different First Page\") ({clause}).",
        en: "The page number shows on the first page too; prescribed: no number on the first page (\"Different First Page\") ({clause}).",
      },
    },
  },
  check(context) {
    const scope = formatScope(context);
    const page = context.draft.page;
    if (!scope || !page || page.width === undefined || page.height === undefined) return [];
    const rules = scope.pack.page;
    const findings: Finding[] = [];
    const portrait = page.width <= page.height;
    const [short, long] = portrait ? [page.width, page.height] : [page.height, page.width];
    const where = { excerpt: "", anchor: { paragraph: 0, placement: "before" as const } };
    if (!near(short, rules.widthMm, 2) || !near(long, rules.heightMm, 2)) {
      const finding = report(formatPage, "paper", { found: paperName(page), clause: rules.clause }, { ...where, excerpt: paperName(page) });
      finding.fix = [{ kind: "page", set: portrait ? { width: rules.widthMm, height: rules.heightMm } : { width: rules.heightMm, height: rules.widthMm } }];
      findings.push(finding);
    }
    const margins = [page.marginTop, page.marginBottom, page.marginLeft, page.marginRight];
    if (margins.every((m): m is number => m !== undefined) && DEFAULT_MARGINS.some((d) => d.every((v, i) => near(v, margins[i], 0.3)))) {
      const target = layoutFor(scope.pack.system).page;
      const found = margins.map((m) => String(m).replace(".", ",")).join(" / ") + " mm";
      const finding = report(
        formatPage,
        "defaultMargins",
        {
          found,
          top: `${rules.marginTopMm[0]}–${rules.marginTopMm[1]}`,
          bottom: `${rules.marginBottomMm[0]}–${rules.marginBottomMm[1]}`,
          left: `${rules.marginLeftMm[0]}–${rules.marginLeftMm[1]}`,
          right: `${rules.marginRightMm[0]}–${rules.marginRightMm[1]}`,
          clause: rules.clause,
        },
        { ...where, excerpt: found },
      );
      finding.fix = [{ kind: "page", set: { marginTop: target.marginTopMm, marginBottom: target.marginBottomMm, marginLeft: target.marginLeftMm, marginRight: target.marginRightMm } }];
      findings.push(finding);
    }
    // Page numbers: only where one section tells the whole document and it surely runs to several pages.
    if (page.sections === 1 && page.pageNumbers !== undefined && holdsAtLeast(context.draft.paragraphs, MULTI_PAGE)) {
      const clause = scope.pack.pageNumberClause;
      if (!page.pageNumbers) findings.push(report(formatPage, "noPageNumbers", { clause }, { ...where, excerpt: "Số trang" }));
      else if (page.titlePage !== true) findings.push(report(formatPage, "firstPageNumbered", { clause }, { ...where, excerpt: "Số trang" }));
    }
    return findings;
  },
};
