import * as React from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { Strings } from "../../i18n";
import { fill } from "../../text";

/** Asks before converting TCVN3/VNI text to Unicode, saying what will change. */
export function ConvertDialog({
  open,
  encoding,
  strings: s,
  onClose,
  onConvert,
}: {
  open: boolean;
  /** The encoding's name, in the pane's language. */
  encoding: string;
  strings: Strings;
  onClose(): void;
  onConvert(): void;
}): React.ReactElement {
  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onClose()} modalType="alert">
      <DialogSurface aria-describedby="vanban-convert-what">
        <DialogBody>
          <DialogTitle>{s.convertTitle}</DialogTitle>
          <DialogContent id="vanban-convert-what">{fill(s.convertWhat, { encoding })}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              data-testid="convert-confirm"
              onClick={() => {
                onClose();
                onConvert();
              }}
            >
              {s.convertButton}
            </Button>
            <Button onClick={onClose}>{s.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
