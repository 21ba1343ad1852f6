/**
 * section-missing: an entry of the request's outline that the draft does not answer.
 * Only the outermost missing entry is reported: when "II. Nguyên nhân" is missing, its
 * sub-entries are not reported again. Each finding is anchored where the section belongs.
 */
import { whereMissingBelongs } from "../understand/match";
import { outlineEntryName, parentNote } from "../understand/section-names";
import { report, type Rule } from "./rule";

export const sectionMissing: Rule<"missing"> = {
  meta: {
    id: "section-missing",
    severity: "error",
    name: { vi: "Thiếu mục theo đề cương", en: "Missing sections" },
    description: {
      vi: "Dự thảo thiếu một mục của đề cương mà văn bản yêu cầu đề nghị báo cáo.",
      en: "The draft lacks a section of the outline the request asks to report on.",
    },
    messages: {
      missing: {
        vi: "Thiếu mục {section}{parent} theo đề cương của văn bản yêu cầu.",
        en: "Section {section}{parent} required by the request's outline is missing.",
      },
    },
  },
  check(context) {
    const outline = context.request?.outline ?? [];
    if (outline.length === 0) return [];
    const comparison = context.facts.sections;
    return comparison.matches.flatMap((match, index) => {
      if (match.status !== "missing" || (match.parent !== null && comparison.matches[match.parent].status === "missing")) return [];
      const name = outlineEntryName(match);
      const anchor = whereMissingBelongs(comparison, index) ?? undefined;
      return [report(sectionMissing, "missing", { section: name, parent: parentNote(comparison, match) }, { excerpt: name, anchor })];
    });
  },
};
