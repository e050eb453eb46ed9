/**
 * What the page needs from the formula engine beyond the Workbook's CellView: the message an
 * error carries (a custom function's own, shown as the cell's tooltip) and the extent of a
 * spilled array (saved as an array formula over that range). Both read HyperFormula directly.
 */
import { DetailedCellError } from "hyperformula";
import { excelShowsMessage } from "./customFunctionsShim";
import type { Sheet } from "./excel/sheet";
import type { Workbook } from "./excel/workbook";

const at = (sheet: Sheet, row: number, col: number) => ({ sheet: sheet.engineId, row, col });

/**
 * The message of an error cell as Excel would show it: "" when the cell holds no error, or an
 * error whose code Excel shows without a message (all but #VALUE! and #N/A, excelShowsMessage).
 */
export function errorMessage(workbook: Workbook, sheet: Sheet, row: number, col: number): string {
  // Read through the Workbook first: it evaluates writes still pending in the engine.
  const view = workbook.cell(sheet, row, col);
  if (!view.isError || !excelShowsMessage(String(view.value))) return "";
  const value = workbook.engine.getCellValue(at(sheet, row, col));
  return value instanceof DetailedCellError ? value.message : "";
}

/**
 * The rows × columns a formula's result spills over, itself included; null for a formula that
 * does not spill (or a cell without a formula). The spill runs down and right from the formula
 * over cells that are part of an array and hold no formula of their own.
 */
export function spillSize(workbook: Workbook, sheet: Sheet, row: number, col: number): { rows: number; cols: number } | null {
  const engine = workbook.engine;
  const spilled = (r: number, c: number): boolean => engine.isCellPartOfArray(at(sheet, r, c)) && engine.getCellFormula(at(sheet, r, c)) === undefined;
  if (workbook.cell(sheet, row, col).formula === undefined || !engine.isCellPartOfArray(at(sheet, row, col))) return null;
  let rows = 1;
  while (spilled(row + rows, col)) rows++;
  let cols = 1;
  while (spilled(row, col + cols)) cols++;
  return rows === 1 && cols === 1 ? null : { rows, cols };
}
