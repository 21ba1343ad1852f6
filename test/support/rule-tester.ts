/**
 * A table-driven tester for check rules: each rule lists drafts that must pass (no finding
 * of that rule) and drafts that must fail (findings with the expected excerpts).
 */
import { modelFromParagraphs, type DocumentModel } from "../../src/engine/model";
import type { RequestProfile } from "../../src/engine/types";
import { createRuleContext, type Rule } from "../../src/engine/rules/rule";

export interface RuleCase {
  name: string;
  /** The draft: paragraph texts, or a ready model (e.g. a seed read from disk). */
  draft: readonly string[] | DocumentModel;
  request?: RequestProfile | null;
}

export interface FailingRuleCase extends RuleCase {
  /** How many findings, and optionally a text each excerpt (in order) must contain. */
  findings: number;
  excerpts?: readonly string[];
}

export function emptyRequest(overrides: Partial<RequestProfile> = {}): RequestProfile {
  return {
    number: null,
    type: null,
    date: null,
    issuer: null,
    subject: null,
    deadline: null,
    period: null,
    outline: [],
    ...overrides,
  };
}

function run(rule: Rule, testCase: RuleCase) {
  const draft = Array.isArray(testCase.draft)
    ? modelFromParagraphs(testCase.draft as readonly string[])
    : (testCase.draft as DocumentModel);
  return rule.check(createRuleContext(draft, testCase.request ?? null));
}

export function testRule(
  rule: Rule,
  cases: { passing: readonly RuleCase[]; failing: readonly FailingRuleCase[] },
): void {
  describe(`rule ${rule.id}`, () => {
    it("has a Vietnamese and an English description", () => {
      expect(rule.description.vi.length).toBeGreaterThan(0);
      expect(rule.description.en.length).toBeGreaterThan(0);
    });
    for (const testCase of cases.passing) {
      it(`passes: ${testCase.name}`, () => {
        expect(run(rule, testCase)).toEqual([]);
      });
    }
    for (const testCase of cases.failing) {
      it(`fires: ${testCase.name}`, () => {
        const findings = run(rule, testCase);
        expect(findings).toHaveLength(testCase.findings);
        for (const finding of findings) {
          expect(finding.rule).toBe(rule.id);
          expect(finding.severity).toBe(rule.severity);
          expect(finding.message.length).toBeGreaterThan(0);
          expect(finding.messageEn.length).toBeGreaterThan(0);
        }
        (testCase.excerpts ?? []).forEach((text, i) => {
          expect(findings[i]?.excerpt).toContain(text);
        });
      });
    }
  });
}
