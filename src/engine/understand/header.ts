/**
 * The header of a document (NĐ 30 Phụ lục I; HD 36 for Party bodies): agency lines,
 * Quốc hiệu and Tiêu ngữ or "ĐẢNG CỘNG SẢN VIỆT NAM", number and symbol, place and date,
 * "V/v …" or type name and subject, urgency, and the "Kính gửi" recipients. Read from the
 * paragraphs before the body; a header table's cells are read like lines.
 */
import type { DocumentModel } from "../model";
import { isUpperCaseLine, upperFolded } from "./agency-name";
import { genreOfTitle, type Genre } from "./genres";
import {
  hasMotto,
  isNationalTitle,
  isPartyTitle,
  linesOf,
  markLine,
  mottoAt,
  nationalTitleAt,
  readNumber,
  readPlaceDate,
  RULE_LINE,
  type HeaderLine,
  type HeaderNumber,
  type HeaderPlaceDate,
  type Line,
} from "./header-lines";

export type { HeaderLine, HeaderNumber, HeaderPlaceDate } from "./header-lines";

export interface HeaderSubject {
  /** First paragraph of the subject. */
  paragraph: number;
  paragraphs: number[];
  /** Lines joined with single spaces, without the "V/v" prefix. */
  text: string;
}

export interface HeaderTypeName extends HeaderLine {
  /** Canonical type word: "Báo cáo". */
  type: string;
  genre: Genre;
}

export interface DocumentHeader {
  system: "state" | "party" | null;
  /** Agency lines in order, wrapped names already joined (one entry per agency). */
  agencies: HeaderLine[];
  /** The body above the issuing agency ("BỘ NỘI VỤ" above "VỤ CÔNG CHỨC"), when there are two. */
  parentAgency: HeaderLine | null;
  /** The issuing agency. */
  agency: HeaderLine | null;
  /** Quốc hiệu, or "ĐẢNG CỘNG SẢN VIỆT NAM" for Party documents. */
  nationalTitle: HeaderLine | null;
  motto: HeaderLine | null;
  number: HeaderNumber | null;
  placeDate: HeaderPlaceDate | null;
  /** "V/v …" of a công văn. */
  subject: HeaderSubject | null;
  typeName: HeaderTypeName | null;
  /** Trích yếu under the type name of a named type. */
  typeSubject: HeaderSubject | null;
  urgency: HeaderLine | null;
  secrecy: HeaderLine | null;
  /** The "Kính gửi" line. */
  salutation: HeaderLine | null;
  recipients: HeaderLine[];
  /** Index of the first body paragraph (after the header and recipients). */
  bodyStart: number;
  /** The header holds "{{placeholders}}" or dotted blanks: a template, not a broken header. */
  template: boolean;
}

/** How many paragraphs from the top are read as the header at most. */
const HEADER_LIMIT = 40;
/** Longer lines are body text (the longest header part, a wrapped V/v or trích yếu, is shorter). */
const MAX_HEADER_LINE = 400;

const URGENCY = ["HỎA TỐC", "THƯỢNG KHẨN", "KHẨN"];
const SECRECY = ["TUYỆT MẬT", "TỐI MẬT", "MẬT"];

/** Words that open the name of an agency; a line starting otherwise continues the name above. */
const AGENCY_HEADS = [
  "ỦY BAN NHÂN DÂN",
  "UBND",
  "HỘI ĐỒNG NHÂN DÂN",
  "HĐND",
  "BỘ",
  "SỞ",
  "BAN",
  "VĂN PHÒNG",
  "TỔNG CỤC",
  "CHI CỤC",
  "CỤC",
  "VỤ",
  "PHÒNG",
  "THANH TRA",
  "KHO BẠC",
  "BẢO HIỂM",
  "TRƯỜNG",
  "VIỆN",
  "TRUNG TÂM",
  "CÔNG TY",
  "TỔNG CÔNG TY",
  "TẬP ĐOÀN",
  "HỘI",
  "ĐẢNG BỘ",
  "ĐẢNG ỦY",
  "TỈNH ỦY",
  "THÀNH ỦY",
  "HUYỆN ỦY",
  "QUẬN ỦY",
  "THỊ ỦY",
  "CHI BỘ",
  "CHÍNH PHỦ",
  "QUỐC HỘI",
  "TÒA ÁN",
  "VIỆN KIỂM SÁT",
  "ĐẠI HỌC",
  "HỌC VIỆN",
  "MẶT TRẬN",
  "ỦY BAN",
  "ĐOÀN",
  "LIÊN ĐOÀN",
  "BỘ CHỈ HUY",
  "CÔNG AN",
];

const BODY_OPENERS = /^(?:thực hiện|căn cứ|phúc đáp|trả lời|theo đề nghị|triển khai|nhằm|để|trong thời gian|vừa qua|ngày \d)/iu;


function startsAgency(text: string): boolean {
  const upper = upperFolded(text);
  return AGENCY_HEADS.some((head) => {
    const h = upperFolded(head);
    return upper.startsWith(h) && !/\p{L}/u.test(upper[h.length] ?? " ");
  });
}

/**
 * An agency line whose first word is not an agency word but becomes one without a stray
 * letter ("DUBND TỈNH LÀO CAI" → "UBND TỈNH LÀO CAI"): the corrected line; null otherwise.
 */
export function correctAgencyHead(text: string): string | null {
  if (startsAgency(text) || !isUpperCaseLine(text)) return null;
  const words = text.trim().split(/\s+/);
  const first = words[0];
  if (first.length < 4) return null;
  const chars = [...first];
  for (let i = 0; i < chars.length; i++) {
    const candidate = [chars.slice(0, i).join("") + chars.slice(i + 1).join(""), ...words.slice(1)].join(" ");
    if (startsAgency(candidate) && AGENCY_HEADS.some((h) => upperFolded(candidate).startsWith(`${upperFolded(h)} `) && h.length >= 4)) return candidate;
  }
  return null;
}

/** The genre's title line: upper case ("BIÊN BẢN THẨM ĐỊNH"), or a decree's "Phụ lục III". */
function readTypeName(line: Line): HeaderTypeName | null {
  const text = line.text.trim();
  if (text.length > 80) return null;
  const upper = isUpperCaseLine(text) && !/\d/.test(text);
  const annex = /^Phụ\s+lục(?:\s+[IVXLC\d]+)?\s*$/iu.test(text);
  if (!upper && !annex) return null;
  const genre = genreOfTitle(text);
  if (!genre) return null;
  return { paragraph: line.paragraph, text, type: genre.name, genre };
}

function joinSubject(lines: Line[]): HeaderSubject {
  return {
    paragraph: lines[0].paragraph,
    paragraphs: [...new Set(lines.map((l) => l.paragraph))],
    text: lines
      .map((l) => l.text)
      .join(" ")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/\s*[.;]$/, ""),
  };
}

const SALUTATION = /^\s{0,8}Kính\s{1,3}gửi\s{0,3}:?\s{0,8}/iu;
const RECIPIENT_ITEM = /^\s{0,8}[-–+•]\s{0,4}\S/u;

/** Reads the header from the top of a document. */
export function extractHeader(model: DocumentModel): DocumentHeader {
  const header: DocumentHeader = {
    system: null,
    agencies: [],
    parentAgency: null,
    agency: null,
    nationalTitle: null,
    motto: null,
    number: null,
    placeDate: null,
    subject: null,
    typeName: null,
    typeSubject: null,
    urgency: null,
    secrecy: null,
    salutation: null,
    recipients: [],
    bodyStart: 0,
    template: false,
  };
  const paragraphs = model.paragraphs.slice(0, HEADER_LIMIT);
  const lines = paragraphs.flatMap(linesOf);
  // A header laid out as a table (the templates' two-column table): all its cells are header.
  const headerTable = paragraphs[0]?.cell?.table;
  const inHeaderTable = new Set(
    headerTable === undefined ? [] : paragraphs.filter((p) => p.cell?.table === headerTable).map((p) => p.index),
  );
  let subjectLines: Line[] | null = null;
  let typeSubjectLines: Line[] | null = null;
  let bodyStart = model.paragraphs.length > 0 ? model.paragraphs[0].index : 0;
  let reachedBody = false;

  const closeOpenSubjects = (): void => {
    if (subjectLines && subjectLines.length > 0) header.subject = joinSubject(subjectLines);
    if (typeSubjectLines && typeSubjectLines.length > 0) header.typeSubject = joinSubject(typeSubjectLines);
    subjectLines = null;
    typeSubjectLines = null;
  };

  const addAgency = (paragraph: number, text: string): void => {
    const previous = header.agencies[header.agencies.length - 1];
    if (previous && !startsAgency(text) && previous.paragraph >= paragraph - 1) {
      header.agencies[header.agencies.length - 1] = { paragraph: previous.paragraph, text: `${previous.text} ${text}` };
    } else {
      header.agencies.push({ paragraph, text });
    }
  };
  // "BỘ NỘI VỤ CỘNG HÒA XÃ HỘI …": the left column glued before the right one.
  const gluedAgency = (paragraph: number, text: string, at: number): void => {
    const before = text.slice(0, at).trim();
    if (before && isUpperCaseLine(before) && !header.number && !header.placeDate) addAgency(paragraph, before);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text;
    // Header parts are short; a long line is body text and is not examined further.
    if (text.length > MAX_HEADER_LINE) {
      if (inHeaderTable.has(line.paragraph)) continue;
      closeOpenSubjects();
      bodyStart = line.paragraph;
      reachedBody = true;
      break;
    }
    // A template's "{{ten_co_quan}}" stands for a header part: the header goes on.
    if (/^\{\{[^}]*\}\}$/u.test(text)) continue;
    const salutation = SALUTATION.exec(text);
    if (salutation) {
      closeOpenSubjects();
      header.salutation = { paragraph: line.paragraph, text };
      const inline = text.slice(salutation[0].length).trim();
      if (inline) header.recipients.push({ paragraph: line.paragraph, text: inline });
      let j = i + 1;
      // Without an inline recipient, the list follows; with one, only "- …" lines continue it.
      while (j < lines.length && (RECIPIENT_ITEM.test(lines[j].text) || (!inline && j === i + 1 && lines[j].text.length < 200 && !BODY_OPENERS.test(lines[j].text)))) {
        header.recipients.push({ paragraph: lines[j].paragraph, text: lines[j].text });
        j++;
      }
      const last = j - 1 < i + 1 ? line.paragraph : lines[j - 1].paragraph;
      bodyStart = last + 1;
      reachedBody = true;
      break;
    }
    if (isNationalTitle(text)) {
      closeOpenSubjects();
      const at = nationalTitleAt(text);
      if (at > 0) gluedAgency(line.paragraph, text, at);
      const title = at > 0 ? text.slice(at) : text;
      header.nationalTitle = { paragraph: line.paragraph, text: title };
      header.system = "state";
      if (hasMotto(title)) header.motto = { paragraph: line.paragraph, text: title };
      continue;
    }
    if (isPartyTitle(text)) {
      closeOpenSubjects();
      header.nationalTitle = { paragraph: line.paragraph, text };
      header.system = "party";
      continue;
    }
    if (hasMotto(text) && text.length < 120) {
      const at = mottoAt(text);
      if (at > 0) gluedAgency(line.paragraph, text, at);
      header.motto = { paragraph: line.paragraph, text: at > 0 ? text.slice(at) : text };
      continue;
    }
    if (markLine(text, URGENCY)) {
      closeOpenSubjects();
      header.urgency = { paragraph: line.paragraph, text };
      continue;
    }
    if (markLine(text, SECRECY)) {
      closeOpenSubjects();
      header.secrecy = { paragraph: line.paragraph, text };
      continue;
    }
    const number = header.number ? null : readNumber(line.paragraph, text, line.offset);
    if (number) {
      closeOpenSubjects();
      header.number = number;
      if (!header.system && /^\d+-/.test(number.number)) header.system = "party";
      // "Số: 919/UBND-NC   Kiên Giang, ngày 16 tháng 5 năm 2023": both columns on one line.
      const restAt = number.end - line.offset;
      const rest = text.slice(restAt);
      const lead = rest.length - rest.trimStart().length;
      if (!header.placeDate && rest.trim()) {
        const glued = readPlaceDate(line.paragraph, rest.trim(), line.offset + restAt + lead);
        if (glued) {
          header.placeDate = glued;
          number.text = text.slice(0, restAt).trim();
        }
      }
      continue;
    }
    const placeDate = header.placeDate ? null : readPlaceDate(line.paragraph, text, line.offset);
    if (placeDate) {
      closeOpenSubjects();
      header.placeDate = placeDate;
      continue;
    }
    const vv = /^\s{0,8}V\s?\/\s?v\s{0,3}:?\s{0,3}/u.exec(text);
    if (vv) {
      closeOpenSubjects();
      subjectLines = [{ paragraph: line.paragraph, text: text.slice(vv[0].length), offset: line.offset + vv[0].length }];
      continue;
    }
    if (subjectLines) {
      if (text.length < 120 && !RULE_LINE.test(text) && !BODY_OPENERS.test(text)) {
        subjectLines.push(line);
        continue;
      }
      closeOpenSubjects();
    }
    const typeName = header.typeName ? null : readTypeName(line);
    if (typeName) {
      closeOpenSubjects();
      header.typeName = typeName;
      typeSubjectLines = [];
      continue;
    }
    if (typeSubjectLines) {
      if (RULE_LINE.test(text) || text === "*") {
        closeOpenSubjects();
        bodyStart = line.paragraph + 1;
        continue;
      }
      // "GIÁM ĐỐC SỞ CÔNG THƯƠNG", "ỦY BAN NHÂN DÂN TỈNH …": the issuing authority under a mixed-case trích yếu opens the body.
      const authorityLine = typeSubjectLines.length > 0 && isUpperCaseLine(text) && !typeSubjectLines.every((l) => isUpperCaseLine(l.text));
      const opensBody = typeSubjectLines.length > 0 && (authorityLine || BODY_OPENERS.test(text) || /^(?:[IVX]+|\d+)\s?[.-]\s/u.test(text));
      if (typeSubjectLines.length < 4 && text.length < 300 && !opensBody) {
        typeSubjectLines.push(line);
        bodyStart = line.paragraph + 1;
        continue;
      }
      closeOpenSubjects();
      bodyStart = line.paragraph;
      reachedBody = true;
      break;
    }
    if (text === "*" || RULE_LINE.test(text)) continue;
    if (isUpperCaseLine(text) && text.length <= 80 && !header.number && !header.placeDate) {
      addAgency(line.paragraph, text);
      continue;
    }
    if (inHeaderTable.has(line.paragraph)) continue;
    // Anything else is body text: the header ends here.
    bodyStart = line.paragraph;
    reachedBody = true;
    break;
  }
  closeOpenSubjects();
  if (!reachedBody && lines.length > 0 && bodyStart === 0) {
    const last = lines[lines.length - 1];
    bodyStart = last.paragraph + 1;
  }
  header.bodyStart = bodyStart;
  header.template = lines.some((l) => l.paragraph < bodyStart && /\{\{[^}]*\}\}|\.{4,}|…{2,}/u.test(l.text));
  if (header.agencies.length > 0) {
    header.agency = header.agencies[header.agencies.length - 1];
    if (header.agencies.length > 1) header.parentAgency = header.agencies[header.agencies.length - 2];
  }
  return header;
}
