/**
 * The task pane's heavy work: the engine (reading, understanding, checking) and the parts
 * builders. Loaded with `import()` on first use so the pane opens fast; see lazy.ts.
 */
import type { DocumentModel, LegacyEncoding } from "../engine/model";
import { convertFlatOpc } from "../engine/convert/flat-opc";
import { readText } from "../engine/read/text";
import { readPlainDocument } from "../engine/read/plain";
import { InputError } from "../engine/errors";
import { extractRequest, requestVerdict, type RequestOptions } from "../engine/understand/request";
import { parseRequestProfile, serializeRequestProfile } from "../engine/understand/request-profile";
import { checkDocument } from "../engine/check";
import type { CheckResult, OutlineNode, RequestProfile } from "../engine/types";
import { buildClosing, buildHeader, buildOutline, type Urgency } from "../parts/blocks";
import { draftSubject, requireDraftType } from "../parts/doctypes";
import { layoutFor } from "../parts/layout";
import { toFlatOpc } from "../parts/ooxml";
import type { OrgProfile } from "../parts/profile";
import { reviewHtml } from "../report/html";
import { examinedFromResult } from "../report/outcome";
import { buildReviewTable } from "../report/table";

export { parseRequestProfile, serializeRequestProfile };
export { EMPTY_ORG_CONFIG, effectiveProfile, parseOrgConfig } from "../org/config";
export { hasClosing, planOutlineInserts, type OutlineInsert } from "./outline-plan";

/** Request profiles are small JSON files: UTF-8, with or without BOM. */
function decodeJson(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/**
 * A .docx or .txt file as a document model. Text is read here; the .docx reader (with the
 * unzipper and the XML parser) is a chunk of its own, loaded only when a .docx is opened.
 */
export async function readFileModel(bytes: Uint8Array, name: string): Promise<DocumentModel> {
  // Text needs neither: read here, without waiting for another chunk.
  const plain = readPlainDocument(bytes, name);
  if (plain) return plain;
  const { readDocx } = await import(/* webpackChunkName: "reader" */ "../engine/read/docx");
  return readDocx(bytes, name);
}

/** A request from a file: a request profile (.json) as written, a letter (.docx/.txt) as understood. */
/**
 * The request a letter makes, after the engine's judgement that it is one — the same decision
 * as `vanban request`: a báo cáo or a letter that asks nothing is refused with the reason.
 */
function requestOf(model: DocumentModel, options: RequestOptions): RequestProfile {
  const verdict = requestVerdict(model);
  if (verdict.request) return extractRequest(model, options);
  const what =
    verdict.reason === "genre" && verdict.genre
      ? { vi: `Đây là ${verdict.genre.toLocaleLowerCase("vi")}, không phải văn bản yêu cầu trả lời.`, en: `This is a ${verdict.genre}, not a request for a reply.` }
      : {
          vi: "Không thấy câu nào đề nghị gửi báo cáo, thông tin hay ý kiến, nên đây không phải văn bản yêu cầu.",
          en: "No sentence asks for a report, information or opinions to be sent, so this is not a request.",
        };
  throw new InputError(
    "bad-request",
    `${what.vi} Hãy chọn công văn (hoặc giấy mời) đề nghị gửi báo cáo, thông tin hay ý kiến, hoặc một hồ sơ yêu cầu .json; hoặc điền các trường bên dưới.`,
    `${what.en} Choose a letter (or an invitation) that asks for a report, information or opinions, or a request profile (.json); or fill in the fields below.`,
  );
}

/** `options`: the day the clerk received the letter and the office's days off, for a deadline given as a span. */
export async function readRequestFile(bytes: Uint8Array, name: string, options: RequestOptions = {}): Promise<RequestProfile> {
  if (extensionOf(name) === "json") return parseRequestProfile(decodeJson(bytes));
  return requestOf(await readFileModel(bytes, name), options);
}

export function readRequestText(text: string, name: string, options: RequestOptions = {}): RequestProfile {
  return requestOf(readText(text, name), options);
}

/**
 * The open document's body (Word's OOXML) in Unicode, or null when no run needed converting;
 * `encoding` is what the check found, for runs whose font is not known.
 */
export function convertOoxmlToUnicode(ooxml: string, encoding: LegacyEncoding): string | null {
  const result = convertFlatOpc(ooxml, encoding);
  return result.runsConverted > 0 ? result.xml : null;
}

export function check(draft: DocumentModel, request: RequestProfile | null): CheckResult {
  return checkDocument(draft, request);
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
export { formatFinding, ruleDisplayName } from "../engine/format";
