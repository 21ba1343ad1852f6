/**
 * What the formatting checks accept, per rule set: sizes as ranges (points), bold and italic
 * where the rule prescribes them, page figures in millimetres, each with the clause it rests
 * on. The exact figures the parts builders print are in `packs.ts`; both come from the same
 * texts: Nghị định 30/2020/NĐ-CP, Phụ lục I (state) and Hướng dẫn 36-HD/VPTW (Party).
 */
import type { DocumentSystem } from "./packs";

/** A size range in points, both ends included. */
export type SizeRange = readonly [number, number];

export interface ElementRule {
  size?: SizeRange;
  /** True: must be bold; false: must not be; absent: either. */
  bold?: boolean;
  italic?: boolean;
  /** Where the rule says so, cited in findings. */
  clause: string;
}

export interface FormatPack {
  id: string;
  system: DocumentSystem;
  /** Fonts the body and the parts may use. */
  fonts: readonly string[];
  fontClause: string;
  /** Page numbers: Arabic, from the second page. */
  pageNumberClause: string;
  page: {
    widthMm: number;
    heightMm: number;
    /** Ranges allowed for each margin. */
    marginTopMm: SizeRange;
    marginBottomMm: SizeRange;
    marginLeftMm: SizeRange;
    marginRightMm: SizeRange;
    clause: string;
  };
  body: {
    size: SizeRange;
    /** First-line indent, points (1 cm to 1.27 cm). */
    firstLine: SizeRange;
    clause: string;
  };
  header: {
    nationalTitle: ElementRule;
    motto?: ElementRule;
    parentAgency: ElementRule;
    agency: ElementRule;
    number: ElementRule;
    date: ElementRule;
    typeName: ElementRule;
    subject: ElementRule;
    letterSubject: ElementRule;
  };
  closing: {
    heading: ElementRule;
    entry: ElementRule;
    authority: ElementRule;
    title: ElementRule;
    signer: ElementRule;
  };
}

const ND30 = "NĐ 30/2020/NĐ-CP, Phụ lục I";
const HD36 = "HD 36-HD/VPTW";

/** A4 portrait and the margins both rule sets give (the same figures in NĐ 30 and HD 36). */
const A4_PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: [20, 25],
  marginBottomMm: [20, 25],
  marginLeftMm: [30, 35],
  marginRightMm: [15, 20],
} as const;

/** Nghị định 30/2020/NĐ-CP, Phụ lục I (kỹ thuật trình bày văn bản hành chính). */
export const STATE_FORMAT: FormatPack = {
  id: "nd30-2020",
  system: "state",
  fonts: ["Times New Roman"],
  fontClause: `${ND30}, phông chữ`,
  pageNumberClause: `${ND30}, số trang văn bản`,
  page: { ...A4_PAGE, clause: `${ND30}, khổ giấy và định lề trang` },
  body: { size: [13, 14], firstLine: [28.35, 36], clause: `${ND30}, nội dung văn bản` },
  header: {
    nationalTitle: { size: [12, 13], bold: true, clause: `${ND30}, Quốc hiệu và Tiêu ngữ` },
    motto: { size: [13, 14], bold: true, clause: `${ND30}, Quốc hiệu và Tiêu ngữ` },
    parentAgency: { size: [12, 13], bold: false, clause: `${ND30}, tên cơ quan ban hành` },
    agency: { size: [12, 13], bold: true, clause: `${ND30}, tên cơ quan ban hành` },
    number: { size: [13, 13], bold: false, clause: `${ND30}, số và ký hiệu` },
    date: { size: [13, 14], italic: true, clause: `${ND30}, địa danh và thời gian` },
    typeName: { bold: true, clause: `${ND30}, tên loại và trích yếu nội dung` },
    subject: { size: [13, 14], bold: true, clause: `${ND30}, tên loại và trích yếu nội dung` },
    letterSubject: { size: [12, 13], bold: false, italic: false, clause: `${ND30}, trích yếu nội dung công văn` },
  },
  closing: {
    heading: { size: [12, 12], bold: true, italic: true, clause: `${ND30}, nơi nhận` },
    entry: { size: [11, 11], clause: `${ND30}, nơi nhận` },
    authority: { size: [13, 14], bold: true, clause: `${ND30}, chức vụ, họ tên và chữ ký` },
    title: { size: [13, 14], bold: true, clause: `${ND30}, chức vụ, họ tên và chữ ký` },
    signer: { size: [13, 14], bold: true, clause: `${ND30}, chức vụ, họ tên và chữ ký` },
  },
};

/** Hướng dẫn 36-HD/VPTW (03/4/2018), thể thức văn bản của Đảng. */
export const PARTY_FORMAT: FormatPack = {
  id: "hd36-2018",
  system: "party",
  fonts: ["Times New Roman"],
  fontClause: `${HD36}, phông chữ`,
  pageNumberClause: `${HD36}, số trang`,
  page: { ...A4_PAGE, clause: `${HD36}, khổ giấy và định lề trang` },
  body: { size: [14, 15], firstLine: [28.35, 36], clause: `${HD36}, nội dung văn bản` },
  header: {
    nationalTitle: { size: [15, 15], bold: true, clause: `${HD36}, tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM"` },
    parentAgency: { size: [14, 14], bold: false, clause: `${HD36}, tên cơ quan ban hành` },
    agency: { size: [14, 14], bold: true, clause: `${HD36}, tên cơ quan ban hành` },
    number: { size: [14, 14], bold: false, clause: `${HD36}, số và ký hiệu` },
    date: { size: [14, 14], italic: true, clause: `${HD36}, địa điểm và ngày tháng` },
    typeName: { bold: true, clause: `${HD36}, tên loại và trích yếu nội dung` },
    subject: { size: [14, 15], bold: true, clause: `${HD36}, tên loại và trích yếu nội dung` },
    letterSubject: { size: [12, 12], bold: false, italic: true, clause: `${HD36}, trích yếu nội dung công văn` },
  },
  closing: {
    heading: { size: [14, 14], clause: `${HD36}, nơi nhận` },
    entry: { size: [12, 12], clause: `${HD36}, nơi nhận` },
    authority: { size: [14, 14], bold: true, clause: `${HD36}, thể thức đề ký` },
    title: { size: [14, 14], bold: true, clause: `${HD36}, thể thức đề ký` },
    signer: { size: [14, 14], bold: true, clause: `${HD36}, thể thức đề ký` },
  },
};

export function formatPackFor(system: DocumentSystem): FormatPack {
  return system === "party" ? PARTY_FORMAT : STATE_FORMAT;
}

/** Sizes are compared after rounding to the half point Word stores, with half a point to spare (12.5 passes for 13). */
export function sizeWithin(size: number, range: SizeRange): boolean {
  return size >= range[0] - 0.5 && size <= range[1] + 0.5;
}

/** "12–13" or "13". */
export function showRange(range: SizeRange): string {
  return range[0] === range[1] ? String(range[0]) : `${range[0]}–${range[1]}`;
}
