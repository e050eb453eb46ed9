/**
 * A rep-month through TOTAL_SCORE's full path in the engine: each metric's points the way the
 * policy scores it, the dimension scores, the total and the grade, missing data re-weighted as
 * docs/method.md, "Missing data", says. Benchmark 1 times it; benchmark 3 checks the sheets' totals against it.
 */
import { baselineScore, effectiveBaseline } from "../../src/engine/baseline";
import type { Metric, Policy } from "../../src/engine/policy";
import { metricPoints } from "../../src/engine/points";
import { ratingPoints } from "../../src/engine/ratings";
import { dimensionScore, grade, totalScore } from "../../src/engine/total";
import type { RepMonth } from "./repMonths";

/** One metric's points, the way the policy scores that metric (docs/method.md, "Points", "Baselines" and "Ratings and satisfaction"). */
function metricPointsOf(policy: Policy, metric: Metric, value: number, repMonth: RepMonth): number {
  switch (metric.scoring) {
    case "baseline":
      return baselineScore(value, effectiveBaseline(policy, metric.key, repMonth.position, repMonth.month), metric.cap, metric.floor);
    case "target":
      return metricPoints(value, required(repMonth.targets[metric.key], `a target for ${metric.key}`), metric);
    case "fixed":
      return metricPoints(value, required(metric.target, `the policy's target for ${metric.key}`), metric);
    case "rating":
      return ratingPoints(value, policy.ratingScale);
  }
}

function required(value: number | undefined, what: string): number {
  if (value === undefined) throw new Error(`The bench's inputs lack ${what}.`);
  return value;
}

/**
 * A scorer of rep-months under one policy: metric points -> dimension scores -> total -> grade. The
 * records handed to the engine are made once and refilled for every rep-month, as a batch path
 * would, so the timing is the engine's and not the garbage collector's.
 */
export function repMonthScorer(policy: Policy): (repMonth: RepMonth) => { total: number | null; grade: string | null } {
  const points = policy.dimensions.map((): Record<string, number | null> => ({}));
  const dimensionScores: Record<string, number | null> = {};
  return (repMonth) => {
    for (let d = 0; d < policy.dimensions.length; d++) {
      const dimension = policy.dimensions[d];
      for (const metric of dimension.metrics) {
        const value = repMonth.values[metric.key] ?? null;
        points[d][metric.key] = value === null ? null : metricPointsOf(policy, metric, value, repMonth);
      }
      dimensionScores[dimension.key] = dimensionScore(dimension, points[d]);
    }
    const total = totalScore(policy, dimensionScores);
    return { total, grade: grade(policy, total) };
  };
}

/** One rep-month's total and grade. */
export function scoreRepMonth(policy: Policy, repMonth: RepMonth): { total: number | null; grade: string | null } {
  return repMonthScorer(policy)(repMonth);
}
