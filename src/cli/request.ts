/** `vanban request`: what a request letter demands, as text or as a shareable JSON profile. */
import { readFileSync, writeFileSync } from "fs";
import { InputError } from "../engine/errors";
import { extractRequest, requestVerdict, type RequestOptions } from "../engine/understand/request";
import { parseIsoDate } from "../engine/calendar";
import { parseOrgConfig } from "../org/config";
import type { RequestVerdict } from "../engine/understand/request-asks";
import { parseRequestProfile, serializeRequestProfile } from "../engine/understand/request-profile";
import type { OutlineNode, RequestProfile } from "../engine/types";
import { parseCommandArgs } from "./args";
import { CliError } from "./errors";
import { isJsonPath, loadDocument, readUtf8File } from "./files";
import { formatDate } from "./text";
import { COMMAND_HELP } from "./usage";

/** Loads a request from a .docx/.txt letter or from a request profile (.json). */
export function loadRequest(path: string, options: RequestOptions = {}): RequestProfile {
  if (isJsonPath(path)) {
    if (options.received) process.stderr.write(`Lưu ý: ${path} là hồ sơ yêu cầu đã lưu, hạn gửi lấy như trong hồ sơ; --received chỉ dùng khi đọc văn bản yêu cầu.\n`);
    const text = readUtf8File(path);
    try {
      return parseRequestProfile(text);
    } catch (error) {
      if (error instanceof InputError) throw new CliError(`${path}: ${error.message}`);
      throw error;
    }
  }
  const model = loadDocument(path);
  const verdict = requestVerdict(model);
  if (!verdict.request) throw new CliError(`${path}: ${notRequestLine(verdict)}`);
  return extractRequest(model, options);
}

/** "--received 30/8/2023" or "2023-08-30" → yyyy-mm-dd. */
export function readReceivedDate(text: string): string {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, "0")}-${dmy[1].padStart(2, "0")}` : text.trim();
  if (!parseIsoDate(iso)) throw new CliError(`--received phải là ngày nhận văn bản có thật, dạng dd/mm/yyyy hoặc yyyy-mm-dd, không phải "${text}".`);
  return iso;
}

/** The options every command that reads a request takes: when it was received, the office's days off. */
export const RECEIVED_OPTIONS = {
  received: { type: "string", value: "dd/mm/yyyy" },
  org: { type: "string", value: "org/config.json" },
} as const;

/** `--received` and `--org` as the request reader takes them. */
export function requestOptions(values: { received?: string; org?: string }): RequestOptions {
  return {
    received: values.received ? readReceivedDate(values.received) : null,
    ...(values.org ? { holidays: readOrgHolidays(values.org) } : {}),
  };
}

/** "hạn gửi 7/9/2023 (5 ngày làm việc từ …)": the deadline and, when counted, how. */
export function deadlineLine(request: RequestProfile): string | null {
  if (request.deadline) return `hạn gửi ${formatDate(request.deadline)}${request.deadlineBasis ? ` (${request.deadlineBasis})` : ""}`;
  return request.deadlineBasis ? `hạn gửi ${request.deadlineBasis}` : null;
}

/** The office's own days off from its org/config.json, for counting a deadline. */
function readOrgHolidays(path: string): RequestOptions["holidays"] {
  const { config, problems } = parseOrgConfig(readUtf8File(path));
  for (const p of problems) process.stderr.write(`${path}: ${p.message}\n`);
  return config.holidays;
}

/** What the tool expects, said once: a letter asking for a report, information or opinions. */
const EXPECTED_REQUEST = "vanban request cần một công văn (hoặc giấy mời) đề nghị gửi báo cáo, thông tin hay ý kiến, thường kèm hạn gửi; hoặc một hồ sơ yêu cầu .json.";

/** One Vietnamese line: why the document is no request, and what the tool expects instead. */
export function notRequestLine(verdict: Extract<RequestVerdict, { request: false }>): string {
  if (verdict.reason === "genre" && verdict.genre) {
    return `đây là ${verdict.genre.toLocaleLowerCase("vi")}, không phải văn bản yêu cầu trả lời: ${EXPECTED_REQUEST}`;
  }
  return `không phải văn bản yêu cầu: không thấy câu nào đề nghị gửi báo cáo, thông tin hay ý kiến. ${EXPECTED_REQUEST}`;
}

function outlineLines(nodes: readonly OutlineNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${"  ".repeat(depth + 1)}${node.number ? `${node.number}. ` : ""}${node.title}`,
    ...outlineLines(node.children, depth + 1),
  ]);
}

export function formatRequestText(request: RequestProfile): string {
  const lines = [
    `Văn bản yêu cầu: ${request.type ?? "(không rõ loại)"} số ${request.number ?? "(không rõ)"}`,
    `  Ngày ban hành:  ${formatDate(request.date)}`,
    `  Cơ quan:        ${request.issuer ?? "(không rõ)"}`,
    `  Trích yếu:      ${request.subject ?? "(không rõ)"}`,
    `  Hạn gửi:        ${formatDate(request.deadline)}`,
    ...(request.deadlineBasis ? [`  Cách tính hạn:  ${request.deadlineBasis}`] : []),
    `  Kỳ số liệu:     ${request.period ? `${formatDate(request.period.from)} – ${formatDate(request.period.to)}` : "(không nêu)"}`,
    request.outline.length ? "Đề cương:" : "Đề cương: (không tìm thấy phụ lục / đề cương kèm theo)",
    ...outlineLines(request.outline),
  ];
  return `${lines.join("\n")}\n`;
}

export async function requestCommand(args: string[]): Promise<number> {
  const { help, values, positionals } = parseCommandArgs("request", args, {
    format: { type: "string", default: "text", value: "text|json" },
    output: { type: "string", short: "o", value: "profile.json" },
    ...RECEIVED_OPTIONS,
  });
  if (help) {
    process.stdout.write(COMMAND_HELP.request());
    return 0;
  }
  if (positionals.length !== 1) throw new CliError("Cách dùng: vanban request REQUEST [--format text|json] [-o profile.json] [--received dd/mm/yyyy] [--org org/config.json]");
  if (values.format !== "text" && values.format !== "json") {
    throw new CliError(`--format phải là text hoặc json, không phải "${values.format}".`);
  }
  const request = loadRequest(positionals[0], requestOptions(values));
  const json = serializeRequestProfile(request);
  if (values.output) {
    if (values.output === positionals[0]) throw new CliError("Tệp kết quả (-o) trùng với tệp đầu vào: chọn tên khác.");
    writeFileSync(values.output, json);
    process.stderr.write(`Đã lưu hồ sơ yêu cầu vào ${values.output}\n`);
  }
  process.stdout.write(values.format === "json" ? json : formatRequestText(request));
  return 0;
}

/** For tests: the profile a JSON file holds, read the same way the command reads it. */
export function readProfileFile(path: string): RequestProfile {
  return parseRequestProfile(readFileSync(path, "utf8"));
}
