import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout every panel shares. */
export const usePanelStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  half: { flex: "1 1 120px", minWidth: "120px" },
  /** Controls take the field's width and may shrink below the input's natural size (320 px panes). */
  control: { width: "100%", minWidth: 0, maxWidth: "100%", boxSizing: "border-box", "& input": { minWidth: 0 } },
  muted: { color: tokens.colorNeutralForeground3 },
  outline: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  hiddenInput: { display: "none" },
  /** Controls and messages stay off paper: a printout holds the results only. */
  noPrint: { "@media print": { display: "none" } },
});
