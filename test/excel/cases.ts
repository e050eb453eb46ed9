/**
 * What `npm run test:excel` has real Excel compute (docs/testing.md, "Real Excel"): TELE formulas
 * typed into a new sheet, each with the engine's own answer for the same inputs, worked out by
 * calling the engine directly (no Excel, no adapter). Blank is "", an error is its Excel code.
 */
import { baselineScore, workloadScore } from "../../src/engine/baseline";
import { ScoreError } from "../../src/engine/errors";
import { netProfit } from "../../src/engine/money";
import type { Policy } from "../../src/engine/policy";
import { grade, weightOf } from "../../src/engine/total";

export type CellValue = number | string | boolean;

export interface ExcelCase {
  formula: string;
  /** The engine's value under `policy`. */
  expected: (policy: Policy) => CellValue;
  /** Whether the value depends on the policy: checked again after the policy save. */
  policyBound: boolean;
}

const ERROR_CODES = { value: "#VALUE!", num: "#NUM!", na: "#N/A" } as const;

/** The engine's answer as a cell shows it: null is blank, a ScoreError is its Excel error code. */
function cell(compute: () => number | string | null): CellValue {
  try {
    return compute() ?? "";
  } catch (e) {
    if (e instanceof ScoreError) return ERROR_CODES[e.kind];
    throw e;
  }
}

export const EXCEL_CASES: readonly ExcelCase[] = [
  { formula: "=TELE.BASELINE_SCORE(1500,1800)", expected: () => cell(() => baselineScore(1500, 1800)), policyBound: false },
  { formula: "=TELE.BASELINE_SCORE(2400,1800)", expected: () => cell(() => baselineScore(2400, 1800)), policyBound: false },
  { formula: "=TELE.BASELINE_SCORE(1500,0)", expected: () => cell(() => baselineScore(1500, 0)), policyBound: false },
  { formula: '=TELE.BASELINE_SCORE(1500,"")', expected: () => "", policyBound: false },
  { formula: "=TELE.NET_PROFIT(1000.1,200.2,0.3)", expected: () => cell(() => netProfit(1000.1, 200.2, 0.3)), policyBound: false },
  {
    formula: '=TELE.WORKLOAD_SCORE(1500,1200,100,"Junior",3)',
    expected: (p) => cell(() => workloadScore(p, { calls: 1500, talk_minutes: 1200, customers: 100 }, "Junior", 3)),
    policyBound: true,
  },
  { formula: '=TELE.WEIGHT("sales")', expected: (p) => cell(() => weightOf(p, "sales")), policyBound: true },
  { formula: "=TELE.GRADE(89.995)", expected: (p) => cell(() => grade(p, 89.995)), policyBound: true },
  { formula: "=TELE.GRADE(79.99)", expected: (p) => cell(() => grade(p, 79.99)), policyBound: true },
];

/** The policy the suite saves through the pane's repository: sales 55, workload 25, and a higher A band. */
export function reweighted(policy: Policy): Policy {
  const next = structuredClone(policy);
  next.dimensions.find((d) => d.key === "workload")!.weight = 25;
  next.dimensions.find((d) => d.key === "sales")!.weight = 55;
  next.bands[0]!.min = 92;
  return next;
}
