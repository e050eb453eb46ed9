/**
 * Baselines (METHOD section 3): the expected monthly volume of a workload metric for a position,
 * scaled by the month's seasonal factor, and the workload dimension scored against them.
 */
import { notFoundError, numError } from "./errors";
import { quote } from "./input";
import { sameName, type Baseline, type Policy } from "./policy";
import { DEFAULT_CAP, DEFAULT_FLOOR, metricPoints } from "./points";
import { weightedMean } from "./total";
import type { Trace } from "./trace";

export function findBaseline(policy: Policy, position: string): Baseline {
  const found = policy.baselines.find((b) => sameName(b.position, position));
  if (!found) {
    throw notFoundError("unknownPosition", { position: quote(position), known: policy.baselines.map((b) => b.position) });
  }
  return found;
}

/** base[position][metric] × seasonal[month − 1]; without a month, the base value (no seasonal factor). */
export function effectiveBaseline(policy: Policy, metricKey: string, position: string, month?: number, trace?: Trace): number {
  const baseline = findBaseline(policy, position);
  const key = Object.keys(baseline.values).find((k) => sameName(k, metricKey));
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
  return metricPoints(actual, baseline, { direction: "higher", cap, floor }, trace);
}

/**
 * The workload dimension: each baseline-scored metric of the "workload" dimension gets points against
 * the position's effective baseline with the metric's own direction, cap and floor; the result is the
 * weighted mean over the metrics present (METHOD section 7). Values for metrics the policy does not
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
  return weightedMean(
    workload.metrics
      .filter((m) => m.scoring === "baseline")
      .map((m) => {
        const actual = actuals[m.key] ?? null;
        if (actual === null) return { key: m.key, weight: m.weight, points: null };
        requireNonNegative(actual, m.key);
        return { key: m.key, weight: m.weight, points: metricPoints(actual, effectiveBaseline(policy, m.key, position, month, trace), m, trace) };
      }),
    trace,
    workload.key,
  );
}
