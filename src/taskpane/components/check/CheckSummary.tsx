import * as React from "react";
import { Body1, Caption1, Subtitle2 } from "@fluentui/react-components";
import type { CheckResult, RequestProfile } from "../../../engine/types";
import { summarize } from "../../check-result";
import type { Strings } from "../../i18n";
import { requestName } from "../../request-form";
import { fill } from "../../text";
import { useCheckStyles } from "./styles";

/** The counts of one check, and the request it was checked against. */
export function CheckSummary({
  result,
  request,
  emptyDocument,
  strings: s,
}: {
  /** A check's sections and findings (a review keeps no more of it). */
  result: Pick<CheckResult, "sections" | "findings">;
  request: RequestProfile | null;
  emptyDocument: boolean;
  strings: Strings;
}): React.ReactElement {
  const styles = useCheckStyles();
  const summary = summarize(result);
  return (
    <div className={styles.summary} role="status" data-testid="check-summary">
      <Subtitle2 as="h2">{s.checkSummaryTitle}</Subtitle2>
      {request && <Body1 data-testid="check-against">{fill(s.checkAgainst, { request: requestName(request) })}</Body1>}
      {result.sections.length > 0 && (
        <Body1>
          {fill(s.checkSummarySections, {
            present: summary.sections.present,
            missing: summary.sections.missing,
            empty: summary.sections.empty,
            order: summary.sections["out-of-order"],
          })}
        </Body1>
      )}
      <Body1>{fill(s.checkSummaryFindings, { errors: summary.errors, warnings: summary.warnings, notes: summary.notes })}</Body1>
      {emptyDocument && <Caption1>{s.checkEmptyDocument}</Caption1>}
      {result.findings.length === 0 && <Body1>{s.checkAllGood}</Body1>}
    </div>
  );
}
