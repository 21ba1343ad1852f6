/**
 * A new draft as a .docx: header, Kính gửi (công văn, tờ trình), the opening sentence citing
 * the request, the request's outline as headings, and the closing. Used by `vanban new`.
 */
import type { RequestProfile } from "../engine/types";
import {
  bodyParagraph,
  buildAddressee,
  buildClosing,
  buildHeader,
  buildOpening,
  buildOutline,
  type Block,
  type Urgency,
} from "./blocks";
import { draftSubject, requireDraftType } from "./doctypes";
import { toDocx } from "./docx";
import type { DateInput } from "./format";
import { layoutFor } from "./layout";
import type { OrgProfile } from "./profile";

export { DOCUMENT_TYPE_KEYS } from "./doctypes";

export interface NewDraftOptions {
  profile: OrgProfile;
  /** A key of DOCUMENT_TYPE_KEYS. */
  type: string;
  /** The request the draft answers; its outline becomes the headings. */
  request?: RequestProfile | null;
  /** Subject (trích yếu); defaults to the request's subject. */
  subject?: string | null;
  /** Date of the draft; blank to fill when absent. */
  date?: DateInput;
  number?: string | number | null;
  urgency?: Urgency | null;
  /** Page numbers from page 2 on; on unless false. */
  pageNumbers?: boolean;
}

/** The blocks of a new draft, for callers that insert them instead of saving a file. */
export function buildNewDraftBlocks(options: NewDraftOptions): Block[] {
  const { profile, request } = options;
  const type = requireDraftType(options.type);
  const layout = layoutFor(profile.system);
  const subject = draftSubject(options, type);
  const blocks: Block[] = buildHeader(profile, {
    type: type.key,
    subject,
    number: options.number,
    date: options.date,
    urgency: options.urgency,
  });
  if (type.key === "cong-van" || type.key === "to-trinh") {
    blocks.push(...buildAddressee(request?.issuer, profile));
  } else {
    blocks.push(bodyParagraph("", layout));
  }
  if (request) {
    blocks.push(...buildOpening(request, { agency: profile.agencyInText || profile.agency, system: profile.system }));
    blocks.push(...buildOutline(request.outline, { system: profile.system }));
  }
  if (!request || request.outline.length === 0) blocks.push(bodyParagraph("", layout));
  blocks.push(...buildClosing(profile, { type: type.key }));
  return blocks;
}

export function buildNewDraft(options: NewDraftOptions): Uint8Array {
  const blocks = buildNewDraftBlocks(options);
  const type = requireDraftType(options.type);
  const subject = draftSubject(options, type);
  return toDocx(blocks, {
    layout: layoutFor(options.profile.system),
    page: { pageNumbers: options.pageNumbers !== false },
    title: subject === "" ? type.name : `${type.name} ${subject}`,
  });
}
