/**
 * Scores driven by the policy alone, for any metric or dimension it defines (docs/functions.md,
 * METRIC_SCORE and DIMENSION_SCORE): the metric's own scoring (baseline, target, fixed target or
 * rating), direction, floor and cap, and the dimension's own metric weights. Nothing here knows a
 * metric by its key.
 */
import { effectiveBaseline } from "./baseline";
import { notFoundError, numError, valueError } from "./errors";
import { quote } from "./input";
import { sameName } from "./names";
import type { Dimension, Metric, Policy } from "./policy";
import { metricPoints } from "./points";
import { ratingPoints } from "./ratings";
import { dimensionScore } from "./total";
import type { Trace } from "./trace";

/** "dimension.metric" or a bare metric key, ignoring case and surrounding spaces. */
export function resolveMetric(policy: Policy, key: string): { dimension: Dimension; metric: Metric } {
  const parts = key.split(".");
  const [dimensionKey, metricKey] = parts.length === 2 ? parts : [undefined, parts.length === 1 ? parts[0] : undefined];
  for (const dimension of policy.dimensions) {
    if (dimensionKey !== undefined && !sameName(dimension.key, dimensionKey)) continue;
    const metric = metricKey === undefined ? undefined : dimension.metrics.find((m) => sameName(m.key, metricKey));
    if (metric) return { dimension, metric };
  }
  const known = policy.dimensions.flatMap((d) => d.metrics.map((m) => `${d.key}.${m.key}`));
  throw notFoundError("unknownMetric", { key: quote(key), known });
}

export function resolveDimension(policy: Policy, key: string): Dimension {
  const found = policy.dimensions.find((d) => sameName(d.key, key));
  if (!found) {
    throw notFoundError("unknownDimension", { key: quote(key), known: policy.dimensions.map((d) => d.key) });
  }
  return found;
}

export interface MetricScoreInput {
  /** The rep's target (target-scored metrics); for baseline and fixed metrics it overrides the policy's. */
  target: number | null;
  /** The rep's position, for a baseline-scored metric without a target. */
  position: string | null;
  /** Month 1..12 for the seasonal factor; undefined: none. */
  month?: number;
}

/**
 * Points of one metric as the policy scores it; null when what the metric needs is blank (a
 * target-scored metric without target, a baseline-scored one without target or position).
 */
export function metricScore(policy: Policy, metric: Metric, actual: number, input: MetricScoreInput, trace?: Trace): number | null {
  if (actual < 0 && (metric.unit === "count" || metric.unit === "minutes")) {
    throw numError("negativeVolume", { what: metric.key, value: actual });
  }
  if (metric.scoring === "rating") {
    if (input.target !== null) throw valueError("ratingNoTarget", { metric: metric.key, scaleMax: policy.ratingScale });
    return ratingPoints(actual, policy.ratingScale, trace);
  }
  const target = input.target ?? policyTarget(policy, metric, input, trace);
  if (target === null) {
    trace?.step({ kind: "blank", reason: "requiredBlank" });
    return null;
  }
  return metricPoints(actual, target, metric, trace);
}

function policyTarget(policy: Policy, metric: Metric, input: MetricScoreInput, trace?: Trace): number | null {
  if (metric.scoring === "fixed") return metric.target ?? null;
  if (metric.scoring === "baseline" && input.position !== null) return effectiveBaseline(policy, metric.key, input.position, input.month, trace);
  return null;
}

/**
 * A dimension's score from its metrics' points: in the policy's metric order, or in the order of
 * `keys` when given (one key per points cell). Blank points are re-weighted away (docs/method.md, "Missing data").
 */
export function dimensionScoreOf(dimension: Dimension, points: (number | null)[], keys: string[] | null, trace?: Trace): number | null {
  const order = keys ?? dimension.metrics.map((m) => m.key);
  if (points.length !== order.length) {
    throw keys
      ? valueError("pointsMetricsCount", { cells: points.length, keys: keys.length })
      : valueError("pointsCount", { cells: points.length, dimension: dimension.key, known: order });
  }
  const byKey: Record<string, number | null> = {};
  order.forEach((key, i) => {
    const metric = dimension.metrics.find((m) => sameName(m.key, key));
    if (!metric) throw notFoundError("notDimensionMetric", { key: quote(key), dimension: dimension.key, known: dimension.metrics.map((m) => m.key) });
    if (metric.key in byKey) throw valueError("metricTwice", { metric: metric.key });
    byKey[metric.key] = points[i];
  });
  return dimensionScore(dimension, byKey, trace);
}
