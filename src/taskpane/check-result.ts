/**
 * A check's result as the pane shows it: findings grouped by rule and the counts of its summary.
 * Pure, so it is tested without a browser.
 */
import type { CheckResult, Finding, SectionState, Severity } from "../engine/types";

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface FindingGroup {
  rule: string;
  /** The most serious severity among the group's findings. */
  severity: Severity;
  findings: Finding[];
}

/**
 * Findings grouped by rule: errors' groups first, then warnings, then notes; within a
 * severity, groups keep the order their first finding has in the result (document order).
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const group = groups.get(finding.rule);
    if (group) {
      group.findings.push(finding);
      if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[group.severity]) group.severity = finding.severity;
    } else {
      groups.set(finding.rule, { rule: finding.rule, severity: finding.severity, findings: [finding] });
    }
  }
  const ordered = [...groups.values()];
  // Stable sort: equal severities keep first-appearance order.
  ordered.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return ordered;
}

export interface CheckSummary {
  sections: Record<SectionState, number>;
  errors: number;
  warnings: number;
  notes: number;
}

export function summarize(result: Pick<CheckResult, "sections" | "findings">): CheckSummary {
  const sections: Record<SectionState, number> = { present: 0, missing: 0, empty: 0, "out-of-order": 0, "in-parent": 0 };
  for (const section of result.sections) sections[section.status]++;
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  for (const finding of result.findings) {
    if (finding.severity === "error") errors++;
    else if (finding.severity === "warning") warnings++;
    else notes++;
  }
  return { sections, errors, warnings, notes };
}
