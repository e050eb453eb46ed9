/** How much each dimension counts in the total score. */
import type { Dimension } from "../../engine/policy";
import { displayName } from "../shared/i18n/displayName";
import { useFormat, useLocale, useStrings } from "../shared/i18n/LocaleContext";
import { DataTable } from "../shared/DataTable";
import { POLICY_STRINGS } from "./policyStrings";

export function DimensionsTable({ dimensions }: { dimensions: Dimension[] }) {
  const t = useStrings(POLICY_STRINGS);
  const format = useFormat();
  const { locale } = useLocale();
  return (
    <DataTable
      caption={t.dimensionsCaption}
      columns={[{ header: t.dimension }, { header: t.weightPercent, numeric: true }]}
      rows={dimensions.map((d) => ({ key: d.key, cells: [displayName(d, locale), format.number(d.weight)] }))}
    />
  );
}
