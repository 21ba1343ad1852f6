/**
 * The check page: a request and any number of replies chosen from disk, checked in this
 * browser by the same engine as `vanban review`, shown with the task pane's own components.
 */
import * as React from "react";
import { Body1, Button, Caption1, makeStyles, Subtitle1, Title2, tokens } from "@fluentui/react-components";
import type { RequestProfile } from "../engine/types";
import { formatIsoDate } from "../engine/calendar";
import type { ReviewTable } from "../report/table";
import { Notice, type NoticeState } from "../taskpane/components/Notice";
import { formatNow, reportFileName } from "../taskpane/components/check/check-text";
import type { FindingWording } from "../taskpane/components/check/useCheck";
import { describeError } from "../taskpane/errors";
import type { Language, Strings } from "../taskpane/i18n";
import { requestName } from "../taskpane/request-form";
import { fill } from "../taskpane/text";
import { download } from "./download";
import type { ReplyResult } from "./engine";
import { loadEngine, loadSpreadsheetWriter, type CheckEngine } from "./load";
import { ReplyDetail } from "./ReplyDetail";
import { ReviewTableView } from "./ReviewTableView";
import { reviewReplies, type ChosenFile } from "./review-run";

const useStyles = makeStyles({
  page: { maxWidth: "1280px", margin: "0 auto", padding: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  inputs: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXL },
  field: { flex: "1 1 320px", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  label: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  hint: { color: tokens.colorNeutralForeground3 },
  input: { font: "inherit", padding: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  progress: { width: "min(320px, 100%)" },
});

type RequestState =
  | { status: "none" }
  | { status: "reading"; name: string }
  | { status: "ready"; name: string; profile: RequestProfile }
  | { status: "error"; name: string; message: string };

interface Review {
  /** Which run made it, so a new review starts with fresh detail views. */
  id: number;
  request: RequestProfile;
  table: ReviewTable;
  replies: ReplyResult[];
}

export function CheckPage({ strings: s, language }: { strings: Strings; language: Language }): React.ReactElement {
  const styles = useStyles();
  const [engine, setEngine] = React.useState<CheckEngine | null>(null);
  const [engineError, setEngineError] = React.useState<string | null>(null);
  const [request, setRequest] = React.useState<RequestState>({ status: "none" });
  const [files, setFiles] = React.useState<ChosenFile[]>([]);
  const [progress, setProgress] = React.useState<{ done: number; total: number; file: string | null } | null>(null);
  const [review, setReview] = React.useState<Review | null>(null);
  const [selected, setSelected] = React.useState(0);
  const [notice, setNotice] = React.useState<NoticeState | null>(null);
  const run = React.useRef(0);

  // The engine loads at once, so that the page keeps working if the network goes afterwards.
  React.useEffect(() => {
    loadEngine().then((loaded) => {
      setEngine(loaded);
      // Offline once loaded: the spreadsheet writer follows in the background, after first paint.
      loadSpreadsheetWriter().catch(() => undefined);
    }, (error: unknown) =>
      setEngineError(fill(s.pageEngineFailed, { reason: error instanceof Error ? error.message : String(error) })),
    );
  }, [s]);

  const wording: FindingWording | null = React.useMemo(() => (engine ? engine.wordingFor(language) : null), [engine, language]);

  const chooseRequest = async (file: File | undefined) => {
    if (!file) return;
    if (!engine) return;
    setRequest({ status: "reading", name: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      setRequest({ status: "ready", name: file.name, profile: engine.readRequest(bytes, file.name) });
    } catch (error) {
      setRequest({ status: "error", name: file.name, message: fill(s.pageRequestError, { name: file.name, reason: describeError(error, language, "") }) });
    }
  };

  // A new request or new replies: check them all again; an older run still going stops.
  React.useEffect(() => {
    const id = ++run.current;
    if (!engine || request.status !== "ready" || files.length === 0) {
      setReview(null);
      setProgress(null);
      return;
    }
    const profile = request.profile;
    void reviewReplies(engine, files, profile, {
      progress: (done, total, file) => {
        if (run.current === id) setProgress(file === null ? null : { done, total, file });
      },
      superseded: () => run.current !== id,
    }).then((replies) => {
      if (!replies || run.current !== id) return;
      setReview({ id, request: profile, table: engine.reviewTable(profile, replies), replies });
      setSelected(0);
    });
  }, [engine, request, files]);

  const reasonOf = (reply: ReplyResult): string =>
    reply.outcome.readable ? "" : language === "en" && reply.reasonEn ? reply.reasonEn : reply.outcome.reason;

  const saveHtml = () => {
    if (!review || !engine) return;
    const name = reportFileName(review.request, "tong-hop", "html");
    download(name, engine.reviewPage(review.table, formatNow(new Date())), "text/html");
    setNotice({ intent: "success", text: fill(s.pageDownloaded, { name }) });
  };
  const saveXlsx = async () => {
    if (!review) return;
    const name = reportFileName(review.request, "tong-hop", "xlsx");
    try {
      const { reviewWorkbook } = await loadSpreadsheetWriter();
      download(name, await reviewWorkbook(review.table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      setNotice({ intent: "success", text: fill(s.pageDownloaded, { name }) });
    } catch (error) {
      setNotice({ intent: "error", text: fill(s.pageXlsxFailed, { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const reply = review?.replies[selected];
  const ready = Boolean(engine);
  return (
    <main className={styles.page}>
      <header>
        <Title2 block as="h1">{s.pageTitle}</Title2>
        <Body1 block as="p">{s.pageIntro}</Body1>
        <Caption1 block as="p" className={styles.hint}>
          {s.pagePrivacy}
        </Caption1>
      </header>
      {!ready && !engineError && (
        <Body1 block as="p" role="status">
          {s.pageLoadingEngine}
        </Body1>
      )}
      {engineError && <Notice notice={{ intent: "error", text: engineError }} strings={s} />}

      <div className={styles.inputs}>
        <div className={styles.field}>
          <label htmlFor="check-request" className={styles.label}>
            {s.pageRequestLabel}
          </label>
          <span id="check-request-hint" className={styles.hint}>
            {s.pageRequestHint}
          </span>
          <input
            id="check-request"
            type="file"
            accept=".docx,.txt,.json"
            disabled={!ready}
            aria-describedby="check-request-hint"
            data-testid="check-request"
            className={styles.input}
            onChange={(event) => void chooseRequest(event.currentTarget.files?.[0])}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor="check-replies" className={styles.label}>
            {s.pageRepliesLabel}
          </label>
          <span id="check-replies-hint" className={styles.hint}>
            {s.pageRepliesHint}
          </span>
          <input
            id="check-replies"
            type="file"
            multiple
            accept=".docx,.txt"
            disabled={!ready}
            aria-describedby="check-replies-hint"
            data-testid="check-replies"
            className={styles.input}
            onChange={(event) => setFiles(Array.from(event.currentTarget.files ?? []))}
          />
        </div>
      </div>

      <div role="status" data-testid="request-status">
        {request.status === "reading" && <Body1>{s.pageReadingRequest}</Body1>}
        {request.status === "ready" && (
          <Body1 block as="p" data-testid="request-read">
            {fill(s.pageRequestRead, { request: requestName(request.profile), sections: countSections(request.profile) })}
            {request.profile.deadline ? ` ${fill(s.pageRequestDeadline, { date: formatIsoDate(request.profile.deadline) })}` : ""}
            {request.profile.outline.length === 0 ? ` ${s.pageRequestNoOutline}` : ""}
          </Body1>
        )}
        {request.status === "none" && files.length > 0 && <Body1>{s.pageNeedRequest}</Body1>}
      </div>
      {request.status === "error" && (
        <div data-testid="request-error">
          <Notice notice={{ intent: "error", text: request.message }} strings={s} />
        </div>
      )}

      {progress && (
        <div className={styles.row} data-testid="check-progress">
          <progress className={styles.progress} max={progress.total} value={progress.done} aria-label={fill(s.pageProgress, { done: progress.done, total: progress.total })} />
          <Body1 role="status">{fill(s.pageProgressFile, { done: progress.done + 1, total: progress.total, file: progress.file ?? "" })}</Body1>
        </div>
      )}

      {review && !progress && (
        <>
          <ReviewTableView
            table={review.table}
            strings={s}
            selected={selected}
            onSelect={setSelected}
            reasonOf={(index) => reasonOf(review.replies[index])}
          />
          <div className={styles.row}>
            <Button onClick={saveHtml} data-testid="download-html">
              {s.pageDownloadHtml}
            </Button>
            <Button onClick={() => void saveXlsx()} data-testid="download-xlsx">
              {s.pageDownloadXlsx}
            </Button>
          </div>
          {notice && <Notice notice={notice} strings={s} onDismiss={() => setNotice(null)} />}
          {reply && wording && (
            <ReplyDetail key={`${review.id}-${selected}`} reply={reply} request={review.request} strings={s} wording={wording} reason={reasonOf(reply)} />
          )}
        </>
      )}
      {request.status === "ready" && files.length === 0 && <Subtitle1 block as="p">{s.pageNoReplies}</Subtitle1>}
    </main>
  );
}

function countSections(request: RequestProfile): number {
  const walk = (nodes: RequestProfile["outline"]): number => nodes.reduce((n, node) => n + 1 + walk(node.children), 0);
  return walk(request.outline);
}
