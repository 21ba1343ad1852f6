/**
 * Runs the check rules over a draft, with the request it answers when known, and returns the
 * one result every front renders: the draft's facts, the section comparison and the findings
 * in document order — those that stand apart from those the document's waivers pass over.
 */
import type { DocumentModel } from "./model";
import type { CheckResult, Finding, RequestProfile } from "./types";
import { allRules, requireRuleIds, sectionRuleIds } from "./rules";
import { createRuleContext, type Rule } from "./rules/rule";
import { summarizeFacts } from "./understand/facts";
import { applyWaivers } from "./waivers/match";

export interface CheckOptions {
  /** Rule ids to run; all rules when absent. `sections` is filled only when a section rule runs. */
  rules?: readonly string[];
  /**
   * Whether the waivers kept in the document pass over their findings (default true); false
   * reports every finding as if none had been waived (a reviewer's view).
   */
  waivers?: boolean;
}

function selectRules(ids: readonly string[] | undefined): readonly Rule[] {
  if (!ids) return allRules;
  requireRuleIds(ids);
  return allRules.filter((rule) => ids.includes(rule.meta.id));
}

/** Findings about something absent (no span) first, then by paragraph and offset. */
function byPosition(a: Finding, b: Finding): number {
  if (!a.span || !b.span) return (a.span ? 1 : 0) - (b.span ? 1 : 0);
  return a.span.paragraph - b.span.paragraph || a.span.start - b.span.start;
}

/** Checks a draft against the rules (and the request's outline when a request is given). */
export function checkDocument(
  draft: DocumentModel,
  request: RequestProfile | null,
  options: CheckOptions = {},
): CheckResult {
  const rules = selectRules(options.rules);
  const context = createRuleContext(draft, request);
  const findings: Finding[] = [];
  // Not `push(...found)`: a rule may find more items than a call can take as arguments.
  for (const rule of rules) for (const finding of rule.check(context)) findings.push(finding);
  // Array.prototype.sort is stable, so findings at one place keep the rule order.
  findings.sort(byPosition);
  // Without a section rule (a rule filter that leaves them out) the comparison is not computed for nothing.
  const wantsSections = rules.some((rule) => sectionRuleIds.has(rule.meta.id));
  const sections = request && request.outline.length > 0 && wantsSections ? context.facts.sections.statuses : [];
  const waivers = options.waivers === false ? [] : (draft.waivers ?? []);
  const outcome = applyWaivers(findings, draft, waivers, new Set(rules.map((rule) => rule.meta.id)));
  return {
    request,
    facts: summarizeFacts(context.facts),
    sections,
    findings: outcome.findings,
    waived: outcome.waived,
    voidWaivers: outcome.voidWaivers,
  };
}
