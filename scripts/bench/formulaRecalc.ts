/**
 * Benchmark 3: the same 10,000 rep-months computed twice in HyperFormula, in the same run: once
 * with TELE formulas (registered through src/workbench/teleFormulaPlugin.ts from the functions.json
 * the generator makes, as the formula tests do) and once with the same math in native formulas.
 * Both workbooks hold the same inputs and the same eight output columns, cell for cell; only the
 * formulas differ. Every output of every row is compared, so the ratio compares equal work.
 *
 * The sales dimension (a weighted mix of revenue, profit and CSAT points) has no TELE function:
 * a manager writes it as a native formula, so that column is the same native formula in both.
 */
import "../../test/support/customFunctionsGlobal";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { DetailedCellError, HyperFormula, type CellValue, type RawCellContent, type Sheets } from "hyperformula";
import { findMetric, type Metric, type Policy } from "../../src/engine/policy";
import { setPolicy } from "../../src/engine/policyStore";
import * as functions from "../../src/functions/functions";
import { registerCustomFunctions, type CustomFunctionImplementation, type CustomFunctionsMetadata } from "../../src/workbench/teleFormulaPlugin";
import { generateRepMonths, type RepMonth } from "./repMonths";
import { scoreRepMonth } from "./scoreRepMonth";
import { count, ms, type Table } from "./table";
import { measureAlternating, type Plan, type Subject, type Timing } from "./timing";

const ROWS = 10_000;
const SEED = 20_240_603;
export const BUILD_PLAN: Plan = { warmup: 1, repetitions: 3 };
export const RECALC_PLAN: Plan = { warmup: 1, repetitions: 5 };
/** smartRounding off: plain IEEE arithmetic and unrounded values out, as in the engine, so the checks below compare raw results. */
const CONFIG = { licenseKey: "gpl-v3", smartRounding: false };
/** Largest difference accepted between a TELE result and its native twin. */
const TOLERANCE = 1e-9;

/** Input columns, A to L. */
const IN = {
  position: "A",
  calls: "B",
  talk_minutes: "C",
  customers: "D",
  revenue: "E",
  revenueTarget: "F",
  net_profit: "G",
  profitTarget: "H",
  satisfaction: "I",
  team_building: "J",
  customer_service: "K",
  sales_skills: "L",
} as const;

/** Output columns, M to T, in the order the outputs are listed below. */
const OUT = { workload: "M", revenue: "N", netProfit: "O", satisfaction: "P", sales: "Q", initiatives: "R", total: "S", grade: "T" } as const;

interface Output {
  header: string;
  tele: (row: number) => string;
  native: (row: number) => string;
}

function inputRow(r: RepMonth): RawCellContent[] {
  const v = r.values;
  return [
    r.position,
    v.calls,
    v.talk_minutes,
    v.customers,
    v.revenue,
    r.targets.revenue,
    v.net_profit,
    r.targets.net_profit,
    v.satisfaction,
    v.team_building,
    v.customer_service,
    v.sales_skills,
  ];
}

function inputColumn(key: string): string {
  if (!(key in IN)) throw new Error(`The bench sheet has no input column for "${key}".`);
  return IN[key as keyof typeof IN];
}

function metricOf(policy: Policy, key: string): Metric {
  const metric = findMetric(policy, key)?.metric;
  if (!metric) throw new Error(`The policy has no metric "${key}".`);
  if (metric.direction !== "higher") throw new Error(`The native sheet writes direction "higher" only; "${key}" is "${metric.direction}".`);
  return metric;
}

function dimensionOf(policy: Policy, key: string) {
  const dimension = policy.dimensions.find((d) => d.key === key);
  if (!dimension) throw new Error(`The policy has no dimension "${key}".`);
  return dimension;
}

/** Points for direction higher (docs/method.md, "Points"): 0 below the floor, else 100 × MIN(a, cap) (a < 0 is below any floor >= 0). */
function pointsFormula(ratio: string, metric: Metric): string {
  return `IF(${ratio}<${metric.floor},0,100*MIN(${ratio},${metric.cap}))`;
}

/** Σ wᵢpᵢ / Σ wᵢ over the cells that hold a number; blank ("") when none does (docs/method.md, "Missing data"). */
function weightedMeanFormula(terms: { cell: string; weight: number; points?: string }[]): string {
  const cells = terms.map((t) => t.cell).join(",");
  const weighted = terms.map((t) => `${t.weight}*IF(ISNUMBER(${t.cell}),${t.points ?? t.cell},0)`).join("+");
  const weights = terms.map((t) => `${t.weight}*ISNUMBER(${t.cell})`).join("+");
  return `IF(COUNT(${cells})=0,"",(${weighted})/(${weights}))`;
}

/** Blank when any of the cells is blank (a required input), else the formula. */
function whenAll(cells: string[], formula: string): string {
  return `IF(COUNT(${cells.join(",")})<${cells.length},"",${formula})`;
}

/** The policy's baselines as a lookup table: a header row, then one row per position. */
function baselineSheet(policy: Policy, keys: string[]): RawCellContent[][] {
  return [["Position", ...keys], ...policy.baselines.map((b) => [b.position, ...keys.map((k) => b.values[k])])];
}

function outputs(policy: Policy, workloadKeys: string[]): Output[] {
  const at = (column: string, row: number): string => `${column}${row}`;
  const weightsOf = (dimensionKey: string) => new Map(dimensionOf(policy, dimensionKey).metrics.map((m) => [m.key, m.weight]));
  const workload = weightsOf("workload");
  const sales = weightsOf("sales");
  const initiatives = weightsOf("initiatives");
  const lastColumn = String.fromCharCode("A".charCodeAt(0) + workloadKeys.length);
  const lookup = `Baselines!$A$2:$${lastColumn}$${policy.baselines.length + 1}`;
  const satisfaction = metricOf(policy, "satisfaction");
  const csatTarget = satisfaction.target;
  if (csatTarget === undefined) throw new Error("The policy has no CSAT target.");
  const targetScored = (actual: string, target: string, key: string) => (row: number) =>
    whenAll([at(actual, row), at(target, row)], pointsFormula(`${at(actual, row)}/${at(target, row)}`, metricOf(policy, key)));
  const salesMix = (row: number): string =>
    weightedMeanFormula([
      { cell: at(OUT.revenue, row), weight: sales.get("revenue") ?? 0 },
      { cell: at(OUT.netProfit, row), weight: sales.get("net_profit") ?? 0 },
      { cell: at(OUT.satisfaction, row), weight: sales.get("satisfaction") ?? 0 },
    ]);
  const grade = (row: number): string => {
    const score = `ROUND(${at(OUT.total, row)},2)`;
    const bands = [...policy.bands].sort((a, b) => b.min - a.min).map((b) => `${score}>=${b.min},"${b.grade}"`);
    return `IF(${at(OUT.total, row)}="","",IFS(${bands.join(",")},TRUE(),"${policy.lowestGrade}"))`;
  };
  return [
    {
      header: "Workload",
      tele: (r) => `TELE.WORKLOAD_SCORE(${at(IN.calls, r)},${at(IN.talk_minutes, r)},${at(IN.customers, r)},${at(IN.position, r)})`,
      native: (r) =>
        weightedMeanFormula(
          workloadKeys.map((key, i) => {
            const cell = at(inputColumn(key), r);
            const baseline = `VLOOKUP(${at(IN.position, r)},${lookup},${i + 2},FALSE())`;
            return { cell, weight: workload.get(key) ?? 0, points: pointsFormula(`${cell}/${baseline}`, metricOf(policy, key)) };
          }),
        ),
    },
    {
      header: "Revenue pts",
      tele: (r) => `TELE.SALES_SCORE(${at(IN.revenue, r)},${at(IN.revenueTarget, r)})`,
      native: targetScored(IN.revenue, IN.revenueTarget, "revenue"),
    },
    {
      header: "Profit pts",
      tele: (r) => `TELE.PROFIT_SCORE(${at(IN.net_profit, r)},${at(IN.profitTarget, r)})`,
      native: targetScored(IN.net_profit, IN.profitTarget, "net_profit"),
    },
    {
      header: "CSAT pts",
      tele: (r) => `TELE.BASELINE_SCORE(${at(IN.satisfaction, r)},${csatTarget})`,
      native: (r) => whenAll([at(IN.satisfaction, r)], pointsFormula(`${at(IN.satisfaction, r)}/${csatTarget}`, satisfaction)),
    },
    { header: "Sales", tele: salesMix, native: salesMix },
    {
      header: "Initiatives",
      tele: (r) => `TELE.INITIATIVE_SCORE(${at(IN.team_building, r)},${at(IN.customer_service, r)},${at(IN.sales_skills, r)})`,
      native: (r) =>
        weightedMeanFormula(
          (["team_building", "customer_service", "sales_skills"] as const).map((key) => ({
            cell: at(IN[key], r),
            weight: initiatives.get(key) ?? 0,
            points: `100*${at(IN[key], r)}/${policy.ratingScale}`,
          })),
        ),
    },
    {
      header: "Total",
      tele: (r) => `TELE.TOTAL_SCORE(${at(OUT.workload, r)},${at(OUT.sales, r)},${at(OUT.initiatives, r)})`,
      native: (r) =>
        weightedMeanFormula(
          (
            [
              [OUT.workload, "workload"],
              [OUT.sales, "sales"],
              [OUT.initiatives, "initiatives"],
            ] as const
          ).map(([column, key]) => ({ cell: at(column, r), weight: dimensionOf(policy, key).weight })),
        ),
    },
    { header: "Grade", tele: (r) => `TELE.GRADE(${at(OUT.total, r)})`, native: grade },
  ];
}

function workbooks(policy: Policy, repMonths: RepMonth[]): { tele: Sheets; native: Sheets; formulaCells: number } {
  const workloadKeys = dimensionOf(policy, "workload").metrics.filter((m) => m.scoring === "baseline").map((m) => m.key);
  const columns = outputs(policy, workloadKeys);
  const header = [...Object.keys(IN), ...columns.map((c) => c.header)];
  const sheet = (kind: "tele" | "native"): Sheets => ({
    Reps: [header, ...repMonths.map((r, i) => [...inputRow(r), ...columns.map((c) => `=${c[kind](i + 2)}`)])],
    Baselines: baselineSheet(policy, workloadKeys),
  });
  return { tele: sheet("tele"), native: sheet("native"), formulaCells: repMonths.length * columns.length };
}

function repsId(hf: HyperFormula): number {
  const id = hf.getSheetId("Reps");
  if (id === undefined) throw new Error("The workbook has no Reps sheet.");
  return id;
}

/**
 * A fresh build of the workbook, timed with its read: HyperFormula parses and evaluates every
 * formula. The instance stays open in `open[slot]` (the previous one is destroyed, untimed, before
 * the next build), so that the last one built goes on to the recalculations.
 */
function build(sheets: Sheets, open: HyperFormula[], slot: number): Subject<CellValue[][]> {
  return {
    prepare: () => open[slot]?.destroy(),
    run: () => {
      const hf = (open[slot] = HyperFormula.buildFromSheets(sheets, CONFIG));
      return hf.getSheetValues(repsId(hf));
    },
  };
}

/** A recalculation's values, and which of the input sets it computed. */
interface Recalculated {
  values: CellValue[][];
  set: number;
}

/**
 * Recalculation alone, no parsing, on a built workbook: with evaluation suspended, every input cell
 * is replaced (untimed) by the next input set, as when next month's data is pasted; then resuming
 * evaluation recomputes every formula, and that and the read are timed.
 */
function recalculation(hf: HyperFormula, inputSets: RawCellContent[][][]): Subject<Recalculated> {
  const id = repsId(hf);
  let set = -1;
  return {
    prepare: () => {
      set += 1;
      hf.suspendEvaluation();
      hf.setCellContents({ sheet: id, col: 0, row: 1 }, inputSets[set]);
    },
    run: () => {
      hf.resumeEvaluation();
      return { values: hf.getSheetValues(id), set };
    },
  };
}

/** The workbooks' builds, then their recalculations, the workbooks taking turns in both. */
export function measureWorkbooks(
  workbooks: Sheets[],
  inputSets: RawCellContent[][][],
): { builds: { timing: Timing; result: CellValue[][] }[]; recalculations: { timing: Timing; result: Recalculated }[] } {
  const open: HyperFormula[] = [];
  try {
    const builds = measureAlternating(
      workbooks.map((sheets, slot) => build(sheets, open, slot)),
      BUILD_PLAN,
    );
    const recalculations = measureAlternating(
      open.map((hf) => recalculation(hf, inputSets)),
      RECALC_PLAN,
    );
    return { builds, recalculations };
  } finally {
    open.forEach((hf) => hf.destroy());
  }
}

/**
 * The TELE workbook's totals and grades against the engine's own path (scoreRepMonth) on the inputs
 * the sheet holds: the sheets name no period, so no seasonal factor. With the TELE/native comparison
 * this ties all three together, and it proves a recalculation computed the new inputs.
 */
function checkAgainstEngine(policy: Policy, values: CellValue[][], repMonths: RepMonth[], when: string): void {
  const [total, grade] = [OUT.total, OUT.grade].map((column) => column.charCodeAt(0) - "A".charCodeAt(0));
  repMonths.forEach((repMonth, i) => {
    const expected = scoreRepMonth(policy, { ...repMonth, month: undefined });
    const [t, g] = [values[i + 1][total], values[i + 1][grade]];
    const totalAgrees = expected.total === null ? t === "" : typeof t === "number" && Math.abs(t - expected.total) <= TOLERANCE;
    if (!totalAgrees || g !== (expected.grade ?? "")) {
      throw new Error(`${when}, row ${i + 2}: the sheet has ${String(t)} ${String(g)}, the engine ${expected.total} ${expected.grade}.`);
    }
  });
}

/** Every output cell of every row, TELE against native; throws on the first disagreement. Returns the largest difference and the blank outputs counted. */
function compare(tele: CellValue[][], native: CellValue[][]): { largest: number; blanks: number } {
  const firstOutput = Object.keys(IN).length;
  let largest = 0;
  let blanks = 0;
  for (let r = 1; r < tele.length; r++) {
    for (let c = firstOutput; c < tele[r].length; c++) {
      const [a, b] = [tele[r][c], native[r][c]];
      const where = `row ${r + 1}, column ${String.fromCharCode(65 + c)}`;
      if (a instanceof DetailedCellError || b instanceof DetailedCellError) {
        throw new Error(`An error at ${where}: TELE ${String(a?.toString())}, native ${String(b?.toString())}.`);
      }
      if (typeof a === "number" && typeof b === "number") {
        largest = Math.max(largest, Math.abs(a - b));
        if (Math.abs(a - b) > TOLERANCE) throw new Error(`TELE and native disagree at ${where}: ${a} vs ${b}.`);
      } else if (a !== b) {
        throw new Error(`TELE and native disagree at ${where}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}.`);
      } else if (a === "") {
        blanks += 1;
      }
    }
  }
  return { largest, blanks };
}

export async function registerTele(): Promise<() => void> {
  const generated = await generateCustomFunctionsMetadata(path.join(__dirname, "../../src/functions/functions.ts"));
  if (generated.errors.length > 0) throw new Error(`functions.json could not be generated:\n${generated.errors.join("\n")}`);
  const metadata = JSON.parse(generated.metadataJson) as CustomFunctionsMetadata;
  const exported = functions as unknown as Record<string, CustomFunctionImplementation>;
  return registerCustomFunctions(metadata, Object.fromEntries(generated.associate.map(({ id, functionName }) => [id, exported[functionName]])));
}

export async function runFormulaRecalc(policy: Policy): Promise<Table> {
  setPolicy(policy); // loaded before the first formula, so the TELE functions answer synchronously
  const unregister = await registerTele();
  try {
    const repMonths = generateRepMonths(policy, ROWS, SEED);
    // A new month of inputs for every recalculation, so each one changes every row.
    const laterMonths = Array.from({ length: RECALC_PLAN.warmup + RECALC_PLAN.repetitions }, (_, k) => generateRepMonths(policy, ROWS, SEED + 1 + k));
    const { tele, native, formulaCells } = workbooks(policy, repMonths);
    const { builds, recalculations } = measureWorkbooks(
      [tele, native],
      laterMonths.map((month) => month.map(inputRow)),
    );
    const [teleBuild, nativeBuild] = builds;
    const [teleRecalc, nativeRecalc] = recalculations;
    const built = compare(teleBuild.result, nativeBuild.result);
    const recalculated = compare(teleRecalc.result.values, nativeRecalc.result.values);
    checkAgainstEngine(policy, teleBuild.result, repMonths, "After the builds");
    checkAgainstEngine(policy, teleRecalc.result.values, laterMonths[teleRecalc.result.set], "After the last recalculation");

    const ratio = (a: Timing, b: Timing): string => `${(a.medianMs / b.medianMs).toFixed(2)}×`;
    const perCell = (t: Timing): string => `${((1000 * t.medianMs) / formulaCells).toFixed(1)} µs`;
    const row = (what: string, build: Timing, recalc: Timing): string[] => [
      what,
      ms(build.medianMs),
      ms(build.minMs),
      ms(recalc.medianMs),
      ms(recalc.minMs),
      perCell(recalc),
    ];
    return {
      title: `3. Formula recalculation: ${count(ROWS)} rows of TELE formulas vs the same math in native formulas (HyperFormula ${HyperFormula.version})`,
      headers: ["workbook", "build + read, median ms", "min ms", "recalculate + read, median ms", "min ms", "recalculation per formula cell"],
      rows: [
        row("TELE formulas", teleBuild.timing, teleRecalc.timing),
        row("native formulas", nativeBuild.timing, nativeRecalc.timing),
        ["ratio TELE / native", ratio(teleBuild.timing, nativeBuild.timing), "", ratio(teleRecalc.timing, nativeRecalc.timing), "", ""],
      ],
      notes: [
        `${count(formulaCells)} formula cells per workbook (8 per row: workload, revenue, profit and CSAT points, sales mix, ` +
          `initiatives, total, grade), 12 input cells per row, inputs from seed ${SEED}.`,
        `build + read: HyperFormula.buildFromSheets (parse and evaluate every formula) and getSheetValues; ` +
          `${BUILD_PLAN.warmup} warm-up, ${BUILD_PLAN.repetitions} timed repetitions, the two workbooks taking turns.`,
        `recalculate + read: all ${count(ROWS * Object.keys(IN).length)} input cells replaced by a new month's ` +
          `(seeds ${SEED + 1} to ${SEED + laterMonths.length}) while evaluation is suspended (not timed), then resumeEvaluation and getSheetValues; ` +
          `${RECALC_PLAN.warmup} warm-up, ${RECALC_PLAN.repetitions} timed repetitions, taking turns.`,
        `Checked, after the builds and after the last recalculation: all ${count(ROWS)} rows × 8 outputs agree between the two workbooks ` +
          `(largest difference ${Math.max(built.largest, recalculated.largest).toExponential(1)}, tolerance ${TOLERANCE}); ` +
          `${count(built.blanks)} outputs are blank in both, from blank inputs; no cell is an error. ` +
          `Every total and grade also equals the engine's own path (scoreRepMonth), after the builds and after the last recalculation.`,
        `TELE row 2: ${formulasOf(tele, 2)}`,
        `native row 2: ${formulasOf(native, 2)}`,
      ],
    };
  } finally {
    unregister();
  }
}

/** The formulas of a row, for the record. */
function formulasOf(sheets: Sheets, row: number): string {
  const cells = sheets.Reps[row - 1].slice(Object.keys(IN).length);
  return cells.map((c) => `\`${String(c)}\``).join(" ");
}
