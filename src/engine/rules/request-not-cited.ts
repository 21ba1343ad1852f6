/**
 * request-not-cited: a reply should cite the request it answers ("Thực hiện Công văn số
 * 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ …"). Only checked when the request's number is known.
 */
import type { Citation } from "../understand/citations";
import { foldVietnamese } from "../understand/doctypes";
import type { Localized } from "../types";
import { documentLabel, NOTHING, showDate } from "./labels";
import { report, type Rule } from "./rule";

function words(text: string): Set<string> {
  return new Set(foldVietnamese(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0));
}

/** Share of the request subject's words (`wanted`) found in the other subject. */
function subjectOverlap(wanted: ReadonlySet<string>, other: string): number {
  if (wanted.size === 0) return 0;
  const found = words(other);
  let shared = 0;
  for (const w of wanted) if (found.has(w)) shared++;
  return shared / wanted.size;
}

/** A cited letter on the request's subject, issued after it: most likely a relay of the request. */
function relayOf(citations: readonly Citation[], subject: string | null, date: string | null): Citation | null {
  if (!subject) return null;
  const wanted = words(subject);
  // A draft cites one letter again and again: each subject is compared once.
  const overlaps = new Map<string, number>();
  const overlap = (other: string): number => {
    let share = overlaps.get(other);
    if (share === undefined) overlaps.set(other, (share = subjectOverlap(wanted, other)));
    return share;
  };
  return citations.find((c) => c.subject && overlap(c.subject) >= 0.8 && (!date || !c.date || c.date >= date)) ?? null;
}

/** "Công văn số 5/X ngày 1/2/2023 của Bộ Y" in both languages. */
function fullLabel(type: string | null, number: string, date: string | null, issuer: string | null): Localized {
  const label = documentLabel(type, number);
  const dated = date ? { vi: ` ngày ${showDate(date)}`, en: ` of ${showDate(date)}` } : NOTHING;
  const by = issuer ? { vi: ` của ${issuer}`, en: ` from ${issuer}` } : NOTHING;
  return { vi: `${label.vi}${dated.vi}${by.vi}`, en: `${label.en}${dated.en}${by.en}` };
}

export const requestNotCited: Rule<"notCited" | "onlyRelayCited"> = {
  meta: {
    id: "request-not-cited",
    severity: "warning",
    name: { vi: "Chưa trích dẫn văn bản yêu cầu", en: "Request not cited" },
    description: {
      vi: "Dự thảo không trích dẫn số, ký hiệu của văn bản yêu cầu mà nó trả lời.",
      en: "The draft does not cite the number and symbol of the request it answers.",
    },
    messages: {
      notCited: {
        vi: "Dự thảo không trích dẫn văn bản yêu cầu {request}. Văn bản trả lời nên nêu rõ, ví dụ: \"Thực hiện {requestVi}, …\".",
        en: "The draft does not cite the request, {request}. A reply should cite it, e.g. \"Thực hiện {requestVi}, …\".",
      },
      onlyRelayCited: {
        vi: "Dự thảo trích dẫn {relay} cùng nội dung (có thể là văn bản chuyển tiếp yêu cầu) nhưng không nêu văn bản yêu cầu gốc {request}. Nên trích dẫn cả văn bản gốc.",
        en: "The draft cites {relay} on the same subject (probably a relay of the request) but not the original request, {request}. Cite the original as well.",
      },
    },
  },
  check(context) {
    const request = context.request;
    if (!request?.number) return [];
    if (context.facts.requestCitations.length > 0) return [];
    const label = fullLabel(request.type, request.number, request.date, request.issuer);
    const relay = relayOf(context.facts.citations, request.subject, request.date);
    if (relay) {
      return [report(requestNotCited, "onlyRelayCited", { relay: fullLabel(relay.type, relay.number, relay.date, null), request: label }, { excerpt: label.vi })];
    }
    return [report(requestNotCited, "notCited", { request: label, requestVi: label.vi }, { excerpt: label.vi })];
  },
};
