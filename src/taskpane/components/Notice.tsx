import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, type MessageBarIntent } from "@fluentui/react-components";
import type { Strings } from "../i18n";

export interface NoticeState {
  intent: MessageBarIntent;
  text: string;
}

/** One message: what happened and what to do. Errors are announced at once (role alert). */
export function Notice({
  notice,
  onDismiss,
  strings,
  action,
}: {
  notice: NoticeState;
  onDismiss?: () => void;
  strings: Strings;
  action?: React.ReactNode;
}): React.ReactElement {
  return (
    <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === "error" ? "alert" : "status"}>
      <MessageBarBody style={{ whiteSpace: "pre-line" }}>{notice.text}</MessageBarBody>
      {(onDismiss || action) && (
        <MessageBarActions
          containerAction={
            onDismiss ? (
              <Button appearance="transparent" size="small" onClick={onDismiss} aria-label={strings.dismiss}>
                ✕
              </Button>
            ) : undefined
          }
        >
          {action}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
