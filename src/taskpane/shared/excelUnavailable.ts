/**
 * What every port's "unavailable" implementation (ports.ts) refuses with outside Excel, where there
 * is no workbook to read or write; each view says it in the user's language.
 */
export class ExcelUnavailableError extends Error {
  constructor() {
    super("Excel is not available");
    this.name = "ExcelUnavailableError";
  }
}

/** A port method outside Excel: refuses, whatever it was asked. */
export function refuseOutsideExcel(): Promise<never> {
  return Promise.reject(new ExcelUnavailableError());
}
