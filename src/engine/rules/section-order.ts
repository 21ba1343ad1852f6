/**
 * section-order: sections present in the draft in another order than the outline's.
 * Among siblings, those outside the longest run that keeps the outline's order are
 * reported, so one misplaced section gives one finding, not one per section after it.
 */
import { outlineEntryName, sectionComparison } from "../understand/match";
import { report, type Rule } from "./rule";

export const sectionOrder: Rule = {
  id: "section-order",
  severity: "warning",
  description: {
    vi: "Các mục của dự thảo không theo thứ tự của đề cương trong văn bản yêu cầu.",
    en: "The draft's sections do not follow the order of the request's outline.",
  },
  check(context) {
    const outline = context.request?.outline ?? [];
    if (outline.length === 0) return [];
    const comparison = sectionComparison(context);
    const { matches } = comparison;
    return matches.flatMap((match, m) => {
      if (match.status !== "out-of-order" || !match.section) return [];
      // The sibling the outline puts right before it, among those in place in the draft.
      let before: string | null = null;
      for (let k = m - 1; k >= 0; k--) {
        const other = matches[k];
        if (other.parent === match.parent && other.via === "heading" && other.status !== "out-of-order") {
          before = outlineEntryName(other, 50);
          break;
        }
      }
      let after: string | null = null;
      if (before === null) {
        for (let k = m + 1; k < matches.length; k++) {
          const other = matches[k];
          if (other.parent === match.parent && other.via === "heading" && other.status !== "out-of-order") {
            after = outlineEntryName(other, 50);
            break;
          }
        }
      }
      const name = outlineEntryName(match);
      const where = before
        ? { vi: `phải đứng sau mục ${before}`, en: `it belongs after section ${before}` }
        : { vi: `phải đứng trước mục ${after ?? ""}`, en: `it belongs before section ${after ?? ""}` };
      const paragraph = context.draft.paragraphs[match.section.paragraph];
      return [
        report(sectionOrder, {
          vi: `Mục “${match.section.title}” (mục ${name} của đề cương) không đúng thứ tự: theo đề cương, ${where.vi}.`,
          en: `Section “${match.section.title}” (outline section ${name}) is out of order: in the outline ${where.en}.`,
          span: { paragraph: match.section.paragraph, start: 0, end: paragraph ? paragraph.text.length : 0 },
          excerpt: paragraph ? paragraph.text.trim() : match.section.title,
        }),
      ];
    });
  },
};
