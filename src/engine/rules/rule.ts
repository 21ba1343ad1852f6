/**
 * The shape every check rule follows, in the way ESLint and textlint organize theirs: a
 * small module with a stable id, a severity, a description, and a `check` that reports
 * findings. A rule never changes the document.
 */
import type { DocumentModel, Span } from "../model";
import type { Finding, RequestProfile, Severity } from "../types";

export interface RuleContext {
  readonly draft: DocumentModel;
  /** The request the draft answers, when known. */
  readonly request: RequestProfile | null;
  /**
   * Computes a value once per check and shares it between rules (the section comparison,
   * the citations found): analysis that several rules need is done only once.
   */
  memo<T>(key: string, compute: () => T): T;
}

export interface Rule {
  /** Stable id, e.g. "section-missing"; scripts and reports depend on it. */
  readonly id: string;
  readonly severity: Severity;
  /** What the rule checks, for the rule list and the docs. */
  readonly description: { readonly vi: string; readonly en: string };
  check(context: RuleContext): Finding[];
}

export interface ReportInput {
  /** Vietnamese message. */
  vi: string;
  en: string;
  span?: Span;
  excerpt: string;
}

/** Builds a finding of `rule`, so every finding carries the rule's id and severity. */
export function report(rule: Pick<Rule, "id" | "severity">, input: ReportInput): Finding {
  const finding: Finding = {
    rule: rule.id,
    severity: rule.severity,
    message: input.vi,
    messageEn: input.en,
    excerpt: input.excerpt,
  };
  if (input.span) finding.span = input.span;
  return finding;
}

/** A context with per-check memoization; check.ts and the rule tests both use it. */
export function createRuleContext(draft: DocumentModel, request: RequestProfile | null): RuleContext {
  const cache = new Map<string, unknown>();
  return {
    draft,
    request,
    memo<T>(key: string, compute: () => T): T {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  };
}
