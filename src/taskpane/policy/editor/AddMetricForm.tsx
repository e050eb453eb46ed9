/**
 * Adds a metric (e.g. complaint_rate, lower is better) to a dimension. It joins with weight 0,
 * so the weights still add up until the user rebalances them, and floor 0 / cap 1.2, the
 * method's defaults (docs/method.md, "Points").
 */
import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { memo, useState, type FormEvent } from "react";
import { findMetric, SCORINGS, UNITS, type Direction, type Metric, type Policy, type Scoring, type Unit } from "../../../engine/policy";
import { validatePolicy } from "../../../engine/policySchema";
import { addMetric } from "./policyEdits";
import { displayName } from "../../shared/i18n/displayName";
import { useLocale, useStrings } from "../../shared/i18n/LocaleContext";
import { useEditorStyles } from "./editorStyles";
import { POLICY_STRINGS } from "../policyStrings";

export interface AddMetricFormProps {
  draft: Policy;
  edit: (change: (draft: Policy) => Policy) => void;
}

export const AddMetricForm = memo(function AddMetricForm({ draft, edit }: AddMetricFormProps) {
  const t = useStrings(POLICY_STRINGS);
  const { locale } = useLocale();
  const styles = useEditorStyles();
  const [key, setKey] = useState("");
  const [en, setEn] = useState("");
  const [zh, setZh] = useState("");
  const [hant, setHant] = useState("");
  const [di, setDi] = useState(0);
  const [scoring, setScoring] = useState<Scoring>("target");
  const [unit, setUnit] = useState<Unit>("count");
  const [direction, setDirection] = useState<Direction>("higher");
  const [keyError, setKeyError] = useState<string>();
  const [added, setAdded] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const metric: Metric = { key: key.trim(), weight: 0, direction, floor: 0, cap: 1.2, scoring, unit };
    // A blank Traditional name is left out: the Simplified one stands in for it (docs/policy.md, "Languages").
    if (en.trim() || zh.trim() || hant.trim()) metric.label = { en: en.trim(), zh: zh.trim(), ...(hant.trim() ? { "zh-Hant": hant.trim() } : {}) };
    const dimension = draft.dimensions[di]!;
    const problem = findMetric(draft, metric.key) ? t.keyTaken(metric.key) : keyProblem(draft, di, metric) ? t.keyInvalid : undefined;
    setKeyError(problem);
    if (problem) {
      setAdded("");
      return;
    }
    edit((p) => addMetric(p, di, metric));
    setAdded(t.metricAdded(displayName(metric, locale), displayName(dimension, locale)));
    setKey("");
    setEn("");
    setZh("");
    setHant("");
  };

  return (
    <form className={`${styles.group} ${styles.card}`} onSubmit={submit} aria-label={t.addMetricHeading}>
      <div className={styles.fields}>
        <Field
          label={t.metricKey}
          hint={t.metricKeyHint}
          validationState={keyError ? "error" : "none"}
          validationMessage={keyError ? { children: keyError, role: undefined } : undefined}
        >
          <Input value={key} onChange={(_, data) => setKey(data.value)} autoComplete="off" spellCheck={false} />
        </Field>
        <Field label={t.labelEn}>
          <Input value={en} onChange={(_, data) => setEn(data.value)} lang="en" />
        </Field>
        <Field label={t.labelZh}>
          <Input value={zh} onChange={(_, data) => setZh(data.value)} lang="zh-CN" />
        </Field>
        <Field label={t.labelHant} hint={t.labelHantHint}>
          <Input value={hant} onChange={(_, data) => setHant(data.value)} lang="zh-TW" />
        </Field>
        <Field className={styles.wide} label={t.dimension}>
          <Select value={String(di)} onChange={(_, data) => setDi(Number(data.value))}>
            {draft.dimensions.map((d, i) => (
              <option key={d.key} value={i}>
                {displayName(d, locale)}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.wide} label={t.scoring}>
          <Select value={scoring} onChange={(_, data) => setScoring(data.value as Scoring)}>
            {SCORINGS.map((s) => (
              <option key={s} value={s}>
                {t.scoringNames[s]}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.wide} label={t.unit}>
          <Select value={unit} onChange={(_, data) => setUnit(data.value as Unit)}>
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t.unitNames[u]}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.wide} label={t.direction}>
          <Select value={direction} onChange={(_, data) => setDirection(data.value as Direction)}>
            <option value="higher">{t.higherIsBetter}</option>
            <option value="lower">{t.lowerIsBetter}</option>
          </Select>
        </Field>
      </div>
      <div className={styles.actions}>
        <Button type="submit">{t.addMetric}</Button>
        <Text role="status">{added}</Text>
      </div>
    </form>
  );
});

/** Whether validatePolicy finds fault with the new metric's key (its spelling rule lives there). */
function keyProblem(draft: Policy, di: number, metric: Metric): boolean {
  const result = validatePolicy(addMetric(draft, di, metric));
  const path = `dimensions[${di}].metrics[${draft.dimensions[di]!.metrics.length}].key:`;
  return !result.ok && result.errors.some((e) => e.startsWith(path));
}
