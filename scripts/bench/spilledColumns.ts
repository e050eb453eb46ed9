/**
 * Benchmark 5: 10,000 rows scored three ways in HyperFormula, in one run, the workbooks taking
 * turns: one spilled TELE formula per output column (the array-aware path, docs/functions.md),
 * one TELE formula per cell, and the same math in native formulas. The harness (builds,
 * recalculations with a new set of inputs each time) is formulaRecalc.ts's. Five outputs a row:
 * TOTAL_SCORE, GRADE of that total, BASELINE_SCORE, NET_PROFIT and MONTH_SCORE; every output of
 * every row is compared across the three workbooks after the builds and after the last recalculation.
 */
import { DetailedCellError, HyperFormula, type CellValue, type RawCellContent, type Sheets } from "hyperformula";
import type { Policy } from "../../src/engine/policy";
import { setPolicy } from "../../src/engine/policyStore";
import { BUILD_PLAN, measureWorkbooks, RECALC_PLAN, registerTele } from "./formulaRecalc";
import { BLANK_SHARE } from "./repMonths";
import { seededRandom } from "./random";
import { count, ms, type Table } from "./table";
import type { Timing } from "./timing";

const ROWS = 10_000;
const SEED = 20_240_605;
const TOLERANCE = 1e-9;
const LAST = ROWS + 1;

/** Inputs, columns A to L: three dimension scores, calls and baseline, revenue, cost and refunds, month actual, target, workdays, leave. */
const INPUTS = 12;
/** Outputs, columns M to Q. */
const OUT = ["M", "N", "O", "P", "Q"] as const;

function inputRows(seed: number): RawCellContent[][] {
  const random = seededRandom(seed);
  const maybe = (x: number): number | null => (random.chance(BLANK_SHARE) ? null : x);
  const money = (maxCents: number): number => random.int(0, maxCents) / 100;
  return Array.from({ length: ROWS }, () => {
    const workdays = random.chance(0.1) ? null : random.int(20, 23);
    return [
      maybe(random.int(0, 12_000) / 100),
      maybe(random.int(0, 12_000) / 100),
      maybe(random.int(0, 12_000) / 100),
      maybe(random.int(0, 2_500)),
      random.pick([1800, 2000, 1000]),
      maybe(money(20_000_000)),
      money(10_000_000),
      maybe(money(500_000)),
      maybe(random.int(0, 150_000)),
      random.int(50_000, 120_000),
      workdays,
      workdays === null ? null : maybe(random.int(0, 12)),
    ];
  });
}

interface Formulas {
  /** The formulas of output row `n` (1-based sheet row); for the spilled workbook, row 2 holds the five spills and the rest nothing. */
  row: (n: number) => (string | null)[];
}

const spilled: Formulas = {
  row: (n) =>
    n === 2
      ? [
          `=TELE.TOTAL_SCORE(A2:A${LAST},B2:B${LAST},C2:C${LAST})`,
          `=TELE.GRADE(M2:M${LAST})`,
          `=TELE.BASELINE_SCORE(D2:D${LAST},E2:E${LAST})`,
          `=TELE.NET_PROFIT(F2:F${LAST},G2:G${LAST},H2:H${LAST})`,
          `=TELE.MONTH_SCORE(I2:I${LAST},J2:J${LAST},K2:K${LAST},L2:L${LAST})`,
        ]
      : [null, null, null, null, null],
};

const perCell: Formulas = {
  row: (n) => [
    `=TELE.TOTAL_SCORE(A${n},B${n},C${n})`,
    `=TELE.GRADE(M${n})`,
    `=TELE.BASELINE_SCORE(D${n},E${n})`,
    `=TELE.NET_PROFIT(F${n},G${n},H${n})`,
    `=TELE.MONTH_SCORE(I${n},J${n},K${n},L${n})`,
  ],
};

/** The same math as native formulas, from the policy's numbers (default rule: floor 0, cap 1.2; the policy's bands and minimum presence). */
function nativeFormulas(policy: Policy): Formulas {
  const [w, s, i] = ["workload", "sales", "initiatives"].map((k) => policy.dimensions.find((d) => d.key === k)?.weight ?? 0);
  const points = (ratio: string): string => `IF(${ratio}<0,0,100*MIN(${ratio},1.2))`;
  const bands = [...policy.bands].sort((a, b) => b.min - a.min);
  return {
    row: (n) => {
      const share = `((K${n}-L${n})/K${n})`;
      const grade = bands.map((b) => `ROUND(M${n},2)>=${b.min},"${b.grade}"`).join(",");
      return [
        `=IF(COUNT(A${n},B${n},C${n})=0,"",(${w}*IF(ISNUMBER(A${n}),A${n},0)+${s}*IF(ISNUMBER(B${n}),B${n},0)+${i}*IF(ISNUMBER(C${n}),C${n},0))/(${w}*ISNUMBER(A${n})+${s}*ISNUMBER(B${n})+${i}*ISNUMBER(C${n})))`,
        `=IF(M${n}="","",IFS(${grade},TRUE(),"${policy.lowestGrade}"))`,
        `=IF(COUNT(D${n},E${n})<2,"",${points(`D${n}/E${n}`)})`,
        `=IF(COUNT(F${n},G${n})<2,"",ROUND(F${n}-G${n}-H${n},2))`,
        `=IF(COUNT(I${n},J${n})<2,"",IF(COUNT(K${n})=0,${points(`I${n}/J${n}`)},IF(OR(${share}<${policy.minPresence},${share}=0),"",${points(`I${n}/(J${n}*${share})`)})))`,
      ];
    },
  };
}

function workbook(inputs: RawCellContent[][], formulas: Formulas): Sheets {
  const header = ["Workload", "Sales", "Initiatives", "Calls", "Baseline", "Revenue", "Cost", "Refunds", "Actual", "Target", "Workdays", "Leave", "Total", "Grade", "Calls pts", "Net profit", "Month pts"];
  return { Reps: [header, ...inputs.map((row, r) => [...row, ...formulas.row(r + 2)])] };
}

/** Every output of every row, workbook `b` against `a`: numbers within the tolerance, everything else equal; no error anywhere. */
function compare(a: CellValue[][], b: CellValue[][], what: string): number {
  let largest = 0;
  for (let r = 1; r <= ROWS; r++) {
    for (let c = INPUTS; c < INPUTS + OUT.length; c++) {
      const [x, y] = [a[r]?.[c], b[r]?.[c]];
      const where = `${what}, row ${r + 1}, column ${OUT[c - INPUTS]}`;
      if (x instanceof DetailedCellError || y instanceof DetailedCellError) throw new Error(`An error at ${where}: ${String(x)} / ${String(y)}.`);
      if (typeof x === "number" && typeof y === "number") {
        largest = Math.max(largest, Math.abs(x - y));
        if (Math.abs(x - y) > TOLERANCE) throw new Error(`The workbooks disagree at ${where}: ${x} vs ${y}.`);
      } else if (x !== y) {
        throw new Error(`The workbooks disagree at ${where}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}.`);
      }
    }
  }
  return largest;
}

export async function runSpilledColumns(policy: Policy): Promise<Table> {
  setPolicy(policy);
  const unregister = await registerTele();
  try {
    const inputs = inputRows(SEED);
    const later = Array.from({ length: RECALC_PLAN.warmup + RECALC_PLAN.repetitions }, (_, k) => inputRows(SEED + 1 + k));
    const kinds = [spilled, perCell, nativeFormulas(policy)];
    const { builds, recalculations } = measureWorkbooks(
      kinds.map((f) => workbook(inputs, f)),
      later,
    );
    let largest = 0;
    for (const results of [builds.map((b) => b.result), recalculations.map((r) => r.result.values)]) {
      largest = Math.max(largest, compare(results[1], results[0], "spilled vs per cell"), compare(results[1], results[2], "native vs per cell"));
    }
    const [sp, pc, nat] = [0, 1, 2].map((k) => ({ build: builds[k].timing, recalc: recalculations[k].timing }));
    const ratio = (a: Timing, b: Timing): string => `${(a.medianMs / b.medianMs).toFixed(2)}×`;
    const row = (what: string, formulas: string, t: { build: Timing; recalc: Timing }): string[] => [
      what,
      formulas,
      ms(t.build.medianMs),
      ms(t.build.minMs),
      ms(t.recalc.medianMs),
      ms(t.recalc.minMs),
      `${ratio(t.recalc, pc.recalc)}`,
    ];
    return {
      title: `5. ${count(ROWS)} rows: one spilled TELE formula per column vs one TELE formula per cell vs native formulas (HyperFormula ${HyperFormula.version})`,
      headers: ["workbook", "formulas", "build + read, median ms", "min ms", "recalculate + read, median ms", "min ms", "recalculation vs per cell"],
      rows: [
        row("spilled TELE formulas", "5", sp),
        row("TELE formula per cell", count(ROWS * OUT.length), pc),
        row("native formulas", count(ROWS * OUT.length), nat),
      ],
      notes: [
        `Outputs per row: TOTAL_SCORE, GRADE of that total, BASELINE_SCORE, NET_PROFIT, MONTH_SCORE; 12 inputs a row from seed ${SEED}, ${100 * BLANK_SHARE}% of the optional values blank, a tenth of the months without workdays.`,
        `Builds: ${BUILD_PLAN.warmup} warm-up, ${BUILD_PLAN.repetitions} timed; recalculations: all inputs replaced by a new set (seeds ${SEED + 1} to ${SEED + later.length}) while evaluation is suspended, then resumeEvaluation and getSheetValues, ${RECALC_PLAN.warmup} warm-up, ${RECALC_PLAN.repetitions} timed; the three workbooks take turns.`,
        `Checked after the builds and after the last recalculation: all ${count(ROWS)} rows × ${OUT.length} outputs of the spilled and the native workbook equal the per-cell workbook's (blanks and grades exactly, numbers within ${TOLERANCE}; largest difference ${largest.toExponential(1)}), and no cell is an error.`,
        `Spilled row 2: ${spilled.row(2).map((f) => `\`${f}\``).join(" ")}`,
      ],
    };
  } finally {
    unregister();
  }
}
