/**
 * section-empty: a section of the outline that the draft has as a heading with nothing
 * under it but placeholders ("…", "(nội dung)", "[Nhập nội dung]"). When a section and
 * its sub-sections are all empty, only the outer section is reported.
 */
import type { SectionMatch } from "../understand/match";
import { draftHeadingName, outlineReference } from "../understand/section-names";
import { report, type Rule } from "./rule";

export const sectionEmpty: Rule<"empty"> = {
  meta: {
    id: "section-empty",
    severity: "warning",
    name: { vi: "Mục để trống", en: "Empty sections" },
    description: {
      vi: "Một mục của đề cương có tiêu đề trong dự thảo nhưng chưa có nội dung.",
      en: "A section of the outline has a heading in the draft but no content yet.",
    },
    messages: {
      empty: { vi: "Mục “{heading}”{outline} chưa có nội dung.", en: "Section “{heading}”{outline} has no content yet." },
    },
  },
  check(context) {
    const outline = context.request?.outline ?? [];
    if (outline.length === 0) return [];
    const comparison = context.facts.sections;
    const reported = (match: SectionMatch) =>
      match.status === "empty" && (match.via === "heading" || match.via === "passage") && match.section !== null;
    return comparison.matches
      .filter((match) => reported(match) && (match.parent === null || !reported(comparison.matches[match.parent])))
      .map((match) => {
        const section = match.section!;
        const paragraph = context.draft.paragraphs[section.paragraph];
        const heading = paragraph ? paragraph.text.trim() : section.title;
        const reference = outlineReference(match, section.title);
        return report(
          sectionEmpty,
          "empty",
          // How the heading was taken as the entry's match, for a reviewer who disagrees.
          { heading: draftHeadingName(section), outline: reference, matchedBy: match.by ?? "meaning" },
          { span: { paragraph: section.paragraph, start: 0, end: paragraph ? paragraph.text.length : 0 }, excerpt: heading },
        );
      });
  },
};
