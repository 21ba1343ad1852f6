/** The seed documents (test/fixtures/seeds), read once per test file. */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";

const seedDir = join(__dirname, "..", "..", "fixtures", "seeds");

export const seedNames: readonly string[] = readdirSync(seedDir)
  .filter((file) => /^\d{3}_.*\.txt$/.test(file))
  .sort();

export function seedText(prefix: string): string {
  const file = seedNames.find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(seedDir, file), "utf8");
}

export function seedBytes(prefix: string): Uint8Array {
  const file = seedNames.find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return new Uint8Array(readFileSync(join(seedDir, file)));
}
