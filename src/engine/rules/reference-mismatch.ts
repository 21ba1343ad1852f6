/**
 * reference-mismatch: the draft cites the request with a wrong symbol (4874/BNV-CCV for
 * 4874/BNV-CCVC), a wrong type, a wrong date or a wrong issuer.
 */
import { citationSpan, citationsOfRequest, documentLabel, documentLabelEn, showDate } from "../understand/analysis";
import { sameIssuer } from "../understand/citations";
import type { Finding } from "../types";
import { report, type Rule } from "./rule";

/** "Văn bản" names any type: citing a Công văn as "Văn bản số …" is not a mismatch. */
const GENERIC_TYPES = new Set(["Văn bản"]);

export const referenceMismatch: Rule = {
  id: "reference-mismatch",
  severity: "error",
  description: {
    vi: "Trích dẫn văn bản yêu cầu sai ký hiệu, sai tên loại, sai ngày hoặc sai cơ quan ban hành.",
    en: "The request is cited with a wrong symbol, type, date or issuing body.",
  },
  check(context) {
    const request = context.request;
    if (!request?.number) return [];
    const findings: Finding[] = [];
    const requestLabel = documentLabel(request.type, request.number);
    const requestLabelEn = documentLabelEn(request.type, request.number);
    for (const citation of citationsOfRequest(context)) {
      const cited = documentLabel(citation.type ?? request.type, citation.number);
      const citedEn = documentLabelEn(citation.type ?? request.type, citation.number);
      if (citation.number !== request.number) {
        findings.push(
          report(referenceMismatch, {
            vi: `Trích dẫn ${cited}, nhưng văn bản yêu cầu là ${requestLabel}: sai ký hiệu.`,
            en: `The draft cites ${citedEn}, but the request is ${requestLabelEn}: wrong symbol.`,
            span: citationSpan(citation, "number"),
            excerpt: citation.numberText,
          }),
        );
      }
      if (citation.type && request.type && !GENERIC_TYPES.has(citation.type) && !GENERIC_TYPES.has(request.type) && citation.type !== request.type) {
        findings.push(
          report(referenceMismatch, {
            vi: `Trích dẫn số ${citation.number} là ${citation.type}, nhưng văn bản yêu cầu là ${request.type}.`,
            en: `No. ${citation.number} is cited as a ${citation.type}, but the request is a ${request.type}.`,
            span: citation.typeRange ? { paragraph: citation.paragraph, ...citation.typeRange } : citationSpan(citation),
            excerpt: citation.typeRange ? citation.text.slice(citation.typeRange.start - citation.span.start, citation.typeRange.end - citation.span.start) : citation.text,
          }),
        );
      }
      if (citation.date && request.date && citation.date !== request.date) {
        findings.push(
          report(referenceMismatch, {
            vi: `Trích dẫn ${cited} ghi ngày ${showDate(citation.date)}, nhưng văn bản yêu cầu đề ngày ${showDate(request.date)}.`,
            en: `The citation of ${citedEn} gives the date ${showDate(citation.date)}, but the request is dated ${showDate(request.date)}.`,
            span: citationSpan(citation, "date"),
            excerpt: citation.dateMention?.text ?? citation.text,
          }),
        );
      }
      if (citation.issuer && request.issuer && !sameIssuer(citation.issuer, request.issuer)) {
        findings.push(
          report(referenceMismatch, {
            vi: `Trích dẫn ${cited} ghi cơ quan ban hành "${citation.issuer}", nhưng văn bản yêu cầu do ${request.issuer} ban hành.`,
            en: `The citation of ${citedEn} names "${citation.issuer}" as issuer, but the request was issued by ${request.issuer}.`,
            span: citationSpan(citation, "issuer"),
            excerpt: citation.issuer,
          }),
        );
      }
    }
    return findings;
  },
};
