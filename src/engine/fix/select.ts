/**
 * Which fixes to apply: those the findings carry, formatting only unless text replacements
 * are asked for, narrowed to some rules or groups of rules ("page" means every `format-page…`
 * rule, "fonts" every `format-font…` rule).
 */
import type { Finding } from "../types";
import type { FormatFix } from "./types";

export interface FixChoice {
  /** Rule ids or groups; all rules when absent. */
  only?: readonly string[];
  /** Include text replacements (the user confirmed them); never part of "fix all". */
  text?: boolean;
}

export interface FixableFinding {
  finding: Finding;
  fixes: FormatFix[];
}

/** True when `item` names the rule `id` or a group it belongs to. */
export function ruleMatches(id: string, item: string): boolean {
  const names = new Set([item, item.replace(/s$/, "")]);
  for (const name of names) {
    if (!name) continue;
    if (id === name || id.startsWith(`${name}-`)) return true;
    if (id === `format-${name}` || id.startsWith(`format-${name}-`)) return true;
  }
  return false;
}

/** The findings with something to apply, each with the fixes chosen for it. */
export function fixableFindings(findings: readonly Finding[], choice: FixChoice = {}): FixableFinding[] {
  const out: FixableFinding[] = [];
  for (const finding of findings) {
    if (!finding.fix || finding.fix.length === 0) continue;
    if (choice.only && !choice.only.some((item) => ruleMatches(finding.rule, item))) continue;
    const fixes = finding.fix.filter((fix) => fix.kind !== "text" || choice.text === true);
    if (fixes.length > 0) out.push({ finding, fixes });
  }
  return out;
}

/** True for a fix that changes formatting only (what "fix all" applies). */
export function isFormattingFix(fix: FormatFix): boolean {
  return fix.kind !== "text";
}
