/** The policy's name and revision and its single-valued settings, as name/value pairs. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { nameIn } from "../../engine/names";
import type { Policy } from "../../engine/policy";
import { useFormat, useLocale, useStrings } from "../shared/i18n/LocaleContext";
import { Section } from "../shared/Section";
import { POLICY_STRINGS } from "./policyStrings";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 3fr) minmax(0, 2fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  // The dt/dd pair sits in a div (valid in a dl) that the grid looks through.
  pair: { display: "contents" },
  name: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});

export function PolicySummary({ policy }: { policy: Policy }) {
  const styles = useStyles();
  const t = useStrings(POLICY_STRINGS);
  const format = useFormat();
  const { locale } = useLocale();
  const entries: [string, string][] = [
    [t.policyName, nameIn(policy.label, policy.name, locale)],
    [t.revision, format.number(policy.revision)],
    [t.minPresence, format.percent(policy.minPresence)],
    [t.quarterQualityWeight, format.percent(policy.quarterQualityWeight)],
    [t.ratingScale, t.ratingRange(format.number(policy.ratingScale))],
    [t.csatMethod, policy.csatMethod === "top2" ? t.csatTop2 : t.csatMean],
  ];
  return (
    <Section title={t.summaryHeading}>
      <dl className={styles.list}>
        {entries.map(([name, value]) => (
          <div key={name} className={styles.pair}>
            <dt className={styles.name}>{name}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
