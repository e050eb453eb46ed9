/**
 * "What it takes": the smallest change of one input, all else equal, that lifts a score into the
 * next grade band (docs/explain.md). The score is recomputed by the caller's `evaluate`, which is
 * the same computation the cell runs, so the answer is checked by the engine, not estimated.
 */
import { ScoreError } from "../errors";
import type { Policy } from "../policy";
import { roundHalfAwayFromZero } from "../total";

/** The band just above the rounded score, or undefined at the top. */
export function nextBand(policy: Policy, score: number): { grade: string; min: number } | undefined {
  const rounded = roundHalfAwayFromZero(score, 2);
  let next: { grade: string; min: number } | undefined;
  for (const band of policy.bands) {
    if (band.min > rounded && (next === undefined || band.min < next.min)) next = band;
  }
  return next;
}

export type Change =
  /** `to` is the input's new value, a whole step of the input's kind away (a whole number for whole inputs, a cent otherwise). */
  | { reachable: true; from: number; to: number; grade: string }
  | { reachable: false; from: number; grade: string };

/** Most doublings tried each way; from 1 that is beyond any score's inputs (2^60). */
const DOUBLINGS = 60;
const BISECTIONS = 80;
const STILL_DOUBLINGS = 40;

/**
 * The value of the input nearest to `from` whose score reaches `min` (rounded to 2 decimals, as
 * GRADE rounds), searching upward first, then downward (a metric where lower is better).
 * `evaluate` gives the score for an input value, or null when that value is not allowed (a rating
 * off the scale, a negative count): such values are never proposed. Scores are assumed monotone
 * in one input, which the method's formulas are.
 */
export function smallestChange(evaluate: (value: number) => number | null, from: number, target: { grade: string; min: number }): Change {
  const reaches = (v: number): boolean => {
    const score = safe(evaluate, v);
    return score !== null && roundHalfAwayFromZero(score, 2) >= target.min;
  };
  const step = Number.isInteger(from) ? 1 : 0.01;
  for (const sign of [1, -1]) {
    let delta = step;
    let found: number | undefined;
    let previous = safe(evaluate, from);
    let still = 0;
    for (let i = 0; i < DOUBLINGS && found === undefined; i++, delta *= 2) {
      const score = safe(evaluate, from + sign * delta);
      if (score !== null && roundHalfAwayFromZero(score, 2) >= target.min) found = delta;
      // A refused value ends the search this way; so does a score that has not moved while the change
      // grew 2^40-fold, past any floor (a cap reached, or 0 points for good).
      else if (score === null || (still = score === previous ? still + 1 : 0) >= STILL_DOUBLINGS) break;
      previous = score;
    }
    if (found === undefined) continue;
    let lo = found / 2 < step ? 0 : found / 2;
    let hi = found;
    for (let i = 0; i < BISECTIONS && hi - lo > step / 4; i++) {
      const mid = (lo + hi) / 2;
      if (reaches(from + sign * mid)) hi = mid;
      else lo = mid;
    }
    // Whole steps: the smallest multiple of `step` at or above hi that still reaches.
    let steps = Math.max(1, Math.ceil(hi / step - 1e-9));
    while (steps > 1 && reaches(tidy(from + sign * (steps - 1) * step))) steps -= 1;
    while (!reaches(tidy(from + sign * steps * step))) steps += 1;
    return { reachable: true, from, to: tidy(from + sign * steps * step), grade: target.grade };
  }
  return { reachable: false, from, grade: target.grade };
}

function safe(evaluate: (value: number) => number | null, v: number): number | null {
  try {
    return evaluate(v);
  } catch (e) {
    if (e instanceof ScoreError) return null; // a value the computation refuses is not a way to reach the band
    throw e;
  }
}

/** Rounds away float noise from adding cents (1000.1 + 0.01 × 3), keeping 10 decimals. */
function tidy(x: number): number {
  return Math.round(x * 1e10) / 1e10;
}
