import * as React from "react";
import { Body1, Button, Caption1, Divider, Field, Input, Subtitle2, Textarea } from "@fluentui/react-components";
import { EXAMPLE_PARTY_PROFILE, EXAMPLE_STATE_PROFILE } from "../../parts/examples";
import type { RecipientList } from "../../org/config";
import { parseProfileJson, validateProfile, type OrgProfile, type ProfileProblem } from "../../parts/profile";
import { describeError } from "../errors";
import type { Host } from "../host";
import type { Strings } from "../i18n";
import { fill } from "../text";
import {
  AUTHORITIES,
  formToProfileValue,
  partialProfileToForm,
  profileFieldsGiven,
  problemsByField,
  profileToForm,
  type ProfileField,
  type ProfileForm,
} from "../profile-form";
import { ChoiceSelect } from "./ChoiceSelect";
import { Notice, type NoticeState } from "./Notice";
import { usePanelStyles } from "./styles";

export interface SettingsPanelProps {
  host: Host;
  strings: Strings;
  profile: OrgProfile | null;
  onProfile(profile: OrgProfile): void;
  /** The organization's default fields; they fill the form while the user has no profile of their own. */
  orgDefaults?: Partial<OrgProfile>;
  recipientLists?: readonly RecipientList[];
}

const NO_DEFAULTS: Partial<OrgProfile> = {};

const TEXT_FIELDS: { field: Exclude<ProfileField, "system" | "authority" | "recipients">; label: keyof Strings; hint?: keyof Strings; half?: boolean }[] = [
  { field: "parentAgency", label: "profileParentAgency", hint: "profileParentAgencyHint" },
  { field: "agency", label: "profileAgency" },
  { field: "agencyInText", label: "profileAgencyInText", hint: "profileAgencyInTextHint" },
  { field: "agencyCode", label: "profileAgencyCode", hint: "profileAgencyCodeHint", half: true },
  { field: "unitCode", label: "profileUnitCode", hint: "profileUnitCodeHint", half: true },
  { field: "place", label: "profilePlace", hint: "profilePlaceHint" },
];

const SIGNER_FIELDS: { field: "authorityOf" | "title" | "name"; label: keyof Strings; hint?: keyof Strings }[] = [
  { field: "authorityOf", label: "profileAuthorityOf", hint: "profileAuthorityOfHint" },
  { field: "title", label: "profileTitle" },
  { field: "name", label: "profileName" },
];

export function SettingsPanel({
  host,
  strings: s,
  profile,
  onProfile,
  orgDefaults = NO_DEFAULTS,
  recipientLists = [],
}: SettingsPanelProps): React.ReactElement {
  const styles = usePanelStyles();
  const language = host.language;
  const initialForm = (): ProfileForm => (profile ? profileToForm(profile) : partialProfileToForm(orgDefaults));
  const [form, setForm] = React.useState<ProfileForm>(initialForm);
  const touched = React.useRef(false);
  const orgForm = React.useMemo(() => partialProfileToForm(orgDefaults), [orgDefaults]);
  const orgFields = React.useMemo(() => new Set(profileFieldsGiven(orgDefaults)), [orgDefaults]);
  // The configuration arrives after the pane opens: it fills an untouched form of a user without a profile.
  React.useEffect(() => {
    if (!profile && !touched.current) setForm(partialProfileToForm(orgDefaults));
    // Only the organization's defaults arriving should refill the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [orgDefaults]);
  /** A field shows the organization's value as long as the user has no profile and has not changed it. */
  const fromOrg = (field: ProfileField): boolean => !profile && orgFields.has(field) && form[field] === orgForm[field];
  const [problems, setProblems] = React.useState<Partial<Record<ProfileField, ProfileProblem[]>>>({});
  const [notice, setNotice] = React.useState<NoticeState | null>(null);
  const importInput = React.useRef<HTMLInputElement>(null);

  const set = (field: ProfileField, value: string): void => {
    touched.current = true;
    setForm((current) => ({ ...current, [field]: value }));
  };
  const messageOf = (field: ProfileField): string | undefined => {
    const list = problems[field];
    if (!list || list.length === 0) return undefined;
    return list.map((problem) => (language === "en" ? problem.messageEn : problem.message)).join(" ");
  };

  const store = (next: OrgProfile, successText: string): void => {
    try {
      host.profiles.save(next);
      onProfile(next);
      setNotice({ intent: "success", text: successText });
    } catch {
      onProfile(next);
      setNotice({ intent: "warning", text: s.profileNotStored });
    }
  };

  const save = (): void => {
    const { profile: valid, problems: found } = validateProfile(formToProfileValue(form));
    setProblems(problemsByField(found));
    if (!valid) {
      setNotice({ intent: "error", text: s.profileInvalid });
      return;
    }
    store(valid, s.profileSaved);
  };

  const applyExample = (example: OrgProfile): void => {
    touched.current = true;
    setForm(profileToForm(example));
    setProblems({});
    setNotice({ intent: "info", text: s.profileExampleLoaded });
  };

  const importFile = async (event: React.ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    try {
      const imported = parseProfileJson(await file.text());
      touched.current = true;
      setForm(profileToForm(imported));
      setProblems({});
      store(imported, s.profileImported);
    } catch (error) {
      setNotice({ intent: "error", text: describeError(error, language, s.errorImportProfile) });
    }
  };

  const exportProfile = (): void => {
    const { profile: valid, problems: found } = validateProfile(formToProfileValue(form));
    setProblems(problemsByField(found));
    if (!valid) {
      setNotice({ intent: "error", text: s.profileInvalid });
      return;
    }
    host.saveFile("ho-so-co-quan.json", `${JSON.stringify(valid, null, 2)}\n`);
  };

  const fieldProps = (field: ProfileField): { validationState: "error" | "none"; validationMessage?: string; "data-from-org"?: "true" } => {
    const message = messageOf(field);
    return {
      validationState: message ? "error" : "none",
      validationMessage: message,
      ...(fromOrg(field) ? { "data-from-org": "true" as const } : {}),
    };
  };
  /** The field's own hint, with the organization named when the value is its. */
  const hintOf = (field: ProfileField, hint?: keyof Strings): string | undefined => {
    const own = hint ? s[hint] : undefined;
    if (!fromOrg(field)) return own;
    return own ? `(${s.orgField}) ${own}` : `(${s.orgField})`;
  };

  const applyRecipientList = (name: string): void => {
    const list = recipientLists.find((item) => item.name === name);
    if (!list) return;
    set("recipients", list.recipients.join("\n"));
    setNotice({ intent: "info", text: fill(s.orgRecipientListApplied, { name: list.name }) });
  };

  return (
    <form
      noValidate
      className={styles.panel}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      aria-label={s.tabSettings}
    >
      <Body1>{s.settingsIntro}</Body1>
      {notice && <Notice notice={notice} onDismiss={() => setNotice(null)} strings={s} />}
      <div className={styles.row}>
        <Button type="button" onClick={() => applyExample(EXAMPLE_STATE_PROFILE)} data-testid="example-state">
          {s.profileExampleState}
        </Button>
        <Button type="button" onClick={() => applyExample(EXAMPLE_PARTY_PROFILE)} data-testid="example-party">
          {s.profileExampleParty}
        </Button>
      </div>

      {orgFields.size > 0 && !profile && <Caption1 className={styles.muted}>{s.orgFieldsNote}</Caption1>}
      <Field label={s.profileSystem} hint={hintOf("system")} {...fieldProps("system")}>
        <ChoiceSelect
          value={form.system}
          choices={[
            { value: "state", label: s.systemStateShort, title: s.systemState },
            { value: "party", label: s.systemPartyShort, title: s.systemParty },
          ]}
          onChoose={(value) => {
            touched.current = true;
            setForm((current) => ({ ...current, system: value === "party" ? "party" : "state" }));
          }}
          data-field="system"
        />
      </Field>
      <div className={styles.row}>
        {TEXT_FIELDS.map(({ field, label, hint, half }) => (
          <Field
            key={field}
            className={half ? styles.half : undefined}
            style={half ? undefined : { flex: "1 1 100%" }}
            label={s[label]}
            hint={hintOf(field, hint)}
            required={field === "agency" || field === "agencyCode" || field === "unitCode" || field === "place"}
            {...fieldProps(field)}
          >
            <Input className={styles.control} value={form[field]} onChange={(_e, data) => set(field, data.value)} data-field={field} />
          </Field>
        ))}
      </div>

      <Divider />
      <Subtitle2 as="h2">{s.profileSignerTitle}</Subtitle2>
      <Field label={s.profileAuthority} hint={hintOf("authority", "profileAuthorityHint")} {...fieldProps("authority")}>
        <ChoiceSelect
          value={form.authority}
          choices={[
            ...AUTHORITIES[form.system].map((authority) => ({ value: authority, label: authority === "" ? s.profileAuthorityNone : authority })),
            ...(AUTHORITIES[form.system].includes(form.authority) ? [] : [{ value: form.authority, label: form.authority }]),
          ]}
          onChoose={(value) => set("authority", value)}
          data-field="authority"
        />
      </Field>
      {SIGNER_FIELDS.map(({ field, label, hint }) => (
        <Field
          key={field}
          label={s[label]}
          hint={hintOf(field, hint)}
          required={field !== "authorityOf"}
          {...fieldProps(field)}
        >
          <Input className={styles.control} value={form[field]} onChange={(_e, data) => set(field, data.value)} data-field={field} />
        </Field>
      ))}
      {recipientLists.length > 0 && (
        <Field label={s.orgRecipientLists}>
          <ChoiceSelect
            value=""
            placeholder={s.orgRecipientListsPlaceholder}
            choices={recipientLists.map((list) => ({ value: list.name, label: list.name }))}
            onChoose={applyRecipientList}
            data-testid="settings-recipient-lists"
          />
        </Field>
      )}
      <Field label={s.profileRecipients} hint={hintOf("recipients", "profileRecipientsHint")} {...fieldProps("recipients")}>
        <Textarea
          className={styles.control}
          value={form.recipients}
          onChange={(_e, data) => set("recipients", data.value)}
          rows={4}
          resize="vertical"
          data-field="recipients"
        />
      </Field>

      <div className={styles.row}>
        <Button appearance="primary" type="submit" data-testid="save-profile">
          {s.profileSave}
        </Button>
        <Button type="button" onClick={exportProfile}>
          {s.profileExport}
        </Button>
        <Button type="button" onClick={() => importInput.current?.click()}>
          {s.profileImport}
        </Button>
        <input
          ref={importInput}
          className={styles.hiddenInput}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void importFile(event)}
          aria-label={s.profileImport}
        />
      </div>
      <Caption1 className={styles.muted}>{s.profileStorageNote}</Caption1>
    </form>
  );
}
