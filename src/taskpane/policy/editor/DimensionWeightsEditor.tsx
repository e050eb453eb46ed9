/** How much each dimension counts in the total: one weight per dimension and their running sum. */
import { memo } from "react";
import type { Dimension, Policy } from "../../../engine/policy";
import { setDimensionWeight } from "./policyEdits";
import { displayName } from "../../shared/i18n/displayName";
import { useLocale, useStrings } from "../../shared/i18n/LocaleContext";
import { useEditorStyles } from "./editorStyles";
import { NumberField } from "../../shared/NumberField";
import { WeightSum } from "./WeightSum";
import { POLICY_STRINGS } from "../policyStrings";

export interface DimensionWeightsEditorProps {
  dimensions: Dimension[];
  edit: (change: (draft: Policy) => Policy) => void;
}

export const DimensionWeightsEditor = memo(function DimensionWeightsEditor({ dimensions, edit }: DimensionWeightsEditorProps) {
  const t = useStrings(POLICY_STRINGS);
  const { locale } = useLocale();
  const styles = useEditorStyles();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t.dimensionWeights}</legend>
      <div className={styles.fields}>
        {dimensions.map((d, di) => (
          <NumberField
            key={di}
            label={displayName(d, locale)}
            value={d.weight}
            min={0}
            max={100}
            onValue={(weight) => edit((p) => setDimensionWeight(p, di, weight))}
          />
        ))}
      </div>
      <WeightSum weights={dimensions.map((d) => d.weight)} />
    </fieldset>
  );
});
