/**
 * The Review view (docs/review.md, "Making a review"): choose the rep-period data, check how its columns are read (and correct
 * that, remembered in the workbook), choose the period and the mode, and generate the review sheet
 * with progress and Cancel; then what was made, in words. Below, a call log can be imported into a
 * new rep-data table, which then becomes the review's data. The workbook is the review port
 * (ports.ts), so tests can give the view a fake.
 */
import { Button, Caption1, Field, Input, makeStyles, Radio, RadioGroup, Select, Text, tokens, useId } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { CallLogImport } from "./excel/callLogImport";
import type { ReviewMode } from "./excel/reviewRegistry";
import type { ReviewOutcome } from "./excel/reviewSheet";
import { languageTag } from "../shared/i18n/locale";
import { CollapsibleSection } from "../shared/CollapsibleSection";
import { Section } from "../shared/Section";
import { durationUnitsOf } from "../../engine/review/records";
import { CallLogSection } from "./CallLogSection";
import { errorText } from "./errorText";
import { MappingStep } from "./MappingStep";
import { missingText } from "./MappingTable";
import { periodChoices } from "./periodChoices";
import { ReviewOutcomeSummary } from "./ReviewOutcomeSummary";
import { REVIEW_STRINGS } from "./reviewViewStrings";
import type { ReviewWorkbook } from "./reviewWorkbook";
import { useLocale, useStrings } from "../shared/i18n/LocaleContext";
import { RunProgress } from "./RunProgress";
import { useCancellableRun } from "./useCancellableRun";
import { useNotices } from "./useNotices";
import { NO_SOURCE, REP_PERIOD_FIELDS, useSourceMapping } from "./useSourceMapping";
import { ScorecardSection } from "./scorecard/ScorecardSection";
import { SCORECARD_STRINGS } from "./scorecard/scorecardStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  modeHint: { display: "block", paddingInlineStart: tokens.spacingHorizontalXXL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface ReviewViewProps {
  /** Where the data is read and the review written (the review port, ports.ts). */
  workbook: ReviewWorkbook;
}

export function ReviewView({ workbook }: ReviewViewProps) {
  const t = useStrings(REVIEW_STRINGS);
  const scorecards = useStrings(SCORECARD_STRINGS);
  const { locale } = useLocale();
  const styles = useStyles();
  const liveHint = useId("mode-live");
  const valuesHint = useId("mode-values");
  const notices = useNotices();
  const review = useSourceMapping(workbook, REP_PERIOD_FIELDS, notices);
  const runner = useCancellableRun();
  const running = runner.progress !== null;
  const [tables, setTables] = useState<string[]>([]);
  const [period, setPeriod] = useState("");
  const [mode, setMode] = useState<ReviewMode>("live");
  const [user, setUser] = useState("");
  const [outcome, setOutcome] = useState<ReviewOutcome | null>(null);

  const loadTables = useCallback(() => workbook.listTables().then(setTables), [workbook]);
  useEffect(() => {
    loadTables().catch(() => undefined); // outside Office the list stays empty; reading says why
  }, [loadTables]);

  const periods = useMemo(
    () => periodChoices(review.source?.rows ?? [], review.mapping?.columns.period),
    [review.source, review.mapping],
  );
  const units = useMemo(() => (review.source && review.mapping ? durationUnitsOf(review.source, review.mapping) : undefined), [review.source, review.mapping]);
  // The latest month in the data, until the user picks another period that the data has.
  const chosenPeriod = [...periods.months, ...periods.quarters].includes(period) ? period : (periods.months[periods.months.length - 1] ?? "");

  const generate = async () => {
    const { source, mapping } = review;
    if (!source || !mapping) return; // the button is there only once the headers are read
    if (mapping.missing.length > 0) return notices.fail(t.needMapping(missingText(mapping.missing, REP_PERIOD_FIELDS.fields, locale, t)));
    if (chosenPeriod === "") return notices.fail(t.needPeriod);
    setOutcome(null);
    notices.say(t.generating);
    try {
      const run = await runner.run((signal, onProgress) =>
        workbook.generateReview({ source: source.ref, mapping: review.choices, period: chosenPeriod, mode, locale, user: user.trim() || null, onProgress, signal }),
      );
      if (run.cancelled) return notices.say(t.cancelled);
      notices.say("");
      setOutcome(run.value);
    } catch (error) {
      notices.fail(errorText(error, t));
    }
  };

  const imported = (result: CallLogImport) => {
    setTables((names) => (names.includes(result.tableName) ? names : [...names, result.tableName]));
    review.setChoice({ ...NO_SOURCE, kind: "table", table: result.tableName });
    setOutcome(null);
  };

  return (
    <div className={styles.root} lang={languageTag(locale)}>
      <Section title={t.heading}>
        <Text>{t.intro}</Text>
        <div className={styles.form}>
          <MappingStep legend={t.sourceLegend} state={review} tables={tables} onRefreshTables={loadTables} notices={notices} disabled={running} units={units} />
          {review.mapping && (
            <>
              <Field label={t.periodLabel} hint={periods.months.length > 0 ? t.periodHint : t.noPeriods}>
                <Select value={chosenPeriod} disabled={running} onChange={(_, data) => setPeriod(data.value)}>
                  <optgroup label={t.months}>
                    {periods.months.map((key) => (
                      <option key={key}>{key}</option>
                    ))}
                  </optgroup>
                  <optgroup label={t.quarters}>
                    {periods.quarters.map((key) => (
                      <option key={key}>{key}</option>
                    ))}
                  </optgroup>
                </Select>
              </Field>
              <Field label={t.modeLegend}>
                <RadioGroup value={mode} disabled={running} onChange={(_, data) => setMode(data.value === "values" ? "values" : "live")}>
                  <Radio value="live" label={t.modeLive} aria-describedby={liveHint} />
                  <Caption1 id={liveHint} className={styles.modeHint}>
                    {t.modeLiveHint}
                  </Caption1>
                  <Radio value="values" label={t.modeValues} aria-describedby={valuesHint} />
                  <Caption1 id={valuesHint} className={styles.modeHint}>
                    {t.modeValuesHint}
                  </Caption1>
                </RadioGroup>
              </Field>
              <Field label={t.userLabel} hint={t.userHint}>
                <Input value={user} disabled={running} autoComplete="name" onChange={(_, data) => setUser(data.value)} />
              </Field>
              <div className={styles.actions}>
                <Button appearance="primary" disabled={running || review.busy} onClick={() => void generate()}>
                  {running ? t.generating : t.generate}
                </Button>
              </div>
            </>
          )}
        </div>
        {runner.progress && <RunProgress progress={runner.progress} onCancel={runner.cancel} />}
        <div role="status">{notices.status}</div>
        <div role="alert" className={styles.error}>
          {notices.error}
        </div>
        <div aria-live="polite">{outcome && <ReviewOutcomeSummary outcome={outcome} />}</div>
      </Section>
      <CollapsibleSection title={scorecards.heading}>
        <ScorecardSection workbook={workbook} reviewsChanged={outcome} />
      </CollapsibleSection>
      <CollapsibleSection title={t.callLogHeading}>
        <CallLogSection workbook={workbook} tables={tables} onRefreshTables={loadTables} onImported={imported} />
      </CollapsibleSection>
    </div>
  );
}
