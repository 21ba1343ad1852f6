/**
 * How every front (task pane, command line, review reports) turns the engine's result into
 * words: one function for a finding's message and one for a rule's display name. The words
 * themselves live in each rule's `meta`.
 */
import { ruleById } from "./rules";
import type { Finding, FindingData } from "./types";

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
