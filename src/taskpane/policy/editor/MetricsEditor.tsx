/** A dimension's metrics, each editable, with the running sum of their weights. */
import { memo } from "react";
import type { Dimension, Policy } from "../../../engine/policy";
import { displayName } from "../../shared/i18n/displayName";
import { useLocale, useStrings } from "../../shared/i18n/LocaleContext";
import { useEditorStyles } from "./editorStyles";
import { MetricEditor } from "./MetricEditor";
import { WeightSum } from "./WeightSum";
import { POLICY_STRINGS } from "../policyStrings";

export interface MetricsEditorProps {
  dimension: Dimension;
  di: number;
  edit: (change: (draft: Policy) => Policy) => void;
}

export const MetricsEditor = memo(function MetricsEditor({ dimension, di, edit }: MetricsEditorProps) {
  const t = useStrings(POLICY_STRINGS);
  const { locale } = useLocale();
  const styles = useEditorStyles();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t.metricWeights(displayName(dimension, locale))}</legend>
      {dimension.metrics.map((m, mi) => (
        <MetricEditor key={m.key} metric={m} di={di} mi={mi} edit={edit} />
      ))}
      <WeightSum weights={dimension.metrics.map((m) => m.weight)} />
    </fieldset>
  );
});
