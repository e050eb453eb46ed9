/**
 * Benchmark 1b: the same rep-months through the registered TELE functions (the functions the
 * metadata associates, from functions.ts bundled as the build ships it (bundledFunctions.ts), called
 * with what Excel passes: argument reading, error checks, blanks out as "") and through the same math written inline in plain JavaScript, timed in turns in one run.
 * A rep-month is the seven calls of a review row (WORKLOAD_SCORE, SALES_SCORE, PROFIT_SCORE,
 * BASELINE_SCORE for CSAT, INITIATIVE_SCORE, TOTAL_SCORE, GRADE), the sales mix between them
 * computed inline in both, as a manager's native formula would.
 */
import "../../test/support/customFunctionsGlobal";
import type { Policy } from "../../src/engine/policy";
import { loadTeleFunctions, type TeleFunction } from "../fuzz/teleCalls";
import * as sourceFunctions from "../../src/functions/functions";
import { bundle, bundleFunctions } from "./bundledFunctions";
import { mix, SALES, weightsOf, type inlineScorer as InlineScorer, type Scored } from "./inlineScorer";
import { generateRepMonths, type RepMonth } from "./repMonths";
import { scoreRepMonth } from "./scoreRepMonth";
import { count, ms, type Table } from "./table";
import { measureAlternating, perSecond, type Plan } from "./timing";

const REP_MONTHS = 100_000;
const SEED = 20_240_604;
const PLAN: Plan = { warmup: 2, repetitions: 7 };
const TOLERANCE = 1e-9;

/**
 * A TELE function called as Excel calls it: every declared parameter gets a value (an omitted one
 * null), a range parameter its value as a 1 × 1 range; a spilled result is read from its one cell.
 * Up to five parameters, passed one by one so that the harness itself allocates nothing per call.
 */
function excelCall(fn: TeleFunction): (a?: unknown, b?: unknown, c?: unknown, d?: unknown, e?: unknown) => unknown {
  if (fn.parameters.length > 5) throw new Error(`${fn.id} has more than 5 parameters.`);
  const range = (i: number, v: unknown): unknown => (fn.parameters[i]?.range ? [[v ?? null]] : (v ?? null));
  const anyRange = fn.parameters.some((p) => p.range);
  const call = fn.call as (a: unknown, b: unknown, c: unknown, d: unknown, e: unknown) => unknown;
  return (a, b, c, d, e) => {
    const result = anyRange ? call(range(0, a), range(1, b), range(2, c), range(3, d), range(4, e)) : call(a ?? null, b ?? null, c ?? null, d ?? null, e ?? null);
    if (typeof (result as Promise<unknown>)?.then === "function") throw new Error(`${fn.id} waited for the policy; load it first.`);
    return fn.spills ? (result as unknown[][])[0][0] : result;
  };
}

/** The rep-month through the seven TELE functions; blank inputs are passed as Excel passes an empty cell (null). */
function teleScorer(policy: Policy, functions: TeleFunction[]): (r: RepMonth) => Scored {
  const fn = (id: string) => {
    const found = functions.find((f) => f.id === id);
    if (!found) throw new Error(`No TELE function ${id}.`);
    return excelCall(found);
  };
  const [workload, sales, profit, baseline, initiative, total, grade] = [
    "WORKLOAD_SCORE",
    "SALES_SCORE",
    "PROFIT_SCORE",
    "BASELINE_SCORE",
    "INITIATIVE_SCORE",
    "TOTAL_SCORE",
    "GRADE",
  ].map(fn);
  const salesWeights = weightsOf(policy, "sales", SALES);
  const csatTarget = policy.dimensions.flatMap((d) => d.metrics).find((m) => m.key === "satisfaction")?.target;
  return (r) => {
    const v = r.values;
    const w = workload(v.calls, v.talk_minutes, v.customers, r.position) as number | string;
    const s = mix(salesWeights, [
      sales(v.revenue, r.targets.revenue) as number | string,
      profit(v.net_profit, r.targets.net_profit) as number | string,
      baseline(v.satisfaction, csatTarget) as number | string,
    ]);
    const i = initiative(v.team_building, v.customer_service, v.sales_skills) as number | string;
    const t = total(w, s, i) as number | string;
    return { total: t, grade: grade(t) as string };
  };
}

/** Both paths agree with each other and with the engine's own path on every rep-month, or the bench fails. */
function check(policy: Policy, repMonths: RepMonth[], tele: Scored[], inline: Scored[]): void {
  repMonths.forEach((r, i) => {
    const engine = scoreRepMonth(policy, { ...r, month: undefined });
    for (const [what, s] of [["TELE", tele[i]], ["inline", inline[i]]] as const) {
      const totalAgrees = engine.total === null ? s.total === "" : typeof s.total === "number" && Math.abs(s.total - engine.total) <= TOLERANCE;
      if (!totalAgrees || s.grade !== (engine.grade ?? "")) {
        throw new Error(`Rep-month ${i + 1}: ${what} gives ${s.total} ${s.grade}, the engine ${engine.total} ${engine.grade}.`);
      }
    }
  });
}

export async function runTeleVsInline(policy: Policy): Promise<Table> {
  const bundled = bundleFunctions();
  bundled.setPolicy(policy); // loaded first, so the functions answer synchronously
  // The metadata's functions, each swapped for its twin in the bundle (found by its exported name).
  const nameOf = new Map(Object.entries(sourceFunctions).map(([name, f]) => [f as unknown, name]));
  const functions = (await loadTeleFunctions()).map((fn) => ({ ...fn, call: bundled.functions[nameOf.get(fn.call) ?? ""] }));
  const { inlineScorer } = bundle('export { inlineScorer } from "./scripts/bench/inlineScorer";') as { inlineScorer: typeof InlineScorer };
  const repMonths = generateRepMonths(policy, REP_MONTHS, SEED);
  const [tele, inline] = measureAlternating(
    [teleScorer(policy, functions), inlineScorer(policy)].map((score) => ({ run: () => repMonths.map(score) })),
    PLAN,
  );
  check(policy, repMonths, tele.result, inline.result);
  const row = (what: string, t: typeof tele): string[] => [
    what,
    ms(t.timing.medianMs),
    ms(t.timing.minMs),
    `${count(perSecond(REP_MONTHS, t.timing))} rep-months/s`,
    ms(t.timing.cpuMedianMs),
  ];
  const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
  return {
    title: `1b. ${count(REP_MONTHS)} rep-months through the registered TELE functions vs the same math inline, in turns`,
    headers: ["what is timed", "median ms", "min ms", "throughput (median)", "CPU median ms"],
    rows: [
      row("7 TELE calls a rep-month (as Excel passes arguments), sales mix inline", tele),
      row("the same math inline in plain JavaScript", inline),
      [
        "ratio TELE / inline",
        ratio(tele.timing.medianMs, inline.timing.medianMs),
        ratio(tele.timing.minMs, inline.timing.minMs),
        "",
        ratio(tele.timing.cpuMedianMs, inline.timing.cpuMedianMs),
      ],
    ],
    notes: [
      `${PLAN.warmup} warm-up runs, ${PLAN.repetitions} timed repetitions, the two taking turns; inputs from seed ${SEED}, blank values passed as null (an empty cell).`,
      `Checked: every total (tolerance ${TOLERANCE}) and grade of both paths equals the engine's own path (scoreRepMonth, no seasonal factor, as the sheets name no period).`,
    ],
  };
}
