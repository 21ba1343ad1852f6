/**
 * section-missing: an entry of the request's outline that the draft does not answer.
 * Only the outermost missing entry is reported: when "II. Nguyên nhân" is missing, its
 * sub-entries are not reported again.
 */
import { outlineEntryName, parentNote, sectionComparison } from "../understand/match";
import { report, type Rule } from "./rule";

export const sectionMissing: Rule = {
  id: "section-missing",
  severity: "error",
  description: {
    vi: "Dự thảo thiếu một mục của đề cương mà văn bản yêu cầu đề nghị báo cáo.",
    en: "The draft lacks a section of the outline the request asks to report on.",
  },
  check(context) {
    const outline = context.request?.outline ?? [];
    if (outline.length === 0) return [];
    const comparison = sectionComparison(context);
    return comparison.matches
      .filter((match) => match.status === "missing" && (match.parent === null || comparison.matches[match.parent].status !== "missing"))
      .map((match) => {
        const name = outlineEntryName(match);
        const note = parentNote(comparison, match);
        return report(sectionMissing, {
          vi: `Thiếu mục ${name}${note.vi} theo đề cương của văn bản yêu cầu.`,
          en: `Section ${name}${note.en} required by the request's outline is missing.`,
          excerpt: name,
        });
      });
  },
};
