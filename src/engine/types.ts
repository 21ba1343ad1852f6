/**
 * What the engine extracts from a request and reports about a draft. These shapes are
 * shared by the task pane, the command line (its JSON output) and the parts builder.
 */
import type { Span, Waiver } from "./model";
import type { FormatFix } from "./fix/types";

/** One heading of a request's outline (Phụ lục, Đề cương báo cáo). */
export interface OutlineNode {
  /** The numbering as written, without trailing punctuation: "I", "1", "a", "1.1"; "" when unnumbered. */
  number: string;
  title: string;
  children: OutlineNode[];
}

/** A period "từ … đến …"; either end may be unknown. ISO dates (yyyy-mm-dd). */
export interface Period {
  from: string | null;
  to: string | null;
}

/**
 * What a request demands, as extracted from its text or loaded from a shared JSON file
 * (a "request profile"). Dates are ISO yyyy-mm-dd; absent fields are null.
 */
export interface RequestProfile {
  /** Number and symbol, "4874/BNV-CCVC", "1702-CV/BNCTU". */
  number: string | null;
  /** Type word of the request, "Công văn", "Kế hoạch". */
  type: string | null;
  date: string | null;
  issuer: string | null;
  subject: string | null;
  deadline: string | null;
  /**
   * How the deadline was counted when the request gives a span, not a date ("5 ngày làm việc
   * từ 29/8/2023, nghỉ lễ 1–4/9 → 07/9/2023"); absent when the date is written.
   */
  deadlineBasis?: string;
  period: Period | null;
  outline: OutlineNode[];
}

export type Severity = "error" | "warning" | "info";

/** A text in both languages of the fronts. */
export interface Localized {
  vi: string;
  en: string;
}

/**
 * The values a rule's message template is filled with: plain values (numbers and symbols,
 * dates as documents write them) read the same in both languages; phrases are Localized.
 */
export type FindingData = Readonly<Record<string, string | number | Localized>>;

export interface Finding {
  /** Stable rule id, e.g. "section-missing"; scripts depend on it. */
  rule: string;
  severity: Severity;
  /** Which of the rule's messages; `formatFinding` turns it and `data` into words. */
  messageId: string;
  data: FindingData;
  /** Where in the draft; absent when the finding is about something that is not there. */
  span?: Span;
  /** The text at `span`, or a short description of what is missing. */
  excerpt: string;
  /**
   * For something that is not there (no `span`): where it belongs, so a front can take the
   * user to that place — before or after the given paragraph.
   */
  anchor?: FindingAnchor;
  /** How to correct it, when the rule knows (formatting rules); applied only when the user asks. */
  fix?: FormatFix[];
}

export interface FindingAnchor {
  paragraph: number;
  placement: "before" | "after";
}

/**
 * "present": the draft answers the entry with a heading of its own; "in-parent": no heading of
 * its own, but its parent's section has undivided text that may cover it ("có thể nằm trong
 * mục I") — inferred, not found; "empty": a heading with nothing under it.
 */
export type SectionState = "present" | "missing" | "empty" | "out-of-order" | "in-parent";

/** How an outline entry was matched: its numbering and words, its words alone, or its parent's text. */
export type SectionMatchVia = "number" | "meaning" | "parent";

/** Why the heading nearest to a missing entry was not taken. */
export type SectionRejection = "number" | "words" | "taken";

export interface SectionStatus {
  number: string;
  title: string;
  /** 1 for top-level outline entries. */
  level: number;
  status: SectionState;
  /** Paragraph index of the matching heading in the draft, or null. */
  paragraph: number | null;
  /**
   * The draft heading taken as the match (for "parent", the parent's heading), so a reviewer can
   * overrule it; null when the entry is missing.
   */
  match?: { heading: string; paragraph: number; via: SectionMatchVia } | null;
  /**
   * For a missing entry: the nearest draft heading and why it was not taken (another number
   * at that place, too few words in common, or already the match of the entry `takenBy`).
   */
  candidate?: { heading: string; paragraph: number; reason: SectionRejection; takenBy?: string } | null;
}

/** What the engine read of the draft itself, as plain data; paragraphs are 0-based. */
export interface DocumentFactsSummary {
  system: "state" | "party" | null;
  /** The genre the header names ("Báo cáo"; "Công văn" for a V/v letter or a symbol without a type); null when unknown. */
  genre: string | null;
  /** The genre's stable key ("bao-cao", "bien-ban"), as `vanban new --type` takes it; null when unknown. */
  genreKey: string | null;
  agency: string | null;
  parentAgency: string | null;
  /** The draft's own number and symbol; `pending` when "Số:" is left blank for registration. */
  number: { text: string | null; pending: boolean; paragraph: number } | null;
  /**
   * The place-and-date line; `iso` is null when the date is not complete or does not exist.
   * `dayPending` when the day is left blank for registration; month and year as written (null when blank).
   */
  date: { iso: string | null; text: string; place: string; paragraph: number; dayPending: boolean; month: number | null; year: number | null } | null;
  /** The header holds "{{placeholders}}" or dotted blanks: a template to fill in. */
  template: boolean;
  /** Trích yếu: the V/v line or the subject under the genre name. */
  subject: string | null;
  citations: { type: string | null; number: string; date: string | null; issuer: string | null; paragraph: number }[];
  closing: { recipients: string[]; authority: string | null; title: string | null; signer: string | null };
}

export interface CheckResult {
  request: RequestProfile | null;
  facts: DocumentFactsSummary;
  sections: SectionStatus[];
  /** The findings that stand: every finding no waiver in the document passes over. */
  findings: Finding[];
  /** Findings a waiver in the document passes over, each with that waiver (document order). */
  waived: WaivedFinding[];
  /**
   * Finding waivers that no longer apply because the text they were made on has changed
   * (the finding is reported again, unwaived).
   */
  voidWaivers: Waiver[];
}

export interface WaivedFinding {
  finding: Finding;
  waiver: Waiver;
}
