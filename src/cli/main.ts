/**
 * The `vanban` command line: the same engine as the task pane, for reviewers and scripts.
 * Exit codes: 0 no errors, 1 findings of severity error, 2 bad usage or unreadable input.
 */
import { checkCommand } from "./check";
import { convertCommand } from "./convert";
import { CliError } from "./errors";
import { fixCommand } from "./fix";
import { newCommand } from "./new";
import { requestCommand } from "./request";
import { reviewCommand } from "./review";
import { COMMAND_HELP, usage, version } from "./usage";

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  check: checkCommand,
  request: requestCommand,
  new: newCommand,
  review: reviewCommand,
  convert: convertCommand,
  fix: fixCommand,
};

function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
}

export async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    // `vanban help check` is `vanban check --help`.
    const topic = command === "help" ? rest[0] : undefined;
    if (topic && !COMMAND_HELP[topic]) {
      process.stderr.write(`vanban: không có lệnh "${oneLine(topic)}". Xem: vanban --help\n`);
      return 2;
    }
    process.stdout.write(topic ? COMMAND_HELP[topic]() : usage());
    return command ? 0 : 2;
  }
  if (command === "--version" || command === "-v") {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const handler = COMMANDS[command];
  if (!handler) {
    const what = command.startsWith("-") ? "tùy chọn" : "lệnh";
    process.stderr.write(`vanban: không có ${what} "${oneLine(command)}". Xem: vanban --help\n`);
    return 2;
  }
  try {
    return await handler(rest);
  } catch (error) {
    if (error instanceof CliError) {
      // One line, whatever a file name holds (new lines, terminal escapes).
      process.stderr.write(`vanban: ${oneLine(error.message)}\n`);
      return error.exitCode;
    }
    // Unknown options from parseArgs, and anything unexpected: one line, no stack trace.
    const code = (error as { code?: string }).code;
    if (code && code.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`vanban: ${(error as Error).message}. Xem: vanban --help\n`);
      return 2;
    }
    process.stderr.write(`vanban: lỗi không mong đợi: ${(error as Error).message ?? String(error)}\n`);
    return 2;
  }
}
