/**
 * A weight group's running sum ("Sum 95 / 100 — 5 short"), shown as an error while it is not 100.
 * A polite live region, so the sum is heard while typing the weights.
 */
import { Text } from "@fluentui/react-components";
import { ErrorCircle16Regular } from "@fluentui/react-icons";
import { weightSum } from "./weightSum";
import { useFormat, useStrings } from "../../shared/i18n/LocaleContext";
import { useEditorStyles } from "./editorStyles";
import { POLICY_STRINGS } from "../policyStrings";

export function WeightSum({ weights }: { weights: readonly number[] }) {
  const t = useStrings(POLICY_STRINGS);
  const format = useFormat();
  const styles = useEditorStyles();
  const { sum, gap } = weightSum(weights);
  const text = Number.isNaN(sum)
    ? t.sumNotNumber
    : gap < 0
      ? t.sumShort(format.number(sum), format.number(-gap))
      : gap > 0
        ? t.sumOver(format.number(sum), format.number(gap))
        : t.sumExact(format.number(sum));
  const wrong = gap !== 0;
  return (
    <Text role="status" className={wrong ? styles.error : undefined}>
      {wrong && <ErrorCircle16Regular aria-hidden="true" />} {text}
    </Text>
  );
}
