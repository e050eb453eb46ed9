/** Which total score earns which grade: inclusive lower bounds, the lowest grade below the last one. */
import type { Policy } from "../../engine/policy";
import { useFormat, useStrings } from "../shared/i18n/LocaleContext";
import { DataTable } from "../shared/DataTable";
import { POLICY_STRINGS } from "./policyStrings";

export function GradeBands({ policy }: { policy: Policy }) {
  const t = useStrings(POLICY_STRINGS);
  const format = useFormat();
  const { bands, lowestGrade } = policy;
  const last = bands[bands.length - 1];
  const rows = bands.map((band, i) => {
    const above = bands[i - 1];
    const range = above ? t.bandBetween(format.number(band.min), format.number(above.min)) : t.bandAtLeast(format.number(band.min));
    return { key: band.grade, cells: [band.grade, range] };
  });
  rows.push({ key: lowestGrade, cells: [lowestGrade, last ? t.bandBelow(format.number(last.min)) : t.bandAny] });
  return <DataTable caption={t.bandsCaption} columns={[{ header: t.grade }, { header: t.totalScore }]} rows={rows} />;
}
