/**
 * Who a data row is: the rep key every part of TeleScore matches reps by, and the check a live
 * review's period cell makes that a data row is still its rep's row (docs/review.md, "Live or values
 * only"). Apart from records.ts because TELE.SOURCE_ROW runs it: the functions load before the pane
 * and must not pull in the table reader's dependencies (docs/benchmarks.md, functions first).
 */
import { notFoundError, ScoreError } from "../errors";
import { readText, type CellValue } from "../input";
import { nameKey } from "../names";
import { monthKey, parseMonth } from "./period";

/** A rep is known by id where the table has one, else by name. */
export function repKey(repId: string | null, repName: string | null): string | null {
  if (repId !== null) return `id:${nameKey(repId)}`;
  return repName === null ? null : `name:${nameKey(repName)}`;
}

/** Who a row is, as its cells hold them: the rep ID and name cells (null where there is no such column). */
export interface RowIdentity {
  repId: CellValue;
  repName: CellValue;
}

/** A reading that fails (a ScoreError) as null: a cell that cannot be read is no rep and no month. */
function readOrNull<T>(read: () => T): T | null {
  try {
    return read();
  } catch (e) {
    if (e instanceof ScoreError) return null;
    throw e;
  }
}

const identityKey = (cells: RowIdentity): string | null => readOrNull(() => repKey(readText(cells.repId, "rep_id"), readText(cells.repName, "rep_name")));

/**
 * The month of `period` ("2026-07") when a data row, read as readRecords reads it, is still `rep`'s
 * row for that month: the same rep (by ID where the row has one, else by name, as repKey) and the
 * same month; blank when `period` is. Otherwise #N/A, "the data rows moved": a live review reads the
 * data by address and checks this first, because sorting the data puts other reps' rows at those
 * addresses (docs/review.md, "Live or values only").
 */
export function repMonthOfRow(period: CellValue, row: RowIdentity & { period: CellValue }, rep: RowIdentity): string | null {
  const month = parseMonth(period, "period");
  if (month === null) return null;
  const key = identityKey(row);
  const rowMonth = readOrNull(() => parseMonth(row.period, "source_period"));
  if (key === null || key !== identityKey(rep) || rowMonth === null || monthKey(rowMonth) !== monthKey(month)) throw notFoundError("sourceMoved", {});
  return monthKey(month);
}
