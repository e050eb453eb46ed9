/**
 * How far a generate or an import is, with the phase in words ("Writing rows 1,000 of 5,000"), and
 * the button that cancels it. While reading, the total is not known yet, so the bar only moves.
 */
import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { Format } from "../shared/i18n/format";
import { useFormat, useStrings } from "../shared/i18n/LocaleContext";
import { REVIEW_STRINGS, type ReviewStrings } from "./reviewViewStrings";
import type { Progress } from "./useCancellableRun";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  cancel: { alignSelf: "flex-start" },
});

export interface RunProgressProps {
  progress: Progress;
  onCancel: () => void;
  /** How the writing phase is worded when what is written is not rows (the scorecards' pages). */
  writing?: (done: string, total: string) => string;
}

export function phaseText({ done, total, phase }: Progress, t: ReviewStrings, format: Format, writing = t.progressWriting): string {
  if (phase === "writing") return writing(format.number(done), format.number(total));
  if (phase === "finishing") return t.progressFinishing;
  return done > 0 ? t.progressReading(format.number(done)) : t.progressReadingStart;
}

export function RunProgress({ progress, onCancel, writing }: RunProgressProps) {
  const t = useStrings(REVIEW_STRINGS);
  const format = useFormat();
  const styles = useStyles();
  const value = progress.phase === "writing" && progress.total > 0 ? progress.done / progress.total : progress.phase === "finishing" ? 1 : undefined;
  return (
    <div className={styles.root}>
      <Field label={phaseText(progress, t, format, writing)}>
        <ProgressBar value={value} max={1} />
      </Field>
      <Button className={styles.cancel} onClick={onCancel}>
        {t.cancel}
      </Button>
    </div>
  );
}
