/**
 * The task pane's heavy work: the engine (reading, understanding, checking) and the parts
 * builders. Loaded with `import()` on first use so the pane opens fast; see lazy.ts.
 */
import type { DocumentModel, LegacyEncoding } from "../engine/model";
import { parseRequestProfile, serializeRequestProfile } from "../engine/understand/request-profile";
import { checkDocument } from "../engine/check";
import type { CheckResult, Finding, OutlineNode, RequestProfile } from "../engine/types";
import type { Waiver } from "../engine/model";
import { collectWaivers, serializeWaivers, waiverKey } from "../engine/waivers/xml";
import { createWaiver } from "../engine/waivers/match";
import { buildClosing, buildHeader, buildOutline, type Urgency } from "../parts/blocks";
import { draftSubject, requireDraftType } from "../parts/doctypes";
import { layoutFor } from "../parts/layout";
import { toFlatOpc } from "../parts/ooxml";
import type { OrgProfile } from "../parts/profile";
import { reviewHtml } from "../report/html";
import { examinedFromResult } from "../report/outcome";
import { buildReviewTable } from "../report/table";

export { parseRequestProfile, serializeRequestProfile, serializeWaivers };
export { EMPTY_ORG_CONFIG, effectiveProfile, parseOrgConfig } from "../org/config";
export { hasClosing, planOutlineInserts, type OutlineInsert } from "./outline-plan";
export { readFileModel, readRequestFile, readRequestText } from "./read-files";

/**
 * Turns the open document's body (Word's OOXML) into Unicode: the converter gives the new body,
 * or null when no run needed converting; `encoding` is what the check found, for runs whose
 * font is not known. Rarely wanted, and it brings the styles reader: a chunk of its own.
 */
export async function unicodeConverter(encoding: LegacyEncoding): Promise<(ooxml: string) => string | null> {
  const { convertFlatOpc } = await import(/* webpackChunkName: "convert" */ "../engine/convert/flat-opc");
  return (ooxml) => {
    const result = convertFlatOpc(ooxml, encoding);
    return result.runsConverted > 0 ? result.xml : null;
  };
}

export function check(draft: DocumentModel, request: RequestProfile | null): CheckResult {
  return checkDocument(draft, request);
}

/**
 * The draft with the waivers its custom XML parts hold (as `adapter.readWaivers` returns them),
 * and whether some part could not be read (the check then shows every finding of it).
 */
export function withWaivers(draft: DocumentModel, parts: readonly string[]): { model: DocumentModel; unreadable: boolean } {
  if (parts.length === 0) return { model: draft, unreadable: false };
  const found = collectWaivers(parts);
  return { model: { ...draft, waivers: found.waivers }, unreadable: found.unreadable > 0 || found.newerVersion };
}

/** Today as yyyy-mm-dd, the date a waiver keeps. */
function today(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/**
 * The change `adapter.updateWaivers` applies to add a waiver of `finding` (this one, or its
 * rule in this document), keeping every waiver already in the parts (a co-author's too).
 * `kept` receives the waivers as written, so the pane can re-check without reading Word again.
 */
export function addWaiverChange(
  finding: Finding,
  draft: DocumentModel,
  scope: Waiver["scope"],
  reason: string,
  kept: (waivers: Waiver[]) => void,
): (current: readonly string[]) => string {
  return (current) => {
    const waiver = createWaiver(finding, draft, scope, reason, today());
    const existing = collectWaivers(current).waivers.filter((w) => waiverKey(w) !== waiverKey(waiver));
    const waivers = [...existing, waiver];
    kept(waivers);
    return serializeWaivers(waivers);
  };
}

/** The change that removes a waiver ("Bỏ bỏ qua"), keeping every other. */
export function removeWaiverChange(waiver: Waiver, kept: (waivers: Waiver[]) => void): (current: readonly string[]) => string {
  return (current) => {
    const waivers = collectWaivers(current).waivers.filter((w) => waiverKey(w) !== waiverKey(waiver));
    kept(waivers);
    return serializeWaivers(waivers);
  };
}

export type PartKind = "header" | "closing" | "outline";

export interface PartOptions {
  type: string;
  subject?: string;
  number?: string;
  /** yyyy-mm-dd, or null to leave the date for hand filling. */
  date?: string | null;
  urgency?: Urgency | null;
  request?: RequestProfile | null;
}

/** The part as a flat OPC package for `insertOoxml`, in the profile's system (state or Party). */
export function partOoxml(kind: PartKind, profile: OrgProfile, options: PartOptions): string {
  const layout = layoutFor(profile.system);
  const blocks =
    kind === "header"
      ? buildHeader(profile, {
          type: options.type,
          // Left empty, the trích yếu is the request's, as `vanban new` makes it.
          subject: draftSubject({ subject: options.subject, request: options.request }, requireDraftType(options.type)) || null,
          number: options.number ?? null,
          date: options.date ?? null,
          urgency: options.urgency ?? null,
        })
      : kind === "closing"
        ? buildClosing(profile, { type: options.type })
        : buildOutline(options.request?.outline ?? [], { system: profile.system });
  return toFlatOpc(blocks, { layout });
}

/**
 * Outline entries below the top level, as headings of their own level: the builder numbers
 * levels from the top, so the entries go under stand-in parents whose blocks are dropped.
 */
export function outlineEntriesOoxml(nodes: readonly OutlineNode[], level: number, system: "state" | "party"): string {
  let tree: OutlineNode[] = [...nodes];
  for (let depth = 1; depth < level; depth++) tree = [{ number: "", title: "", children: tree }];
  // Each entry gives two blocks: its heading and an empty paragraph for its text.
  const blocks = buildOutline(tree, { system }).slice(2 * (level - 1));
  return toFlatOpc(blocks, { layout: layoutFor(system) });
}

/**
 * This document's check as the reviewers' self-contained HTML page: one row of the review
 * table (its own number and date from the check's facts, how it cites the request, each section).
 */
export function checkReportHtml(
  result: CheckResult,
  request: RequestProfile,
  options: { file: string; generatedAt: string },
): string {
  return reviewHtml(buildReviewTable(request, [examinedFromResult(options.file, result)]), { generatedAt: options.generatedAt });
}

/** The engine's words for a check's findings, loaded with the check itself. */
export { formatFinding, formatVoidWaivers, formatWaivedSummary, formatWaiverReason, ruleDisplayName } from "../engine/format";
