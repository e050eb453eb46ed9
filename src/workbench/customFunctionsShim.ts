/**
 * The `CustomFunctions` global that Excel's custom functions runtime provides, for the workbench
 * page and for jest, where it does not exist. It mirrors the runtime's shape as
 * @types/custom-functions-runtime declares it: `new CustomFunctions.Error(code, message?)` carries
 * `code` (the cell's error text, e.g. "#NUM!") and `message`; `ErrorCode` maps names to those
 * texts; `associate(id, fn)` (or `associate({ id: fn })`) registers an implementation. Here the
 * implementations are collected, so the page can hand them to the formula engine
 * (teleFormulaPlugin.ts) exactly as the build's appended associate calls register them.
 */
import type { CustomFunctionImplementation } from "./teleFormulaPlugin";

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/**
 * Whether Excel shows an error's custom message: only with #VALUE! and #N/A. For every other code
 * the runtime keeps the object's `message` but the cell shows the code alone ("A custom error
 * message can't be used", https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-errors
 * and the ErrorCode reference). The workbench drops the message where Excel does, so nobody relies
 * on a #NUM! message the user would never see; docs/functions.md lists each #NUM!'s causes.
 */
export function excelShowsMessage(code: string): boolean {
  return code === ErrorCode.invalidValue || code === ErrorCode.notAvailable;
}

class CustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export interface CustomFunctionsRuntime {
  Error: typeof CustomFunctionError;
  ErrorCode: typeof ErrorCode;
  associate(id: string, implementation: CustomFunctionImplementation): void;
  associate(mappings: Record<string, CustomFunctionImplementation>): void;
}

export interface CustomFunctionsShim {
  /** What code calls `CustomFunctions`. */
  runtime: CustomFunctionsRuntime;
  /** Every associated implementation by function id; a later association of an id replaces it. */
  implementations: Record<string, CustomFunctionImplementation>;
  /** Sets globalThis.CustomFunctions (or on `target`); returns the undo. */
  install(target?: object): () => void;
}

export function createCustomFunctionsShim(): CustomFunctionsShim {
  const implementations: Record<string, CustomFunctionImplementation> = {};
  function associate(first: string | Record<string, CustomFunctionImplementation>, implementation?: CustomFunctionImplementation): void {
    const mappings = typeof first === "string" ? { [first]: implementation } : first;
    for (const [id, fn] of Object.entries(mappings)) {
      if (typeof fn !== "function") throw new TypeError(`CustomFunctions.associate: "${id}" is not given a function`);
      implementations[id] = fn;
    }
  }
  const runtime: CustomFunctionsRuntime = { Error: CustomFunctionError, ErrorCode, associate };
  return {
    runtime,
    implementations,
    install(target: object = globalThis) {
      const slots = target as Record<string, unknown>;
      const previous = slots.CustomFunctions;
      slots.CustomFunctions = runtime;
      return () => void (slots.CustomFunctions = previous);
    },
  };
}
