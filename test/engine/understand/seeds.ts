/** Reads the seed documents (test/fixtures/seeds) the way the engine receives them. */
import { readFileSync } from "fs";
import { join } from "path";
import { readText } from "../../../src/engine/read/text";
import type { DocumentModel } from "../../../src/engine/model";

export const SEED_FILES = {
  reply: "000_b28154c4db1fc991.txt",
  partyReply: "001_e57b1d95f5c3502e.txt",
  request: "002_2b77b3d6864b3803.txt",
  relay: "003_c3947ef37a3436a7.txt",
  fullHeader: "004_bddaad2f89ffc7c1.txt",
} as const;

export type SeedName = keyof typeof SEED_FILES;

const cache = new Map<SeedName, DocumentModel>();

export function seedText(name: SeedName): string {
  return readFileSync(join(__dirname, "../../fixtures/seeds", SEED_FILES[name]), "utf8");
}

export function seed(name: SeedName): DocumentModel {
  let model = cache.get(name);
  if (!model) {
    model = readText(seedText(name), SEED_FILES[name]);
    cache.set(name, model);
  }
  return model;
}
