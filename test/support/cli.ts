/** Running the `vanban` command line in-process, with its output captured. */
import { createHash } from "crypto";
import { readFileSync } from "fs";
import { join } from "path";
import { run } from "../../src/cli/main";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function vanban(...args: string[]): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  const err = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  try {
    const code = await run(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

export const SEEDS = join(__dirname, "..", "fixtures", "seeds");
export const SEED_REQUEST = join(SEEDS, "002_2b77b3d6864b3803.txt");
export const SEED_REPLY = join(SEEDS, "000_b28154c4db1fc991.txt");

/** A refusal: exit 2, one line on stderr naming the file, no stack trace, nothing on stdout. */
export function expectRefusal(result: CliResult, phrase: RegExp): void {
  const detail = `exit ${result.code}\nstderr: ${result.stderr}\nstdout: ${result.stdout.slice(0, 400)}`;
  if (result.code !== 2 || !phrase.test(result.stderr)) throw new Error(`expected a refusal matching ${phrase}, got ${detail}`);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(/^vanban: /);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:|lỗi không mong đợi/);
  expect(result.stdout).toBe("");
}

/** Tiny deterministic generator, so generated corpora are the same on every run. */
export function seededBytes(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}
