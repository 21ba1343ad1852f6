import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { Strings } from "../../i18n";
import type { TabKey } from "../../types";
import { Notice } from "../Notice";
import { usePanelStyles } from "../styles";
import { readNoticesText } from "./check-text";
import type { CheckState } from "./useCheck";

/**
 * The dialog (Fluent's Dialog, with its motion and portal) is wanted only for a TCVN3/VNI
 * document: a chunk of its own, asked for when such a document is found, not before the
 * check can run.
 */
const ConvertDialog = React.lazy(() => import(/* webpackChunkName: "convert-dialog" */ "./ConvertDialog").then((m) => ({ default: m.ConvertDialog })));

/** Without a request only the document's own form is checked: say so, with the way to one. */
export function NoRequestNotice({ strings: s, onGoTo }: { strings: Strings; onGoTo(tab: TabKey): void }): React.ReactElement {
  const panel = usePanelStyles();
  return (
    <div className={panel.noPrint}>
      <Notice
        notice={{ intent: "info", text: s.checkNoRequest }}
        strings={s}
        action={
          <Button size="small" onClick={() => onGoTo("request")}>
            {s.goToRequest}
          </Button>
        }
      />
    </div>
  );
}

/** Above the results: what went wrong, a stale result. */
export function CheckNotices({ state, strings: s, onDismiss }: { state: CheckState; strings: Strings; onDismiss(): void }): React.ReactElement {
  const panel = usePanelStyles();
  return (
    <>
      {state.notice && (
        <div className={panel.noPrint}>
          <Notice notice={state.notice} onDismiss={onDismiss} strings={s} />
        </div>
      )}
      {state.stale && state.notice?.text !== s.checkDocumentChanged && (
        <div className={panel.noPrint}>
          <Notice notice={{ intent: "info", text: s.checkStale }} strings={s} />
        </div>
      )}
    </>
  );
}

/**
 * About the document read: TCVN3/VNI text (instead of results), with the offer to convert it
 * after the clerk has read what will change; or what the reader skipped.
 */
export function ReadNotices({ state, strings: s, onConvert }: { state: CheckState; strings: Strings; onConvert(): void }): React.ReactElement {
  const [confirming, setConfirming] = React.useState(false);
  const encoding = state.legacyEncoding === "vni" ? s.legacyVni : s.legacyTcvn3;
  return (
    <>
      {state.legacy && (
        <div data-testid="legacy-notice">
          <Notice
            notice={{ intent: "warning", text: state.legacy }}
            strings={s}
            action={
              state.legacyEncoding ? (
                <Button size="small" onClick={() => setConfirming(true)} disabled={state.converting || state.running} data-testid="convert-unicode">
                  {s.convertButton}
                </Button>
              ) : undefined
            }
          />
        </div>
      )}
      {state.legacyEncoding && (
        <React.Suspense fallback={null}>
          <ConvertDialog open={confirming} encoding={encoding} strings={s} onClose={() => setConfirming(false)} onConvert={onConvert} />
        </React.Suspense>
      )}
      {state.result && state.readNotices.length > 0 && (
        <div data-testid="read-notices">
          <Notice notice={{ intent: "info", text: readNoticesText(state.readNotices, s) }} strings={s} />
        </div>
      )}
    </>
  );
}
