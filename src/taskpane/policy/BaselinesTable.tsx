/** Each position's expected monthly volume for every metric scored against a baseline. */
import { positionIn, type Policy } from "../../engine/policy";
import { displayName } from "../shared/i18n/displayName";
import { useFormat, useLocale, useStrings } from "../shared/i18n/LocaleContext";
import { DataTable } from "../shared/DataTable";
import { POLICY_STRINGS } from "./policyStrings";

export function BaselinesTable({ policy }: { policy: Policy }) {
  const t = useStrings(POLICY_STRINGS);
  const format = useFormat();
  const { locale } = useLocale();
  const metrics = policy.dimensions.flatMap((d) => d.metrics).filter((m) => m.scoring === "baseline");
  return (
    <DataTable
      stacked
      caption={t.baselinesCaption}
      columns={[{ header: t.position }, ...metrics.map((m) => ({ header: displayName(m, locale), numeric: true }))]}
      rows={policy.baselines.map((b) => ({
        key: b.position,
        cells: [positionIn(b, locale), ...metrics.map((m) => (m.key in b.values ? format.number(b.values[m.key]!) : t.notSet))],
      }))}
    />
  );
}
