/**
 * format-closing: the "Nơi nhận" block and the signature in the sizes and weights prescribed
 * ("Nơi nhận:" bold italic 12, entries 11; authority, title and name bold, 13–14 for NĐ 30),
 * and the punctuation of the recipients: each entry ends with ";" (Party: ",") and the last,
 * "- Lưu: …", with a full stop. An entry ending with "," or ";" may continue on the next line
 * and is not judged; a part sharing its paragraph with another (line breaks) is not judged.
 */
import type { ElementRule } from "../layout/checks";
import type { Finding, Localized } from "../types";
import { ELEMENT_MESSAGES, elementProblems, formatScope, paragraphPlace, dominant } from "./format-scope";
import { report, type Rule } from "./rule";

const ELEMENTS: Record<string, Localized> = {
  heading: { vi: "Chữ \"Nơi nhận:\"", en: "\"Nơi nhận:\"" },
  entry: { vi: "Các dòng nơi nhận", en: "The recipient entries" },
  authority: { vi: "Quyền hạn người ký", en: "The signing authority" },
  title: { vi: "Chức vụ người ký", en: "The signer's title" },
  signer: { vi: "Họ tên người ký", en: "The signer's name" },
};

export const formatClosing: Rule<"size" | "bold" | "italic" | "entryEnd" | "lastEntryEnd"> = {
  meta: {
    id: "format-closing",
    severity: "warning",
    name: { vi: "Thể thức nơi nhận và chữ ký", en: "Recipients and signature formatting" },
    description: {
      vi: "Cỡ chữ, in đậm, in nghiêng của \"Nơi nhận\", các dòng nơi nhận, quyền hạn, chức vụ và họ tên người ký; dấu câu cuối mỗi dòng nơi nhận (NĐ 30/2020 Phụ lục I; HD 36-HD/VPTW).",
      en: "Size, bold and italic of \"Nơi nhận\", its entries, the authority, title and signer's name; the punctuation ending each recipient entry (Decree 30/2020 Appendix I; Party guide 36-HD/VPTW).",
    },
    messages: {
      ...ELEMENT_MESSAGES,
      entryEnd: {
        vi: "Dòng nơi nhận \"{written}\" thiếu dấu \"{mark}\" ở cuối ({clause}).",
        en: "The recipient entry \"{written}\" lacks the \"{mark}\" at its end ({clause}).",
      },
      lastEntryEnd: {
        vi: "Dòng nơi nhận cuối \"{written}\" phải kết thúc bằng dấu chấm ({clause}).",
        en: "The last recipient entry \"{written}\" must end with a full stop ({clause}).",
      },
    },
  },
  check(context) {
    const scope = formatScope(context);
    if (!scope) return [];
    const closing = context.facts.closing;
    const rules = scope.pack.closing;
    const paragraphs = context.draft.paragraphs;
    const findings: Finding[] = [];
    const own = (index: number): boolean => {
      const p = paragraphs[index];
      return p !== undefined && !p.text.includes("\v");
    };
    const judge = (key: string, index: number | undefined, rule: ElementRule, format = index === undefined ? undefined : paragraphs[index]?.format): void => {
      if (index === undefined || !own(index) || !format) return;
      for (const problem of elementProblems(format, rule)) {
        const finding = report(formatClosing, problem.messageId, { element: ELEMENTS[key], found: problem.found, prescribed: problem.prescribed, clause: rule.clause }, paragraphPlace(paragraphs[index]));
        finding.fix = [{ kind: "paragraph", paragraph: index, set: problem.set }];
        findings.push(finding);
      }
    };
    const taken = new Set<number>();
    for (const line of [closing.recipientsLabel, closing.authority, closing.title, closing.signer]) {
      if (!line) continue;
      if (taken.has(line.paragraph)) taken.add(-1 - line.paragraph);
      taken.add(line.paragraph);
    }
    const alone = (index: number | undefined): number | undefined => (index === undefined || taken.has(-1 - index) ? undefined : index);
    judge("heading", alone(closing.recipientsLabel?.paragraph), rules.heading);

    // Entries: judged together, by the size most of them share; the fix sets every entry off it.
    const entries = closing.recipients.filter((r) => own(r.paragraph) && r.paragraph !== closing.recipientsLabel?.paragraph);
    const entryParagraphs = [...new Set(entries.map((r) => r.paragraph))].map((i) => paragraphs[i]);
    const size = dominant(entryParagraphs, (f) => f.size);
    if (size !== undefined && entryParagraphs.length > 0) {
      const problem = elementProblems({ size }, rules.entry)[0];
      if (problem) {
        const first = entryParagraphs.find((p) => p.format.size === size) ?? entryParagraphs[0];
        const finding = report(formatClosing, "size", { element: ELEMENTS.entry, found: problem.found, prescribed: problem.prescribed, clause: rules.entry.clause }, paragraphPlace(first));
        finding.fix = entryParagraphs.filter((p) => p.format.size === size).map((p) => ({ kind: "paragraph" as const, paragraph: p.index, set: problem.set }));
        findings.push(finding);
      }
    }

    const party = scope.pack.system === "party";
    const mark = party ? "," : ";";
    entries.forEach((entry, i) => {
      const paragraph = paragraphs[entry.paragraph];
      const written = paragraph.text.trimEnd();
      const last = i === entries.length - 1;
      if (last) {
        if (!/^\s*-?\s*Lưu\b/u.test(written) || /[.…]$/u.test(written)) return;
        const finding = report(formatClosing, "lastEntryEnd", { written: written.trim(), clause: rules.entry.clause }, paragraphPlace(paragraph));
        finding.fix = [{ kind: "text", paragraph: paragraph.index, start: written.length, end: written.length, replacement: "." }];
        findings.push(finding);
        return;
      }
      // A letter, a digit or a closing bracket at the end: the separator is missing.
      if (!/^\s*-/u.test(written) || !/[\p{L}\p{N})]$/u.test(written)) return;
      const next = entries[i + 1] ? paragraphs[entries[i + 1].paragraph].text.trimStart() : "";
      if (!next.startsWith("-")) return;
      const finding = report(formatClosing, "entryEnd", { written: written.trim(), mark, clause: rules.entry.clause }, paragraphPlace(paragraph));
      finding.fix = [{ kind: "text", paragraph: paragraph.index, start: written.length, end: written.length, replacement: mark }];
      findings.push(finding);
    });

    judge("authority", alone(closing.authority?.paragraph), rules.authority);
    judge("title", alone(closing.title?.paragraph), rules.title);
    judge("signer", alone(closing.signer?.paragraph), rules.signer);
    return findings;
  },
};
