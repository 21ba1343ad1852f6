/**
 * closing-missing: the document ends without the "Nơi nhận" list or without the signature
 * block (authority, title, signer) where its genre needs them (NĐ 30/2020, Phụ lục I mục II
 * khoản 7–9; HD 36-HD/VPTW). What each genre needs is the genre table (understand/genres): a
 * biên bản or a certificate has no Nơi nhận, a phiếu trình neither; a genre the engine cannot
 * tell is held to nothing.
 */
import type { FindingAnchor, Finding } from "../types";
import { COMMON_CLOSING } from "../understand/genres";
import { report, type Rule, type RuleContext } from "./rule";

const RECIPIENTS_LABEL = /^\s*Nơi\s+nhận\s*:/u;
const AUTHORITY = /^\s*(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}|^\s*[TK]\s?\/\s?[MLT]\s+\p{Lu}/u;

/** Characters that end a line inside a paragraph. */
const LINE_BREAKS = ["\r", "\n", "\v", "\u2028"];

/** White space as `\s` knows it. */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * The closing reader looks at the end; a decree's appendix or a report's annexed tables come
 * after the signature. Any line of the body opening "Nơi nhận:" or an authority prefix counts.
 */
function foundInBody(context: RuleContext): { recipients: boolean; signature: boolean } {
  const found = { recipients: false, signature: false };
  const start = context.facts.header.bodyStart;
  const look = (line: string): void => {
    if (RECIPIENTS_LABEL.test(line)) found.recipients = true;
    if (AUTHORITY.test(line)) found.signature = true;
  };
  for (const paragraph of context.draft.paragraphs) {
    if (paragraph.index < start) continue;
    const text = paragraph.text;
    if (LINE_BREAKS.some((brk) => text.includes(brk))) {
      for (const line of text.split(/[\r\n\v\u2028]+/u)) look(line);
    } else {
      // One line: both patterns open, after spaces, with "N" or with "T", "K" or "Q".
      let i = 0;
      while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
      const first = text.charCodeAt(i);
      if (first === 78 /* N */ || first === 84 /* T */ || first === 75 /* K */ || first === 81 /* Q */) look(text);
    }
    if (found.recipients && found.signature) break;
  }
  return found;
}

export const closingMissing: Rule<"recipients" | "signature"> = {
  meta: {
    id: "closing-missing",
    severity: "warning",
    name: { vi: "Thiếu nơi nhận hoặc chữ ký", en: "Recipients or signature missing" },
    description: {
      vi: "Cuối văn bản thiếu \"Nơi nhận\" hoặc phần ký (quyền hạn, chức vụ, họ tên người ký) mà loại văn bản này phải có.",
      en: "The document ends without the \"Nơi nhận\" list or the signature block its genre needs.",
    },
    messages: {
      recipients: {
        vi: "{genre} thiếu phần \"Nơi nhận:\" ở cuối văn bản (danh sách nơi nhận, dòng cuối \"- Lưu: VT, …\").",
        en: "The {genre} has no \"Nơi nhận:\" list at its end (recipients, ending with \"- Lưu: VT, …\").",
      },
      signature: {
        vi: "{genre} thiếu phần ký ở cuối văn bản: quyền hạn (TM., KT., TL. …), chức vụ và họ tên người ký.",
        en: "The {genre} has no signature block at its end: authority (TM., KT., TL. …), title and the signer's name.",
      },
    },
  },
  check(context) {
    const genre = context.facts.genre;
    const required = new Set(genre?.closing ?? COMMON_CLOSING);
    if (!genre || required.size === 0 || context.facts.header.template) return [];
    const closing = context.facts.closing;
    const paragraphs = context.draft.paragraphs;
    const last = paragraphs.length > 0 ? paragraphs[paragraphs.length - 1].index : 0;
    const end: FindingAnchor = { paragraph: last, placement: "after" };
    const name = { vi: genre.name, en: genre.name.toLowerCase() };
    const findings: Finding[] = [];
    const hasRecipients = closing.recipientsLabel !== null || closing.recipients.length > 0;
    const hasSignature = closing.authority !== null || closing.title !== null || closing.signer !== null;
    const body = hasRecipients && hasSignature ? { recipients: true, signature: true } : foundInBody(context);
    if (required.has("recipients") && !hasRecipients && !body.recipients) {
      findings.push(report(closingMissing, "recipients", { genre: name }, { anchor: end, excerpt: "Nơi nhận:" }));
    }
    if (required.has("signature") && !hasSignature && !body.signature) {
      findings.push(report(closingMissing, "signature", { genre: name }, { anchor: end, excerpt: "KT. …/ chức vụ / họ tên" }));
    }
    return findings;
  },
};
