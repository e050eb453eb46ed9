/** One dimension's metrics: weight within the dimension, direction, floor, cap and what they are measured against. */
import type { Dimension, Metric } from "../../engine/policy";
import type { Format } from "../shared/i18n/format";
import { displayName } from "../shared/i18n/displayName";
import { useFormat, useLocale, useStrings } from "../shared/i18n/LocaleContext";
import type { PolicyStrings } from "./policyStrings";
import { DataTable } from "../shared/DataTable";
import { POLICY_STRINGS } from "./policyStrings";

/** The target column says what attainment divides by; only "fixed" metrics carry a number. */
function targetText(metric: Metric, ratingScale: number, t: PolicyStrings, format: Format): string {
  switch (metric.scoring) {
    case "fixed":
      if (metric.target === undefined) return t.notSet;
      return metric.unit === "percent" ? format.percent(metric.target / 100) : format.number(metric.target);
    case "target":
      return t.targetPerRep;
    case "baseline":
      return t.targetBaseline;
    case "rating":
      return t.targetRating(format.number(ratingScale));
  }
}

export function MetricsTable({ dimension, ratingScale }: { dimension: Dimension; ratingScale: number }) {
  const t = useStrings(POLICY_STRINGS);
  const format = useFormat();
  const { locale } = useLocale();
  return (
    <DataTable
      stacked
      caption={t.metricsCaption(displayName(dimension, locale), format.number(dimension.weight))}
      columns={[
        { header: t.metric },
        { header: t.weightPercent, numeric: true },
        { header: t.direction, wide: true },
        { header: t.floor, numeric: true },
        { header: t.cap, numeric: true },
        { header: t.target, wide: true },
      ]}
      rows={dimension.metrics.map((m) => ({
        key: m.key,
        cells: [
          displayName(m, locale),
          format.number(m.weight),
          m.direction === "higher" ? t.higherIsBetter : t.lowerIsBetter,
          format.number(m.floor),
          format.number(m.cap),
          targetText(m, ratingScale, t, format),
        ],
      }))}
    />
  );
}
