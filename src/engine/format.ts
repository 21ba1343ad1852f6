/**
 * How every front (task pane, command line, review reports) turns the engine's result into
 * words: one function for a finding's message and one for a rule's display name.
 */
import type { Finding } from "./types";

export type Language = "vi" | "en";

/** A finding's message in the user's language. */
export function formatFinding(finding: Finding, language: Language): string {
  return language === "en" ? finding.messageEn : finding.message;
}

const RULE_NAMES: Record<string, { vi: string; en: string }> = {
  "section-missing": { vi: "Thiếu mục theo đề cương", en: "Missing sections" },
  "section-empty": { vi: "Mục để trống", en: "Empty sections" },
  "section-order": { vi: "Mục sai thứ tự", en: "Sections out of order" },
  "request-not-cited": { vi: "Chưa trích dẫn văn bản yêu cầu", en: "Request not cited" },
  "reference-mismatch": { vi: "Trích dẫn sai văn bản yêu cầu", en: "Request cited wrongly" },
  "reference-inconsistent": { vi: "Một văn bản trích dẫn hai cách", en: "One document cited two ways" },
  "reference-type-symbol": { vi: "Ký hiệu không khớp loại văn bản", en: "Symbol does not match the type" },
  "date-invalid": { vi: "Ngày không có thật", en: "Impossible dates" },
  "date-after-deadline": { vi: "Ngày ký sau hạn báo cáo", en: "Dated after the deadline" },
  "date-order": { vi: "Thứ tự ngày tháng bất thường", en: "Dates in an odd order" },
  "period-mismatch": { vi: "Kỳ số liệu không khớp yêu cầu", en: "Reporting period does not match" },
  "header-missing": { vi: "Thiếu thành phần phần đầu", en: "Header parts missing" },
};

/** A rule's display name, as a group title; the id itself for a rule the engine does not know. */
export function ruleDisplayName(ruleId: string, language: Language): string {
  const name = RULE_NAMES[ruleId];
  return name ? name[language] : ruleId;
}
