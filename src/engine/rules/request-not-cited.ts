/**
 * request-not-cited: a reply should cite the request it answers ("Thực hiện Công văn số
 * 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ …"). Only checked when the request's number is known.
 */
import { citationsOfRequest, documentLabel, documentLabelEn, draftCitations, showDate } from "../understand/analysis";
import type { Citation } from "../understand/citations";
import { foldVietnamese } from "../understand/doctypes";
import { report, type Rule } from "./rule";

function words(text: string): Set<string> {
  return new Set(foldVietnamese(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0));
}

/** Share of the request subject's words found in the other subject. */
function subjectOverlap(request: string, other: string): number {
  const wanted = words(request);
  if (wanted.size === 0) return 0;
  const found = words(other);
  let shared = 0;
  for (const w of wanted) if (found.has(w)) shared++;
  return shared / wanted.size;
}

/** A cited letter on the request's subject, issued after it: most likely a relay of the request. */
function relayOf(citations: readonly Citation[], subject: string | null, date: string | null): Citation | null {
  if (!subject) return null;
  return citations.find((c) => c.subject && subjectOverlap(subject, c.subject) >= 0.8 && (!date || !c.date || c.date >= date)) ?? null;
}

export const requestNotCited: Rule = {
  id: "request-not-cited",
  severity: "warning",
  description: {
    vi: "Dự thảo không trích dẫn số, ký hiệu của văn bản yêu cầu mà nó trả lời.",
    en: "The draft does not cite the number and symbol of the request it answers.",
  },
  check(context) {
    const request = context.request;
    if (!request?.number) return [];
    if (citationsOfRequest(context).length > 0) return [];
    const label = documentLabel(request.type, request.number);
    const dated = request.date ? ` ngày ${showDate(request.date)}` : "";
    const issuer = request.issuer ? ` của ${request.issuer}` : "";
    const labelEn = documentLabelEn(request.type, request.number);
    const datedEn = request.date ? ` of ${showDate(request.date)}` : "";
    const issuerEn = request.issuer ? ` from ${request.issuer}` : "";
    const relay = relayOf(draftCitations(context), request.subject, request.date);
    if (relay) {
      const relayLabel = `${documentLabel(relay.type, relay.number)}${relay.date ? ` ngày ${showDate(relay.date)}` : ""}`;
      const relayLabelEn = `${documentLabelEn(relay.type, relay.number)}${relay.date ? ` of ${showDate(relay.date)}` : ""}`;
      return [
        report(requestNotCited, {
          vi: `Dự thảo trích dẫn ${relayLabel} cùng nội dung (có thể là văn bản chuyển tiếp yêu cầu) nhưng không nêu văn bản yêu cầu gốc ${label}${dated}${issuer}. Nên trích dẫn cả văn bản gốc.`,
          en: `The draft cites ${relayLabelEn} on the same subject (probably a relay of the request) but not the original request, ${labelEn}${datedEn}${issuerEn}. Cite the original as well.`,
          excerpt: `${label}${dated}${issuer}`,
        }),
      ];
    }
    return [
      report(requestNotCited, {
        vi: `Dự thảo không trích dẫn văn bản yêu cầu ${label}${dated}${issuer}. Văn bản trả lời nên nêu rõ, ví dụ: "Thực hiện ${label}${dated}${issuer}, …".`,
        en: `The draft does not cite the request, ${labelEn}${datedEn}${issuerEn}. A reply should cite it, e.g. "Thực hiện ${label}${dated}${issuer}, …".`,
        excerpt: `${label}${dated}${issuer}`,
      }),
    ];
  },
};
