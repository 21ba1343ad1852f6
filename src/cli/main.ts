/**
 * The `vanban` command line: the same engine as the task pane, for reviewers and scripts.
 * Exit codes: 0 no errors, 1 findings of severity error, 2 bad usage or unreadable input.
 */
import { CliError } from "./errors";
import { COMMAND_HELP, usage, version } from "./usage";

type Command = (args: string[]) => Promise<number>;

/*
 * Each command is loaded when it is chosen: loading them all would compile the whole engine,
 * the parts builder and the review report before `vanban --version` could answer.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const COMMANDS: Record<string, () => Command> = {
  check: () => (require("./check") as typeof import("./check")).checkCommand,
  request: () => (require("./request") as typeof import("./request")).requestCommand,
  new: () => (require("./new") as typeof import("./new")).newCommand,
  review: () => (require("./review") as typeof import("./review")).reviewCommand,
  convert: () => (require("./convert") as typeof import("./convert")).convertCommand,
  fix: () => (require("./fix") as typeof import("./fix")).fixCommand,
};
/* eslint-enable @typescript-eslint/no-require-imports */

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
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    const what = command.startsWith("-") ? "tùy chọn" : "lệnh";
    process.stderr.write(`vanban: không có ${what} "${oneLine(command)}". Xem: vanban --help\n`);
    return 2;
  }
  try {
    return await load()(rest);
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
