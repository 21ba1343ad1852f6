import * as React from "react";
import { makeStyles, mergeClasses, Select } from "@fluentui/react-components";
import { usePanelStyles } from "./styles";

export interface Choice {
  value: string;
  label: string;
  /** The full text when the label is a short form of it (shown on hover). */
  title?: string;
}

export interface ChoiceSelectProps {
  value: string;
  choices: readonly Choice[];
  onChoose(value: string): void;
  /** A first, empty choice ("— chọn —"): picking it chooses nothing. */
  placeholder?: string;
  disabled?: boolean;
  "data-testid"?: string;
  "data-field"?: string;
}

const useStyles = makeStyles({
  // The closed select shows its whole choice in a narrow pane instead of cutting it.
  select: { "& select": { textOverflow: "ellipsis", whiteSpace: "nowrap", overflow: "hidden" } },
});

/** The pane's one drop-down: Fluent's Select at the field's width, with an optional placeholder. */
export function ChoiceSelect({ value, choices, onChoose, placeholder, disabled, ...data }: ChoiceSelectProps): React.ReactElement {
  const panel = usePanelStyles();
  const styles = useStyles();
  const selected = choices.find((choice) => choice.value === value);
  return (
    <Select
      className={mergeClasses(panel.control, styles.select)}
      value={value}
      disabled={disabled}
      onChange={(_e, result) => onChoose(result.value)}
      title={selected?.title ?? selected?.label}
      {...data}
    >
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value} title={choice.title}>
          {choice.label}
        </option>
      ))}
    </Select>
  );
}
