/** Layout shared by the editor's sections, built to fit a 320 px pane: fields wrap into as many columns as fit. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useEditorStyles = makeStyles({
  // A fieldset groups related inputs for screen readers; the browser's frame would cost width.
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    margin: 0,
    padding: 0,
    border: "none",
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  // Two columns of 8rem fit the 296 px a 320 px pane leaves; narrower panes get one.
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(8rem, 1fr))",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
    // A native input is about 20 characters wide unless told otherwise; in a column it takes the column's width.
    "& > *": { minWidth: 0 },
    "& .fui-Input, & .fui-Select": { minWidth: 0, width: "100%" },
  },
  // A select shows its whole choice ("Higher is better") only on a row of its own in a 320 px pane.
  wide: { gridColumn: "1 / -1" },
  card: {
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  // Inputs inside a table cell: narrow, so a grade, its score and Remove share a row of a 320 px pane.
  // On a Field (NumberField), its input takes the Field's width rather than a native input's 20 characters.
  cellInput: { width: "4.5rem", "& .fui-Input": { width: "100%", minWidth: 0 } },
  nameInput: { width: "8rem" },
  error: { color: tokens.colorPaletteRedForeground1 },
});
