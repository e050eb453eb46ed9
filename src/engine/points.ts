/**
 * Points: from attainment to a score (docs/method.md, "Points"). Points are never rounded here;
 * only display rounds (see roundHalfAwayFromZero in total.ts).
 */
import { numError } from "./errors";
import type { Direction } from "./policy";
import type { Trace } from "./trace";

/** The method's defaults (docs/method.md, "Points"), used when neither the policy nor the caller gives a cap/floor. */
export const DEFAULT_CAP = 1.2;
export const DEFAULT_FLOOR = 0;

/** How one metric turns attainment into points; a policy `Metric` fits this shape. */
export interface PointsRule {
  direction: Direction;
  cap: number;
  floor: number;
}

/** A rule from optional parts, the method's defaults filling in (docs/method.md, "Points"): direction higher, cap 1.2, floor 0. */
export function ruleWithDefaults(rule: { direction?: Direction; cap?: number; floor?: number }): PointsRule {
  return { direction: rule.direction ?? "higher", cap: rule.cap ?? DEFAULT_CAP, floor: rule.floor ?? DEFAULT_FLOOR };
}

/** A target must be a positive number (docs/method.md, "Points": target <= 0 is #NUM!). */
export function requireTarget(target: number): void {
  if (!(target > 0) || !Number.isFinite(target)) {
    throw numError("target", { value: target });
  }
}

/**
 * Attainment `a`: actual / target for "higher", 2 − actual / target for "lower", then max(a, 0).
 * Any sign of actual is accepted: money may be negative; whether a count may be is the caller's call.
 */
export function attainment(actual: number, target: number, direction: Direction, trace?: Trace): number {
  if (!Number.isFinite(actual)) throw numError("actual", { value: actual });
  requireTarget(target);
  const ratio = actual / target;
  const a = Math.max(direction === "lower" ? 2 - ratio : ratio, 0);
  trace?.step({ kind: "attainment", actual, target, direction, value: a });
  return a;
}

/** p = 0 when a < floor, else 100 × min(a, cap). With cap > 0 and floor >= 0, p is in [0, 100 × cap]. */
export function points(a: number, cap: number = DEFAULT_CAP, floor: number = DEFAULT_FLOOR, trace?: Trace): number {
  if (!Number.isFinite(a)) throw numError("attainment", { value: a });
  if (!(cap > 0) || !Number.isFinite(cap)) {
    throw numError("cap", { value: cap });
  }
  if (!(floor >= 0) || !Number.isFinite(floor)) {
    throw numError("floor", { value: floor });
  }
  const p = a < floor ? 0 : 100 * Math.min(a, cap);
  trace?.step({ kind: "points", attainment: a, cap, floor, value: p });
  return p;
}

/** Points of one metric: its attainment against the target, capped and floored by its rule. */
export function metricPoints(actual: number, target: number, rule: PointsRule, trace?: Trace): number {
  return points(attainment(actual, target, rule.direction, trace), rule.cap, rule.floor, trace);
}
