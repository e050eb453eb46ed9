/**
 * Explains one rep's row of a review sheet (docs/explain.md) from the row's own cells: each
 * metric's actual and target or baseline (for a quarter, the sums the sheet shows), the presence
 * or the quality score. Points, dimension scores, total and grade are recomputed by the engine's
 * functions, the same ones the review was scored with (src/engine/review/reviewRows.ts), with a
 * trace; the explanation says whether it agrees with the total on the sheet.
 */
import type { Metric, Policy } from "../policy";
import { proratedTarget } from "../month";
import { metricPoints } from "../points";
import { quarterScore } from "../quarter";
import { ratingPoints } from "../ratings";
import { dimensionScore, grade, totalScore } from "../total";
import { TraceRecorder, type Trace, type TraceStep } from "../trace";
import { nextBand, smallestChange, type Change } from "./whatItTakes";

export interface ReviewRowInput {
  period: "month" | "quarter";
  /** Month: the share of workdays present, blank when no workdays were given. */
  presence: number | null;
  /** Quarter: the quality score blended in. */
  quality: number | null;
  /** Per metric key: the actual and its target, baseline or scale as the sheet shows them. */
  metrics: Record<string, { actual: number | null; target: number | null }>;
}

export interface ReviewRowExplanation {
  /** The policy computed with, named in each language (docs/policy.md, "Names in two languages"). */
  policy: Pick<Policy, "name" | "label" | "revision">;
  metrics: { key: string; dimension: string; actual: number | null; target: number | null; points: number | null; steps: TraceStep[] }[];
  /** One "weights" step per dimension, then the total's. */
  dimensions: TraceStep[];
  total: TraceStep[];
  value: number | null;
  /** Rounding and band. */
  grading: TraceStep[];
  grade: string | null;
  whatItTakes: { metric: string; change: Change }[];
}

/** A metric's points from the row, as the review computed them; null when a value is blank or the month not evaluated. */
function rowPoints(policy: Policy, metric: Metric, row: ReviewRowInput, actual: number | null, target: number | null, trace?: Trace): number | null {
  if (actual === null || target === null) {
    trace?.step({ kind: "blank", reason: "requiredBlank" });
    return null;
  }
  if (metric.scoring === "rating") return ratingPoints(actual, policy.ratingScale, trace);
  if (row.period === "quarter") return quarterScore([actual], [target], { ...metric, quality: row.quality, qualityWeight: policy.quarterQualityWeight }, trace);
  if (metric.scoring === "baseline" && row.presence !== null) {
    const effective = proratedTarget(target, row.presence, policy.minPresence, trace);
    return effective === null ? null : metricPoints(actual, effective, metric, trace);
  }
  return metricPoints(actual, target, metric, trace);
}

function score(policy: Policy, row: ReviewRowInput, traces?: { metric(key: string): Trace; dimensions: Trace; total: Trace }): number | null {
  const points: Record<string, number | null> = {};
  for (const d of policy.dimensions) {
    for (const m of d.metrics) {
      const given = row.metrics[m.key] ?? { actual: null, target: null };
      points[m.key] = rowPoints(policy, m, row, given.actual, given.target, traces?.metric(m.key));
    }
  }
  const dimensions = Object.fromEntries(policy.dimensions.map((d) => [d.key, dimensionScore(d, points, traces?.dimensions)]));
  return totalScore(policy, dimensions, traces?.total);
}

export function explainReviewRow(policy: Policy, row: ReviewRowInput): ReviewRowExplanation {
  const perMetric = new Map<string, TraceRecorder>();
  const dimensions = new TraceRecorder();
  const total = new TraceRecorder();
  const value = score(policy, row, {
    metric: (key) => perMetric.get(key) ?? perMetric.set(key, new TraceRecorder()).get(key)!,
    dimensions,
    total,
  });
  const grading = new TraceRecorder();
  const reached = grade(policy, value, grading);
  const metrics = policy.dimensions.flatMap((d) =>
    d.metrics.map((m) => {
      // The sheet shows the quarter's sums already; the one-"month" sum of them says nothing.
      const steps = (perMetric.get(m.key)?.steps ?? []).filter((s) => s.kind !== "quarterSums");
      const last = [...steps].reverse().find((s) => s.kind === "points" || s.kind === "rating" || s.kind === "qualityBlend");
      const given = row.metrics[m.key] ?? { actual: null, target: null };
      return { key: m.key, dimension: d.key, ...given, points: last && "value" in last ? last.value : null, steps };
    }),
  );
  const next = value === null ? undefined : nextBand(policy, value);
  const whatItTakes = next
    ? metrics
        .filter((m) => m.actual !== null && m.target !== null)
        .map((m) => ({
          metric: m.key,
          change: smallestChange((v) => score(policy, { ...row, metrics: { ...row.metrics, [m.key]: { actual: v, target: m.target } } }), m.actual as number, next),
        }))
    : [];
  return {
    policy: { name: policy.name, ...(policy.label ? { label: policy.label } : {}), revision: policy.revision },
    metrics,
    dimensions: dimensions.steps,
    total: total.steps,
    value,
    grading: grading.steps,
    grade: reached,
    whatItTakes,
  };
}
