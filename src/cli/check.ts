/** `vanban check`: a draft checked against the request it answers. */
import { checkDocument } from "../engine/check";
import { formatFinding } from "../engine/format";
import type { ReadNotice } from "../engine/model";
import type { CheckResult, Finding, SectionState } from "../engine/types";
import { reportedFacts, reportedFinding } from "../report/table";
import { parseCommandArgs } from "./args";
import { CliError } from "./errors";
import { loadDocument } from "./files";
import { loadRequest } from "./request";
import { RULE_OPTIONS, ruleSelection } from "./rules";
import { clip, formatDate } from "./text";
import { COMMAND_HELP } from "./usage";

/** The JSON report scripts read; paragraph numbers are 1-based, as in the text report. */
export function checkReportJson(file: string, result: CheckResult, notices: readonly ReadNotice[] = []): object {
  return {
    file,
    request: result.request,
    facts: reportedFacts(result.facts),
    notices: notices.map((n) => ({ code: n.code, message: n.message })),
    sections: result.sections.map((s) => ({
      number: s.number,
      title: s.title,
      level: s.level,
      status: s.status,
      paragraph: s.paragraph === null ? null : s.paragraph + 1,
    })),
    findings: result.findings.map(reportedFinding),
  };
}

const STATUS_LABEL: Record<SectionState, string> = {
  present: "có",
  missing: "THIẾU",
  empty: "TRỐNG",
  "out-of-order": "sai thứ tự",
};

const SEVERITY_LABEL: Record<Finding["severity"], string> = {
  error: "lỗi",
  warning: "cảnh báo",
  info: "lưu ý",
};

export function formatCheckText(file: string, result: CheckResult, notices: readonly ReadNotice[] = []): string {
  const lines: string[] = [`Kiểm tra: ${file}`];
  for (const notice of notices) lines.push(`Lưu ý khi đọc: ${notice.message}`);
  const request = result.request;
  if (request) {
    lines.push(
      `Theo văn bản yêu cầu: ${request.type ?? "văn bản"} số ${request.number ?? "(không rõ)"} ngày ${formatDate(request.date)}` +
        (request.issuer ? ` của ${request.issuer}` : "") +
        (request.deadline ? `; hạn gửi ${formatDate(request.deadline)}` : ""),
    );
  } else {
    lines.push("Không có văn bản yêu cầu (--request): chỉ kiểm tra phần đầu, ngày tháng và trích dẫn trong văn bản.");
  }
  if (result.sections.length) {
    lines.push("", "Các mục theo đề cương:");
    for (const s of result.sections) {
      const where = s.paragraph === null ? "" : ` (đoạn ${s.paragraph + 1})`;
      lines.push(`  ${"  ".repeat(s.level - 1)}[${STATUS_LABEL[s.status]}] ${s.number ? `${s.number}. ` : ""}${clip(s.title, 70)}${where}`);
    }
  }
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const warnings = result.findings.filter((f) => f.severity === "warning").length;
  lines.push("");
  if (result.findings.length === 0) {
    lines.push("Không phát hiện vấn đề nào.");
  } else {
    lines.push(`Phát hiện ${result.findings.length} vấn đề: ${errors} lỗi, ${warnings} cảnh báo.`);
    for (const f of result.findings) {
      const where = f.span ? `đoạn ${f.span.paragraph + 1}` : "toàn văn bản";
      lines.push(`  ${SEVERITY_LABEL[f.severity]} [${f.rule}] ${where}: ${formatFinding(f, "vi")}`);
      if (f.excerpt) lines.push(`      «${clip(f.excerpt)}»`);
    }
  }
  return `${lines.join("\n")}\n`;
}

export async function checkCommand(args: string[]): Promise<number> {
  const { help, values, positionals } = parseCommandArgs("check", args, {
    request: { type: "string", short: "r", value: "REQUEST" },
    format: { type: "string", default: "text", value: "text|json" },
    ...RULE_OPTIONS,
  });
  if (help) {
    process.stdout.write(COMMAND_HELP.check());
    return 0;
  }
  if (positionals.length !== 1) throw new CliError("Cách dùng: vanban check DRAFT [--request REQUEST] [--format text|json]");
  if (values.format !== "text" && values.format !== "json") {
    throw new CliError(`--format phải là text hoặc json, không phải "${values.format}".`);
  }
  const rules = ruleSelection(values);
  const file = positionals[0];
  const request = values.request ? loadRequest(values.request) : null;
  const draft = loadDocument(file);
  const result = checkDocument(draft, request, { rules });
  process.stdout.write(
    values.format === "json"
      ? `${JSON.stringify(checkReportJson(file, result, draft.notices), null, 2)}\n`
      : formatCheckText(file, result, draft.notices),
  );
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}
