/**
 * The pane's ports: outside Excel every workbook call is refused with ExcelUnavailableError (which
 * each view words for the user) instead of failing on an undefined `Excel`; inside, the Excel
 * implementations are used. hostPorts is the one place that decides.
 */
import { rect } from "../../../src/engine/sheet/address";
import { excelPorts, hostPorts, unavailablePorts } from "../../../src/taskpane/ports";
import { ExcelUnavailableError } from "../../../src/taskpane/shared/excelUnavailable";
import { createExcelHost } from "../../../src/workbench/excel/host";
import { Workbook } from "../../../src/workbench/excel/workbook";
import { defaultPolicy } from "../../../src/engine/policy";

function withHost<T>(workbook: Workbook, body: (host: ReturnType<typeof createExcelHost>) => Promise<T>): Promise<T> {
  const host = createExcelHost(workbook);
  const uninstall = host.install();
  return body(host).finally(uninstall);
}

it("outside Excel, hostPorts gives the unavailable ports, and every call of every port is refused", async () => {
  expect(typeof (globalThis as { Excel?: unknown }).Excel).toBe("undefined");
  const ports = hostPorts();
  expect(ports.workbook).toBe(false);
  const request = { netProfit: "Review!C2:C4", ledger: { kind: "amount", value: 1 }, unassigned: { kind: "amount", value: null }, tolerance: 0, reconciledBy: "x", at: new Date(), locale: "en" } as const;
  const calls: Promise<unknown>[] = [
    ports.policy.save(defaultPolicy(), ""),
    ports.policy.history(),
    ports.policy.restore(1),
    ports.review.listTables(),
    ports.review.readMappedSource({ kind: "selection" }, "repPeriod"),
    ports.review.saveChoices("repPeriod", "table:RepData", ["工号"], { 0: "repId" }),
    ports.review.generateReview({ source: { kind: "selection" }, period: "2026-07", mode: "live", locale: "en", user: null }),
    ports.review.importCallLog({ source: { kind: "selection" }, locale: "en" }),
    ports.reconcile.findNetProfit(),
    ports.reconcile.reconcile(request),
    ports.reconcile.allocate(request, 0),
    ports.selection.selectedAddress(),
  ];
  for (const call of calls) await expect(call).rejects.toBeInstanceOf(ExcelUnavailableError);
  expect(unavailablePorts().workbook).toBe(false);
});

it("inside Excel, hostPorts gives Excel's ports: the tables of every sheet in one sync, and the selection", async () => {
  const workbook = new Workbook({ sheetNames: ["Data", "Log"] });
  const table = (sheet: string, row: number, name: string) => {
    const t = workbook.addTable(workbook.sheet(sheet)!, rect(row, 0, 3, 2), true);
    workbook.renameTable(t, name);
  };
  table("Data", 0, "RepData");
  table("Log", 0, "CallLog");
  table("Log", 10, "CallLog2");
  workbook.endBatch();
  await withHost(workbook, async (host) => {
    const ports = hostPorts();
    expect(ports.workbook).toBe(true);
    expect(Object.keys(ports)).toEqual(Object.keys(excelPorts()));
    host.resetCounters();
    expect((await ports.review.listTables()).sort()).toEqual(["CallLog", "CallLog2", "RepData"]);
    expect(host.syncCount).toBe(1);
    expect(await ports.selection.selectedAddress()).toBe("Data!A1");
  });
});
