/**
 * The check panel's state in one place: a reducer for what is shown and a hook for what the
 * clerk can do (run the check, go to a finding, mark, comment, save the report).
 */
import * as React from "react";
import type { FormatFix, TextReplacementFix } from "../../../engine/fix/types";
import type { DocumentModel, LegacyEncoding, Waiver } from "../../../engine/model";
import type { CheckResult, Finding, RequestProfile, WaivedFinding } from "../../../engine/types";
import { describeError } from "../../errors";
import type { Host } from "../../host";
import type { Strings } from "../../i18n";
import { loadWork } from "../../lazy";
import { fill } from "../../text";
import type { NoticeState } from "../Notice";
import { formatNow, LEGACY_NOTICE, legacyText, reportFileName } from "./check-text";

/** Below this a check feels instant; a spinner would only flicker. */
const SPINNER_DELAY_MS = 150;

/**
 * A check's words: the engine's `formatFinding` and `ruleDisplayName` in the pane's language,
 * taken from the work chunk that ran the check, so the rules' texts never weigh on first load.
 */
export interface FindingWording {
  message(finding: Finding): string;
  ruleName(ruleId: string): string;
  /** "3 vấn đề đã được bỏ qua, lý do: …". */
  waivedSummary(waived: readonly WaivedFinding[]): string;
  waiverReason(waiver: Waiver): string;
  voidWaivers(count: number): string;
}

type Work = Awaited<ReturnType<typeof loadWork>>;

function wordingOf(work: Work, language: "vi" | "en"): FindingWording {
  return {
    message: (finding) => work.formatFinding(finding, language),
    ruleName: (ruleId) => work.ruleDisplayName(ruleId, language),
    waivedSummary: (waived) => work.formatWaivedSummary(waived, language),
    waiverReason: (waiver) => work.formatWaiverReason(waiver, language),
    voidWaivers: (count) => work.formatVoidWaivers(count, language),
  };
}

export interface CheckState {
  result: CheckResult | null;
  wording: FindingWording | null;
  /** What the shown result was computed from, for the saved report. */
  checkedWith: { model: DocumentModel; request: RequestProfile | null } | null;
  running: boolean;
  /** The check has run long enough to show a spinner. */
  slow: boolean;
  notice: NoticeState | null;
  emptyDocument: boolean;
  /** Set when the last read found TCVN3/VNI text: shown instead of results. */
  legacy: string | null;
  /** Which legacy encoding that was, for converting the document. */
  legacyEncoding: LegacyEncoding | null;
  /** The document is being converted to Unicode. */
  converting: boolean;
  /** What the reader noticed about the checked document, shown with its results. */
  readNotices: string[];
  /** The document changed since the check. */
  stale: boolean;
  highlight: boolean;
  marked: number;
  /** The document holds marks of an earlier check or pane (kept on record with it). */
  leftMarks: boolean;
  commenting: boolean;
  /** Fixes are being applied (and the document checked again). */
  fixing: boolean;
}

export const INITIAL_CHECK_STATE: CheckState = {
  result: null,
  wording: null,
  checkedWith: null,
  running: false,
  slow: false,
  notice: null,
  emptyDocument: false,
  legacy: null,
  legacyEncoding: null,
  converting: false,
  readNotices: [],
  stale: false,
  highlight: false,
  marked: 0,
  leftMarks: false,
  commenting: false,
  fixing: false,
};

export type CheckAction =
  | { type: "start" }
  | { type: "slow" }
  | { type: "finish" }
  | { type: "legacy"; text: string; encoding: LegacyEncoding }
  | { type: "converting"; on: boolean }
  | {
      type: "checked";
      result: CheckResult;
      wording: FindingWording;
      model: DocumentModel;
      request: RequestProfile | null;
      readNotices: string[];
    }
  | { type: "notice"; notice: NoticeState | null }
  | { type: "stale" }
  | { type: "highlight"; on: boolean }
  | { type: "marked"; count: number }
  | { type: "leftMarks"; on: boolean }
  | { type: "commenting"; on: boolean }
  | { type: "fixing"; on: boolean };

export function checkReducer(state: CheckState, action: CheckAction): CheckState {
  switch (action.type) {
    case "start":
      return { ...state, running: true, notice: null };
    case "slow":
      return { ...state, slow: true };
    case "finish":
      return { ...state, running: false, slow: false };
    case "legacy":
      // Rules run on TCVN3/VNI text would pass or fail at random: say how to convert it instead.
      return { ...state, result: null, checkedWith: null, stale: false, readNotices: [], legacy: action.text, legacyEncoding: action.encoding };
    case "converting":
      return { ...state, converting: action.on };
    case "checked":
      return {
        ...state,
        result: action.result,
        wording: action.wording,
        checkedWith: { model: action.model, request: action.request },
        legacy: null,
        legacyEncoding: null,
        readNotices: action.readNotices,
        stale: false,
        emptyDocument: action.model.paragraphs.every((paragraph) => paragraph.text.trim() === ""),
      };
    case "notice":
      return { ...state, notice: action.notice };
    case "stale":
      return { ...state, stale: true };
    case "highlight":
      return { ...state, highlight: action.on };
    case "marked":
      return { ...state, marked: action.count };
    case "leftMarks":
      return { ...state, leftMarks: action.on };
    case "commenting":
      return { ...state, commenting: action.on };
    case "fixing":
      return { ...state, fixing: action.on };
  }
}

export interface CheckActions {
  run(): Promise<void>;
  toggleHighlight(on: boolean): Promise<void>;
  clearMarks(): Promise<void>;
  addComments(): Promise<void>;
  goToSection(paragraph: number): Promise<void>;
  goTo(finding: Finding): Promise<void>;
  saveReport(): Promise<void>;
  /** Keeps a waiver of the finding (or of its rule) in the document; false when Word refused. */
  waive(finding: Finding, scope: Waiver["scope"], reason: string): Promise<boolean>;
  unwaive(waiver: Waiver): Promise<void>;
  /** Converts the TCVN3/VNI document to Unicode in Word (after the clerk confirmed), then checks again. */
  convertLegacy(): Promise<void>;
  /** Applies the formatting fixes of these findings (never their text replacements), then checks again. */
  fix(findings: readonly Finding[]): Promise<void>;
  /** Makes one text replacement the clerk confirmed, then checks again. */
  replace(fix: TextReplacementFix): Promise<void>;
  dismissNotice(): void;
}

/** A finding's fixes that change formatting only: what "Sửa" and "Sửa tất cả thể thức" apply. */
export function formattingFixes(finding: Finding): FormatFix[] {
  return (finding.fix ?? []).filter((fix) => fix.kind !== "text");
}

export function useCheck(host: Host, s: Strings, request: RequestProfile | null): [CheckState, CheckActions] {
  const language = host.language;
  const [state, dispatch] = React.useReducer(checkReducer, host, (opened) => ({
    ...INITIAL_CHECK_STATE,
    leftMarks: opened.adapter.hasLeftMarks(),
  }));
  const notify = (notice: NoticeState | null): void => dispatch({ type: "notice", notice });

  /** Highlights and comments change the document too, but not its text: they must not make the result stale. */
  const ownChange = React.useRef(0);
  const checked = state.result !== null;
  React.useEffect(() => {
    if (!checked || !host.watchDocument) return undefined;
    return host.watchDocument(() => {
      if (ownChange.current === 0) dispatch({ type: "stale" });
    });
  }, [host, checked]);
  const own = async <T>(work: () => Promise<T>): Promise<T> => {
    ownChange.current++;
    try {
      return await work();
    } finally {
      ownChange.current--;
    }
  };

  const markFindings = async (findings: readonly Finding[]): Promise<void> => {
    try {
      const count = await own(() => host.adapter.highlightSpans(findings.filter((finding) => finding.span)));
      dispatch({ type: "marked", count });
    } catch (error) {
      notify({ intent: "warning", text: describeError(error, language, s.errorHighlight) });
    }
  };

  const clearMarks = async (): Promise<void> => {
    const cleared = await own(() => host.adapter.clearHighlights()).catch(() => false);
    if (!cleared) notify({ intent: "warning", text: s.errorClearHighlight });
    dispatch({ type: "marked", count: 0 });
    dispatch({ type: "leftMarks", on: host.adapter.hasLeftMarks() });
  };

  const run = async (): Promise<void> => {
    dispatch({ type: "start" });
    const timer = setTimeout(() => dispatch({ type: "slow" }), SPINNER_DELAY_MS);
    try {
      // One round trip to Word: the whole body at once; the engine and the waivers part load meanwhile.
      let waiversError: unknown = null;
      const [work, body, parts] = await Promise.all([
        loadWork(),
        host.adapter.readDocument(),
        host.adapter.readWaivers().catch((error: unknown) => {
          waiversError = error;
          return [] as string[];
        }),
      ]);
      const { model, unreadable } = work.withWaivers(body, parts);
      if (model.legacyEncoding) {
        dispatch({ type: "legacy", text: legacyText(model, model.legacyEncoding, s, language), encoding: model.legacyEncoding });
        if (state.marked > 0) await clearMarks();
        return;
      }
      const next = work.check(model, request);
      const readNotices = model.notices.filter((item) => item.code !== LEGACY_NOTICE).map((item) => item.message);
      const wording = wordingOf(work, language);
      dispatch({ type: "checked", result: next, wording, model, request, readNotices });
      // A co-author's change or a damaged part: the check stands, with every finding, and the pane says why.
      if (waiversError !== null) notify({ intent: "warning", text: describeError(waiversError, language, s.checkWaiveFailed) });
      else if (unreadable) notify({ intent: "warning", text: s.checkWaiveFailed });
      if (state.highlight) await markFindings(next.findings);
    } catch (error) {
      notify({ intent: "error", text: describeError(error, language, s.errorCheck) });
    } finally {
      clearTimeout(timer);
      dispatch({ type: "finish" });
    }
  };

  const toggleHighlight = async (on: boolean): Promise<void> => {
    dispatch({ type: "highlight", on });
    if (on && state.result) await markFindings(state.result.findings);
    if (!on) await clearMarks();
  };

  const addComments = async (): Promise<void> => {
    const { result, wording } = state;
    if (!result || !wording) return;
    dispatch({ type: "commenting", on: true });
    notify(null);
    try {
      const added = await own(() => host.adapter.addComments(result.findings, wording.message));
      notify({ intent: added > 0 ? "success" : "info", text: fill(s.checkCommentsAdded, { count: added }) });
    } catch (error) {
      notify({ intent: "warning", text: describeError(error, language, s.errorComments) });
    } finally {
      dispatch({ type: "commenting", on: false });
    }
  };

  /** A section's heading: the whole paragraph is selected (an empty excerpt means "the paragraph"). */
  const goToSection = async (paragraph: number): Promise<void> => {
    notify(null);
    try {
      const outcome = await own(() => host.adapter.selectSpan({ paragraph, start: 0, end: 0 }, ""));
      if (outcome === "gone" || state.stale) notify({ intent: "warning", text: s.checkDocumentChanged });
    } catch (error) {
      notify({ intent: "warning", text: describeError(error, language, s.checkDocumentChanged) });
    }
  };

  /**
   * A finding's place: its text selected, or for something missing the cursor where it
   * belongs; a finding about the whole document has no place, and the pane says so.
   */
  const goTo = async (finding: Finding): Promise<void> => {
    notify(null);
    const span = finding.span;
    const anchor = finding.anchor;
    if (!span && !anchor) {
      notify({ intent: "info", text: s.checkNoPlace });
      return;
    }
    try {
      if (span) {
        const outcome = await own(() => host.adapter.selectSpan(span, finding.excerpt));
        // The text is no longer where the check saw it: say so rather than trust the old position.
        if (outcome === "paragraph" || outcome === "gone" || state.stale) notify({ intent: "warning", text: s.checkDocumentChanged });
      } else if (anchor) {
        const outcome = await own(() => host.adapter.placeCursor(anchor));
        if (outcome === "gone" || state.stale) notify({ intent: "warning", text: s.checkDocumentChanged });
      }
    } catch (error) {
      notify({ intent: "warning", text: describeError(error, language, s.checkDocumentChanged) });
    }
  };

  const saveReport = async (): Promise<void> => {
    const basis = state.checkedWith;
    const result = state.result;
    if (!result || !basis?.request) return;
    notify(null);
    try {
      const work = await loadWork();
      const html = work.checkReportHtml(result, basis.request, {
        file: s.checkReportDocument,
        generatedAt: formatNow(new Date()),
      });
      const name = reportFileName(basis.request);
      host.saveFile(name, html, "text/html");
      notify({ intent: "success", text: fill(s.checkReportSaved, { name }) });
    } catch (error) {
      notify({ intent: "error", text: describeError(error, language, s.errorSaveReport) });
    }
  };

  /**
   * Changes the document's waivers, then checks the model already read again with the waivers
   * as written: no second read of the body.
   */
  const changeWaivers = async (
    change: (work: Work, model: DocumentModel, kept: (waivers: Waiver[]) => void) => (current: readonly string[]) => string,
  ): Promise<boolean> => {
    const basis = state.checkedWith;
    if (!basis) return false;
    notify(null);
    try {
      const work = await loadWork();
      let kept: Waiver[] = [];
      await own(() => host.adapter.updateWaivers(change(work, basis.model, (waivers) => (kept = waivers))));
      const model = { ...basis.model, waivers: kept };
      const next = work.check(model, basis.request);
      dispatch({ type: "checked", result: next, wording: wordingOf(work, language), model, request: basis.request, readNotices: state.readNotices });
      return true;
    } catch (error) {
      notify({ intent: "warning", text: describeError(error, language, s.checkWaiveFailed) });
      return false;
    }
  };

  const waive = (finding: Finding, scope: Waiver["scope"], reason: string): Promise<boolean> =>
    changeWaivers((work, model, kept) => work.addWaiverChange(finding, model, scope, reason, kept));

  const unwaive = async (waiver: Waiver): Promise<void> => {
    await changeWaivers((work, _model, kept) => work.removeWaiverChange(waiver, kept));
  };


  const convertLegacy = async (): Promise<void> => {
    const encoding = state.legacyEncoding;
    if (!encoding || state.converting) return;
    dispatch({ type: "converting", on: true });
    notify(null);
    let changed = false;
    try {
      const work = await loadWork();
      const convert = await work.unicodeConverter(encoding);
      changed = await host.adapter.convertBody(convert);
    } catch (error) {
      notify({ intent: "error", text: describeError(error, language, s.errorConvert) });
      return;
    } finally {
      dispatch({ type: "converting", on: false });
    }
    await run();
    notify(changed ? { intent: "success", text: s.convertDone } : { intent: "warning", text: s.convertNothing });
  };

  /** Applies fixes to the paragraphs as checked, checks again, then says what was done. */
  const applyThenCheck = async (fixes: readonly FormatFix[], report: (statuses: readonly string[]) => NoticeState): Promise<void> => {
    const basis = state.checkedWith;
    if (!basis || fixes.length === 0) return;
    notify(null);
    dispatch({ type: "fixing", on: true });
    try {
      const texts = basis.model.paragraphs.map((paragraph) => paragraph.text);
      const statuses = await own(() => host.adapter.applyFixes(fixes, texts));
      await run();
      notify(report(statuses));
    } catch (error) {
      notify({ intent: "warning", text: describeError(error, language, s.errorFix) });
    } finally {
      dispatch({ type: "fixing", on: false });
    }
  };

  const fix = async (findings: readonly Finding[]): Promise<void> => {
    const chosen = findings.map(formattingFixes).filter((fixes) => fixes.length > 0);
    await applyThenCheck(chosen.flat(), (statuses) => {
      let at = 0;
      let fixed = 0;
      for (const fixes of chosen) {
        if (statuses.slice(at, at + fixes.length).includes("applied")) fixed++;
        at += fixes.length;
      }
      const skipped = statuses.filter((status) => status === "changed" || status === "gone" || status === "not-found").length;
      const unsupported = statuses.filter((status) => status === "unsupported").length;
      const text = [
        fill(s.checkFixed, { count: fixed }),
        skipped > 0 ? fill(s.checkFixSkipped, { count: skipped }) : "",
        unsupported > 0 ? fill(s.checkFixUnsupported, { count: unsupported }) : "",
      ];
      return { intent: fixed > 0 && skipped + unsupported === 0 ? "success" : "warning", text: text.filter(Boolean).join(" ") };
    });
  };

  const replace = async (textFix: TextReplacementFix): Promise<void> => {
    const old = state.checkedWith?.model.paragraphs[textFix.paragraph]?.text.slice(textFix.start, textFix.end) ?? "";
    await applyThenCheck([textFix], ([status]) =>
      status === "applied"
        ? { intent: "success", text: fill(s.checkReplaced, { old, text: textFix.replacement }) }
        : { intent: "warning", text: s.checkReplaceFailed },
    );
  };

  return [
    state,
    {
      run,
      toggleHighlight,
      clearMarks,
      addComments,
      goToSection,
      goTo,
      saveReport,
      waive,
      unwaive,
      convertLegacy,
      fix,
      replace,
      dismissNotice: () => notify(null),
    },
  ];
}
