/**
 * Layout rule packs: every size, width and fixed text the parts builders print, per system.
 * Numbers live here, not in the builders, so a newer Party rule set can replace its pack; the
 * formatting checks read the ranges the rules allow from `checks.ts` beside it.
 */

export type DocumentSystem = "state" | "party";

export type SignerAuthority = "TM." | "KT." | "Q." | "TL." | "TUQ." | "T/M" | "K/T" | "T/L" | "";

export interface TextFormat {
  /** Points. */
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** What marks the end of the agency name: a short rule (state) or a centred "*" (Party). */
export type AgencyMark = { kind: "rule"; fraction: number } | { kind: "star"; format: TextFormat };

/** Under a named type's subject: a rule (state) or a row of dashes (Party). */
export type SubjectMark = { kind: "rule"; lengthMm: number } | { kind: "text"; text: string; format: TextFormat };

export interface LayoutPack {
  /** Which rule set the pack follows, for reports and settings. */
  id: string;
  system: DocumentSystem;
  font: string;
  page: {
    widthMm: number;
    heightMm: number;
    marginTopMm: number;
    marginBottomMm: number;
    marginLeftMm: number;
    marginRightMm: number;
    pageNumber: TextFormat;
  };
  body: { size: number; firstLineMm: number; afterPt: number; lineMultiple: number };
  header: {
    leftWidthMm: number;
    rightWidthMm: number;
    parentAgency: TextFormat;
    agency: TextFormat;
    agencyMark: AgencyMark;
    /** Lines of the right column, top to bottom; a rule as long as the last line goes under it. */
    national: { text: string; format: TextFormat }[];
    number: TextFormat;
    /** "Số:" (state) or "Số" (Party). */
    numberLabel: string;
    /** Spaces left for the number when it is not yet known. */
    numberBlank: string;
    /** Number before the type (Party "Số 05-QĐ/TU") or after the label (state "Số: 05/QĐ-UBND"). */
    numberPattern: "state" | "party";
    letterSubject: TextFormat;
    date: TextFormat;
    /** Spaces for the day and month when the date is left to fill. */
    dateBlank: string;
    typeName: TextFormat;
    subject: TextFormat;
    subjectMark: SubjectMark;
    urgency: TextFormat;
  };
  closing: {
    leftWidthMm: number;
    rightWidthMm: number;
    heading: TextFormat;
    entry: TextFormat;
    authority: TextFormat;
    title: TextFormat;
    name: TextFormat;
    /** Empty lines between the title and the name, for the signature and the seal. */
    signatureLines: number;
  };
  /** Heading sizes by depth 1–3. */
  headings: TextFormat[];
  /** Line thickness of rules, eighths of a point. */
  ruleWeight: number;
  authorities: readonly SignerAuthority[];
}

const A4_NĐ30_PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
};

/** Nghị định 30/2020/NĐ-CP, Phụ lục I. */
export const STATE_LAYOUT: LayoutPack = {
  id: "nd30-2020",
  system: "state",
  font: "Times New Roman",
  page: { ...A4_NĐ30_PAGE, pageNumber: { size: 14 } },
  body: { size: 14, firstLineMm: 12.7, afterPt: 6, lineMultiple: 1.15 },
  header: {
    leftWidthMm: 68,
    rightWidthMm: 97,
    parentAgency: { size: 13 },
    agency: { size: 13, bold: true },
    agencyMark: { kind: "rule", fraction: 0.4 },
    national: [
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", format: { size: 12, bold: true } },
      { text: "Độc lập - Tự do - Hạnh phúc", format: { size: 13, bold: true } },
    ],
    number: { size: 13 },
    numberLabel: "Số:",
    numberBlank: "     ",
    numberPattern: "state",
    letterSubject: { size: 12 },
    date: { size: 13, italic: true },
    dateBlank: "    ",
    typeName: { size: 14, bold: true },
    subject: { size: 14, bold: true },
    subjectMark: { kind: "rule", lengthMm: 35 },
    urgency: { size: 13, bold: true },
  },
  closing: {
    leftWidthMm: 80,
    rightWidthMm: 85,
    heading: { size: 12, bold: true, italic: true },
    entry: { size: 11 },
    authority: { size: 14, bold: true },
    title: { size: 14, bold: true },
    name: { size: 14, bold: true },
    signatureLines: 4,
  },
  headings: [
    { size: 14, bold: true },
    { size: 14, bold: true },
    { size: 14, bold: true, italic: true },
  ],
  ruleWeight: 6,
  authorities: ["TM.", "KT.", "Q.", "TL.", "TUQ.", ""],
};

/** Hướng dẫn 36-HD/VPTW (03/4/2018). */
export const PARTY_LAYOUT: LayoutPack = {
  id: "hd36-2018",
  system: "party",
  font: "Times New Roman",
  page: { ...A4_NĐ30_PAGE, pageNumber: { size: 14 } },
  body: { size: 14, firstLineMm: 12.7, afterPt: 6, lineMultiple: 1.15 },
  header: {
    leftWidthMm: 75,
    rightWidthMm: 90,
    parentAgency: { size: 14 },
    agency: { size: 14, bold: true },
    agencyMark: { kind: "star", format: { size: 14 } },
    national: [{ text: "ĐẢNG CỘNG SẢN VIỆT NAM", format: { size: 15, bold: true } }],
    number: { size: 14 },
    numberLabel: "Số",
    numberBlank: "     ",
    numberPattern: "party",
    letterSubject: { size: 12, italic: true },
    date: { size: 14, italic: true },
    dateBlank: "    ",
    typeName: { size: 16, bold: true },
    subject: { size: 14, bold: true },
    subjectMark: { kind: "text", text: "-----", format: { size: 14 } },
    urgency: { size: 14, bold: true },
  },
  closing: {
    leftWidthMm: 80,
    rightWidthMm: 85,
    heading: { size: 14, underline: true },
    entry: { size: 12 },
    authority: { size: 14, bold: true },
    title: { size: 14, bold: true },
    name: { size: 14, bold: true },
    signatureLines: 4,
  },
  headings: [
    { size: 14, bold: true },
    { size: 14, bold: true },
    { size: 14, bold: true, italic: true },
  ],
  ruleWeight: 6,
  authorities: ["T/M", "K/T", "T/L", "Q.", ""],
};

export function layoutFor(system: DocumentSystem): LayoutPack {
  return system === "party" ? PARTY_LAYOUT : STATE_LAYOUT;
}
