/** What `vanban review` shows and writes: progress, the terminal table, JSON and the report files. */
import { writeFileSync } from "fs";
import {
  CITATION_LABEL,
  SECTION_LABEL,
  UNREADABLE_LABEL,
  lateLabel,
  requestTitle,
  showIsoDate,
  type ReviewTable,
} from "../../report/table";
import { CliError } from "../errors";
import { clip, formatDate } from "../text";
import { realPath } from "./collect";
import type { ReviewProgress } from "./pool";

const REDRAW_MS = 80;

/** A one-line bar redrawn in place on a terminal; one plain line per file otherwise. */
export function stderrProgress(stream: NodeJS.WriteStream = process.stderr): ReviewProgress & { end(): void } {
  const tty = Boolean(stream.isTTY);
  let drawn = false;
  let lastDrawn = 0;
  return {
    done(file, finished, total) {
      if (!tty) {
        stream.write(`[${finished}/${total}] ${file}\n`);
        return;
      }
      // Redrawing for each of hundreds of small files would only flood the terminal.
      const now = Date.now();
      if (drawn && finished < total && now - lastDrawn < REDRAW_MS) return;
      lastDrawn = now;
      const width = 20;
      const filled = Math.round((finished / total) * width);
      const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
      const line = `Đang kiểm tra ${finished}/${total} ${bar} ${file}`;
      const columns = stream.columns || 80;
      stream.write(`\r${clip(line, columns - 1).padEnd(columns - 1)}`);
      drawn = true;
    },
    end() {
      if (tty && drawn) stream.write(`\r${" ".repeat((stream.columns || 80) - 1)}\r`);
    },
  };
}

function pad(text: string, width: number): string {
  const length = [...text].length;
  return length >= width ? text : text + " ".repeat(width - length);
}

/** The review as a table for the terminal, with the sections that are not in order listed per row. */
export function formatReviewText(table: ReviewTable, options: { summaryOnly?: boolean } = {}): string {
  const request = table.request;
  const s = table.summary;
  const lines = [
    `Tổng hợp báo cáo theo ${requestTitle(request)}${request.deadline ? `; hạn gửi ${formatDate(request.deadline)}` : ""}`,
    ...(request.deadlineBasis ? [`Cách tính hạn: ${request.deadlineBasis}`] : []),
    `${s.documents} văn bản: ${s.complete} đủ các mục, ${s.incomplete} thiếu hoặc trống mục, ${s.late} trễ hạn, ` +
      `${s.citingWrongly} trích dẫn sai, ${s.notCiting} không trích dẫn, ${s.unreadable} không đọc được.`,
  ];
  if (options.summaryOnly) return `${lines.join("\n")}\n`;
  lines.push("");
  const header = ["#", "Tệp", "Số, ký hiệu", "Ngày", "Trích dẫn", "Thời hạn", "Lỗi", "C.báo", "Khác", "Các mục chưa đạt"];
  const body = table.rows.map((row, i) => {
    const file = clip(row.file, 40);
    if (!row.readable) return [String(i + 1), file, `${UNREADABLE_LABEL.toUpperCase()}: ${row.reason}`];
    const problems = (["missing", "empty", "out-of-order"] as const)
      .map((state) => {
        const keys = table.columns.filter((_, c) => row.sections[c] === state).map((column) => column.key);
        return keys.length ? `${SECTION_LABEL[state].toLowerCase()}: ${keys.join(", ")}` : "";
      })
      .filter(Boolean)
      .join("; ");
    return [
      String(i + 1),
      file,
      row.number ?? "—",
      row.date ? showIsoDate(row.date) : "—",
      CITATION_LABEL[row.citation],
      lateLabel(row.late),
      String(row.errors),
      String(row.warnings),
      String(row.others),
      problems || (table.columns.length ? "đủ" : ""),
    ];
  });
  // Widths from the checked rows; an unreadable row's reason runs on past the columns.
  const widths = header.map((h, c) =>
    Math.max([...h].length, ...body.filter((cells) => cells.length === header.length).map((cells) => [...cells[c]].length)),
  );
  const render = (cells: string[]) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : pad(cell, widths[c])))
      .join("  ")
      .trimEnd();
  lines.push(render(header), ...body.map(render));
  // What each clerk chose to pass over, and why: not counted above, but a reviewer should see it.
  const waived = table.rows.flatMap((row, i) => (row.readable && row.waivedSummary ? [`  ${i + 1}. ${clip(row.file, 40)}: ${row.waivedSummary}`] : []));
  if (waived.length) lines.push("", "Vấn đề đã được bỏ qua (không tính vào các cột trên):", ...waived);
  return `${lines.join("\n")}\n`;
}

/** The JSON scripts read: the request, the columns, and every row with its findings. */
export function reviewReportJson(table: ReviewTable): object {
  return {
    request: table.request,
    summary: table.summary,
    columns: table.columns,
    rows: table.rows.map((row) =>
      row.readable
        ? { ...row, sections: Object.fromEntries(table.columns.map((column, i) => [column.key, row.sections[i]])) }
        : row,
    ),
  };
}

export function nowLabel(): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export function writeReport(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (error) {
    throw new CliError(`${path}: không ghi được báo cáo (${(error as NodeJS.ErrnoException).code ?? "lỗi không rõ"}).`);
  }
  process.stderr.write(`Đã lưu báo cáo vào ${path}\n`);
}

export function refuseOverwritingInputs(outputs: readonly string[], inputs: readonly string[]): void {
  const taken = new Set(inputs.map(realPath));
  const seen = new Set<string>();
  for (const output of outputs) {
    const real = realPath(output);
    if (taken.has(real)) throw new CliError(`${output}: là một tệp đầu vào; chọn tên khác cho báo cáo (tệp đầu vào không bao giờ bị ghi đè).`);
    if (seen.has(real)) throw new CliError(`${output}: --html và --xlsx trùng tên tệp; chọn hai tên khác nhau.`);
    seen.add(real);
  }
}

