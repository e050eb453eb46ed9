/**
 * What a TELE function may put in a cell, whatever it is given (docs/security.md, "Cell values: fuzzing the TELE functions"): a finite number,
 * "" for blank, a grade letter (GRADE), a month (SOURCE_ROW), a spill of its range argument's shape holding only those
 * (and, for a function computed element by element, an element's own error),
 * or a CustomFunctions.Error with a message (docs/method.md, "Input values": #VALUE!, #NUM! or #N/A). Never NaN,
 * Infinity or -0, another exception, or a call slower than CALL_TIME_LIMIT_MS.
 *
 * -0 is refused although Excel shows it as 0: the engine's own rule is "no -0 in a cell" (input.ts,
 * total.ts), and JavaScript that formats a result (the task pane, a review sheet) prints
 * (-0).toLocaleString() as "-0".
 */
import { getPolicy } from "../../src/engine/policyStore";
import type { TeleCall } from "./teleCalls";

const CALL_TIME_LIMIT_MS = 2000;

/** The Excel errors a TELE function may return (docs/method.md, "Input values"). */
const ALLOWED_CODES = ["#VALUE!", "#NUM!", "#N/A"];

/** The texts a function may give, and how the contract names them in a problem. */
interface Texts {
  allows(text: string): boolean;
  said: string;
}

const NO_TEXT: Texts = { allows: () => false, said: "" };

/** The functions whose result is text: GRADE gives one of the policy's grades, SOURCE_ROW the month it checked ("2026-07"). */
function textResults(id: string): Texts {
  if (id === "SOURCE_ROW") return { allows: (text) => /^\d{4}-(0[1-9]|1[0-2])$/.test(text), said: " or a month such as 2026-07" };
  if (id !== "GRADE") return NO_TEXT;
  const policy = getPolicy();
  const grades = policy ? [...policy.bands.map((b) => b.grade), policy.lowestGrade] : [];
  return { allows: (text) => grades.includes(text), said: grades.length > 0 ? ` or one of ${grades.join(", ")}` : "" };
}

export type Outcome = "number" | "text" | "blank" | "spill" | "error";

export interface CallReport {
  /** What is wrong with the call's result; null when it keeps the contract. */
  problem: string | null;
  outcome: Outcome | null;
  ms: number;
  /** Length of the error message, for an error. */
  messageLength?: number;
}

function isThenable(x: unknown): x is PromiseLike<unknown> {
  return typeof x === "object" && x !== null && typeof (x as { then?: unknown }).then === "function";
}

/** Settles with TIMED_OUT after `ms`: a race it wins is a time failure, whatever the clock says (timers may fire a hair early). */
const TIMED_OUT = Symbol("timed out");
function timeout(ms: number): Promise<typeof TIMED_OUT> {
  return new Promise((resolve) => setTimeout(() => resolve(TIMED_OUT), ms).unref());
}

/** Calls it as Excel would, and judges what comes back; slower than `limitMs` is a failure. */
export async function checkCall(call: TeleCall, limitMs = CALL_TIME_LIMIT_MS): Promise<CallReport> {
  const start = performance.now();
  let value: unknown;
  let thrown: { error: unknown } | undefined;
  try {
    value = call.fn.call(...call.args);
    // A function waiting for the policy returns a Promise; it must settle in time too.
    if (isThenable(value)) value = await Promise.race([value, timeout(limitMs)]);
  } catch (error) {
    thrown = { error };
  }
  const ms = performance.now() - start;
  const slow = ms > limitMs || value === TIMED_OUT ? `took ${Math.round(Math.max(ms, limitMs))} ms (limit ${limitMs} ms)` : null;
  if (thrown) {
    const { problem, messageLength } = judgeError(thrown.error);
    return { problem: slow ?? problem, outcome: "error", ms, messageLength };
  }
  const judged = !call.fn.spills
    ? judgeCell(value, textResults(call.fn.id))
    : call.fn.parameters.length > 0 && call.fn.parameters.every((p) => p.range)
      ? judgeSpill(value, elementWiseShape(call), textResults(call.fn.id), true)
      : call.fn.parameters.some((p) => p.range)
        ? judgeSpill(value, shapeOf(firstRange(call)), NO_TEXT, false)
        : judgeTable(value);
  return { problem: slow ?? judged.problem, outcome: judged.outcome, ms };
}

function judgeError(error: unknown): { problem: string | null; messageLength?: number } {
  if (!(error instanceof CustomFunctions.Error)) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { problem: `threw ${what.slice(0, 300)} instead of a CustomFunctions.Error` };
  }
  const message = error.message ?? "";
  if (!ALLOWED_CODES.includes(error.code)) return { problem: `returned the Excel error ${error.code}; docs/method.md, "Input values" allows ${ALLOWED_CODES.join(", ")}` };
  if (message.trim() === "") return { problem: `returned ${error.code} without a message` };
  return { problem: null, messageLength: message.length };
}

/** A value for one cell: a finite number (not -0), "" or an allowed text. */
function judgeCell(value: unknown, texts: Texts): { problem: string | null; outcome: Outcome | null } {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { problem: `returned ${value}`, outcome: null };
    if (Object.is(value, -0)) return { problem: "returned -0", outcome: null };
    return { problem: null, outcome: "number" };
  }
  if (value === "") return { problem: null, outcome: "blank" };
  if (typeof value === "string" && texts.allows(value)) return { problem: null, outcome: "text" };
  const shown = typeof value === "string" ? JSON.stringify(value.slice(0, 80)) : Array.isArray(value) ? "a list" : String(value);
  return { problem: `returned ${shown}, which is no number, blank${texts.said}`, outcome: null };
}

/** The cells of a range argument by row, as Excel lays it out: omitted is no rows, a lone value is 1 × 1. */
function shapeOf(range: unknown): number[] {
  if (range === null || range === undefined) return [];
  if (!Array.isArray(range)) return [1];
  return range.map((row) => (Array.isArray(row) ? row.length : 1));
}

/**
 * The spill of a function computed element by element over its ranges (every parameter a range,
 * docs/functions.md): the shape of the first argument larger than one cell; one cell when none is.
 */
function elementWiseShape(call: TeleCall): number[] {
  const shapes = call.args.map(shapeOf);
  return shapes.find((s) => s.length > 1 || (s.length === 1 && s[0] > 1)) ?? [1];
}

function firstRange(call: TeleCall): unknown {
  return call.args[call.fn.parameters.findIndex((p) => p.range)];
}

/** A spilled table with no range to take its shape from (POLICY): a non-empty rectangle of numbers, blanks and texts. */
function judgeTable(value: unknown): { problem: string | null; outcome: Outcome | null } {
  if (!Array.isArray(value) || value.length === 0 || !Array.isArray(value[0])) return { problem: "did not spill a table", outcome: null };
  const width = (value[0] as unknown[]).length;
  for (let r = 0; r < value.length; r++) {
    const row: unknown = value[r];
    if (!Array.isArray(row) || row.length !== width || width === 0) return { problem: `spilled a ragged table (row ${r + 1})`, outcome: null };
    for (let c = 0; c < width; c++) {
      if (typeof row[c] === "string") continue;
      const { problem } = judgeCell(row[c], NO_TEXT);
      if (problem) return { problem: `spilled cell (row ${r + 1}, column ${c + 1}) ${problem.replace(/^returned /, "")}`, outcome: null };
    }
  }
  return { problem: null, outcome: "spill" };
}

/**
 * A spill: rows of `shape`'s lengths, each cell a finite number (not -0), "" or an allowed text;
 * with `errorsInCells`, also an element's own error (a CustomFunctions.Error, judged as a thrown one).
 */
function judgeSpill(value: unknown, shape: number[], texts: Texts, errorsInCells: boolean): { problem: string | null; outcome: Outcome | null } {
  if (!Array.isArray(value)) return { problem: `returned ${typeof value} instead of a spilled range`, outcome: null };
  if (value.length !== shape.length) return { problem: `spilled ${value.length} rows for a range of ${shape.length}`, outcome: null };
  for (let r = 0; r < shape.length; r++) {
    const row: unknown = value[r];
    if (!Array.isArray(row) || row.length !== shape[r]) {
      return { problem: `spilled row ${r + 1} as ${Array.isArray(row) ? `${row.length} cells` : typeof row} for ${shape[r]} cells`, outcome: null };
    }
    for (let c = 0; c < row.length; c++) {
      const { problem } = errorsInCells && row[c] instanceof CustomFunctions.Error ? judgeError(row[c]) : judgeCell(row[c], texts);
      if (problem) return { problem: `spilled cell (row ${r + 1}, column ${c + 1}) ${problem.replace(/^returned /, "")}`, outcome: null };
    }
  }
  return { problem: null, outcome: "spill" };
}
