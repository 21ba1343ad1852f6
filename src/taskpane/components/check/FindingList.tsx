import * as React from "react";
import { Button, Caption1, mergeClasses, Subtitle2 } from "@fluentui/react-components";
import type { TextReplacementFix } from "../../../engine/fix/types";
import type { Waiver } from "../../../engine/model";
import type { Finding } from "../../../engine/types";
import { groupFindings } from "../../check-result";
import type { Strings } from "../../i18n";
import { fill } from "../../text";
import { usePanelStyles } from "../styles";
import { severityText } from "./check-text";
import { useCheckStyles } from "./styles";
import { WaiverActions } from "./WaiverActions";
import { formattingFixes, type FindingWording } from "./useCheck";

/** What the list can do besides going to a finding: fix formatting, make a confirmed replacement. */
export interface FixHandlers {
  /** Fixes are being applied: the buttons wait. */
  busy: boolean;
  /** Paragraph texts as checked, to quote what a replacement replaces. */
  texts: readonly string[];
  onFix(findings: readonly Finding[]): Promise<void>;
  onReplace(fix: TextReplacementFix): Promise<void>;
}

/** The findings, grouped by rule (errors' groups first), each one a way to its place in the document. */
export function FindingList({
  findings,
  strings: s,
  wording,
  onGoTo,
  onWaive,
  hint,
  fixes,
}: {
  findings: readonly Finding[];
  strings: Strings;
  wording: FindingWording;
  onGoTo(finding: Finding): Promise<void>;
  /** Absent where waivers cannot be kept (no custom XML parts in this Word). */
  onWaive?: (finding: Finding, scope: Waiver["scope"], reason: string) => Promise<boolean>;
  /** What a click does, when it is not selecting in Word (the check page shows the paragraph). */
  hint?: string;
  fixes?: FixHandlers;
}): React.ReactElement | null {
  const panel = usePanelStyles();
  const styles = useCheckStyles();
  const groups = groupFindings(findings);
  if (groups.length === 0) return null;
  const fixable = findings.filter((finding) => formattingFixes(finding).length > 0);
  return (
    <div className={panel.group}>
      <Subtitle2 as="h2">{s.checkFindingsTitle}</Subtitle2>
      {fixes && fixable.length > 0 && (
        <div className={mergeClasses(panel.row, panel.noPrint)}>
          <Button
            appearance="primary"
            disabled={fixes.busy}
            title={s.checkFixAllTitle}
            data-testid="fix-all"
            onClick={() => void fixes.onFix(fixable)}
          >
            {s.checkFixAll} ({fixable.length})
          </Button>
        </div>
      )}
      {groups.map((group) => (
        <div key={group.rule} className={styles.group}>
          <h3 className={styles.groupTitle}>
            {fill(s.checkGroupTitle, {
              name: wording.ruleName(group.rule),
              count: group.findings.length,
              severity: severityText(group.severity, s),
            })}
          </h3>
          <ul className={styles.list}>
            {group.findings.map((finding, index) => (
              <li key={index}>
                <FindingItem finding={finding} strings={s} wording={wording} onGoTo={onGoTo} />
                {fixes && <FixButtons finding={finding} strings={s} fixes={fixes} />}
                {onWaive && (
                  <WaiverActions
                    ruleName={wording.ruleName(finding.rule)}
                    strings={s}
                    onWaive={(scope, reason) => onWaive(finding, scope, reason)}
                  />
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <Caption1 className={mergeClasses(panel.muted, panel.noPrint)}>{hint ?? s.checkClickHint}</Caption1>
    </div>
  );
}

/** Where a finding leads: its text, the place of what is missing, or nowhere (the whole document). */
export function placeOf(finding: Finding): "span" | "anchor" | "none" {
  return finding.span ? "span" : finding.anchor ? "anchor" : "none";
}

/**
 * One finding, always operable: Enter or Space (or a click) goes to its place. A finding with
 * text in the document is a native button; one about something absent acts as a button too
 * (role, tab stop, keys), so that `button[data-testid="finding"]` still means "has text to select".
 */
function FindingItem({
  finding,
  strings: s,
  wording,
  onGoTo,
}: {
  finding: Finding;
  strings: Strings;
  wording: FindingWording;
  onGoTo(finding: Finding): Promise<void>;
}): React.ReactElement {
  const styles = useCheckStyles();
  const tone = finding.severity === "error" ? styles.error : finding.severity === "warning" ? styles.warning : styles.info;
  const place = placeOf(finding);
  const title = place === "span" ? s.checkGoTo : place === "anchor" ? s.checkGoToPlace : s.checkNoPlace;
  const common = {
    className: mergeClasses(styles.finding, styles.clickable, tone),
    "data-testid": "finding",
    "data-rule": finding.rule,
    "data-place": place,
    "data-paragraph": finding.span?.paragraph ?? finding.anchor?.paragraph,
    title,
    onClick: () => void onGoTo(finding),
  };
  const body = (
    <>
      <span>
        <strong>{severityText(finding.severity, s)}:</strong> {wording.message(finding)}
      </span>
      {finding.excerpt &&
        (finding.span ? (
          // Text found in the document, quoted as it stands there.
          <span className={styles.excerpt} data-excerpt="found">
            “{finding.excerpt}”
          </span>
        ) : (
          // Something the document lacks: what is expected, not a quotation.
          <span className={styles.expected} data-excerpt="expected">
            {fill(s.checkExpected, { text: finding.excerpt })}
          </span>
        ))}
    </>
  );
  if (finding.span) {
    return (
      <button type="button" {...common}>
        {body}
      </button>
    );
  }
  return (
    <div
      role="button"
      tabIndex={0}
      {...common}
      data-placement={finding.anchor?.placement}
      onKeyDown={(event) => {
        // As a native button: Enter acts at once, Space on release (and does not scroll the pane).
        if (event.key === "Enter") {
          event.preventDefault();
          void onGoTo(finding);
        } else if (event.key === " ") {
          event.preventDefault();
        }
      }}
      onKeyUp={(event) => {
        if (event.key === " ") void onGoTo(finding);
      }}
    >
      {body}
    </div>
  );
}

/** "Sửa" for a finding's formatting; "Thay bằng «…»" for each text replacement, asked for twice. */
function FixButtons({ finding, strings: s, fixes }: { finding: Finding; strings: Strings; fixes: FixHandlers }): React.ReactElement | null {
  const panel = usePanelStyles();
  const styles = useCheckStyles();
  const [confirming, setConfirming] = React.useState<TextReplacementFix | null>(null);
  const formatting = formattingFixes(finding).length > 0;
  const replacements = (finding.fix ?? []).filter((fix): fix is TextReplacementFix => fix.kind === "text");
  if (!formatting && replacements.length === 0) return null;
  const old = (fix: TextReplacementFix): string => fixes.texts[fix.paragraph]?.slice(fix.start, fix.end) ?? "";
  return (
    <div className={mergeClasses(styles.fixRow, panel.noPrint)}>
      {formatting && (
        <Button size="small" disabled={fixes.busy} title={s.checkFixTitle} data-testid="fix-finding" onClick={() => void fixes.onFix([finding])}>
          {s.checkFix}
        </Button>
      )}
      {replacements.map((fix, index) =>
        confirming === fix ? (
          <span key={index} className={styles.fixRow} role="group" data-testid="replace-confirm">
            <span>{fill(s.checkReplaceConfirm, { old: old(fix), text: fix.replacement })}</span>
            <Button
              size="small"
              appearance="primary"
              disabled={fixes.busy}
              data-testid="replace-yes"
              onClick={() => {
                setConfirming(null);
                void fixes.onReplace(fix);
              }}
            >
              {s.checkReplaceYes}
            </Button>
            <Button size="small" data-testid="replace-no" onClick={() => setConfirming(null)}>
              {s.cancel}
            </Button>
          </span>
        ) : (
          <Button key={index} size="small" disabled={fixes.busy} data-testid="replace" onClick={() => setConfirming(fix)}>
            {fill(s.checkReplace, { text: fix.replacement })}
          </Button>
        ),
      )}
    </div>
  );
}
