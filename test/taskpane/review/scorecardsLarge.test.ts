/**
 * A team larger than one scorecard sheet holds: 1,005 reps make two sheets, 1,000 pages and 5, each
 * with a page break above every page but its first (Excel keeps at most 1,026 on a sheet), and every
 * exchange with Excel stays under Excel on the web's 5 MB.
 */
import "../../support/customFunctionsGlobal";
import { defaultPolicy } from "../../../src/engine/policy";
import { resetPolicyStoreForTests, setPolicy } from "../../../src/engine/policyStore";
import { rect } from "../../../src/engine/sheet/address";
import { createExcelHost } from "../../../src/workbench/excel/host";
import { Workbook } from "../../../src/workbench/excel/workbook";
import { createOfficeShim } from "../../../src/workbench/officeShim";
import { generateReview } from "../../../src/taskpane/review/excel/reviewSheet";
import { generateScorecards } from "../../../src/taskpane/review/scorecard/excel/scorecardSheet";

jest.setTimeout(120_000);

const HEADERS = ["Rep ID", "Name", "Position", "Month", "Calls", "Talk minutes", "Customers", "Revenue", "Sales target"];
const REPS = 1005;

it("puts 1,005 reps on two sheets of at most 1,000 pages, each exchange under 5 MB", async () => {
  resetPolicyStoreForTests();
  setPolicy(defaultPolicy());
  const workbook = new Workbook({ sheetNames: ["Data"] });
  const rows = Array.from({ length: REPS }, (_, i) => [`E${10000 + i}`, `Rep ${i}`, "Junior", "'2026-07", 1500 + (i % 600), 1400, 100 + (i % 40), 50_000 + 10 * i, 60_000]);
  workbook.write(workbook.sheet("Data")!, rect(0, 0, REPS + 1, HEADERS.length), [HEADERS, ...rows]);
  workbook.endBatch();
  const host = createExcelHost(workbook);
  const uninstall = host.install();
  (globalThis as { Office?: unknown }).Office = createOfficeShim("en-US");
  try {
    await generateReview({ source: { kind: "range", address: "Data!A1:I1006" }, period: "2026-07", mode: "values", locale: "en", user: null });
    host.resetCounters();
    const outcome = await generateScorecards({ review: "TeleScoreReview_2026_07", locale: "en" });
    expect(outcome).toMatchObject({ sheets: ["Scorecards 2026-07", "Scorecards 2026-07 (2)"], reps: REPS });
    const [first, second] = outcome.sheets.map((n) => workbook.sheet(n)!);
    expect([first.pageLayout.rowBreaks.length, second.pageLayout.rowBreaks.length]).toEqual([999, 4]);
    expect([first.charts.length, second.charts.length]).toEqual([1000, 5]);
    expect(Math.max(...host.syncLog.map((r) => Math.max(r.requestBytes, r.responseBytes)))).toBeLessThan(5 * 1024 * 1024);
    expect(workbook.values(second, rect(0, 0))[0][0]).toBe("Scorecard: Rep 1000");
  } finally {
    uninstall();
    delete (globalThis as { Office?: unknown }).Office;
  }
});
