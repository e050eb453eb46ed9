/**
 * Baselines (docs/method.md, "Baselines"): the expected monthly volume of a workload metric for a position,
 * scaled by the month's seasonal factor, and the workload dimension scored against them.
 */
import { notFoundError, numError } from "./errors";
import { quote } from "./input";
import { findByName, findPosition, metricsScoredBy, type Baseline, type Policy } from "./policy";
import { attainment, DEFAULT_CAP, DEFAULT_FLOOR, metricPoints, points } from "./points";
import { pointsAt, weightedMeanOver } from "./total";
import type { Trace } from "./trace";

export function findBaseline(policy: Policy, position: string): Baseline {
  const found = findPosition(policy.baselines, position);
  if (!found) {
    throw notFoundError("unknownPosition", { position: quote(position), known: policy.baselines });
  }
  return found;
}

const itself = <T>(x: T): T => x;

/** base[position][metric] × seasonal[month − 1]; without a month, the base value (no seasonal factor). */
export function effectiveBaseline(policy: Policy, metricKey: string, position: string, month?: number, trace?: Trace): number {
  const baseline = findBaseline(policy, position);
  const key = findByName(baseline.values, Object.keys, itself, metricKey);
  if (key === undefined) {
    throw notFoundError("noBaseline", { position: baseline.position, metric: quote(metricKey), known: Object.keys(baseline.values) });
  }
  const base = baseline.values[key];
  if (month === undefined) {
    trace?.step({ kind: "baseline", metric: key, position: baseline.position, base, month: null, seasonal: null, value: base });
    return base;
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw numError("month", { value: month });
  }
  const seasonal = baseline.seasonal[month - 1];
  const value = base * seasonal;
  trace?.step({ kind: "baseline", metric: key, position: baseline.position, base, month, seasonal, value });
  return value;
}

function requireNonNegative(actual: number, what: string): void {
  if (actual < 0) throw numError("negativeVolume", { what, value: actual });
}

/** BASELINE_SCORE: points of actual / baseline. Workload values are counts or minutes, so never negative. */
export function baselineScore(actual: number, baseline: number, cap: number = DEFAULT_CAP, floor: number = DEFAULT_FLOOR, trace?: Trace): number {
  requireNonNegative(actual, "actual");
  if (!(baseline > 0)) throw numError("baseline", { value: baseline });
  return points(attainment(actual, baseline, "higher", trace), cap, floor, trace);
}

/**
 * The workload dimension: each baseline-scored metric of the "workload" dimension gets points against
 * the position's effective baseline with the metric's own direction, cap and floor; the result is the
 * weighted mean over the metrics present (docs/method.md, "Missing data"). Values for metrics the policy does not
 * score against a baseline are ignored: the policy decides what counts.
 */
export function workloadScore(
  policy: Policy,
  actuals: Record<string, number | null>,
  position: string,
  month?: number,
  trace?: Trace,
): number | null {
  const workload = policy.dimensions.find((d) => d.key === "workload");
  if (!workload) throw notFoundError("noDimension", { policy: policy.name, dimension: "workload" });
  findBaseline(policy, position); // an unknown position is #N/A even when every actual is blank
  // Every metric's points first, then the mean, so errors come in the order they always have.
  const metrics = metricsScoredBy(workload, "baseline");
  const points = metrics.map((m) => {
    const actual = actuals[m.key] ?? null;
    if (actual === null) return null;
    requireNonNegative(actual, m.key);
    return metricPoints(actual, effectiveBaseline(policy, m.key, position, month, trace), m, trace);
  });
  return weightedMeanOver(metrics, pointsAt, points, trace, workload.key);
}
