/**
 * The review's numbers, per rep, for a month or a quarter (docs/review.md, "How a rep's row is worked out"): each metric's actual, its
 * target or baseline and its points, the dimension scores, total, grade and rank, and the metrics
 * that were missing. All scoring is the engine's (docs/method.md, "Points" to "Total, grade and rank"); this file only decides which
 * cells feed which function. Rows that cannot be scored are listed with the reason and the rest is
 * still scored; a rep with two rows for one month is reported and left unscored for the period,
 * never summed and never silently dropped.
 *
 * Choices written down in docs/review.md:
 * - Leave proration and min_presence apply to the baseline-scored (workload) metrics: a sales target
 *   is the rep's own target for the month, taken as given. The shown baseline is base × seasonal;
 *   the points are against baseline × presence.
 * - Quarter: for each target-based metric, Σ actual / Σ target over the months where both are
 *   present (a month below min_presence is left out of both), then the quality blend; ratings are
 *   not sums: the quarter uses the mean of the monthly ratings present, without the quality blend.
 *   The quality score is the mean of the quality values in the quarter's rows.
 */
import { effectiveBaseline } from "../baseline";
import type { Locale } from "../locale";
import { messageText } from "../messages";
import { ScoreError, valueError } from "../errors";
import { netProfit, sumMoney } from "../money";
import { monthScore, presence, proratedTarget } from "../month";
import type { Metric, Policy } from "../policy";
import { metricPoints } from "../points";
import { quarterScore } from "../quarter";
import { ratingPoints } from "../ratings";
import { dimensionScore, grade, rank, totalScore } from "../total";
import { METRIC_SOURCES, type ActualSource, type FieldKey } from "./fields";
import { inPeriod, monthKey, periodKey, type Month, type Period } from "./period";
import type { RepPeriodRecord, RowProblem } from "./records";

export interface MetricResult {
  key: string;
  dimension: string;
  /** Month: the month's value. Quarter: Σ over the months scored (ratings and percentages: their mean). */
  actual: number | null;
  /** Month: the baseline (base × seasonal), the rep's target, the policy's fixed target, or the rating scale. Quarter: Σ of the months' effective targets (percentages: their mean). */
  target: number | null;
  points: number | null;
}

export interface ReviewRow {
  repKey: string;
  repId: string | null;
  repName: string | null;
  position: string | null;
  /** "2026-07" or "2026-Q3". */
  period: string;
  /** The source rows read, month by month: indexes into the table's rows and sheet row numbers. */
  sourceIndexes: number[];
  sourceRows: number[];
  sourceMonths: Month[];
  /** Month: the share of workdays present, when workdays are given. */
  presence: number | null;
  /** Quarter: the quality score blended into the target-based metrics. */
  quality: number | null;
  /** In policy order. */
  metrics: MetricResult[];
  dimensions: Record<string, number | null>;
  total: number | null;
  grade: string | null;
  rank: number | null;
  /** Keys of the metrics without points. */
  missing: string[];
}

/** One reason a rep could not be scored: a message code with its facts, and the row it is about (null: the rep's rows as a whole). */
export interface RowReason {
  row: number | null;
  error: ScoreError;
}

export interface UnscorableRow {
  rows: number[];
  repId: string | null;
  repName: string | null;
  /** Worded in a language by reasonText, so each sheet and the pane say it in theirs (docs/review.md). */
  reasons: RowReason[];
}

/** The reasons in a language: "Row 5: … Row 6: …" / "第 5 行：…第 6 行：…". */
export function reasonText(reasons: readonly RowReason[], lang: Locale): string {
  return reasons
    .map((r) => (r.row === null ? "" : `${messageText(lang, "atRow", { row: r.row })}${lang === "en" ? " " : ""}`) + r.error.text(lang))
    .join(lang === "en" ? " " : "");
}

export interface DuplicateRows {
  repId: string | null;
  repName: string | null;
  /** The month that has more than one row: "2026-07". */
  month: string;
  rows: number[];
}

export interface ReviewReport {
  period: string;
  rows: ReviewRow[];
  unscorable: UnscorableRow[];
  duplicates: DuplicateRows[];
}

type Values = RepPeriodRecord["values"];

const value = (values: Values, key: FieldKey): number | null => values[key] ?? null;

function actualOf(source: ActualSource, values: Values): number | null {
  if (source !== "netProfit") return value(values, source);
  const revenue = value(values, "revenue");
  const cost = value(values, "cost");
  if (revenue === null || cost === null) return null;
  return netProfit(revenue, cost, value(values, "refunds"), value(values, "afterSalesCost"), value(values, "complaintCost"));
}

function positionOf(record: RepPeriodRecord, policy: Policy): string {
  if (record.position !== null) return record.position;
  throw valueError("positionBlank", { row: record.row, known: policy.baselines });
}

/** Target × presence, or null when the month is below min_presence (then it is not evaluated); as MONTH_SCORE prorates. */
function monthTargetProrated(target: number, values: Values, minPresence: number): number | null {
  const workdays = value(values, "workdays");
  const leave = value(values, "leaveDays");
  if (workdays === null) {
    if (leave !== null) throw valueError("leaveNeedsWorkdays", { value: leave });
    return target;
  }
  return proratedTarget(target, presence(workdays, leave ?? 0), minPresence);
}

function monthMetric(policy: Policy, metric: Metric, record: RepPeriodRecord): Omit<MetricResult, "dimension"> {
  const source = METRIC_SOURCES[metric.key];
  const actual = source ? actualOf(source.actual, record.values) : null;
  const result = (target: number | null, points: (a: number, t: number) => number | null) => ({
    key: metric.key,
    actual,
    target,
    points: actual === null || target === null ? null : points(actual, target),
  });
  switch (metric.scoring) {
    case "baseline":
      return result(effectiveBaseline(policy, metric.key, positionOf(record, policy), record.period.month), (a, t) =>
        monthScore(a, t, { ...metric, workdays: value(record.values, "workdays"), leaveDays: value(record.values, "leaveDays"), minPresence: policy.minPresence }),
      );
    case "rating":
      return result(policy.ratingScale, (a, t) => ratingPoints(a, t));
    default:
      return result(monthTarget(policy, metric, record), (a, t) => metricPoints(a, t, metric));
  }
}

/** A month's own target for a target-, fixed- or baseline-scored metric (baselines prorated for a quarter's sums). */
function monthTarget(policy: Policy, metric: Metric, record: RepPeriodRecord): number | null {
  if (metric.scoring === "baseline") {
    const base = effectiveBaseline(policy, metric.key, positionOf(record, policy), record.period.month);
    return monthTargetProrated(base, record.values, policy.minPresence);
  }
  if (metric.scoring === "fixed") return metric.target ?? null;
  const field = METRIC_SOURCES[metric.key]?.target;
  return field ? value(record.values, field) : null;
}

const mean = (xs: number[]): number | null => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);

function quarterMetric(policy: Policy, metric: Metric, records: RepPeriodRecord[], quality: number | null): Omit<MetricResult, "dimension"> {
  const source = METRIC_SOURCES[metric.key];
  const actuals = records.map((r) => (source ? actualOf(source.actual, r.values) : null));
  if (metric.scoring === "rating") {
    const ratings = actuals.filter((a): a is number => a !== null);
    ratings.forEach((r) => ratingPoints(r, policy.ratingScale)); // each month's rating must be on the scale, not just the mean
    const average = mean(ratings);
    return { key: metric.key, actual: average, target: policy.ratingScale, points: average === null ? null : ratingPoints(average, policy.ratingScale) };
  }
  const targets = records.map((r) => monthTarget(policy, metric, r));
  const points = quarterScore(actuals, targets, { ...metric, quality, qualityWeight: policy.quarterQualityWeight });
  const paired = actuals.flatMap((a, i) => (a === null || targets[i] === null ? [] : [{ a, t: targets[i] as number }]));
  // A percentage is a rate, not an amount: the quarter shows the months' mean and the mean target
  // (the same ratio as the sums, so the points are the same), as a reader expects "85.0 %", not "255.0 %".
  const sum = (xs: number[]) => (metric.unit === "money" ? sumMoney(xs) : xs.reduce((s, x) => s + x, 0));
  const total = (xs: number[]) => (metric.unit === "percent" ? sum(xs) / xs.length : sum(xs));
  return {
    key: metric.key,
    actual: paired.length === 0 ? null : total(paired.map((p) => p.a)),
    target: paired.length === 0 ? null : total(paired.map((p) => p.t)),
    points,
  };
}

/** One rep's row for the period from its records (one per month, in month order). */
function scoreRep(policy: Policy, period: Period, records: RepPeriodRecord[]): ReviewRow {
  const last = records[records.length - 1];
  const quality = period.kind === "quarter" ? mean(records.flatMap((r) => (value(r.values, "quality") === null ? [] : [value(r.values, "quality") as number]))) : null;
  const metrics: MetricResult[] = policy.dimensions.flatMap((d) =>
    d.metrics.map((m) => ({
      dimension: d.key,
      ...(period.kind === "month" ? monthMetric(policy, m, last) : quarterMetric(policy, m, records, quality)),
    })),
  );
  const pointsOf = Object.fromEntries(metrics.map((m) => [m.key, m.points]));
  const dimensions = Object.fromEntries(policy.dimensions.map((d) => [d.key, dimensionScore(d, pointsOf)]));
  const total = totalScore(policy, dimensions);
  const workdays = value(last.values, "workdays");
  return {
    repKey: last.repKey,
    repId: records.map((r) => r.repId).reduce((a, b) => b ?? a, null as string | null),
    repName: records.map((r) => r.repName).reduce((a, b) => b ?? a, null as string | null),
    position: last.position,
    period: periodKey(period),
    sourceIndexes: records.map((r) => r.index),
    sourceRows: records.map((r) => r.row),
    sourceMonths: records.map((r) => r.period),
    presence: period.kind === "month" && workdays !== null ? presence(workdays, value(last.values, "leaveDays") ?? 0) : null,
    quality,
    metrics,
    dimensions,
    total,
    grade: grade(policy, total),
    rank: null,
    missing: metrics.filter((m) => m.points === null).map((m) => m.key),
  };
}

/**
 * The review of `period` from the table's records and the rows that could not be read
 * (readRecords' problems). Records and problems outside the period are ignored; a problem row whose
 * period could not be read is listed, since it may belong to it.
 */
export function buildReview(records: RepPeriodRecord[], policy: Policy, period: Period, problems: RowProblem[] = []): ReviewReport {
  const unscorable: UnscorableRow[] = [];
  const blocked = new Map<string, UnscorableRow>();
  for (const p of problems) {
    if (p.period !== null && !inPeriod(p.period, period)) continue;
    const known = p.repKey === null ? undefined : blocked.get(p.repKey);
    if (known) {
      known.rows.push(p.row);
      known.reasons.push(...p.reasons.map((error) => ({ row: p.row, error })));
      continue;
    }
    const entry = { rows: [p.row], repId: p.repId, repName: p.repName, reasons: p.reasons.map((error) => ({ row: p.row, error })) };
    unscorable.push(entry);
    if (p.repKey !== null) blocked.set(p.repKey, entry);
  }

  const byRep = new Map<string, RepPeriodRecord[]>();
  for (const r of records) {
    if (inPeriod(r.period, period)) byRep.set(r.repKey, [...(byRep.get(r.repKey) ?? []), r]);
  }

  const rows: ReviewRow[] = [];
  const duplicates: DuplicateRows[] = [];
  for (const [key, recs] of byRep) {
    const entry = blocked.get(key);
    if (entry) {
      entry.rows.push(...recs.map((r) => r.row));
      continue;
    }
    const byMonth = new Map<string, RepPeriodRecord[]>();
    for (const r of recs) byMonth.set(monthKey(r.period), [...(byMonth.get(monthKey(r.period)) ?? []), r]);
    const repeated = [...byMonth].filter(([, rs]) => rs.length > 1);
    if (repeated.length > 0) {
      for (const [month, rs] of repeated) duplicates.push({ repId: rs[0].repId, repName: rs[0].repName, month, rows: rs.map((r) => r.row) });
      continue;
    }
    const inMonthOrder = [...recs].sort((a, b) => monthKey(a.period).localeCompare(monthKey(b.period)));
    try {
      rows.push(scoreRep(policy, period, inMonthOrder));
    } catch (e) {
      if (!(e instanceof ScoreError)) throw e;
      unscorable.push({ rows: inMonthOrder.map((r) => r.row), repId: recs[0].repId, repName: recs[0].repName, reasons: [{ row: null, error: e }] });
    }
  }

  const ranks = rank(rows.map((r) => r.total));
  rows.forEach((r, i) => (r.rank = ranks[i]));
  return { period: periodKey(period), rows, unscorable, duplicates };
}
