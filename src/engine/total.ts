/**
 * Dimension scores, the total, grade and rank (METHOD sections 7 and 8): weighted means over what
 * is present, missing data re-weighted away, never counted as zero.
 */
import Decimal from "decimal.js";
import { notFoundError, numError } from "./errors";
import { quote } from "./input";
import { sameName, type Dimension, type Policy } from "./policy";
import type { Trace } from "./trace";

/**
 * Σ wᵢpᵢ / Σ wᵢ over the items whose points are present; null when none is (or their weights add
 * to 0). A trace gets the items under `scope` (a dimension key or "total"), keyed when they are.
 */
export function weightedMean(items: { key?: string; weight: number; points: number | null }[], trace?: Trace, scope = ""): number | null {
  let weighted = 0;
  let weights = 0;
  for (const { weight, points } of items) {
    if (!(weight >= 0) || !Number.isFinite(weight)) throw numError("weightNegative", { value: weight });
    if (points === null) continue;
    if (!Number.isFinite(points)) throw numError("scoreNotFinite", { value: points });
    weighted += weight * points;
    weights += weight;
  }
  const mean = weights === 0 ? null : weighted / weights;
  // Finite scores can still overflow when weighted (1e308 x 30): that is input no score can be.
  if (mean !== null && !Number.isFinite(mean)) throw numError("scoresTooLarge", {});
  trace?.step({ kind: "weights", scope, items: items.map((x) => ({ key: x.key ?? "", weight: x.weight, points: x.points })), value: mean });
  return mean;
}

/** S_d: the dimension's metric weights over the metrics with points; keys the dimension lacks are ignored. */
export function dimensionScore(dimension: Dimension, points: Record<string, number | null>, trace?: Trace): number | null {
  return weightedMean(dimension.metrics.map((m) => ({ key: m.key, weight: m.weight, points: points[m.key] ?? null })), trace, dimension.key);
}

/** TOTAL: the policy's dimension weights over the dimensions with a score. */
export function totalScore(policy: Policy, dimensionScores: Record<string, number | null>, trace?: Trace): number | null {
  return weightedMean(policy.dimensions.map((d) => ({ key: d.key, weight: d.weight, points: dimensionScores[d.key] ?? null })), trace, "total");
}

/**
 * Rounds half away from zero (Excel's ROUND) on the decimal digits a person sees, not on the binary
 * double: 89.995 is stored as 89.99499999999999744…, yet ROUND(89.995, 2) is 90 in Excel.
 * decimal.js does the rounding exactly; the number is first taken to 15 significant digits, the
 * precision Excel shows and rounds with, so float noise from arithmetic (89.99499999999999 for
 * a mathematical 89.995) rounds the way the displayed value does.
 */
export function roundHalfAwayFromZero(x: number, decimals: number): number {
  if (!Number.isFinite(x)) throw numError("cannotRound", { value: x });
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw numError("decimals", { value: decimals });
  }
  const rounded = new Decimal(x)
    .toSignificantDigits(15, Decimal.ROUND_HALF_UP) // decimal.js ROUND_HALF_UP: ties go away from zero
    .toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP)
    .toNumber();
  return rounded === 0 ? 0 : rounded; // no "-0" in a cell
}

/**
 * GRADE: the score rounded to 2 decimals, then the band with the largest lower bound it reaches
 * (bounds inclusive); under every band, the policy's lowest grade. Blank score: blank grade.
 */
export function grade(policy: Policy, score: number | null, trace?: Trace): string | null {
  if (score === null) return null;
  const rounded = roundHalfAwayFromZero(score, 2);
  let best: { grade: string; min: number } | undefined;
  for (const band of policy.bands) {
    if (band.min <= rounded && (best === undefined || band.min > best.min)) best = band;
  }
  const reached = best ? best.grade : policy.lowestGrade;
  trace?.step({ kind: "rounding", value: score, decimals: 2, rounded });
  trace?.step({ kind: "band", score: rounded, grade: reached, min: best ? best.min : null });
  return reached;
}

/** RANK.EQ, descending: 1 + how many present scores are strictly higher, so ties share (1, 2, 2, 4). Blanks: null. */
export function rank(scores: (number | null)[]): (number | null)[] {
  const present = scores.filter((s): s is number => s !== null);
  for (const s of present) if (!Number.isFinite(s)) throw numError("cannotRank", { value: s });
  const descending = [...present].sort((a, b) => b - a);
  const firstPlace = new Map<number, number>();
  descending.forEach((s, i) => {
    if (!firstPlace.has(s)) firstPlace.set(s, i + 1);
  });
  return scores.map((s) => (s === null ? null : (firstPlace.get(s) as number)));
}

/**
 * WEIGHT(key) as a fraction: "sales" -> the dimension's weight / 100, "sales.revenue" -> the metric's
 * weight within its dimension / 100. Keys match ignoring case and surrounding spaces.
 */
export function weightOf(policy: Policy, key: string): number {
  const [dimensionKey, metricKey, ...rest] = key.split(".");
  const dimension = rest.length === 0 ? policy.dimensions.find((d) => sameName(d.key, dimensionKey)) : undefined;
  const weight = metricKey === undefined ? dimension?.weight : dimension?.metrics.find((m) => sameName(m.key, metricKey))?.weight;
  if (weight === undefined) {
    const known = policy.dimensions.flatMap((d) => [d.key, ...d.metrics.map((m) => `${d.key}.${m.key}`)]);
    throw notFoundError("unknownWeight", { key: quote(key), known });
  }
  return weight / 100;
}
