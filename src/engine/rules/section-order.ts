/**
 * section-order: sections present in the draft in another order than the outline's.
 * Among siblings, those outside the longest run that keeps the outline's order are
 * reported, so one misplaced section gives one finding, not one per section after it.
 */
import type { SectionMatch } from "../understand/match";
import { draftHeadingName, outlineEntryName, outlineReference } from "../understand/section-names";
import type { Localized } from "../types";
import { report, type Rule } from "./rule";

/** The full stop a message ends with, unless the place it names already ends with an ellipsis. */
function stop(where: Localized): Localized {
  return { vi: where.vi.endsWith("…") ? "" : ".", en: where.en.endsWith("…") ? "" : "." };
}

export const sectionOrder: Rule<"outOfOrder"> = {
  meta: {
    id: "section-order",
    severity: "warning",
    name: { vi: "Mục sai thứ tự", en: "Sections out of order" },
    description: {
      vi: "Các mục của dự thảo không theo thứ tự của đề cương trong văn bản yêu cầu.",
      en: "The draft's sections do not follow the order of the request's outline.",
    },
    messages: {
      outOfOrder: {
        vi: "Mục “{heading}”{outline} không đúng thứ tự: theo đề cương, {where}{stop}",
        en: "Section “{heading}”{outline} is out of order: in the outline {where}{stop}",
      },
    },
  },
  check(context) {
    const outline = context.request?.outline ?? [];
    if (outline.length === 0) return [];
    const comparison = context.facts.sections;
    const { matches } = comparison;
    return matches.flatMap((match, m) => {
      if (match.status !== "out-of-order" || !match.section) return [];
      const position = match.section.paragraph;
      const inPlace = (other: SectionMatch) =>
        other.parent === match.parent && other.via === "heading" && other.section !== null && other.status !== "out-of-order";
      // The nearest sibling in place that the outline puts after it but the draft before it,
      // or else the nearest one the outline puts before it but the draft after it.
      let where: Localized | null = null;
      for (let k = m + 1; k < matches.length && !where; k++) {
        const other = matches[k];
        if (inPlace(other) && other.section!.paragraph < position) {
          const name = outlineEntryName(other, 50);
          where = { vi: `phải đứng trước mục ${name}`, en: `it belongs before section ${name}` };
        }
      }
      for (let k = m - 1; k >= 0 && !where; k--) {
        const other = matches[k];
        if (inPlace(other) && other.section!.paragraph > position) {
          const name = outlineEntryName(other, 50);
          where = { vi: `phải đứng sau mục ${name}`, en: `it belongs after section ${name}` };
        }
      }
      where ??= { vi: "thứ tự các mục khác với đề cương", en: "the sections are in another order" };
      const reference = outlineReference(match, match.section.title);
      const paragraph = context.draft.paragraphs[match.section.paragraph];
      return [
        report(
          sectionOrder,
          "outOfOrder",
          { heading: draftHeadingName(match.section), outline: reference, where, stop: stop(where), matchedBy: match.by ?? "meaning" },
          {
            span: { paragraph: match.section.paragraph, start: 0, end: paragraph ? paragraph.text.length : 0 },
            excerpt: paragraph ? paragraph.text.trim() : match.section.title,
          },
        ),
      ];
    });
  },
};
