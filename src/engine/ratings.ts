/**
 * Ratings and satisfaction (docs/method.md, "Ratings and satisfaction"): manager ratings on a 1..scaleMax scale, and CSAT
 * from customer survey ratings on the same kind of scale.
 */
import { notFoundError, numError, valueError } from "./errors";
import { metricsScoredBy, type CsatMethod, type Policy } from "./policy";
import { pointsAt, weightedMeanOver } from "./total";
import type { Trace } from "./trace";

function requireScale(scaleMax: number): void {
  if (!Number.isInteger(scaleMax) || scaleMax < 2) {
    throw numError("scaleMax", { value: scaleMax });
  }
}

/**
 * 100 × rating / scaleMax. A manager may give a half point (3.5), so any number in 1..scaleMax is
 * accepted here; survey ratings (csat) must be whole.
 */
export function ratingPoints(rating: number, scaleMax: number, trace?: Trace): number {
  requireScale(scaleMax);
  if (!(rating >= 1 && rating <= scaleMax)) {
    throw numError("rating", { value: rating, scaleMax });
  }
  const p = (100 * rating) / scaleMax;
  trace?.step({ kind: "rating", rating, scaleMax, value: p });
  return p;
}

/**
 * INITIATIVE_SCORE: the policy-weighted mean of the points of the "initiatives" dimension's rating
 * metrics present. Ratings for keys the policy does not rate are ignored: the policy decides what counts.
 */
export function initiativeScore(
  policy: Policy,
  ratings: Record<string, number | null>,
  scaleMax: number = policy.ratingScale,
  trace?: Trace,
): number | null {
  const initiatives = policy.dimensions.find((d) => d.key === "initiatives");
  if (!initiatives) {
    throw notFoundError("noDimension", { policy: policy.name, dimension: "initiatives" });
  }
  const metrics = metricsScoredBy(initiatives, "rating");
  const points = metrics.map((m) => {
    const rating = ratings[m.key] ?? null;
    return rating === null ? null : ratingPoints(rating, scaleMax, trace);
  });
  return weightedMeanOver(metrics, pointsAt, points, trace, initiatives.key);
}

/**
 * CSAT % from survey ratings, blanks ignored; null when there are none.
 * top2: 100 × count(rating >= scaleMax − 1) / count. mean: 100 × (mean − 1) / (scaleMax − 1).
 * A survey answer is a whole number on the scale; anything else is #NUM!.
 */
export function csat(ratings: (number | null)[], scaleMax: number, method: CsatMethod, trace?: Trace): number | null {
  requireScale(scaleMax);
  if (method !== "top2" && method !== "mean") throw valueError("csatMethod", { text: String(method) });
  const given = ratings.filter((r): r is number => r !== null);
  for (const r of given) {
    if (!Number.isInteger(r) || r < 1 || r > scaleMax) {
      throw numError("surveyRating", { value: r, scaleMax, cell: ratings.indexOf(r) + 1 });
    }
  }
  if (given.length === 0) {
    trace?.step({ kind: "blank", reason: "noRatings" });
    return null;
  }
  const top = given.filter((r) => r >= scaleMax - 1).length;
  const mean = given.reduce((sum, r) => sum + r, 0) / given.length;
  const value = method === "top2" ? (100 * top) / given.length : (100 * (mean - 1)) / (scaleMax - 1);
  trace?.step({ kind: "csat", method, scaleMax, count: given.length, top, mean, value });
  return value;
}
