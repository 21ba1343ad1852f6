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

const PROFILE_REASON_ID = "vanban-compose-profile-reason";

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
  /** A part the document seems to have already: inserted only when the clerk confirms. */
  const [confirm, setConfirm] = React.useState<"header" | "closing" | null>(null);
  const [dateProblem, setDateProblem] = React.useState<string | undefined>();
  const [recipientList, setRecipientList] = React.useState("");
  const fromOrg = ownProfile || !orgDefaults ? [] : profileFieldsGiven(orgDefaults);
  /** The chosen standard list replaces the profile's recipients in the closing. */
  const withRecipients = (base: OrgProfile): OrgProfile => {
    const list = recipientLists.find((item) => item.name === recipientList);
    return list ? { ...base, recipients: list.recipients } : base;
  };

  /** Runs one insertion with the buttons held and its failure reported. */
  const busyWith = async (kind: PartKind, work: () => Promise<NoticeState>): Promise<void> => {
    setBusy(kind);
    try {
      setNotice(await work());
    } catch (error) {
      setNotice({ intent: "error", text: describeError(error, language, s.errorInsert) });
    } finally {
      setBusy(null);
    }
  };

  /** The header at the start, the closing at the end of the body. */
  const insertPart = async (kind: "header" | "closing"): Promise<void> => {
    setNotice(null);
    if (!profile) return;
    const isoDate = displayToIso(date);
    if (kind === "header" && isoDate === undefined) {
      setDateProblem(s.composeDateInvalid);
      return;
    }
    setDateProblem(undefined);
    await busyWith(kind, async () => {
      const work = await loadWork();
      const ooxml = work.partOoxml(kind, withRecipients(profile), {
        type,
        subject: subject.trim() || undefined,
        number: number.trim() || undefined,
        date: isoDate ?? null,
        urgency: urgency || null,
        request,
      });
      await host.adapter.insertOoxml(ooxml, kind === "header" ? "start" : "end");
      return { intent: "success", text: s[`composeInserted_${kind}`] };
    });
  };

  /** Only the sections the reply lacks, each where the outline's order puts it (one read, one insertion). */
  const insertOutline = async (): Promise<void> => {
    setNotice(null);
    if (!request || request.outline.length === 0) {
      setNotice({ intent: "warning", text: s.composeNeedsOutline });
      return;
    }
    await busyWith("outline", async () => {
      const [work, model] = await Promise.all([loadWork(), host.adapter.readDocument()]);
      const plan = work.planOutlineInserts(model, request.outline);
      if (plan.length === 0) return { intent: "info", text: s.composeOutlineComplete };
      // The outline needs no organization: its heading sizes default to the state rules.
      const system = profile?.system ?? "state";
      await host.adapter.insertOoxmlBefore(
        plan.map((part) => ({ ooxml: work.outlineEntriesOoxml(part.nodes, part.level, system), before: part.before })),
      );
      const names = plan.flatMap((part) => part.names);
      return { intent: "success", text: fill(s.composeInserted_outline, { count: names.length, names: names.join("; ") }) };
    });
  };

  const askHeader = async (): Promise<void> => {
    setNotice(null);
    try {
      if (await host.adapter.hasHeader()) {
        setConfirm("header");
        return;
      }
    } catch (error) {
      setNotice({ intent: "error", text: describeError(error, language, s.errorInsert) });
      return;
    }
    await insertPart("header");
  };

  /** A second Nơi nhận and signature under the first is asked about, as a second header is. */
  const askClosing = async (): Promise<void> => {
    setNotice(null);
    try {
      const [work, model] = await Promise.all([loadWork(), host.adapter.readDocument()]);
      if (work.hasClosing(model)) {
        setConfirm("closing");
        return;
      }
    } catch (error) {
      setNotice({ intent: "error", text: describeError(error, language, s.errorInsert) });
      return;
    }
    await insertPart("closing");
  };

  return (
    <div className={styles.panel}>
      <Body1>{s.composeIntro}</Body1>
      {/* Said once, here; the buttons that need a profile are held with the reason beside them. */}
      {!profile && (
        <div data-testid="compose-no-profile">
          <Notice
            notice={{ intent: "warning", text: s.composeNeedsProfile }}
            strings={s}
            action={
              <Button size="small" onClick={() => onGoTo("settings")}>
                {s.goToSettings}
              </Button>
            }
          />
        </div>
      )}
      {notice && (
        <Notice
          notice={notice}
          onDismiss={() => setNotice(null)}
          strings={s}
          action={
            notice.text === s.composeNeedsOutline ? (
              <Button size="small" onClick={() => onGoTo("request")}>
                {s.goToRequest}
              </Button>
            ) : undefined
          }
        />
      )}
      {profile && <Caption1 className={styles.muted}>{profile.system === "party" ? s.systemParty : s.systemState}</Caption1>}
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
        <Button
          appearance="primary"
          onClick={() => void askHeader()}
          disabled={busy !== null}
          disabledFocusable={!profile}
          aria-describedby={profile ? undefined : PROFILE_REASON_ID}
          data-testid="insert-header"
        >
          {s.composeInsertHeader}
        </Button>
        <Button onClick={() => void insertOutline()} disabled={busy !== null} data-testid="insert-outline">
          {s.composeInsertOutline}
        </Button>
        <Button
          onClick={() => void askClosing()}
          disabled={busy !== null}
          disabledFocusable={!profile}
          aria-describedby={profile ? undefined : PROFILE_REASON_ID}
          data-testid="insert-closing"
        >
          {s.composeInsertClosing}
        </Button>
        {!profile && (
          <Caption1 className={styles.muted} id={PROFILE_REASON_ID} data-testid="compose-profile-reason">
            {s.composeProfileReason}
          </Caption1>
        )}
        <Caption1 className={styles.muted}>{s.composeWhere}</Caption1>
      </div>

      <Dialog open={confirm !== null} onOpenChange={(_e, data) => !data.open && setConfirm(null)} modalType="alert">
        <DialogSurface aria-describedby="vanban-part-exists">
          <DialogBody>
            <DialogTitle>{confirm === "closing" ? s.composeClosingExistsTitle : s.composeHeaderExistsTitle}</DialogTitle>
            <DialogContent id="vanban-part-exists">{confirm === "closing" ? s.composeClosingExists : s.composeHeaderExists}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  const kind = confirm;
                  setConfirm(null);
                  if (kind) void insertPart(kind);
                }}
                data-testid={confirm === "closing" ? "confirm-closing" : "confirm-header"}
              >
                {s.composeHeaderAddAnyway}
              </Button>
              <Button onClick={() => setConfirm(null)}>{s.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
