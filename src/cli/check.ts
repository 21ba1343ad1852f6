/** `vanban check`: a draft checked against the request it answers. */
import { checkDocument } from "../engine/check";
import { formatFinding, formatVoidWaivers, formatWaivedSummary, formatWaiverReason } from "../engine/format";
import type { ReadNotice } from "../engine/model";
import type { CheckResult, Finding, SectionState, SectionStatus } from "../engine/types";
import { reportedFacts, reportedFinding, reportedWaived } from "../report/table";
import { parseCommandArgs } from "./args";
import { CliError } from "./errors";
import { loadDocument } from "./files";
import { deadlineLine, loadRequest, RECEIVED_OPTIONS, requestOptions } from "./request";
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
      match: s.match ? { ...s.match, paragraph: s.match.paragraph + 1 } : null,
      candidate: s.candidate ? { ...s.candidate, paragraph: s.candidate.paragraph + 1 } : null,
    })),
    findings: result.findings.map(reportedFinding),
    waived: result.waived.map(reportedWaived),
    voidWaivers: result.voidWaivers.map((w) => ({
      rule: w.rule,
      excerpt: w.excerpt ?? "",
      reason: w.reason,
      date: w.date ?? null,
    })),
  };
}

const STATUS_LABEL: Record<SectionState, string> = {
  present: "có",
  missing: "THIẾU",
  empty: "TRỐNG",
  "out-of-order": "sai thứ tự",
  "in-parent": "có thể",
};

const REJECTION_TEXT: Record<NonNullable<SectionStatus["candidate"]>["reason"], string> = {
  number: "khác số thứ tự, ít từ chung",
  words: "ít từ chung",
  taken: "đã khớp với mục khác",
};

const SEVERITY_LABEL: Record<Finding["severity"], string> = {
  error: "lỗi",
  warning: "cảnh báo",
  info: "lưu ý",
};

function whereOf(f: Finding): string {
  return f.span
    ? `đoạn ${f.span.paragraph + 1}`
    : f.anchor
      ? `cần có ${f.anchor.placement === "before" ? "trước" : "sau"} đoạn ${f.anchor.paragraph + 1}`
      : "toàn văn bản";
}

export function formatCheckText(file: string, result: CheckResult, notices: readonly ReadNotice[] = []): string {
  const lines: string[] = [`Kiểm tra: ${file}`];
  for (const notice of notices) lines.push(`Lưu ý khi đọc: ${notice.message}`);
  const request = result.request;
  if (request) {
    lines.push(
      `Theo văn bản yêu cầu: ${request.type ?? "văn bản"} số ${request.number ?? "(không rõ)"} ngày ${formatDate(request.date)}` +
        (request.issuer ? ` của ${request.issuer}` : "") +
        (deadlineLine(request) ? `; ${deadlineLine(request)}` : ""),
    );
  } else {
    lines.push("Không có văn bản yêu cầu (--request): chỉ kiểm tra phần đầu, ngày tháng và trích dẫn trong văn bản.");
  }
  if (result.sections.length) {
    lines.push("", "Các mục theo đề cương:");
    const numbers: string[] = [];
    for (const s of result.sections) {
      numbers.length = s.level - 1;
      const label = numbers.filter((n) => n !== "").join(".");
      numbers.push(s.number);
      const at = s.paragraph === null ? "" : `đoạn ${s.paragraph + 1}`;
      let where = at ? ` (${at})` : "";
      let state = STATUS_LABEL[s.status];
      if (s.status === "in-parent") {
        // Inferred from the parent's undivided text, not found: say so.
        state = `có thể nằm trong mục ${label || "trên"}`;
      } else if (s.match && s.match.via !== "parent") {
        where = ` (${at}: “${clip(s.match.heading, 60)}”)`;
      } else if (s.candidate) {
        const taken = s.candidate.reason === "taken" && s.candidate.takenBy ? `đã khớp với mục ${s.candidate.takenBy}` : REJECTION_TEXT[s.candidate.reason];
        where = ` (gần nhất: “${clip(s.candidate.heading, 50)}”, đoạn ${s.candidate.paragraph + 1} — ${taken})`;
      }
      lines.push(`  ${"  ".repeat(s.level - 1)}[${state}] ${s.number ? `${s.number}. ` : ""}${clip(s.title, 70)}${where}`);
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
      lines.push(`  ${SEVERITY_LABEL[f.severity]} [${f.rule}] ${whereOf(f)}: ${formatFinding(f, "vi")}`);
      if (f.excerpt) lines.push(`      «${clip(f.excerpt)}»`);
    }
  }
  if (result.waived.length > 0) {
    lines.push("", `${formatWaivedSummary(result.waived, "vi")}.`);
    for (const { finding: f, waiver } of result.waived) {
      lines.push(`  [bỏ qua] [${f.rule}] ${whereOf(f)}: ${formatFinding(f, "vi")} — lý do: ${formatWaiverReason(waiver, "vi")}`);
    }
  }
  if (result.voidWaivers.length > 0) lines.push("", formatVoidWaivers(result.voidWaivers.length, "vi"));
  return `${lines.join("\n")}\n`;
}

export async function checkCommand(args: string[]): Promise<number> {
  const { help, values, positionals } = parseCommandArgs("check", args, {
    request: { type: "string", short: "r", value: "REQUEST" },
    format: { type: "string", default: "text", value: "text|json" },
    ...RECEIVED_OPTIONS,
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
  const request = values.request ? loadRequest(values.request, requestOptions(values)) : null;
  const draft = loadDocument(file);
  const result = checkDocument(draft, request, { rules, waivers: !values["no-waivers"] });
  process.stdout.write(
    values.format === "json"
      ? `${JSON.stringify(checkReportJson(file, result, draft.notices), null, 2)}\n`
      : formatCheckText(file, result, draft.notices),
  );
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}
