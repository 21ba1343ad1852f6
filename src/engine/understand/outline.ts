/**
 * Extracts the outline a request attaches ("Phụ lục 3 – Đề cương báo cáo", "Mẫu báo cáo"):
 * the headings a reply must follow, as a tree. Inside an outline every numbered paragraph is
 * a heading however long it is (the outline's items are instructions written as sentences);
 * unnumbered prose under a heading is guidance for the writer, not a heading.
 */
import type { DocumentModel } from "../model";
import type { OutlineNode } from "../types";
import { cleanParagraph, isUpperCaseLine, type CleanedParagraph } from "./sections";
import { parseNumbering } from "./heading-numbers";

const APPENDIX = /^(phụ\s+lục|phụ\s+biểu)(?:\s+(?:số\s+)?([\dIVXLC]+[a-z]?))?(?=$|[\s:.\-–—(])/i;
const OUTLINE_TITLE = /^(đề\s+cương(\s+báo\s+cáo)?|mẫu\s+(đề\s+cương|báo\s+cáo)|khung\s+báo\s+cáo|nội\s+dung\s+báo\s+cáo)(?=$|[^\p{L}\p{N}])/iu;
/** Where an outline stops: notes for the writer, the closing, the next appendix. */
const OUTLINE_END = /^(lưu\s+ý|ghi\s+chú|chú\s+ý|nơi\s+nhận|trên\s+đây|phụ\s+lục|phụ\s+biểu)(?=$|[^\p{L}\p{N}])/iu;
/** Lines between the marker and the first heading: subtitle, "(Kèm theo Công văn số …)". */
const BODY_REFERENCE = /(?:theo|tại|ở)\s+(?:các\s+nội\s+dung\s+|nội\s+dung\s+|đề\s+cương\s+|mẫu\s+)?(?:tại\s+|ở\s+)?phụ\s+lục\s+(?:số\s+)?([\dIVXLC]+)/i;

const PART_LINE = /^(phần|mở\s+đầu|đặt\s+vấn\s+đề)(?=$|[^\p{L}\p{N}])/iu;

const MAX_MARKER_LENGTH = 160;
const LOOKAHEAD_FOR_TITLE = 4;

interface Marker {
  paragraph: number;
  /** The appendix number, "3"; "" for an unnumbered marker. */
  number: string;
  outlineTitle: boolean;
}

/** Paragraphs cleaned on first use: most of a long draft is never looked at closely. */
class CleanedParagraphs {
  private readonly cache: (CleanedParagraph | undefined)[];
  constructor(private readonly model: DocumentModel) {
    this.cache = new Array(model.paragraphs.length);
  }
  get length(): number {
    return this.model.paragraphs.length;
  }
  inCell(index: number): boolean {
    return this.model.paragraphs[index].cell !== undefined;
  }
  rawLength(index: number): number {
    return this.model.paragraphs[index].text.length;
  }
  at(index: number): CleanedParagraph {
    let cleaned = this.cache[index];
    if (!cleaned) {
      cleaned = cleanParagraph(this.model.paragraphs[index]);
      this.cache[index] = cleaned;
    }
    return cleaned;
  }
}

/** Markdown marks and spacing a marker line may carry around its words. */
const MARKUP_SLACK = 40;

function findMarkers(cleaned: CleanedParagraphs): Marker[] {
  const markers: Marker[] = [];
  for (let i = 0; i < cleaned.length; i++) {
    if (cleaned.rawLength(i) > MAX_MARKER_LENGTH + MARKUP_SLACK) continue;
    const { text, footnote } = cleaned.at(i);
    if (footnote || text.length === 0 || text.length > MAX_MARKER_LENGTH) continue;
    const appendix = APPENDIX.exec(text);
    if (appendix) {
      // "Phụ lục 3" as a line of its own (or "Phụ lục 3: Đề cương…"); never a sentence citing it.
      const after = text.slice(appendix[0].length).trim();
      if (after.length > 0 && !/^[:.\-–—(]/.test(after) && !OUTLINE_TITLE.test(after)) continue;
      let outlineTitle = OUTLINE_TITLE.test(after.replace(/^[:.\-–—]\s*/, ""));
      for (let k = i + 1; k < Math.min(cleaned.length, i + 1 + LOOKAHEAD_FOR_TITLE) && !outlineTitle; k++) {
        if (OUTLINE_TITLE.test(cleaned.at(k).text)) outlineTitle = true;
      }
      markers.push({ paragraph: i, number: (appendix[2] ?? "").toUpperCase(), outlineTitle });
      continue;
    }
    if (OUTLINE_TITLE.test(text) && (isUpperCaseLine(text) || cleaned.at(i).bold || text.length <= 80)) {
      const previous = markers[markers.length - 1];
      // The title line right under "Phụ lục 3" belongs to that marker.
      if (previous && i - previous.paragraph <= LOOKAHEAD_FOR_TITLE) continue;
      markers.push({ paragraph: i, number: "", outlineTitle: true });
    }
  }
  return markers;
}

/** The appendix the request's own text points to: "báo cáo theo các nội dung tại Phụ lục 3". */
function referencedAppendix(cleaned: CleanedParagraphs, before: number): string | null {
  for (let i = 0; i < before; i++) {
    const { text, footnote } = cleaned.at(i);
    if (footnote) continue;
    const match = BODY_REFERENCE.exec(text);
    if (match) return match[1].toUpperCase();
  }
  return null;
}

function chooseMarker(markers: Marker[], cleaned: CleanedParagraphs): Marker | null {
  if (markers.length === 0) return null;
  const referenced = referencedAppendix(cleaned, markers[0].paragraph);
  if (referenced) {
    const marker = markers.find((m) => m.number === referenced);
    if (marker) return marker;
  }
  return markers.find((m) => m.outlineTitle) ?? markers[0];
}

interface FlatHeading {
  key: string;
  number: string;
  title: string;
  /** The heading is complete (ends like a sentence); a following lower-case line is guidance. */
  closed: boolean;
}

function stripTitle(title: string): string {
  let text = title.replace(/\s+/g, " ").trim();
  text = text.replace(/\s*:\s*$/, "");
  if (text.endsWith(".") && !text.endsWith("..") && !text.endsWith("…")) text = text.slice(0, -1);
  return text.trim();
}

/**
 * The outline attached to a request, as a tree of headings; [] when the request has none
 * (the letter's own body is never taken for an outline).
 */
export function extractOutline(model: DocumentModel): OutlineNode[] {
  const cleaned = new CleanedParagraphs(model);
  const marker = chooseMarker(findMarkers(cleaned), cleaned);
  if (!marker) return [];

  const flat: FlatHeading[] = [];
  let started = false;
  for (let i = marker.paragraph + 1; i < cleaned.length; i++) {
    const { text, footnote } = cleaned.at(i);
    // A table in an appendix is a form to fill (its column headers, its rows of companies),
    // never the headings a reply must follow.
    if (text.length === 0 || footnote || cleaned.inCell(i)) continue;
    if (OUTLINE_END.test(text)) {
      if (started) break;
      // "Phụ lục" again before any heading: the marker was a reference list; go on.
      if (/^(nơi\s+nhận|trên\s+đây)/i.test(text)) break;
      continue;
    }
    const numbering = parseNumbering(text);
    if (numbering) {
      const rest = numbering.rest.trim();
      if (!/[\p{L}\p{N}]/u.test(rest)) continue;
      started = true;
      const last = rest.slice(-1);
      flat.push({
        key: numbering.key,
        number: numbering.number,
        title: rest,
        closed: last === "." || last === "?" || last === ":" || last === ")" || last === ";",
      });
      continue;
    }
    if (!started) {
      // Before the first numbered heading come the outline's title lines; only a part
      // heading ("PHẦN MỞ ĐẦU") already belongs to the outline.
      if (isUpperCaseLine(text) && PART_LINE.test(text) && text.length <= 120) {
        started = true;
        flat.push({ key: "upper", number: "", title: text, closed: true });
      }
      continue;
    }
    const previous = flat[flat.length - 1];
    const first = text[0];
    const lowerStart = first !== first.toUpperCase();
    if (previous && !previous.closed && lowerStart && text.length <= 200) {
      // A heading wrapped over two paragraphs.
      previous.title = `${previous.title} ${text}`;
      const last = text.slice(-1);
      previous.closed = last === "." || last === "?" || last === ":" || last === ")";
      continue;
    }
    if (isUpperCaseLine(text) && text.length <= 120 && !text.startsWith("(")) {
      flat.push({ key: "upper", number: "", title: text, closed: true });
    }
    // Anything else is guidance for the writer.
  }
  const tree = nest(flat.length > 0 ? flat : emphasizedHeadings(cleaned, marker.paragraph + 1));
  return isOutline(tree) ? tree : [];
}

/** "1. Ủy ban nhân dân xã …", "2. Công ty …": who is addressed, not what to report. */
const ORGANISATION = /^(?:ủy ban|uỷ ban|ubnd|công ty|tổng công ty|tập đoàn|sở|bộ|ban|cục|chi cục|phòng|trung tâm|văn phòng|hội đồng|viện|trường|bệnh viện|hợp tác xã|chi nhánh|nhà máy|xí nghiệp|đảng ủy|đảng uỷ|huyện ủy|tỉnh ủy|các sở|các đơn vị)(?=[^\p{L}]|$)/iu;

/**
 * An outline names what to report. A single title line, or a list whose every heading names
 * an agency or a company (a recipient list, a list of units), is none.
 */
function isOutline(tree: readonly OutlineNode[]): boolean {
  if (tree.length === 0) return false;
  if (tree.length === 1 && tree[0].children.length === 0) return false;
  if (tree.length >= 2 && tree.every((node) => ORGANISATION.test(node.title) && node.title.length <= 160)) return false;
  return true;
}

/** "(Ban hành kèm theo Kế hoạch số …)", "(Kèm theo Công văn số …)": the end of an outline's title block. */
const ISSUED_WITH = /^\((ban\s+hành\s+)?kèm\s+theo/iu;
const TITLE_BLOCK_LINES = 4;

/**
 * An outline whose numbering Word keeps outside the text (automatic numbering) shows only
 * heading styles or bold lines: take those, after the title block.
 */
function emphasizedHeadings(cleaned: CleanedParagraphs, from: number): FlatHeading[] {
  let start = from;
  for (let i = from; i < Math.min(cleaned.length, from + TITLE_BLOCK_LINES); i++) {
    if (ISSUED_WITH.test(cleaned.at(i).text)) start = i + 1;
  }
  const flat: FlatHeading[] = [];
  for (let i = start; i < cleaned.length; i++) {
    const { text, footnote, bold, headingLevel } = cleaned.at(i);
    if (text.length === 0 || footnote || cleaned.inCell(i)) continue;
    if (OUTLINE_END.test(text)) break;
    if (OUTLINE_TITLE.test(text) || text.startsWith("(")) continue;
    if (headingLevel !== undefined) {
      flat.push({ key: `style-${headingLevel}`, number: "", title: text, closed: true });
    } else if (bold && text.length <= 250 && !/[.;]$/.test(text)) {
      flat.push({ key: "bold", number: "", title: text, closed: true });
    }
  }
  return flat;
}

function nest(flat: FlatHeading[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: { key: string; node: OutlineNode }[] = [];
  for (const heading of flat) {
    const node: OutlineNode = { number: heading.number, title: stripTitle(heading.title), children: [] };
    const at = stack.findIndex((entry) => entry.key === heading.key);
    if (at >= 0) stack.length = at;
    if (stack.length === 0) roots.push(node);
    else stack[stack.length - 1].node.children.push(node);
    stack.push({ key: heading.key, node });
  }
  return roots;
}
