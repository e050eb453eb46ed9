/**
 * The team's medians on the scorecards (engine/review/scorecard.ts): Excel's MEDIAN over the reps
 * that have the score, a rep without it left out (never counted as 0).
 */
import { defaultPolicy } from "../../../src/engine/policy";
import type { ReviewRow } from "../../../src/engine/review/reviewRows";
import { teamMedians } from "../../../src/engine/review/scorecard";

const rep = (calls: number | null, workload: number | null, total: number | null): ReviewRow =>
  ({ metrics: [{ key: "calls", dimension: "workload", actual: null, target: null, points: calls }], dimensions: { workload, sales: null, initiatives: null }, total }) as unknown as ReviewRow;

it("takes the middle value, or the mean of the two middle ones, over the reps that have the score", () => {
  const medians = teamMedians([rep(90, 80, 70), rep(null, 60, 90), rep(110, null, 80), rep(100, 100, null)], defaultPolicy());
  // calls: 90, 100, 110 -> 100; workload: 60, 80, 100 -> 80; total: 70, 80, 90 -> 80 (odd counts: the blank is left out).
  expect(medians.metrics.calls).toBe(100);
  expect(medians.dimensions.workload).toBe(80);
  expect(medians.total).toBe(80);
  // No rep has sales points: no median, not 0.
  expect(medians.dimensions.sales).toBeNull();
  expect(medians.metrics.revenue).toBeNull();
  expect(teamMedians([rep(90, 80, 70), rep(100, 60, 75)], defaultPolicy()).total).toBe(72.5);
});
