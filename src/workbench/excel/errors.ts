/**
 * The errors the emulated host throws, shaped like OfficeExtension.Error: `code` from
 * Excel.ErrorCodes / OfficeExtension.ErrorCodes, Excel's own message, and `debugInfo` with the
 * failing statement's location (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * What Excel's message would leave vague ("The argument is invalid...") is followed by a detail
 * in parentheses, so a failing workbench test says what to fix.
 */

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  formulaLengthExceedsLimit: "FormulaLengthExceedsLimit",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  nonBlankCellOffSheet: "NonBlankCellOffSheet",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  valueNotLoaded: "ValueNotLoaded",
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

const LIMITS_PAGE = "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins";

const MESSAGES: Record<ErrorCode, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  FormulaLengthExceedsLimit: "The bytecode of the applied formula exceeds the maximum length limit.",
  GeneralException: "An internal error has occurred.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidSelection: "The current selection is invalid for this operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NonBlankCellOffSheet: "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.",
  NotImplemented: "The requested feature isn't implemented.",
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: `The request payload size has exceeded the limit. Please refer to the documentation: "${LIMITS_PAGE}".`,
  ResponsePayloadSizeLimitExceeded: `The response payload size has exceeded the limit. Please refer to the documentation: "${LIMITS_PAGE}".`,
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class HostError extends Error {
  readonly code: ErrorCode;
  readonly debugInfo: DebugInfo;

  constructor(code: ErrorCode, detail?: string) {
    const message = detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code];
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }

  /** Records which queued statement failed, as Excel's debugInfo.errorLocation does. */
  at(location: string): this {
    this.debugInfo.errorLocation ??= location;
    return this;
  }
}

export const invalidArgument = (detail: string): HostError => new HostError("InvalidArgument", detail);
export const itemNotFound = (detail: string): HostError => new HostError("ItemNotFound", detail);
export const itemAlreadyExists = (detail: string): HostError => new HostError("ItemAlreadyExists", detail);
export const invalidOperation = (detail: string): HostError => new HostError("InvalidOperation", detail);
export const invalidSelection = (detail: string): HostError => new HostError("InvalidSelection", detail);
export const notImplemented = (detail: string): HostError => new HostError("NotImplemented", `not emulated by the workbench: ${detail}`);
export const propertyNotLoaded = (property: string, type: string): HostError =>
  new HostError("PropertyNotLoaded", `${type}.${property}`);
