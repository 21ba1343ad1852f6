/**
 * Converting runs given as text and font (what an editor that walks a document's runs has):
 * each run's text and font name, converted as the document converter would.
 */
import type { LegacyEncoding } from "../model";
import { legacyFont } from "./fonts";
import { looksUnicode } from "../read/legacy";
import { decodeLegacy } from "./text";

export interface RunText {
  text: string;
  /** The run's font as the editor reports it; undefined when not known. */
  font?: string;
}

/** Each run's Unicode text and font; `documentEncoding` decides for runs whose font is not known. */
export function convertRuns(runs: readonly RunText[], documentEncoding?: LegacyEncoding): RunText[] {
  return runs.map((run) => {
    const legacy = run.font === undefined ? undefined : legacyFont(run.font);
    const encoding = legacy?.encoding ?? (run.font === undefined ? documentEncoding : undefined);
    if (!encoding || looksUnicode(run.text)) return { ...run };
    const converted: RunText = { text: decodeLegacy(run.text, encoding, legacy?.capitals ?? false) };
    const font = legacy?.unicode ?? run.font;
    if (font !== undefined) converted.font = font;
    return converted;
  });
}
