/**
 * Dimension scores, the total, grade and rank (docs/method.md, "Missing data" and "Total, grade and rank"): weighted means over what
 * is present, missing data re-weighted away, never counted as zero.
 */
import { notFoundError, numError } from "./errors";
import { quote } from "./input";
import { sameName } from "./names";
import type { Dimension, Policy } from "./policy";
import type { Trace } from "./trace";

/**
 * Σ wᵢpᵢ / Σ wᵢ over the items whose points are present; null when none is (or their weights add
 * to 0). A trace gets the items under `scope` (a dimension key or "total"), keyed when they are.
 */
export function weightedMean(items: { key?: string; weight: number; points: number | null }[], trace?: Trace, scope = ""): number | null {
  return weightedMeanOver(items, (item) => item.points, null, trace, scope);
}

/** The points of the item at `index` in a list computed alongside the items. */
export const pointsAt = (_item: unknown, points: readonly (number | null)[], index: number): number | null => points[index];

/** A dimension's or a metric's points, looked up by its key in a record of scores. */
const pointsByKey = (item: { key: string }, scores: Record<string, number | null>): number | null | undefined => scores[item.key];

/**
 * weightedMean over any weighted list, each item's points read by `pointsOf` (given `scores`), so
 * that scoring builds no intermediate list or closure per call: the dimensions and the total run
 * millions of times in a batch. Only a trace, when there is one, gets a list of the items.
 */
export function weightedMeanOver<T extends { weight: number; key?: string }, S>(
  items: readonly T[],
  pointsOf: (item: T, scores: S, index: number) => number | null | undefined,
  scores: S,
  trace?: Trace,
  scope = "",
): number | null {
  let weighted = 0;
  let weights = 0;
  for (let i = 0; i < items.length; i++) {
    const weight = items[i].weight;
    if (!(weight >= 0) || !Number.isFinite(weight)) throw numError("weightNegative", { value: weight });
    const points = pointsOf(items[i], scores, i) ?? null;
    if (points === null) continue;
    if (!Number.isFinite(points)) throw numError("scoreNotFinite", { value: points });
    weighted += weight * points;
    weights += weight;
  }
  const mean = weights === 0 ? null : weighted / weights;
  // Finite scores can still overflow when weighted (1e308 x 30): that is input no score can be.
  if (mean !== null && !Number.isFinite(mean)) throw numError("scoresTooLarge", {});
  trace?.step({ kind: "weights", scope, items: items.map((x, i) => ({ key: x.key ?? "", weight: x.weight, points: pointsOf(x, scores, i) ?? null })), value: mean });
  return mean;
}

/** S_d: the dimension's metric weights over the metrics with points; keys the dimension lacks are ignored. */
export function dimensionScore(dimension: Dimension, points: Record<string, number | null>, trace?: Trace): number | null {
  return weightedMeanOver(dimension.metrics, pointsByKey, points, trace, dimension.key);
}

/** TOTAL: the policy's dimension weights over the dimensions with a score. */
export function totalScore(policy: Policy, dimensionScores: Record<string, number | null>, trace?: Trace): number | null {
  return weightedMeanOver(policy.dimensions, pointsByKey, dimensionScores, trace, "total");
}

/** 10^0 … 10^15 as doubles, each exact (every power of ten up to 10^22 is). */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => Number(`1e${i}`));

/**
 * How far, relative to x × 10^decimals, the value rounded can lie from the double's product: the
 * 15-significant-digit step moves it by at most 5 × 10^-15 of itself, the shortest form and the
 * product by an ulp or so more. Farther than this from a tie (…5), the double alone decides.
 */
const TIE_MARGIN = 1e-14;

/**
 * Rounds half away from zero (Excel's ROUND) on the decimal digits a person sees, not on the binary
 * double: 89.995 is stored as 89.99499999999999744…, yet ROUND(89.995, 2) is 90 in Excel. The
 * number is first taken to 15 significant digits, the precision Excel shows and rounds with, so
 * float noise from arithmetic (89.99499999999999 for a mathematical 89.995) rounds the way the
 * displayed value does. Exactly what decimal.js gives with
 * `new Decimal(x).toSignificantDigits(15, ROUND_HALF_UP).toDecimalPlaces(decimals, ROUND_HALF_UP)`
 * (test/engine/rounding.test.ts compares the two on millions of values, ties included), but without
 * decimal.js: a value clearly away from a tie is rounded from its double alone; near a tie, on the
 * digits of its shortest form (docs/benchmarks.md, section 1, "What changed").
 */
export function roundHalfAwayFromZero(x: number, decimals: number): number {
  if (!Number.isFinite(x)) throw numError("cannotRound", { value: x });
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw numError("decimals", { value: decimals });
  }
  const scale = POWERS_OF_TEN[decimals];
  const scaled = Math.abs(x) * scale;
  // Below 2^52 the fraction below is exact; farther than the margin from .5, no digit step can cross the tie.
  if (scaled < 2 ** 52) {
    const whole = Math.floor(scaled);
    const fraction = scaled - whole;
    if (Math.abs(fraction - 0.5) > scaled * TIE_MARGIN) return signed(x, (fraction > 0.5 ? whole + 1 : whole) / scale);
  }
  return signed(x, roundShortestForm(Math.abs(x), decimals));
}

/** The magnitude with x's sign, never "-0" (no -0 in a cell). */
function signed(x: number, magnitude: number): number {
  return magnitude === 0 ? 0 : x < 0 ? -magnitude : magnitude;
}

/**
 * A non-negative x rounded on the digits of its shortest form ("89.995", "1.5e-7", "1e+21"): to 15
 * significant digits, then to `decimals` places, each half up. Every integer here stays below 2^53,
 * so Number() and the one division are exact or correctly rounded, as decimal.js's toNumber is.
 */
function roundShortestForm(x: number, decimals: number): number {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw numError("cannotRound", { value: x });
  const [, whole, fraction = "", exponent = "0"] = m;
  let digits = (whole + fraction).replace(/^0+/, "");
  if (digits === "") return 0;
  // x = digits × 10^power
  let power = Number(exponent) - fraction.length;
  if (digits.length > 15) {
    power += digits.length - 15;
    digits = roundDigits(digits, 15);
  }
  const dropped = -decimals - power;
  if (dropped <= 0) return Number(`${digits}e${power}`);
  return Number(roundDigits(digits, digits.length - dropped)) / POWERS_OF_TEN[decimals];
}

/** The first `keep` digits, plus one when the next digit is 5 or more (half up); "0" when none is kept. */
function roundDigits(digits: string, keep: number): string {
  if (keep < 0) return "0";
  const kept = keep === 0 ? 0 : Number(digits.slice(0, keep));
  return String(digits[keep] >= "5" ? kept + 1 : kept);
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
