/**
 * Rep-period data for the review adapter tests, typed as a user would paste it (the period as text
 * with an apostrophe, as Excel keeps "2026-07" typed with one), and ways to read a generated review
 * back by column key.
 */
import { defaultPolicy } from "../../../src/engine/policy";
import { parsePeriod } from "../../../src/engine/review/period";
import { reviewColumns } from "../../../src/engine/review/reviewLayout";
import { TABLE_TOP } from "../../../src/taskpane/review/plan/reviewPlan";
import type { CellValue } from "../../../src/workbench/excel/workbook";
import { addressOf, type TestWorkbook } from "./reviewHarness";

export const HEADERS = [
  "Rep ID", "Name", "Position", "Month", "Calls", "Talk time (min)", "Customers", "Workdays", "Leave days", "Revenue",
  "Sales target", "Cost", "Refunds", "After-sales cost", "Complaint cost", "Profit target", "CSAT %", "Team building",
  "Customer service", "Sales skills", "Quality score",
];

export type Row = (string | number | null)[];

/** July 2026: Ann (worked out by hand in reviewMonth.test.ts), Bo (on leave 5 of 20 days), Hal (present 5 of 20 days). */
export const JULY: Row[] = [
  ["E001", "Ann", "Junior", "'2026-07", 1800, 1200, 150, 22, 0, 100000, 80000, 60000, 1000.5, 500.25, 0, 40000, 90, 4, 5, 3, null],
  ["E002", "Bo", "Senior", "'2026-07", 1000, 900, 80, 20, 5, 50000, 100000, 45000, null, null, null, 10000, 72, null, null, null, null],
  ["E008", "Hal", "Junior", "'2026-07", 900, null, null, 20, 15, 80000, 80000, null, null, null, null, null, null, null, null, null, null],
];

/** A data sheet "Data" with HEADERS in row 1 and the rows under it, made an Excel table named RepData. */
export function dataSheet(rows: Row[], headers: string[] = HEADERS): Record<string, unknown[][]> {
  return { Data: [headers, ...rows] };
}

export const JULY_COLUMNS = reviewColumns(defaultPolicy(), parsePeriod("2026-07"));
export const Q3_COLUMNS = reviewColumns(defaultPolicy(), parsePeriod("2026-Q3"));

/** The review table's body (values or formulas), one object per row keyed by column key, for `rows` rows. */
export function reviewRows(wb: TestWorkbook, sheetName: string, rows: number, what: "values" | "formulas" = "values", columns = JULY_COLUMNS): Record<string, CellValue>[] {
  const read = what === "values" ? wb.values : wb.formulas;
  const cells = read(addressOf(sheetName, TABLE_TOP + 1, 0, rows, columns.length));
  return cells.map((line) => Object.fromEntries(columns.map((c, i) => [c.key, line[i]])));
}

/** The review table's header row. */
export function reviewHeaders(wb: TestWorkbook, sheetName: string, width: number): CellValue[] {
  return wb.values(addressOf(sheetName, TABLE_TOP, 0, 1, width))[0];
}

/** `count` reps (R00001...) with a row for each of `months` ("2026-07"), varied but valid, all Junior or Senior. */
export function manyReps(count: number, months: string[]): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    for (const [m, month] of months.entries()) {
      const k = (i * 7 + m * 3) % 50;
      rows.push([
        `R${String(i + 1).padStart(5, "0")}`, `Rep ${i + 1}`, i % 3 === 0 ? "Senior" : "Junior", `'${month}`,
        1500 + k * 10, 1200 + k * 5, 100 + k, 21, k % 4, 70000 + k * 1000.25, 80000, 50000 + k * 100, k % 5 === 0 ? 120.1 : null, null, null, 20000,
        80 + (k % 20), 1 + (k % 5), 1 + ((k + 1) % 5), 1 + ((k + 2) % 5), m === 0 ? 70 + (k % 30) : null,
      ]);
    }
  }
  return rows;
}
