/** Each position's twelve monthly factors on its baselines. */
import { positionIn, type Baseline } from "../../engine/policy";
import { useFormat, useLocale, useStrings } from "../shared/i18n/LocaleContext";
import { DataTable } from "../shared/DataTable";
import { POLICY_STRINGS } from "./policyStrings";

const MONTHS = Array.from({ length: 12 }, (_, i) => i);

export function SeasonalTable({ baselines }: { baselines: Baseline[] }) {
  const t = useStrings(POLICY_STRINGS);
  const format = useFormat();
  const { locale } = useLocale();
  return (
    <DataTable
      stacked
      caption={t.seasonalCaption}
      columns={[{ header: t.position }, ...MONTHS.map((i) => ({ header: format.month(i), numeric: true }))]}
      rows={baselines.map((b) => ({
        key: b.position,
        cells: [positionIn(b, locale), ...MONTHS.map((i) => (b.seasonal[i] === undefined ? t.notSet : format.number(b.seasonal[i]!)))],
      }))}
    />
  );
}
