/**
 * docs/security.md, "Cell values: fuzzing the TELE functions": every TELE function, called as Excel calls it with hostile cell values, returns
 * a finite number, a blank, a grade, a spill of the right shape or an Excel error with a message;
 * never NaN, Infinity, -0, another exception or a hang (scripts/fuzz/resultContract.ts). A fixed
 * seed keeps the run reproducible; `npm run fuzz` runs the same generators at a larger count.
 */
import "../support/customFunctionsGlobal";
import fc from "fast-check";
import { defaultPolicy } from "../../src/engine/policy";
import { resetPolicyStoreForTests, setPolicy } from "../../src/engine/policyStore";
import { EDGE_CELLS, EDGE_RANGES } from "../../scripts/fuzz/cellArbitraries";
import { checkCall } from "../../scripts/fuzz/resultContract";
import { TeleCall, VALID_CALLS, describeCall, loadTeleFunctions, teleCallArbitrary, type TeleFunction } from "../../scripts/fuzz/teleCalls";

/** Here a call is judged for hanging, not speed: the suite shares 2 cores with other tests (speed: npm run fuzz). */
const HANG_MS = 15_000;

const SEED = 20261127;
const RUNS = 2000;

let fns: TeleFunction[];

beforeAll(async () => {
  resetPolicyStoreForTests();
  setPolicy(defaultPolicy());
  fns = await loadTeleFunctions();
});

it("has a documented call for every TELE function, and each gives a value", async () => {
  expect(Object.keys(VALID_CALLS).sort()).toEqual(fns.map((f) => f.id).sort());
  for (const fn of fns) {
    expect(VALID_CALLS[fn.id]).toHaveLength(fn.parameters.length);
    const report = await checkCall(new TeleCall(fn, VALID_CALLS[fn.id]), HANG_MS);
    expect({ id: fn.id, problem: report.problem }).toEqual({ id: fn.id, problem: null });
    expect(["number", "text", "spill"]).toContain(report.outcome);
  }
});

it("keeps the contract with every edge value in any one argument of a documented call", async () => {
  const problems: string[] = [];
  for (const fn of fns) {
    for (const [i, parameter] of fn.parameters.entries()) {
      for (const value of parameter.range ? EDGE_RANGES : EDGE_CELLS) {
        const args = [...VALID_CALLS[fn.id]];
        args[i] = value;
        const call = new TeleCall(fn, args);
        const { problem } = await checkCall(call, HANG_MS);
        if (problem) problems.push(`${describeCall(call)}: ${problem}`);
      }
    }
  }
  expect(problems).toEqual([]);
}, 60_000);

/** Counterexamples the fuzz found (docs/security.md), kept so that each stays fixed whatever the seed. */
const FOUND: [string, unknown[]][] = [
  ["TOTAL_SCORE", [85, -1e308, 70]], // weight × score overflowed to -Infinity
  ["TOTAL_SCORE", [1e308, -1e308, 70]], // Infinity − Infinity: NaN
  ["WORKDAYS", [45298, 45297]], // Sunday back to Saturday: no workday, counted as -0
];

it.each(FOUND)("keeps the contract for the counterexample %s(%j)", async (id, args) => {
  const fn = fns.find((f) => f.id === id)!;
  expect((await checkCall(new TeleCall(fn, args), HANG_MS)).problem).toBeNull();
});

it(`keeps the contract over ${RUNS} generated calls (seed ${SEED})`, async () => {
  await fc.assert(
    fc.asyncProperty(teleCallArbitrary(fns), async (call) => {
      const { problem } = await checkCall(call, HANG_MS);
      if (problem) throw new Error(problem);
    }),
    { seed: SEED, numRuns: RUNS },
  );
}, 60_000);
