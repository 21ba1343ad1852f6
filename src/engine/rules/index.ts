/**
 * The registry of check rules, in the order the rule list shows them. Adding a rule is its
 * module (with its meta and messages) listed here, and its test file.
 */
import { InputError } from "../errors";
import { dateAfterDeadline } from "./date-after-deadline";
import { dateInvalid } from "./date-invalid";
import { dateOrder } from "./date-order";
import { closingMissing } from "./closing-missing";
import { formatBody } from "./format-body";
import { formatClosing } from "./format-closing";
import { formatFont } from "./format-font";
import { formatHeader } from "./format-header";
import { formatPage } from "./format-page";
import { headerMissing } from "./header-missing";
import { headerWording } from "./header-wording";
import { periodMismatch } from "./period-mismatch";
import { referenceInconsistent } from "./reference-inconsistent";
import { referenceMismatch } from "./reference-mismatch";
import { referenceTypeSymbol } from "./reference-type-symbol";
import { requestNotCited } from "./request-not-cited";
import type { Rule } from "./rule";
import { sectionEmpty } from "./section-empty";
import { sectionMissing } from "./section-missing";
import { sectionOrder } from "./section-order";

export const allRules: readonly Rule[] = [
  sectionMissing,
  sectionEmpty,
  sectionOrder,
  requestNotCited,
  referenceMismatch,
  referenceInconsistent,
  referenceTypeSymbol,
  dateInvalid,
  dateAfterDeadline,
  dateOrder,
  periodMismatch,
  headerMissing,
  headerWording,
  closingMissing,
  formatPage,
  formatFont,
  formatHeader,
  formatBody,
  formatClosing,
];

/** The formatting (thể thức) rules: judged apart from the content findings in the corpus accuracy. */
export const formatRuleIds: ReadonlySet<string> = new Set([formatPage, formatFont, formatHeader, formatBody, formatClosing].map((rule) => rule.meta.id));

const byId = new Map<string, Rule>(allRules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** Refuses rule ids the registry does not have, naming the ones it has. */
export function requireRuleIds(ids: readonly string[]): void {
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length === 0) return;
  const list = allRules.map((rule) => rule.meta.id).join(", ");
  throw new InputError(
    "bad-request",
    `Không có quy tắc kiểm tra "${unknown.join('", "')}". Các quy tắc có: ${list}.`,
    `There is no check rule "${unknown.join('", "')}". Available rules: ${list}.`,
  );
}

/** The rules that compare the draft's sections with the request's outline. */
export const sectionRuleIds: ReadonlySet<string> = new Set([sectionMissing, sectionEmpty, sectionOrder].map((rule) => rule.meta.id));
