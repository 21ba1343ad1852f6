/**
 * How every front (task pane, command line, review reports) turns the engine's result into
 * words: one function for a finding's message and one for a rule's display name. The words
 * themselves live in each rule's `meta`. The waived findings' summary is worded here too.
 */
import { ruleById } from "./rules";
import type { Waiver } from "./model";
import type { Finding, FindingData, WaivedFinding } from "./types";

export type Language = "vi" | "en";

function fill(template: string, data: FindingData, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!(key in data)) return whole;
    const value = data[key];
    return typeof value === "object" ? value[language] : String(value);
  });
}

/** A finding's message in the user's language. */
export function formatFinding(finding: Finding, language: Language): string {
  const template = ruleById(finding.rule)?.meta.messages[finding.messageId];
  // A finding of a rule this build does not know (from a newer file): say what little is known.
  if (!template) return finding.excerpt ? `${finding.rule}: ${finding.excerpt}` : finding.rule;
  return fill(template[language], finding.data, language);
}

/** A rule's display name, as a group title; the id itself for a rule the engine does not know. */
export function ruleDisplayName(ruleId: string, language: Language): string {
  return ruleById(ruleId)?.meta.name[language] ?? ruleId;
}

const WAIVED_WORDS = {
  vi: { summary: "{count} vấn đề đã được bỏ qua", reasons: "lý do: {reasons}", noReason: "không ghi lý do", rule: "cả loại này" },
  en: { summary: "{count} problem(s) waived", reasons: "reasons: {reasons}", noReason: "no reason given", rule: "this whole kind" },
} as const;

/** A waiver's reason as shown to the user; a rule waiver says it covers the whole rule. */
export function formatWaiverReason(waiver: Waiver, language: Language): string {
  const words = WAIVED_WORDS[language];
  const reason = waiver.reason || words.noReason;
  return waiver.scope === "rule" ? `${reason} (${words.rule})` : reason;
}

/**
 * One line for the findings the document's waivers pass over, with their reasons (each once,
 * with how many findings it covers when more than one): "3 vấn đề đã được bỏ qua, lý do: …".
 * Empty when nothing is waived.
 */
export function formatWaivedSummary(waived: readonly WaivedFinding[], language: Language): string {
  return formatWaivedReasons(
    waived.map(({ waiver }) => formatWaiverReason(waiver, language)),
    language,
  );
}

/** The same line from the reasons as `formatWaiverReason` words them, one per waived finding. */
export function formatWaivedReasons(reasons: readonly string[], language: Language): string {
  if (reasons.length === 0) return "";
  const counts = new Map<string, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const listed = [...counts].map(([reason, count]) => (count > 1 ? `${reason} (${count})` : reason)).join("; ");
  const words = WAIVED_WORDS[language];
  return `${words.summary.replace("{count}", String(reasons.length))}, ${words.reasons.replace("{reasons}", listed)}`;
}

/** One line for waivers that no longer apply because their text changed; empty when there are none. */
export function formatVoidWaivers(count: number, language: Language): string {
  if (count === 0) return "";
  return language === "vi"
    ? `${count} lần bỏ qua không còn hiệu lực vì chữ trong văn bản đã thay đổi; các vấn đề đó được báo lại.`
    : `${count} waiver(s) no longer apply because the document's text has changed; those problems are reported again.`;
}
