/**
 * A report as `vanban new` makes it, then formatted badly on purpose, as a clerk's blank Word
 * document would have it: Arial 12, Word's default 1-inch margins, the Quốc hiệu in 14 and not
 * bold. For the tests of `vanban fix` and the
 * rendered proof (scripts/fix-before-after.js does the same with the built command line).
 */
import { applyDocxFixes } from "../../src/engine/fix/docx";
import type { FormatFix } from "../../src/engine/fix/types";
import { readDocx } from "../../src/engine/read/docx";
import { EXAMPLE_REQUEST, EXAMPLE_STATE_PROFILE } from "../../src/parts/examples";
import { buildNewDraft } from "../../src/parts/new-draft";

export function exampleReport(): Uint8Array {
  return buildNewDraft({ profile: EXAMPLE_STATE_PROFILE, type: "bao-cao", request: EXAMPLE_REQUEST, date: "2023-01-05" });
}

export function badlyFormatted(example: Uint8Array = exampleReport()): Uint8Array {
  const model = readDocx(example);
  const fixes: FormatFix[] = [{ kind: "page", set: { marginTop: 25.4, marginBottom: 25.4, marginLeft: 25.4, marginRight: 25.4 } }];
  for (const p of model.paragraphs) {
    const set: Extract<FormatFix, { kind: "paragraph" }>["set"] = { font: "Arial", size: 12 };
    if (p.text.startsWith("CỘNG HÒA XÃ HỘI")) Object.assign(set, { size: 14, bold: false });
    fixes.push({ kind: "paragraph", paragraph: p.index, set });
  }
  return applyDocxFixes(example, fixes).bytes;
}
