/**
 * `npm run bench`: the engine's throughput, the TELE functions against inline JavaScript, exact
 * money at volume and over a million cells, the cost of TELE custom functions in a formula engine
 * against native formulas, whole columns in one spilled formula, and review generation
 * (docs/benchmarks.md). Prints Markdown that
 * goes into docs/benchmarks.md as it is. Each benchmark lives in scripts/bench/ and checks its own
 * results, so a fast wrong answer fails the run instead of being reported.
 */
import { performance } from "node:perf_hooks";
import { defaultPolicy } from "../src/engine/policy";
import { runCsvImport } from "./bench/csvImport";
import { runEngineThroughput } from "./bench/engineThroughput";
import { runFormulaRecalc } from "./bench/formulaRecalc";
import { runLargeRanges } from "./bench/largeRanges";
import { loadAverage, machineInfo } from "./bench/machine";
import { runMoney } from "./bench/money";
import { runReviewGeneration, runReviewRegeneration } from "./bench/review";
import { runSpilledColumns } from "./bench/spilledColumns";
import { runStartup } from "./bench/startup";
import { toMarkdown, type Table } from "./bench/table";
import { runTeleVsInline } from "./bench/teleVsInline";

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
    () => runTeleVsInline(policy),
    () => runMoney(),
    () => runLargeRanges(),
    () => runFormulaRecalc(policy),
    () => runSpilledColumns(policy),
    () => runReviewGeneration(policy),
    () => runReviewRegeneration(policy),
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
