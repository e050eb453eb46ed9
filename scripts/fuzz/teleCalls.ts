/**
 * The TELE functions as the fuzz calls them: read from the same metadata Excel gets (generated from
 * src/functions/functions.ts by custom-functions-metadata), so every function is covered, each
 * range parameter gets a range and each scalar a value, as Excel passes them.
 */
import path from "node:path";
import fc from "fast-check";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";
import { cellValue, rangeValue } from "./cellArbitraries";

export interface TeleParameter {
  name: string;
  /** Declared `any[][]`: Excel passes a 2-D array. */
  range: boolean;
  optional: boolean;
}

export interface TeleFunction {
  /** The id Excel knows it by, e.g. "BASELINE_SCORE". */
  id: string;
  call: (...args: unknown[]) => unknown;
  parameters: TeleParameter[];
  /** Declared `any[][]` result: a spilled range. */
  spills: boolean;
}

const FUNCTIONS_SOURCE = path.join(__dirname, "../../src/functions/functions.ts");

/**
 * A call that gives a value, for each function, from its documentation: the fuzz mutates these so
 * that it reaches the scoring, not only the argument checks.
 */
export const VALID_CALLS: Readonly<Record<string, readonly unknown[]>> = {
  BASELINE_SCORE: [1500, 1800, 1.2, 0],
  BASELINE: ["calls", "Junior", 3],
  MONTH_SCORE: [90, 100, 22, 2, 1.2],
  QUARTER_SCORE: [[[100], [120], [90]], [[100], [100], [100]], 80, 0.3],
  WORKDAYS: [45292, 45322, [[45293]], [[45298]]],
  WORKLOAD_SCORE: [1500, 3000, 200, "Junior", 3],
  SALES_SCORE: [120000, 100000, 1.2],
  NET_PROFIT: [100000, 60000, 1000, 500, 200],
  PROFIT_SCORE: [30000, 25000, 1.2],
  CSAT: [[[5, 4, 3, 5, 2]], 5, "top2"],
  INITIATIVE_SCORE: [4, 5, 3, 5],
  TOTAL_SCORE: [85, 90, 70],
  GRADE: [87.5],
  WEIGHT: ["sales.revenue"],
  RECONCILE: [[[100.1], [200.2]], 300.3],
  ALLOCATE: [[[1], [2], [3]], 100],
  POLICY: [],
  POLICY_INFO: ["revision", "zh"],
  SOURCE_ROW: ["2026-07", "2026年7月", "E001", "Ann", " e001 ", "Ann"],
  METRIC_SCORE: ["sales.revenue", 55000, 50000, "Junior", 3],
  DIMENSION_SCORE: ["sales", [[110, 90, 100]], [["revenue", "net_profit", "satisfaction"]]],
};

interface Metadata {
  functions: { id: string; parameters: { name: string; dimensionality?: string; optional?: boolean }[]; result?: { dimensionality?: string } }[];
}

/** Every TELE function with its parameters, as the generated metadata declares them. */
export async function loadTeleFunctions(): Promise<TeleFunction[]> {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE);
  if (generated.errors.length > 0) throw new Error(`functions metadata: ${generated.errors.join("; ")}`);
  const metadata = JSON.parse(generated.metadataJson) as Metadata;
  const exported = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
  return metadata.functions.map((fn) => {
    const name = generated.associate.find((a) => a.id === fn.id)?.functionName;
    const call = name === undefined ? undefined : exported[name];
    if (typeof call !== "function") throw new Error(`${fn.id}: no exported function is associated with it`);
    return {
      id: fn.id,
      call,
      parameters: fn.parameters.map((p) => ({ name: p.name, range: p.dimensionality === "matrix", optional: p.optional === true })),
      spills: fn.result?.dimensionality === "matrix",
    };
  });
}

/** One generated call. fast-check prints it through describeCall, so a 100,000-cell range stays one line. */
export class TeleCall {
  constructor(
    readonly fn: TeleFunction,
    readonly args: readonly unknown[],
  ) {}

  [fc.toStringMethod](): string {
    return describeCall(this);
  }
}

function argument(p: TeleParameter): fc.Arbitrary<unknown> {
  return p.range ? rangeValue : cellValue;
}

/** A function's documented call with some arguments replaced (shrinking restores them), or all arguments generated. */
function callsOf(fn: TeleFunction): fc.Arbitrary<TeleCall> {
  const valid = VALID_CALLS[fn.id];
  const mutated = valid
    ? fc.tuple(...fn.parameters.map((p, i) => fc.oneof({ weight: 3, arbitrary: fc.constant(valid[i]) }, { weight: 2, arbitrary: argument(p) })))
    : undefined;
  const generated = fc.tuple(...fn.parameters.map(argument));
  const args = mutated ? fc.oneof({ weight: 3, arbitrary: mutated }, { weight: 1, arbitrary: generated }) : generated;
  return args.map((a) => new TeleCall(fn, a));
}

/** Calls to any of `fns`, each equally likely. */
export function teleCallArbitrary(fns: readonly TeleFunction[]): fc.Arbitrary<TeleCall> {
  return fc.oneof(...fns.map(callsOf));
}

/** A value shortened for a report: long text by its length, big ranges by their shape. */
function describeValue(value: unknown): string {
  if (typeof value === "string") {
    return value.length > 60 ? `${JSON.stringify(value.slice(0, 40))}… (${value.length} chars)` : JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    const cells = value.reduce<number>((n, row) => n + (Array.isArray(row) ? row.length : 1), 0);
    if (cells <= 12) return `[${value.map(describeValue).join(", ")}]`;
    const widths = [...new Set(value.map((row) => (Array.isArray(row) ? row.length : 1)))];
    const first = Array.isArray(value[0]) ? value[0].slice(0, 4) : [value[0]];
    return `<${value.length} rows × ${widths.length === 1 ? widths[0] : `${Math.min(...widths)}..${Math.max(...widths)}`} cells, ${cells} in all, starting ${first.map(describeValue).join(", ")}>`;
  }
  if (typeof value === "number" && Object.is(value, -0)) return "-0";
  return fc.stringify(value);
}

export function describeCall(call: TeleCall): string {
  return `${call.fn.id}(${call.args.map(describeValue).join(", ")})`;
}
