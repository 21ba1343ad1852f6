/** The organization profile as the fields of the Settings form, and back. */
import type { OrgProfile, ProfileProblem } from "../parts/profile";

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
