/**
 * Grade bands from the highest grade down: each grade and the lowest total score that earns it,
 * which must fall from band to band; then the grade for scores under the last band.
 */
import { Button, Field, Input } from "@fluentui/react-components";
import { memo } from "react";
import type { GradeBand, Policy } from "../../../engine/policy";
import { addBand, removeBand, updateBand } from "./policyEdits";
import { useFormat, useStrings } from "../../shared/i18n/LocaleContext";
import { DataTable } from "../../shared/DataTable";
import { useEditorStyles } from "./editorStyles";
import { NumberField } from "../../shared/NumberField";
import { POLICY_STRINGS } from "../policyStrings";

export interface BandsEditorProps {
  bands: GradeBand[];
  lowestGrade: string;
  edit: (change: (draft: Policy) => Policy) => void;
}

export const BandsEditor = memo(function BandsEditor({ bands, lowestGrade, edit }: BandsEditorProps) {
  const t = useStrings(POLICY_STRINGS);
  const format = useFormat();
  const styles = useEditorStyles();
  const grades = [...bands.map((b) => b.grade), lowestGrade];
  const gradeProblem = (index: number) => {
    const grade = grades[index]!;
    if (grade.trim() === "") return t.enterText;
    return grades.filter((g) => g === grade).length > 1 ? t.gradeTaken : undefined;
  };
  /** A grade's text input; in the table its column header names it, so its label is for assistive technology only. */
  const gradeField = (index: number, label: string, inTable: boolean, onText: (grade: string) => void) => {
    const problem = gradeProblem(index);
    return (
      <Field
        key="grade"
        label={inTable ? undefined : label}
        validationState={problem ? "error" : "none"}
        validationMessage={problem ? { children: problem, role: undefined } : undefined}
      >
        <Input className={styles.cellInput} aria-label={inTable ? label : undefined} value={grades[index]} onChange={(_, data) => onText(data.value)} />
      </Field>
    );
  };
  return (
    <div className={styles.group}>
      <DataTable
        caption={t.bandsCaption}
        columns={[{ header: t.grade }, { header: t.totalScore, numeric: true }, { header: t.remove }]}
        rows={bands.map((band, i) => {
          const above = bands[i - 1];
          const outOfOrder = above !== undefined && !(band.min < above.min);
          const name = band.grade || format.number(i + 1);
          return {
            key: String(i),
            cells: [
              gradeField(i, t.bandGrade(format.number(i + 1)), true, (grade) => edit((p) => updateBand(p, i, { grade }))),
              <NumberField
                key="min"
                className={styles.cellInput}
                label={t.bandMin(name)}
                hideLabel
                error={outOfOrder ? t.bandNotDecreasing(format.number(above.min), above.grade) : undefined}
                value={band.min}
                onValue={(min) => edit((p) => updateBand(p, i, { min }))}
              />,
              <Button key="remove" size="small" aria-label={t.removeItem(name)} onClick={() => edit((p) => removeBand(p, i))}>
                {t.remove}
              </Button>,
            ],
          };
        })}
      />
      <div className={styles.actions}>
        <Button onClick={() => edit(addBand)}>{t.addBand}</Button>
      </div>
      {gradeField(bands.length, t.lowestGrade, false, (lowest) => edit((p) => ({ ...p, lowestGrade: lowest })))}
    </div>
  );
});
