/** Making user text safe inside XML: characters XML 1.0 forbids are dropped, markup is escaped. */

/**
 * Anything outside XML 1.0's Char production: C0 controls other than tab, line feed and
 * carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripForbiddenXmlChars(text: string): string {
  return text.replace(FORBIDDEN, "");
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Safe for element content and for attribute values in either quote. */
export function escapeXml(text: string): string {
  return stripForbiddenXmlChars(text).replace(/[&<>"']/g, (char) => ESCAPES[char]);
}
