/** `vanban convert`: a TCVN3 or VNI .docx converted to Unicode, written to a new file, then checked. */
import { existsSync, writeFileSync } from "fs";
import { basename } from "path";
import { checkDocument } from "../engine/check";
import { convertDocx } from "../engine/convert";
import { InputError } from "../engine/errors";
import { readDocx } from "../engine/read/docx";
import { parseCommandArgs } from "./args";
import { formatCheckText } from "./check";
import { CliError } from "./errors";
import { readInputBytes, sameFile } from "./files";
import { COMMAND_HELP } from "./usage";

const ENCODING_NAMES = { tcvn3: "TCVN3 (ABC)", vni: "VNI Windows" } as const;

export async function convertCommand(args: string[]): Promise<number> {
  const { help, values, positionals } = parseCommandArgs("convert", args, {
    output: { type: "string", short: "o", value: "unicode.docx" },
    force: { type: "boolean", default: false },
  });
  if (help) {
    process.stdout.write(COMMAND_HELP.convert());
    return 0;
  }
  if (positionals.length !== 1 || !values.output) throw new CliError("Cách dùng: vanban convert OLD.docx -o UNICODE.docx [--force]");
  const input = positionals[0];
  const output = values.output;
  // The input is never written, not even with --force.
  if (sameFile(input, output)) {
    throw new CliError(`Không ghi đè tệp gốc ${input}: hãy chọn tên khác cho tệp kết quả (-o), ví dụ ${basename(input, ".docx")}-unicode.docx.`);
  }
  if (existsSync(output) && !values.force) throw new CliError(`${output} đã có. Chọn tên khác, hoặc thêm --force để ghi đè.`);
  const bytes = readInputBytes(input);
  let result;
  try {
    result = convertDocx(bytes);
  } catch (error) {
    if (error instanceof InputError) throw new CliError(`${input}: ${error.message}`);
    throw new CliError(`${input}: không đọc được văn bản (${(error as Error).message}).`);
  }
  if (!result.bytes) {
    process.stderr.write(`${input} đã dùng Unicode, không có gì để chuyển; không tạo tệp ${output}.\n`);
    return 0;
  }
  writeFileSync(output, result.bytes);
  const from = result.encoding ? ENCODING_NAMES[result.encoding] : "TCVN3/VNI (theo phông chữ)";
  const kept = result.runsKept > 0 ? `, giữ nguyên ${result.runsKept} đoạn chữ đã là Unicode` : "";
  process.stderr.write(`Đã chuyển ${input} từ bảng mã ${from} sang Unicode: ${result.runsConverted} đoạn chữ${kept}; đổi phông sang Unicode; ghi vào ${output}.\n`);

  // The check reads the written file as any other: it must read as Unicode now.
  const model = readDocx(result.bytes, basename(output));
  if (model.legacyEncoding) {
    process.stderr.write(`Lưu ý: ${output} vẫn còn chữ trông như bảng mã ${ENCODING_NAMES[model.legacyEncoding]}; hãy mở bằng Word và xem lại.\n`);
    return 1;
  }
  process.stderr.write(`${output} đọc được dưới dạng Unicode. Kết quả kiểm tra:\n`);
  process.stdout.write(formatCheckText(output, checkDocument(model, null), model.notices));
  return 0;
}
