/**
 * The review table: one row per reviewed document against one request, with the document's
 * own number and date, how it cites the request, whether it is late, one column per outline
 * section and its finding counts. Pure: the HTML page, the spreadsheet and the terminal
 * table are all drawn from it.
 */
import type { DocumentFactsSummary, Finding, OutlineNode, RequestProfile, SectionState, Severity, WaivedFinding } from "../engine/types";
import { formatIsoDate } from "../engine/calendar";
import { formatFinding, formatWaivedReasons, formatWaiverReason } from "../engine/format";
import type { DocumentOutcome } from "./outcome";

/** How a document cites the request it answers. */
export type CitationState = "correct" | "wrong" | "missing" | "unknown";

export interface ReviewColumn {
  /** Outline path as reviewers say it: "II", "II.1". */
  key: string;
  title: string;
  level: number;
}

export interface ReviewFinding {
  rule: string;
  severity: Severity;
  message: string;
  /** 1-based paragraph, as in `vanban check`; null for something absent. */
  paragraph: number | null;
  excerpt: string;
}

/** A waived finding as reports show it: the finding, and the clerk's waiver (its reason and reach). */
export interface ReviewWaived extends ReviewFinding {
  /** "finding": this one; "rule": every finding of the rule in the document. */
  scope: "finding" | "rule";
  reason: string;
  /** yyyy-mm-dd, when the waiver says. */
  date: string | null;
}

export function reportedWaived({ finding, waiver }: WaivedFinding): ReviewWaived {
  return { ...reportedFinding(finding), scope: waiver.scope, reason: formatWaiverReason(waiver, "vi"), date: waiver.date ?? null };
}

/** A finding as reports show it: `vanban check --format json` and every review output alike. */
export function reportedFinding(finding: Finding): ReviewFinding {
  return {
    rule: finding.rule,
    severity: finding.severity,
    message: formatFinding(finding, "vi"),
    paragraph: finding.span ? finding.span.paragraph + 1 : null,
    excerpt: finding.excerpt,
  };
}

/**
 * The draft's own facts as scripts read them (`vanban check --format json`): paragraph
 * numbers 1-based, as everywhere in the reports.
 */
export function reportedFacts(facts: DocumentFactsSummary): object {
  const paragraph = (index: number) => index + 1;
  return {
    system: facts.system,
    genre: facts.genre,
    genreKey: facts.genreKey,
    template: facts.template,
    agency: facts.agency,
    parentAgency: facts.parentAgency,
    number: facts.number && { ...facts.number, paragraph: paragraph(facts.number.paragraph) },
    date: facts.date && { ...facts.date, paragraph: paragraph(facts.date.paragraph) },
    subject: facts.subject,
    citations: facts.citations.map((c) => ({ ...c, paragraph: paragraph(c.paragraph) })),
    closing: facts.closing,
  };
}

export interface CheckedRow {
  readable: true;
  file: string;
  number: string | null;
  date: string | null;
  citation: CitationState;
  /** Dated after the deadline; null when the deadline or the document's date is unknown. */
  late: boolean | null;
  /** One state per column, in column order. */
  sections: SectionState[];
  /** No section missing or empty. */
  complete: boolean;
  errors: number;
  warnings: number;
  /** Findings of severity info. */
  others: number;
  findings: ReviewFinding[];
  /** Findings the document's waivers pass over (not counted above), with their reasons. */
  waived: ReviewWaived[];
  /** "3 vấn đề đã được bỏ qua, lý do: …"; empty when none is waived. */
  waivedSummary: string;
  /** Waivers that no longer apply because the text they were made on changed. */
  voidWaivers: number;
}

export interface UnreadableRow {
  readable: false;
  file: string;
  reason: string;
}

export type ReviewRow = CheckedRow | UnreadableRow;

export interface ReviewSummary {
  documents: number;
  complete: number;
  incomplete: number;
  late: number;
  citingWrongly: number;
  notCiting: number;
  unreadable: number;
  withErrors: number;
}

export interface ReviewTable {
  request: RequestProfile;
  columns: ReviewColumn[];
  rows: ReviewRow[];
  summary: ReviewSummary;
}

export const SECTION_LABEL: Record<SectionState, string> = {
  present: "Có",
  missing: "Thiếu",
  empty: "Trống",
  "out-of-order": "Sai thứ tự",
  // No heading of its own: the parent's text may cover it; inferred, not found.
  "in-parent": "Có thể trong mục lớn",
};

export const CITATION_LABEL: Record<CitationState, string> = {
  correct: "Trích dẫn đúng",
  wrong: "Trích dẫn sai",
  missing: "Không trích dẫn",
  unknown: "Không xác định",
};

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Lưu ý",
};

export const UNREADABLE_LABEL = "Không đọc được";

export function lateLabel(late: boolean | null): string {
  if (late === null) return "Không rõ";
  return late ? "Trễ hạn" : "Đúng hạn";
}

/** ISO yyyy-mm-dd → d/m/yyyy. */
export function showIsoDate(iso: string | null | undefined): string {
  return iso ? formatIsoDate(iso) : "";
}

/**
 * The outline flattened in the engine's order (parent, then its children), keyed by the
 * numbering path. A child numbered "1.2" under "1" keeps its own number; an unnumbered
 * entry is keyed by its position; a repeated number gets " (2)", " (3)"….
 */
export function outlineColumns(outline: readonly OutlineNode[]): ReviewColumn[] {
  const columns: ReviewColumn[] = [];
  const used = new Set<string>();
  const walk = (nodes: readonly OutlineNode[], parentKey: string, level: number): void => {
    nodes.forEach((node, index) => {
      const own = node.number || `(${index + 1})`;
      let key = !parentKey || own.startsWith(`${parentKey}.`) ? own : `${parentKey}.${own}`;
      // An outline that repeats a number still needs one column per entry, each with its own key.
      for (let n = 2; used.has(key); n++) key = `${key.replace(/ \(\d+\)$/, "")} (${n})`;
      used.add(key);
      columns.push({ key, title: node.title, level });
      walk(node.children, key, level + 1);
    });
  };
  walk(outline, "", 1);
  return columns;
}

function citationState(request: RequestProfile, rules: ReadonlySet<string>): CitationState {
  if (rules.has("request-not-cited")) return "missing";
  if (rules.has("reference-mismatch")) return "wrong";
  return request.number ? "correct" : "unknown";
}

export interface ReviewTableOptions {
  /** false: the documents' waivers are ignored and every finding is reported (default true). */
  waivers?: boolean;
}

/** Findings in document order: something absent first, then by paragraph and offset (as the engine sorts). */
function inDocumentOrder(a: Finding, b: Finding): number {
  if (!a.span || !b.span) return (a.span ? 1 : 0) - (b.span ? 1 : 0);
  return a.span.paragraph - b.span.paragraph || a.span.start - b.span.start;
}

function checkedRow(
  request: RequestProfile,
  columns: readonly ReviewColumn[],
  examined: DocumentOutcome & { readable: true },
  options: ReviewTableOptions,
): CheckedRow {
  const outcome =
    options.waivers === false
      ? { ...examined, findings: [...examined.findings, ...examined.waived.map((w) => w.finding)].sort(inDocumentOrder), waived: [], voidWaivers: 0 }
      : examined;
  // Citation and deadline describe the document: a waived finding still says what it cites and when it is dated.
  const rules = new Set([...outcome.findings, ...outcome.waived.map((w) => w.finding)].map((f) => f.rule));
  // The engine reports one status per outline entry in outline order, as the columns are.
  const sections: SectionState[] = columns.map((_, i) => outcome.sections[i]?.status ?? "missing");
  const count = (severity: Severity) => outcome.findings.filter((f) => f.severity === severity).length;
  return {
    readable: true,
    file: outcome.file,
    number: outcome.number,
    date: outcome.date,
    citation: citationState(request, rules),
    late: rules.has("date-after-deadline") ? true : request.deadline && outcome.date ? false : null,
    sections,
    complete: sections.every((s) => s !== "missing" && s !== "empty"),
    errors: count("error"),
    warnings: count("warning"),
    others: count("info"),
    findings: outcome.findings.map(reportedFinding),
    waived: outcome.waived.map(reportedWaived),
    waivedSummary: formatWaivedReasons(outcome.waived.map((w) => formatWaiverReason(w.waiver, "vi")), "vi"),
    voidWaivers: outcome.voidWaivers,
  };
}

export function buildReviewTable(request: RequestProfile, outcomes: readonly DocumentOutcome[], options: ReviewTableOptions = {}): ReviewTable {
  const columns = outlineColumns(request.outline);
  const rows: ReviewRow[] = outcomes.map((outcome) =>
    outcome.readable ? checkedRow(request, columns, outcome, options) : { readable: false, file: outcome.file, reason: outcome.reason },
  );
  const checked = rows.filter((row): row is CheckedRow => row.readable);
  const summary: ReviewSummary = {
    documents: rows.length,
    complete: checked.filter((row) => row.complete).length,
    incomplete: checked.filter((row) => !row.complete).length,
    late: checked.filter((row) => row.late === true).length,
    citingWrongly: checked.filter((row) => row.citation === "wrong").length,
    notCiting: checked.filter((row) => row.citation === "missing").length,
    unreadable: rows.length - checked.length,
    withErrors: checked.filter((row) => row.errors > 0).length,
  };
  return { request, columns, rows, summary };
}

/** The request as a heading line: "Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ". */
export function requestTitle(request: RequestProfile): string {
  const type = request.type ?? "Văn bản";
  const parts = [`${type} số ${request.number ?? "(không rõ số)"}`];
  if (request.date) parts.push(`ngày ${showIsoDate(request.date)}`);
  if (request.issuer) parts.push(`của ${request.issuer}`);
  return parts.join(" ");
}
