import * as React from "react";
import { makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import { formatIsoDate } from "../engine/calendar";
import type { SectionState } from "../engine/types";
import type { CheckedRow, CitationState, ReviewTable } from "../report/table";
import type { Strings } from "../taskpane/i18n";
import { fill } from "../taskpane/text";

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase300, minWidth: "100%" },
  cell: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, verticalAlign: "top", textAlign: "left" },
  head: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  number: { textAlign: "right" },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  good: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  fileButton: {
    background: "none",
    border: "none",
    padding: 0,
    font: "inherit",
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    textAlign: "left",
    cursor: "pointer",
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
});

function citationText(citation: CitationState, s: Strings): string {
  return { correct: s.pageCitationCorrect, wrong: s.pageCitationWrong, missing: s.pageCitationMissing, unknown: s.pageCitationUnknown }[citation];
}

function lateText(late: boolean | null, s: Strings): string {
  return late === null ? s.pageLateUnknown : late ? s.pageLate : s.pageOnTime;
}

/** Section keys in the given states, e.g. "II, II.1". */
function keysIn(table: ReviewTable, row: CheckedRow, states: readonly SectionState[]): string[] {
  return table.columns.filter((_, i) => states.includes(row.sections[i])).map((column) => column.key);
}

/** "thiếu: II, II.1; trống: IV", or "đủ". */
export function sectionProblems(table: ReviewTable, row: CheckedRow, s: Strings): string {
  const parts = (
    [
      [["missing"], s.pageSectionsMissing],
      [["empty"], s.pageSectionsEmpty],
      [["out-of-order"], s.pageSectionsOrder],
    ] as const
  )
    .map(([states, template]) => {
      const keys = keysIn(table, row, states);
      return keys.length ? fill(template, { keys: keys.join(", ") }) : "";
    })
    .filter(Boolean);
  if (parts.length) return parts.join("; ");
  return table.columns.length ? s.pageSectionsAll : "";
}

/** The review table: one row per reply, its file name a way to its results below. */
export function ReviewTableView({
  table,
  strings: s,
  selected,
  onSelect,
  reasonOf,
}: {
  table: ReviewTable;
  strings: Strings;
  selected: number;
  onSelect(index: number): void;
  /** An unreadable file's reason in the page's language. */
  reasonOf(index: number): string;
}): React.ReactElement {
  const styles = useStyles();
  const sum = table.summary;
  const headers = [
    s.pageColumnFile,
    s.pageColumnNumber,
    s.pageColumnDate,
    s.pageColumnCitation,
    s.pageColumnDeadline,
    s.pageColumnErrors,
    s.pageColumnWarnings,
    s.pageColumnOthers,
    s.pageColumnSections,
  ];
  const cell = styles.cell;
  return (
    <section aria-labelledby="review-table-title">
      <Subtitle2 block as="h2" id="review-table-title">
        {s.pageTableTitle}
      </Subtitle2>
      <p data-testid="review-summary">
        {fill(s.pageSummary, {
          documents: sum.documents,
          complete: sum.complete,
          incomplete: sum.incomplete,
          late: sum.late,
          wrong: sum.citingWrongly,
          notCiting: sum.notCiting,
          unreadable: sum.unreadable,
        })}
      </p>
      <div className={styles.wrap}>
        <table className={styles.table} data-testid="review-table">
          <thead>
            <tr>
              {headers.map((header) => (
                <th key={header} scope="col" className={mergeClasses(cell, styles.head)}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => {
              const fileButton = (
                <button
                  type="button"
                  className={styles.fileButton}
                  aria-pressed={index === selected}
                  aria-label={fill(s.pageShowDetail, { file: row.file })}
                  onClick={() => onSelect(index)}
                  data-testid="review-row-open"
                >
                  {row.file}
                </button>
              );
              if (!row.readable) {
                return (
                  <tr key={index} data-testid="review-row" data-file={row.file} data-readable="false" className={index === selected ? styles.selected : undefined}>
                    <th scope="row" className={cell}>
                      {fileButton}
                    </th>
                    <td className={cell} colSpan={headers.length - 1} data-testid="review-reason">
                      {fill(s.pageUnreadable, { reason: reasonOf(index) })}
                    </td>
                  </tr>
                );
              }
              return (
                <tr
                  key={index}
                  data-testid="review-row"
                  data-file={row.file}
                  data-readable="true"
                  data-number={row.number ?? ""}
                  data-date={row.date ?? ""}
                  data-citation={row.citation}
                  data-late={row.late === null ? "" : String(row.late)}
                  data-errors={row.errors}
                  data-warnings={row.warnings}
                  data-others={row.others}
                  data-missing={keysIn(table, row, ["missing", "empty"]).join(",")}
                  className={index === selected ? styles.selected : undefined}
                >
                  <th scope="row" className={cell}>
                    {fileButton}
                  </th>
                  <td className={cell}>{row.number ?? "—"}</td>
                  <td className={cell}>{row.date ? formatIsoDate(row.date) : "—"}</td>
                  <td className={mergeClasses(cell, row.citation === "correct" ? styles.good : row.citation === "unknown" ? undefined : styles.bad)}>
                    {citationText(row.citation, s)}
                  </td>
                  <td className={mergeClasses(cell, row.late === true ? styles.bad : row.late === false ? styles.good : undefined)}>{lateText(row.late, s)}</td>
                  <td className={mergeClasses(cell, styles.number)}>{row.errors}</td>
                  <td className={mergeClasses(cell, styles.number)}>{row.warnings}</td>
                  <td className={mergeClasses(cell, styles.number)}>{row.others}</td>
                  <td className={cell}>{sectionProblems(table, row, s)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
