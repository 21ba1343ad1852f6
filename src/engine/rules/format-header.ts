/**
 * format-header: each part of the header in the size, bold and italic its rule set prescribes —
 * Quốc hiệu and Tiêu ngữ (or "ĐẢNG CỘNG SẢN VIỆT NAM"), the agency lines, the number, place and
 * date, the type name and trích yếu, the "V/v" of a công văn. A part that shares its paragraph
 * with another part (lines split by line breaks) is not judged: its format is the paragraph's,
 * not its own. A header typed as paragraphs rather than a table is judged the same way.
 */
import type { ElementRule } from "../layout/checks";
import type { Paragraph } from "../model";
import type { Finding, Localized } from "../types";
import { ELEMENT_MESSAGES, elementProblems, formatScope, paragraphPlace } from "./format-scope";
import { report, type Rule } from "./rule";

const ELEMENTS: Record<string, Localized> = {
  nationalTitle: { vi: "Quốc hiệu", en: "The national title" },
  partyTitle: { vi: "Tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\"", en: "The Party title" },
  motto: { vi: "Tiêu ngữ", en: "The motto" },
  parentAgency: { vi: "Tên cơ quan chủ quản", en: "The parent agency" },
  agency: { vi: "Tên cơ quan ban hành", en: "The issuing agency" },
  number: { vi: "Số, ký hiệu", en: "The number and symbol" },
  date: { vi: "Địa danh và thời gian", en: "The place and date" },
  typeName: { vi: "Tên loại văn bản", en: "The document type" },
  subject: { vi: "Trích yếu nội dung", en: "The subject" },
  letterSubject: { vi: "Trích yếu công văn (V/v)", en: "The letter's subject (V/v)" },
};

const PLACE_LINE = /^\s*(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\b/u;

export const formatHeader: Rule<"size" | "bold" | "italic" | "letterSubjectMissing"> = {
  meta: {
    id: "format-header",
    severity: "warning",
    name: { vi: "Thể thức phần đầu văn bản", en: "Header formatting" },
    description: {
      vi: "Cỡ chữ, in đậm, in nghiêng của Quốc hiệu, Tiêu ngữ, tên cơ quan, số và ký hiệu, địa danh và thời gian, tên loại và trích yếu theo NĐ 30/2020 (Phụ lục I) hoặc HD 36-HD/VPTW.",
      en: "Size, bold and italic of the national title, motto, agency, number, place and date, type name and subject as Decree 30/2020 (Appendix I) or Party guide 36-HD/VPTW prescribe.",
    },
    messages: {
      ...ELEMENT_MESSAGES,
      letterSubjectMissing: {
        vi: "Công văn thiếu trích yếu \"V/v …\" dưới số, ký hiệu ({clause}).",
        en: "The letter has no \"V/v …\" subject under its number ({clause}).",
      },
    },
  },
  check(context) {
    const scope = formatScope(context);
    if (!scope) return [];
    const header = context.facts.header;
    const rules = scope.pack.header;
    const party = scope.pack.system === "party";
    // "ỦY BAN NHÂN DÂN" over "TỈNH LÀO CAI": one agency's name on two lines, not a parent body.
    const splitName = header.parentAgency !== null && header.agency !== null && PLACE_LINE.test(header.agency.text);
    const parts: { key: string; paragraph: number | undefined; rule: ElementRule | undefined }[] = [
      { key: party ? "partyTitle" : "nationalTitle", paragraph: header.nationalTitle?.paragraph, rule: rules.nationalTitle },
      { key: "motto", paragraph: party ? undefined : header.motto?.paragraph, rule: rules.motto },
      { key: splitName ? "agency" : "parentAgency", paragraph: header.parentAgency?.paragraph, rule: splitName ? rules.agency : rules.parentAgency },
      { key: "agency", paragraph: header.agency?.paragraph, rule: rules.agency },
      { key: "number", paragraph: header.number?.paragraph, rule: rules.number },
      { key: "date", paragraph: header.placeDate?.paragraph, rule: rules.date },
      { key: "typeName", paragraph: header.typeName?.paragraph, rule: rules.typeName },
      { key: "subject", paragraph: header.typeSubject?.paragraph, rule: rules.subject },
      { key: "letterSubject", paragraph: header.subject?.paragraph, rule: rules.letterSubject },
    ];
    const uses = new Map<number, number>();
    for (const part of parts) if (part.paragraph !== undefined) uses.set(part.paragraph, (uses.get(part.paragraph) ?? 0) + 1);
    const findings: Finding[] = [];
    for (const part of parts) {
      if (part.paragraph === undefined || !part.rule || uses.get(part.paragraph) !== 1) continue;
      const paragraph: Paragraph | undefined = context.draft.paragraphs[part.paragraph];
      if (!paragraph || paragraph.text.includes("\v")) continue;
      // The type name and its trích yếu are centred: a paragraph that is not was not written as one.
      if ((part.key === "typeName" || part.key === "subject") && paragraph.format.alignment !== "center") continue;
      for (const problem of elementProblems(paragraph.format, part.rule)) {
        const finding = report(
          formatHeader,
          problem.messageId,
          { element: ELEMENTS[part.key], found: problem.found, prescribed: problem.prescribed, clause: part.rule.clause },
          paragraphPlace(paragraph),
        );
        finding.fix = [{ kind: "paragraph", paragraph: paragraph.index, set: problem.set }];
        findings.push(finding);
      }
    }
    // A công văn (told by its symbol or its "Kính gửi") states its subject as "V/v …" under the number.
    const number = header.number;
    if (context.facts.genre?.key === "cong-van" && number && !header.subject && !header.typeName && !header.template) {
      findings.push(report(formatHeader, "letterSubjectMissing", { clause: rules.letterSubject.clause }, { excerpt: "V/v …", anchor: { paragraph: number.paragraph, placement: "after" } }));
    }
    return findings;
  },
};
