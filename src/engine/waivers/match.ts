/**
 * Which findings a document's waivers pass over. A finding waiver names its finding by rule,
 * message, excerpt and a fingerprint of the text it was made on (the paragraph's text, or for
 * something absent the finding's data), never by paragraph number: it follows its paragraph
 * when others are inserted before it, and stops applying when that text changes. A rule
 * waiver passes over every finding of its rule in the document.
 */
import type { DocumentModel, Waiver } from "../model";
import type { Finding, WaivedFinding } from "../types";
import { cleanReason } from "./xml";

/** Text compared as a reader sees it: Unicode NFC, any run of spaces or breaks as one space. */
function normalized(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** A 64-bit FNV-1a of the text's UTF-16 code units, as 16 hex digits (a fingerprint, not a secret). */
export function fingerprintText(text: string): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    low = (low ^ text.charCodeAt(i)) >>> 0;
    // Multiply the 64-bit value (high, low) by the FNV prime 2^40 + 0x1b3, in 32-bit halves.
    const lowTimes = low * 0x1b3;
    const carry = Math.floor(lowTimes / 0x100000000);
    const newLow = lowTimes >>> 0;
    const newHigh = (high * 0x1b3 + carry + ((low << 8) >>> 0)) >>> 0;
    high = newHigh;
    low = newLow;
  }
  return (high >>> 0).toString(16).padStart(8, "0") + (low >>> 0).toString(16).padStart(8, "0");
}

function stableJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${stableJson(record[key])}`)
    .join(",")}}`;
}

/** The fingerprint of the text a finding was made on. */
export function findingContext(finding: Finding, model: DocumentModel): string {
  if (finding.span) {
    const paragraph = model.paragraphs[finding.span.paragraph];
    return fingerprintText(`p:${normalized(paragraph?.text ?? "")}`);
  }
  return fingerprintText(`d:${stableJson(finding.data)}`);
}

/** A waiver for this finding ("finding") or for its rule in this document ("rule"). */
export function createWaiver(
  finding: Finding,
  model: DocumentModel,
  scope: Waiver["scope"],
  reason: string,
  date?: string,
): Waiver {
  const waiver: Waiver =
    scope === "rule"
      ? { scope, rule: finding.rule, reason: cleanReason(reason) }
      : {
          scope,
          rule: finding.rule,
          messageId: finding.messageId,
          excerpt: normalized(finding.excerpt),
          context: findingContext(finding, model),
          reason: cleanReason(reason),
        };
  if (date) waiver.date = date;
  return waiver;
}

function findingMatches(waiver: Waiver, finding: Finding, context: string): boolean {
  return (
    waiver.scope === "finding" &&
    waiver.rule === finding.rule &&
    waiver.messageId === finding.messageId &&
    waiver.excerpt === normalized(finding.excerpt) &&
    waiver.context === context
  );
}

export interface WaiverOutcome {
  findings: Finding[];
  waived: WaivedFinding[];
  voidWaivers: Waiver[];
}

/**
 * Splits the findings into those that stand and those a waiver passes over (a finding waiver
 * before its rule's waiver). A finding waiver that matches nothing while a finding of the same
 * rule and message stands is void: the text it was made on has changed. One that matches
 * nothing else is simply spent (the problem is gone) and is not reported. Waivers of rules that
 * did not run (`ranRules`) are left alone.
 */
export function applyWaivers(
  findings: readonly Finding[],
  model: DocumentModel,
  waivers: readonly Waiver[],
  ranRules?: ReadonlySet<string>,
): WaiverOutcome {
  if (waivers.length === 0) return { findings: [...findings], waived: [], voidWaivers: [] };
  const used = new Set<Waiver>();
  const standing: Finding[] = [];
  const waived: WaivedFinding[] = [];
  const ruleWaivers = new Map<string, Waiver>();
  for (const waiver of waivers) if (waiver.scope === "rule" && !ruleWaivers.has(waiver.rule)) ruleWaivers.set(waiver.rule, waiver);
  const findingWaivers = waivers.filter((waiver) => waiver.scope === "finding");
  for (const finding of findings) {
    const context = findingContext(finding, model);
    const waiver = findingWaivers.find((candidate) => findingMatches(candidate, finding, context)) ?? ruleWaivers.get(finding.rule);
    if (waiver) {
      used.add(waiver);
      waived.push({ finding, waiver });
    } else {
      standing.push(finding);
    }
  }
  const voidWaivers = findingWaivers.filter(
    (waiver) =>
      !used.has(waiver) &&
      (!ranRules || ranRules.has(waiver.rule)) &&
      standing.some((finding) => finding.rule === waiver.rule && finding.messageId === waiver.messageId),
  );
  return { findings: standing, waived, voidWaivers };
}
