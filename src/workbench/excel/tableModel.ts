/**
 * An Excel table's shape: its range (header row + body, no totals row), its columns' ids, and
 * Excel's rules for table names and header texts.
 * Names: https://support.microsoft.com/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114
 * Headers: Excel makes every header a unique text, filling blanks with "Column<n>" and numbering
 * repeats ("Name", "Name2"); https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
 */
import { rect, type Rect } from "../../engine/sheet/address";
import { invalidArgument } from "./errors";
import type { Sheet } from "./sheet";

export class TableModel {
  style = "TableStyleMedium2";
  removed = false;
  /** Column ids in column order; Excel keeps an id per column for the table's lifetime. */
  readonly columnIds: number[];
  private nextColumnId: number;

  constructor(
    readonly id: string,
    public name: string,
    readonly sheet: Sheet,
    public area: Rect,
  ) {
    this.columnIds = Array.from({ length: area.cols }, (_, i) => i + 1);
    this.nextColumnId = area.cols + 1;
  }

  get headerArea(): Rect {
    return rect(this.area.row, this.area.col, 1, this.area.cols);
  }

  get bodyArea(): Rect {
    return rect(this.area.row + 1, this.area.col, this.area.rows - 1, this.area.cols);
  }

  get bodyRows(): number {
    return this.area.rows - 1;
  }

  /** Sets the new range and keeps ids of the columns that remain; new columns get new ids. */
  reshape(area: Rect, insertedAt = area.cols): void {
    const added = area.cols - this.area.cols;
    if (added > 0) this.columnIds.splice(insertedAt, 0, ...Array.from({ length: added }, () => this.nextColumnId++));
    else this.columnIds.splice(area.cols);
    this.area = area;
  }
}

/** Excel's table-name rules; the caller checks uniqueness against tables and defined names. */
export function checkTableName(name: string): void {
  const reason =
    typeof name !== "string" || name.length === 0 ? "a table name cannot be empty"
    : name.length > 255 ? "a table name has at most 255 characters"
    : !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) ? "a table name starts with a letter, _ or \\ and has only letters, digits, _, . and \\"
    : /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name) ? "a table name cannot look like a cell reference"
    : null;
  if (reason) throw invalidArgument(`${reason}: ${JSON.stringify(name)}`);
}

/** Header texts as Excel makes them from what is in the header row. */
export function headerNames(cells: readonly (string | number | boolean)[], startIndex = 1): string[] {
  const seen = new Set<string>();
  return cells.map((cell, i) => {
    const base = cell === "" ? `Column${startIndex + i}` : typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : String(cell);
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}
