/**
 * A bridge that runs Excel custom functions inside HyperFormula 3.5 (a dev-only formula engine: the
 * formula tests use it now, the browser workbench will later). Given the generated functions.json
 * and the implementations by id, it builds a HyperFormula FunctionPlugin whose functions are called
 * with what Excel would pass them and whose results come back as Excel would show them. It knows
 * nothing about TeleScore's scoring.
 *
 * Names: HyperFormula lexes a function name as a letter followed by letters, digits, "_" or "."
 * (ProcedureName in hyperformula/commonjs/parser/LexerConfig.js) and "doesn't enforce a naming
 * convention", its own guide registering "HYPER.ALIAS" (https://hyperformula.handsontable.com/guide/custom-functions.html).
 * So "TELE.BASELINE_SCORE" is registered as a function id as it is; formulas need no rewriting.
 *
 * Arguments, as Excel passes them (sources in src/functions/adapt.ts):
 * - an omitted optional argument is null;
 * - a matrix parameter gets rows of values, a single value as a 1 × 1 range;
 * - an empty cell (and an empty argument, as in f(1,,3)) is what Excel's conversion to the
 *   declared type gives: null for "any", 0 for "number", "" for "string", FALSE for "boolean";
 * - an error in an argument (or in a range argument's cells) is the result, the function is not
 *   called: functions.json does not set allowErrorForDataTypeAny.
 * Results, as Excel shows them:
 * - a CustomFunctions.Error, thrown or returned (in an array too), is a CellError of the same
 *   type, with its message only for #VALUE! and #N/A as Excel shows it (excelShowsMessage in
 *   customFunctionsShim.ts; #NULL! has no HyperFormula type: #ERROR!); any other exception is
 *   #VALUE!, as in Excel (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-errors);
 * - null shows as 0, as Excel shows a null array element (https://github.com/OfficeDev/office-js/issues/1503),
 *   so a function that forgets to blank out is caught here too; NaN and ±Infinity are #NUM!;
 * - a 2-D array spills (sizeOfResultArrayMethod, which replaced arraySizeMethod in HyperFormula
 *   3.1). HyperFormula sizes a spill before it computes it, so a matrix result takes the shape of
 *   the function's first matrix argument larger than one cell, else of its first matrix argument
 *   (true of ALLOCATE and of the column-at-once functions, docs/functions.md); an argument-less
 *   one (POLICY) is called to size it; otherwise 1 × 1;
 * - a Promise cannot be awaited in HyperFormula's synchronous evaluation: #ERROR! saying so
 *   (Excel would show #BUSY! until it settles). Load what the functions wait for beforehand.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionArgument,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from "hyperformula";
import { errorMessage } from "../engine/errors";
import { excelShowsMessage } from "./customFunctionsShim";

/** The part of a functions.json parameter that decides how a value reaches the function. */
export interface CustomFunctionParameter {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

/** The part of a functions.json function the bridge reads. */
export interface CustomFunctionMetadata {
  id: string;
  name: string;
  parameters: CustomFunctionParameter[];
  result?: { dimensionality?: string };
}

export interface CustomFunctionsMetadata {
  functions: CustomFunctionMetadata[];
}

/** An implementation as the runtime calls it: arguments by position, of the declared shapes. */
export type CustomFunctionImplementation = (...args: never[]) => unknown;

type Run = FunctionPlugin["runFunction"];
type Asts = Parameters<Run>[0];
type State = Parameters<Run>[1];
type Call = { args: Asts };

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
  "#NULL!": ErrorType.ERROR,
};

/** What Excel passes for an empty cell, by declared type. */
function emptyAs(type: string | undefined): unknown {
  switch (type) {
    case "number":
      return 0;
    case "string":
      return "";
    case "boolean":
      return false;
    default:
      return null;
  }
}

/** A HyperFormula argument value as Excel would pass it, or the CellError it carries. */
function toExcelArgument(value: unknown, parameter: CustomFunctionParameter): unknown {
  if (value === undefined) return null; // an omitted optional argument
  if (value instanceof CellError) return value;
  if (value instanceof SimpleRangeValue) {
    const rows = value.data.map((row) => row.map((cell) => toExcelScalar(cell, parameter.type)));
    return rows.flat().find((cell) => cell instanceof CellError) ?? rows;
  }
  return toExcelScalar(value, parameter.type);
}

function toExcelScalar(value: unknown, type: string | undefined): unknown {
  if (value === EmptyValue) return emptyAs(type);
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: number }).val; // a date, percent… number
  return value;
}

/** A CustomFunctions.Error, told by its shape so that the real runtime's and a test's both count. */
function asExcelError(value: unknown): CellError | undefined {
  if (typeof value !== "object" || value === null || !("code" in value)) return undefined;
  const code = String((value as { code: unknown }).code);
  const type = ERROR_TYPES[code];
  if (type === undefined) return undefined;
  return new CellError(type, excelShowsMessage(code) ? (value as { message?: string }).message : undefined);
}

function toCellValue(value: unknown): number | string | boolean | CellError {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return Number.isFinite(value) ? value : new CellError(ErrorType.NUM, `${value} is not a number a cell can hold.`);
  if (typeof value === "string" || typeof value === "boolean") return value;
  return asExcelError(value) ?? new CellError(ErrorType.VALUE, "The function returned a value a cell cannot hold.");
}

function toResult(value: unknown, fn: CustomFunctionMetadata): number | string | boolean | CellError | SimpleRangeValue {
  if (typeof (value as { then?: unknown } | null)?.then === "function") {
    return new CellError(ErrorType.ERROR, `${fn.name} returned a Promise, which HyperFormula cannot wait for. Load what it waits for first.`);
  }
  if (!Array.isArray(value)) return toCellValue(value);
  if (fn.result?.dimensionality !== "matrix") {
    return new CellError(ErrorType.VALUE, `${fn.name} returned an array, but its metadata declares a single value.`);
  }
  return SimpleRangeValue.onlyValues(value.map((row: unknown) => (Array.isArray(row) ? row : [row]).map(toCellValue)));
}

function call(fn: CustomFunctionMetadata, implementation: CustomFunctionImplementation, hfArgs: unknown[]): unknown {
  const args = fn.parameters.map((p, i) => toExcelArgument(hfArgs[i], p));
  const error = args.find((a) => a instanceof CellError);
  if (error) return error;
  try {
    return toResult(implementation(...(args as never[])), fn);
  } catch (e) {
    return asExcelError(e) ?? new CellError(ErrorType.VALUE, errorMessage(e));
  }
}

function argumentType(p: CustomFunctionParameter): FunctionArgument {
  const type =
    p.dimensionality === "matrix"
      ? FunctionArgumentType.RANGE
      : p.type === "number"
        ? FunctionArgumentType.NUMBER
        : p.type === "string"
          ? FunctionArgumentType.STRING
          : p.type === "boolean"
            ? FunctionArgumentType.BOOLEAN
            : FunctionArgumentType.NOERROR;
  return { argumentType: type, optionalArg: p.optional === true };
}

/**
 * The spill size of an argument-less function (TELE.POLICY): nothing to take a shape from, so the
 * function is called; a value still waiting (a Promise) sizes as one cell.
 */
function sizeOfValue(value: unknown): ArraySize {
  if (!Array.isArray(value) || value.length === 0 || !Array.isArray(value[0])) return ArraySize.scalar();
  return new ArraySize((value[0] as unknown[]).length, value.length);
}

/**
 * A FunctionPlugin with one function "<namespace>.<name>" per entry of the metadata, and its
 * enGB translations (HyperFormula's default language), ready for HyperFormula.registerFunctionPlugin.
 */
export function buildFormulaPlugin(
  metadata: CustomFunctionsMetadata,
  implementations: Record<string, CustomFunctionImplementation>,
  namespace = "TELE",
): { plugin: FunctionPluginDefinition; translations: Record<string, Record<string, string>> } {
  const missing = metadata.functions.filter((f) => typeof implementations[f.id] !== "function").map((f) => f.id);
  const unknown = Object.keys(implementations).filter((id) => !metadata.functions.some((f) => f.id === id));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(`Metadata and implementations disagree: no implementation for [${missing.join(", ")}], no metadata for [${unknown.join(", ")}].`);
  }

  class CustomFunctionsPlugin extends FunctionPlugin {
    static implementedFunctions: ImplementedFunctions = {};

    evaluate(id: string, fn: CustomFunctionMetadata, ast: Call, state: State): ReturnType<Run> {
      return this.runFunction(ast.args, state, this.metadata(id), (...hfArgs: unknown[]) =>
        call(fn, implementations[fn.id], hfArgs) as ReturnType<Run>,
      );
    }

    spillSize(fn: CustomFunctionMetadata, ast: Call, state: State): ArraySize {
      if (fn.parameters.length === 0) return sizeOfValue(implementations[fn.id]());
      // The first range argument larger than one cell gives the shape (a single cell goes with every element); else the first range's.
      const sizes = fn.parameters.flatMap((p, i) => (p.dimensionality === "matrix" && ast.args[i] !== undefined ? [this.arraySizeForAst(ast.args[i], state)] : []));
      const size = sizes.find((s) => s.width * s.height > 1) ?? sizes[0];
      return size === undefined ? ArraySize.scalar() : new ArraySize(size.width, size.height);
    }
  }

  const translations: Record<string, string> = {};
  for (const fn of metadata.functions) {
    const id = `${namespace}.${fn.name}`.toUpperCase();
    const method = `call_${fn.id}`;
    const sizeMethod = `size_${fn.id}`;
    const matrix = fn.result?.dimensionality === "matrix";
    CustomFunctionsPlugin.implementedFunctions[id] = {
      method,
      parameters: fn.parameters.map(argumentType),
      ...(matrix ? { sizeOfResultArrayMethod: sizeMethod, vectorizationForbidden: true } : {}),
    };
    Object.defineProperty(CustomFunctionsPlugin.prototype, method, {
      value(this: CustomFunctionsPlugin, ast: Call, state: State) {
        return this.evaluate(id, fn, ast, state);
      },
    });
    if (matrix) {
      Object.defineProperty(CustomFunctionsPlugin.prototype, sizeMethod, {
        value(this: CustomFunctionsPlugin, ast: Call, state: State) {
          return this.spillSize(fn, ast, state);
        },
      });
    }
    translations[id] = id;
  }
  return { plugin: CustomFunctionsPlugin, translations: { enGB: translations } };
}

/** Registers the functions with HyperFormula for every instance built afterwards; returns the undo. */
export function registerCustomFunctions(
  metadata: CustomFunctionsMetadata,
  implementations: Record<string, CustomFunctionImplementation>,
  namespace = "TELE",
): () => void {
  const { plugin, translations } = buildFormulaPlugin(metadata, implementations, namespace);
  HyperFormula.registerFunctionPlugin(plugin, translations);
  return () => HyperFormula.unregisterFunctionPlugin(plugin);
}
