/**
 * Explains one TELE call (docs/explain.md): calls the very function the cell calls, with the
 * cell's arguments, while the engine records its steps, so the explanation is the computation and
 * its value is the cell's value. Then, for a result that is a score: the grade it reaches (the
 * engine's GRADE steps) and, for each of the rep's inputs, the smallest change that reaches the
 * next band, each found by calling the function again.
 */
import type { ErrorKind } from "../engine/errors";
import type { Locale } from "../engine/locale";
import { nextBand, smallestChange, type Change } from "../engine/explain/whatItTakes";
import type { Policy } from "../engine/policy";
import { getPolicy } from "../engine/policyStore";
import { grade } from "../engine/total";
import { TraceRecorder, type TraceStep } from "../engine/trace";
import { traceCall } from "./adapt";
import * as tele from "./functions";

type TeleFunction = (...args: unknown[]) => unknown;

/** Functions whose result is points, graded like a total (GRADE's own input is graded by GRADE). */
const SCORE_RESULTS = new Set([
  "BASELINE_SCORE",
  "MONTH_SCORE",
  "QUARTER_SCORE",
  "WORKLOAD_SCORE",
  "SALES_SCORE",
  "PROFIT_SCORE",
  "INITIATIVE_SCORE",
  "TOTAL_SCORE",
  "METRIC_SCORE",
  "DIMENSION_SCORE",
]);

/**
 * Parameters that set how a score is computed or what it is compared with, not what the rep did:
 * "what it takes" never proposes changing them (a lower target is no advice for a rep).
 */
const SETTINGS = new Set([
  "target",
  "baseline",
  "cap",
  "floor",
  "scale_max",
  "quality_weight",
  "period",
  "workdays",
  "leave_days",
  "position",
  "metric",
  "dimension",
  "metrics",
  "method",
  "key",
]);

export interface CallExplanation {
  /** The function's id, e.g. "TOTAL_SCORE". */
  id: string;
  /** The policy computed with, named in each language (docs/policy.md, "Names in two languages"). */
  policy: Pick<Policy, "name" | "label" | "revision">;
  /** The inputs as read, in argument order, then each step of the method, as computed. */
  steps: TraceStep[];
  /** What the cell shows: a number, a grade, "" for blank; null for an error. */
  result: number | string | null;
  /** The error the cell shows: its message in English (as `Error.message`) and in each language. */
  error: { kind: ErrorKind; message: string; texts: Record<Locale, string> } | null;
  /** For a result that is points: the rounding and band GRADE would give it. */
  grading: TraceStep[];
  /** For each of the rep's numeric inputs (argument index and name), the change that reaches the next band. */
  whatItTakes: { index: number; param: string; change: Change }[];
}

/** "TOTAL_SCORE" -> the exported totalScore: functions.ts names each function after its id. */
export function teleFunction(id: string): TeleFunction | undefined {
  const name = id.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const fn = (tele as unknown as Record<string, unknown>)[name];
  return typeof fn === "function" ? (fn as TeleFunction) : undefined;
}

interface Run {
  steps: TraceStep[];
  result: number | string | null;
  error: CallExplanation["error"];
}

/** A single cell's call answers with a 1 × 1 spill from the whole-column functions: its one value. */
function oneCell(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 ? value[0][0] : value;
}

/** One traced call. The policy must be loaded: a call still waiting for it cannot be explained. */
function run(fn: TeleFunction, args: unknown[]): Run {
  const recorder = new TraceRecorder();
  try {
    const value = oneCell(traceCall(recorder, () => fn(...args)));
    if (value instanceof Promise) throw new Error("The policy is not loaded yet: nothing can be explained before it is.");
    if (typeof value !== "number" && typeof value !== "string") throw new Error("This function spills a range; explain one of its cells' inputs instead.");
    return { steps: recorder.steps, result: value, error: null };
  } catch (e) {
    const failed = recorder.steps.find((s) => s.kind === "error");
    if (!failed || failed.kind !== "error") throw e;
    return { steps: recorder.steps, result: null, error: { kind: failed.errorKind, message: failed.texts.en, texts: failed.texts } };
  }
}

/** The score a call reached: its result when that is points, else the score its GRADE step graded. */
function scoreOf(id: string, r: Run): number | null {
  if (SCORE_RESULTS.has(id)) return typeof r.result === "number" ? r.result : null;
  const band = r.steps.find((s) => s.kind === "band");
  return band?.kind === "band" ? band.score : null;
}

export function explainCall(id: string, args: unknown[], policy: Policy | undefined = getPolicy()): CallExplanation {
  const fn = teleFunction(id);
  if (!fn) throw new Error(`TELE.${id} is not a TeleScore function.`);
  if (!policy) throw new Error("The policy is not loaded yet: nothing can be explained before it is.");
  const main = run(fn, args);
  const score = scoreOf(id, main);
  const grading: TraceStep[] = [];
  if (SCORE_RESULTS.has(id) && score !== null) grade(policy, score, { step: (s) => grading.push(s) });
  const explanation: CallExplanation = {
    id,
    policy: { name: policy.name, ...(policy.label ? { label: policy.label } : {}), revision: policy.revision },
    steps: main.steps,
    result: main.result,
    error: main.error,
    grading,
    whatItTakes: [],
  };
  const next = score === null ? undefined : nextBand(policy, score);
  if (!next) return explanation;
  main.steps
    .filter((s) => s.kind === "input")
    .forEach((input, index) => {
      if (input.kind !== "input" || typeof input.value !== "number" || SETTINGS.has(input.param)) return;
      const evaluate = (v: number): number | null => {
        const changed = [...args];
        changed[index] = v;
        const r = run(fn, changed);
        return r.error ? null : scoreOf(id, r); // a value the function refuses is no way to the band
      };
      explanation.whatItTakes.push({ index, param: input.param, change: smallestChange(evaluate, input.value, next) });
    });
  return explanation;
}
