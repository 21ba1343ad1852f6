/**
 * A table-driven tester for check rules, in the way ESLint's RuleTester works: each rule lists
 * drafts that must pass (no finding of that rule) and drafts that must fail, with the findings'
 * count and, where given, their message ids, excerpts and spans. A draft is paragraph texts, a
 * ready model, or a real file read from disk ({ file }).
 */
import { readFileSync } from "fs";
import { formatFinding } from "../../src/engine/format";
import { modelFromParagraphs, type DocumentModel, type Span } from "../../src/engine/model";
import { readDocument } from "../../src/engine/read";
import type { Finding, RequestProfile } from "../../src/engine/types";
import { createRuleContext, type Rule } from "../../src/engine/rules/rule";

export interface RuleCase {
  name: string;
  /** The draft: paragraph texts, a ready model (e.g. a seed), or a file to read. */
  draft: readonly string[] | DocumentModel | { file: string };
  request?: RequestProfile | null;
}

export interface FailingRuleCase extends RuleCase {
  /** How many findings. */
  findings: number;
  /** Optionally, in order: a text each excerpt must contain, each message id, each span. */
  excerpts?: readonly string[];
  messageIds?: readonly string[];
  spans?: readonly (Span | undefined)[];
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

function modelOf(draft: RuleCase["draft"]): DocumentModel {
  if (Array.isArray(draft)) return modelFromParagraphs(draft as readonly string[]);
  if ("file" in draft) return readDocument(readFileSync(draft.file), draft.file);
  return draft as DocumentModel;
}

/** Runs one rule alone over a draft. */
export function runRule(rule: Rule, draft: RuleCase["draft"], request: RequestProfile | null = null): Finding[] {
  return rule.check(createRuleContext(modelOf(draft), request));
}

const PLACEHOLDER = /\{(\w+)\}/g;

function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
}

export function testRule(
  rule: Rule,
  cases: { passing: readonly RuleCase[]; failing: readonly FailingRuleCase[] },
): void {
  const { meta } = rule;
  describe(`rule ${meta.id}`, () => {
    it("has a name, a description and messages in Vietnamese and English with the same placeholders", () => {
      for (const text of [meta.name, meta.description]) {
        expect(text.vi.length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
        expect(text.vi).not.toBe(text.en);
      }
      const ids = Object.keys(meta.messages);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const message = meta.messages[id];
        expect([id, placeholders(message.vi)]).toEqual([id, placeholders(message.en)]);
      }
    });
    for (const testCase of cases.passing) {
      it(`passes: ${testCase.name}`, () => {
        expect(runRule(rule, testCase.draft, testCase.request ?? null)).toEqual([]);
      });
    }
    for (const testCase of cases.failing) {
      it(`fires: ${testCase.name}`, () => {
        const findings = runRule(rule, testCase.draft, testCase.request ?? null);
        expect(findings).toHaveLength(testCase.findings);
        for (const finding of findings) {
          expect(finding.rule).toBe(meta.id);
          expect(finding.severity).toBe(meta.severity);
          expect(Object.keys(meta.messages)).toContain(finding.messageId);
          const vi = formatFinding(finding, "vi");
          const en = formatFinding(finding, "en");
          // Every placeholder filled; the Vietnamese message is Vietnamese and the English one another text.
          expect(vi).not.toMatch(PLACEHOLDER);
          expect(en).not.toMatch(PLACEHOLDER);
          expect(vi).toMatch(/[À-ỹ]/u);
          expect(en).not.toBe(vi);
        }
        (testCase.excerpts ?? []).forEach((text, i) => expect(findings[i]?.excerpt).toContain(text));
        (testCase.messageIds ?? []).forEach((id, i) => expect(findings[i]?.messageId).toBe(id));
        (testCase.spans ?? []).forEach((span, i) => expect(findings[i]?.span).toEqual(span));
      });
    }
  });
}
