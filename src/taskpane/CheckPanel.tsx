import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Spinner,
  Subtitle2,
  Switch,
  tokens,
} from "@fluentui/react-components";
import type { DocumentModel, LegacyEncoding, Span } from "../engine/model";
import type { CheckResult, Finding, RequestProfile, SectionState, SectionStatus, Severity } from "../engine/types";
import type { TabKey } from "./App";
import { formatFinding } from "../engine/format";
import { describeError } from "./errors";
import type { Host } from "./host";
import type { Strings } from "./i18n";
import { ruleName } from "./i18n";
import { loadWork } from "./lazy";
import { fill, groupFindings, requestName, summarize } from "./logic";
import { Notice, type NoticeState } from "./Notice";
import { usePanelStyles } from "./RequestPanel";

export interface CheckPanelProps {
  host: Host;
  strings: Strings;
  request: RequestProfile | null;
  onGoTo(tab: TabKey): void;
}

/** Below this a check feels instant; a spinner would only flicker. */
const SPINNER_DELAY_MS = 150;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  section: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", lineHeight: tokens.lineHeightBase300 },
  sectionTitle: { overflowWrap: "anywhere" },
  sectionLink: {
    background: "none",
    border: "none",
    padding: 0,
    margin: 0,
    textAlign: "left",
    color: "inherit",
    font: "inherit",
    cursor: "pointer",
    ":hover": { textDecorationLine: "underline" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  mark: { fontWeight: tokens.fontWeightSemibold, minWidth: "1.2em", textAlign: "center" },
  present: { color: tokens.colorPaletteGreenForeground1 },
  missing: { color: tokens.colorPaletteRedForeground1 },
  empty: { color: tokens.colorPaletteDarkOrangeForeground1 },
  outOfOrder: { color: tokens.colorPaletteDarkOrangeForeground1 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  finding: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: "4px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  excerpt: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

const SECTION_MARK: Record<SectionState, string> = { present: "✓", missing: "✗", empty: "○", "out-of-order": "↕", "in-parent": "?" };

/** Unikey's names for the source encodings, as its converter lists them. */
const UNIKEY_SOURCE: Record<LegacyEncoding, string> = { tcvn3: "TCVN3 (ABC)", vni: "VNI Windows" };

const LEGACY_NOTICE = "legacy-encoding";

/** What to do with a TCVN3/VNI document: the reader's own Vietnamese notice, or the pane's words in English. */
export function legacyText(model: DocumentModel, encoding: LegacyEncoding, s: Strings, language: "vi" | "en"): string {
  const own = model.notices.find((notice) => notice.code === LEGACY_NOTICE);
  if (own && language === "vi") return own.message;
  return fill(s.checkLegacyEncoding, {
    encoding: encoding === "tcvn3" ? s.legacyTcvn3 : s.legacyVni,
    source: UNIKEY_SOURCE[encoding],
  });
}

/** The reader's other notices (skipped text boxes…) in one message. */
export function readNoticesText(messages: readonly string[], s: Strings): string {
  if (messages.length === 1) return fill(s.checkReadNotice, { notice: messages[0] });
  return [s.checkReadNotices, ...messages.map((message) => `• ${message}`)].join("\n");
}

export function CheckPanel({ host, strings: s, request, onGoTo }: CheckPanelProps): React.ReactElement {
  const panel = usePanelStyles();
  const styles = useStyles();
  const language = host.language;
  const [result, setResult] = React.useState<CheckResult | null>(null);
  const [running, setRunning] = React.useState(false);
  const [slow, setSlow] = React.useState(false);
  const [notice, setNotice] = React.useState<NoticeState | null>(null);
  const [emptyDocument, setEmptyDocument] = React.useState(false);
  const [highlight, setHighlight] = React.useState(false);
  const [marked, setMarked] = React.useState(0);
  /** Set when the last read found TCVN3/VNI text: shown instead of results. */
  const [legacy, setLegacy] = React.useState<string | null>(null);
  /** What the reader noticed about the checked document, shown with its results. */
  const [readNotices, setReadNotices] = React.useState<string[]>([]);
  /** What the shown result was computed from, for the saved report. */
  const checkedWith = React.useRef<{ model: DocumentModel; request: RequestProfile | null } | null>(null);

  const [stale, setStale] = React.useState(false);
  /** Highlights and comments change the document too, but not its text: they must not make the result stale. */
  const ownChange = React.useRef(0);
  const checked = result !== null;
  React.useEffect(() => {
    if (!checked || !host.watchDocument) return undefined;
    return host.watchDocument(() => {
      if (ownChange.current === 0) setStale(true);
    });
  }, [host, checked]);
  const own = async <T,>(work: () => Promise<T>): Promise<T> => {
    ownChange.current++;
    try {
      return await work();
    } finally {
      ownChange.current--;
    }
  };

  const markFindings = async (findings: readonly Finding[]): Promise<void> => {
    try {
      setMarked(await own(() => host.adapter.highlightSpans(findings.filter((finding) => finding.span))));
    } catch (error) {
      setNotice({ intent: "warning", text: describeError(error, language, s.errorHighlight) });
    }
  };

  const run = async (): Promise<void> => {
    setRunning(true);
    setNotice(null);
    const timer = setTimeout(() => setSlow(true), SPINNER_DELAY_MS);
    try {
      // One round trip to Word: the whole body at once; the engine loads meanwhile.
      const [work, model] = await Promise.all([loadWork(), host.adapter.readDocument()]);
      if (model.legacyEncoding) {
        // Rules run on TCVN3/VNI text would pass or fail at random: say how to convert it instead.
        checkedWith.current = null;
        setResult(null);
        setStale(false);
        setReadNotices([]);
        setLegacy(legacyText(model, model.legacyEncoding, s, language));
        if (marked > 0) await clearMarks();
        return;
      }
      setLegacy(null);
      setReadNotices(model.notices.filter((item) => item.code !== LEGACY_NOTICE).map((item) => item.message));
      const next = work.check(model, request);
      checkedWith.current = { model, request };
      setResult(next);
      setStale(false);
      setEmptyDocument(model.paragraphs.every((paragraph) => paragraph.text.trim() === ""));
      if (highlight) await markFindings(next.findings);
    } catch (error) {
      setNotice({ intent: "error", text: describeError(error, language, s.errorCheck) });
    } finally {
      clearTimeout(timer);
      setSlow(false);
      setRunning(false);
    }
  };

  const toggleHighlight = async (on: boolean): Promise<void> => {
    setHighlight(on);
    if (on && result) await markFindings(result.findings);
    if (!on) await clearMarks();
  };

  const clearMarks = async (): Promise<void> => {
    const cleared = await own(() => host.adapter.clearHighlights()).catch(() => false);
    if (!cleared) setNotice({ intent: "warning", text: s.errorClearHighlight });
    setMarked(0);
  };

  const [commenting, setCommenting] = React.useState(false);
  const addComments = async (): Promise<void> => {
    if (!result) return;
    setCommenting(true);
    setNotice(null);
    try {
      const added = await own(() => host.adapter.addComments(result.findings, language));
      setNotice({ intent: added > 0 ? "success" : "info", text: fill(s.checkCommentsAdded, { count: added }) });
    } catch (error) {
      setNotice({ intent: "warning", text: describeError(error, language, s.errorComments) });
    } finally {
      setCommenting(false);
    }
  };

  /** A section's heading: the whole paragraph is selected (an empty excerpt means "the paragraph"). */
  const goToSection = async (paragraph: number): Promise<void> => {
    setNotice(null);
    try {
      const outcome = await own(() => host.adapter.selectSpan({ paragraph, start: 0, end: 0 }, ""));
      if (outcome === "gone" || stale) setNotice({ intent: "warning", text: s.checkDocumentChanged });
    } catch (error) {
      setNotice({ intent: "warning", text: describeError(error, language, s.checkDocumentChanged) });
    }
  };

  const goTo = async (finding: Finding): Promise<void> => {
    if (!finding.span) return;
    setNotice(null);
    try {
      const outcome = await own(() => host.adapter.selectSpan(finding.span as Span, finding.excerpt));
      // The text is no longer where the check saw it: say so rather than trust the old position.
      if (outcome === "paragraph" || outcome === "gone" || stale) setNotice({ intent: "warning", text: s.checkDocumentChanged });
    } catch (error) {
      setNotice({ intent: "warning", text: describeError(error, language, s.checkDocumentChanged) });
    }
  };

  const saveReport = async (): Promise<void> => {
    const basis = checkedWith.current;
    if (!result || !basis?.request) return;
    setNotice(null);
    try {
      const work = await loadWork();
      const html = work.checkReportHtml(basis.model, result, basis.request, {
        file: s.checkReportDocument,
        generatedAt: formatNow(new Date()),
      });
      const name = reportFileName(basis.request);
      host.saveFile(name, html, "text/html");
      setNotice({ intent: "success", text: fill(s.checkReportSaved, { name }) });
    } catch (error) {
      setNotice({ intent: "error", text: describeError(error, language, s.errorSaveReport) });
    }
  };

  const summary = result ? summarize(result) : null;
  const groups = result ? groupFindings(result.findings) : [];

  return (
    <div className={panel.panel}>
      <Body1 className={panel.noPrint}>{s.checkIntro}</Body1>
      {!request && (
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
      )}
      <div className={mergeClasses(panel.row, panel.noPrint)}>
        <Button appearance="primary" onClick={() => void run()} disabled={running} data-testid="run-check">
          {result ? s.checkAgain : s.checkRun}
        </Button>
        {running && slow && <Spinner size="tiny" label={s.checkRunning} />}
      </div>
      {notice && (
        <div className={panel.noPrint}>
          <Notice notice={notice} onDismiss={() => setNotice(null)} strings={s} />
        </div>
      )}
      {stale && notice?.text !== s.checkDocumentChanged && (
        <div className={panel.noPrint}>
          <Notice notice={{ intent: "info", text: s.checkStale }} strings={s} />
        </div>
      )}

      {legacy && (
        <div data-testid="legacy-notice">
          <Notice notice={{ intent: "warning", text: legacy }} strings={s} />
        </div>
      )}

      {result && summary && (
        <>
          {readNotices.length > 0 && (
            <div data-testid="read-notices">
              <Notice notice={{ intent: "info", text: readNoticesText(readNotices, s) }} strings={s} />
            </div>
          )}
          <div className={styles.summary} role="status" data-testid="check-summary">
            <Subtitle2 as="h2">{s.checkSummaryTitle}</Subtitle2>
            {checkedWith.current?.request && (
              <Body1 data-testid="check-against">{fill(s.checkAgainst, { request: requestName(checkedWith.current.request) })}</Body1>
            )}
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

          {result.sections.length > 0 && (
            <div className={panel.group}>
              <Subtitle2 as="h2">{s.checkSectionsTitle}</Subtitle2>
              <ul className={styles.list} aria-label={s.checkSectionsTitle}>
                {result.sections.map((section, index) => (
                  <SectionRow key={index} section={section} strings={s} onGoTo={goToSection} />
                ))}
              </ul>
            </div>
          )}

          {groups.length > 0 && (
            <div className={panel.group}>
              <Subtitle2 as="h2">{s.checkFindingsTitle}</Subtitle2>
              {groups.map((group) => (
                <div key={group.rule} className={styles.group}>
                  <h3 className={styles.groupTitle}>
                    {fill(s.checkGroupTitle, {
                      name: ruleName(group.rule, language),
                      count: group.findings.length,
                      severity: severityText(group.severity, s),
                    })}
                  </h3>
                  <ul className={styles.list}>
                    {group.findings.map((finding, index) => (
                      <li key={index}>
                        <FindingItem finding={finding} strings={s} language={language} onGoTo={goTo} />
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
              <Caption1 className={mergeClasses(panel.muted, panel.noPrint)}>{s.checkClickHint}</Caption1>
            </div>
          )}

          <div className={mergeClasses(panel.row, panel.noPrint)} data-testid="report-actions">
            {/* The report is a row of the reviewers' table against a request: without one there is nothing to table. */}
            {checkedWith.current?.request && (
              <Button size="small" onClick={() => void saveReport()} data-testid="save-report">
                {s.checkSaveReport}
              </Button>
            )}
            <Button size="small" onClick={() => window.print()} data-testid="print-check">
              {s.checkPrint}
            </Button>
          </div>

          <div className={mergeClasses(panel.group, panel.noPrint)}>
            <Switch
              checked={highlight}
              onChange={(_e, data) => void toggleHighlight(data.checked)}
              label={s.checkHighlight}
              data-testid="highlight"
            />
            {host.adapter.canAddComments() && result.findings.some((finding) => finding.span) && (
              <div className={panel.row}>
                <Button size="small" onClick={() => void addComments()} disabled={commenting} data-testid="add-comments">
                  {s.checkAddComments}
                </Button>
              </div>
            )}
            {highlight && (
              <div className={panel.row}>
                <Caption1>{fill(s.checkMarked, { count: marked })}</Caption1>
                <Button size="small" onClick={() => void clearMarks()}>
                  {s.checkClearHighlight}
                </Button>
              </div>
            )}
          </div>
        </>
      )}
    </div>
  );
}

/** "23/11/2026 10:15" in the clerk's local time. */
function formatNow(now: Date): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${two(now.getDate())}/${two(now.getMonth() + 1)}/${now.getFullYear()} ${two(now.getHours())}:${two(now.getMinutes())}`;
}

/** "kiem-tra-4874-BNV-CCVC.html": named after the request, so reports of several documents sort together. */
export function reportFileName(request: RequestProfile): string {
  const number = request.number?.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  const slug = number ? number.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") : "";
  return slug ? `kiem-tra-${slug}.html` : "kiem-tra.html";
}

function severityText(severity: Severity, s: Strings): string {
  return severity === "error" ? s.severityError : severity === "warning" ? s.severityWarning : s.severityInfo;
}

function SectionRow({
  section,
  strings: s,
  onGoTo,
}: {
  section: SectionStatus;
  strings: Strings;
  onGoTo(paragraph: number): Promise<void>;
}): React.ReactElement {
  const styles = useStyles();
  const tone =
    section.status === "present"
      ? styles.present
      : section.status === "missing"
        ? styles.missing
        : section.status === "empty"
          ? styles.empty
          : styles.outOfOrder;
  const statusText: Record<SectionState, string> = {
    present: s.sectionPresent,
    missing: s.sectionMissing,
    empty: s.sectionEmpty,
    "out-of-order": s.sectionOutOfOrder,
    "in-parent": s.sectionInParent,
  };
  const title = section.title.length > 90 ? `${section.title.slice(0, 88)}…` : section.title;
  const label = (
    <>
      {section.number ? `${section.number}. ` : ""}
      {title} <span className={tone}>({statusText[section.status]})</span>
    </>
  );
  return (
    <li
      className={styles.section}
      style={{ paddingLeft: `${(section.level - 1) * 16}px` }}
      data-testid="section"
      data-status={section.status}
      data-number={section.number}
      title={section.title}
    >
      <span className={mergeClasses(styles.mark, tone)} aria-hidden="true">
        {SECTION_MARK[section.status]}
      </span>
      {section.paragraph === null ? (
        <span className={styles.sectionTitle}>{label}</span>
      ) : (
        <button
          type="button"
          className={mergeClasses(styles.sectionTitle, styles.sectionLink)}
          onClick={() => void onGoTo(section.paragraph as number)}
          title={s.checkGoToSection}
        >
          {label}
        </button>
      )}
    </li>
  );
}

function FindingItem({
  finding,
  strings: s,
  language,
  onGoTo,
}: {
  finding: Finding;
  strings: Strings;
  language: "vi" | "en";
  onGoTo(finding: Finding): Promise<void>;
}): React.ReactElement {
  const styles = useStyles();
  const message = formatFinding(finding, language);
  const tone = finding.severity === "error" ? styles.error : finding.severity === "warning" ? styles.warning : styles.info;
  const body = (
    <>
      <span>
        <strong>{severityText(finding.severity, s)}:</strong> {message}
      </span>
      {finding.excerpt && <span className={styles.excerpt}>“{finding.excerpt}”</span>}
    </>
  );
  if (!finding.span) {
    return (
      <div className={mergeClasses(styles.finding, tone)} data-testid="finding" data-rule={finding.rule}>
        {body}
      </div>
    );
  }
  return (
    <button
      type="button"
      className={mergeClasses(styles.finding, styles.clickable, tone)}
      data-testid="finding"
      data-rule={finding.rule}
      data-paragraph={finding.span.paragraph}
      onClick={() => void onGoTo(finding)}
      title={s.checkGoTo}
    >
      {body}
    </button>
  );
}
