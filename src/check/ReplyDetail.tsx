import * as React from "react";
import { Body1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import type { Finding, RequestProfile } from "../engine/types";
import { Notice } from "../taskpane/components/Notice";
import { CheckSummary } from "../taskpane/components/check/CheckSummary";
import { FindingList } from "../taskpane/components/check/FindingList";
import { SectionChecklist } from "../taskpane/components/check/SectionChecklist";
import type { FindingWording } from "../taskpane/components/check/useCheck";
import type { Strings } from "../taskpane/i18n";
import { fill } from "../taskpane/text";
import type { ReplyResult } from "./engine";

/** What the document view shows: a paragraph found, a place for something missing, or the whole document. */
export type Focus = { paragraph: number; placement: "at" | "before" | "after" } | { paragraph: null };

export function focusOf(finding: Finding): Focus {
  if (finding.span) return { paragraph: finding.span.paragraph, placement: "at" };
  if (finding.anchor) return { paragraph: finding.anchor.paragraph, placement: finding.anchor.placement };
  return { paragraph: null };
}

const useStyles = makeStyles({
  detail: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  columns: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXL, alignItems: "flex-start" },
  results: { flex: "1 1 380px", minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  documentPane: { flex: "1 1 380px", minWidth: 0, position: "sticky", top: tokens.spacingVerticalM },
  page: {
    maxHeight: "70vh",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    fontFamily: '"Times New Roman", "Liberation Serif", serif',
    fontSize: "15px",
    lineHeight: 1.4,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  paragraph: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    minHeight: "1em",
    // A long reply has thousands of paragraphs: those out of view are laid out only when scrolled to.
    contentVisibility: "auto",
    containIntrinsicSize: "auto 1.4em",
  },
  number: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase100, marginRight: tokens.spacingHorizontalS },
  at: { backgroundColor: tokens.colorPaletteYellowBackground2, outline: `1px solid ${tokens.colorPaletteYellowBorder2}` },
  before: { borderTop: `3px solid ${tokens.colorPaletteRedBorder2}` },
  after: { borderBottom: `3px solid ${tokens.colorPaletteRedBorder2}` },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The reply's text, the paragraph in focus marked and scrolled into view. */
function DocumentView({ paragraphs, focus, strings: s }: { paragraphs: readonly string[]; focus: Focus | null; strings: Strings }): React.ReactElement {
  const styles = useStyles();
  const marked = React.useRef<HTMLParagraphElement | null>(null);
  React.useEffect(() => {
    marked.current?.scrollIntoView({ block: "center" });
  }, [focus]);
  const note =
    !focus
      ? s.pageDocumentHint
      : focus.paragraph === null
        ? s.pageWholeDocument
        : focus.placement === "before"
          ? s.pageAnchorBefore
          : focus.placement === "after"
            ? s.pageAnchorAfter
            : fill(s.pageParagraph, { number: focus.paragraph + 1 });
  return (
    <section className={styles.documentPane} aria-labelledby="document-view-title">
      <Subtitle2 block as="h3" id="document-view-title">
        {s.pageDocumentTitle}
      </Subtitle2>
      <Body1 block as="p" className={styles.hint} role="status" data-testid="document-note">
        {note}
      </Body1>
      <div className={styles.page} data-testid="document" tabIndex={0} role="region" aria-label={s.pageDocumentTitle}>
        {paragraphs.map((text, index) => {
          const here = focus && focus.paragraph === index ? focus.placement : null;
          return (
            <p
              key={index}
              ref={here ? marked : undefined}
              className={mergeClasses(styles.paragraph, here === "at" && styles.at, here === "before" && styles.before, here === "after" && styles.after)}
              data-paragraph={index}
              data-selected={here ? "true" : undefined}
            >
              <span className={styles.number} aria-hidden="true">
                {index + 1}
              </span>
              {text}
            </p>
          );
        })}
      </div>
    </section>
  );
}

/** One reply's results, as the task pane shows a check: summary, section checklist, findings; and its text. */
export function ReplyDetail({
  reply,
  request,
  strings: s,
  wording,
  reason,
}: {
  reply: ReplyResult;
  request: RequestProfile;
  strings: Strings;
  wording: FindingWording;
  /** The unreadable file's reason in the page's language. */
  reason: string;
}): React.ReactElement {
  const styles = useStyles();
  const [focus, setFocus] = React.useState<Focus | null>(null);
  const outcome = reply.outcome;
  return (
    <section className={styles.detail} aria-labelledby="reply-detail-title" data-testid="reply-detail" data-file={outcome.file}>
      <Subtitle2 block as="h2" id="reply-detail-title">
        {fill(s.pageDetailTitle, { file: outcome.file })}
      </Subtitle2>
      {!outcome.readable ? (
        <div data-testid="reply-unreadable">
          <Notice notice={{ intent: "error", text: reason }} strings={s} />
        </div>
      ) : (
        <div className={styles.columns}>
          <div className={styles.results}>
            <CheckSummary result={outcome} request={request} emptyDocument={reply.paragraphs.every((p) => !p.trim())} strings={s} />
            {outcome.sections.length > 0 && (
              <SectionChecklist
                sections={outcome.sections}
                strings={s}
                onGoTo={async (paragraph) => setFocus({ paragraph, placement: "at" })}
              />
            )}
            <FindingList findings={outcome.findings} strings={s} wording={wording} hint={s.pageFindingHint} onGoTo={async (finding) => setFocus(focusOf(finding))} />
          </div>
          <DocumentView paragraphs={reply.paragraphs} focus={focus} strings={s} />
        </div>
      )}
    </section>
  );
}
