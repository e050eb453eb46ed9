/**
 * The policy editor: Save and the file actions on top, the list of problems, then one collapsible
 * section per part of the policy, each editing the draft. Closed sections are not rendered, which
 * keeps a 320 px pane short; sections get only their part of the draft, so an edit re-renders
 * the section it touched.
 */
import { Caption1, makeStyles, Subtitle2, tokens, useId } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Policy } from "../../../engine/policy";
import type { PolicyDraft } from "./usePolicyDraft";
import { useLocale, useStrings } from "../../shared/i18n/LocaleContext";
import { PolicyPreview } from "../preview/PolicyPreview";
import { PREVIEW_STRINGS } from "../preview/previewStrings";
import { problemTexts } from "./problemTexts";
import type { PolicyRepository } from "../policyRepository";
import { AddMetricForm } from "./AddMetricForm";
import { BandsEditor } from "./BandsEditor";
import { BaselinesEditor } from "./BaselinesEditor";
import { CollapsibleSection } from "../../shared/CollapsibleSection";
import { DimensionWeightsEditor } from "./DimensionWeightsEditor";
import { FileActions } from "./FileActions";
import { MetricsEditor } from "./MetricsEditor";
import { SaveBar } from "./SaveBar";
import { SeasonalEditor } from "./SeasonalEditor";
import { SettingsEditor } from "./SettingsEditor";
import { ValidationSummary } from "./ValidationSummary";
import { POLICY_STRINGS } from "../policyStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
});

export interface PolicyEditorProps {
  draft: PolicyDraft;
  /** The saved policy (Export writes it). */
  saved: Policy;
  repository: PolicyRepository;
  /** The workbook does not hold the policy in use (it was rejected, or is an older schema): saving it unchanged is worth doing. */
  workbookBehind: boolean;
}

export function PolicyEditor({ draft, saved, repository, workbookBehind }: PolicyEditorProps) {
  const styles = useStyles();
  const t = useStrings(POLICY_STRINGS);
  const { locale } = useLocale();
  const problemsId = useId("policy-problems");
  const { draft: policy, edit, result, replace } = draft;
  const { dimensions, baselines, name, label, minPresence, quarterQualityWeight, ratingScale, csatMethod } = policy;
  const settings = useMemo(
    () => ({ name, label, minPresence, quarterQualityWeight, ratingScale, csatMethod }),
    [name, label, minPresence, quarterQualityWeight, ratingScale, csatMethod],
  );
  const baselineMetrics = useMemo(() => dimensions.flatMap((d) => d.metrics).filter((m) => m.scoring === "baseline"), [dimensions]);
  return (
    <div className={styles.root}>
      <SaveBar draft={draft} repository={repository} problemsId={problemsId} workbookBehind={workbookBehind} />
      <ValidationSummary id={problemsId} errors={problemTexts(result, policy, locale)} />
      <FileActions replace={replace} saved={saved} dirty={draft.dirty} />
      <CollapsibleSection title={t.summaryHeading}>
        <SettingsEditor settings={settings} edit={edit} />
      </CollapsibleSection>
      {/* Open at first: the weights are what a change of the policy is most often about. */}
      <CollapsibleSection title={t.dimensionsHeading} initiallyOpen>
        <DimensionWeightsEditor dimensions={dimensions} edit={edit} />
        <Caption1>{t.metricsNote}</Caption1>
        {dimensions.map((d, di) => (
          <MetricsEditor key={d.key} dimension={d} di={di} edit={edit} />
        ))}
        <Subtitle2 as="h3">{t.addMetricHeading}</Subtitle2>
        <AddMetricForm draft={policy} edit={edit} />
      </CollapsibleSection>
      <CollapsibleSection title={t.baselinesHeading}>
        <BaselinesEditor baselines={baselines} metrics={baselineMetrics} edit={edit} />
        <SeasonalEditor baselines={baselines} edit={edit} />
      </CollapsibleSection>
      <CollapsibleSection title={t.bandsHeading}>
        <BandsEditor bands={policy.bands} lowestGrade={policy.lowestGrade} edit={edit} />
      </CollapsibleSection>
      <CollapsibleSection title={PREVIEW_STRINGS[locale].heading}>
        <PolicyPreview saved={saved} edited={result.ok ? result.policy : null} />
      </CollapsibleSection>
    </div>
  );
}
