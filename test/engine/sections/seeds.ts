/** The seed documents (test/fixtures/seeds), read with the plain-text reader. */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { readText } from "../../../src/engine/read/text";
import type { DocumentModel } from "../../../src/engine/model";
import { extractOutline } from "../../../src/engine/understand/outline";
import type { OutlineNode } from "../../../src/engine/types";

const folder = join(__dirname, "..", "..", "fixtures", "seeds");

export function seedText(prefix: string): string {
  const file = readdirSync(folder).find((name) => name.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(folder, file), "utf8");
}

export function seedModel(prefix: string): DocumentModel {
  return readText(seedText(prefix), `${prefix}.txt`);
}

/** The non-blank lines of a seed as paragraphs, Markdown marks kept (as pasted text would be). */
export function seedLines(prefix: string): string[] {
  return seedText(prefix)
    .split("\n")
    .filter((line) => line.trim().length > 0);
}

/** Phụ lục 3 of the request (seed 002). */
export function requestOutline(): OutlineNode[] {
  return extractOutline(seedModel("002"));
}
