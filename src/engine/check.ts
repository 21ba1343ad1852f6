/**
 * Runs the check rules over a draft, with the request it answers when known, and returns
 * the section comparison and the findings in document order.
 */
import { InputError } from "./errors";
import type { DocumentModel } from "./model";
import type { CheckResult, Finding, RequestProfile } from "./types";
import { createRuleContext, type Rule } from "./rules/rule";
import { sectionRules } from "./rules/sections";
import { sectionComparison } from "./understand/match";
import { requestNotCited } from "./rules/request-not-cited";
import { referenceMismatch } from "./rules/reference-mismatch";
import { referenceInconsistent } from "./rules/reference-inconsistent";
import { referenceTypeSymbol } from "./rules/reference-type-symbol";
import { dateInvalid } from "./rules/date-invalid";
import { dateAfterDeadline } from "./rules/date-after-deadline";
import { dateOrder } from "./rules/date-order";
import { periodMismatch } from "./rules/period-mismatch";
import { headerMissing } from "./rules/header-missing";

/** Every rule, in the order the rule list shows them. */
export const allRules: Rule[] = [
  ...sectionRules,
  requestNotCited,
  referenceMismatch,
  referenceInconsistent,
  referenceTypeSymbol,
  dateInvalid,
  dateAfterDeadline,
  dateOrder,
  periodMismatch,
  headerMissing,
];

export interface CheckOptions {
  /** Rule ids to run; all rules when absent. `sections` is filled only when a section rule runs. */
  rules?: string[];
}

function selectRules(ids: readonly string[] | undefined): Rule[] {
  if (!ids) return allRules;
  const known = new Map(allRules.map((rule) => [rule.id, rule]));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const list = allRules.map((rule) => rule.id).join(", ");
    throw new InputError(
      "bad-request",
      `Không có quy tắc kiểm tra "${unknown.join('", "')}". Các quy tắc có: ${list}.`,
      `There is no check rule "${unknown.join('", "')}". Available rules: ${list}.`,
    );
  }
  return allRules.filter((rule) => ids.includes(rule.id));
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
  // The comparison is shared with the section rules through the memo; without them (a rule
  // filter that leaves them out) it is not computed for nothing.
  const wantsSections = rules.some((rule) => sectionRules.includes(rule));
  const sections = request && request.outline.length > 0 && wantsSections ? sectionComparison(context).statuses : [];
  return { request, sections, findings };
}
