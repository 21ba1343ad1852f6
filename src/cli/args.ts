/**
 * Reading a command's options. Node's own parser reports mistakes in English, in a sentence
 * meant for programmers; here every mistake becomes one Vietnamese line naming the option.
 */
import { parseArgs } from "util";
import { CliError } from "./errors";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
  default?: string | boolean;
  /** What the value stands for, shown when it is missing ("REQUEST", "text|json"). */
  value?: string;
}

type ValueOf<S extends OptionSpec> = S["type"] extends "boolean" ? boolean : S["multiple"] extends true ? string[] : string;

export type OptionValues<T extends Record<string, OptionSpec>> = { [K in keyof T]?: ValueOf<T[K]> };

export interface ParsedCommand<T extends Record<string, OptionSpec>> {
  /** --help or -h was given: the caller prints its help and does nothing else. */
  help: boolean;
  values: OptionValues<T>;
  positionals: string[];
}

/** A value that is really the next option: `--request --json` forgot the request's file. */
function looksLikeOption(value: string): boolean {
  return /^--?[A-Za-z]/.test(value);
}

export function parseCommandArgs<T extends Record<string, OptionSpec>>(command: string, args: string[], options: T): ParsedCommand<T> {
  const config: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean; default?: string | boolean }> = {
    help: { type: "boolean", short: "h" },
  };
  for (const [name, spec] of Object.entries(options)) {
    // Only the keys parseArgs knows, and only when set: it checks any key present.
    const { value: _hint, ...known } = spec;
    config[name] = known;
  }
  // Not strict: unknown options come back as tokens, and are refused below in Vietnamese.
  const { values, positionals, tokens } = parseArgs({ args, options: config, allowPositionals: true, strict: false, tokens: true });
  const seeHelp = `Xem: vanban ${command} --help`;
  if (tokens.some((token) => token.kind === "option" && token.name === "help")) {
    return { help: true, values: {}, positionals: [] };
  }
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const spec = options[token.name];
    if (!spec) throw new CliError(`lệnh ${command} không có tùy chọn ${token.rawName}. ${seeHelp}`);
    if (spec.type === "boolean" && token.value !== undefined) {
      throw new CliError(`${token.rawName} không nhận giá trị (nhận được "${token.value}"). ${seeHelp}`);
    }
    if (spec.type === "string" && (token.value === undefined || (!token.inlineValue && looksLikeOption(token.value)))) {
      throw new CliError(`${token.rawName} cần một giá trị${spec.value ? ` (${spec.value})` : ""} ngay sau nó. ${seeHelp}`);
    }
  }
  return { help: false, values: values as OptionValues<T>, positionals };
}
