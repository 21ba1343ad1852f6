/**
 * A formatting rule for tests only, so the fronts that apply fixes are tested on their own:
 * every non-empty paragraph wants Times New Roman 13, the page wants a 30 mm left margin, and
 * "CỘNG HOÀ" is offered as a text replacement by "CỘNG HÒA".
 */
import type { FormatFix } from "../../src/engine/fix/types";
import type { Rule } from "../../src/engine/rules/rule";
import type { Finding } from "../../src/engine/types";

export const formatTestRule: Rule<"font" | "page" | "spelling"> = {
  meta: {
    id: "format-test",
    severity: "warning",
    name: { vi: "Thể thức (thử)", en: "Formatting (test)" },
    description: { vi: "Quy tắc thử.", en: "Test rule." },
    messages: {
      font: { vi: "Phông hoặc cỡ chữ chưa đúng.", en: "Wrong font or size." },
      page: { vi: "Lề trái chưa đúng.", en: "Wrong left margin." },
      spelling: { vi: "Quốc hiệu viết sai.", en: "Misspelt national title." },
    },
  },
  check(context) {
    const findings: Finding[] = [];
    const make = (messageId: "font" | "page" | "spelling", fix: FormatFix[], paragraph?: number, excerpt = ""): Finding => ({
      rule: "format-test",
      severity: "warning",
      messageId,
      data: {},
      excerpt,
      ...(paragraph === undefined ? {} : { span: { paragraph, start: 0, end: context.draft.paragraphs[paragraph].text.length } }),
      fix,
    });
    const page = context.draft.page;
    if (page && page.marginLeft !== 30) findings.push(make("page", [{ kind: "page", set: { marginLeft: 30 } }]));
    for (const p of context.draft.paragraphs) {
      if (p.text.trim() === "") continue;
      if (p.format.font !== "Times New Roman" || p.format.size !== 13) {
        findings.push(make("font", [{ kind: "paragraph", paragraph: p.index, set: { font: "Times New Roman", size: 13 } }], p.index, p.text));
      }
      const at = p.text.indexOf("CỘNG HOÀ");
      if (at >= 0) findings.push(make("spelling", [{ kind: "text", paragraph: p.index, start: at, end: at + 8, replacement: "CỘNG HÒA" }], p.index, p.text));
    }
    return findings;
  },
};
