import * as React from "react";
import { Button, Caption1, mergeClasses, Switch } from "@fluentui/react-components";
import type { Strings } from "../../i18n";
import { fill } from "../../text";
import { usePanelStyles } from "../styles";
import type { CheckActions, CheckState } from "./useCheck";

/** What the clerk can do with a result: save or print it, mark the places, comment on them. */
export function ReportActions({
  state,
  actions,
  strings: s,
  canComment,
}: {
  state: CheckState;
  actions: CheckActions;
  strings: Strings;
  canComment: boolean;
}): React.ReactElement {
  const panel = usePanelStyles();
  const findings = state.result?.findings ?? [];
  return (
    <>
      <div className={mergeClasses(panel.row, panel.noPrint)} data-testid="report-actions">
        {/* The report is a row of the reviewers' table against a request: without one there is nothing to table. */}
        {state.checkedWith?.request && (
          <Button size="small" onClick={() => void actions.saveReport()} data-testid="save-report">
            {s.checkSaveReport}
          </Button>
        )}
        <Button size="small" onClick={() => window.print()} data-testid="print-check">
          {s.checkPrint}
        </Button>
      </div>

      <div className={mergeClasses(panel.group, panel.noPrint)}>
        <Switch
          checked={state.highlight}
          onChange={(_e, data) => void actions.toggleHighlight(data.checked)}
          label={s.checkHighlight}
          data-testid="highlight"
        />
        {canComment && findings.some((finding) => finding.span) && (
          <div className={panel.row}>
            <Button size="small" onClick={() => void actions.addComments()} disabled={state.commenting} data-testid="add-comments">
              {s.checkAddComments}
            </Button>
          </div>
        )}
        {state.highlight && (
          <div className={panel.row}>
            <Caption1>{fill(s.checkMarked, { count: state.marked })}</Caption1>
            <Button size="small" onClick={() => void actions.clearMarks()}>
              {s.checkClearHighlight}
            </Button>
          </div>
        )}
      </div>
    </>
  );
}
