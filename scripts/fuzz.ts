/**
 * `npm run fuzz -- [--seed N] [--runs N]`: the TELE functions fuzz (docs/security.md, "Cell values: fuzzing the TELE functions") at a size the
 * jest suite has no time for. Calls every function with generated cell values (scripts/fuzz/),
 * checks each result against the contract (scripts/fuzz/resultContract.ts), and prints the calls,
 * the seconds and the failures; the first failure is then replayed and shrunk to a small
 * counterexample. Exit code 1 when any call fails. Without --seed a seed is picked and printed.
 */
import "../test/support/customFunctionsGlobal";
import fc from "fast-check";
import { defaultPolicy } from "../src/engine/policy";
import { setPolicy } from "../src/engine/policyStore";
import { checkCall, type Outcome } from "./fuzz/resultContract";
import { describeCall, loadTeleFunctions, teleCallArbitrary, type TeleCall } from "./fuzz/teleCalls";

const DEFAULT_RUNS = 20_000;
const PROGRESS_EVERY_MS = 15_000;
const FAILURES_SHOWN = 10;

/** `--name N` or `--name=N`, a whole number; `fallback` when absent. */
function option(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return fallback;
  const raw = args[at].includes("=") ? args[at].split("=")[1] : args[at + 1];
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, not ${raw}`);
  return value;
}

type Tally = Record<Outcome, number>;
const emptyTally = (): Tally => ({ number: 0, text: 0, blank: 0, spill: 0, error: 0 });

async function main(): Promise<void> {
  const seed = option("seed", Date.now() % 2 ** 31);
  const runs = option("runs", DEFAULT_RUNS);
  setPolicy(defaultPolicy());
  const fns = await loadTeleFunctions();
  console.log(`TELE fuzz ${new Date().toISOString()}: seed ${seed}, ${runs} calls over ${fns.length} functions`);

  const tallies = new Map(fns.map((f) => [f.id, emptyTally()]));
  const failures: { index: number; call: string; problem: string }[] = [];
  /** "TOTAL_SCORE: returned Infinity" -> how many calls failed that way. */
  const kinds = new Map<string, number>();
  const slowest = { ms: 0, call: "" };
  const longestMessage = { length: 0, call: "" };
  const started = performance.now();
  let lastProgress = started;
  let calls = 0;

  const record = async (call: TeleCall): Promise<boolean> => {
    const report = await checkCall(call);
    const index = calls++;
    if (report.problem) {
      failures.push({ index, call: describeCall(call), problem: report.problem });
      const kind = `${call.fn.id}: ${report.problem.replace(/\d+(?= (ms|rows|cells))|(?<=(row|column|of) )\d+/g, "N")}`;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    else if (report.outcome) tallies.get(call.fn.id)![report.outcome]++;
    if (report.ms > slowest.ms) Object.assign(slowest, { ms: report.ms, call: describeCall(call) });
    if ((report.messageLength ?? 0) > longestMessage.length) Object.assign(longestMessage, { length: report.messageLength, call: describeCall(call) });
    const now = performance.now();
    if (now - lastProgress > PROGRESS_EVERY_MS) {
      lastProgress = now;
      console.log(`  ${calls} calls, ${((now - started) / 1000).toFixed(0)} s, ${failures.length} failures`);
    }
    return true; // every call runs; failures are counted, then the first is shrunk below
  };
  await fc.check(fc.asyncProperty(teleCallArbitrary(fns), record), { seed, numRuns: runs });
  const seconds = (performance.now() - started) / 1000;

  console.log("\nfunction          numbers  texts  blanks  spills  errors");
  for (const [id, t] of tallies) {
    console.log(`${id.padEnd(17)} ${[t.number, t.text, t.blank, t.spill, t.error].map((n) => String(n).padStart(7)).join(" ")}`);
  }
  console.log(`\nslowest call: ${slowest.ms.toFixed(1)} ms, ${slowest.call.slice(0, 200)}`);
  console.log(`longest error message: ${longestMessage.length} characters, ${longestMessage.call.slice(0, 200)}`);
  console.log(`\ncalls: ${calls}, seconds: ${seconds.toFixed(1)}, failures: ${failures.length} (seed ${seed})`);
  if (failures.length === 0) return;

  process.exitCode = 1;
  for (const [kind, count] of kinds) console.log(`  ${String(count).padStart(7)} × ${kind}`);
  for (const f of failures.slice(0, FAILURES_SHOWN)) console.log(`  call #${f.index}: ${f.call.slice(0, 300)}\n    ${f.problem}`);
  console.log(`\nShrinking call #${failures[0].index}…`);
  const shrunk = await fc.check(
    fc.asyncProperty(teleCallArbitrary(fns), async (call) => (await checkCall(call)).problem === null),
    { seed, numRuns: runs, path: String(failures[0].index) },
  );
  console.log(fc.defaultReportMessage(shrunk) ?? "it passed on replay (a time limit that depends on load?)");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
