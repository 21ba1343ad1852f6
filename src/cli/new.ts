/** `vanban new`: a new draft .docx with header, opening citation, the request's outline and the closing. */
import { existsSync, writeFileSync } from "fs";
import { resolve } from "path";
import { DOCUMENT_TYPE_KEYS, buildNewDraft } from "../parts/new-draft";
import type { Urgency } from "../parts/blocks";
import { parseCommandArgs } from "./args";
import { CliError } from "./errors";
import { loadProfile } from "./profile";
import { deadlineLine, loadRequest, RECEIVED_OPTIONS, requestOptions } from "./request";
import { COMMAND_HELP } from "./usage";

const URGENCIES: Record<string, Urgency> = { "hoa-toc": "HỎA TỐC", "thuong-khan": "THƯỢNG KHẨN", khan: "KHẨN" };

export async function newCommand(args: string[]): Promise<number> {
  const { help, values, positionals } = parseCommandArgs("new", args, {
    // Repeatable: an office's org/config.json first, then the clerk's own profile.
    profile: { type: "string", short: "p", multiple: true, value: "profile.json" },
    type: { type: "string", short: "t", value: "bao-cao, cong-van, …" },
    request: { type: "string", short: "r", value: "REQUEST" },
    subject: { type: "string", short: "s", value: "trích yếu" },
    date: { type: "string", value: "yyyy-mm-dd" },
    number: { type: "string", value: "số" },
    urgency: { type: "string", value: "hoa-toc|thuong-khan|khan" },
    output: { type: "string", short: "o", value: "draft.docx" },
    force: { type: "boolean", default: false },
    ...RECEIVED_OPTIONS,
  });
  if (help) {
    process.stdout.write(COMMAND_HELP.new());
    return 0;
  }
  const usageLine =
    "Cách dùng: vanban new --profile profile.json|org/config.json --type " +
    `${DOCUMENT_TYPE_KEYS.slice(0, 4).join("|")}|… [--request REQUEST] [--subject "…"] -o draft.docx`;
  if (positionals.length || !values.profile?.length || !values.type || !values.output) throw new CliError(usageLine);
  if (!DOCUMENT_TYPE_KEYS.includes(values.type)) {
    throw new CliError(`Loại văn bản "${values.type}" không có. Chọn một trong: ${DOCUMENT_TYPE_KEYS.join(", ")}.`);
  }
  const urgency = values.urgency ? URGENCIES[values.urgency] : null;
  if (values.urgency && !urgency) {
    throw new CliError(`--urgency phải là một trong: ${Object.keys(URGENCIES).join(", ")}.`);
  }
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    throw new CliError(`--date phải có dạng năm-tháng-ngày, ví dụ 2023-09-05 (nhận được "${values.date}").`);
  }
  const output = resolve(values.output);
  const inputs = [...values.profile, values.request].filter(Boolean).map((p) => resolve(p as string));
  if (inputs.includes(output)) throw new CliError("Tệp kết quả (-o) trùng với một tệp đầu vào: chọn tên khác.");
  if (existsSync(output) && !values.force) {
    throw new CliError(`${values.output} đã có. Chọn tên khác, hoặc thêm --force để ghi đè.`);
  }

  const { profile, notices } = loadProfile(values.profile);
  for (const notice of notices) process.stderr.write(`Lưu ý: ${notice}\n`);
  const request = values.request ? loadRequest(values.request, requestOptions(values)) : null;
  const due = request ? deadlineLine(request) : null;
  if (due) process.stderr.write(`Theo văn bản yêu cầu: ${due}.\n`);
  const bytes = buildNewDraft({
    profile,
    type: values.type,
    request,
    subject: values.subject ?? null,
    date: values.date ?? null,
    number: values.number ?? null,
    urgency,
  });
  writeFileSync(output, bytes);
  process.stderr.write(`Đã tạo ${values.output}: mở bằng Word, điền số, ngày và nội dung từng mục.\n`);
  return 0;
}
