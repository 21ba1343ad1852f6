import * as React from "react";
import { Body1, Button, Subtitle2 } from "@fluentui/react-components";
import type { Waiver } from "../../../engine/model";
import type { WaivedFinding } from "../../../engine/types";
import type { Strings } from "../../i18n";
import { fill } from "../../text";
import { usePanelStyles } from "../styles";
import { useCheckStyles } from "./styles";
import { useWaiverStyles } from "./waiver-styles";
import type { FindingWording } from "./useCheck";

/**
 * The findings the document's waivers pass over, greyed, each with its reason and a way to
 * undo the waiver; and a line when some waivers no longer apply because the text changed.
 */
export function WaivedList({
  waived,
  voidCount,
  strings: s,
  wording,
  onUndo,
}: {
  waived: readonly WaivedFinding[];
  voidCount: number;
  strings: Strings;
  wording: FindingWording;
  onUndo(waiver: Waiver): Promise<void>;
}): React.ReactElement | null {
  const panel = usePanelStyles();
  const styles = useWaiverStyles();
  const list = useCheckStyles().list;
  if (waived.length === 0 && voidCount === 0) return null;
  return (
    <div className={panel.group} data-testid="waived">
      {waived.length > 0 && (
        <>
          <Subtitle2 as="h2">{fill(s.checkWaivedTitle, { count: waived.length })}</Subtitle2>
          <Body1 data-testid="waived-summary">{wording.waivedSummary(waived)}</Body1>
          <ul className={list}>
            {waived.map(({ finding, waiver }, index) => (
              <li key={index} className={styles.waived} data-testid="waived-finding" data-rule={finding.rule}>
                <span>{wording.message(finding)}</span>
                {finding.excerpt && <span>“{finding.excerpt}”</span>}
                <span className={styles.reason}>{fill(s.checkWaivedReason, { reason: wording.waiverReason(waiver) })}</span>
                <div>
                  <Button size="small" appearance="subtle" onClick={() => void onUndo(waiver)} data-testid="unwaive">
                    {s.checkUnwaive}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {voidCount > 0 && <Body1 data-testid="void-waivers">{wording.voidWaivers(voidCount)}</Body1>}
    </div>
  );
}
