import * as React from "react";
import { Body1, Button, mergeClasses, Spinner } from "@fluentui/react-components";
import type { RequestProfile } from "../../../engine/types";
import type { Host } from "../../host";
import type { Strings } from "../../i18n";
import type { TabKey } from "../../types";
import { usePanelStyles } from "../styles";
import { CheckNotices, NoRequestNotice, ReadNotices } from "./CheckNotices";
import { CheckSummary } from "./CheckSummary";
import { FindingList } from "./FindingList";
import { ReportActions } from "./ReportActions";
import { SectionChecklist } from "./SectionChecklist";
import { WaivedList } from "./WaivedList";
import { useCheck } from "./useCheck";

export { legacyText, readNoticesText, reportFileName } from "./check-text";

export interface CheckPanelProps {
  host: Host;
  strings: Strings;
  request: RequestProfile | null;
  /**
   * The request kept with the document is still being read back: a check now would run without
   * it, so the button waits (a moment at start).
   */
  restoringRequest?: boolean;
  onGoTo(tab: TabKey): void;
}

/** The Kiểm tra tab: runs the engine on the document and shows what it found. */
export function CheckPanel({ host, strings: s, request, restoringRequest = false, onGoTo }: CheckPanelProps): React.ReactElement {
  const panel = usePanelStyles();
  const [state, actions] = useCheck(host, s, request);
  const result = state.result;
  return (
    <div className={panel.panel}>
      <Body1 className={panel.noPrint}>{s.checkIntro}</Body1>
      {!request && !restoringRequest && <NoRequestNotice strings={s} onGoTo={onGoTo} />}
      <div className={mergeClasses(panel.row, panel.noPrint)}>
        <Button appearance="primary" onClick={() => void actions.run()} disabled={state.running || restoringRequest} data-testid="run-check">
          {result ? s.checkAgain : s.checkRun}
        </Button>
        {restoringRequest && <Spinner size="tiny" label={s.checkRestoringRequest} data-testid="check-restoring-request" />}
        {state.running && state.slow && <Spinner size="tiny" label={s.checkRunning} />}
        {state.converting && <Spinner size="tiny" label={s.convertRunning} />}
        {state.leftMarks && !state.highlight && (
          <Button size="small" onClick={() => void actions.clearMarks()} data-testid="clear-left-marks">
            {s.checkClearLeftMarks}
          </Button>
        )}
      </div>
      <CheckNotices state={state} strings={s} onDismiss={actions.dismissNotice} />
      <ReadNotices state={state} strings={s} onConvert={() => void actions.convertLegacy()} />
      {result && (
        <>
          <CheckSummary result={result} request={state.checkedWith?.request ?? null} emptyDocument={state.emptyDocument} strings={s} />
          {result.sections.length > 0 && <SectionChecklist sections={result.sections} strings={s} onGoTo={actions.goToSection} />}
          {state.wording && (
            <FindingList
              findings={result.findings}
              strings={s}
              wording={state.wording}
              onGoTo={actions.goTo}
              onWaive={host.adapter.canKeepWaivers() ? actions.waive : undefined}
              fixes={{
                busy: state.fixing || state.running,
                texts: state.checkedWith?.model.paragraphs.map((paragraph) => paragraph.text) ?? [],
                onFix: actions.fix,
                onReplace: actions.replace,
              }}
            />
          )}
          {state.wording && (
            <WaivedList
              waived={result.waived}
              voidCount={result.voidWaivers.length}
              strings={s}
              wording={state.wording}
              onUndo={actions.unwaive}
            />
          )}
          <ReportActions state={state} actions={actions} strings={s} canComment={host.adapter.canAddComments()} />
        </>
      )}
    </div>
  );
}
