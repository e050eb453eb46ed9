/** One metric's settings: weight, direction, floor, cap and, when scored against a fixed target, the target. */
import { Button, Field, Select } from "@fluentui/react-components";
import { memo } from "react";
import type { Direction, Metric, Policy } from "../../../engine/policy";
import { removeMetric, updateMetric } from "./policyEdits";
import { displayName } from "../../shared/i18n/displayName";
import { useLocale, useStrings } from "../../shared/i18n/LocaleContext";
import { useEditorStyles } from "./editorStyles";
import { NumberField } from "../../shared/NumberField";
import { POLICY_STRINGS } from "../policyStrings";

export interface MetricEditorProps {
  metric: Metric;
  /** Where the metric sits: dimensions[di].metrics[mi]. */
  di: number;
  mi: number;
  edit: (change: (draft: Policy) => Policy) => void;
}

export const MetricEditor = memo(function MetricEditor({ metric, di, mi, edit }: MetricEditorProps) {
  const t = useStrings(POLICY_STRINGS);
  const { locale } = useLocale();
  const styles = useEditorStyles();
  const name = displayName(metric, locale);
  const set = (patch: Partial<Omit<Metric, "key">>) => edit((p) => updateMetric(p, di, mi, patch));
  return (
    <fieldset className={`${styles.group} ${styles.card}`}>
      <legend className={styles.legend}>{name}</legend>
      <div className={styles.fields}>
        <NumberField label={t.weightPercent} value={metric.weight} min={0} max={100} onValue={(weight) => set({ weight })} />
        <Field className={styles.wide} label={t.direction}>
          <Select value={metric.direction} onChange={(_, data) => set({ direction: data.value as Direction })}>
            <option value="higher">{t.higherIsBetter}</option>
            <option value="lower">{t.lowerIsBetter}</option>
          </Select>
        </Field>
        <NumberField label={t.floor} value={metric.floor} min={0} step={0.1} onValue={(floor) => set({ floor })} />
        <NumberField label={t.cap} value={metric.cap} min={0} step={0.1} onValue={(cap) => set({ cap })} />
        {metric.scoring === "fixed" && (
          <NumberField
            label={metric.unit === "percent" ? t.targetPercent : t.target}
            value={metric.target}
            min={0}
            onValue={(target) => set({ target })}
          />
        )}
      </div>
      <div className={styles.actions}>
        <Button size="small" aria-label={t.removeItem(name)} onClick={() => edit((p) => removeMetric(p, di, mi))}>
          {t.remove}
        </Button>
      </div>
    </fieldset>
  );
});
