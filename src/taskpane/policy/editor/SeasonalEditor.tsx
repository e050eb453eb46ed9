/** Each position's twelve monthly factors, January first, as a grid that scrolls sideways. */
import { memo } from "react";
import type { Baseline, Policy } from "../../../engine/policy";
import { setSeasonalFactor } from "./policyEdits";
import { useFormat, useStrings } from "../../shared/i18n/LocaleContext";
import { DataTable } from "../../shared/DataTable";
import { useEditorStyles } from "./editorStyles";
import { NumberInput } from "../../shared/NumberField";
import { POLICY_STRINGS } from "../policyStrings";

const MONTHS = Array.from({ length: 12 }, (_, i) => i);

export interface SeasonalEditorProps {
  baselines: Baseline[];
  edit: (change: (draft: Policy) => Policy) => void;
}

export const SeasonalEditor = memo(function SeasonalEditor({ baselines, edit }: SeasonalEditorProps) {
  const t = useStrings(POLICY_STRINGS);
  const format = useFormat();
  const styles = useEditorStyles();
  return (
    <DataTable
      stacked
      caption={t.seasonalCaption}
      columns={[{ header: t.position }, ...MONTHS.map((i) => ({ header: format.month(i), numeric: true }))]}
      rows={baselines.map((b, bi) => ({
        key: String(bi),
        cells: [
          b.position,
          ...MONTHS.map((i) => (
            <NumberInput
              key={i}
              className={styles.cellInput}
              aria-label={t.seasonalCell(format.month(i), b.position)}
              aria-invalid={!(b.seasonal[i]! > 0)}
              value={b.seasonal[i]}
              min={0}
              step={0.05}
              onValue={(factor) => edit((p) => setSeasonalFactor(p, bi, i, factor))}
            />
          )),
        ],
      }))}
    />
  );
});
