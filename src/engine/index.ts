/** The engine's public API: read documents, understand requests, check drafts. */
export { readDocument, readDocx, readText } from "./read";
export { extractRequest } from "./understand/request";
export { parseRequestProfile, serializeRequestProfile } from "./understand/request-profile";
export { checkDocument, type CheckOptions } from "./check";
export { allRules, ruleById } from "./rules";
export { InputError, type InputErrorCode } from "./errors";
export { modelFromParagraphs } from "./model";
export type {
  Alignment,
  DocumentModel,
  LegacyEncoding,
  PageSetup,
  Paragraph,
  ParagraphFormat,
  ReadNotice,
  Span,
  TableCellRef,
  TextMark,
  Waiver,
} from "./model";
export type {
  CheckResult,
  DocumentFactsSummary,
  FindingData,
  Localized,
  Finding,
  FindingAnchor,
  OutlineNode,
  Period,
  RequestProfile,
  SectionState,
  SectionStatus,
  Severity,
  WaivedFinding,
} from "./types";
export type { Rule, RuleContext, RuleMeta } from "./rules/rule";
export { formatFinding, formatVoidWaivers, formatWaivedSummary, formatWaiverReason, ruleDisplayName, type Language } from "./format";
export { applyWaivers, createWaiver, parseWaivers, serializeWaivers, WAIVERS_NAMESPACE } from "./waivers";
