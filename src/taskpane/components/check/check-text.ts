/** The words of the check panel that need no React: notices, file names, severities. */
import type { DocumentModel, LegacyEncoding } from "../../../engine/model";
import type { RequestProfile, Severity } from "../../../engine/types";
import type { Language, Strings } from "../../i18n";
import { fill } from "../../text";

/** Unikey's names for the source encodings, as its converter lists them. */
const UNIKEY_SOURCE: Record<LegacyEncoding, string> = { tcvn3: "TCVN3 (ABC)", vni: "VNI Windows" };

export const LEGACY_NOTICE = "legacy-encoding";

/** What to do with a TCVN3/VNI document: the reader's own Vietnamese notice, or the pane's words in English. */
export function legacyText(model: DocumentModel, encoding: LegacyEncoding, s: Strings, language: Language): string {
  const own = model.notices.find((notice) => notice.code === LEGACY_NOTICE);
  if (own && language === "vi") return own.message;
  return fill(s.checkLegacyEncoding, {
    encoding: encoding === "tcvn3" ? s.legacyTcvn3 : s.legacyVni,
    source: UNIKEY_SOURCE[encoding],
  });
}

/** The reader's other notices (skipped text boxes…) in one message. */
export function readNoticesText(messages: readonly string[], s: Strings): string {
  if (messages.length === 1) return fill(s.checkReadNotice, { notice: messages[0] });
  return [s.checkReadNotices, ...messages.map((message) => `• ${message}`)].join("\n");
}

/** "23/11/2026 10:15" in the clerk's local time. */
export function formatNow(now: Date): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${two(now.getDate())}/${two(now.getMonth() + 1)}/${now.getFullYear()} ${two(now.getHours())}:${two(now.getMinutes())}`;
}

/**
 * "kiem-tra-4874-BNV-CCVC.html": named after the request, so reports of several documents sort
 * together; the review table is "tong-hop-…" (prefix) and its spreadsheet ".xlsx" (extension).
 */
export function reportFileName(request: RequestProfile, prefix = "kiem-tra", extension = "html"): string {
  const number = request.number?.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  const slug = number ? number.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") : "";
  return slug ? `${prefix}-${slug}.${extension}` : `${prefix}.${extension}`;
}

export function severityText(severity: Severity, s: Strings): string {
  return severity === "error" ? s.severityError : severity === "warning" ? s.severityWarning : s.severityInfo;
}
