/**
 * header-wording: a header part that is there but written wrongly — a misspelt Quốc hiệu
 * ("CỘNG HÕA"), a Tiêu ngữ without its spaced hyphens ("Độc lập -Tự do"), Quốc hiệu and
 * Tiêu ngữ run into one line, an agency line with a stray letter ("DUBND"), or "Số:" written
 * another way. Says what is wrong and shows the text NĐ 30 (Phụ lục I) prescribes; the part
 * itself is not "missing", so header-missing stays silent about it.
 */
import type { Span } from "../model";
import type { Finding } from "../types";
import { upperFolded } from "../understand/agency-name";
import { correctAgencyHead, type HeaderLine } from "../understand/header";
import { report, type Rule, type RuleContext } from "./rule";

const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";

/** Where a header line's text sits in its paragraph, when it can be found there. */
function spanOf(context: RuleContext, line: HeaderLine, text = line.text): Span | undefined {
  const paragraph = context.draft.paragraphs.find((p) => p.index === line.paragraph);
  const start = paragraph ? paragraph.text.indexOf(text) : -1;
  return start < 0 ? undefined : { paragraph: line.paragraph, start, end: start + text.length };
}

/** The letters of the Quốc hiệu compared with the prescribed text ("HOÀ" and "HÒA" both pass). */
export function nationalTitleSlip(text: string): boolean {
  const letters = upperFolded(text).replace(/[^\p{L}]+/gu, " ").trim();
  return letters !== upperFolded(NATIONAL_TITLE);
}

/**
 * The Tiêu ngữ's words and separators: spaced hyphens between the three parts (en dashes
 * accepted, and non-breaking hyphens, which look the same).
 */
export function mottoSlip(text: string): boolean {
  const normalized = text.normalize("NFC").replace(/\s+/g, " ").trim();
  return !/^Độc lập [-–\u2011] Tự do [-–\u2011] Hạnh phúc$/u.test(normalized);
}

export const headerWording: Rule<"nationalTitle" | "motto" | "merged" | "agency" | "number"> = {
  meta: {
    id: "header-wording",
    severity: "warning",
    name: { vi: "Phần đầu văn bản viết sai", en: "Header written wrongly" },
    description: {
      vi: "Quốc hiệu, Tiêu ngữ, tên cơ quan hoặc chữ \"Số:\" có ở phần đầu nhưng viết sai chính tả hoặc sai dấu (NĐ 30/2020, Phụ lục I).",
      en: "The national title, motto, agency name or \"Số:\" is in the header but misspelt or mis-punctuated (Decree 30/2020, Appendix I).",
    },
    messages: {
      nationalTitle: {
        vi: "Quốc hiệu viết sai: \"{written}\"; phải là \"{correct}\".",
        en: "The national title is misspelt: \"{written}\"; it should read \"{correct}\".",
      },
      motto: {
        vi: "Tiêu ngữ viết sai: \"{written}\"; phải là \"{correct}\" (gạch nối có cách chữ ở hai bên).",
        en: "The motto is written \"{written}\"; it should read \"{correct}\" (hyphens with a space on both sides).",
      },
      merged: {
        vi: "Quốc hiệu và Tiêu ngữ viết liền trên một dòng: \"{written}\"; Tiêu ngữ \"{correct}\" phải ở dòng riêng dưới Quốc hiệu.",
        en: "The national title and the motto run on one line: \"{written}\"; the motto \"{correct}\" goes on its own line under the title.",
      },
      agency: {
        vi: "Tên cơ quan viết sai: \"{written}\"; có lẽ là \"{correct}\".",
        en: "The agency name looks mistyped: \"{written}\"; probably \"{correct}\".",
      },
      number: {
        vi: "Chữ \"Số\" viết sai: \"{written}\"; văn bản của cơ quan nhà nước viết \"{correct}\".",
        en: "\"Số\" is written \"{written}\"; state documents write \"{correct}\".",
      },
    },
  },
  check(context) {
    const header = context.facts.header;
    const findings: Finding[] = [];
    const title = header.nationalTitle;
    if (title && header.system === "state") {
      const mottoInside = header.motto && header.motto.paragraph === title.paragraph && header.motto.text === title.text;
      const titlePart = mottoInside ? title.text.slice(0, title.text.search(/Đ[ộô]c\s*l/iu)).trim() : title.text;
      if (nationalTitleSlip(titlePart)) {
        findings.push(report(headerWording, "nationalTitle", { written: titlePart, correct: NATIONAL_TITLE }, { span: spanOf(context, title, titlePart), excerpt: titlePart }));
      }
      // Plain text (pasted, converted from PDF or a web page) loses the line break: only a Word layout is the drafter's.
      const laidOut = context.draft.source === "docx" || context.draft.source === "word";
      if (mottoInside && titlePart && laidOut) {
        findings.push(report(headerWording, "merged", { written: title.text, correct: MOTTO }, { span: spanOf(context, title), excerpt: title.text }));
      }
    }
    const motto = header.motto;
    if (motto && header.system === "state") {
      const at = motto.text.search(/Đ[ộô]c\s*l/iu);
      const written = (at > 0 ? motto.text.slice(at) : motto.text).trim();
      if (mottoSlip(written)) {
        findings.push(report(headerWording, "motto", { written, correct: MOTTO }, { span: spanOf(context, motto, written), excerpt: written }));
      }
    }
    for (const agency of header.agencies) {
      const correct = correctAgencyHead(agency.text);
      if (correct) findings.push(report(headerWording, "agency", { written: agency.text, correct }, { span: spanOf(context, agency), excerpt: agency.text }));
    }
    const number = header.number;
    if (number && header.system === "state") {
      const head = /^\s*(S[ỐốOo]\s*:?|s[ốo]\s*:?)/u.exec(number.text)?.[1] ?? "";
      if (head && head !== "Số:") {
        findings.push(report(headerWording, "number", { written: head, correct: "Số:" }, { span: spanOf(context, number, head), excerpt: head }));
      }
    }
    return findings;
  },
};
