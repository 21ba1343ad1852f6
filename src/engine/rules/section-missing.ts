/**
 * section-missing: an entry of the request's outline that the draft does not answer.
 * Only the outermost missing entry is reported: when "II. Nguyên nhân" is missing, its
 * sub-entries are not reported again. Each finding is anchored where the section belongs and
 * names the draft heading that came nearest and why it was not taken, so a reviewer can
 * overrule the match.
 */
import { whereMissingBelongs } from "../understand/match";
import { draftHeadingName, nearestNote, outlineEntryName, parentNote } from "../understand/section-names";
import type { Localized } from "../types";
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
        vi: "Thiếu mục {section}{parent} theo đề cương của văn bản yêu cầu.{nearest}",
        en: "Section {section}{parent} required by the request's outline is missing.{nearest}",
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
      const data: Record<string, string | number | Localized> = { section: name, parent: parentNote(comparison, match), nearest: nearestNote(comparison, match) };
      if (match.candidate) {
        // The nearest heading by itself too, for scripts and a reviewer who would take it.
        data.candidate = draftHeadingName(match.candidate.section);
        data.candidateParagraph = match.candidate.section.paragraph + 1;
        data.candidateReason = match.candidate.reason;
      }
      return [report(sectionMissing, "missing", data, { excerpt: name, anchor })];
    });
  },
};
