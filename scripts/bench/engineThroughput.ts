/**
 * Benchmark 1: rep-months through TOTAL_SCORE's full path in the engine (scoreRepMonth.ts), no
 * Excel and no formula engine in between, the engine bundled into one scope as the build ships it
 * (bundledFunctions.ts).
 */
import type { Policy } from "../../src/engine/policy";
import type { grade as Grade } from "../../src/engine/total";
import { bundle } from "./bundledFunctions";
import { BLANK_SHARE, generateRepMonths, type RepMonth } from "./repMonths";
import type { repMonthScorer as RepMonthScorer } from "./scoreRepMonth";
import { count, ms, type Table } from "./table";
import { measure, perCpuSecond, perSecond, type Plan, type Timing } from "./timing";

const REP_MONTHS = 100_000;
const SEED = 20_240_601;
const PLAN: Plan = { warmup: 2, repetitions: 7 };

/**
 * A sanity check, so a broken path is not reported as a fast one: every total is within
 * [0, 100 × the largest cap], and a total is blank exactly when all of a rep-month's values are.
 * Returns that upper bound.
 */
function checkTotals(policy: Policy, repMonths: RepMonth[], totals: (number | null)[]): number {
  const top = 100 * Math.max(...policy.dimensions.flatMap((d) => d.metrics.map((m) => m.cap)));
  totals.forEach((total, i) => {
    const allBlank = Object.values(repMonths[i].values).every((v) => v === null);
    if (total === null ? !allBlank : allBlank || !(total >= 0 && total <= top)) {
      throw new Error(`Rep-month ${i + 1} has the total ${total}, which its inputs cannot give.`);
    }
  });
  return top;
}

function tally(grades: (string | null)[]): string {
  const counts = new Map<string, number>();
  for (const g of grades) counts.set(g ?? "blank", (counts.get(g ?? "blank") ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([g, n]) => `${g} ${((100 * n) / grades.length).toFixed(1)}%`)
    .join(", ");
}

export function runEngineThroughput(policy: Policy): Table {
  const repMonths = generateRepMonths(policy, REP_MONTHS, SEED);
  const values = repMonths.flatMap((r) => Object.values(r.values));
  const blankShare = values.filter((v) => v === null).length / values.length;

  const { repMonthScorer, grade } = bundle('export { repMonthScorer } from "./scripts/bench/scoreRepMonth"; export { grade } from "./src/engine/total";') as {
    repMonthScorer: typeof RepMonthScorer;
    grade: typeof Grade;
  };
  const score = repMonthScorer(policy);
  const full = measure(() => repMonths.map(score), PLAN);
  const totals = full.result.map((s) => s.total);
  const top = checkTotals(policy, repMonths, totals);
  const gradeOnly = measure(() => totals.map((t) => grade(policy, t)), PLAN);

  const row = (what: string, timing: Timing, unit: string): string[] => [
    what,
    ms(timing.medianMs),
    ms(timing.minMs),
    `${count(perSecond(REP_MONTHS, timing))} ${unit}/s`,
    ms(timing.cpuMedianMs),
    `${count(perCpuSecond(REP_MONTHS, timing))} ${unit}/s`,
  ];
  return {
    title: `1. Engine throughput: ${count(REP_MONTHS)} rep-months through TOTAL_SCORE's full path`,
    headers: ["what is timed", "median ms", "min ms", "throughput (median)", "CPU median ms", "throughput per CPU second (one core)"],
    rows: [
      row("9 metric points -> 3 dimension scores -> total -> grade", full.timing, "scores"),
      row("of which GRADE alone (round half away from zero, bands)", gradeOnly.timing, "grades"),
    ],
    notes: [
      `${PLAN.warmup} warm-up runs, ${PLAN.repetitions} timed repetitions; inputs generated from seed ${SEED}, ` +
        `${(100 * blankShare).toFixed(2)}% of the ${count(values.length)} metric values blank (target ${100 * BLANK_SHARE}%).`,
      `Checked: every total is within [0, ${top}] and blank only where all nine values are; grades of the last run: ${tally(full.result.map((s) => s.grade))}.`,
    ],
  };
}
