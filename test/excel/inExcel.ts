/**
 * The part of `npm run test:excel` that runs inside Excel, in the add-in's own page (the build adds
 * it after the pane's start-up code when TELESCORE_EXCEL_TEST=1; docs/testing.md, "Real Excel").
 * It types EXCEL_CASES into a new sheet, waits until Excel has computed every cell, reads the
 * values, saves a reweighted policy through the pane's own repository (as the Save button does),
 * reads the policy-bound cells again, and posts everything, with the engine's answers, to the test
 * server (office-addin-test-server) that the runner started.
 */
import { pingTestServer, sendTestResults } from "office-addin-test-helpers";
import { whenPolicyReady } from "../../src/engine/policyStore";
import { workbookRepository } from "../../src/taskpane/policy/excel/workbookRepository";
import { EXCEL_CASES, reweighted, type CellValue } from "./cases";

export const TEST_SERVER_PORT = 4201;
const SETTLE_MS = 60_000;

export interface ExcelResult {
  step: "typed" | "after policy save";
  formula: string;
  excel: CellValue;
  engine: CellValue;
}

/** Reads the cells until none is #BUSY! (or the time runs out, when the busy ones are reported as such). */
async function settledValues(sheetName: string): Promise<CellValue[]> {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    const values = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheetName).getRange(`A1:A${EXCEL_CASES.length}`);
      range.load("values");
      await context.sync();
      return range.values.map((row) => row[0] as CellValue);
    });
    if (!values.includes("#BUSY!") || Date.now() > deadline) return values;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function run(): Promise<ExcelResult[]> {
  const sheetName = `TeleScore test ${Date.now() % 100_000}`;
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(sheetName);
    sheet.getRange(`A1:A${EXCEL_CASES.length}`).formulas = EXCEL_CASES.map((c) => [c.formula]);
    sheet.activate();
    await context.sync();
  });
  const before = await whenPolicyReady();
  const typed = await settledValues(sheetName);
  const results: ExcelResult[] = EXCEL_CASES.map((c, i) => ({ step: "typed", formula: c.formula, excel: typed[i]!, engine: c.expected(before) }));

  const saved = await workbookRepository().save(reweighted(before), "npm run test:excel");
  const after = await settledValues(sheetName);
  EXCEL_CASES.forEach((c, i) => {
    if (c.policyBound) results.push({ step: "after policy save", formula: c.formula, excel: after[i]!, engine: c.expected(saved) });
  });
  return results;
}

void Office.onReady(async () => {
  const server = await pingTestServer(TEST_SERVER_PORT);
  // Opened without the runner (a person using the test build): nothing to report to.
  if (server.status !== 200) return;
  try {
    await sendTestResults(await run(), TEST_SERVER_PORT);
  } catch (e) {
    await sendTestResults([{ step: "failed", formula: "", excel: e instanceof Error ? e.message : String(e), engine: "" }], TEST_SERVER_PORT);
  }
});
