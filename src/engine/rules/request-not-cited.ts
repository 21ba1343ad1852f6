/**
 * request-not-cited: a reply should cite the request it answers ("Thực hiện Công văn số
 * 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ …"). Only checked when the request's number is known.
 */
import { citationsOfRequest, documentLabel, documentLabelEn, showDate } from "../understand/analysis";
import { report, type Rule } from "./rule";

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
    return [
      report(requestNotCited, {
        vi: `Dự thảo không trích dẫn văn bản yêu cầu ${label}${dated}${issuer}. Văn bản trả lời nên nêu rõ, ví dụ: "Thực hiện ${label}${dated}${issuer}, …".`,
        en: `The draft does not cite the request, ${labelEn}${datedEn}${issuerEn}. A reply should cite it, e.g. "Thực hiện ${label}${dated}${issuer}, …".`,
        excerpt: `${label}${dated}${issuer}`,
      }),
    ];
  },
};
