/**
 * The whole policy, read-only, one section per part. Each section is its own component taking
 * the part of the policy it shows, so the editor (docs/policy.md) can swap them one at a time.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Policy } from "../../engine/policy";
import { useStrings } from "../shared/i18n/LocaleContext";
import { BaselinesTable } from "./BaselinesTable";
import { DimensionsTable } from "./DimensionsTable";
import { GradeBands } from "./GradeBands";
import { MetricsTable } from "./MetricsTable";
import { PolicySummary } from "./PolicySummary";
import { SeasonalTable } from "./SeasonalTable";
import { Section } from "../shared/Section";
import { POLICY_STRINGS } from "./policyStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL, minWidth: 0 },
});

export function PolicyView({ policy }: { policy: Policy }) {
  const styles = useStyles();
  const t = useStrings(POLICY_STRINGS);
  return (
    <div className={styles.root}>
      <PolicySummary policy={policy} />
      <Section title={t.dimensionsHeading}>
        <DimensionsTable dimensions={policy.dimensions} />
        <Caption1>{t.metricsNote}</Caption1>
        {policy.dimensions.map((d) => (
          <MetricsTable key={d.key} dimension={d} ratingScale={policy.ratingScale} />
        ))}
      </Section>
      <Section title={t.baselinesHeading}>
        <BaselinesTable policy={policy} />
        <SeasonalTable baselines={policy.baselines} />
      </Section>
      <Section title={t.bandsHeading}>
        <GradeBands policy={policy} />
      </Section>
    </div>
  );
}
