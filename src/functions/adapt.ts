/**
 * How a TELE custom function meets Excel: what Excel passes in, what goes back to the cell.
 * functions.ts declares the functions; everything they share lives here; the scoring is the engine's.
 *
 * HOW AN EMPTY CELL REACHES A CUSTOM FUNCTION, per declared parameter type (a blank must be told
 * apart from 0: docs/method.md, "Missing data"). What Microsoft documents and what its engineers said on the tracker:
 * - An omitted optional argument is `null`; TypeScript default values never fire.
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-parameter-options#optional-parameters
 * - A range argument (`number[][]`, `any[][]`: dimensionality "matrix") arrives as a 2-D array, rows
 *   first (same page, #range-parameters). The docs say nothing about the empty cells inside it.
 * - `any` scalar, reference to an empty cell: `null` on Excel on the web and on current desktop
 *   builds; older Windows builds passed 0. The change shipped as a bug fix with no requirement set
 *   to detect it (Microsoft's answer, 2024-08-07): https://github.com/OfficeDev/office-js/issues/4702
 * - `any[][]` ranges: empty cells arrived as 0 in older builds (https://github.com/OfficeDev/office-js/issues/1951,
 *   https://github.com/OfficeDev/office-js/issues/5262, the latter closed as fixed in 2025).
 * - `number` (and `number[][]`): Excel converts the argument to the declared type before the call,
 *   as its own numeric arguments do; an empty cell is then 0, indistinguishable from a typed 0, and
 *   TRUE would be 1, text an Excel #VALUE! without our message (the #1951 thread: "the behavior is
 *   the same for built-in function like SUM()").
 * So every TELE parameter is declared `any` (scalars, written `unknown` in TypeScript, which the
 * metadata generator maps to "any") or `any[][]` (ranges, `unknown[][]`): a blank arrives as
 * null, undefined or "" and is read as missing; numeric text, TRUE/FALSE and the messages of
 * docs/method.md, "Input values", are ours (src/engine/input.ts). Known limit: on a desktop build older than the
 * fix above, Excel itself hands over an empty cell as 0, and it is scored as 0.
 *
 * Errors: a ScoreError becomes `CustomFunctions.Error` with #VALUE!, #NUM! or #N/A and its message,
 * in Office's display language (Chinese for any zh tag, else English; docs/functions.md, "Error
 * messages"). In the shared runtime the functions run beside the pane with office.js loaded, so
 * `Office.context.displayLanguage` is there
 * (https://learn.microsoft.com/javascript/api/office/office.context#office-office-context-displaylanguage-member);
 * where it is not (a runtime without office.js), messages are English.
 * Excel shows a custom message only with #VALUE! and #N/A
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-errors); #NUM!
 * carries its message anyway. Any other exception is a bug and is rethrown (Excel shows #VALUE!).
 *
 * Blank out: the engine's `null` becomes "" (an empty-looking cell), never 0. Inside a spilled
 * array this matters twice: Excel shows a `null` array element as 0
 * (https://github.com/OfficeDev/office-js/issues/1503).
 */
import { ScoreError, notFoundError, numError, valueError, type ErrorKind } from "../engine/errors";
import { quote, readNumber, readNumbers, readText, type CellValue, type NumberRules } from "../engine/input";
import { findMetric, type Policy } from "../engine/policy";
import { ruleWithDefaults, type PointsRule } from "../engine/points";
import { getPolicy, whenPolicyReady, type PolicyDeadline } from "../engine/policyStore";
import { monthOfSerial } from "../engine/workdays";
import type { InputReading, Trace } from "../engine/trace";
import { langOfDisplayLanguage } from "../engine/messages";
import { LOCALES, type Locale } from "../engine/locale";

/** What a TELE function puts in a cell: a number, a text (a grade), or "" for blank. */
export type CellResult = number | string;

/** A cell of a spill computed element by element: a result, or that element's own error. */
export type SpillElement = CellResult | CustomFunctions.Error;

/** The Excel error for an engine error kind. Looked up at call time: the runtime defines the global. */
function excelCode(kind: ErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "value":
      return CustomFunctions.ErrorCode.invalidValue;
    case "num":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "na":
      return CustomFunctions.ErrorCode.notAvailable;
  }
}

/**
 * The trace of the one call being explained (docs/explain.md), else undefined. Excel calls a
 * function with its declared parameters only, so the explain mode cannot be an argument: it is set
 * around one synchronous call by `traceCall` and handed to the computation, which threads it
 * through the engine.
 */
let activeTrace: Trace | undefined;

/** Runs `call` (a TELE function called with a cell's arguments) with `trace` recording its steps. */
export function traceCall<T>(trace: Trace, call: () => T): T {
  const outer = activeTrace;
  activeTrace = trace;
  try {
    return call();
  } finally {
    activeTrace = outer;
  }
}

/** The language of the cells' messages: Office's display language, read when a message is made. */
function messageLanguage(): Locale {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return langOfDisplayLanguage(office?.context?.displayLanguage);
}

/** An engine error as the CustomFunctions.Error the cell shows, in the user's language; anything else is a bug and stays as it is. */
function excelError(e: unknown): unknown {
  if (!(e instanceof ScoreError)) return e;
  activeTrace?.step({ kind: "error", errorKind: e.kind, texts: Object.fromEntries(LOCALES.map((l) => [l, e.text(l)])) as Record<Locale, string> });
  return new CustomFunctions.Error(excelCode(e.kind), e.text(messageLanguage()));
}

/** Runs a computation; a ScoreError leaves as the CustomFunctions.Error the cell shows. */
function excel<T>(compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    throw excelError(e);
  }
}

/**
 * compute(input) as a cell result, blank as "", engine errors as Excel errors. The input is passed
 * rather than captured so that a call allocates no closure of its own: a recalculation calls the
 * functions hundreds of thousands of times. The trace of an explained call goes along.
 */
function cellResult<A>(compute: (input: A, trace?: Trace) => CellResult | null, input: A): CellResult {
  try {
    const value = compute(input, activeTrace);
    return value === null ? "" : value;
  } catch (e) {
    throw excelError(e);
  }
}

/** A cell result from an engine value: `null` (blank) becomes "". */
function blankOut(value: CellResult | null): CellResult {
  return value === null ? "" : value;
}

/** Calls a computation that takes only the trace: a named function, so `result` allocates nothing. */
const callWithTrace = (compute: (trace?: Trace) => CellResult | null, trace?: Trace): CellResult | null => compute(trace);

/** A TELE function's result: the computation's value, blank as "", engine errors as Excel errors. */
export function result(compute: (trace?: Trace) => CellResult | null): CellResult {
  return cellResult(callWithTrace, compute);
}

/**
 * The same, for a computation that needs the policy: synchronous once the policy is loaded (the
 * usual case, and the fast one on a recalculation of thousands of cells); before that, a Promise
 * that settles when the task pane's start-up code loads it (Excel shows #BUSY! meanwhile), or
 * gives #N/A saying why after policyStore's bounded wait.
 */
export function resultWithPolicy(compute: (policy: Policy, trace?: Trace) => CellResult | null): CellResult | Promise<CellResult> {
  const policy = getPolicy();
  return policy ? cellResult(compute, policy) : withPolicy((p) => cellResult(compute, p));
}

/** A table computed from the policy, spilled as it is (blanks as ""), waiting for the policy like resultWithPolicy. */
export function tableWithPolicy(compute: (policy: Policy) => (CellResult | null)[][]): CellResult[][] | Promise<CellResult[][]> {
  return withPolicy((policy) => excel(() => compute(policy).map((row) => row.map(blankOut))));
}

/**
 * How long a TELE function waits for the first policy. The page's start-up code loads it within a
 * second or two; when that code never runs (it failed to load or to start), the cell shows #N/A
 * saying so instead of #BUSY! for ever (docs/benchmarks.md, "Functions first").
 */
export const POLICY_WAIT_MS = 20_000;

const policyDeadline: PolicyDeadline = (expire) => {
  const timer = setTimeout(
    () =>
      expire(
        notFoundError("policyNotLoaded", { seconds: POLICY_WAIT_MS / 1000 }),
      ),
    POLICY_WAIT_MS,
  );
  return () => clearTimeout(timer);
};

function withPolicy<T>(compute: (policy: Policy) => T): T | Promise<T> {
  const policy = getPolicy();
  // A policy that never came is an engine error too: #N/A with its message, not a bare #VALUE!.
  return policy ? compute(policy) : whenPolicyReady(policyDeadline).then(compute, (error: unknown) => excel(() => { throw error; }));
}

/**
 * A spilled result the shape of the range argument it is computed from, filled row by row with
 * the computed values; blanks as "" because Excel would show a null element as 0.
 */
export function spillResult(range: unknown, param: string, compute: (cells: CellValue[][]) => (number | null)[]): CellResult[][] {
  return excel(() => {
    const cells = cellRange(range, param);
    const values = compute(cells);
    let i = 0;
    const spill = new Array<CellResult[]>(cells.length);
    for (let r = 0; r < cells.length; r++) {
      const row = new Array<CellResult>(cells[r].length);
      for (let c = 0; c < row.length; c++) row[c] = blankOut(values[i++]);
      spill[r] = row;
    }
    return spill;
  });
}

/**
 * The array-aware path (docs/functions.md, "Whole columns in one formula"): a function whose
 * parameters are all declared `any[][]` gets each argument as a range. When every argument is a
 * single cell (or omitted), the call is exactly the single-cell function it always was: its result
 * in a 1 × 1 array, its error thrown as before. When some are ranges, they must share one shape,
 * and a single cell goes with every element (as 90 in BASELINE_SCORE(I2:I10001, 90)); the function
 * is computed element by element and spills that shape, an element's error standing in its own
 * cell as a CustomFunctions.Error, which is how Excel takes per-element errors in a returned matrix
 * (https://learn.microsoft.com/en-us/javascript/api/custom-functions-runtime/customfunctions.error).
 */
export function elementWise(
  args: readonly unknown[],
  params: readonly string[],
  compute: (values: unknown[], trace?: Trace) => CellResult | null,
): SpillElement[][] {
  let shaped = -1;
  for (let i = 0; i < args.length; i++) {
    if (!isSingle(args[i])) {
      shaped = i;
      break;
    }
  }
  if (shaped < 0) return [[cellResult(compute, args.map(singleValue))]];
  const grids = excel(() => args.map((a, i) => (isSingle(a) ? undefined : gridOf(a as unknown[], params[i]))));
  const shape = grids[shaped] as unknown[][];
  const width = shape[0].length;
  excel(() =>
    grids.forEach((grid, i) => {
      if (grid !== undefined && (grid.length !== shape.length || grid[0].length !== width)) {
        throw valueError("rangeSizes", {
          param: params[i],
          rows: grid.length,
          columns: grid[0].length,
          other: params[shaped],
          otherRows: shape.length,
          otherColumns: width,
        });
      }
    }),
  );
  const singles = args.map((a) => (isSingle(a) ? singleValue(a) : undefined));
  const values = new Array<unknown>(args.length);
  return shape.map((_, r) => {
    const row = new Array<SpillElement>(width);
    for (let c = 0; c < width; c++) {
      for (let i = 0; i < args.length; i++) values[i] = grids[i] === undefined ? singles[i] : (grids[i] as unknown[][])[r][c];
      row[c] = elementResult(compute, values);
    }
    return row;
  });
}

/** elementWise's computation for a function that needs the policy; waits for it as resultWithPolicy does. */
export function elementWiseWithPolicy(
  args: readonly unknown[],
  params: readonly string[],
  compute: (policy: Policy, values: unknown[], trace?: Trace) => CellResult | null,
): SpillElement[][] | Promise<SpillElement[][]> {
  return withPolicy((policy) => elementWise(args, params, (values, trace) => compute(policy, values, trace)));
}

/** One element of a spill: its value, "" for blank, or its error as a CustomFunctions.Error in the cell. */
function elementResult(compute: (values: unknown[]) => CellResult | null, values: unknown[]): SpillElement {
  try {
    return blankOut(compute(values));
  } catch (e) {
    if (e instanceof ScoreError) return excelError(e) as CustomFunctions.Error;
    throw e;
  }
}

/** An omitted argument, a plain value, or a 1 × 1 range (also an empty one, read as blank). */
function isSingle(arg: unknown): boolean {
  if (!Array.isArray(arg)) return true;
  if (arg.length === 0) return true;
  return arg.length === 1 && (!Array.isArray(arg[0]) || arg[0].length <= 1);
}

function singleValue(arg: unknown): unknown {
  if (!Array.isArray(arg)) return arg;
  const first: unknown = arg[0];
  return Array.isArray(first) ? first[0] : first;
}

/** A range as rows of equal length (a flat list is a column); anything else is #VALUE!. */
function gridOf(range: unknown[], param: string): unknown[][] {
  const rows = range.map((row) => (Array.isArray(row) ? row : [row]));
  const width = rows[0].length;
  if (width === 0 || rows.some((row) => row.length !== width)) throw valueError("notRectangular", { param });
  return rows;
}

/**
 * A scalar argument as a cell value. With `any` parameters Excel may also pass a data type (an
 * entity or linked value), which no TELE function can read.
 */
export function cellValue(value: unknown, param: string): CellValue {
  const type = typeof value;
  if (value === null || type === "number" || type === "string" || type === "boolean" || type === "undefined") return value as CellValue;
  throw valueError("dataType", { param });
}

/** A range argument as rows of cell values: omitted is no cells; a single value is a 1 × 1 range. */
export function cellRange(value: unknown, param: string): CellValue[][] {
  if (value === null || value === undefined) return [];
  const rows = Array.isArray(value) ? value : [[value]];
  if (rows.every((row) => Array.isArray(row))) {
    // Rows of cells, as Excel passes a range: checked where they are, not copied (a million-cell range is large).
    for (const row of rows as unknown[][]) for (const v of row) cellValue(v, param);
    return rows as CellValue[][];
  }
  return rows.map((row: unknown) => (Array.isArray(row) ? row : [row]).map((v: unknown) => cellValue(v, param)));
}

/** A number argument (docs/method.md, "Input values"), `null` when blank. */
export function numberArg(value: unknown, param: string, rules?: NumberRules): number | null {
  const raw = cellValue(value, param);
  const read = readNumber(raw, param, rules);
  activeTrace?.step({ kind: "input", param, raw, value: read, reading: readingOf(raw) });
  return read;
}

/** A text argument, trimmed, `null` when blank. */
export function textArg(value: unknown, param: string): string | null {
  const raw = cellValue(value, param);
  const read = readText(raw, param);
  activeTrace?.step({ kind: "input", param, raw, value: read, reading: read === null ? "blank" : "text" });
  return read;
}

/** An argument the engine reads itself (a cell of the data, read as the review reads it), passed on as the cell holds it. */
export function rawArg(value: unknown, param: string): CellValue {
  const raw = cellValue(value, param);
  const blank = raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
  activeTrace?.step({ kind: "input", param, raw, value: blank ? null : typeof raw === "boolean" ? String(raw) : raw, reading: blank ? "blank" : typeof raw === "number" ? "number" : "text" });
  return raw;
}

/** Every cell of a range argument as a number or `null`, row by row. */
export function numbersArg(value: unknown, param: string): (number | null)[] {
  const read = readNumbers(cellRange(value, param), param);
  activeTrace?.step({ kind: "input", param, raw: null, value: null, reading: "range", cells: read.length, blanks: read.filter((x) => x === null).length });
  return read;
}

/** Every cell of a range argument as trimmed text, `null` when blank, row by row; `null` for an omitted range. */
export function textsArg(value: unknown, param: string): (string | null)[] | null {
  if (value === null || value === undefined) return null;
  const read = cellRange(value, param).flat().map((cell) => readText(cell, param));
  activeTrace?.step({ kind: "input", param, raw: null, value: null, reading: "range", cells: read.length, blanks: read.filter((x) => x === null).length });
  return read;
}

/** What kind of cell value a read number came from, for the explanation of its inputs. */
function readingOf(raw: CellValue): InputReading {
  if (typeof raw === "number") return "number";
  if (typeof raw !== "string" || raw.trim() === "") return "blank";
  return /%\s*$/.test(raw.normalize("NFKC").trim()) ? "percentText" : "numericText";
}

/** The non-blank numbers of a range argument (holiday lists and the like). */
export function presentNumbersArg(value: unknown, param: string): number[] {
  return numbersArg(value, param).filter((x): x is number => x !== null);
}

/**
 * A period as a month 1..12, `undefined` when blank (no seasonal factor). A month number 1..12 is
 * taken as it is; a number from 32 on is an Excel date serial and gives its month (MONTH()). Serials
 * 1..31 would be days of January 1900, never a review period, so they are read as month numbers,
 * and 13..31 is an error.
 */
export function periodArg(value: unknown, param: string): number | undefined {
  const n = numberArg(value, param, { hint: "month" });
  if (n === null) return undefined;
  if (n >= 32) return monthOfSerial(n);
  if (Number.isInteger(n) && n >= 1 && n <= 12) return n;
  throw numError("periodArg", { param, value: n });
}

/** A text argument that must be one of `choices` (matched ignoring case), `null` when blank. */
export function choiceArg<T extends string>(value: unknown, param: string, choices: readonly T[]): T | null {
  const text = textArg(value, param);
  if (text === null) return null;
  const found = choices.find((c) => c.toLowerCase() === text.toLowerCase());
  if (found === undefined) {
    throw valueError("choice", { param, choices, text: quote(text) });
  }
  return found;
}

/** A quarter's months from a range argument: at most 3 cells, blanks kept in place. */
export function quarterMonthsArg(value: unknown, param: string): (number | null)[] {
  const months = numbersArg(value, param);
  if (months.length > 3) {
    throw valueError("quarterCells", { param, cells: months.length });
  }
  return months;
}

/**
 * How the policy scores a metric (direction, cap, floor), the `cap` argument overriding the cap; a
 * metric the policy does not have is scored by the method's defaults (docs/method.md, "Points").
 */
export function ruleOf(policy: Policy, metricKey: string, cap: number | null): PointsRule {
  let rules = rulesOf.get(policy);
  if (rules === undefined) rulesOf.set(policy, (rules = new Map()));
  let rule = rules.get(metricKey);
  if (rule === undefined) rules.set(metricKey, (rule = ruleWithDefaults(findMetric(policy, metricKey)?.metric ?? {})));
  return cap === null ? rule : { ...rule, cap };
}

/** Rules looked up once per policy and metric: a policy is replaced, never edited in place (src/taskpane/policy/editor/policyEdits.ts). */
const rulesOf = new WeakMap<Policy, Map<string, PointsRule>>();
