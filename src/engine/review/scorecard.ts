/**
 * The figures of the rep scorecards (docs/explain.md, "Rep scorecards"): the review itself, the
 * team's median of every score, and for a quarter each month's total per rep with the team's
 * median. Everything is the review's own scoring (buildReview): a quarter's months are scored as
 * month reviews of the same records, so a scorecard cannot disagree with the review sheets.
 */
import type { Policy } from "../policy";
import { median } from "./policyPreview";
import { monthKey, monthsOf, type Period } from "./period";
import type { RepPeriodRecord, RowProblem } from "./records";
import { buildReview, type ReviewReport, type ReviewRow } from "./reviewRows";

export interface TeamMedians {
  /** Per metric key: the median of the reps' points (reps without points left out). */
  metrics: Record<string, number | null>;
  dimensions: Record<string, number | null>;
  total: number | null;
}

export interface MonthTrend {
  /** "2026-07", "2026-08", "2026-09". */
  months: string[];
  /** The team's median total per month (null: no rep scored that month). */
  team: (number | null)[];
  /** Per rep key: the rep's total per month (null: not scored that month). */
  byRep: Map<string, (number | null)[]>;
}

export interface ScorecardFigures {
  report: ReviewReport;
  medians: TeamMedians;
  /** A quarter's months; null for a month review. */
  trend: MonthTrend | null;
}

const medianOf = (rows: readonly ReviewRow[], pick: (r: ReviewRow) => number | null | undefined): number | null =>
  median(rows.flatMap((r) => {
    const x = pick(r);
    return x === null || x === undefined ? [] : [x];
  }));

export function teamMedians(rows: readonly ReviewRow[], policy: Policy): TeamMedians {
  const metricKeys = policy.dimensions.flatMap((d) => d.metrics.map((m) => m.key));
  return {
    metrics: Object.fromEntries(metricKeys.map((k) => [k, medianOf(rows, (r) => r.metrics.find((m) => m.key === k)?.points)])),
    dimensions: Object.fromEntries(policy.dimensions.map((d) => [d.key, medianOf(rows, (r) => r.dimensions[d.key])])),
    total: medianOf(rows, (r) => r.total),
  };
}

/** The review of `period` as buildReview makes it, the team's medians, and a quarter's month-by-month totals. */
export function scorecardFigures(records: RepPeriodRecord[], policy: Policy, period: Period, problems: RowProblem[] = []): ScorecardFigures {
  const report = buildReview(records, policy, period, problems);
  const medians = teamMedians(report.rows, policy);
  if (period.kind === "month") return { report, medians, trend: null };
  const months = monthsOf(period);
  const monthly = months.map((m) => buildReview(records, policy, { kind: "month", year: m.year, month: m.month }, problems).rows);
  const totals = monthly.map((rows) => new Map(rows.map((r) => [r.repKey, r.total])));
  const byRep = new Map(report.rows.map((row) => [row.repKey, totals.map((t) => t.get(row.repKey) ?? null)]));
  return {
    report,
    medians,
    trend: { months: months.map(monthKey), team: monthly.map((rows) => medianOf(rows, (r) => r.total)), byRep },
  };
}
