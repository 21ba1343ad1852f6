/**
 * date-order: dates that cannot follow each other — the draft cites a document dated after
 * the draft itself, or the draft is dated before the request it answers.
 */
import { citationSpan } from "../understand/facts";
import type { Finding } from "../types";
import { documentLabel, showDate, showOwnDate } from "./labels";
import { report, type Rule } from "./rule";

export const dateOrder: Rule<"beforeRequest" | "citedAfterDraft"> = {
  meta: {
    id: "date-order",
    severity: "warning",
    name: { vi: "Thứ tự ngày tháng bất thường", en: "Dates in an odd order" },
    description: {
      vi: "Thứ tự ngày không hợp lý: trích dẫn văn bản ban hành sau dự thảo, hoặc dự thảo đề ngày trước văn bản yêu cầu.",
      en: "Dates out of order: a cited document dated after the draft, or the draft dated before the request.",
    },
    messages: {
      beforeRequest: {
        vi: "Dự thảo đề ngày {date}, trước ngày {requestDate} của {request} mà nó trả lời.",
        en: "The draft is dated {date}, before {request} it answers ({requestDate}).",
      },
      citedAfterDraft: {
        vi: "{cited} được trích dẫn với ngày {citedDate}, sau ngày {date} của chính dự thảo.",
        en: "{cited} is cited with the date {citedDate}, after the draft's own date {date}.",
      },
    },
  },
  check(context) {
    const own = context.facts.ownDate;
    if (!own) return [];
    const findings: Finding[] = [];
    const request = context.request;
    // A pending day leaves a range: only dates outside the whole range are out of order.
    if (request?.date && own.latest < request.date) {
      const label = request.number ? documentLabel(request.type, request.number) : { vi: "văn bản yêu cầu", en: "the request" };
      findings.push(
        report(
          dateOrder,
          "beforeRequest",
          { date: showOwnDate(own), requestDate: showDate(request.date), request: label },
          { span: own.span, excerpt: own.text },
        ),
      );
    }
    for (const citation of context.facts.citations) {
      if (!citation.date || citation.date <= own.latest) continue;
      findings.push(
        report(
          dateOrder,
          "citedAfterDraft",
          { cited: documentLabel(citation.type, citation.number), citedDate: showDate(citation.date), date: showOwnDate(own) },
          { span: citationSpan(citation, "date"), excerpt: citation.dateMention?.text ?? citation.text },
        ),
      );
    }
    return findings;
  },
};
