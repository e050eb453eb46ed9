/**
 * Benchmark 4: the TELE functions over a million cells, as Excel passes a column: ALLOCATE (time
 * and memory), RECONCILE, and NET_PROFIT over a million rows, both as one spilled formula and row
 * by row in the engine. Memory is measured in a child process (largeRangeMemory.ts), where the
 * call's peak resident memory is not mixed with this process's other work. Results are checked:
 * ALLOCATE's shares add up to the total exactly, RECONCILE's difference and every net profit equal
 * integer-cent arithmetic done here.
 */
import "../../test/support/customFunctionsGlobal";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { netProfit as engineNetProfit } from "../../src/engine/money";
import * as tele from "../../src/functions/functions";
import { BLANK_SHARE } from "./repMonths";
import { seededRandom } from "./random";
import { count, ms, type Table } from "./table";
import { measure, perSecond, type Plan, type Timing } from "./timing";

const CELLS = 1_000_000;
const SEED = 20_240_606;
const PLAN: Plan = { warmup: 1, repetitions: 5 };
const MB = 1024 * 1024;

/** A column of a million amounts in whole cents (up to 10,000.00), 5 % blank, as Excel passes a range: rows of one cell. */
export function largeColumn(seed = SEED): (number | null)[][] {
  const random = seededRandom(seed);
  return Array.from({ length: CELLS }, () => [random.chance(BLANK_SHARE) ? null : random.int(0, 1_000_000) / 100]);
}

interface Memory {
  ms: number;
  inputBytes: number;
  rssBeforeCall: number;
  peakRss: number;
  resultBytes: number;
  cells: number;
}

function memoryOf(fn: "ALLOCATE" | "RECONCILE"): Memory {
  const script = path.join(__dirname, "largeRangeMemory.ts");
  const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", script, fn], { encoding: "utf8", cwd: path.join(__dirname, "../..") });
  return JSON.parse(out.trim().split("\n").pop() as string) as Memory;
}

const centsOf = (x: number | null): number => (x === null ? 0 : Math.round(x * 100));

/** ALLOCATE's shares add up to the total in cents, blanks stay blank: checked with integer cents. */
function checkAllocation(column: (number | null)[][], shares: unknown[][], totalCents: number): void {
  let sum = 0;
  shares.forEach(([s], r) => {
    if (column[r][0] === null ? s !== "" : typeof s !== "number") throw new Error(`ALLOCATE row ${r + 1}: ${String(s)} for ${column[r][0]}.`);
    if (typeof s === "number") sum += Math.round(s * 100);
  });
  if (sum !== totalCents) throw new Error(`ALLOCATE's shares add up to ${sum} cents, not ${totalCents}.`);
}

export function runLargeRanges(): Table {
  const column = largeColumn();
  const revenue = column;
  const cost = largeColumn(SEED + 1).map(([c]) => [c === null ? 0 : c]);
  const refunds = largeColumn(SEED + 2);
  const totalCents = 100_000_000;

  const allocation = measure(() => tele.allocate(column, totalCents / 100) as unknown[][], PLAN);
  checkAllocation(column, allocation.result, totalCents);
  const reconciliation = measure(() => tele.reconcile(column, 0), PLAN);
  const expectedSum = column.reduce((s, [a]) => s + centsOf(a), 0);
  if (reconciliation.result !== expectedSum / 100) throw new Error(`RECONCILE gives ${reconciliation.result}, integer cents ${expectedSum / 100}.`);
  const spilled = measure(() => tele.netProfit(revenue, cost, refunds) as unknown[][], PLAN);
  const engine = measure(() => revenue.map(([r], i) => (r === null ? null : engineNetProfit(r, cost[i][0] as number, refunds[i][0]))), PLAN);
  revenue.forEach(([r], i) => {
    const expected = r === null ? "" : (centsOf(r) - centsOf(cost[i][0]) - centsOf(refunds[i][0])) / 100;
    if (spilled.result[i][0] !== expected || (engine.result[i] ?? "") !== expected) {
      throw new Error(`NET_PROFIT row ${i + 1}: spilled ${String(spilled.result[i][0])}, engine ${engine.result[i]}, integer cents ${expected}.`);
    }
  });

  const allocateMemory = memoryOf("ALLOCATE");
  const reconcileMemory = memoryOf("RECONCILE");
  const mb = (bytes: number): string => `${(bytes / MB).toFixed(0)} MB`;
  const memory = (m: Memory): string =>
    `peak +${mb(m.peakRss - m.rssBeforeCall)} (${((m.peakRss - m.rssBeforeCall) / m.inputBytes).toFixed(2)}× the input's ${mb(m.inputBytes)}); result ${mb(m.resultBytes)}`;
  const row = (what: string, t: Timing, mem: string): string[] => [what, ms(t.medianMs), ms(t.minMs), ms(t.cpuMedianMs), `${count(perSecond(CELLS, t))} cells/s`, mem];
  return {
    title: `4. A million cells: ALLOCATE, RECONCILE and NET_PROFIT through the TELE functions`,
    headers: ["what is timed", "median ms", "min ms", "CPU median ms", "throughput (median)", "memory (child process, one call)"],
    rows: [
      row("TELE.ALLOCATE(1,000,000 cells, 1,000,000.00), spilled", allocation.timing, memory(allocateMemory)),
      row("TELE.RECONCILE(1,000,000 cells, 0)", reconciliation.timing, memory(reconcileMemory)),
      row("TELE.NET_PROFIT(3 columns of 1,000,000 rows), one spilled call", spilled.timing, ""),
      row("engine netProfit row by row, 1,000,000 rows", engine.timing, ""),
    ],
    notes: [
      `${PLAN.warmup} warm-up, ${PLAN.repetitions} timed repetitions; amounts in whole cents up to 10,000.00 from seed ${SEED}, ${100 * BLANK_SHARE}% blank; each range as Excel passes it (a million rows of one cell).`,
      `Memory, in a child process with a fresh heap: the input's size is the heap the range takes once built (after a full GC); the peak is the largest resident set during the call minus the resident set just before it; the result is the heap its spill holds. One call each: ALLOCATE took ${ms(allocateMemory.ms)} ms there, RECONCILE ${ms(reconcileMemory.ms)} ms.`,
      `Checked: ALLOCATE's ${count(CELLS)} shares add up to the total exactly in cents with blanks left blank; RECONCILE's difference equals the integer-cent sum; every net profit, spilled and row by row, equals integer-cent arithmetic.`,
    ],
  };
}
