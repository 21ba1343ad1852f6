/**
 * Real drafts of ../shared/corpus/docx as rule-test cases. The corpus is never copied into the
 * repository; where it is absent the cases are left out and a skipped test says so.
 */
import { existsSync, readdirSync } from "fs";
import { join } from "path";

const CORPUS = join(__dirname, "..", "..", "..", "..", "shared", "corpus", "docx");
const present = existsSync(CORPUS);

/** The cases built from real files, or none (with a skipped test naming why) without the corpus. */
export function realFileCases<P, F>(
  build: (file: (prefix: string) => { file: string }) => { passing: P[]; failing: F[] },
): { passing: P[]; failing: F[] } {
  if (!present) {
    it.skip(`real-file cases: ${CORPUS} absent, skipped`, () => undefined);
    return { passing: [], failing: [] };
  }
  const names = readdirSync(CORPUS);
  return build((prefix) => {
    const name = names.find((n) => n.startsWith(`${prefix}_`) && n.endsWith(".docx"));
    if (!name) throw new Error(`no corpus file ${prefix}_*.docx in ${CORPUS}`);
    return { file: join(CORPUS, name) };
  });
}
