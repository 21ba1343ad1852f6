/**
 * Waivers as the custom XML part kept inside the document (`customXml/itemN.xml` in a .docx,
 * `customXmlParts` in Word). The namespace carries the format's version: a later version
 * gets a namespace of its own, and this reader leaves such parts alone.
 *
 * ```xml
 * <waivers xmlns="urn:vanban:waivers:1">
 *   <waiver scope="finding" rule="date-after-deadline" message="late" context="…" date="2026-12-06">
 *     <excerpt>ngày 15 tháng 9 năm 2023</excerpt>
 *     <reason>Đã được gia hạn</reason>
 *   </waiver>
 *   <waiver scope="rule" rule="header-wording"><reason>Mẫu của đơn vị</reason></waiver>
 * </waivers>
 * ```
 */
import type { Waiver } from "../model";
import { InputError } from "../errors";
import { parseXml } from "../read/xml";

import { WAIVERS_NAMESPACE, WAIVERS_NAMESPACE_PREFIX } from "./namespace";

export { WAIVERS_NAMESPACE, WAIVERS_NAMESPACE_PREFIX };

/** A reason is a short note, not a document. */
export const MAX_REASON_LENGTH = 300;
const MAX_EXCERPT_LENGTH = 2000;
/** Far more than a clerk ever makes; a part with more is cut here. */
const MAX_WAIVERS = 5000;

const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

function escape(text: string): string {
  return text.replace(FORBIDDEN, "").replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** A reason as kept: one line, trimmed, at most MAX_REASON_LENGTH characters. */
export function cleanReason(reason: string): string {
  return reason.replace(/\s+/g, " ").trim().slice(0, MAX_REASON_LENGTH);
}

/** Whether the part's text uses the waivers namespace of any version (without parsing it). */
export function isWaiversXml(xml: string): boolean {
  return xml.includes(WAIVERS_NAMESPACE_PREFIX);
}

/**
 * The XML of the part holding `waivers` (one part holds them all). No XML declaration: Word's
 * `customXmlParts.addAsync` takes the root element, and a .docx writer adds its own declaration.
 */
export function serializeWaivers(waivers: readonly Waiver[]): string {
  const items = waivers.map((waiver) => {
    const attributes = [`scope="${waiver.scope}"`, `rule="${escape(waiver.rule)}"`];
    if (waiver.scope === "finding") {
      if (waiver.messageId !== undefined) attributes.push(`message="${escape(waiver.messageId)}"`);
      if (waiver.context !== undefined) attributes.push(`context="${escape(waiver.context)}"`);
    }
    if (waiver.date) attributes.push(`date="${escape(waiver.date)}"`);
    const excerpt = waiver.scope === "finding" && waiver.excerpt !== undefined ? `<excerpt>${escape(waiver.excerpt)}</excerpt>` : "";
    return `<waiver ${attributes.join(" ")}>${excerpt}<reason>${escape(cleanReason(waiver.reason))}</reason></waiver>`;
  });
  return `<waivers xmlns="${WAIVERS_NAMESPACE}">${items.join("")}</waivers>`;
}

export interface ParsedWaivers {
  waivers: Waiver[];
  /** The part is of a later version of the format, which this build does not read. */
  newerVersion: boolean;
}

/**
 * The waivers of one part. A part in another namespace gives none; a waiver without a rule
 * or with an unknown scope is left out. Malformed XML is an InputError ("bad-xml"/"corrupt-docx").
 */
export function parseWaivers(xml: string | Uint8Array, part = "customXml"): ParsedWaivers {
  const waivers: Waiver[] = [];
  let newerVersion = false;
  let rootSeen = false;
  let inRoot = false;
  let current: { waiver: Waiver; excerpt: string | null; reason: string } | null = null;
  let field: "excerpt" | "reason" | null = null;
  parseXml(xml, part, {
    open(tag) {
      if (!rootSeen) {
        rootSeen = true;
        inRoot = tag.uri === WAIVERS_NAMESPACE && tag.local === "waivers";
        newerVersion = !inRoot && tag.uri.startsWith(WAIVERS_NAMESPACE_PREFIX);
        return;
      }
      if (!inRoot || tag.uri !== WAIVERS_NAMESPACE) return;
      if (tag.local === "waiver" && !current) {
        const value = (name: string): string | undefined => {
          const attribute = tag.attributes[name];
          return typeof attribute === "object" ? attribute.value : undefined;
        };
        const scope = value("scope");
        const rule = value("rule");
        if ((scope !== "finding" && scope !== "rule") || !rule) return;
        const waiver: Waiver = { scope, rule, reason: "" };
        const messageId = value("message");
        const context = value("context");
        const date = value("date");
        if (scope === "finding" && messageId !== undefined) waiver.messageId = messageId;
        if (scope === "finding" && context !== undefined) waiver.context = context;
        if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) waiver.date = date;
        current = { waiver, excerpt: null, reason: "" };
      } else if (current && (tag.local === "excerpt" || tag.local === "reason")) {
        field = tag.local;
        if (field === "excerpt") current.excerpt = "";
      }
    },
    text(text) {
      if (!current || !field) return;
      if (field === "excerpt") current.excerpt = ((current.excerpt ?? "") + text).slice(0, MAX_EXCERPT_LENGTH);
      else current.reason = (current.reason + text).slice(0, MAX_REASON_LENGTH * 2);
    },
    close(tag) {
      if (!current || tag.uri !== WAIVERS_NAMESPACE) return;
      if (tag.local === "excerpt" || tag.local === "reason") {
        field = null;
      } else if (tag.local === "waiver") {
        const { waiver, excerpt, reason } = current;
        waiver.reason = cleanReason(reason);
        if (waiver.scope === "finding") {
          // A finding waiver names its finding; without its message and excerpt it could name any.
          if (waiver.messageId !== undefined && excerpt !== null) {
            waiver.excerpt = excerpt;
            if (waivers.length < MAX_WAIVERS) waivers.push(waiver);
          }
        } else if (waivers.length < MAX_WAIVERS) {
          waivers.push(waiver);
        }
        current = null;
      }
    },
  });
  return { waivers, newerVersion };
}

/** The same decision written twice (two parts, or a co-author's copy) counts once. */
export function waiverKey(waiver: Waiver): string {
  return waiver.scope === "rule"
    ? `rule\u0000${waiver.rule}`
    : `finding\u0000${waiver.rule}\u0000${waiver.messageId ?? ""}\u0000${waiver.excerpt ?? ""}\u0000${waiver.context ?? ""}`;
}

/**
 * The waivers of every waivers part of a document, once each (the first one's reason wins),
 * and whether a part of a later version was left unread. Parts that cannot be parsed are
 * counted in `unreadable`, never thrown: a damaged note must not stop the check.
 */
export function collectWaivers(parts: readonly (string | Uint8Array)[]): ParsedWaivers & { unreadable: number } {
  const seen = new Set<string>();
  const waivers: Waiver[] = [];
  let newerVersion = false;
  let unreadable = 0;
  parts.forEach((part, index) => {
    let parsed: ParsedWaivers;
    try {
      parsed = parseWaivers(part, `customXml/item${index + 1}.xml`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      unreadable++;
      return;
    }
    newerVersion ||= parsed.newerVersion;
    for (const waiver of parsed.waivers) {
      const key = waiverKey(waiver);
      if (seen.has(key)) continue;
      seen.add(key);
      waivers.push(waiver);
    }
  });
  return { waivers, newerVersion, unreadable };
}
