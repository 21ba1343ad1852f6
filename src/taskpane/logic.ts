/**
 * The task pane's decisions that need no React: grouping findings, summing up a check,
 * turning a request or a profile into form fields and back. Kept pure so they are tested
 * without a browser.
 */
import { daysInMonth, formatIsoDateField, toIsoDate } from "../engine/calendar";
import type { CheckResult, Finding, OutlineNode, RequestProfile, SectionState, Severity } from "../engine/types";
import type { OrgProfile, ProfileProblem } from "../parts/profile";

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface FindingGroup {
  rule: string;
  /** The most serious severity among the group's findings. */
  severity: Severity;
  findings: Finding[];
}

/**
 * Findings grouped by rule: errors' groups first, then warnings, then notes; within a
 * severity, groups keep the order their first finding has in the result (document order).
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const group = groups.get(finding.rule);
    if (group) {
      group.findings.push(finding);
      if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[group.severity]) group.severity = finding.severity;
    } else {
      groups.set(finding.rule, { rule: finding.rule, severity: finding.severity, findings: [finding] });
    }
  }
  const ordered = [...groups.values()];
  // Stable sort: equal severities keep first-appearance order.
  ordered.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return ordered;
}

export interface CheckSummary {
  sections: Record<SectionState, number>;
  errors: number;
  warnings: number;
  notes: number;
}

export function summarize(result: CheckResult): CheckSummary {
  const sections: Record<SectionState, number> = { present: 0, missing: 0, empty: 0, "out-of-order": 0, "in-parent": 0 };
  for (const section of result.sections) sections[section.status]++;
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  for (const finding of result.findings) {
    if (finding.severity === "error") errors++;
    else if (finding.severity === "warning") warnings++;
    else notes++;
  }
  return { sections, errors, warnings, notes };
}

/** Replaces {name} placeholders of a message with values. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

// ---------------------------------------------------------------------------------------
// Dates as a clerk writes them (dd/mm/yyyy) and as the engine keeps them (yyyy-mm-dd).


/**
 * Reads "8/9/2023", "08-09-2023", "08.09.2023" or "2023-09-08". Returns null for an empty
 * field, undefined for text that is not a real date.
 */
export function displayToIso(text: string): string | null | undefined {
  const value = text.trim();
  if (value === "") return null;
  let day: number;
  let month: number;
  let year: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else if (vietnamese) {
    day = Number(vietnamese[1]);
    month = Number(vietnamese[2]);
    year = Number(vietnamese[3]);
  } else {
    return undefined;
  }
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return toIsoDate(day, month, year);
}


// ---------------------------------------------------------------------------------------
// The outline as indented text: one heading a line, two spaces deeper per level.

const INDENT = "  ";
/** Numbering the outline uses: I, II…; 1, 1.2…; a, b, đ… */
const NUMBERED_LINE = /^((?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ]))[.)]\s+(.+)$/u;

export function outlineToText(outline: readonly OutlineNode[]): string {
  const lines: string[] = [];
  const visit = (nodes: readonly OutlineNode[], depth: number): void => {
    for (const node of nodes) {
      const number = node.number.trim();
      const separator = /^[a-zđ]$/u.test(number) ? ")" : ".";
      const title = node.title.replace(/\s+/g, " ").trim();
      lines.push(INDENT.repeat(depth) + (number === "" ? title : `${number}${separator} ${title}`));
      visit(node.children, depth + 1);
    }
  };
  visit(outline, 0);
  return lines.join("\n");
}

/** Reads indented lines back into a tree; a line indented deeper than its parent plus one level counts as one level deeper. */
export function textToOutline(text: string): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: { indent: number; node: OutlineNode }[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === "") continue;
    const expanded = raw.replace(/\t/g, INDENT);
    const indent = expanded.length - expanded.trimStart().length;
    const line = expanded.trim();
    const numbered = NUMBERED_LINE.exec(line);
    const node: OutlineNode = numbered
      ? { number: numbered[1], title: numbered[2].trim(), children: [] }
      : { number: "", title: line, children: [] };
    while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.node.children.push(node);
    else roots.push(node);
    stack.push({ indent, node });
  }
  return roots;
}

export function countOutline(outline: readonly OutlineNode[]): number {
  return outline.reduce((sum, node) => sum + 1 + countOutline(node.children), 0);
}

// ---------------------------------------------------------------------------------------
// The request as form fields.

export interface RequestForm {
  type: string;
  number: string;
  date: string;
  issuer: string;
  subject: string;
  deadline: string;
  periodFrom: string;
  periodTo: string;
  outline: string;
}

export type RequestField = keyof RequestForm;

/** What is wrong with a field of the request form; the pane words it (i18n.ts). */
export type RequestProblem =
  | { field: "date" | "deadline" | "periodFrom" | "periodTo"; kind: "bad-date"; value: string }
  | { field: "periodTo"; kind: "period-reversed" };

const DATE_FIELDS = ["date", "deadline", "periodFrom", "periodTo"] as const;

export function requestToForm(request: RequestProfile | null): RequestForm {
  return {
    type: request?.type ?? "",
    number: request?.number ?? "",
    date: formatIsoDateField(request?.date),
    issuer: request?.issuer ?? "",
    subject: request?.subject ?? "",
    deadline: formatIsoDateField(request?.deadline),
    periodFrom: formatIsoDateField(request?.period?.from),
    periodTo: formatIsoDateField(request?.period?.to),
    outline: outlineToText(request?.outline ?? []),
  };
}

/** The edited request, or what is wrong with the fields (each problem names its field). */
export function formToRequest(form: RequestForm): { request?: RequestProfile; problems: RequestProblem[] } {
  const problems: RequestProblem[] = [];
  const dates: Partial<Record<(typeof DATE_FIELDS)[number], string | null>> = {};
  for (const field of DATE_FIELDS) {
    const iso = displayToIso(form[field]);
    if (iso === undefined) problems.push({ field, kind: "bad-date", value: form[field].trim() });
    else dates[field] = iso;
  }
  const from = dates.periodFrom ?? null;
  const to = dates.periodTo ?? null;
  if (from && to && from > to) problems.push({ field: "periodTo", kind: "period-reversed" });
  if (problems.length > 0) return { problems };
  const text = (value: string): string | null => (value.trim() === "" ? null : value.trim());
  return {
    request: {
      number: text(form.number),
      type: text(form.type),
      date: dates.date ?? null,
      issuer: text(form.issuer),
      subject: text(form.subject),
      deadline: dates.deadline ?? null,
      period: from || to ? { from, to } : null,
      outline: textToOutline(form.outline),
    },
    problems: [],
  };
}

/** True when extraction found nothing a check could use. */
export function isEmptyRequest(request: RequestProfile): boolean {
  return !request.number && !request.date && !request.deadline && !request.period && request.outline.length === 0;
}

// ---------------------------------------------------------------------------------------
// The organization profile as form fields.

export interface ProfileForm {
  system: "state" | "party";
  parentAgency: string;
  agency: string;
  agencyInText: string;
  agencyCode: string;
  unitCode: string;
  place: string;
  authority: string;
  authorityOf: string;
  title: string;
  name: string;
  /** One recipient a line. */
  recipients: string;
}

export type ProfileField = keyof ProfileForm;

export const EMPTY_PROFILE_FORM: ProfileForm = {
  system: "state",
  parentAgency: "",
  agency: "",
  agencyInText: "",
  agencyCode: "",
  unitCode: "",
  place: "",
  authority: "",
  authorityOf: "",
  title: "",
  name: "",
  recipients: "",
};

export function profileToForm(profile: OrgProfile | null): ProfileForm {
  if (!profile) return { ...EMPTY_PROFILE_FORM };
  return {
    system: profile.system,
    parentAgency: profile.parentAgency,
    agency: profile.agency,
    agencyInText: profile.agencyInText ?? "",
    agencyCode: profile.agencyCode,
    unitCode: profile.unitCode,
    place: profile.place,
    authority: profile.signer.authority,
    authorityOf: profile.signer.authorityOf,
    title: profile.signer.title,
    name: profile.signer.name,
    recipients: profile.recipients.join("\n"),
  };
}

/** Some profile fields (an organization's defaults) as the form, the rest empty. */
export function partialProfileToForm(partial: Partial<OrgProfile>): ProfileForm {
  const form: ProfileForm = { ...EMPTY_PROFILE_FORM };
  if (partial.system === "state" || partial.system === "party") form.system = partial.system;
  for (const key of ["parentAgency", "agency", "agencyInText", "agencyCode", "unitCode", "place"] as const) {
    const value = partial[key];
    if (typeof value === "string") form[key] = value;
  }
  for (const key of ["authority", "authorityOf", "title", "name"] as const) {
    const value = partial.signer?.[key];
    if (typeof value === "string") form[key] = value;
  }
  if (Array.isArray(partial.recipients)) form.recipients = partial.recipients.join("\n");
  return form;
}

/** The form fields an organization's defaults fill (a signer fills the four signer fields it gives). */
export function profileFieldsGiven(partial: Partial<OrgProfile>): ProfileField[] {
  const given: ProfileField[] = [];
  if (partial.system !== undefined) given.push("system");
  for (const key of ["parentAgency", "agency", "agencyInText", "agencyCode", "unitCode", "place"] as const) {
    if (partial[key] !== undefined) given.push(key);
  }
  for (const key of ["authority", "authorityOf", "title", "name"] as const) {
    if (partial.signer?.[key] !== undefined) given.push(key);
  }
  if (partial.recipients !== undefined) given.push("recipients");
  return given;
}

/** The form as the JSON shape `validateProfile` reads. */
export function formToProfileValue(form: ProfileForm): Record<string, unknown> {
  const value: Record<string, unknown> = {
    system: form.system,
    parentAgency: form.parentAgency,
    agency: form.agency,
    agencyCode: form.agencyCode,
    unitCode: form.unitCode,
    place: form.place,
    signer: { authority: form.authority, authorityOf: form.authorityOf, title: form.title, name: form.name },
    recipients: form.recipients.split(/\r?\n/).filter((line) => line.trim() !== ""),
  };
  if (form.agencyInText.trim() !== "") value.agencyInText = form.agencyInText;
  return value;
}

const PROFILE_FIELD_OF: Record<string, ProfileField> = {
  system: "system",
  parentAgency: "parentAgency",
  agency: "agency",
  agencyInText: "agencyInText",
  agencyCode: "agencyCode",
  unitCode: "unitCode",
  place: "place",
  signer: "name",
  "signer.authority": "authority",
  "signer.authorityOf": "authorityOf",
  "signer.title": "title",
  "signer.name": "name",
  recipients: "recipients",
};

/** validateProfile's problems, by the form field that shows them ("recipients[2]" → recipients). */
export function problemsByField(problems: readonly ProfileProblem[]): Partial<Record<ProfileField, ProfileProblem[]>> {
  const result: Partial<Record<ProfileField, ProfileProblem[]>> = {};
  for (const problem of problems) {
    const key = problem.field.replace(/\[\d+\]$/, "");
    const field = PROFILE_FIELD_OF[key] ?? "agency";
    (result[field] ??= []).push(problem);
  }
  return result;
}

/** Signing authorities each system allows, as the form offers them. */
export const AUTHORITIES: Record<"state" | "party", string[]> = {
  state: ["", "TM.", "KT.", "Q.", "TL.", "TUQ."],
  party: ["", "T/M", "K/T", "T/L", "Q."],
};

/** "Công văn số 4874/BNV-CCVC", as the clerk names the request. */
export function requestName(request: RequestProfile): string {
  const type = request.type ?? "văn bản";
  return request.number ? `${type} số ${request.number}` : type;
}
