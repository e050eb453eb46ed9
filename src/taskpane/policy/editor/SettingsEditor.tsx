/** The policy's single-valued settings: name, min_presence, the quarter quality weight, the rating scale, the CSAT method. */
import { Field, Input, Select } from "@fluentui/react-components";
import { memo } from "react";
import type { CsatMethod, Policy } from "../../../engine/policy";
import { useFormat, useStrings } from "../../shared/i18n/LocaleContext";
import { useEditorStyles } from "./editorStyles";
import { NumberField } from "../../shared/NumberField";
import { POLICY_STRINGS } from "../policyStrings";
import { renamePolicy, withLabel } from "./policyEdits";

export type Settings = Pick<Policy, "name" | "label" | "minPresence" | "quarterQualityWeight" | "ratingScale" | "csatMethod">;

export interface SettingsEditorProps {
  settings: Settings;
  edit: (change: (draft: Policy) => Policy) => void;
}

export const SettingsEditor = memo(function SettingsEditor({ settings, edit }: SettingsEditorProps) {
  const t = useStrings(POLICY_STRINGS);
  const format = useFormat();
  const styles = useEditorStyles();
  const set = (patch: Partial<Settings>) => edit((p) => ({ ...p, ...patch }));
  // Shares are typed as the policy holds them (0.5), which is what validation messages speak of; the hint shows the percentage.
  const shareHint = (share: number) => (Number.isFinite(share) ? t.shareHint(format.percent(share)) : undefined);
  return (
    <div className={styles.fields}>
      <Field label={t.policyName} validationState={settings.name.trim() ? "none" : "error"} validationMessage={settings.name.trim() ? undefined : { children: t.enterText, role: undefined }}>
        <Input value={settings.name} onChange={(_, data) => edit((p) => renamePolicy(p, data.value))} />
      </Field>
      <Field label={t.policyNameEn}>
        <Input value={settings.label?.en ?? ""} onChange={(_, data) => edit((p) => withLabel(p, "en", data.value))} />
      </Field>
      <Field label={t.policyNameZh}>
        <Input value={settings.label?.zh ?? ""} onChange={(_, data) => edit((p) => withLabel(p, "zh", data.value))} />
      </Field>
      <Field label={t.policyNameHant} hint={t.labelHantHint}>
        <Input value={settings.label?.["zh-Hant"] ?? ""} onChange={(_, data) => edit((p) => withLabel(p, "zh-Hant", data.value))} lang="zh-TW" />
      </Field>
      <NumberField label={t.minPresence} hint={shareHint(settings.minPresence)} value={settings.minPresence} min={0} max={1} step={0.05} onValue={(minPresence) => set({ minPresence })} />
      <NumberField
        label={t.quarterQualityWeight}
        hint={shareHint(settings.quarterQualityWeight)}
        value={settings.quarterQualityWeight}
        min={0}
        max={1}
        step={0.05}
        onValue={(quarterQualityWeight) => set({ quarterQualityWeight })}
      />
      <NumberField label={t.ratingScale} hint={t.ratingScaleHint} value={settings.ratingScale} min={2} max={10} step={1} onValue={(ratingScale) => set({ ratingScale })} />
      <Field className={styles.wide} label={t.csatMethod}>
        <Select value={settings.csatMethod} onChange={(_, data) => set({ csatMethod: data.value as CsatMethod })}>
          <option value="top2">{t.csatTop2}</option>
          <option value="mean">{t.csatMean}</option>
        </Select>
      </Field>
    </div>
  );
});
