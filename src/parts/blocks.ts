/**
 * One block model for every inserted part. The builders return blocks; `ooxml.ts` writes
 * them for Word's insertOoxml and `docx.ts` for a whole .docx file.
 */
import type { OutlineNode, RequestProfile } from "../engine/types";
import { requireDraftType, type DraftType } from "./doctypes";
import { dateLineText, numberLineText, shortDate, toCalendarDate, type DateInput } from "./format";
import { layoutFor, STATE_LAYOUT, type LayoutPack, type TextFormat } from "./layout";
import { cleanRecipient, type OrgProfile } from "./profile";

export type Alignment = "left" | "center" | "right" | "justify";

export type ParagraphStyle = "Normal" | "Heading1" | "Heading2" | "Heading3" | "Body";

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points. */
  size?: number;
  font?: string;
  /** Hex RGB, "000000"; headings set it so a document's coloured built-in heading style does not show. */
  color?: string;
}

export interface ParagraphBlock {
  kind: "paragraph";
  style?: ParagraphStyle;
  runs: Run[];
  align?: Alignment;
  /** Points before/after; `lineMultiple` 1 = single. */
  spacing?: { beforePt?: number; afterPt?: number; lineMultiple?: number };
  /** Millimetres. */
  indent?: { leftMm?: number; rightMm?: number; firstLineMm?: number };
  /** A frame around the paragraph (the urgency stamp), as wide as `widthMm` and centred. */
  frame?: { widthMm: number };
  keepWithNext?: boolean;
}

/** A short horizontal line, centred in whatever holds it (page or table cell). */
export interface RuleBlock {
  kind: "rule";
  lengthMm: number;
  /** Eighths of a point. */
  weight: number;
}

export interface TableBlock {
  kind: "table";
  /** Fixed column widths, millimetres; the table has no borders. */
  columnsMm: number[];
  rows: Block[][][];
}

export type Block = ParagraphBlock | RuleBlock | TableBlock;

export type Urgency = "HỎA TỐC" | "THƯỢNG KHẨN" | "KHẨN";

/** Upper case as printed in headers ("Sở Ngoại vụ" → "SỞ NGOẠI VỤ"). */
export function upper(text: string): string {
  return text.toLocaleUpperCase("vi");
}

/** A paragraph without spacing, for header and closing cells. */
function line(text: string, format: TextFormat, font: string, align: Alignment = "center"): ParagraphBlock {
  return {
    kind: "paragraph",
    style: "Normal",
    align,
    spacing: { beforePt: 0, afterPt: 0, lineMultiple: 1 },
    runs: [runOf(text, format, font)],
  };
}

function runOf(text: string, format: TextFormat, font: string): Run {
  const run: Run = { text, size: format.size, font };
  if (format.bold) run.bold = true;
  if (format.italic) run.italic = true;
  if (format.underline) run.underline = true;
  return run;
}

/*
 * Approximate advance widths of Times New Roman (thousandths of an em), enough to size
 * rules "as long as the text" without font files. Bold capitals run about 3 % wider.
 */
const NARROW = new Set("iljtfrI.,:;'!|()[]/- ".split(""));
const WIDE_LOWER = new Set("mw".split(""));
const WIDE_UPPER = new Set("MWƯƠ".split(""));

function charWidth(base: string, bold: boolean): number {
  if (base === " ") return 250;
  if (NARROW.has(base)) return base === "I" ? 390 : 300;
  if (/\d/.test(base)) return 500;
  if (WIDE_LOWER.has(base)) return 760;
  if (WIDE_UPPER.has(base)) return 900;
  if (base !== base.toLowerCase()) return bold ? 740 : 710;
  return bold ? 510 : 470;
}

/** Estimated printed width of `text` in millimetres. */
export function estimateWidthMm(text: string, format: TextFormat): number {
  let units = 0;
  for (const char of text.normalize("NFD")) {
    if (/\p{M}/u.test(char)) continue;
    units += charWidth(char, format.bold === true);
  }
  const points = (units / 1000) * format.size;
  return (points * 25.4) / 72;
}

export interface HeaderOptions {
  /** A key of DOCUMENT_TYPE_KEYS: "bao-cao", "cong-van"… */
  type: string;
  subject?: string | null;
  number?: string | number | null;
  date?: DateInput;
  urgency?: Urgency | null;
}

function agencyLines(profile: OrgProfile): string[] {
  return profile.agency.split(/\r?\n/).map((part) => upper(part.trim())).filter((part) => part !== "");
}

/**
 * The header: agency and number on the left, Quốc hiệu (Party: ĐẢNG CỘNG SẢN VIỆT NAM) and the
 * date on the right, in a borderless two-row table; then, for named types, title and subject.
 */
export function buildHeader(profile: OrgProfile, options: HeaderOptions): Block[] {
  const layout = layoutFor(profile.system);
  const type = requireDraftType(options.type);
  const font = layout.font;
  const header = layout.header;

  const left: Block[] = [];
  for (const part of profile.parentAgency.split(/\r?\n/)) {
    if (part.trim() !== "") left.push(line(upper(part.trim()), header.parentAgency, font));
  }
  const agency = agencyLines(profile);
  for (const part of agency) left.push(line(part, header.agency, font));
  if (header.agencyMark.kind === "rule") {
    const widest = agency.reduce((most, part) => Math.max(most, estimateWidthMm(part, header.agency)), 0);
    const length = clamp(widest * header.agencyMark.fraction, 12, header.leftWidthMm - 10);
    left.push({ kind: "rule", lengthMm: round1(length), weight: layout.ruleWeight });
  } else {
    left.push(line("*", header.agencyMark.format, font));
  }

  const right: Block[] = header.national.map((entry) => line(entry.text, entry.format, font));
  const lastNational = header.national[header.national.length - 1];
  right.push({
    kind: "rule",
    lengthMm: round1(Math.min(estimateWidthMm(lastNational.text, lastNational.format), header.rightWidthMm - 4)),
    weight: layout.ruleWeight,
  });

  const numberCell: Block[] = [
    line(numberLineText(type, { number: options.number, agencyCode: profile.agencyCode, unitCode: profile.unitCode }, layout), header.number, font),
  ];
  const subject = (options.subject ?? "").trim();
  if (!type.named && subject !== "") {
    numberCell.push(line(letterSubject(subject), header.letterSubject, font));
  }
  if (options.urgency) numberCell.push(urgencyStamp(options.urgency, layout));

  const dateCell: Block[] = [line(dateLineText(profile.place, options.date, layout), header.date, font)];

  const blocks: Block[] = [
    {
      kind: "table",
      columnsMm: [header.leftWidthMm, header.rightWidthMm],
      rows: [
        [left, right],
        [numberCell, dateCell],
      ],
    },
  ];
  if (type.named) blocks.push(...titleBlocks(type, subject, layout));
  return blocks;
}

/** "V/v …" for a công văn; a subject already starting with "V/v" is kept as written. */
function letterSubject(subject: string): string {
  return /^v\/v\b/iu.test(subject) ? subject : `V/v ${subject}`;
}

function urgencyStamp(urgency: Urgency, layout: LayoutPack): ParagraphBlock {
  const format = layout.header.urgency;
  const stamp = line(urgency, format, layout.font);
  stamp.spacing = { beforePt: 6, afterPt: 0, lineMultiple: 1 };
  stamp.frame = { widthMm: round1(estimateWidthMm(urgency, format) + 6) };
  return stamp;
}

function titleBlocks(type: DraftType, subject: string, layout: LayoutPack): Block[] {
  const header = layout.header;
  const title = line(type.title, header.typeName, layout.font);
  title.spacing = { beforePt: 18, afterPt: 0, lineMultiple: 1 };
  title.keepWithNext = true;
  const blocks: Block[] = [title];
  if (subject !== "") {
    const subjectLine = line(subject, header.subject, layout.font);
    subjectLine.keepWithNext = true;
    blocks.push(subjectLine);
  }
  const mark = header.subjectMark;
  if (mark.kind === "rule") {
    blocks.push({ kind: "rule", lengthMm: mark.lengthMm, weight: layout.ruleWeight });
  } else {
    blocks.push(line(mark.text, mark.format, layout.font));
  }
  return blocks;
}

export interface ClosingOptions {
  type: string;
}

/** Nơi nhận on the left, the signature on the right. */
export function buildClosing(profile: OrgProfile, options: ClosingOptions): Block[] {
  const layout = layoutFor(profile.system);
  const type = requireDraftType(options.type);
  const font = layout.font;
  const closing = layout.closing;

  const entries: string[] = [];
  if (type.nhuTren) entries.push("Như trên");
  for (const recipient of profile.recipients) {
    const text = cleanRecipient(recipient);
    if (text !== "") entries.push(text);
  }
  const left: Block[] = [line("Nơi nhận:", closing.heading, font, "left")];
  for (const entry of entries) left.push(line(`- ${entry};`, closing.entry, font, "left"));
  left.push(line(`- Lưu: VT, ${profile.unitCode}.`, closing.entry, font, "left"));

  const right: Block[] = [];
  const signer = profile.signer;
  if (signer.authority !== "") {
    right.push(line(upper(`${signer.authority} ${signer.authorityOf}`.trim()), closing.authority, font));
  }
  right.push(line(upper(signer.title), closing.title, font));
  for (let i = 0; i < closing.signatureLines; i++) right.push(line("", closing.title, font));
  right.push(line(signer.name, closing.name, font));

  return [
    spacer(layout),
    { kind: "table", columnsMm: [closing.leftWidthMm, closing.rightWidthMm], rows: [[left, right]] },
  ];
}

function spacer(layout: LayoutPack): ParagraphBlock {
  return line("", { size: layout.body.size }, layout.font, "left");
}

/** Heading text with the outline's own numbering: "I. Tình hình", "a) …". */
export function headingText(node: OutlineNode): string {
  const number = node.number.trim();
  const title = node.title.trim();
  if (number === "") return title;
  const separator = /^[a-zđ]$/u.test(number) ? ")" : ".";
  return `${number}${separator} ${title}`;
}

export interface OutlineOptions {
  /** Rule pack for the heading sizes; NĐ 30 when absent. */
  system?: OrgProfile["system"];
}

/**
 * Built-in Heading 1–3 by depth (deeper levels stay Heading 3), each followed by an empty body
 * paragraph. Runs repeat the heading format so the look survives a document whose own
 * Heading styles differ (insertOoxml keeps the destination's style definitions).
 */
export function buildOutline(outline: readonly OutlineNode[], options: OutlineOptions = {}): Block[] {
  const layout = layoutFor(options.system ?? "state");
  const blocks: Block[] = [];
  const visit = (nodes: readonly OutlineNode[], depth: number): void => {
    for (const node of nodes) {
      const level = Math.min(depth, 3);
      const style: ParagraphStyle = level === 1 ? "Heading1" : level === 2 ? "Heading2" : "Heading3";
      const run = runOf(headingText(node), layout.headings[level - 1], layout.font);
      run.color = "000000";
      blocks.push({
        kind: "paragraph",
        style,
        runs: [run],
        align: "justify",
        indent: { firstLineMm: layout.body.firstLineMm },
        spacing: { beforePt: layout.body.afterPt, afterPt: layout.body.afterPt, lineMultiple: layout.body.lineMultiple },
        keepWithNext: true,
      });
      blocks.push(bodyParagraph("", layout));
      visit(node.children, depth + 1);
    }
  };
  visit(outline, 1);
  return blocks;
}

/**
 * A body paragraph (Body Text style) with the NĐ 30 body format also set directly: Word keeps
 * a document's own definition of a built-in style when parts are inserted into it.
 */
export function bodyParagraph(text: string, layout: LayoutPack = STATE_LAYOUT): ParagraphBlock {
  const body = layout.body;
  return {
    kind: "paragraph",
    style: "Body",
    runs: [{ text, font: layout.font, size: body.size }],
    align: "justify",
    indent: { firstLineMm: body.firstLineMm },
    spacing: { beforePt: 0, afterPt: body.afterPt, lineMultiple: body.lineMultiple },
  };
}

export interface OpeningOptions {
  /** The replying agency as it reads in a sentence: "Sở Ngoại vụ". */
  agency?: string;
  /** What the reply does: "báo cáo như sau", "đề nghị như sau". */
  action?: string;
  /** Rule pack for the body format; NĐ 30 when absent. */
  system?: OrgProfile["system"];
}

/** A subject as cited after "về việc": leading "V/v" or "về việc" dropped, no final stop. */
function citedSubject(subject: string): string {
  return subject
    .trim()
    .replace(/^(?:v\/v|về việc)\s*/iu, "")
    .replace(/[.;,\s]+$/u, "");
}

/**
 * "Thực hiện Công văn số 4874/BNV-CCVC ngày 29/8/2023 của Bộ Nội vụ về việc …, Sở Ngoại vụ
 * báo cáo như sau:" — parts the request lacks are left out.
 */
export function openingSentence(request: RequestProfile, options: OpeningOptions = {}): string {
  const pieces: string[] = [];
  pieces.push(request.type?.trim() || "Văn bản");
  if (request.number?.trim()) pieces.push(`số ${request.number.trim()}`);
  const date = toCalendarDate(request.date);
  if (date) pieces.push(`ngày ${shortDate(date)}`);
  if (request.issuer?.trim()) pieces.push(`của ${request.issuer.trim()}`);
  const subject = request.subject ? citedSubject(request.subject) : "";
  if (subject !== "") pieces.push(`về việc ${subject}`);
  const action = options.action ?? "báo cáo như sau";
  const agency = options.agency?.trim() ?? "";
  const doer = agency === "" ? action : `${agency} ${action}`;
  return `Thực hiện ${pieces.join(" ")}, ${doer}:`;
}

export function buildOpening(request: RequestProfile, options: OpeningOptions = {}): Block[] {
  return [bodyParagraph(openingSentence(request, options), layoutFor(options.system ?? "state"))];
}

/** "Kính gửi: Bộ Nội vụ." — one recipient on the line, centred as in the templates. */
export function buildAddressee(recipient: string | null | undefined, profile: OrgProfile): Block[] {
  const layout = layoutFor(profile.system);
  const name = (recipient ?? "").trim().replace(/[.;]+$/u, "");
  const paragraph = line(name === "" ? "Kính gửi: " : `Kính gửi: ${name}.`, { size: layout.body.size }, layout.font);
  paragraph.spacing = { beforePt: 12, afterPt: 12, lineMultiple: 1 };
  return [paragraph];
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
