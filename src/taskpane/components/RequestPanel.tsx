import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Divider,
  Field,
  Input,
  mergeClasses,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import type { RequestProfile } from "../../engine/types";
import type { HolidayOverrides } from "../../engine/calendar/holidays";
import type { OrgRequest } from "../../org/config";
import { displayToIso } from "../date-field";
import { describeError } from "../errors";
import type { Host, RequestChoice } from "../host";
import type { Strings } from "../i18n";
import { readRequestFileInBackground, readRequestTextInBackground } from "../background-read";
import { loadWork } from "../lazy";
import { countOutline } from "../outline-text";
import { formToRequest, isEmptyRequest, requestToForm, type RequestField, type RequestForm, type RequestProblem } from "../request-form";
import { fill } from "../text";
import { ChoiceSelect } from "./ChoiceSelect";
import { Notice, type NoticeState } from "./Notice";
import { usePanelStyles } from "./styles";

export interface RequestPanelProps {
  host: Host;
  strings: Strings;
  request: RequestProfile | null;
  requestSource: string;
  /** Uses the request and keeps it with the document; resolves to a warning when keeping failed. */
  onRequest(request: RequestProfile, source: string): Promise<NoticeState | null>;
  /** The requests of the organization's configuration, listed first. */
  orgRequests?: readonly OrgRequest[];
  /** The organization's own days off and working Saturdays, for counting a deadline. */
  holidays?: HolidayOverrides;
}

/** A letter read from pasted text or a file, kept so a new received date can count its deadline again. */
type LetterReader = (options: { received: string | null; holidays?: HolidayOverrides }) => Promise<RequestProfile>;

export function RequestPanel({ host, strings: s, request, requestSource, onRequest, orgRequests = [], holidays }: RequestPanelProps): React.ReactElement {
  const styles = usePanelStyles();
  const language = host.language;
  const [pasted, setPasted] = React.useState("");
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<NoticeState | null>(null);
  const [hostChoices, setChoices] = React.useState<RequestChoice[]>([]);
  const choices = React.useMemo<RequestChoice[]>(() => {
    const fromConfig = orgRequests.map((item) => ({ id: `org:${item.id}`, label: item.label, load: async () => item.request }));
    return [...fromConfig, ...hostChoices];
  }, [orgRequests, hostChoices]);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [received, setReceived] = React.useState("");
  const [receivedBad, setReceivedBad] = React.useState(false);
  /** The last letter read and the received date its deadline was counted from. */
  const lastLetter = React.useRef<{ source: string; read: LetterReader; fallback: string; received: string | null } | null>(null);

  /** The received date typed, as yyyy-mm-dd; undefined (and the field marked) when it is no real date. */
  const receivedIso = (): string | null | undefined => {
    const iso = displayToIso(received);
    setReceivedBad(iso === undefined);
    return iso;
  };

  React.useEffect(() => {
    let live = true;
    host
      .organizationRequests()
      .then((list) => {
        if (live) setChoices(list);
      })
      .catch(() => {
        if (live) setChoices([]);
      });
    return () => {
      live = false;
    };
  }, [host]);

  /** Runs one way of getting a request; reports what was understood or what went wrong. */
  const take = async (source: string, produce: () => Promise<RequestProfile>, fallback: string): Promise<void> => {
    setBusy(true);
    setNotice(null);
    try {
      const next = await produce();
      const warning = await onRequest(next, source);
      if (isEmptyRequest(next)) setNotice({ intent: "warning", text: s.requestNothingFound });
      else setNotice(warning ?? { intent: "success", text: fill(s.requestUnderstood, { sections: countOutline(next.outline) }) });
    } catch (error) {
      setNotice({ intent: "error", text: describeError(error, language, fallback) });
    } finally {
      setBusy(false);
    }
  };

  /** Reads a letter with the received date and the office's days off, and remembers it. */
  const takeLetter = (source: string, read: LetterReader, fallback: string): void => {
    const iso = receivedIso();
    if (iso === undefined) return;
    lastLetter.current = { source, read, fallback, received: iso };
    void take(source, () => read({ received: iso, ...(holidays ? { holidays } : {}) }), fallback);
  };

  const readPasted = (): void => {
    if (pasted.trim() === "") {
      setNotice({ intent: "warning", text: s.requestPasteEmpty });
      return;
    }
    const text = pasted;
    takeLetter(s.sourcePasted, (options) => readRequestTextInBackground(text, s.sourcePasted, options), s.errorReadRequest);
  };

  const openFile = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const bytes = file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
    takeLetter(file.name, async (options) => readRequestFileInBackground(await bytes, file.name, options), fill(s.errorOpenFile, { name: file.name }));
  };

  /** A received date entered after the letter was read counts its deadline again. */
  const receivedDone = (): void => {
    const iso = receivedIso();
    const last = lastLetter.current;
    if (iso === undefined || !last || last.received === iso || busy) return;
    takeLetter(last.source, last.read, last.fallback);
  };

  const pick = (id: string): void => {
    const choice = choices.find((item) => item.id === id);
    if (choice) void take(choice.label, () => choice.load(), s.errorReadRequest);
  };

  const exportRequest = async (): Promise<void> => {
    if (!request) return;
    const work = await loadWork();
    const name = `yeu-cau-${(request.number ?? "van-ban").replace(/[^\p{L}\p{N}-]+/gu, "-")}.json`;
    host.saveFile(name, work.serializeRequestProfile(request));
  };

  return (
    <div className={styles.panel}>
      <Body1>{s.requestIntro}</Body1>
      {notice && <Notice notice={notice} onDismiss={() => setNotice(null)} strings={s} />}

      <div className={styles.group}>
        <Field label={s.requestPasteLabel}>
          <Textarea
            className={styles.control}
            value={pasted}
            onChange={(_e, data) => setPasted(data.value)}
            resize="vertical"
            rows={4}
            placeholder={s.requestPastePlaceholder}
          />
        </Field>
        <div className={styles.row}>
          <Button appearance="primary" onClick={readPasted} disabled={busy} data-testid="read-request">
            {s.requestReadButton}
          </Button>
          <Button onClick={() => fileInput.current?.click()} disabled={busy}>
            {s.requestOpenFile}
          </Button>
          <input
            ref={fileInput}
            className={styles.hiddenInput}
            type="file"
            accept=".docx,.txt,.json"
            onChange={openFile}
            aria-label={s.requestOpenFile}
            data-testid="request-file"
          />
        </div>
        <Caption1 className={styles.muted}>{s.requestFileHint}</Caption1>
        <Field
          label={s.requestReceivedLabel}
          hint={receivedBad ? undefined : s.requestReceivedHint}
          validationState={receivedBad ? "error" : "none"}
          validationMessage={receivedBad ? fill(s.requestReceivedInvalid, { value: received }) : undefined}
        >
          <Input
            className={styles.control}
            value={received}
            placeholder="dd/mm/yyyy"
            onChange={(_e, data) => setReceived(data.value)}
            onBlur={receivedDone}
            onKeyDown={(event) => {
              if (event.key === "Enter") receivedDone();
            }}
            disabled={busy}
            data-field="received"
          />
        </Field>
        {choices.length > 0 ? (
          <Field label={s.requestOrganization}>
            <ChoiceSelect
              value=""
              placeholder={s.requestOrganizationPlaceholder}
              choices={choices.map((choice) => ({ value: choice.id, label: choice.label }))}
              onChoose={pick}
              disabled={busy}
              data-testid="org-requests"
            />
          </Field>
        ) : (
          <Caption1 className={styles.muted}>{s.requestOrganizationNone}</Caption1>
        )}
      </div>

      <Divider />
      {request ? (
        <RequestEditor
          key={JSON.stringify(request)}
          strings={s}
          request={request}
          source={requestSource}
          onSave={async (edited) => {
            const warning = await onRequest(edited, s.sourceEdited);
            setNotice(warning ?? { intent: "success", text: s.requestSaved });
          }}
          onExport={() => void exportRequest()}
        />
      ) : (
        <Caption1 className={styles.muted}>{s.requestNone}</Caption1>
      )}
    </div>
  );
}

const TEXT_FIELDS: { field: RequestField; label: keyof Strings; half?: boolean }[] = [
  { field: "type", label: "fieldType", half: true },
  { field: "number", label: "fieldNumber", half: true },
  { field: "date", label: "fieldDate", half: true },
  { field: "deadline", label: "fieldDeadline", half: true },
  { field: "issuer", label: "fieldIssuer" },
  { field: "subject", label: "fieldSubject" },
  { field: "periodFrom", label: "fieldPeriodFrom", half: true },
  { field: "periodTo", label: "fieldPeriodTo", half: true },
];

const DATE_LABEL: Record<"date" | "deadline" | "periodFrom" | "periodTo", keyof Strings> = {
  date: "fieldDate",
  deadline: "fieldDeadline",
  periodFrom: "fieldPeriodFrom",
  periodTo: "fieldPeriodTo",
};

/** What was understood, in fields the clerk can correct before saving. */
function RequestEditor({
  strings: s,
  request,
  source,
  onSave,
  onExport,
}: {
  strings: Strings;
  request: RequestProfile;
  source: string;
  onSave(request: RequestProfile): Promise<void>;
  onExport(): void;
}): React.ReactElement {
  const styles = usePanelStyles();
  const [form, setForm] = React.useState<RequestForm>(() => requestToForm(request));
  const [problems, setProblems] = React.useState<RequestProblem[]>([]);
  const [saving, setSaving] = React.useState(false);
  const basisShown = Boolean(request.deadlineBasis) && form.deadline === requestToForm(request).deadline;
  const set = (field: RequestField, value: string): void => setForm((current) => ({ ...current, [field]: value }));
  const problemOf = (field: RequestField): string | undefined => {
    const found = problems.find((problem) => problem.field === field);
    if (!found) return undefined;
    if (found.kind === "period-reversed") return s.requestPeriodReversed;
    return fill(s.requestDateInvalid, { label: s[DATE_LABEL[found.field]], value: found.value });
  };

  const save = async (): Promise<void> => {
    const result = formToRequest(form, request);
    setProblems(result.problems);
    if (!result.request) return;
    setSaving(true);
    try {
      await onSave(result.request);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      className={styles.group}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      aria-label={s.requestUnderstoodTitle}
    >
      <Subtitle2 as="h2">{s.requestUnderstoodTitle}</Subtitle2>
      {source && <Caption1 className={styles.muted}>{fill(s.requestSourceLabel, { source })}</Caption1>}
      <div className={styles.row}>
        {TEXT_FIELDS.map(({ field, label, half }) => {
          const message = problemOf(field);
          return (
            <Field
              key={field}
              className={half ? styles.half : undefined}
              style={half ? undefined : { flex: "1 1 100%" }}
              label={s[label]}
              // How a deadline given as a span was counted, while the clerk keeps that date.
              hint={field === "deadline" && basisShown ? request.deadlineBasis : undefined}
              validationState={message ? "error" : "none"}
              validationMessage={message}
            >
              {field === "subject" ? (
                <Textarea
                  className={styles.control}
                  value={form.subject}
                  onChange={(_e, data) => set("subject", data.value)}
                  rows={2}
                  resize="vertical"
                  data-field="subject"
                />
              ) : (
                <Input className={styles.control} value={form[field]} onChange={(_e, data) => set(field, data.value)} data-field={field} />
              )}
            </Field>
          );
        })}
      </div>
      <Field label={s.fieldOutline} hint={s.fieldOutlineHint}>
        <Textarea
          className={mergeClasses(styles.control, styles.outline)}
          value={form.outline}
          onChange={(_e, data) => set("outline", data.value)}
          resize="vertical"
          rows={Math.min(14, Math.max(4, form.outline.split("\n").length + 1))}
          data-field="outline"
        />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {s.requestSave}
        </Button>
        <Button type="button" onClick={onExport}>
          {s.requestExport}
        </Button>
      </div>
    </form>
  );
}
