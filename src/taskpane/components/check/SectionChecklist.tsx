import * as React from "react";
import { mergeClasses, Subtitle2 } from "@fluentui/react-components";
import type { SectionState, SectionStatus } from "../../../engine/types";
import type { Strings } from "../../i18n";
import { fill } from "../../text";
import { usePanelStyles } from "../styles";
import { useCheckStyles } from "./styles";

const SECTION_MARK: Record<SectionState, string> = { present: "✓", missing: "✗", empty: "○", "out-of-order": "↕", "in-parent": "?" };

/** The outline's sections, each with what the check found; a found heading takes the clerk to it. */
export function SectionChecklist({
  sections,
  strings: s,
  onGoTo,
}: {
  sections: readonly SectionStatus[];
  strings: Strings;
  onGoTo(paragraph: number): Promise<void>;
}): React.ReactElement {
  const panel = usePanelStyles();
  const styles = useCheckStyles();
  return (
    <div className={panel.group}>
      <Subtitle2 as="h2">{s.checkSectionsTitle}</Subtitle2>
      <ul className={styles.list} aria-label={s.checkSectionsTitle}>
        {sections.map((section, index) => (
          <SectionRow key={index} section={section} parent={parentOf(sections, index)} strings={s} onGoTo={onGoTo} />
        ))}
      </ul>
    </div>
  );
}

/** The outline entry a sub-section belongs to: the nearest one above it, a level up. */
function parentOf(sections: readonly SectionStatus[], index: number): SectionStatus | null {
  for (let k = index - 1; k >= 0; k--) if (sections[k].level < sections[index].level) return sections[k];
  return null;
}

function SectionRow({
  section,
  parent,
  strings: s,
  onGoTo,
}: {
  section: SectionStatus;
  parent: SectionStatus | null;
  strings: Strings;
  onGoTo(paragraph: number): Promise<void>;
}): React.ReactElement {
  const styles = useCheckStyles();
  const tone =
    section.status === "present"
      ? styles.present
      : section.status === "missing"
        ? styles.missing
        : section.status === "empty"
          ? styles.empty
          : section.status === "in-parent"
            ? styles.inParent
            : styles.outOfOrder;
  const statusText: Record<SectionState, string> = {
    present: s.sectionPresent,
    missing: s.sectionMissing,
    empty: s.sectionEmpty,
    "out-of-order": s.sectionOutOfOrder,
    "in-parent": fill(s.sectionInParent, { parent: parent?.number || parent?.title || "" }),
  };
  const title = section.title.length > 90 ? `${section.title.slice(0, 88)}…` : section.title;
  const label = (
    <>
      {section.number ? `${section.number}. ` : ""}
      {title} <span className={tone}>({statusText[section.status]})</span>
    </>
  );
  return (
    <li
      className={styles.section}
      style={{ paddingLeft: `${(section.level - 1) * 16}px` }}
      data-testid="section"
      data-status={section.status}
      data-number={section.number}
      title={section.title}
    >
      <span className={mergeClasses(styles.mark, tone)} aria-hidden="true">
        {SECTION_MARK[section.status]}
      </span>
      {section.paragraph === null ? (
        <span className={styles.sectionTitle}>{label}</span>
      ) : (
        <button
          type="button"
          className={mergeClasses(styles.sectionTitle, styles.sectionLink)}
          onClick={() => void onGoTo(section.paragraph as number)}
          title={s.checkGoToSection}
        >
          {label}
        </button>
      )}
    </li>
  );
}
