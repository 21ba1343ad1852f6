/**
 * date-order: dates that cannot follow each other — the draft cites a document dated after
 * the draft itself, or the draft is dated before the request it answers.
 */
import { citationSpan, documentLabel, documentLabelEn, draftCitations, draftOwnDate, showDate } from "../understand/analysis";
import type { Finding } from "../types";
import { report, type Rule } from "./rule";

export const dateOrder: Rule = {
  id: "date-order",
  severity: "warning",
  description: {
    vi: "Thứ tự ngày không hợp lý: trích dẫn văn bản ban hành sau dự thảo, hoặc dự thảo đề ngày trước văn bản yêu cầu.",
    en: "Dates out of order: a cited document dated after the draft, or the draft dated before the request.",
  },
  check(context) {
    const own = draftOwnDate(context);
    if (!own) return [];
    const findings: Finding[] = [];
    const request = context.request;
    if (request?.date && own.iso < request.date) {
      const label = request.number ? documentLabel(request.type, request.number) : "văn bản yêu cầu";
      const labelEn = request.number ? documentLabelEn(request.type, request.number) : "the request";
      findings.push(
        report(dateOrder, {
          vi: `Dự thảo đề ngày ${showDate(own.iso)}, trước ngày ${showDate(request.date)} của ${label} mà nó trả lời.`,
          en: `The draft is dated ${showDate(own.iso)}, before ${labelEn} it answers (${showDate(request.date)}).`,
          span: own.span,
          excerpt: own.text,
        }),
      );
    }
    for (const citation of draftCitations(context)) {
      if (!citation.date || citation.date <= own.iso) continue;
      findings.push(
        report(dateOrder, {
          vi: `${documentLabel(citation.type, citation.number)} được trích dẫn với ngày ${showDate(citation.date)}, sau ngày ${showDate(own.iso)} của chính dự thảo.`,
          en: `${documentLabelEn(citation.type, citation.number)} is cited with the date ${showDate(citation.date)}, after the draft's own date ${showDate(own.iso)}.`,
          span: citationSpan(citation, "date"),
          excerpt: citation.dateMention?.text ?? citation.text,
        }),
      );
    }
    return findings;
  },
};
