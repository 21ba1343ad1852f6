/** The request as the fields of the pane's form, and back; and how the clerk names it. */
import { formatIsoDateField } from "../engine/calendar";
import type { RequestProfile } from "../engine/types";
import { displayToIso } from "./date-field";
import { outlineToText, textToOutline } from "./outline-text";

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

/**
 * The edited request, or what is wrong with the fields (each problem names its field). How the
 * deadline was counted stays with it while the clerk leaves the deadline as it was.
 */
export function formToRequest(form: RequestForm, previous: RequestProfile | null = null): { request?: RequestProfile; problems: RequestProblem[] } {
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
  const request: RequestProfile = {
    number: text(form.number),
    type: text(form.type),
    date: dates.date ?? null,
    issuer: text(form.issuer),
    subject: text(form.subject),
    deadline: dates.deadline ?? null,
    period: from || to ? { from, to } : null,
    outline: textToOutline(form.outline),
  };
  if (previous?.deadlineBasis && previous.deadline === request.deadline) request.deadlineBasis = previous.deadlineBasis;
  return { request, problems: [] };
}

/** True when extraction found nothing a check could use. */
export function isEmptyRequest(request: RequestProfile): boolean {
  return !request.number && !request.date && !request.deadline && !request.period && request.outline.length === 0;
}

/** "Công văn số 4874/BNV-CCVC", as the clerk names the request. */
export function requestName(request: RequestProfile): string {
  const type = request.type ?? "văn bản";
  return request.number ? `${type} số ${request.number}` : type;
}
