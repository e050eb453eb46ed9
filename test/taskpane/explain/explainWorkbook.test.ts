/**
 * The Explain view's workbook adapter on the emulated Excel host: what it reads for a TELE formula
 * (each argument's cells, on any sheet, nested TELE calls included), in two syncs whatever the
 * number of arguments, and one read per burst of selection changes.
 */
import { rect } from "../../../src/engine/sheet/address";
import { DEBOUNCE_MS, excelExplainWorkbook } from "../../../src/taskpane/explain/excel/explainWorkbook";
import { reviewWorkbook } from "../review/reviewHarness";

const FORMULA = `=TELE.MONTH_SCORE('Rep data'!A2,TELE.BASELINE("calls",'Rep data'!B2,7),'Rep data'!C2:C2,,1.2)`;

async function workbookWithFormula() {
  const wb = await reviewWorkbook({
    "Rep data": [
      ["Calls", "Position", "Workdays"],
      [1530, "Junior", ""],
    ],
    Calc: [[FORMULA, "=TELE.GRADE(Z9)", "plain"]],
  });
  wb.workbook.select(wb.sheet("Calc"), rect(0, 0));
  return wb;
}

test("reads a TELE call's arguments in two syncs: the cell, then every argument's cells at once", async () => {
  const { host } = await workbookWithFormula();
  host.resetCounters();
  const selection = await excelExplainWorkbook.read();
  expect(host.syncCount).toBe(2);
  expect(selection).toMatchObject({ kind: "call", address: "Calc!A1", formula: FORMULA });
  if (selection.kind !== "call") throw new Error("not a call");
  expect(selection.call.id).toBe("MONTH_SCORE");
  expect(selection.call.args.map((a) => [a.address, a.value, a.unread])).toEqual([
    ["'Rep data'!A2", 1530, false],
    [null, null, false],
    ["'Rep data'!C2", null, false], // an empty cell reaches a function as null
    [null, null, false],
    [null, 1.2, false],
  ]);
  const nested = selection.call.args[1].nested!;
  expect(nested.id).toBe("BASELINE");
  expect(nested.args.map((a) => [a.address, a.value])).toEqual([
    [null, "calls"],
    ["'Rep data'!B2", "Junior"],
    [null, 7],
  ]);
});

test("a cell without a TELE call is read in one sync and said to be something else", async () => {
  const { host, workbook, sheet } = await workbookWithFormula();
  workbook.select(sheet("Calc"), rect(0, 2));
  host.resetCounters();
  expect(await excelExplainWorkbook.read()).toEqual({ kind: "other", address: "Calc!C1", formula: null });
  expect(host.syncCount).toBe(1);
});

test("a burst of selection changes leads to one read, after the selection rests", async () => {
  const { workbook, sheet } = await workbookWithFormula();
  let reads = 0;
  const stop = await excelExplainWorkbook.watch(() => void reads++);
  for (let col = 0; col < 5; col++) workbook.select(sheet("Calc"), rect(0, col));
  await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS / 2));
  expect(reads).toBe(0);
  await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS * 2));
  expect(reads).toBe(1);
  await stop();
  workbook.select(sheet("Calc"), rect(0, 1));
  await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS * 2));
  expect(reads).toBe(1); // stopped: no more reads
});
