/**
 * The end of a document: "Nơi nhận:" and its list, and the signature block — authority
 * (TM., KT., Q., TL., TUQ.; Party T/M, K/T, T/L), title and the signer's name.
 */
import type { DocumentModel, Paragraph } from "../model";
import { foldVietnamese } from "./doctypes";

export interface ClosingLine {
  paragraph: number;
  text: string;
}

export type AuthorityCode = "TM" | "KT" | "Q" | "TL" | "TUQ";

export interface ClosingAuthority extends ClosingLine {
  /** The prefix as written: "KT.", "K/T". */
  prefix: string;
  code: AuthorityCode;
  system: "state" | "party";
  /** What follows the prefix: "ỦY BAN NHÂN DÂN", "GIÁM ĐỐC". */
  on: string;
}

export interface DocumentClosing {
  /** The "Nơi nhận:" line. */
  recipientsLabel: ClosingLine | null;
  recipients: ClosingLine[];
  authority: ClosingAuthority | null;
  /** The signer's title: "CHỦ TỊCH", "PHÓ GIÁM ĐỐC". */
  title: ClosingLine | null;
  signer: ClosingLine | null;
}

/** Authority prefixes (NĐ 30 and HD 36), in the order they are tried. */
const AUTHORITY_PREFIXES: readonly { pattern: RegExp; code: AuthorityCode; system: "state" | "party" }[] = [
  { pattern: /^TUQ\.\s*/u, code: "TUQ", system: "state" },
  { pattern: /^TM\.\s*/u, code: "TM", system: "state" },
  { pattern: /^KT\.\s*/u, code: "KT", system: "state" },
  { pattern: /^TL\.\s*/u, code: "TL", system: "state" },
  { pattern: /^Q\.\s*/u, code: "Q", system: "state" },
  { pattern: /^T\s?\/\s?M\s+/u, code: "TM", system: "party" },
  { pattern: /^K\s?\/\s?T\s+/u, code: "KT", system: "party" },
  { pattern: /^T\s?\/\s?L\s+/u, code: "TL", system: "party" },
];

/** Titles of signers, for splitting "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" glued on one line. */
const TITLES = [
  "CHỦ TỊCH",
  "PHÓ CHỦ TỊCH",
  "GIÁM ĐỐC",
  "PHÓ GIÁM ĐỐC",
  "TỔNG GIÁM ĐỐC",
  "PHÓ TỔNG GIÁM ĐỐC",
  "BỘ TRƯỞNG",
  "THỨ TRƯỞNG",
  "THỦ TƯỚNG",
  "PHÓ THỦ TƯỚNG",
  "CHÁNH VĂN PHÒNG",
  "PHÓ CHÁNH VĂN PHÒNG",
  "TRƯỞNG BAN",
  "PHÓ TRƯỞNG BAN",
  "BÍ THƯ",
  "PHÓ BÍ THƯ",
  "TỔNG CỤC TRƯỞNG",
  "PHÓ TỔNG CỤC TRƯỞNG",
  "CỤC TRƯỞNG",
  "PHÓ CỤC TRƯỞNG",
  "VỤ TRƯỞNG",
  "PHÓ VỤ TRƯỞNG",
  "CHÁNH THANH TRA",
  "PHÓ CHÁNH THANH TRA",
  "TRƯỞNG PHÒNG",
  "PHÓ TRƯỞNG PHÒNG",
  "HIỆU TRƯỞNG",
  "PHÓ HIỆU TRƯỞNG",
  "VIỆN TRƯỞNG",
  "PHÓ VIỆN TRƯỞNG",
  "GIÁM ĐỐC SỞ",
  "THỦ TRƯỞNG",
  "CHÁNH ÁN",
  "TRƯỞNG ĐOÀN",
];

/** Lines of the closing block are short; longer ones are body text. */
const MAX_CLOSING_LINE = 300;

const RECIPIENTS_LABEL = /^\s{0,8}Nơi\s{1,3}nhận\s{0,3}:?\s{0,8}/iu;
const LIST_ITEM = /^\s{0,8}[-–+•]\s{0,4}\S/u;

function upper(text: string): string {
  return foldVietnamese(text).toUpperCase();
}

function isUpperCaseLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** "Lâm Minh Thành": two to five capitalised words, nothing else. */
function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
}

function readAuthority(paragraph: number, text: string): { authority: ClosingAuthority; title: string | null } | null {
  for (const prefix of AUTHORITY_PREFIXES) {
    const m = prefix.pattern.exec(text);
    if (!m) continue;
    let on = text.slice(m[0].length).replace(/\s+/g, " ").trim();
    if (!on || !isUpperCaseLine(on)) continue;
    // "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH": the title glued after the authority.
    let title: string | null = null;
    const folded = upper(on);
    let best = "";
    for (const candidate of TITLES) {
      const c = upper(candidate);
      if (folded.length > c.length && folded.endsWith(` ${c}`) && c.length > best.length) best = c;
    }
    if (best) {
      title = on.slice(on.length - best.length).trim();
      on = on.slice(0, on.length - best.length).trim();
    }
    return {
      authority: { paragraph, text: text.trim(), prefix: m[0].trim(), code: prefix.code, system: prefix.system, on },
      title,
    };
  }
  return null;
}

interface Line {
  paragraph: number;
  text: string;
  /** Set on the signature-column part split off a two-column line. */
  rightColumn?: boolean;
}

function linesOf(paragraph: Paragraph): Line[] {
  return paragraph.text
    .split(/\r?\n|\v|\u2028/)
    .map((text) => ({ paragraph: paragraph.index, text: text.trim() }))
    .filter((line) => line.text.length > 0);
}

const GLUED_AUTHORITY = /\s(?=(?:TUQ\.|TM\.|KT\.|TL\.|Q\.|T\s?\/\s?M\s|K\s?\/\s?T\s|T\s?\/\s?L\s)\s?\p{Lu})/u;
const GLUED_NAME = /[;.,]\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,4})$/u;

/**
 * Text extracted from a two-column layout puts the signature column on the same lines as
 * "Nơi nhận": "- Như trên; PHÓ GIÁM ĐỐC". Such a line is split into its two columns.
 */
function splitColumns(line: Line): Line[] {
  const text = line.text;
  if (!RECIPIENTS_LABEL.test(text) && !LIST_ITEM.test(text)) return [line];
  const authority = GLUED_AUTHORITY.exec(text);
  if (authority) {
    return [
      { paragraph: line.paragraph, text: text.slice(0, authority.index).trim() },
      { paragraph: line.paragraph, text: text.slice(authority.index).trim(), rightColumn: true },
    ];
  }
  const folded = upper(text);
  for (const title of TITLES) {
    const t = upper(title);
    if (!folded.endsWith(t)) continue;
    const cut = text.length - t.length;
    if (!/[;,.:]\s+$/.test(text.slice(Math.max(0, cut - 3), cut))) continue;
    // The longest title wins ("PHÓ GIÁM ĐỐC" over "GIÁM ĐỐC").
    const longer = TITLES.some((other) => other.length > title.length && folded.endsWith(upper(other)) && /[;,.:]\s+$/.test(text.slice(Math.max(0, text.length - other.length - 3), text.length - other.length)));
    if (longer) continue;
    return [
      { paragraph: line.paragraph, text: text.slice(0, cut).trim() },
      { paragraph: line.paragraph, text: text.slice(cut).trim(), rightColumn: true },
    ];
  }
  const name = GLUED_NAME.exec(text);
  if (name && LIST_ITEM.test(text)) {
    const cut = text.length - name[1].length;
    return [
      { paragraph: line.paragraph, text: text.slice(0, cut).trim() },
      { paragraph: line.paragraph, text: name[1], rightColumn: true },
    ];
  }
  return [line];
}

function isTitleLine(text: string): boolean {
  if (!isUpperCaseLine(text) || text.length > 60) return false;
  const folded = upper(text);
  return TITLES.some((t) => folded === upper(t) || folded.endsWith(` ${upper(t)}`));
}

/** Reads "Nơi nhận" and the signature block. */
export function extractClosing(model: DocumentModel): DocumentClosing {
  const closing: DocumentClosing = { recipientsLabel: null, recipients: [], authority: null, title: null, signer: null };
  const paragraphs = model.paragraphs;
  let labelAt = -1;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    if (RECIPIENTS_LABEL.test(paragraphs[i].text) && paragraphs[i].text.length < 200) {
      labelAt = i;
      break;
    }
  }
  // The signature block sits around "Nơi nhận" (before it in some layouts, after the list in
  // others); without the label, it is looked for among the last paragraphs.
  const from = labelAt >= 0 ? Math.max(0, labelAt - 4) : Math.max(0, paragraphs.length - 12);
  const to = labelAt >= 0 ? Math.min(paragraphs.length, labelAt + 40) : paragraphs.length;
  const lines = paragraphs.slice(from, to).flatMap(linesOf).flatMap(splitColumns);

  let listOpen = false;
  let listDone = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text;
    if (text.length > MAX_CLOSING_LINE) {
      if (listOpen) listDone = true;
      continue;
    }
    const label = RECIPIENTS_LABEL.exec(text);
    if (label && !closing.recipientsLabel) {
      closing.recipientsLabel = { paragraph: line.paragraph, text };
      const inline = text.slice(label[0].length).trim();
      if (inline) closing.recipients.push({ paragraph: line.paragraph, text: inline });
      listOpen = true;
      continue;
    }
    if (listOpen && !listDone) {
      if (LIST_ITEM.test(text)) {
        closing.recipients.push({ paragraph: line.paragraph, text });
        continue;
      }
      if (!line.rightColumn) listDone = true;
    }
    if (!closing.authority) {
      const read = readAuthority(line.paragraph, text);
      if (read) {
        closing.authority = read.authority;
        if (read.title) closing.title = { paragraph: line.paragraph, text: read.title };
        continue;
      }
    }
    if (!closing.title && (closing.authority ? isUpperCaseLine(text) && text.length <= 60 : isTitleLine(text))) {
      closing.title = { paragraph: line.paragraph, text };
      continue;
    }
    if (closing.title && !closing.signer && isPersonName(text)) {
      closing.signer = { paragraph: line.paragraph, text };
      break;
    }
  }
  return closing;
}
