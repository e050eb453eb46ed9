/** Shared setup for the emulated-host tests: a fresh workbook and its host, and error capture. */
import { HostError } from "../../src/workbench/excel/errors";
import { createExcelHost, type ExcelHost } from "../../src/workbench/excel/host";
import { Workbook, type WorkbookOptions } from "../../src/workbench/excel/workbook";

export function setup(options?: WorkbookOptions): { workbook: Workbook; host: ExcelHost; Excel: ExcelHost["Excel"] } {
  const workbook = new Workbook(options);
  const host = createExcelHost(workbook);
  return { workbook, host, Excel: host.Excel };
}

/** The HostError a promise rejects with; fails the test if it resolves or rejects otherwise. */
export async function rejection(promise: Promise<unknown>): Promise<HostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error("expected the promise to reject");
}

/** The HostError a call throws. */
export function thrown(call: () => unknown): HostError {
  try {
    call();
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error("expected the call to throw");
}
