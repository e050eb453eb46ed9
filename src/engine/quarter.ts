/**
 * Quarterly evaluation (docs/method.md, "Months and quarters"): the ratio is recomputed from the quarter's sums, never
 * averaged from monthly scores, then blended with an optional quality score.
 */
import { numError, valueError } from "./errors";
import type { Direction } from "./policy";
import { metricPoints, requireTarget, ruleWithDefaults } from "./points";
import type { Trace } from "./trace";

export interface QuarterOptions {
  /** The manager's quality score, 0..100; blank means none. */
  quality?: number | null;
  /** Weight of the quality score, 0..1 (the policy's quarterQualityWeight). */
  qualityWeight: number;
  cap?: number;
  floor?: number;
  direction?: Direction;
}

/**
 * QUARTER_SCORE: base = points(Σ actual / Σ target) over the months where both are present;
 * (1 − w) × base + w × quality when a quality score is given, else base. No month present: null.
 */
export function quarterScore(actuals: (number | null)[], targets: (number | null)[], opts: QuarterOptions, trace?: Trace): number | null {
  if (actuals.length !== targets.length) {
    throw valueError("quarterShapes", { actuals: actuals.length, targets: targets.length });
  }
  const { quality = null, qualityWeight } = opts;
  if (quality !== null && !(quality >= 0 && quality <= 100)) {
    throw numError("quality", { value: quality });
  }
  if (!(qualityWeight >= 0 && qualityWeight <= 1)) {
    throw numError("qualityWeight", { value: qualityWeight });
  }
  let sumActual = 0;
  let sumTarget = 0;
  let months = 0;
  actuals.forEach((actual, i) => {
    const target = targets[i];
    if (actual === null || target === null) return;
    requireTarget(target); // each month's target, so a 0 or negative one is reported, not netted out
    sumActual += actual;
    sumTarget += target;
    months += 1;
  });
  trace?.step({ kind: "quarterSums", months, skipped: actuals.length - months, sumActual, sumTarget });
  if (months === 0) {
    trace?.step({ kind: "blank", reason: "noMonths" });
    return null;
  }
  const base = metricPoints(sumActual, sumTarget, ruleWithDefaults(opts), trace);
  if (quality === null) return base;
  const blended = (1 - qualityWeight) * base + qualityWeight * quality;
  trace?.step({ kind: "qualityBlend", base, quality, weight: qualityWeight, value: blended });
  return blended;
}
