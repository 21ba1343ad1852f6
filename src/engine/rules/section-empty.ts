/**
 * section-empty: a section of the outline that the draft has as a heading with nothing
 * under it but placeholders ("…", "(nội dung)", "[Nhập nội dung]"). When a section and
 * its sub-sections are all empty, only the outer section is reported.
 */
import { draftHeadingName, outlineReference, sectionComparison, type SectionMatch } from "../understand/match";
import { report, type Rule } from "./rule";

export const sectionEmpty: Rule = {
  id: "section-empty",
  severity: "warning",
  description: {
    vi: "Một mục của đề cương có tiêu đề trong dự thảo nhưng chưa có nội dung.",
    en: "A section of the outline has a heading in the draft but no content yet.",
  },
  check(context) {
    const outline = context.request?.outline ?? [];
    if (outline.length === 0) return [];
    const comparison = sectionComparison(context);
    const reported = (match: SectionMatch) =>
      match.status === "empty" && match.via === "heading" && match.section !== null;
    return comparison.matches
      .filter((match) => reported(match) && (match.parent === null || !reported(comparison.matches[match.parent])))
      .map((match) => {
        const section = match.section!;
        const paragraph = context.draft.paragraphs[section.paragraph];
        const heading = paragraph ? paragraph.text.trim() : section.title;
        const reference = outlineReference(match, section.title);
        return report(sectionEmpty, {
          vi: `Mục “${draftHeadingName(section)}”${reference.vi} chưa có nội dung.`,
          en: `Section “${draftHeadingName(section)}”${reference.en} has no content yet.`,
          span: { paragraph: section.paragraph, start: 0, end: paragraph ? paragraph.text.length : 0 },
          excerpt: heading,
        });
      });
  },
};
