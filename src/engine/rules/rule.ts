/**
 * The shape every check rule follows, in the way ESLint and textlint organize theirs: a
 * module whose `meta` holds a stable id, a severity, a display name and its messages in
 * Vietnamese and English with {placeholders}, and a `check` that reports findings by message
 * id and data. A rule never changes the document; the words of a finding live in its rule only.
 */
import type { DocumentModel, Span } from "../model";
import type { Finding, FindingAnchor, FindingData, Localized, RequestProfile, Severity } from "../types";
import { createFacts, type DocumentFacts } from "../understand/facts";

export interface RuleContext {
  readonly draft: DocumentModel;
  /** The request the draft answers, when known. */
  readonly request: RequestProfile | null;
  /** What the engine understood of the draft, computed once per check and shared by the rules. */
  readonly facts: DocumentFacts;
}

export interface RuleMeta<MessageId extends string = string> {
  /** Stable id, e.g. "section-missing"; scripts and reports depend on it. */
  readonly id: string;
  readonly severity: Severity;
  /** What the rule looks for, as a group title in the task pane and the reports. */
  readonly name: Localized;
  /** What the rule checks, for the rule list and the docs. */
  readonly description: Localized;
  /** Message templates by message id; `{name}` is replaced by the finding's data. */
  readonly messages: Readonly<Record<MessageId, Localized>>;
}

export interface Rule<MessageId extends string = string> {
  readonly meta: RuleMeta<MessageId>;
  check(context: RuleContext): Finding[];
}

export interface Place {
  span?: Span;
  /** For something absent: where it belongs. */
  anchor?: FindingAnchor;
  /** The text at `span`, or what is expected when something is absent. */
  excerpt: string;
}

/** Builds a finding of `rule`, so every finding carries the rule's id and severity. */
export function report<MessageId extends string>(
  rule: { readonly meta: RuleMeta<MessageId> },
  messageId: MessageId,
  data: FindingData,
  place: Place,
): Finding {
  const finding: Finding = {
    rule: rule.meta.id,
    severity: rule.meta.severity,
    messageId,
    data,
    excerpt: place.excerpt,
  };
  if (place.span) finding.span = place.span;
  if (place.anchor) finding.anchor = place.anchor;
  return finding;
}

/** A context whose facts are computed on first use; check.ts and the rule tests both use it. */
export function createRuleContext(draft: DocumentModel, request: RequestProfile | null): RuleContext {
  return { draft, request, facts: createFacts(draft, request) };
}
