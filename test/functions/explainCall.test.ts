/**
 * The explain mode of the TELE functions: over generated calls of every function, the explained
 * value is the cell's value, the last step of the trace is that value, and every recorded step
 * agrees with METHOD.md's formula for it (recomputed here from the step's own numbers). "What it
 * takes" is checked by calling the function with the proposed input: it reaches the band, and one
 * step less does not.
 */
import "../support/customFunctionsGlobal";
import fc from "fast-check";
import { defaultPolicy } from "../../src/engine/policy";
import { resetPolicyStoreForTests, setPolicy } from "../../src/engine/policyStore";
import { roundHalfAwayFromZero } from "../../src/engine/total";
import type { TraceStep } from "../../src/engine/trace";
import { explainCall, teleFunction } from "../../src/functions/explainCall";
import { cell as oneCell } from "../support/oneCell";
import { loadTeleFunctions, teleCallArbitrary, type TeleFunction } from "../../scripts/fuzz/teleCalls";

fc.configureGlobal({ seed: 20261203, numRuns: 400 });

let fns: TeleFunction[];
beforeAll(async () => {
  const all = await loadTeleFunctions();
  // The whole-column functions (docs/functions.md) spill only for ranges; one cell is explained as
  // a call with one value per argument.
  const perCell = all
    .filter((f) => WHOLE_COLUMN.has(f.id))
    .map((f) => ({ ...f, spills: false, parameters: f.parameters.map((p) => ({ ...p, range: false })) }));
  fns = [...all.filter((f) => !f.spills), ...perCell];
});

const WHOLE_COLUMN = new Set(["BASELINE_SCORE", "MONTH_SCORE", "NET_PROFIT", "TOTAL_SCORE", "GRADE"]);

beforeEach(() => {
  resetPolicyStoreForTests();
  setPolicy(defaultPolicy());
});

/** What the cell shows: its value, or the error's code and message. */
function cell(call: () => unknown): unknown {
  try {
    const shown = call();
    // The whole-column functions answer one cell with a 1 × 1 spill.
    return Array.isArray(shown) && shown.length === 1 && Array.isArray(shown[0]) && shown[0].length === 1 ? shown[0][0] : shown;
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return { code: e.code, message: e.message };
    throw e;
  }
}

const CODES = { value: "#VALUE!", num: "#NUM!", na: "#N/A" } as const;

/** Steps that produce a number, with it: the last one is what the function returned. */
const VALUE_STEPS = new Set(["baseline", "points", "qualityBlend", "rating", "csat", "netProfit", "weights"]);

/** The step's own numbers put through METHOD.md's formula for it. */
function agreesWithMethod(s: TraceStep): boolean {
  const same = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  switch (s.kind) {
    case "attainment": {
      const ratio = s.actual / s.target;
      return same(s.value, Math.max(s.direction === "lower" ? 2 - ratio : ratio, 0));
    }
    case "points":
      return same(s.value, s.attainment < s.floor ? 0 : 100 * Math.min(s.attainment, s.cap));
    case "proration":
      return same(s.value, s.target * s.presence);
    case "presence":
      return same(s.value, (s.workdays - s.leaveDays) / s.workdays) && s.evaluated === (s.value >= s.minPresence && s.value > 0);
    case "qualityBlend":
      return same(s.value, (1 - s.weight) * s.base + s.weight * s.quality);
    case "rating":
      return same(s.value, (100 * s.rating) / s.scaleMax);
    case "csat":
      return same(s.value, s.method === "top2" ? (100 * s.top) / s.count : (100 * (s.mean - 1)) / (s.scaleMax - 1));
    case "baseline":
      return same(s.value, s.base * (s.seasonal ?? 1));
    case "weights": {
      const present = s.items.filter((i) => i.points !== null);
      const w = present.reduce((sum, i) => sum + i.weight, 0);
      if (w === 0) return s.value === null;
      return s.value !== null && same(s.value, present.reduce((sum, i) => sum + i.weight * (i.points as number), 0) / w);
    }
    case "rounding":
      return s.rounded === roundHalfAwayFromZero(s.value, s.decimals);
    default:
      return true;
  }
}

describe("explainCall over generated calls of every function", () => {
  it("covers every function that returns one value", () => {
    expect(fns.map((f) => f.id).sort()).toEqual(expect.arrayContaining(["TOTAL_SCORE", "METRIC_SCORE", "DIMENSION_SCORE", "GRADE", "CSAT"]));
    for (const f of fns) expect(teleFunction(f.id)).toBe(f.call);
  });

  it("gives the cell's value, ends its trace on it, and each step agrees with the method", () => {
    fc.assert(
      fc.property(teleCallArbitrary(fns), (call) => {
        const args = [...call.args];
        const shown = cell(() => call.fn.call(...args));
        const x = explainCall(call.fn.id, args);
        if (x.error) {
          expect(shown).toEqual({ code: CODES[x.error.kind], message: x.error.message });
          expect(x.result).toBeNull();
        } else {
          expect(x.result).toEqual(shown);
          const inputs = x.steps.filter((s) => s.kind === "input").map((s) => (s.kind === "input" ? s.param : ""));
          expect(inputs).toEqual(call.fn.parameters.map((p) => p.name));
          const last = [...x.steps].reverse().find((s) => VALUE_STEPS.has(s.kind));
          // Functions that read a fact (a count of days, a difference, a policy's weight or revision) end on no value step.
          if (typeof x.result === "number" && !["WORKDAYS", "RECONCILE", "WEIGHT", "POLICY_INFO"].includes(call.fn.id)) {
            expect(last && "value" in last ? last.value : undefined).toBe(x.result);
          }
          if (call.fn.id === "GRADE" && x.result !== "") {
            const band = x.steps.find((s) => s.kind === "band");
            expect(band?.kind === "band" && band.grade).toBe(x.result);
          }
        }
        for (const s of x.steps) expect({ step: s, agrees: agreesWithMethod(s) }).toEqual({ step: s, agrees: true });
      }),
    );
  });
});

describe("explainCall under policies with floors, caps and lower-is-better metrics", () => {
  it("records the points the function returns, step by step", () => {
    const rule = fc.record({
      direction: fc.constantFrom<"higher" | "lower">("higher", "lower"),
      floor: fc.double({ min: 0, max: 1.5, noNaN: true }),
      extra: fc.double({ min: 0.01, max: 1, noNaN: true }),
    });
    const amount = fc.double({ min: -2e5, max: 2e5, noNaN: true });
    const target = fc.double({ min: 1, max: 2e5, noNaN: true });
    fc.assert(
      fc.property(rule, amount, target, fc.constantFrom("SALES_SCORE", "METRIC_SCORE", "BASELINE_SCORE"), ({ direction, floor, extra }, a, t, id) => {
        const policy = defaultPolicy();
        Object.assign(policy.dimensions[1].metrics[0], { direction, floor, cap: floor + extra });
        setPolicy(policy);
        const args = id === "SALES_SCORE" ? [a, t, null] : id === "METRIC_SCORE" ? ["sales.revenue", a, t, null, null] : [Math.abs(a), t, floor + extra, floor];
        const x = explainCall(id, args);
        const shown = cell(() => teleFunction(id)!(...args));
        expect(x.result).toBe(shown);
        const points = x.steps.filter((s) => s.kind === "points");
        expect(points).toHaveLength(1);
        expect(points[0]).toMatchObject({ value: shown });
        for (const s of x.steps) expect({ step: s, agrees: agreesWithMethod(s) }).toEqual({ step: s, agrees: true });
      }),
    );
  });
});

describe("what it takes", () => {
  const gradeOf = (score: unknown) => oneCell.grade(score);

  it("proposes, for each input, a value that reaches the next band where one step less does not", () => {
    const score = fc.double({ min: 0, max: 130, noNaN: true });
    const maybe = fc.option(score, { nil: null });
    fc.assert(
      fc.property(maybe, maybe, maybe, (w, s, i) => {
        const x = explainCall("TOTAL_SCORE", [w, s, i]);
        for (const { index, change } of x.whatItTakes) {
          if (!change.reachable) continue;
          const args: unknown[] = [w, s, i];
          args[index] = change.to;
          expect(gradeOf(oneCell.totalScore(...(args as [unknown, unknown, unknown])))).toBe(change.grade);
          // a whole step less: 1 for a whole-number input, a cent otherwise (the change is a whole number of steps)
          args[index] = Math.round((change.to - (Number.isInteger(change.from) ? 1 : 0.01)) * 1e10) / 1e10;
          expect(gradeOf(oneCell.totalScore(...(args as [unknown, unknown, unknown])))).not.toBe(change.grade);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("finds the calls a junior needs for the next band, and says when an input cannot get there alone", () => {
    // 1530 / 1800 = 0.85 -> 85 points (B). A needs 90: 1620 calls. Customers alone cannot lift the mean that far.
    const x = explainCall("WORKLOAD_SCORE", [1530, null, null, "Junior", null]);
    expect(x.result).toBeCloseTo(85, 10);
    expect(x.grading.find((s) => s.kind === "band")).toMatchObject({ grade: "B", min: 80 });
    expect(x.whatItTakes).toEqual([{ index: 0, param: "calls", change: { reachable: true, from: 1530, to: 1620, grade: "A" } }]);
    const total = explainCall("TOTAL_SCORE", [60, 60, 100]);
    // (30 × 60 + 50 × 60 + 20 × 100) / 100 = 68 (D); C needs 70: +2 on sales needs 4 points, workload 6.67 -> 67, initiatives would need 110
    expect(total.whatItTakes).toEqual([
      { index: 0, param: "workload", change: { reachable: true, from: 60, to: 67, grade: "C" } },
      { index: 1, param: "sales", change: { reachable: true, from: 60, to: 64, grade: "C" } },
      { index: 2, param: "initiatives", change: { reachable: true, from: 100, to: 110, grade: "C" } },
    ]);
    const rating = explainCall("INITIATIVE_SCORE", [4, 4, 4, null]); // 80 points: A needs 90, i.e. 4.5 on every rating at once
    expect(rating.whatItTakes.map((w) => w.change.reachable)).toEqual([false, false, false]);
  });

  it("reports an error cell's full reason, #NUM! included, and proposes nothing", () => {
    const x = explainCall("MONTH_SCORE", [90, 0, null, null, null]);
    expect(x.error).toEqual({
      kind: "num",
      message: expect.stringContaining("target must be greater than 0"),
      texts: {
        en: expect.stringContaining("target must be greater than 0"),
        zh: expect.stringContaining("target 必须大于 0"),
        "zh-Hant": expect.stringContaining("target 必須大於 0"),
      },
    });
    expect(x.whatItTakes).toEqual([]);
  });
});
