import * as tele from "../../src/functions/functions";

/**
 * BASELINE_SCORE, MONTH_SCORE, NET_PROFIT, TOTAL_SCORE and GRADE take ranges (the array-aware path);
 * from one cell Excel passes each argument as a 1 × 1 range (an omitted one as null) and shows the
 * 1 × 1 result. These call them that way, so single-cell expectations read as plain values.
 */
export function fromOneCell(f: (...args: never[]) => unknown): (...args: unknown[]) => any {
  const first = (spill: unknown): unknown => (spill as unknown[][])[0][0];
  return (...args) => {
    const out = (f as (...a: unknown[]) => unknown)(...args.map((a) => (a === undefined ? null : [[a]])));
    return out instanceof Promise ? out.then(first) : first(out);
  };
}

/** The whole-column functions, called as one cell. */
export const cell = {
  baselineScore: fromOneCell(tele.baselineScore),
  monthScore: fromOneCell(tele.monthScore),
  netProfit: fromOneCell(tele.netProfit),
  totalScore: fromOneCell(tele.totalScore),
  grade: fromOneCell(tele.grade),
};
