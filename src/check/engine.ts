/**
 * The check page's heavy part: the same engine and review table as `vanban review`, loaded
 * with `import()` right after the page shows (see load.ts), so the first paint stays light and
 * the page works offline once it has loaded. Nothing here touches the DOM.
 */
import { formatFinding, formatVoidWaivers, formatWaivedSummary, formatWaiverReason, ruleDisplayName } from "../engine/format";
import type { RequestProfile } from "../engine/types";
import type { FindingWording } from "../taskpane/components/check/useCheck";
import { readDocument, requireUnicode } from "../engine/read";
import { parseRequestProfile } from "../engine/understand/request-profile";
import { examine, type DocumentOutcome } from "../report/examine";
import { reviewHtml } from "../report/html";
import { buildReviewTable, type ReviewTable } from "../report/table";
import type { Language } from "../taskpane/i18n";
import { requestOf, type Advice } from "../taskpane/request-verdict";

/** What this page offers when the chosen request is no request. */
const PAGE_ADVICE: Advice = {
  vi: "Hãy chọn công văn (hoặc giấy mời) đề nghị gửi báo cáo, thông tin hay ý kiến, hoặc một hồ sơ yêu cầu .json.",
  en: "Choose a letter (or an invitation) that asks for a report, information or opinions, or a request profile (.json).",
};

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/**
 * The request a file makes, as `vanban request` reads it: a profile (.json) as written, a
 * letter (.docx/.txt) as understood; TCVN3/VNI text and non-requests are refused with the reason.
 */
export function readRequest(bytes: Uint8Array, name: string): RequestProfile {
  if (extensionOf(name) === "json") return parseRequestProfile(new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, ""));
  return requestOf(requireUnicode(readDocument(bytes, name)), PAGE_ADVICE);
}

/** One reply as the page shows it: its outcome (as in the review) and its paragraphs' text for the document view. */
export interface ReplyResult {
  outcome: DocumentOutcome;
  /** The reply's paragraphs, for showing where a finding is; empty when unreadable. */
  paragraphs: string[];
  /** English for an unreadable file's reason; the outcome holds the Vietnamese, as the CLI prints it. */
  reasonEn: string | null;
}

export function examineReply(bytes: Uint8Array, file: string, request: RequestProfile): ReplyResult {
  const examination = examine(bytes, file, request);
  if (!examination.model) return { outcome: examination.outcome, paragraphs: [], reasonEn: examination.reasonEn };
  return { outcome: examination.outcome, paragraphs: examination.model.paragraphs.map((p) => p.text), reasonEn: null };
}

export function reviewTable(request: RequestProfile, results: readonly ReplyResult[]): ReviewTable {
  return buildReviewTable(
    request,
    results.map((r) => r.outcome),
  );
}

export function reviewPage(table: ReviewTable, generatedAt: string): string {
  return reviewHtml(table, { generatedAt });
}

/** A finding's words and a rule's name in the page's language. */
export function wordingFor(language: Language): FindingWording {
  return {
    message: (finding) => formatFinding(finding, language),
    ruleName: (id) => ruleDisplayName(id, language),
    waivedSummary: (waived) => formatWaivedSummary(waived, language),
    waiverReason: (waiver) => formatWaiverReason(waiver, language),
    voidWaivers: (count) => formatVoidWaivers(count, language),
  };
}
