/**
 * The policy preview (docs/explain.md): the grades of the latest review under the saved and the
 * edited policy, the reps whose grade would change, and baselines suggested from the last months
 * of the same data. The engine computes everything (src/engine/review/policyPreview.ts); the
 * workbook is only read.
 */
import { Body1, Button, Field, makeStyles, SpinButton, Spinner, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Policy } from "../../../engine/policy";
import { suggestBaselines, whatIf, type BaselineSuggestion, type WhatIf } from "../../../engine/review/policyPreview";
import { DataTable } from "../../shared/DataTable";
import { errorMessage } from "../../../engine/errors";
import { displayName } from "../../shared/i18n/displayName";
import { makeFormat } from "../../shared/i18n/format";
import { useLocale } from "../../shared/i18n/LocaleContext";
import { readLatestReviewData, type ReviewData } from "./excel/latestReviewData";
import { PREVIEW_STRINGS } from "./previewStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface PolicyPreviewProps {
  saved: Policy;
  /** The edited policy, or null while the draft has problems. */
  edited: Policy | null;
  /** Where the review's data comes from; the workbook's latest review by default. */
  readData?: () => Promise<ReviewData | null>;
}

type Outcome = { data: ReviewData; whatIf: WhatIf | null; baselines: BaselineSuggestion[] | null } | "noReview" | null;

export function PolicyPreview({ saved, edited, readData = readLatestReviewData }: PolicyPreviewProps) {
  const { locale } = useLocale();
  const t = PREVIEW_STRINGS[locale];
  const f = makeFormat(locale);
  const styles = useStyles();
  const [months, setMonths] = useState(3);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function run(kind: "grades" | "baselines") {
    setBusy(true);
    setError("");
    try {
      const data = await readData();
      if (!data) return setOutcome("noReview");
      if (kind === "grades" && edited) setOutcome({ data, whatIf: whatIf(data.records, data.problems, data.period, saved, edited), baselines: null });
      if (kind === "baselines") setOutcome({ data, whatIf: null, baselines: suggestBaselines(data.records, edited ?? saved, months) });
    } catch (e) {
      setError(t.failed(errorMessage(e)));
    } finally {
      setBusy(false);
    }
  }

  const metricName = (key: string) => {
    const m = saved.dimensions.flatMap((d) => d.metrics).find((x) => x.key === key);
    return m ? displayName(m, locale) : key;
  };
  return (
    <div className={styles.root}>
      <Body1>{t.intro}</Body1>
      {edited ? (
        <Button disabled={busy} onClick={() => void run("grades")}>
          {t.preview}
        </Button>
      ) : (
        <Body1>{t.invalidDraft}</Body1>
      )}
      <Field label={t.months}>
        <SpinButton min={1} max={36} value={months} onChange={(_, d) => setMonths(d.value ?? (Number(d.displayValue) || months))} />
      </Field>
      <Button disabled={busy} onClick={() => void run("baselines")}>
        {t.suggest}
      </Button>
      {busy && <Spinner size="tiny" label={t.working} />}
      <div role="status" aria-live="polite" className={styles.root}>
        {error && <Text className={styles.error}>{error}</Text>}
        {outcome === "noReview" && <Body1>{t.noReview}</Body1>}
        {outcome && outcome !== "noReview" && outcome.whatIf && (
          <>
            <Body1>{t.basedOn(outcome.data.review.period, outcome.whatIf.reps, saved.revision)}</Body1>
            <DataTable
              caption={t.distribution}
              columns={[{ header: t.grade }, { header: t.before, numeric: true }, { header: t.after, numeric: true }]}
              rows={outcome.whatIf.distribution.map((d) => ({ key: d.grade, cells: [d.grade, String(d.before), String(d.after)] }))}
            />
            {outcome.whatIf.changed.length === 0 ? (
              <Body1>{t.noChange}</Body1>
            ) : (
              <DataTable
                caption={t.changed(outcome.whatIf.changed.length)}
                columns={[{ header: t.rep }, { header: t.before }, { header: t.after }]}
                rows={outcome.whatIf.changed.map((c) => ({
                  key: c.repKey,
                  cells: [
                    c.repName ?? c.repId ?? c.repKey,
                    `${c.before ?? "—"} (${c.totalBefore === null ? "—" : f.number(c.totalBefore)})`,
                    `${c.after ?? "—"} (${c.totalAfter === null ? "—" : f.number(c.totalAfter)})`,
                  ],
                }))}
              />
            )}
          </>
        )}
        {outcome && outcome !== "noReview" && outcome.baselines?.map((b) => (
          <div key={b.position} className={styles.root}>
            <DataTable
              caption={t.suggestions(b.position, b.reps, b.months)}
              columns={[{ header: t.metric }, { header: t.current, numeric: true }, { header: t.suggested, numeric: true }]}
              rows={Object.entries(b.values).map(([key, v]) => ({
                key,
                cells: [metricName(key), v.current === null ? "—" : f.number(v.current), v.suggested === null ? t.noData : f.number(v.suggested)],
              }))}
            />
            {b.seasonal.some((x) => x !== 1) && <Body1>{t.seasonal(b.seasonal.map((x, i) => `${f.month(i)} ${f.number(x)}`).join(", "))}</Body1>}
          </div>
        ))}
      </div>
    </div>
  );
}
