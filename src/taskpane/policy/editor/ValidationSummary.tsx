/**
 * Every problem validatePolicy finds in the draft, in a polite live region that stays in the page,
 * so each change in the list is announced without taking the user away from the input.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useStrings } from "../../shared/i18n/LocaleContext";
import { POLICY_STRINGS } from "../policyStrings";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, overflowWrap: "anywhere" },
  problems: { color: tokens.colorPaletteRedForeground1 },
});

export function ValidationSummary({ id, errors }: { id: string; errors: readonly string[] }) {
  const t = useStrings(POLICY_STRINGS);
  const styles = useStyles();
  return (
    <div id={id} role="status" aria-live="polite">
      {errors.length === 0 ? (
        <Text>{t.draftValid}</Text>
      ) : (
        <div className={styles.problems}>
          <Text weight="semibold">{t.problemsHeading}</Text>
          <ul className={styles.list}>
            {errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
