/**
 * The one adapter call the Review view adds itself: the workbook's table names, read on the
 * emulated Excel host in one sync. And outside Office, every call is refused in words the view
 * can translate, instead of failing on an undefined `Excel`.
 */
import { rect } from "../../../src/engine/sheet/address";
import { createExcelHost } from "../../../src/workbench/excel/host";
import { Workbook } from "../../../src/workbench/excel/workbook";
import { ExcelUnavailableError } from "../../../src/taskpane/reconcile/excel/reconcileSheet";
import { excelReviewWorkbook } from "../../../src/taskpane/review/excel/reviewWorkbook";

it("lists the tables of every sheet in one sync", async () => {
  const workbook = new Workbook({ sheetNames: ["Data", "Log"] });
  const table = (sheet: string, row: number, name: string) => {
    const t = workbook.addTable(workbook.sheet(sheet)!, rect(row, 0, 3, 2), true);
    workbook.renameTable(t, name);
  };
  table("Data", 0, "RepData");
  table("Log", 0, "CallLog");
  table("Log", 10, "CallLog2");
  workbook.endBatch();
  const host = createExcelHost(workbook);
  const uninstall = host.install();
  try {
    host.resetCounters();
    expect((await excelReviewWorkbook.listTables()).sort()).toEqual(["CallLog", "CallLog2", "RepData"]);
    expect(host.syncCount).toBe(1);
  } finally {
    uninstall();
  }
});

it("refuses outside Office with ExcelUnavailableError", async () => {
  expect(typeof (globalThis as { Excel?: unknown }).Excel).toBe("undefined");
  await expect(excelReviewWorkbook.listTables()).rejects.toBeInstanceOf(ExcelUnavailableError);
  await expect(excelReviewWorkbook.readMappedSource({ kind: "selection" }, "repPeriod")).rejects.toBeInstanceOf(ExcelUnavailableError);
  await expect(excelReviewWorkbook.saveChoices("repPeriod", "table:RepData", ["工号"], { 0: "repId" })).rejects.toBeInstanceOf(ExcelUnavailableError);
  await expect(excelReviewWorkbook.generateReview({ source: { kind: "selection" }, period: "2026-07", mode: "live", locale: "en", user: null })).rejects.toBeInstanceOf(ExcelUnavailableError);
  await expect(excelReviewWorkbook.importCallLog({ source: { kind: "selection" }, locale: "en" })).rejects.toBeInstanceOf(ExcelUnavailableError);
});
