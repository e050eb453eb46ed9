/**
 * A1 addresses: parsing what add-in code passes to getRange / tables.add, and formatting what
 * Range.address returns ("Sheet1!A1:B2", "'Review 2026-07'!C3", "Sheet1!A:A", "Sheet1!2:2").
 * Rectangles are zero-based, as Range.rowIndex / columnIndex are.
 */

/** Excel's grid size (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export function rect(row: number, col: number, rows = 1, cols = 1): Rect {
  return { row, col, rows, cols };
}

export function lastRow(r: Rect): number {
  return r.row + r.rows - 1;
}

export function lastCol(r: Rect): number {
  return r.col + r.cols - 1;
}

export function isInsideGrid(r: Rect): boolean {
  return r.row >= 0 && r.col >= 0 && r.rows >= 1 && r.cols >= 1 && lastRow(r) < MAX_ROWS && lastCol(r) < MAX_COLUMNS;
}

export function containsCell(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row <= lastRow(r) && col >= r.col && col <= lastCol(r);
}

export function contains(outer: Rect, inner: Rect): boolean {
  return containsCell(outer, inner.row, inner.col) && containsCell(outer, lastRow(inner), lastCol(inner));
}

export function intersection(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const endRow = Math.min(lastRow(a), lastRow(b));
  const endCol = Math.min(lastCol(a), lastCol(b));
  return endRow < row || endCol < col ? null : rect(row, col, endRow - row + 1, endCol - col + 1);
}

export function union(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return rect(row, col, Math.max(lastRow(a), lastRow(b)) - row + 1, Math.max(lastCol(a), lastCol(b)) - col + 1);
}

export function isEntireColumns(r: Rect): boolean {
  return r.row === 0 && r.rows === MAX_ROWS;
}

export function isEntireRows(r: Rect): boolean {
  return r.col === 0 && r.cols === MAX_COLUMNS;
}

export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

type Corner = { row?: number; col?: number };

function corner(text: string): Corner | null {
  const cell = CELL.exec(text);
  if (cell) return { col: columnNumber(cell[1]), row: Number(cell[2]) - 1 };
  const column = COLUMN.exec(text);
  if (column) return { col: columnNumber(column[1]) };
  const row = ROW.exec(text);
  return row ? { row: Number(row[1]) - 1 } : null;
}

/** Splits "Sheet1!A1:B2" / "'My sheet'!A1" into the sheet name (if any) and the cell part. */
function splitSheet(address: string): { sheet?: string; cells: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { cells: address };
  let sheet = address.slice(0, bang);
  if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cells: address.slice(bang + 1) };
}

/** Parses an A1 address; null when it is not one (the caller reports InvalidArgument). */
export function parseAddress(address: string): { sheet?: string; rect: Rect } | null {
  const { sheet, cells } = splitSheet(address.trim());
  const parts = cells.split(":");
  if (parts.length > 2) return null;
  const a = corner(parts[0]);
  const b = parts.length === 2 ? corner(parts[1]) : a;
  if (!a || !b) return null;
  const wholeColumns = a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined;
  const wholeRows = a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined;
  if (!wholeColumns && !wholeRows && (a.row === undefined || a.col === undefined || b.row === undefined || b.col === undefined)) return null;
  const rows = wholeColumns ? [0, MAX_ROWS - 1] : [a.row!, b.row!];
  const cols = wholeRows ? [0, MAX_COLUMNS - 1] : [a.col!, b.col!];
  const r = rect(Math.min(...rows), Math.min(...cols), Math.abs(rows[1] - rows[0]) + 1, Math.abs(cols[1] - cols[0]) + 1);
  return isInsideGrid(r) ? { sheet, rect: r } : null;
}

/** "A1", "A1:B2", "A:C" for whole columns, "2:4" for whole rows, as Excel writes them ("$A$1" when absolute). */
export function formatCells(r: Rect, absolute = false): string {
  const $ = absolute ? "$" : "";
  const col = (c: number): string => `${$}${columnLetters(c)}`;
  const row = (n: number): string => `${$}${n + 1}`;
  if (isEntireColumns(r)) return `${col(r.col)}:${col(lastCol(r))}`;
  if (isEntireRows(r)) return `${row(r.row)}:${row(lastRow(r))}`;
  const first = col(r.col) + row(r.row);
  return r.rows === 1 && r.cols === 1 ? first : `${first}:${col(lastCol(r))}${row(lastRow(r))}`;
}

/**
 * Quotes a sheet name where a formula needs it: anything but word characters and dots, a leading
 * digit or dot, or a name that reads as a cell reference ("A1", "R1C1").
 */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !CELL.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, r: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatCells(r, absolute)}`;
}

/**
 * Where a defined name points, from its formula as NamedItem.formula reads it ("=Review!$A$1:$B$6"),
 * or null when it points at no cells of a sheet: a name whose cells or sheet were deleted reads
 * "=#REF!$A$1:$B$6" in Excel (and must not be taken for a sheet called "#REF"); a constant or a
 * formula is not an address either.
 */
export function nameTarget(formula: string): { sheet?: string; rect: Rect } | null {
  const text = formula.replace(/^=/, "");
  if (/#REF!/i.test(text)) return null;
  return parseAddress(text);
}
