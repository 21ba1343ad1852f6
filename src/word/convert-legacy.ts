/**
 * Converting a TCVN3/VNI document to Unicode in place, keeping its formatting.
 *
 * Why the body's OOXML: WordApi 1.3 does not expose runs, and writing text back through
 * `insertText` gives the whole range the formatting of its first character, so bold, italic,
 * sizes and mixed fonts inside a paragraph would be lost. `body.getOoxml()` gives every run
 * with its properties (tables too); the engine converts the runs' text and fonts; the same
 * paragraphs go back with `body.insertOoxml(…, "Replace")`. The merge Word applies to inserted
 * markup (the last inserted paragraph joins the paragraph mark it lands on, whose properties
 * win; see ../shared/reference/word-behaviour.md §1) is harmless here: the mark left is the
 * body's final one and the paragraph joining it is that same paragraph. Word keeps its own
 * style definitions over the package's (§2), so the engine gives runs that took a legacy font
 * from a style the Unicode font directly.
 *
 * Two round trips, and two are unavoidable: one to read the body, one to write it, with the
 * conversion in between (Word cannot run it). Both APIs are WordApi 1.1.
 */
import type { WordLike } from "./types";

/**
 * Reads the body's OOXML, passes it to `convert` and, when that returns a package (null:
 * nothing to convert), puts it back in place of the body. Returns whether the body changed.
 */
export async function convertBodyOoxml(word: WordLike, convert: (ooxml: string) => string | null): Promise<boolean> {
  return word.run(async (context) => {
    const body = context.document.body;
    const ooxml = body.getOoxml();
    await context.sync();
    const converted = convert(ooxml.value);
    if (converted === null) return false;
    body.insertOoxml(converted, "Replace");
    await context.sync();
    return true;
  });
}
