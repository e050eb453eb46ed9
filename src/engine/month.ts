/**
 * Monthly evaluation with leave (docs/method.md, "Months and quarters"): the target is prorated by the share of
 * workdays the rep was present, and a month with too little presence is not evaluated.
 */
import { numError, valueError } from "./errors";
import type { Direction } from "./policy";
import { metricPoints, requireTarget, ruleWithDefaults } from "./points";
import type { Trace } from "./trace";

/** (workdays − leave) / workdays. Half days of leave are fine; workdays need not be whole either. */
export function presence(workdays: number, leaveDays: number): number {
  if (!(workdays > 0) || !Number.isFinite(workdays)) {
    throw numError("workdays", { value: workdays });
  }
  if (!(leaveDays >= 0) || leaveDays > workdays) {
    throw numError("leaveDays", { value: leaveDays, workdays });
  }
  return (workdays - leaveDays) / workdays;
}

export interface MonthOptions {
  workdays?: number | null;
  leaveDays?: number | null;
  cap?: number;
  floor?: number;
  direction?: Direction;
  minPresence: number;
}

/**
 * MONTH_SCORE: points of actual against target × presence. Without workdays there is no proration.
 * Blank leave with workdays means no leave. Leave without workdays is an error rather than silently
 * unprorated. A month below minPresence, or with no presence at all, is not evaluated: null, never 0.
 */
export function monthScore(actual: number, target: number, opts: MonthOptions, trace?: Trace): number | null {
  const { workdays = null, leaveDays = null } = opts;
  requireTarget(target); // before proration, so the message shows the target the user typed
  const rule = ruleWithDefaults(opts);
  if (workdays === null) {
    if (leaveDays !== null) {
      throw valueError("leaveWithoutWorkdays", { value: leaveDays });
    }
    return metricPoints(actual, target, rule, trace);
  }
  const share = presence(workdays, leaveDays ?? 0);
  trace?.step({ kind: "presence", workdays, leaveDays: leaveDays ?? 0, value: share, minPresence: opts.minPresence, evaluated: isEvaluated(share, opts.minPresence) });
  const effective = proratedTarget(target, share, opts.minPresence, trace);
  return effective === null ? null : metricPoints(actual, effective, rule, trace);
}

/** A month is evaluated when the rep was present at all and at least minPresence of it. */
function isEvaluated(share: number, minPresence: number): boolean {
  return !(share < minPresence || share === 0);
}

/** target × presence; null when the month is not evaluated (never 0). */
export function proratedTarget(target: number, share: number, minPresence: number, trace?: Trace): number | null {
  if (!isEvaluated(share, minPresence)) {
    trace?.step({ kind: "blank", reason: "lowPresence" });
    return null;
  }
  const effective = target * share;
  trace?.step({ kind: "proration", target, presence: share, value: effective });
  return effective;
}
