/**
 * The marks a check leaves in the document, and how they are always taken away again.
 *
 * Where Word has temporary highlights (WordApi 1.8, `Range.highlight`: "highlights the range
 * temporarily without changing document content"), the marks are those: never saved, never a
 * tracked change. Elsewhere a mark is real formatting (`font.highlightColor`): saved with the
 * file and, under Track Changes, recorded as a formatting revision. So such marks are put in our
 * own colour (turquoise, not the yellow clerks use for their own notes), each range's colour
 * before is remembered, and a record of them (their text, our colour, the colour before) is kept
 * in the document's settings: a pane opened again later, even after a reload, finds them by
 * their text and colour and restores what was there before, none included.
 */
import { escapeSearchText } from "./locate";
import type { SettingsLike, WordLike } from "./types";

export const MARKS_SETTING = "vanban.marks";

/** Our highlight colour for permanent marks. */
export const MARK_COLOR = "Turquoise";

/** One piece of marked text, as recorded with the document. */
export interface MarkRecord {
  /** The marked text: searchable in one piece (no line break, within Word's search limit). */
  text: string;
  /** The colour we set. */
  color: string;
  /** The colour before; null for none. */
  previous: string | null;
}

/** Word's highlight names and the "#RRGGBB" values Word reports for them. */
const HIGHLIGHT_HEX: Readonly<Record<string, string>> = {
  yellow: "#ffff00",
  turquoise: "#00ffff",
  brightgreen: "#00ff00",
  pink: "#ff00ff",
  red: "#ff0000",
  blue: "#0000ff",
  darkblue: "#000080",
  teal: "#008080",
  green: "#008000",
  violet: "#800080",
  darkred: "#800000",
  darkyellow: "#808000",
  gray25: "#c0c0c0",
  gray50: "#808080",
  black: "#000000",
};

/** Whether two highlight values are one colour, whether Word spells it by name or "#RRGGBB". */
export function sameHighlight(a: string | null, b: string | null): boolean {
  if (!a || !b) return !a && !b;
  const hex = (value: string): string => HIGHLIGHT_HEX[value.toLowerCase()] ?? value.toLowerCase();
  return hex(a) === hex(b);
}

/**
 * The pieces of a marked range's text that can each be searched again: cut at line and
 * paragraph breaks and at 200 characters (Word's search takes 255, escapes included).
 */
export function searchablePieces(text: string): string[] {
  const pieces: string[] = [];
  for (const line of text.split(/[\r\n\v\f]/)) {
    for (let start = 0; start < line.length; start += 200) {
      const piece = line.slice(start, start + 200);
      if (piece.trim() !== "") pieces.push(piece);
    }
  }
  return pieces;
}

export function readMarkRecords(settings: SettingsLike | undefined): MarkRecord[] {
  const value = settings?.get(MARKS_SETTING);
  if (typeof value !== "string") return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (item): item is MarkRecord =>
        typeof item === "object" &&
        item !== null &&
        typeof (item as MarkRecord).text === "string" &&
        (item as MarkRecord).text !== "" &&
        typeof (item as MarkRecord).color === "string" &&
        ((item as MarkRecord).previous === null || typeof (item as MarkRecord).previous === "string"),
    );
  } catch {
    return [];
  }
}

/**
 * Keeps the records with the document (an empty list removes them). Saving can fail (a
 * co-author's change, a read-only file): the marks are then still cleared from memory, and the
 * answer says whether the record was kept.
 */
export function writeMarkRecords(settings: SettingsLike | undefined, records: readonly MarkRecord[]): Promise<boolean> {
  if (!settings) return Promise.resolve(false);
  try {
    settings.set(MARKS_SETTING, records.length === 0 ? null : JSON.stringify(records));
  } catch {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    try {
      settings.saveAsync((result) => resolve(result.status === "succeeded" || result.status === 0));
    } catch {
      resolve(false);
    }
  });
}

/**
 * Finds recorded marks by their text and our colour, and gives each its colour before. Two
 * round trips whatever the number of marks. Returns how many ranges were restored.
 */
export async function restoreRecordedMarks(word: WordLike, records: readonly MarkRecord[]): Promise<number> {
  if (records.length === 0) return 0;
  return word.run(async (context) => {
    const searches = records.map((record) => {
      const found = context.document.body.search(escapeSearchText(record.text), { matchCase: true });
      found.load("items/text,items/font/highlightColor");
      return { record, found };
    });
    await context.sync();
    let restored = 0;
    for (const { record, found } of searches) {
      for (const range of found.items) {
        // Only our marks: the same text still in our colour. A clerk's own highlight stays.
        if (range.text !== record.text || !sameHighlight(range.font.highlightColor, record.color)) continue;
        range.font.highlightColor = record.previous;
        restored++;
      }
    }
    if (restored > 0) await context.sync();
    return restored;
  });
}
