/** `vanban request`: what a request letter demands, as text or as a shareable JSON profile. */
import { readFileSync, writeFileSync } from "fs";
import { InputError } from "../engine/errors";
import { extractRequest, requestVerdict } from "../engine/understand/request";
import type { RequestVerdict } from "../engine/understand/request-asks";
import { parseRequestProfile, serializeRequestProfile } from "../engine/understand/request-profile";
import type { OutlineNode, RequestProfile } from "../engine/types";
import { parseCommandArgs } from "./args";
import { CliError } from "./errors";
import { isJsonPath, loadDocument, readUtf8File } from "./files";
import { formatDate } from "./text";
import { COMMAND_HELP } from "./usage";

/** Loads a request from a .docx/.txt letter or from a request profile (.json). */
export function loadRequest(path: string): RequestProfile {
  if (isJsonPath(path)) {
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
  return extractRequest(model);
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
  });
  if (help) {
    process.stdout.write(COMMAND_HELP.request());
    return 0;
  }
  if (positionals.length !== 1) throw new CliError("Cách dùng: vanban request REQUEST [--format text|json] [-o profile.json]");
  if (values.format !== "text" && values.format !== "json") {
    throw new CliError(`--format phải là text hoặc json, không phải "${values.format}".`);
  }
  const request = loadRequest(positionals[0]);
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
