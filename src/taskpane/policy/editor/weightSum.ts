/**
 * A weight group's running sum for the editor: exact in decimal and rounded to 2 places, as
 * validatePolicy adds weights, so the sum shown agrees with the message it gives.
 */
import { Decimal } from "decimal.js";

export interface WeightSum {
  /** The rounded sum; NaN while a weight in the group is not a number. */
  sum: number;
  /** How far the sum is from 100: negative when short, positive when over, 0 when right. */
  gap: number;
}

export function weightSum(weights: readonly number[]): WeightSum {
  if (weights.some((w) => !Number.isFinite(w))) return { sum: NaN, gap: NaN };
  const sum = weights.reduce((s, w) => s.plus(w), new Decimal(0)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return { sum: sum.toNumber(), gap: sum.minus(100).toNumber() };
}
