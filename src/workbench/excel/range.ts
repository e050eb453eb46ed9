/**
 * Excel.Range (https://learn.microsoft.com/javascript/api/excel/excel.range): values, formulas,
 * numberFormat, text, address and the ranges derived from a range. Writing a 2-D array whose
 * shape differs from the range's is InvalidArgument; a single value fills the range; null inside
 * an array leaves that cell unchanged and "" empties it
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 */
import { formatAddress, intersection, isEntireColumns, isEntireRows, isInsideGrid, lastCol, lastRow, MAX_COLUMNS, MAX_ROWS, parseAddress, rect, type Rect } from "../../engine/sheet/address";
import { DataValidation } from "./annotations";
import { ClientObject, type Exec, type Readers } from "./clientObject";
import { ConditionalFormatCollection } from "./conditionalFormat";
import { invalidArgument, itemNotFound } from "./errors";
import type { CellValue } from "./numberFormat";
import { RangeFormat } from "./rangeFormat";
import type { RequestContext } from "./requestContext";
import type { Sheet } from "./sheet";
import type { ClearApplyTo, ValueType } from "./workbook";
import { Worksheet } from "./worksheet";

export interface RangeRef {
  readonly sheet: Sheet;
  readonly area: Rect;
}

/**
 * A range argument (Range proxy or address string) as a workbook location, inside a sync. An
 * address without a sheet refers to `sheet`, or to the active sheet.
 */
export function resolveRange(context: RequestContext, arg: Range | string, exec: Exec, sheet?: Sheet): RangeRef {
  if (arg instanceof Range) {
    const ref = arg._resolve(exec);
    if (ref === null) throw itemNotFound("the range argument is a null object");
    return ref;
  }
  const parsed = typeof arg === "string" ? parseAddress(arg) : null;
  if (!parsed) throw invalidArgument(`${JSON.stringify(arg)} is not an A1 address`);
  const model = context._model;
  const target = parsed.sheet === undefined ? (sheet ?? model.activeSheet) : model.sheet(parsed.sheet);
  if (!target || (sheet && target !== sheet)) throw invalidArgument(`${JSON.stringify(arg)} is not on ${sheet ? `the sheet ${JSON.stringify(sheet.name)}` : "an existing sheet"}`);
  return { sheet: target, area: parsed.rect };
}

export class Range extends ClientObject<RangeRef> {
  protected readonly _typeName = "Range";
  private _format: RangeFormat | undefined;
  private _conditionalFormats: ConditionalFormatCollection | undefined;
  private _worksheet: Worksheet | undefined;
  private _dataValidation: DataValidation | undefined;

  protected override _readers(): Readers<RangeRef> {
    const model = this.context._model;
    const address = (r: RangeRef): string => formatAddress(r.sheet.name, r.area);
    const formulas = (r: RangeRef): CellValue[][] => model.formulas(r.sheet, r.area);
    const numberFormat = (r: RangeRef): string[][] => model.numberFormats(r.sheet, r.area);
    return {
      address,
      addressLocal: address,
      cellCount: (r) => r.area.rows * r.area.cols,
      columnCount: (r) => r.area.cols,
      columnIndex: (r) => r.area.col,
      rowCount: (r) => r.area.rows,
      rowIndex: (r) => r.area.row,
      isEntireColumn: (r) => isEntireColumns(r.area),
      isEntireRow: (r) => isEntireRows(r.area),
      values: (r) => model.values(r.sheet, r.area),
      formulas,
      formulasLocal: formulas,
      numberFormat,
      numberFormatLocal: numberFormat,
      text: (r) => model.texts(r.sheet, r.area),
      valueTypes: (r) => model.valueTypes(r.sheet, r.area),
      hyperlink: (r) => model.annotation<Excel.RangeHyperlink>(r.sheet, r.area.row, r.area.col, "hyperlink"),
    };
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): ValueType[][] {
    return this._get("valueTypes");
  }

  get hyperlink(): Excel.RangeHyperlink | null {
    return this._get("hyperlink");
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this._set("hyperlink", link, (r) => this.context._model.setHyperlink(r.sheet, r.area, link));
  }

  get values(): CellValue[][] {
    return this._get("values");
  }
  set values(values: unknown[][]) {
    this._set("values", values, (r) => this.context._model.write(r.sheet, r.area, values, "values"));
  }

  get formulas(): CellValue[][] {
    return this._get("formulas");
  }
  set formulas(formulas: unknown[][]) {
    this._set("formulas", formulas, (r) => this.context._model.write(r.sheet, r.area, formulas, "formulas"));
  }

  get formulasLocal(): CellValue[][] {
    return this._get("formulasLocal");
  }
  set formulasLocal(formulas: unknown[][]) {
    this._set("formulasLocal", formulas, (r) => this.context._model.write(r.sheet, r.area, formulas, "formulas"));
  }

  get numberFormat(): string[][] {
    return this._get("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this._set("numberFormat", formats, (r) => this.context._model.writeNumberFormat(r.sheet, r.area, formats));
  }

  get numberFormatLocal(): string[][] {
    return this._get("numberFormatLocal");
  }
  set numberFormatLocal(formats: unknown[][]) {
    this._set("numberFormatLocal", formats, (r) => this.context._model.writeNumberFormat(r.sheet, r.area, formats));
  }

  get format(): RangeFormat {
    return (this._format ??= new RangeFormat(this.context, this._derive((r) => r)));
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return (this._conditionalFormats ??= new ConditionalFormatCollection(this.context, this._derive((r) => r)));
  }

  get dataValidation(): DataValidation {
    return (this._dataValidation ??= new DataValidation(this.context, this._derive((r) => r)));
  }

  get worksheet(): Worksheet {
    return (this._worksheet ??= new Worksheet(this.context, this._derive((r) => r.sheet)));
  }

  /** A range computed from this one when the sync runs; leaving the grid is InvalidArgument. */
  private _range(label: string, area: (r: Rect) => Rect): Range {
    return new Range(
      this.context,
      this._derive((r) => {
        const next = area(r.area);
        if (!isInsideGrid(next)) throw invalidArgument(`Range.${label} gives a range outside the sheet`);
        return { sheet: r.sheet, area: next };
      }),
    );
  }

  getCell(row: number, column: number): Range {
    return this._range("getCell", (a) => rect(a.row + row, a.col + column));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._range("getOffsetRange", (a) => rect(a.row + rowOffset, a.col + columnOffset, a.rows, a.cols));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._range("getResizedRange", (a) => rect(a.row, a.col, a.rows + deltaRows, a.cols + deltaColumns));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this._range("getAbsoluteResizedRange", (a) => rect(a.row, a.col, numRows, numColumns));
  }

  getRow(row: number): Range {
    return this._range("getRow", (a) => rect(a.row + row, a.col, 1, a.cols));
  }

  getColumn(column: number): Range {
    return this._range("getColumn", (a) => rect(a.row, a.col + column, a.rows, 1));
  }

  getLastRow(): Range {
    return this._range("getLastRow", (a) => rect(lastRow(a), a.col, 1, a.cols));
  }

  getLastColumn(): Range {
    return this._range("getLastColumn", (a) => rect(a.row, lastCol(a), a.rows, 1));
  }

  getLastCell(): Range {
    return this._range("getLastCell", (a) => rect(lastRow(a), lastCol(a)));
  }

  getRowsAbove(count = 1): Range {
    return this._range("getRowsAbove", (a) => rect(a.row - count, a.col, count, a.cols));
  }

  getRowsBelow(count = 1): Range {
    return this._range("getRowsBelow", (a) => rect(lastRow(a) + 1, a.col, count, a.cols));
  }

  getColumnsBefore(count = 1): Range {
    return this._range("getColumnsBefore", (a) => rect(a.row, a.col - count, a.rows, count));
  }

  getColumnsAfter(count = 1): Range {
    return this._range("getColumnsAfter", (a) => rect(a.row, lastCol(a) + 1, a.rows, count));
  }

  getEntireColumn(): Range {
    return this._range("getEntireColumn", (a) => rect(0, a.col, MAX_ROWS, a.cols));
  }

  getEntireRow(): Range {
    return this._range("getEntireRow", (a) => rect(a.row, 0, a.rows, MAX_COLUMNS));
  }

  /** The used cells within this range; ItemNotFound when there are none (Excel's Range.getUsedRange). */
  getUsedRange(valuesOnly = false): Range {
    return new Range(
      this.context,
      this._derive((r) => {
        const used = this.context._model.usedArea(r.sheet, valuesOnly);
        const area = used && intersection(used, r.area);
        if (!area) throw itemNotFound("the range has no used cells");
        return { sheet: r.sheet, area };
      }),
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.context,
      this._derive((r) => {
        const used = this.context._model.usedArea(r.sheet, valuesOnly);
        const area = used && intersection(used, r.area);
        return area ? { sheet: r.sheet, area } : null;
      }),
    )._instantiate(this._typeName, "getUsedRangeOrNullObject");
  }

  clear(applyTo: ClearApplyTo = "All"): void {
    this._queue("clear", [applyTo], (r) => this.context._model.clear(r.sheet, r.area, applyTo));
  }

  /** Range.delete: Excel's "Up" / "Left" shifts (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1)). */
  delete(shift: "Up" | "Left"): void {
    if (shift !== "Up" && shift !== "Left") throw invalidArgument(`delete shifts "Up" or "Left", not ${JSON.stringify(shift)}`);
    this._queue("delete", [shift], (r) => this.context._model.deleteCells(r.sheet, r.area, shift));
  }

  /** Range.insert: inserts cells of this range's size, shifting the others down or right; returns the new cells. */
  insert(shift: "Down" | "Right"): Range {
    if (shift !== "Down" && shift !== "Right") throw invalidArgument(`insert shifts "Down" or "Right", not ${JSON.stringify(shift)}`);
    this._queue("insert", [shift], (r) => this.context._model.insertCells(r.sheet, r.area, shift));
    return this._range("insert", (a) => a);
  }

  select(): void {
    this._queue("select", [], (r) => this.context._model.select(r.sheet, r.area));
  }

  /** Range.sort (ExcelApi 1.2): https://learn.microsoft.com/javascript/api/excel/excel.rangesort */
  get sort(): RangeSort {
    return new RangeSort((fields, hasHeaders) =>
      this._queue("sort.apply", [fields, hasHeaders], (r) =>
        this.context._model.sortRows(r.sheet, hasHeaders ? rect(r.area.row + 1, r.area.col, r.area.rows - 1, r.area.cols) : r.area, fields),
      ),
    );
  }
}

export class RangeSort {
  constructor(private readonly queue: (fields: { key: number; ascending?: boolean }[], hasHeaders: boolean) => void) {}

  /** apply(fields, matchCase, hasHeaders, orientation): by rows, as the review is sorted; a header row stays on top. */
  apply(fields: { key: number; ascending?: boolean }[], _matchCase = false, hasHeaders = false, orientation = "Rows"): void {
    if (orientation !== "Rows") throw invalidArgument("the workbench sorts by rows only");
    this.queue(fields, hasHeaders);
  }
}
