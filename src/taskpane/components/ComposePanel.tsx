import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Subtitle2,
} from "@fluentui/react-components";
import { formatIsoDateField, todayIso } from "../../engine/calendar";
import type { RequestProfile } from "../../engine/types";
import type { RecipientList } from "../../org/config";
import type { Urgency } from "../../parts/blocks";
import { DRAFT_TYPES } from "../../parts/doctypes";
import type { OrgProfile } from "../../parts/profile";
import { displayToIso } from "../date-field";
import { describeError } from "../errors";
import type { Host } from "../host";
import type { Strings } from "../i18n";
import { loadWork } from "../lazy";
import { profileFieldsGiven, type ProfileField } from "../profile-form";
import { fill } from "../text";
import type { TabKey } from "../types";
import type { PartKind } from "../work";
import { ChoiceSelect } from "./ChoiceSelect";
import { Notice, type NoticeState } from "./Notice";
import { usePanelStyles } from "./styles";

export interface ComposePanelProps {
  host: Host;
  strings: Strings;
  request: RequestProfile | null;
  /** The profile in use: the user's own fields over the organization's defaults. */
  profile: OrgProfile | null;
  /** The user has saved a profile of their own (the organization's defaults then fill nothing). */
  ownProfile?: boolean;
  orgDefaults?: Partial<OrgProfile>;
  recipientLists?: readonly RecipientList[];
  onGoTo(tab: TabKey): void;
}

const FIELD_LABEL: Record<ProfileField, keyof Strings> = {
  system: "profileSystem",
  parentAgency: "profileParentAgency",
  agency: "profileAgency",
  agencyInText: "profileAgencyInText",
  agencyCode: "profileAgencyCode",
  unitCode: "profileUnitCode",
  place: "profilePlace",
  authority: "profileAuthority",
  authorityOf: "profileAuthorityOf",
  title: "profileTitle",
  name: "profileName",
  recipients: "profileRecipients",
};

const URGENCIES: Urgency[] = ["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"];

/** A reply to a request is usually a báo cáo; without a request, a công văn. */
function defaultType(request: RequestProfile | null): string {
  return request ? "bao-cao" : "cong-van";
}

export function ComposePanel({
  host,
  strings: s,
  request,
  profile,
  ownProfile = profile !== null,
  orgDefaults,
  recipientLists = [],
  onGoTo,
}: ComposePanelProps): React.ReactElement {
  const styles = usePanelStyles();
  const language = host.language;
  const [type, setType] = React.useState(() => defaultType(request));
  const typeChosen = React.useRef(false);
  React.useEffect(() => {
    if (!typeChosen.current) setType(defaultType(request));
  }, [request]);
  const [subject, setSubject] = React.useState("");
  const [number, setNumber] = React.useState("");
  const [date, setDate] = React.useState("");
  const [urgency, setUrgency] = React.useState<Urgency | "">("");
  const [busy, setBusy] = React.useState<PartKind | null>(null);
  const [notice, setNotice] = React.useState<NoticeState | null>(null);
  const [confirmHeader, setConfirmHeader] = React.useState(false);
  const [dateProblem, setDateProblem] = React.useState<string | undefined>();
  const [recipientList, setRecipientList] = React.useState("");
  const fromOrg = ownProfile || !orgDefaults ? [] : profileFieldsGiven(orgDefaults);
  /** The chosen standard list replaces the profile's recipients in the closing. */
  const withRecipients = (base: OrgProfile): OrgProfile => {
    const list = recipientLists.find((item) => item.name === recipientList);
    return list ? { ...base, recipients: list.recipients } : base;
  };

  const insert = async (kind: PartKind): Promise<void> => {
    setNotice(null);
    if (!profile && kind !== "outline") {
      setNotice({ intent: "warning", text: s.composeNeedsProfile });
      return;
    }
    if (kind === "outline" && (!request || request.outline.length === 0)) {
      setNotice({ intent: "warning", text: s.composeNeedsOutline });
      return;
    }
    const isoDate = displayToIso(date);
    if (kind === "header" && isoDate === undefined) {
      setDateProblem(s.composeDateInvalid);
      return;
    }
    setDateProblem(undefined);
    setBusy(kind);
    try {
      const work = await loadWork();
      const ooxml = work.partOoxml(kind, profile ? withRecipients(profile) : fallbackSystemProfile(), {
        type,
        subject: subject.trim() || undefined,
        number: number.trim() || undefined,
        date: isoDate ?? null,
        urgency: urgency || null,
        request,
      });
      await host.adapter.insertOoxml(ooxml, kind === "header" ? "start" : kind === "closing" ? "end" : "cursor");
      setNotice({ intent: "success", text: s[`composeInserted_${kind}`] });
    } catch (error) {
      setNotice({ intent: "error", text: describeError(error, language, s.errorInsert) });
    } finally {
      setBusy(null);
    }
  };

  const askHeader = async (): Promise<void> => {
    setNotice(null);
    if (!profile) {
      setNotice({ intent: "warning", text: s.composeNeedsProfile });
      return;
    }
    try {
      if (await host.adapter.hasHeader()) {
        setConfirmHeader(true);
        return;
      }
    } catch (error) {
      setNotice({ intent: "error", text: describeError(error, language, s.errorInsert) });
      return;
    }
    await insert("header");
  };

  const systemText = profile ? (profile.system === "party" ? s.systemParty : s.systemState) : s.composeNoProfile;

  return (
    <div className={styles.panel}>
      <Body1>{s.composeIntro}</Body1>
      {notice && (
        <Notice
          notice={notice}
          onDismiss={() => setNotice(null)}
          strings={s}
          action={
            notice.text === s.composeNeedsProfile ? (
              <Button size="small" onClick={() => onGoTo("settings")}>
                {s.goToSettings}
              </Button>
            ) : notice.text === s.composeNeedsOutline ? (
              <Button size="small" onClick={() => onGoTo("request")}>
                {s.goToRequest}
              </Button>
            ) : undefined
          }
        />
      )}
      <Caption1 className={styles.muted}>{systemText}</Caption1>
      {fromOrg.length > 0 && (
        <Caption1 className={styles.muted} data-testid="compose-from-org">
          {fill(s.composeFromOrg, { fields: fromOrg.map((field) => s[FIELD_LABEL[field]]).join(", ") })}
        </Caption1>
      )}
      <div className={styles.row}>
        <Field label={s.composeType} className={styles.half}>
          <ChoiceSelect
            value={type}
            choices={DRAFT_TYPES.map((draftType) => ({ value: draftType.key, label: draftType.name }))}
            onChoose={(value) => {
              typeChosen.current = true;
              setType(value);
            }}
          />
        </Field>
        <Field label={s.composeUrgency} className={styles.half}>
          <ChoiceSelect
            value={urgency}
            placeholder={s.composeUrgencyNone}
            choices={URGENCIES.map((value) => ({ value, label: value }))}
            onChoose={(value) => setUrgency(value as Urgency | "")}
          />
        </Field>
      </div>
      <Field label={s.composeSubject} hint={request?.subject ? s.composeSubjectHint : undefined}>
        <Input className={styles.control} value={subject} onChange={(_e, data) => setSubject(data.value)} placeholder={request?.subject ?? ""} />
      </Field>
      <div className={styles.row}>
        <Field label={s.composeNumber} className={styles.half} style={{ flexBasis: "100%" }} hint={s.composeNumberHint}>
          <Input className={styles.control} value={number} onChange={(_e, data) => setNumber(data.value)} />
        </Field>
        <Field
          label={s.composeDate}
          className={styles.half}
          style={{ flexBasis: "100%" }}
          hint={s.composeDateHint}
          validationState={dateProblem ? "error" : "none"}
          validationMessage={dateProblem}
        >
          <Input
            className={styles.control}
            value={date}
            onChange={(_e, data) => setDate(data.value)}
            placeholder="dd/mm/yyyy"
            data-testid="compose-date"
            contentAfter={
              <Button size="small" appearance="transparent" onClick={() => setDate(formatIsoDateField(todayIso()))}>
                {s.composeToday}
              </Button>
            }
          />
        </Field>
      </div>

      {recipientLists.length > 0 && (
        <Field label={s.composeRecipients}>
          <ChoiceSelect
            value={recipientList}
            placeholder={s.composeRecipientsProfile}
            choices={recipientLists.map((list) => ({ value: list.name, label: list.name }))}
            onChoose={setRecipientList}
            data-testid="compose-recipient-list"
          />
        </Field>
      )}

      <Subtitle2 as="h2">{s.composeInsertTitle}</Subtitle2>
      <div className={styles.group}>
        <Button appearance="primary" onClick={() => void askHeader()} disabled={busy !== null} data-testid="insert-header">
          {s.composeInsertHeader}
        </Button>
        <Button onClick={() => void insert("outline")} disabled={busy !== null} data-testid="insert-outline">
          {s.composeInsertOutline}
        </Button>
        <Button onClick={() => void insert("closing")} disabled={busy !== null} data-testid="insert-closing">
          {s.composeInsertClosing}
        </Button>
        <Caption1 className={styles.muted}>{s.composeWhere}</Caption1>
      </div>

      <Dialog open={confirmHeader} onOpenChange={(_e, data) => setConfirmHeader(data.open)} modalType="alert">
        <DialogSurface aria-describedby="vanban-header-exists">
          <DialogBody>
            <DialogTitle>{s.composeHeaderExistsTitle}</DialogTitle>
            <DialogContent id="vanban-header-exists">{s.composeHeaderExists}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirmHeader(false);
                  void insert("header");
                }}
                data-testid="confirm-header"
              >
                {s.composeHeaderAddAnyway}
              </Button>
              <Button onClick={() => setConfirmHeader(false)}>{s.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}

/** The outline needs no organization: its heading sizes default to the state rules. */
function fallbackSystemProfile(): OrgProfile {
  return {
    system: "state",
    parentAgency: "",
    agency: "",
    agencyCode: "",
    unitCode: "",
    place: "",
    signer: { authority: "", authorityOf: "", title: "", name: "" },
    recipients: [],
  };
}
