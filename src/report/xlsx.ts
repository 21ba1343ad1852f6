/**
 * The review table as an .xlsx workbook (exceljs): sheet "Tổng hợp" with one row per
 * document, statuses in words and colour, the header bold and frozen; sheet "Chi tiết" with
 * one row per finding; sheet "Văn bản yêu cầu" with what the request asked. Returns bytes.
 */
import ExcelJS from "exceljs";
import type { SectionState } from "../engine/types";
import {
  CITATION_LABEL,
  SECTION_LABEL,
  SEVERITY_LABEL,
  UNREADABLE_LABEL,
  lateLabel,
  requestTitle,
  showIsoDate,
  type CitationState,
  type ReviewTable,
} from "./table";

export const SUMMARY_SHEET = "Tổng hợp";
export const DETAIL_SHEET = "Chi tiết";
export const REQUEST_SHEET = "Văn bản yêu cầu";

/** Fill colours (ARGB), the same families as the HTML report. */
const GOOD = "FFDFF3E4";
const BAD = "FFFDE2E4";
const WARN = "FFFFF1C2";
const ORDER = "FFE7E1FA";
const NONE = "FFECECEC";
const HEADER = "FFF0F0F0";

const SECTION_FILL: Record<SectionState, string> = { present: GOOD, missing: BAD, empty: WARN, "out-of-order": ORDER, "in-parent": NONE };
const CITATION_FILL: Record<CitationState, string> = { correct: GOOD, wrong: BAD, missing: WARN, unknown: NONE };

function fill(cell: ExcelJS.Cell, argb: string): void {
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb } };
}

function isoToDate(iso: string | null): Date | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

function styleHeader(sheet: ExcelJS.Worksheet, frozenColumns: number): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => fill(cell, HEADER));
  sheet.views = [{ state: "frozen", xSplit: frozenColumns, ySplit: 1 }];
}

/** Header labels of the summary sheet, in column order. */
export function summaryHeaders(table: ReviewTable): string[] {
  return [
    "Tệp",
    "Số, ký hiệu",
    "Ngày",
    "Trích dẫn văn bản yêu cầu",
    "Thời hạn",
    ...table.columns.map((c) => c.key),
    "Lỗi",
    "Cảnh báo",
    "Khác",
    "Ghi chú",
  ];
}

function summarySheet(workbook: ExcelJS.Workbook, table: ReviewTable): void {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET, { pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const headers = summaryHeaders(table);
  const first = 5;
  const counts = first + table.columns.length;
  sheet.columns = headers.map((header, i) => ({
    header,
    width: i === 0 ? 34 : i === 1 ? 18 : i === 2 ? 12 : i === 3 ? 18 : i === 4 ? 11 : i >= counts && i < counts + 3 ? 9 : i === headers.length - 1 ? 50 : 10,
  }));
  styleHeader(sheet, 1);
  // Full outline titles as notes on the section headers: the columns only show "II.1".
  table.columns.forEach((column, i) => {
    sheet.getRow(1).getCell(first + i + 1).note = `${column.key}. ${column.title}`;
  });
  for (const row of table.rows) {
    if (!row.readable) {
      const added = sheet.addRow([row.file, null, null, UNREADABLE_LABEL, null, ...table.columns.map(() => null), null, null, null, `${UNREADABLE_LABEL}: ${row.reason}`]);
      fill(added.getCell(4), NONE);
      added.getCell(headers.length).alignment = { wrapText: true, vertical: "top" };
      continue;
    }
    const added = sheet.addRow([
      row.file,
      row.number ?? "",
      isoToDate(row.date),
      CITATION_LABEL[row.citation],
      lateLabel(row.late),
      ...row.sections.map((state) => SECTION_LABEL[state]),
      row.errors,
      row.warnings,
      row.others,
      "",
    ]);
    added.getCell(3).numFmt = "dd/mm/yyyy";
    fill(added.getCell(4), CITATION_FILL[row.citation]);
    fill(added.getCell(5), row.late === null ? NONE : row.late ? BAD : GOOD);
    row.sections.forEach((state, i) => fill(added.getCell(first + i + 1), SECTION_FILL[state]));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + table.rows.length, column: headers.length } };
}

export const DETAIL_HEADERS = ["Tệp", "Quy tắc", "Mức độ", "Đoạn", "Nội dung", "Trích đoạn", "Đã bỏ qua, lý do"];

function detailSheet(workbook: ExcelJS.Workbook, table: ReviewTable): void {
  const sheet = workbook.addWorksheet(DETAIL_SHEET);
  sheet.columns = DETAIL_HEADERS.map((header, i) => ({ header, width: [34, 22, 11, 8, 70, 50, 40][i] }));
  styleHeader(sheet, 1);
  for (const row of table.rows) {
    if (!row.readable) {
      sheet.addRow([row.file, "unreadable", UNREADABLE_LABEL, null, row.reason, ""]);
      continue;
    }
    for (const finding of row.findings) {
      const added = sheet.addRow([row.file, finding.rule, SEVERITY_LABEL[finding.severity], finding.paragraph, finding.message, finding.excerpt]);
      fill(added.getCell(3), finding.severity === "error" ? BAD : finding.severity === "warning" ? WARN : NONE);
      added.getCell(5).alignment = { wrapText: true, vertical: "top" };
      added.getCell(6).alignment = { wrapText: true, vertical: "top" };
    }
    // Waived findings after the standing ones, greyed, with the clerk's reason in a column of their own.
    for (const finding of row.waived) {
      const added = sheet.addRow([
        row.file,
        finding.rule,
        SEVERITY_LABEL[finding.severity],
        finding.paragraph,
        finding.message,
        finding.excerpt,
        finding.reason,
      ]);
      added.font = { color: { argb: "FF6E6E6E" } };
      for (const cell of [5, 6, 7]) added.getCell(cell).alignment = { wrapText: true, vertical: "top" };
    }
  }
}

function requestSheet(workbook: ExcelJS.Workbook, table: ReviewTable): void {
  const sheet = workbook.addWorksheet(REQUEST_SHEET);
  const request = table.request;
  sheet.columns = [{ width: 22 }, { width: 90 }];
  const lines: Array<[string, string]> = [
    ["Văn bản yêu cầu", requestTitle(request)],
    ["Số, ký hiệu", request.number ?? ""],
    ["Ngày ban hành", showIsoDate(request.date)],
    ["Cơ quan ban hành", request.issuer ?? ""],
    ["Trích yếu", request.subject ?? ""],
    ["Hạn gửi báo cáo", showIsoDate(request.deadline)],
    ...table.columns.map((c): [string, string] => [`Mục ${c.key}`, c.title]),
  ];
  for (const line of lines) sheet.addRow(line).getCell(1).font = { bold: true };
  sheet.getColumn(2).alignment = { wrapText: true, vertical: "top" };
}

export async function reviewWorkbook(table: ReviewTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "vanban";
  workbook.title = `Tổng hợp báo cáo theo ${requestTitle(table.request)}`;
  summarySheet(workbook, table);
  detailSheet(workbook, table);
  requestSheet(workbook, table);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
