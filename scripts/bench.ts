/**
 * `npm run bench`: the engine's throughput, exact money at volume, and the cost of TELE custom
 * functions in a formula engine against native formulas (issue 2, item 8). Prints Markdown that
 * goes into docs/benchmarks.md as it is. Each benchmark lives in scripts/bench/ and checks its own
 * results, so a fast wrong answer fails the run instead of being reported.
 */
import { performance } from "node:perf_hooks";
import { defaultPolicy } from "../src/engine/policy";
import { runCsvImport } from "./bench/csvImport";
import { runEngineThroughput } from "./bench/engineThroughput";
import { runFormulaRecalc } from "./bench/formulaRecalc";
import { loadAverage, machineInfo } from "./bench/machine";
import { runMoney } from "./bench/money";
import { runReviewGeneration } from "./bench/review";
import { runStartup } from "./bench/startup";
import { toMarkdown, type Table } from "./bench/table";

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log("## Machine\n");
  for (const [what, value] of machineInfo()) console.log(`- ${what}: ${value}`);
  const policy = defaultPolicy();
  const benchmarks: (() => Table | Promise<Table>)[] = [
    () => runEngineThroughput(policy),
    () => runMoney(),
    () => runFormulaRecalc(policy),
    () => runReviewGeneration(policy),
    () => runStartup(),
    () => runCsvImport(),
  ];
  for (const run of benchmarks) {
    const start = performance.now();
    const table = await run();
    console.log(`\n${toMarkdown({ ...table, notes: [...table.notes, `This benchmark took ${seconds(start)} s in all (data, warm-ups, checks).`] })}`);
  }
  console.log(`\nWhole bench: ${seconds(started)} s; load average at the end: ${loadAverage()}.`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
