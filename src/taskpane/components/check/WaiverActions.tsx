import * as React from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import type { Waiver } from "../../../engine/model";
import type { Strings } from "../../i18n";
import { fill } from "../../text";
import { useWaiverStyles } from "./waiver-styles";

/**
 * "Bỏ qua" and "Bỏ qua loại này" under one finding: either opens a short reason field; the
 * waiver is kept in the document only when the clerk saves it with a reason.
 */
export function WaiverActions({
  ruleName,
  strings: s,
  onWaive,
}: {
  ruleName: string;
  strings: Strings;
  onWaive(scope: Waiver["scope"], reason: string): Promise<boolean>;
}): React.ReactElement {
  const styles = useWaiverStyles();
  const [scope, setScope] = React.useState<Waiver["scope"] | null>(null);
  const [reason, setReason] = React.useState("");
  const [missing, setMissing] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const id = React.useId();

  if (!scope) {
    return (
      <div className={styles.actions} data-testid="waiver-actions">
        <Button size="small" appearance="subtle" title={s.checkWaiveOne} onClick={() => setScope("finding")} data-testid="waive">
          {s.checkWaive}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          title={fill(s.checkWaiveKind, { name: ruleName })}
          onClick={() => setScope("rule")}
          data-testid="waive-rule"
        >
          {s.checkWaiveRule}
        </Button>
      </div>
    );
  }

  const save = async (): Promise<void> => {
    if (reason.trim() === "") {
      setMissing(true);
      return;
    }
    setSaving(true);
    const kept = await onWaive(scope, reason.trim());
    setSaving(false);
    if (kept) {
      setScope(null);
      setReason("");
    }
  };

  return (
    <form
      className={styles.form}
      aria-labelledby={`${id}-what`}
      data-testid="waiver-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <span id={`${id}-what`} className={styles.what}>
        {scope === "rule" ? fill(s.checkWaiveKind, { name: ruleName }) : s.checkWaiveOne}
      </span>
      <Field label={s.checkWaiveReason} validationMessage={missing ? s.checkWaiveReasonRequired : undefined} required>
        <Input
          value={reason}
          maxLength={300}
          autoFocus
          onChange={(_, data) => {
            setReason(data.value);
            setMissing(false);
          }}
          data-testid="waiver-reason"
        />
      </Field>
      <div className={styles.actions}>
        <Button size="small" appearance="primary" type="submit" disabled={saving} data-testid="waiver-save">
          {s.checkWaiveSave}
        </Button>
        <Button size="small" onClick={() => setScope(null)} disabled={saving}>
          {s.checkWaiveCancel}
        </Button>
      </div>
    </form>
  );
}
