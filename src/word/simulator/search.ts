/** Word's search as the simulator runs it over a paragraph's text: wildcards off, whole words, case. */
import type { SimPlatform } from "./client";
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

/** What of the host a search depends on. */
export interface SearchHost {
  platform: SimPlatform;
  findDialogOpen: boolean;
  rejectsSearch?: (searchText: string) => boolean;
}

const STRAIGHT_QUOTES: Readonly<Record<string, string>> = {
  '"': '"\u201c\u201d',
  "'": "'\u2018\u2019",
};

/**
 * Whether the document's character `actual` answers the search's `wanted`. Word's Find (wildcards
 * off) lets a straight quote find curly ones too; a curly quote finds only itself. This is Word's
 * long-standing Find behaviour as users report it (https://community.logos.com/discussion/47352/),
 * not an Office.js documentation statement: the adapter must not depend on either answer.
 */
function sameCharacter(actual: string, wanted: string): boolean {
  return actual === wanted || (STRAIGHT_QUOTES[wanted]?.includes(actual) ?? false);
}

function matchesAt(haystack: string, needle: string, at: number): boolean {
  if (at + needle.length > haystack.length) return false;
  for (let index = 0; index < needle.length; index++) {
    if (!sameCharacter(haystack[at + index], needle[index])) return false;
  }
  return true;
}

/** Non-overlapping matches left to right, as Word's Find reports them. */
export function findInText(
  text: string,
  searchText: string,
  options: SearchOptionsLike,
  host: SearchHost = { platform: "PC", findDialogOpen: false },
): number[] {
  // https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
  // (SearchDialogIsOpen); https://github.com/OfficeDev/office-js/issues/4922
  if (host.findDialogOpen) {
    throw new SimOfficeError("SearchDialogIsOpen", "The search dialog is open.");
  }
  // Word documents 255 characters as the limit (https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-search-member(1));
  // desktop fails past it without saying so (https://github.com/OfficeDev/office-js/issues/731):
  // the simulator fails loudly so the adapter's own limit is what keeps searches short.
  if (searchText.length === 0 || searchText.length > 255) {
    throw new SimOfficeError("SearchStringInvalidOrTooLong", "The search string is invalid or too long.");
  }
  if (host.rejectsSearch?.(searchText)) {
    throw new SimOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  }
  if (options.matchWildcards) {
    throw new SimOfficeError("NotImplemented", "The simulator does not model wildcard search.");
  }
  const needle = unescapeSearchText(searchText);
  // Word on the web cannot find a manual line break: https://github.com/OfficeDev/office-js/issues/5403
  if (host.platform === "OfficeOnline" && needle.includes("\u000b")) return [];
  const haystack = options.matchCase ? text : text.toLowerCase();
  const wanted = options.matchCase ? needle : needle.toLowerCase();
  const positions: number[] = [];
  let from = 0;
  while (from <= haystack.length - wanted.length) {
    let found = from;
    while (found <= haystack.length - wanted.length && !matchesAt(haystack, wanted, found)) found++;
    if (found > haystack.length - wanted.length) break;
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
