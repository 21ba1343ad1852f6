/**
 * reference-mismatch: the draft cites the request with a wrong symbol (4874/BNV-CCV for
 * 4874/BNV-CCVC), a mistyped number (4847/BNV-CCVC of the request's date), a wrong type, a
 * wrong date or a wrong issuer.
 */
import { leadingNumber, sameIssuer } from "../understand/citations";
import { citationSpan } from "../understand/facts";
import type { Finding } from "../types";
import { documentLabel, showDate } from "./labels";
import { report, type Rule } from "./rule";

/** "Văn bản" names any type: citing a Công văn as "Văn bản số …" is not a mismatch. */
const GENERIC_TYPES = new Set(["Văn bản"]);

export const referenceMismatch: Rule<"wrongSymbol" | "wrongNumber" | "wrongType" | "wrongDate" | "wrongIssuer"> = {
  meta: {
    id: "reference-mismatch",
    severity: "error",
    name: { vi: "Trích dẫn sai văn bản yêu cầu", en: "Request cited wrongly" },
    description: {
      vi: "Trích dẫn văn bản yêu cầu sai ký hiệu, sai tên loại, sai ngày hoặc sai cơ quan ban hành.",
      en: "The request is cited with a wrong symbol, type, date or issuing body.",
    },
    messages: {
      wrongSymbol: {
        vi: "Trích dẫn {cited}, nhưng văn bản yêu cầu là {request}: sai ký hiệu.",
        en: "The draft cites {cited}, but the request is {request}: wrong symbol.",
      },
      wrongNumber: {
        vi: "Trích dẫn {cited}, nhưng văn bản yêu cầu cùng ký hiệu và ngày là {request}: sai số.",
        en: "The draft cites {cited}, but the request with this symbol and date is {request}: wrong number.",
      },
      wrongType: {
        vi: "Trích dẫn số {number} là {citedType}, nhưng văn bản yêu cầu là {requestType}.",
        en: "No. {number} is cited as a {citedType}, but the request is a {requestType}.",
      },
      wrongDate: {
        vi: "Trích dẫn {cited} ghi ngày {citedDate}, nhưng văn bản yêu cầu đề ngày {requestDate}.",
        en: "The citation of {cited} gives the date {citedDate}, but the request is dated {requestDate}.",
      },
      wrongIssuer: {
        vi: "Trích dẫn {cited} ghi cơ quan ban hành \"{citedIssuer}\", nhưng văn bản yêu cầu do {requestIssuer} ban hành.",
        en: "The citation of {cited} names \"{citedIssuer}\" as issuer, but the request was issued by {requestIssuer}.",
      },
    },
  },
  check(context) {
    const request = context.request;
    if (!request?.number) return [];
    const findings: Finding[] = [];
    const requestLabel = documentLabel(request.type, request.number);
    for (const citation of context.facts.requestCitations) {
      const cited = documentLabel(citation.type ?? request.type, citation.number);
      if (citation.number !== request.number) {
        const messageId = leadingNumber(citation.number) !== leadingNumber(request.number) ? "wrongNumber" : "wrongSymbol";
        findings.push(
          report(referenceMismatch, messageId, { cited, request: requestLabel }, { span: citationSpan(citation, "number"), excerpt: citation.numberText }),
        );
      }
      if (citation.type && request.type && !GENERIC_TYPES.has(citation.type) && !GENERIC_TYPES.has(request.type) && citation.type !== request.type) {
        findings.push(
          report(
            referenceMismatch,
            "wrongType",
            { number: citation.number, citedType: citation.type, requestType: request.type },
            {
              span: citation.typeRange ? { paragraph: citation.paragraph, ...citation.typeRange } : citationSpan(citation),
              excerpt: citation.typeRange
                ? citation.text.slice(citation.typeRange.start - citation.span.start, citation.typeRange.end - citation.span.start)
                : citation.text,
            },
          ),
        );
      }
      if (citation.date && request.date && citation.date !== request.date) {
        findings.push(
          report(
            referenceMismatch,
            "wrongDate",
            { cited, citedDate: showDate(citation.date), requestDate: showDate(request.date) },
            { span: citationSpan(citation, "date"), excerpt: citation.dateMention?.text ?? citation.text },
          ),
        );
      }
      if (citation.issuer && request.issuer && !sameIssuer(citation.issuer, request.issuer)) {
        findings.push(
          report(
            referenceMismatch,
            "wrongIssuer",
            { cited, citedIssuer: citation.issuer, requestIssuer: request.issuer },
            { span: citationSpan(citation, "issuer"), excerpt: citation.issuer },
          ),
        );
      }
    }
    return findings;
  },
};
