/**
 * Excel tables: TableCollection, Table, TableRowCollection / TableRow, TableColumnCollection /
 * TableColumn (https://learn.microsoft.com/javascript/api/excel/excel.table and the pages beside it).
 * Table names are workbook-wide; the geometry and name rules are in tableModel.ts and workbook.ts.
 * Totals rows, table styles' look, calculated columns and structured references
 * (Table1[Column]) are not emulated: HyperFormula cannot parse the latter, so writing one is
 * InvalidArgument here while Excel would accept it.
 */
import { rect, type Rect } from "../../engine/sheet/address";
import { ClientCollection, ClientObject, type ClientResult, type Exec, type Readers } from "./clientObject";
import { invalidArgument, itemAlreadyExists, itemNotFound } from "./errors";
import { Range, resolveRange } from "./range";
import type { Sheet } from "./sheet";
import type { TableModel } from "./tableModel";
import { Workbook } from "./workbook";
import { Worksheet } from "./worksheet";

/** workbook.tables or worksheet.tables. */
type Scope = Workbook | Sheet;

export class TableCollection extends ClientCollection<Scope, TableModel, Table> {
  protected readonly _typeName = "TableCollection";

  protected override _readers(): Readers<Scope> {
    return { count: (scope) => this._list(scope).length };
  }

  get count(): number {
    return this._get("count");
  }

  protected _list(scope: Scope): TableModel[] {
    return this.context._model.tables.filter((t) => scope instanceof Workbook || t.sheet === scope);
  }

  protected _item(table: TableModel): Table {
    return new Table(this.context, () => table, true);
  }

  private _table(label: string, find: (scope: Scope, exec: Exec) => TableModel | null, payload?: unknown): Table {
    return new Table(this.context, this._derive(find), true)._instantiate(this._typeName, label, payload);
  }

  /** An address without a sheet is on this worksheet (workbook.tables: the active sheet). */
  add(address: Range | string, hasHeaders: boolean): Table {
    return this._table(
      "add",
      (scope, exec) => {
        const ref = resolveRange(this.context, address, exec, scope instanceof Workbook ? undefined : scope);
        return this.context._model.addTable(ref.sheet, ref.area, hasHeaders);
      },
      [typeof address === "string" ? address : null, hasHeaders],
    );
  }

  getItem(key: string): Table {
    return this._table("getItem", (scope) => {
      const table = this._list(scope).find((t) => t.id === key || t.name.toLowerCase() === key.toLowerCase());
      if (!table) throw itemNotFound(`no table named ${JSON.stringify(key)}`);
      return table;
    });
  }

  getItemOrNullObject(key: string): Table {
    return this._table("getItemOrNullObject", (scope) => this._list(scope).find((t) => t.id === key || t.name.toLowerCase() === key.toLowerCase()) ?? null);
  }

  getItemAt(index: number): Table {
    return this._table("getItemAt", (scope) => {
      const table = this._list(scope)[index];
      if (!table) throw invalidArgument(`no table at index ${index}`);
      return table;
    });
  }

  getCount(): ClientResult<number> {
    return this._result("getCount", (scope) => this._list(scope).length);
  }
}

export class Table extends ClientObject<TableModel> {
  protected readonly _typeName = "Table";
  private _rows: TableRowCollection | undefined;
  private _columns: TableColumnCollection | undefined;
  private _worksheet: Worksheet | undefined;

  protected override _readers(): Readers<TableModel> {
    return {
      id: (t) => t.id,
      name: (t) => t.name,
      showHeaders: () => true,
      showTotals: () => false,
      style: (t) => t.style,
    };
  }

  get id(): string {
    return this._get("id");
  }

  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._set("name", name, (t) => this.context._model.renameTable(t, name));
  }

  get showHeaders(): boolean {
    return this._get("showHeaders");
  }

  get showTotals(): boolean {
    return this._get("showTotals");
  }

  get style(): string {
    return this._get("style");
  }
  set style(style: string) {
    this._set("style", style, (t) => (t.style = style));
  }

  get rows(): TableRowCollection {
    return (this._rows ??= new TableRowCollection(this.context, this._derive((t) => t)));
  }

  get columns(): TableColumnCollection {
    return (this._columns ??= new TableColumnCollection(this.context, this._derive((t) => t)));
  }

  get worksheet(): Worksheet {
    return (this._worksheet ??= new Worksheet(this.context, this._derive((t) => t.sheet)));
  }

  private _range(area: (t: TableModel) => Rect): Range {
    return new Range(this.context, this._derive((t) => ({ sheet: t.sheet, area: area(t) })));
  }

  getRange(): Range {
    return this._range((t) => t.area);
  }

  getHeaderRowRange(): Range {
    return this._range((t) => t.headerArea);
  }

  getDataBodyRange(): Range {
    return this._range((t) => t.bodyArea);
  }

  resize(newRange: Range | string): void {
    this._queue("resize", [typeof newRange === "string" ? newRange : null], (t, exec) =>
      this.context._model.resizeTable(t, resolveRange(this.context, newRange, exec, t.sheet).area),
    );
  }

  /** Deletes the table and its cells. */
  delete(): void {
    this._queue("delete", [], (t) => this.context._model.deleteTable(t, false));
  }

  /** Keeps the cells as a plain range, which it returns. */
  convertToRange(): Range {
    let area: Rect | undefined;
    let sheet: Sheet | undefined;
    this._queue("convertToRange", [], (t) => {
      ({ area, sheet } = t);
      this.context._model.deleteTable(t, true);
    });
    return new Range(this.context, () => (sheet && area ? { sheet, area } : null));
  }
}

type RowRef = { table: TableModel; index: number };

export class TableRowCollection extends ClientCollection<TableModel, RowRef, TableRow> {
  protected readonly _typeName = "TableRowCollection";

  protected override _readers(): Readers<TableModel> {
    return { count: (t) => t.bodyRows };
  }

  get count(): number {
    return this._get("count");
  }

  protected _list(table: TableModel): RowRef[] {
    return Array.from({ length: table.bodyRows }, (_, index) => ({ table, index }));
  }

  protected _item(row: RowRef): TableRow {
    return new TableRow(this.context, () => row, true);
  }

  /** Adds rows (values: one array per row) at `index`, default after the last; returns the first. */
  add(index?: number | null, values?: unknown, alwaysInsert = true): TableRow {
    return new TableRow(
      this.context,
      this._derive((table) => ({ table, index: this.context._model.addTableRows(table, index, values, alwaysInsert) })),
      true,
    )._instantiate(this._typeName, "add", [index ?? null, values ?? null, alwaysInsert]);
  }

  getItemAt(index: number): TableRow {
    return new TableRow(
      this.context,
      this._derive((table) => {
        if (!Number.isInteger(index) || index < 0 || index >= table.bodyRows) throw invalidArgument(`no table row at index ${index}`);
        return { table, index };
      }),
    );
  }

  getCount(): ClientResult<number> {
    return this._result("getCount", (t) => t.bodyRows);
  }
}

export class TableRow extends ClientObject<RowRef> {
  protected readonly _typeName = "TableRow";

  private static area({ table, index }: RowRef): Rect {
    return rect(table.area.row + 1 + index, table.area.col, 1, table.area.cols);
  }

  protected override _readers(): Readers<RowRef> {
    return {
      index: (r) => r.index,
      values: (r) => this.context._model.values(r.table.sheet, TableRow.area(r)),
    };
  }

  get index(): number {
    return this._get("index");
  }

  get values(): unknown[][] {
    return this._get("values");
  }
  set values(values: unknown[][]) {
    this._set("values", values, (r) => this.context._model.write(r.table.sheet, TableRow.area(r), values));
  }

  getRange(): Range {
    return new Range(this.context, this._derive((r) => ({ sheet: r.table.sheet, area: TableRow.area(r) })));
  }
}

type ColumnRef = { table: TableModel; id: number };

function columnIndex({ table, id }: ColumnRef): number {
  const index = table.columnIds.indexOf(id);
  if (index < 0) throw itemNotFound("the table column no longer exists");
  return index;
}

export class TableColumnCollection extends ClientCollection<TableModel, ColumnRef, TableColumn> {
  protected readonly _typeName = "TableColumnCollection";

  protected override _readers(): Readers<TableModel> {
    return { count: (t) => t.area.cols };
  }

  get count(): number {
    return this._get("count");
  }

  protected _list(table: TableModel): ColumnRef[] {
    return table.columnIds.map((id) => ({ table, id }));
  }

  protected _item(column: ColumnRef): TableColumn {
    return new TableColumn(this.context, () => column, true);
  }

  private _column(label: string, find: (table: TableModel) => ColumnRef | null, payload?: unknown): TableColumn {
    return new TableColumn(this.context, this._derive(find), true)._instantiate(this._typeName, label, payload);
  }

  /** A column's key is its header text (ignoring case) or its id. */
  private _find(table: TableModel, key: string | number): ColumnRef | null {
    const headers = this.context._model.headers(table);
    const byName = headers.findIndex((h) => h.toLowerCase() === String(key).toLowerCase());
    const index = byName >= 0 ? byName : table.columnIds.indexOf(Number(key));
    return index >= 0 ? { table, id: table.columnIds[index] } : null;
  }

  add(index?: number | null, values?: unknown, name?: string): TableColumn {
    return this._column(
      "add",
      (table) => {
        const at = this.context._model.addTableColumn(table, index, values, name);
        return { table, id: table.columnIds[at] };
      },
      [index ?? null, values ?? null, name ?? null],
    );
  }

  getItem(key: string | number): TableColumn {
    return this._column("getItem", (table) => {
      const column = this._find(table, key);
      if (!column) throw itemNotFound(`no table column ${JSON.stringify(key)}`);
      return column;
    });
  }

  getItemOrNullObject(key: string | number): TableColumn {
    return this._column("getItemOrNullObject", (table) => this._find(table, key));
  }

  getItemAt(index: number): TableColumn {
    return this._column("getItemAt", (table) => {
      if (!Number.isInteger(index) || index < 0 || index >= table.area.cols) throw invalidArgument(`no table column at index ${index}`);
      return { table, id: table.columnIds[index] };
    });
  }

  getCount(): ClientResult<number> {
    return this._result("getCount", (t) => t.area.cols);
  }
}

export class TableColumn extends ClientObject<ColumnRef> {
  protected readonly _typeName = "TableColumn";

  private static area(c: ColumnRef, part: "all" | "header" | "body"): Rect {
    const { area } = c.table;
    const col = area.col + columnIndex(c);
    return part === "header" ? rect(area.row, col) : part === "body" ? rect(area.row + 1, col, area.rows - 1, 1) : rect(area.row, col, area.rows, 1);
  }

  protected override _readers(): Readers<ColumnRef> {
    return {
      id: (c) => c.id,
      index: (c) => columnIndex(c),
      name: (c) => this.context._model.headers(c.table)[columnIndex(c)],
      values: (c) => this.context._model.values(c.table.sheet, TableColumn.area(c, "all")),
    };
  }

  get id(): number {
    return this._get("id");
  }

  get index(): number {
    return this._get("index");
  }

  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._set("name", name, (c) => {
      const model = this.context._model;
      const others = model.headers(c.table).filter((_, i) => i !== columnIndex(c));
      if (others.some((h) => h.toLowerCase() === name.toLowerCase())) throw itemAlreadyExists(`the table already has a column ${JSON.stringify(name)}`);
      model.write(c.table.sheet, TableColumn.area(c, "header"), [[`'${name}`]]);
    });
  }

  /** The whole column, header included, as Excel's TableColumn.values is. */
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(values: unknown[][]) {
    this._set("values", values, (c) => this.context._model.write(c.table.sheet, TableColumn.area(c, "all"), values));
  }

  private _range(part: "all" | "header" | "body"): Range {
    return new Range(this.context, this._derive((c) => ({ sheet: c.table.sheet, area: TableColumn.area(c, part) })));
  }

  getRange(): Range {
    return this._range("all");
  }

  getHeaderRowRange(): Range {
    return this._range("header");
  }

  getDataBodyRange(): Range {
    return this._range("body");
  }
}
