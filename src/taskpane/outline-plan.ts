/**
 * Where the outline's missing sections go in a reply: only the entries the engine's section
 * comparison did not find, each at the place the outline's order implies — after the text of
 * the section before it, or before the section after it; never above the header and "Kính
 * gửi"; below the opening and above the closing when the reply has no section yet.
 * Part of the work chunk (it runs the engine).
 */
import type { DocumentModel } from "../engine/model";
import type { OutlineNode } from "../engine/types";
import { extractClosing } from "../engine/understand/closing";
import { extractHeader } from "../engine/understand/header";
import { compareSections, type SectionMatch } from "../engine/understand/match";
import { outlineEntryName } from "../engine/understand/section-names";

export interface OutlineInsert {
  /** Missing entries at one place and one depth, each with only its missing sub-entries. */
  nodes: OutlineNode[];
  /** 1 for top-level entries. */
  level: number;
  /** Insert before this paragraph; null: at the end of the document. */
  before: number | null;
  /** "II. Nguyên nhân…", for telling the clerk what was added. */
  names: string[];
}

/** Where the closing starts ("Nơi nhận:" or the signature), or null when there is none. */
export function closingStart(model: DocumentModel): number | null {
  const closing = extractClosing(model);
  const lines = [closing.recipientsLabel, closing.authority, closing.title, closing.signer];
  const places = lines.flatMap((line) => (line ? [line.paragraph] : []));
  return places.length > 0 ? Math.min(...places) : null;
}

/** Whether the document already ends with a Nơi nhận or a signature. */
export function hasClosing(model: DocumentModel): boolean {
  const closing = extractClosing(model);
  return Boolean(closing.recipientsLabel || closing.authority || closing.signer);
}

const hasOwnHeading = (match: SectionMatch): boolean => match.via === "heading" && match.section !== null;

export function planOutlineInserts(model: DocumentModel, outline: readonly OutlineNode[]): OutlineInsert[] {
  const { matches } = compareSections(model, outline);
  const missing = (index: number): boolean => matches[index].status === "missing";
  const children = (index: number): number[] => matches.flatMap((match, child) => (match.parent === index ? [child] : []));
  const pruned = (index: number): OutlineNode => ({
    ...matches[index].node,
    children: children(index).filter(missing).map(pruned),
  });

  const floor = extractHeader(model).bodyStart;
  const ceiling = closingStart(model);
  const count = model.paragraphs.length;
  const clamp = (place: number | null): number | null => {
    let at = place === null ? (ceiling ?? count) : Math.max(place, floor);
    if (ceiling !== null && ceiling >= floor && at > ceiling) at = ceiling;
    return at >= count ? null : at;
  };

  const placeOf = (index: number): number | null => {
    const match = matches[index];
    const siblings = matches.map((_, other) => other).filter((other) => matches[other].parent === match.parent);
    const earlier = siblings.filter((other) => other < index && hasOwnHeading(matches[other])).pop();
    if (earlier !== undefined) return clamp(matches[earlier].section?.end ?? null);
    const parent = match.parent === null ? null : matches[match.parent];
    if (parent && hasOwnHeading(parent)) return clamp(parent.section?.bodyEnd ?? null);
    const later = siblings.find((other) => other > index && hasOwnHeading(matches[other]));
    if (later !== undefined) return clamp(matches[later].section?.paragraph ?? null);
    // No neighbour of its own: the nearest section found anywhere in the outline's order.
    for (let other = index - 1; other >= 0; other--) {
      if (hasOwnHeading(matches[other])) return clamp(matches[other].section?.end ?? null);
    }
    for (let other = index + 1; other < matches.length; other++) {
      if (hasOwnHeading(matches[other])) return clamp(matches[other].section?.paragraph ?? null);
    }
    return clamp(null);
  };

  const inserts: OutlineInsert[] = [];
  matches.forEach((match, index) => {
    if (!missing(index) || (match.parent !== null && missing(match.parent))) return;
    const before = placeOf(index);
    const last = inserts[inserts.length - 1];
    if (last && last.before === before && last.level === match.level) {
      last.nodes.push(pruned(index));
      last.names.push(outlineEntryName(match));
    } else {
      inserts.push({ nodes: [pruned(index)], level: match.level, before, names: [outlineEntryName(match)] });
    }
  });
  return inserts;
}
