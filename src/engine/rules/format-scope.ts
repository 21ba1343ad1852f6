/**
 * What the formatting rules share: whether a draft's formatting is known well enough to be
 * judged, which rule pack applies, the body paragraphs, and the wording of "found / prescribed".
 *
 * The rules stay silent when:
 * - the draft is text (pasted, .txt): it has no formatting;
 * - it is in a legacy encoding (TCVN3, VNI): the reader's notice says what to do first;
 * - neither a Quốc hiệu nor a Party title nor an authority line tells the rule set;
 * - the .docx was not laid out in Word: Word always writes a page size and font sizes, so a
 *   file without them comes from a converter (a legal database's export, a web page) and its
 *   look is the converter's, not the drafter's.
 */
import { formatPackFor, showRange, sizeWithin, type ElementRule, type FormatPack, type SizeRange } from "../layout/checks";
import type { DocumentModel, Paragraph, ParagraphFormat } from "../model";
import type { ParagraphFormatChange } from "../fix/types";
import type { Localized } from "../types";
import { isSpaceCode } from "../understand/char-classes";
import type { RuleContext } from "./rule";

/**
 * Genres laid out by forms of their own, not by NĐ 30's Phụ lục I: a citizen's petition (đơn),
 * a register (sổ), a certificate (giấy chứng nhận, on the form of its sector's circular).
 * A company's letter is not bound by NĐ 30 either (it binds state bodies and state firms;
 * others may follow it by choice), so it is not judged.
 */
const OWN_FORMS: ReadonlySet<string> = new Set(["don", "so", "giay-chung-nhan"]);

export interface FormatScope {
  pack: FormatPack;
  /** Body paragraphs with text, outside tables: between the header and the closing. */
  body: Paragraph[];
}

const NON_SPACE = /\S/;

function visible(paragraph: Paragraph): boolean {
  const text = paragraph.text;
  // Most paragraphs open with a visible character: no pattern needed for them.
  return (text.length > 0 && !isSpaceCode(text.charCodeAt(0))) || NON_SPACE.test(text);
}

/** Word always writes the page size of a .docx; only Word's files and drafts are judged. */
function maybeWord(draft: DocumentModel): boolean {
  if (draft.source !== "docx" && draft.source !== "word") return false;
  return draft.source !== "docx" || draft.page?.width !== undefined;
}

/** The scope of each check, worked out once for the five formatting rules (the facts are made anew for every check). */
const scopes = new WeakMap<RuleContext["facts"], FormatScope | null>();

export function formatScope(context: RuleContext): FormatScope | null {
  if (scopes.has(context.facts)) return scopes.get(context.facts) ?? null;
  const scope = findScope(context);
  scopes.set(context.facts, scope);
  return scope;
}

function findScope(context: RuleContext): FormatScope | null {
  const { draft, facts } = context;
  if (draft.legacyEncoding || !maybeWord(draft)) return null;
  const system = facts.header.system ?? facts.closing.authority?.system ?? null;
  if (!system) return null;
  if (facts.genre && OWN_FORMS.has(facts.genre.key)) return null;
  if ([facts.header.agency, facts.header.parentAgency].some((line) => line && /^\s*(?:CÔNG TY|DOANH NGHIỆP)\b/u.test(line.text))) return null;
  const closing = facts.closing;
  const closingStart = Math.min(
    ...[closing.recipientsLabel, closing.authority, closing.title, closing.signer]
      .filter((line): line is NonNullable<typeof line> => line !== null)
      .map((line) => line.paragraph),
    draft.paragraphs.length,
  );
  const bodyStart = facts.header.bodyStart;
  // One pass over the visible paragraphs: those between the header and the closing, outside
  // tables, are the body; and Word always writes sizes, so when most have none the layout is
  // a converter's (a legal database's export, a web page), not the drafter's.
  let texts = 0;
  let sized = 0;
  const body: Paragraph[] = [];
  for (const p of draft.paragraphs) {
    if (!visible(p)) continue;
    texts++;
    if (p.format.size !== undefined) sized++;
    if (p.index >= bodyStart && p.index < closingStart && !p.cell) body.push(p);
  }
  if (texts === 0 || sized < texts / 2) return null;
  return { pack: formatPackFor(system), body };
}

/** The value most paragraphs share, when at least `share` of those that know it agree. */
export function dominant<T>(paragraphs: readonly Paragraph[], value: (format: ParagraphFormat) => T | undefined, share = 0.6): T | undefined {
  const counts = new Map<T, number>();
  let known = 0;
  for (const p of paragraphs) {
    const v = value(p.format);
    if (v === undefined) continue;
    known++;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  // Shared by most of all the paragraphs, not only of those that know it: a few known values do not speak for the rest.
  return known > 0 && bestCount >= paragraphs.length * share ? best : undefined;
}

/** The nearest size inside the range. */
export function nearestSize(size: number, range: SizeRange): number {
  return Math.min(range[1], Math.max(range[0], size));
}

export const BOLD: Localized = { vi: "in đậm", en: "bold" };
export const NOT_BOLD: Localized = { vi: "không in đậm", en: "not bold" };
export const ITALIC: Localized = { vi: "in nghiêng", en: "italic" };
export const UPRIGHT: Localized = { vi: "chữ đứng", en: "upright" };

export function sizeText(size: number | string): Localized {
  return { vi: `cỡ ${size}`, en: `size ${size}` };
}

export interface ElementProblem {
  messageId: "size" | "bold" | "italic";
  found: Localized;
  prescribed: Localized;
  set: ParagraphFormatChange;
}

/** What an element's paragraph does against its rule: size, then bold, then italic; unknown values are not judged. */
export function elementProblems(format: ParagraphFormat, rule: ElementRule): ElementProblem[] {
  const problems: ElementProblem[] = [];
  if (rule.size && format.size !== undefined && !sizeWithin(format.size, rule.size)) {
    problems.push({ messageId: "size", found: sizeText(format.size), prescribed: sizeText(showRange(rule.size)), set: { size: nearestSize(format.size, rule.size) } });
  }
  if (rule.bold !== undefined && format.bold !== undefined && format.bold !== rule.bold) {
    problems.push({ messageId: "bold", found: format.bold ? BOLD : NOT_BOLD, prescribed: rule.bold ? BOLD : NOT_BOLD, set: { bold: rule.bold } });
  }
  if (rule.italic !== undefined && format.italic !== undefined && format.italic !== rule.italic) {
    problems.push({ messageId: "italic", found: format.italic ? ITALIC : UPRIGHT, prescribed: rule.italic ? ITALIC : UPRIGHT, set: { italic: rule.italic } });
  }
  return problems;
}

/** The messages every element check uses: element, what was found, what is prescribed, the clause. */
export const ELEMENT_MESSAGES = {
  size: {
    vi: "{element} {found}, quy định {prescribed} ({clause}).",
    en: "{element}: {found}, prescribed {prescribed} ({clause}).",
  },
  bold: {
    vi: "{element} {found}, quy định {prescribed} ({clause}).",
    en: "{element}: {found}, prescribed {prescribed} ({clause}).",
  },
  italic: {
    vi: "{element} {found}, quy định {prescribed} ({clause}).",
    en: "{element}: {found}, prescribed {prescribed} ({clause}).",
  },
} as const;

/** The whole paragraph as the finding's place (its text without surrounding spaces). */
export function paragraphPlace(paragraph: Paragraph): { span: { paragraph: number; start: number; end: number }; excerpt: string } {
  const start = paragraph.text.length - paragraph.text.trimStart().length;
  const end = paragraph.text.trimEnd().length;
  return { span: { paragraph: paragraph.index, start, end: Math.max(start, end) }, excerpt: paragraph.text.slice(start, end) };
}
