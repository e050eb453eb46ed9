/**
 * A small Excel workbook for the task pane's sheet adapters, built from office-addin-mock's
 * OfficeMockObject: sheets of cells (values and number formats), tables, workbook-scoped names,
 * the active sheet and the selection. It is the host, not the code under test, and behaves like
 * Excel where a wrong adapter would show it:
 * - a property reads as office-addin-mock's "not loaded" / "not synced" text until load + sync, and
 *   isNullObject throws before a sync;
 * - commands are queued and carried out at context.sync(), in the order the code made them: cell
 *   writes (an array of the wrong size fails; a leading apostrophe keeps text as text, and text that
 *   Excel would take for a formula fails, as the adapters never mean to write one), inserting
 *   whole columns (cells, names and tables move right), adding and deleting names (adding a name
 *   that exists, or one a table has, fails);
 * - what a proxy reads is the sheet as it was when the code asked for the proxy;
 * - an Excel.run that ends with commands never synced fails.
 * `install()` makes it the global `Excel`; each Excel.run gets a fresh request context.
 */
import { OfficeMockObject } from "office-addin-mock";
import { formatCells, isEntireColumns, lastCol, parseAddress, quoteSheetName, rect, type Rect } from "../../src/engine/sheet/address";

export type Cell = string | number | boolean;

interface SheetModel {
  name: string;
  cells: Map<string, Cell>;
  formats: Map<string, string>;
  tables: { name: string; rect: Rect }[];
}

/** A workbook-scoped name: its sheet and cells, or null cells when they were deleted (its formula is =#REF!). */
interface NameModel {
  sheet: string;
  rect: Rect | null;
}

const keyOf = (row: number, col: number): string => `${row},${col}`;

function parse(address: string): Rect {
  const at = parseAddress(address);
  if (!at || at.sheet !== undefined) throw new Error(`InvalidArgument: the mock takes sheet-local addresses, got "${address}"`);
  return at.rect;
}

export class MockWorkbook {
  /** context.sync() calls over all runs. */
  syncs = 0;
  private readonly sheets = new Map<string, SheetModel>();
  /** Workbook-scoped names, by name as written. */
  readonly names = new Map<string, NameModel>();
  private active: string;
  private selection: { sheet: string; rect: Rect } | null = null;

  constructor(...sheetNames: string[]) {
    for (const name of sheetNames) this.sheets.set(name, { name, cells: new Map(), formats: new Map(), tables: [] });
    this.active = sheetNames[0];
  }

  install(): void {
    (globalThis as { Excel?: unknown }).Excel = { run: (batch: (context: unknown) => Promise<unknown>) => new Batch(this).run(batch) };
  }

  sheet(name: string): SheetModel {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(`ItemNotFound: no sheet "${name}"`);
    return sheet;
  }

  activeSheet(): SheetModel {
    return this.sheet(this.active);
  }

  activate(name: string): void {
    this.sheet(name);
    this.active = name;
  }

  select(sheet: string, address: string): void {
    this.selection = { sheet, rect: parse(address) };
  }

  selected(): { sheet: SheetModel; rect: Rect } {
    if (!this.selection) throw new Error("nothing selected");
    return { sheet: this.sheet(this.selection.sheet), rect: this.selection.rect };
  }

  /** Types into the cells; "" empties a cell. */
  setValues(sheet: string, address: string, rows: Cell[][]): void {
    const r = parse(address);
    const cells = this.sheet(sheet).cells;
    rows.forEach((row, i) => row.forEach((v, j) => (v === "" ? cells.delete(keyOf(r.row + i, r.col + j)) : cells.set(keyOf(r.row + i, r.col + j), v))));
  }

  /** Points a workbook-scoped name at `address` on `sheet`, or at deleted cells (null), as the user's edits would. */
  setName(sheet: string, name: string, address: string | null): void {
    this.sheet(sheet);
    this.names.set(name, { sheet, rect: address === null ? null : parse(address) });
  }

  /** The cells' values, "" for an empty cell. */
  values(sheet: string, address: string): (Cell | "")[][] {
    return this.grid(this.sheet(sheet), parse(address), (s, k) => s.cells.get(k) ?? "");
  }

  /** The cells' number formats, "General" where none was set. */
  formats(sheet: string, address: string): string[][] {
    return this.grid(this.sheet(sheet), parse(address), (s, k) => s.formats.get(k) ?? "General");
  }

  addTable(sheet: string, name: string, address: string): void {
    this.sheet(sheet).tables.push({ name, rect: parse(address) });
  }

  /** A name's formula as Excel shows it ("=Review!$F$1:$G$11", "=#REF!"), or undefined when there is no such name. */
  nameFormula(name: string): string | undefined {
    const n = this.names.get(name);
    return n === undefined ? undefined : n.rect === null ? "=#REF!" : `=${quoteSheetName(n.sheet)}!${formatCells(n.rect, true)}`;
  }

  tableNames(): string[] {
    return [...this.sheets.values()].flatMap((s) => s.tables.map((t) => t.name));
  }

  /** The smallest rectangle holding every non-empty cell, or null for an empty sheet. */
  usedRect(sheet: SheetModel): Rect | null {
    const cells = [...sheet.cells.keys()].map((k) => k.split(",").map(Number));
    if (cells.length === 0) return null;
    const rows = cells.map(([r]) => r);
    const cols = cells.map(([, c]) => c);
    const top = Math.min(...rows);
    const left = Math.min(...cols);
    return rect(top, left, Math.max(...rows) - top + 1, Math.max(...cols) - left + 1);
  }

  grid<T>(sheet: SheetModel, r: Rect, cell: (sheet: SheetModel, key: string) => T): T[][] {
    return Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => cell(sheet, keyOf(r.row + i, r.col + j))));
  }

  write(sheet: SheetModel, r: Rect, property: "values" | "numberFormat", rows: unknown[][]): void {
    if (rows.length !== r.rows || rows.some((row) => row.length !== r.cols)) {
      throw new Error(`InvalidArgument: a ${rows.length}-row array for ${formatCells(r)} (${r.rows} x ${r.cols})`);
    }
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const k = keyOf(r.row + i, r.col + j);
        if (property === "numberFormat") sheet.formats.set(k, String(v));
        else if (v === "" || v === null) sheet.cells.delete(k);
        else if (typeof v === "string" && /^[=+\-@]/.test(v)) throw new Error(`${formatCells(r)} would get the formula ${v}: write text with safeText`);
        else sheet.cells.set(k, typeof v === "string" && v.startsWith("'") ? v.slice(1) : (v as Cell));
      }),
    );
  }

  /** Inserts whole columns at r's columns: cells, formats, names and tables at or right of them move right. */
  insertColumns(sheet: SheetModel, r: Rect): void {
    const move = <T>(map: Map<string, T>) => {
      const moved = [...map].map(([k, v]) => {
        const [row, col] = k.split(",").map(Number);
        return [keyOf(row, col >= r.col ? col + r.cols : col), v] as const;
      });
      map.clear();
      for (const [k, v] of moved) map.set(k, v);
    };
    move(sheet.cells);
    move(sheet.formats);
    const widen = (x: Rect): Rect =>
      x.col >= r.col ? rect(x.row, x.col + r.cols, x.rows, x.cols) : lastCol(x) >= r.col ? rect(x.row, x.col, x.rows, x.cols + r.cols) : x;
    for (const n of this.names.values()) if (n.sheet === sheet.name && n.rect) n.rect = widen(n.rect);
    for (const table of sheet.tables) table.rect = widen(table.rect);
  }
}

/** One Excel.run: its request context, the proxies it handed out and the commands waiting for a sync. */
class Batch {
  private readonly queue: (() => void)[] = [];
  private readonly proxies: OfficeMockObject[] = [];
  /** Each Range proxy's sheet and cells, for names.add. */
  private readonly places = new WeakMap<object, { sheet: SheetModel; rect: Rect }>();
  private syncs = 0;
  readonly context: OfficeMockObject;

  constructor(private readonly wb: MockWorkbook) {
    this.context = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItem: (name: string) => this.worksheet(wb.sheet(name)),
          getActiveWorksheet: () => this.worksheet(wb.activeSheet()),
        },
        getSelectedRange: () => {
          const { sheet, rect: r } = wb.selected();
          return this.range(sheet, r);
        },
      },
      sync: () => this.sync(),
    });
    // Set after populating, as plain objects: office-addin-mock cannot load "items/name" of a collection.
    Object.assign(this.context.workbook, {
      names: this.collection(
        () => [...wb.names.keys()].map((name) => ({ name, formula: wb.nameFormula(name) as string, delete: () => this.queue.push(() => wb.names.delete(name)) })),
        { add: (name: string, range: object, comment: string) => this.addName(name, range, comment) },
      ),
      tables: this.collection(() => wb.tableNames().map((name) => ({ name })), {}),
    });
  }

  /**
   * A collection whose `items` are what the workbook held when load() was called, readable after
   * the next sync (before it, reading them throws, as office.js's PropertyNotLoaded would).
   */
  private collection<T>(list: () => T[], methods: object): object {
    let loaded: { items: T[]; askedAt: number } | null = null;
    const batch = this;
    return {
      ...methods,
      load(this: object) {
        loaded = { items: list(), askedAt: batch.syncs };
        return this;
      },
      get items(): T[] {
        if (!loaded || batch.syncs === loaded.askedAt) throw new Error("collection items read before load() and context.sync()");
        return loaded.items;
      },
    };
  }

  private addName(name: string, range: object, comment: string): object {
    const place = this.places.get(range);
    if (!place) throw new Error("names.add takes a Range of this context");
    this.queue.push(() => {
      const taken = [...this.wb.names.keys(), ...this.wb.tableNames()].some((n) => n.toLowerCase() === name.toLowerCase());
      if (taken) throw new Error(`InvalidArgument: the name ${name} already exists`);
      this.wb.names.set(name, { sheet: place.sheet.name, rect: place.rect });
    });
    return { name, comment };
  }

  async run(batch: (context: unknown) => Promise<unknown>): Promise<unknown> {
    const result = await batch(this.context);
    if (this.queue.length > 0) throw new Error(`Excel.run ended with ${this.queue.length} command(s) never synced`);
    return result;
  }

  private async sync(): Promise<void> {
    this.wb.syncs++;
    this.syncs++;
    for (const command of this.queue.splice(0)) command();
    for (const proxy of this.proxies) await proxy.sync();
    // office-addin-mock settles nested properties in promise callbacks it does not await.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  private track(mock: OfficeMockObject): OfficeMockObject {
    this.proxies.push(mock);
    return mock;
  }

  /** isNullObject as Excel gives it: readable only after a sync. */
  private nullable(mock: OfficeMockObject, isNull: boolean, what: string): OfficeMockObject {
    const askedAt = this.syncs;
    Object.defineProperty(mock, "isNullObject", {
      get: () => {
        if (this.syncs === askedAt) throw new Error(`isNullObject of ${what} read before context.sync()`);
        return isNull;
      },
    });
    return mock;
  }

  private worksheet(sheet: SheetModel): OfficeMockObject {
    const worksheet = this.track(
      new OfficeMockObject({
        name: sheet.name,
        getRange: (address: string) => this.range(sheet, parse(address)),
        getUsedRangeOrNullObject: () => {
          const used = this.wb.usedRect(sheet);
          return this.nullable(this.range(sheet, used ?? rect(0, 0)), used === null, "the used range");
        },
        tables: { items: sheet.tables.map((table) => this.table(sheet, table.rect)) },
      }),
    );
    // Set after populating: a property would make office-addin-mock's own sync recurse into ours.
    Object.assign(worksheet, { context: this.context });
    return worksheet;
  }

  private table(sheet: SheetModel, r: Rect): OfficeMockObject {
    return this.track(
      new OfficeMockObject({
        getHeaderRowRange: () => this.range(sheet, rect(r.row, r.col, 1, r.cols)),
        getDataBodyRange: () => this.range(sheet, rect(r.row + 1, r.col, r.rows - 1, r.cols)),
      }),
    );
  }

  /** A Range proxy; setting values or numberFormat queues the write, to land at the next sync. */
  private range(sheet: SheetModel, r: Rect): OfficeMockObject {
    const whole = isEntireColumns(r);
    const mock = new OfficeMockObject({
      address: `${quoteSheetName(sheet.name)}!${formatCells(r)}`,
      values: whole ? [] : this.wb.grid(sheet, r, (s, k) => s.cells.get(k) ?? ""),
      numberFormat: whole ? [] : this.wb.grid(sheet, r, (s, k) => s.formats.get(k) ?? "General"),
      rowIndex: r.row,
      columnIndex: r.col,
      rowCount: r.rows,
      columnCount: r.cols,
      insert: (shift: string) => {
        if (!whole || shift !== "Right") throw new Error(`the mock inserts whole columns to the right only, got ${formatCells(r)} ${shift}`);
        this.queue.push(() => this.wb.insertColumns(sheet, r));
      },
    });
    const proxy = new Proxy(mock, {
      set: (target, property, value, receiver) => {
        // office-addin-mock itself only ever assigns its "not loaded" texts here, never arrays.
        if ((property === "values" || property === "numberFormat") && Array.isArray(value)) {
          this.queue.push(() => this.wb.write(sheet, r, property, value as unknown[][]));
        }
        return Reflect.set(target, property, value, receiver);
      },
    });
    this.places.set(proxy, { sheet, rect: r });
    this.track(mock);
    return proxy;
  }
}
