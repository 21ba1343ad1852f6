/** `--rules a,b` and `--no-rule x` of `vanban check` and `vanban review`: which check rules run. */
import { InputError } from "../engine/errors";
import { formatWaivedReasons } from "../engine/format";
import { allRules, requireRuleIds } from "../engine/rules";
import type { Severity } from "../engine/types";
import type { ReviewRow, ReviewTable } from "../report/table";
import type { OptionSpec } from "./args";
import { CliError } from "./errors";

export const RULE_OPTIONS = {
  rules: { type: "string", value: "mã,mã,…" },
  "no-rule": { type: "string", multiple: true, value: "mã" },
  "no-waivers": { type: "boolean", default: false },
} as const satisfies Record<string, OptionSpec>;

function idList(text: string): string[] {
  return text
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
}

/** Unknown ids are refused with the engine's own message, so the list of rules is said in one place. */
function requireKnown(ids: readonly string[]): void {
  try {
    requireRuleIds(ids);
  } catch (error) {
    if (error instanceof InputError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * The rule ids to run, or undefined for all of them. `--rules` keeps only the rules it names;
 * `--no-rule` (repeatable, or a comma list) leaves out the rules it names; both may be combined.
 */
export function ruleSelection(values: { rules?: string; "no-rule"?: string[] }): string[] | undefined {
  if (values.rules === undefined && values["no-rule"] === undefined) return undefined;
  const only = values.rules === undefined ? undefined : idList(values.rules);
  if (only && only.length === 0) throw new CliError("--rules cần ít nhất một mã quy tắc, ví dụ --rules section-missing,date-invalid.");
  const except = (values["no-rule"] ?? []).flatMap(idList);
  requireKnown([...(only ?? []), ...except]);
  return (only ?? allRules.map((rule) => rule.meta.id)).filter((id) => !except.includes(id));
}

/**
 * The review table with only the findings of the chosen rules, and counts to match. The
 * Trích dẫn, Thời hạn and outline columns are facts about each document and stay as every
 * rule found them: leaving a rule out must not make a missing citation read as correct.
 */
export function narrowTable(table: ReviewTable, rules: readonly string[] | undefined): ReviewTable {
  if (!rules) return table;
  const rows = table.rows.map((row): ReviewRow => {
    if (!row.readable) return row;
    const findings = row.findings.filter((finding) => rules.includes(finding.rule));
    const waived = row.waived.filter((finding) => rules.includes(finding.rule));
    const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
    return {
      ...row,
      findings,
      waived,
      waivedSummary: formatWaivedReasons(
        waived.map((finding) => finding.reason),
        "vi",
      ),
      errors: count("error"),
      warnings: count("warning"),
      others: count("info"),
    };
  });
  const withErrors = rows.filter((row) => row.readable && row.errors > 0).length;
  return { ...table, rows, summary: { ...table.summary, withErrors } };
}
