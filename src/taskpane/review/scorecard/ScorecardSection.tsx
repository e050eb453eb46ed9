/**
 * The Scorecards part of the Review view (docs/explain.md, "Rep scorecards"): choose one of the
 * review sheets TeleScore made, make (or update) its printable scorecards, one page per rep, with
 * progress and Cancel, then what was made, in words. The workbook is the review port (ports.ts).
 */
import { Button, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { ScorecardError, type RepsNamed, type ReviewChoice, type ScorecardOutcome } from "./excel/scorecardSheet";
import { errorText } from "../errorText";
import { REVIEW_STRINGS } from "../reviewViewStrings";
import type { ReviewWorkbook } from "../reviewWorkbook";
import { RunProgress } from "../RunProgress";
import { useCancellableRun } from "../useCancellableRun";
import { useNotices } from "../useNotices";
import { useFormat, useLocale, useStrings } from "../../shared/i18n/LocaleContext";
import { SCORECARD_STRINGS } from "./scorecardStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface ScorecardSectionProps {
  workbook: ReviewWorkbook;
  /** Changes when a review was generated, so the list is read again. */
  reviewsChanged?: unknown;
}

export function ScorecardSection({ workbook, reviewsChanged }: ScorecardSectionProps) {
  const t = useStrings(SCORECARD_STRINGS);
  const review = useStrings(REVIEW_STRINGS);
  const { locale } = useLocale();
  const format = useFormat();
  const styles = useStyles();
  const notices = useNotices();
  const runner = useCancellableRun();
  const running = runner.progress !== null;
  const [reviews, setReviews] = useState<ReviewChoice[]>([]);
  const [chosen, setChosen] = useState("");
  const [outcome, setOutcome] = useState<ScorecardOutcome | null>(null);

  const { fail } = notices;
  const load = useCallback(() => workbook.listReviewSheets().then(setReviews), [workbook]);
  // Read again when a review was generated (reviewsChanged).
  useEffect(() => {
    load().catch((error: unknown) => fail(errorText(error, review)));
  }, [load, fail, review, reviewsChanged]);

  // The newest review until the user picks another that is still there.
  const table = reviews.some((r) => r.table === chosen) ? chosen : (reviews[0]?.table ?? "");

  const make = async () => {
    if (table === "") return;
    setOutcome(null);
    notices.say(t.making);
    try {
      const run = await runner.run((signal, onProgress) => workbook.generateScorecards({ review: table, locale, onProgress, signal }));
      if (run.cancelled) return notices.say(t.cancelled);
      notices.say("");
      setOutcome(run.value);
    } catch (error) {
      notices.fail(error instanceof ScorecardError ? t.errors[error.problem] : errorText(error, review));
    }
  };

  const sheets = (names: string[]) => names.map((n) => `“${n}”`).join(review.listSeparator);
  const reps = (named: RepsNamed) => named.names.join(review.listSeparator) + (named.reps > named.names.length ? "…" : "");
  return (
    <div className={styles.root}>
      <Text>{t.intro}</Text>
      <Field label={t.reviewLabel} hint={reviews.length === 0 ? t.noReviews : undefined}>
        <Select value={table} disabled={running || reviews.length === 0} onChange={(_, data) => setChosen(data.value)}>
          {reviews.map((r) => (
            <option key={r.table} value={r.table}>
              {t.reviewOption(r.sheetName, r.period)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={running || table === ""} onClick={() => void make()}>
          {running ? t.making : t.make}
        </Button>
        <Button disabled={running} onClick={() => void load().catch((error: unknown) => notices.fail(errorText(error, review)))}>
          {t.refresh}
        </Button>
      </div>
      {runner.progress && <RunProgress progress={runner.progress} onCancel={runner.cancel} writing={t.progressWriting} />}
      <div role="status">{notices.status}</div>
      <div role="alert" className={styles.error}>
        {notices.error}
      </div>
      <div aria-live="polite">
        {outcome && (
          <>
            <Text block>{(outcome.regenerated ? t.updated : t.made)(format.number(outcome.reps), sheets(outcome.sheets))}</Text>
            {outcome.kept > 0 && <Text block>{t.kept(format.number(outcome.kept))}</Text>}
            {outcome.leftAsTheyWere.length > 0 && <Text block>{t.leftAsTheyWere(sheets(outcome.leftAsTheyWere))}</Text>}
            {outcome.reviewPolicy && <Text block>{t.otherRevision(String(outcome.reviewPolicy.revision), String(outcome.policy.revision))}</Text>}
            {outcome.differsFromReview.reps > 0 && <Text block>{t.differsFromReview(format.number(outcome.differsFromReview.reps), reps(outcome.differsFromReview))}</Text>}
            {outcome.notCompared.reps > 0 && <Text block>{t.notCompared(format.number(outcome.notCompared.reps), reps(outcome.notCompared))}</Text>}
            <Text block>{t.printHint}</Text>
          </>
        )}
      </div>
    </div>
  );
}
