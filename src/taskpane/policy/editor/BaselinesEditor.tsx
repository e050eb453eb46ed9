/**
 * Positions and their monthly baseline per workload metric, as a grid: rename a position in its
 * row header, type the baselines in its row, remove it, or add one below.
 */
import { Button, Field, Input } from "@fluentui/react-components";
import { memo, useState, type FormEvent } from "react";
import { LOCALES, type Locale } from "../../../engine/locale";
import type { Baseline, Metric, Policy } from "../../../engine/policy";
import { sameName } from "../../../engine/names";
import { addPosition, removePosition, renamePosition, setBaselineValue, setPositionLabel } from "./policyEdits";
import { displayName } from "../../shared/i18n/displayName";
import { useFormat, useLocale, useStrings } from "../../shared/i18n/LocaleContext";
import type { PolicyStrings } from "../policyStrings";
import { DataTable } from "../../shared/DataTable";
import { useEditorStyles } from "./editorStyles";
import { NumberInput } from "../../shared/NumberField";
import { POLICY_STRINGS } from "../policyStrings";

export interface BaselinesEditorProps {
  baselines: Baseline[];
  /** The metrics scored against a baseline: one column each. */
  metrics: Metric[];
  edit: (change: (draft: Policy) => Policy) => void;
}

/** What is wrong with the name of position `index` among `names`, if anything. */
function nameProblem(names: readonly string[], index: number, t: PolicyStrings): string | undefined {
  const name = names[index]!;
  if (name.trim() === "") return t.enterText;
  return names.some((other, i) => i !== index && sameName(other, name)) ? t.positionTaken : undefined;
}

export const BaselinesEditor = memo(function BaselinesEditor({ baselines, metrics, edit }: BaselinesEditorProps) {
  const t = useStrings(POLICY_STRINGS);
  const labelWord: Record<Locale, string> = { en: t.labelEn, zh: t.labelZh, "zh-Hant": t.labelHant };
  const format = useFormat();
  const { locale } = useLocale();
  const styles = useEditorStyles();
  const [newName, setNewName] = useState("");
  const [newError, setNewError] = useState<string>();
  const names = baselines.map((b) => b.position);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const problem = nameProblem([...names, newName], names.length, t);
    setNewError(problem);
    if (problem) return;
    edit((p) => addPosition(p, newName.trim()));
    setNewName("");
  };

  return (
    <div className={styles.group}>
      <DataTable
      stacked
        caption={t.baselinesCaption}
        columns={[{ header: t.position }, ...metrics.map((m) => ({ header: displayName(m, locale), numeric: true })), { header: t.remove, action: true }]}
        rows={baselines.map((b, bi) => {
          const problem = nameProblem(names, bi, t);
          return {
            key: String(bi),
            cells: [
              <Field key="name" validationState={problem ? "error" : "none"} validationMessage={problem ? { children: problem, role: undefined } : undefined}>
                <Input className={styles.nameInput} aria-label={t.positionName(format.number(bi + 1))} value={b.position} onChange={(_, data) => edit((p) => renamePosition(p, bi, data.value))} />
              </Field>,
              ...metrics.map((m) => (
                <NumberInput
                  key={m.key}
                  className={styles.cellInput}
                  aria-label={t.baselineCell(displayName(m, locale), b.position)}
                  aria-invalid={!((b.values[m.key] ?? 0) > 0)}
                  value={b.values[m.key]}
                  min={0}
                  onValue={(value) => edit((p) => setBaselineValue(p, bi, m.key, Number.isNaN(value) ? undefined : value))}
                />
              )),
              <Button key="remove" size="small" aria-label={t.removeItem(b.position)} onClick={() => edit((p) => removePosition(p, bi))}>
                {t.remove}
              </Button>,
            ],
          };
        })}
      />
      <DataTable
        stacked
        caption={t.positionNamesCaption}
        columns={[{ header: t.position }, ...LOCALES.map((lang) => ({ header: labelWord[lang], wide: true }))]}
        rows={baselines.map((b, bi) => ({
          key: String(bi),
          cells: [
            b.position,
            ...LOCALES.map((lang) => (
              <Input
                key={lang}
                className={styles.nameInput}
                aria-label={t.positionLabel(b.position, labelWord[lang])}
                value={b.label?.[lang] ?? ""}
                onChange={(_, data) => edit((p) => setPositionLabel(p, bi, lang, data.value))}
              />
            )),
          ],
        }))}
      />
      <form className={styles.actions} onSubmit={add} aria-label={t.addPosition}>
        <Field label={t.newPosition} validationState={newError ? "error" : "none"} validationMessage={newError ? { children: newError, role: undefined } : undefined}>
          <Input
            className={styles.nameInput}
            value={newName}
            onChange={(_, data) => {
              setNewName(data.value);
              setNewError(undefined);
            }}
          />
        </Field>
        <Button type="submit">{t.addPosition}</Button>
      </form>
    </div>
  );
});
