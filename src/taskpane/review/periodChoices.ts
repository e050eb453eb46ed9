/**
 * The periods a review can be asked for, as found in the data: every month the period column holds
 * and every quarter those months fall in, in order, so the user picks one rather than typing it.
 * Cells that hold no month are skipped here; generating reports them row by row.
 */
import { ScoreError } from "../../engine/errors";
import type { CellValue } from "../../engine/input";
import { monthKey, parseMonth, quarterOf } from "../../engine/review/period";

export interface PeriodChoices {
  /** "2026-07", oldest first. */
  months: string[];
  /** "2026-Q3", oldest first. */
  quarters: string[];
}

export function periodChoices(rows: readonly CellValue[][], column: number | undefined): PeriodChoices {
  const months = new Set<string>();
  const quarters = new Set<string>();
  if (column !== undefined) {
    for (const row of rows) {
      try {
        const month = parseMonth(row[column]);
        if (month === null) continue;
        months.add(monthKey(month));
        quarters.add(`${month.year}-Q${quarterOf(month)}`);
      } catch (e) {
        if (!(e instanceof ScoreError)) throw e;
      }
    }
  }
  // Keys have a four-digit year first, so text order is time order.
  return { months: [...months].sort(), quarters: [...quarters].sort() };
}
