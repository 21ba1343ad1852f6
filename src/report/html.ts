/**
 * The review as one self-contained HTML page: inline CSS and a small inline script for
 * sorting, nothing loaded from anywhere. Every piece of document text is escaped. Pure.
 */
import { formatVoidWaivers } from "../engine/format";
import type { SectionState } from "../engine/types";
import {
  CITATION_LABEL,
  SECTION_LABEL,
  SEVERITY_LABEL,
  UNREADABLE_LABEL,
  lateLabel,
  requestTitle,
  showIsoDate,
  type CheckedRow,
  type CitationState,
  type ReviewRow,
  type ReviewTable,
} from "./table";

export interface ReviewHtmlOptions {
  /** Shown under the title, e.g. "23/11/2026 10:15"; omitted when absent. */
  generatedAt?: string;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/** Sort ranks: good first when ascending. */
const SECTION_RANK: Record<SectionState, number> = { present: 0, "out-of-order": 1, "in-parent": 2, empty: 3, missing: 4 };
const CITATION_RANK: Record<CitationState, number> = { correct: 0, unknown: 1, missing: 2, wrong: 3 };

const STYLE = `
:root { color-scheme: light; --ok-bg: #dff3e4; --ok-fg: #0b5a1f; --bad-bg: #fde2e4; --bad-fg: #9b1c24;
  --warn-bg: #fff1c2; --warn-fg: #6b4500; --order-bg: #e7e1fa; --order-fg: #45297a; --none-bg: #ececec; --none-fg: #3b3b3b; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 15px; color: #1b1b1b; background: #fff; margin: 0; padding: 24px; line-height: 1.45; }
h1 { font-size: 1.5em; margin: 0 0 .3em; }
h2 { font-size: 1.2em; margin: 1.6em 0 .5em; border-bottom: 1px solid #bbb; padding-bottom: .2em; }
h3 { font-size: 1.05em; margin: 1.2em 0 .3em; }
.request { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: .6em 0; }
.request dt { font-weight: bold; }
.request dd { margin: 0; }
.generated { color: #555; font-size: .9em; }
.toolbar { margin: .8em 0; }
.toolbar button { font: inherit; padding: .3em .9em; cursor: pointer; }
.summary { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .6em; }
.summary li { border: 1px solid #ccc; border-radius: 6px; padding: .4em .8em; min-width: 9em; }
.summary .n { display: block; font-size: 1.5em; font-weight: bold; }
.legend { font-size: .9em; color: #333; }
.outline { font-size: .9em; columns: 2 30em; column-gap: 2em; margin: .3em 0 1em; padding: 0; list-style: none; }
.outline li { break-inside: avoid; margin: 0 0 .2em; }
.outline .level-2 { padding-left: 1.5em; }
.outline .level-3 { padding-left: 3em; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: .92em; }
caption { text-align: left; font-weight: bold; padding: .3em 0; }
th, td { border: 1px solid #9a9a9a; padding: .25em .45em; vertical-align: top; }
thead th { background: #f0f0f0; position: sticky; top: 0; }
thead th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; text-align: left; }
thead th button:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
thead th .sort-icon { font-size: .8em; margin-left: .2em; color: #555; }
tbody th { text-align: left; font-weight: normal; }
td.num { text-align: right; }
.st { font-weight: bold; white-space: nowrap; }
.st-present, .st-correct, .st-ontime { background: var(--ok-bg); color: var(--ok-fg); }
.st-missing, .st-wrong, .st-late { background: var(--bad-bg); color: var(--bad-fg); }
.st-empty, .st-notcited { background: var(--warn-bg); color: var(--warn-fg); }
.st-out-of-order { background: var(--order-bg); color: var(--order-fg); }
.st-unknown, .st-unreadable, .st-in-parent { background: var(--none-bg); color: var(--none-fg); }
.st-unreadable { white-space: normal; }
.doc { border-top: 1px solid #ddd; }
.doc .meta { margin: .2em 0; color: #333; }
.findings { padding-left: 1.4em; }
.findings li { margin: .35em 0; }
.waived { color: #555; }
.waived-title { margin: .6em 0 .2em; color: #444; }
.reason { font-style: italic; }
.sev { font-weight: bold; padding: 0 .3em; border-radius: 3px; }
.sev-error { background: var(--bad-bg); color: var(--bad-fg); }
.sev-warning { background: var(--warn-bg); color: var(--warn-fg); }
.sev-info { background: var(--none-bg); color: var(--none-fg); }
.back { font-size: .9em; margin: .2em 0 .8em; }
.rule { font-family: monospace; font-size: .9em; color: #444; }
blockquote { margin: .2em 0 .2em 1em; padding: .1em .6em; border-left: 3px solid #bbb; color: #333; white-space: pre-wrap; }
.print-only { display: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body { padding: 0; font-size: 11pt; }
  .no-print, .sort-icon { display: none !important; }
  .print-only { display: inline; }
  thead th { position: static; }
  table { font-size: 8.5pt; width: 100%; }
  tr, .findings li { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/* Sorting: each header holds a button; a click (or Enter/Space) sorts by that column, a second
   click reverses. Ties keep their current order (the sort is stable), so sorting by one column
   and then another orders by both. Unreadable rows stay at the end. Uses only this page's DOM. */
const SCRIPT = `
(function () {
  var table = document.getElementById("review-table");
  if (!table) return;
  var status = document.getElementById("sort-status");
  var heads = table.tHead.rows[0].cells;
  var body = table.tBodies[0];
  var collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });
  function key(row, index) {
    if (index > 0 && row.classList.contains("unreadable")) return null;
    var cell = row.cells[index];
    if (!cell) return null;
    var value = cell.getAttribute("data-sort");
    return value === null ? cell.textContent.trim() : value;
  }
  function sortBy(index) {
    var head = heads[index];
    var numeric = head.getAttribute("data-type") === "number";
    var descending = head.getAttribute("aria-sort") === "ascending";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, index), y = key(b, index);
      if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
      var order = numeric ? Number(x) - Number(y) : collator.compare(x, y);
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    for (var i = 0; i < heads.length; i++) {
      heads[i].setAttribute("aria-sort", "none");
      var icon = heads[i].querySelector(".sort-icon");
      if (icon) icon.textContent = "";
    }
    head.setAttribute("aria-sort", descending ? "descending" : "ascending");
    var mine = head.querySelector(".sort-icon");
    if (mine) mine.textContent = descending ? "▼" : "▲";
    if (status) status.textContent = "Đã sắp xếp theo cột " + head.getAttribute("data-label") + (descending ? ", giảm dần." : ", tăng dần.");
  }
  Array.prototype.forEach.call(heads, function (head, index) {
    var button = head.querySelector("button");
    if (button) button.addEventListener("click", function () { sortBy(index); });
  });
  var print = document.getElementById("print-button");
  if (print) print.addEventListener("click", function () { window.print(); });
})();
`;

interface HeaderCell {
  label: string;
  title?: string;
  numeric: boolean;
}

function headerCells(table: ReviewTable): HeaderCell[] {
  return [
    { label: "Tệp", numeric: false },
    { label: "Số, ký hiệu", numeric: false },
    { label: "Ngày", numeric: false },
    { label: "Trích dẫn văn bản yêu cầu", numeric: true },
    { label: "Thời hạn", numeric: true },
    ...table.columns.map((column) => ({ label: column.key, title: `${column.key}. ${column.title}`, numeric: true })),
    { label: "Lỗi", numeric: true },
    { label: "Cảnh báo", numeric: true },
    { label: "Khác", numeric: true },
  ];
}

function th(cell: HeaderCell): string {
  const title = cell.title ? ` title="${escapeHtml(cell.title)}"` : "";
  const described = cell.title ? `<span class="visually-hidden"> (${escapeHtml(cell.title)})</span>` : "";
  return (
    `<th scope="col" aria-sort="none" data-type="${cell.numeric ? "number" : "text"}" data-label="${escapeHtml(cell.label)}"${title}>` +
    `<button type="button" class="no-print">${escapeHtml(cell.label)}${described}<span class="sort-icon" aria-hidden="true"></span></button>` +
    // Chromium leaves buttons out of the header it repeats on each printed page: print a plain label.
    `<span class="print-only" aria-hidden="true">${escapeHtml(cell.label)}</span></th>`
  );
}

function td(text: string, options: { className?: string; sort?: string | number } = {}): string {
  const cls = options.className ? ` class="${options.className}"` : "";
  const sort = options.sort === undefined ? "" : ` data-sort="${escapeHtml(String(options.sort))}"`;
  return `<td${cls}${sort}>${escapeHtml(text)}</td>`;
}

const CITATION_CLASS: Record<CitationState, string> = { correct: "st-correct", wrong: "st-wrong", missing: "st-notcited", unknown: "st-unknown" };

function lateCell(late: boolean | null): string {
  const className = late === null ? "st st-unknown" : late ? "st st-late" : "st st-ontime";
  return td(lateLabel(late), { className, sort: late === null ? 1 : late ? 2 : 0 });
}

function checkedCells(row: CheckedRow): string {
  return [
    td(row.number ?? "", { sort: row.number ?? "" }),
    td(showIsoDate(row.date), { sort: row.date ?? "" }),
    td(CITATION_LABEL[row.citation], { className: `st ${CITATION_CLASS[row.citation]}`, sort: CITATION_RANK[row.citation] }),
    lateCell(row.late),
    ...row.sections.map((state) => td(SECTION_LABEL[state], { className: `st st-${state}`, sort: SECTION_RANK[state] })),
    td(String(row.errors), { className: "num", sort: row.errors }),
    td(String(row.warnings), { className: "num", sort: row.warnings }),
    td(String(row.others), { className: "num", sort: row.others }),
  ].join("");
}

function tableRow(row: ReviewRow, index: number, width: number): string {
  const file = `<th scope="row" data-sort="${escapeHtml(row.file)}"><a href="#doc-${index + 1}">${escapeHtml(row.file)}</a></th>`;
  if (!row.readable) {
    return (
      `<tr class="unreadable" data-index="${index}">${file}` +
      `<td class="st st-unreadable" colspan="${width - 1}">${escapeHtml(UNREADABLE_LABEL)}: ${escapeHtml(row.reason)}</td></tr>`
    );
  }
  return `<tr data-index="${index}">${file}${checkedCells(row)}</tr>`;
}

function requestBlock(table: ReviewTable): string {
  const request = table.request;
  const item = (term: string, value: string | null) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value || "(không nêu)")}</dd>`;
  return (
    `<dl class="request">` +
    item("Văn bản yêu cầu", `${request.type ?? "Văn bản"} số ${request.number ?? "(không rõ)"}`) +
    item("Ngày ban hành", showIsoDate(request.date)) +
    item("Cơ quan ban hành", request.issuer) +
    item("Trích yếu", request.subject) +
    item("Hạn gửi báo cáo", showIsoDate(request.deadline)) +
    (request.deadlineBasis ? item("Cách tính hạn", request.deadlineBasis) : "") +
    `</dl>`
  );
}

function summaryBlock(table: ReviewTable): string {
  const s = table.summary;
  const items: Array<[number, string]> = [
    [s.documents, "văn bản"],
    [s.complete, "đủ các mục đề cương"],
    [s.incomplete, "thiếu hoặc trống mục"],
    [s.late, "trễ hạn"],
    [s.citingWrongly, "trích dẫn sai văn bản yêu cầu"],
    [s.notCiting, "không trích dẫn văn bản yêu cầu"],
    [s.withErrors, "có lỗi"],
    [s.unreadable, "không đọc được"],
  ];
  return `<ul class="summary">${items.map(([n, label]) => `<li><span class="n">${n}</span>${escapeHtml(label)}</li>`).join("")}</ul>`;
}

function outlineBlock(table: ReviewTable): string {
  if (table.columns.length === 0) return `<p class="legend">Văn bản yêu cầu không kèm đề cương: không có cột mục.</p>`;
  const items = table.columns.map(
    (column) => `<li class="level-${Math.min(column.level, 3)}"><strong>${escapeHtml(column.key)}</strong>. ${escapeHtml(column.title)}</li>`,
  );
  return `<h3 id="outline-h">Các mục của đề cương (các cột của bảng)</h3><ul class="outline" aria-labelledby="outline-h">${items.join("")}</ul>`;
}

const BACK_LINK = `<p class="back no-print"><a href="#table-h">Về bảng tổng hợp</a></p>`;

function documentSection(row: ReviewRow, index: number): string {
  const id = `doc-${index + 1}`;
  const head = `<section class="doc" id="${id}" aria-labelledby="${id}-h"><h3 id="${id}-h">${index + 1}. ${escapeHtml(row.file)}</h3>`;
  if (!row.readable) {
    return `${head}<p class="st st-unreadable">${escapeHtml(UNREADABLE_LABEL)}: ${escapeHtml(row.reason)}</p>${BACK_LINK}</section>`;
  }
  const meta = [
    `Số, ký hiệu: ${row.number ?? "(không thấy)"}`,
    `Ngày: ${row.date ? showIsoDate(row.date) : "(không thấy)"}`,
    CITATION_LABEL[row.citation],
    lateLabel(row.late),
  ];
  const findings = row.findings.length
    ? `<ol class="findings">${row.findings
        .map(
          (f) =>
            `<li><span class="sev sev-${f.severity}">${escapeHtml(SEVERITY_LABEL[f.severity])}</span> ` +
            `<span class="rule">[${escapeHtml(f.rule)}]</span> ` +
            `${escapeHtml(f.paragraph === null ? "toàn văn bản" : `đoạn ${f.paragraph}`)}: ${escapeHtml(f.message)}` +
            (f.excerpt ? `<blockquote>${escapeHtml(f.excerpt)}</blockquote>` : "") +
            `</li>`,
        )
        .join("")}</ol>`
    : `<p>Không phát hiện vấn đề nào.</p>`;
  const waived = row.waived.length
    ? `<p class="waived-title">${escapeHtml(row.waivedSummary)}.</p><ol class="findings waived" data-waived="${row.waived.length}">${row.waived
        .map(
          (f) =>
            `<li><span class="rule">[${escapeHtml(f.rule)}]</span> ` +
            `${escapeHtml(f.paragraph === null ? "toàn văn bản" : `đoạn ${f.paragraph}`)}: ${escapeHtml(f.message)} — ` +
            `<span class="reason">lý do: ${escapeHtml(f.reason)}</span>` +
            (f.excerpt ? `<blockquote>${escapeHtml(f.excerpt)}</blockquote>` : "") +
            `</li>`,
        )
        .join("")}</ol>`
    : "";
  const voided = row.voidWaivers
    ? `<p class="waived-title">${escapeHtml(formatVoidWaivers(row.voidWaivers, "vi"))}</p>`
    : "";
  return `${head}<p class="meta">${escapeHtml(meta.join(" · "))}</p>${findings}${waived}${voided}${BACK_LINK}</section>`;
}

export function reviewHtml(table: ReviewTable, options: ReviewHtmlOptions = {}): string {
  const title = `Tổng hợp báo cáo theo ${requestTitle(table.request)}`;
  const heads = headerCells(table);
  const legend = Object.values(SECTION_LABEL).join(", ");
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
${requestBlock(table)}
${options.generatedAt ? `<p class="generated">Lập lúc ${escapeHtml(options.generatedAt)}</p>` : ""}
<div class="toolbar no-print"><button type="button" id="print-button">In báo cáo</button></div>
</header>
<main>
<section aria-labelledby="summary-h">
<h2 id="summary-h">Tóm tắt</h2>
${summaryBlock(table)}
</section>
<section aria-labelledby="table-h">
<h2 id="table-h">Bảng tổng hợp</h2>
<p class="legend">Tình trạng các mục: ${escapeHtml(legend)}. <span class="no-print">Bấm vào tiêu đề cột (hoặc chọn bằng phím Tab rồi Enter) để sắp xếp.</span></p>
<div class="table-wrap">
<table id="review-table">
<caption>${escapeHtml(`${table.rows.length} văn bản`)}</caption>
<thead><tr>${heads.map(th).join("")}</tr></thead>
<tbody>
${table.rows.map((row, i) => tableRow(row, i, heads.length)).join("\n")}
</tbody>
</table>
</div>
<p id="sort-status" class="visually-hidden" aria-live="polite"></p>
${outlineBlock(table)}
</section>
<section aria-labelledby="details-h">
<h2 id="details-h">Chi tiết từng văn bản</h2>
${table.rows.map(documentSection).join("\n")}
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
