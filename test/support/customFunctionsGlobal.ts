/**
 * The `CustomFunctions` global that Excel's custom functions runtime provides, for jest, where it
 * does not exist. It mirrors the runtime's shape as @types/custom-functions-runtime declares it:
 * `new CustomFunctions.Error(code, message?)` carries `code` (the cell's error text, e.g. "#NUM!")
 * and `message`; `ErrorCode` maps names to those texts. It is the runtime, not the code under test.
 *
 * Import it for its effect, first thing in a test file: `import "../support/customFunctionsGlobal";`
 */

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const runtime = {
  Error: CustomFunctionError,
  ErrorCode,
  /** The webpack plugin appends associate calls to the bundle only; tests never reach this. */
  associate: (): void => undefined,
};

Object.assign(globalThis, { CustomFunctions: runtime });
