/**
 * The `vanban` command line: the same engine as the task pane, for reviewers and scripts.
 * Exit codes: 0 no errors, 1 findings of severity error, 2 bad usage or unreadable input.
 */
import { usage, version } from "./usage";

export async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    process.stdout.write(usage());
    return command ? 0 : 2;
  }
  if (command === "--version" || command === "-v") {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  process.stderr.write(`vanban: lệnh không hợp lệ "${command}". Xem: vanban --help\n`);
  void rest;
  return 2;
}
