/** Word's search as the simulator runs it over a paragraph's text: wildcards off, whole words, case. */
import { SimOfficeError } from "./errors";

export interface SearchOptionsLike {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchWildcards?: boolean;
}

const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

/** Word's search text uses "^" escapes; the ones Office add-ins need for plain text. */
export function unescapeSearchText(searchText: string): string {
  let text = "";
  for (let index = 0; index < searchText.length; index++) {
    const char = searchText[index];
    if (char !== "^") {
      text += char;
      continue;
    }
    const code = searchText[++index];
    if (code === "^") text += "^";
    else if (code === "t") text += "\t";
    else if (code === "l") text += "\u000b";
    else if (code === "m") text += "\f";
    else throw new SimOfficeError("NotImplemented", `The simulator does not model the search code "^${code ?? ""}".`);
  }
  return text;
}

/** Non-overlapping matches left to right, as Word's Find reports them. */
export function findInText(text: string, searchText: string, options: SearchOptionsLike): number[] {
  if (searchText.length === 0 || searchText.length > 255) {
    throw new SimOfficeError("SearchStringInvalidOrTooLong", "The search string is invalid or too long.");
  }
  if (options.matchWildcards) {
    throw new SimOfficeError("NotImplemented", "The simulator does not model wildcard search.");
  }
  const needle = unescapeSearchText(searchText);
  const haystack = options.matchCase ? text : text.toLowerCase();
  const wanted = options.matchCase ? needle : needle.toLowerCase();
  const positions: number[] = [];
  let from = 0;
  while (from <= haystack.length - wanted.length) {
    const found = haystack.indexOf(wanted, from);
    if (found < 0) break;
    const end = found + wanted.length;
    const wholeWord =
      !options.matchWholeWord ||
      ((found === 0 || !WORD_CHARACTER.test(text[found - 1])) && (end === text.length || !WORD_CHARACTER.test(text[end])));
    if (wholeWord) {
      positions.push(found);
      from = end;
    } else {
      from = found + 1;
    }
  }
  return positions;
}

/**
 * `Paragraph.listItemOrNullObject`. As in Office, loading any of its properties also tells
 * whether it is a null object (the paragraph is in no list); a null object's properties
 * read as undefined instead of throwing.
 */
