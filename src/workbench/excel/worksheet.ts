/**
 * Excel.WorksheetCollection, Worksheet and WorksheetFreezePanes
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection,
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet,
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes).
 * Sheet names follow Excel's rules (workbook.ts); getItem of a missing sheet fails at sync with
 * ItemNotFound, getItemOrNullObject gives a null object.
 */
import { isInsideGrid, MAX_COLUMNS, MAX_ROWS, rect } from "../../engine/sheet/address";
import { ChartCollection } from "./chart";
import { ClientCollection, ClientObject, type ClientResult, type Exec, type Readers } from "./clientObject";
import { invalidArgument, itemNotFound } from "./errors";
import { Range, resolveRange } from "./range";
import type { PageSetup, Sheet, SheetVisibility } from "./sheet";
import { TableCollection } from "./table";
import type { Workbook } from "./workbook";

export class WorksheetCollection extends ClientCollection<Workbook, Sheet, Worksheet> {
  protected readonly _typeName = "WorksheetCollection";

  protected _list(model: Workbook): Sheet[] {
    return [...model.sheets];
  }

  protected _item(sheet: Sheet): Worksheet {
    return new Worksheet(this.context, () => sheet, true);
  }

  private _sheet(label: string, find: (model: Workbook) => Sheet | null, payload?: unknown): Worksheet {
    return new Worksheet(this.context, this._derive(find), true)._instantiate(this._typeName, label, payload);
  }

  add(name?: string): Worksheet {
    return this._sheet("add", (model) => model.addSheet(name), name ?? null);
  }

  getItem(key: string): Worksheet {
    return this._sheet("getItem", (model) => {
      const sheet = model.sheet(key);
      if (!sheet) throw itemNotFound(`no sheet named ${JSON.stringify(key)}`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): Worksheet {
    return this._sheet("getItemOrNullObject", (model) => model.sheet(key) ?? null);
  }

  getActiveWorksheet(): Worksheet {
    return this._sheet("getActiveWorksheet", (model) => model.activeSheet);
  }

  getFirst(visibleOnly = false): Worksheet {
    return this._sheet("getFirst", (model) => model.sheets.find((s) => !visibleOnly || s.visibility === "Visible")!);
  }

  getLast(visibleOnly = false): Worksheet {
    return this._sheet("getLast", (model) => [...model.sheets].reverse().find((s) => !visibleOnly || s.visibility === "Visible")!);
  }

  getCount(visibleOnly = false): ClientResult<number> {
    return this._result("getCount", (model) => model.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length);
  }
}

export class Worksheet extends ClientObject<Sheet> {
  protected readonly _typeName = "Worksheet";
  private _tables: TableCollection | undefined;
  private _charts: ChartCollection | undefined;
  private _freezePanes: WorksheetFreezePanes | undefined;

  protected override _readers(): Readers<Sheet> {
    return {
      id: (s) => s.id,
      name: (s) => s.name,
      position: (s) => this.context._model.position(s),
      visibility: (s) => s.visibility,
      tabColor: (s) => s.tabColor,
      showGridlines: (s) => s.showGridlines,
      standardWidth: (s) => s.standardWidth,
      standardHeight: (s) => s.standardHeight,
    };
  }

  get id(): string {
    return this._get("id");
  }

  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._set("name", name, (s) => this.context._model.renameSheet(s, name));
  }

  get position(): number {
    return this._get("position");
  }
  set position(position: number) {
    this._set("position", position, (s) => this.context._model.moveSheet(s, position));
  }

  get visibility(): SheetVisibility {
    return this._get("visibility");
  }
  set visibility(visibility: SheetVisibility) {
    this._set("visibility", visibility, (s) => this.context._model.setVisibility(s, visibility));
  }

  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(color: string) {
    this._set("tabColor", color, (s) => (s.tabColor = color));
  }

  get showGridlines(): boolean {
    return this._get("showGridlines");
  }
  set showGridlines(show: boolean) {
    this._set("showGridlines", show, (s) => (s.showGridlines = show));
  }

  get standardWidth(): number {
    return this._get("standardWidth");
  }
  set standardWidth(width: number) {
    this._set("standardWidth", width, (s) => this.context._model.setColumnWidth(s, rect(0, 0, MAX_ROWS, MAX_COLUMNS), width));
  }

  get standardHeight(): number {
    return this._get("standardHeight");
  }

  get tables(): TableCollection {
    return (this._tables ??= new TableCollection(this.context, this._derive((s) => s)));
  }

  get charts(): ChartCollection {
    return (this._charts ??= new ChartCollection(this.context, this._derive((s) => s)));
  }

  get freezePanes(): WorksheetFreezePanes {
    return (this._freezePanes ??= new WorksheetFreezePanes(this.context, this._derive((s) => s)));
  }

  /** ExcelApi 1.9: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-horizontalpagebreaks-member */
  get horizontalPageBreaks(): PageBreakCollection {
    return new PageBreakCollection(this.context, this._derive((s) => s));
  }

  /** ExcelApi 1.9: https://learn.microsoft.com/javascript/api/excel/excel.pagelayout */
  get pageLayout(): PageLayout {
    return new PageLayout(this.context, this._derive((s) => s));
  }

  /** getRange() is the whole sheet; an address naming another sheet is InvalidArgument. */
  getRange(address?: string): Range {
    return new Range(
      this.context,
      this._derive((sheet, exec) => (address === undefined ? { sheet, area: rect(0, 0, MAX_ROWS, MAX_COLUMNS) } : resolveRange(this.context, address, exec, sheet))),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return new Range(
      this.context,
      this._derive((sheet) => {
        const area = rect(startRow, startColumn, rowCount, columnCount);
        if (!isInsideGrid(area)) throw invalidArgument(`getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is outside the sheet`);
        return { sheet, area };
      }),
    );
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** The used range; on a blank sheet, A1 (Excel's Worksheet.getUsedRange does not fail). */
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, this._derive((sheet) => ({ sheet, area: this.context._model.usedArea(sheet, valuesOnly) ?? rect(0, 0) })));
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.context,
      this._derive((sheet) => {
        const area = this.context._model.usedArea(sheet, valuesOnly);
        return area ? { sheet, area } : null;
      }),
    )._instantiate(this._typeName, "getUsedRangeOrNullObject");
  }

  activate(): void {
    this._queue("activate", [], (s) => this.context._model.activate(s));
  }

  delete(): void {
    this._queue("delete", [], (s) => this.context._model.deleteSheet(s));
  }
}

export class WorksheetFreezePanes extends ClientObject<Sheet> {
  protected readonly _typeName = "WorksheetFreezePanes";

  private _freeze(label: string, payload: unknown, panes: (s: Sheet, exec: Exec) => { rows: number; columns: number }): void {
    this._queue(label, payload, (s, exec) => {
      const { rows, columns } = panes(s, exec);
      if (!(rows >= 0 && columns >= 0 && rows < MAX_ROWS && columns < MAX_COLUMNS)) throw invalidArgument(`cannot freeze ${rows} rows and ${columns} columns`);
      s.freeze = { rows, columns };
    });
  }

  /** Freezes the top rows; frozen columns are released (each freeze replaces the last). */
  freezeRows(count = 1): void {
    this._freeze("freezeRows", [count], () => ({ rows: count, columns: 0 }));
  }

  freezeColumns(count = 1): void {
    this._freeze("freezeColumns", [count], () => ({ rows: 0, columns: count }));
  }

  /** Freezes the rows and columns up to the given range's bottom-right corner, inclusive. */
  freezeAt(frozenRange: Range | string): void {
    this._freeze("freezeAt", typeof frozenRange === "string" ? [frozenRange] : [], (s, exec) => {
      const { area } = resolveRange(this.context, frozenRange, exec, s);
      return { rows: area.row + area.rows, columns: area.col + area.cols };
    });
  }

  unfreeze(): void {
    this._freeze("unfreeze", [], () => ({ rows: 0, columns: 0 }));
  }

  /** The frozen cells ("$1:$2" for two frozen rows), or a null object when nothing is frozen. */
  getLocationOrNullObject(): Range {
    return new Range(
      this.context,
      this._derive((s) => {
        const { rows, columns } = s.freeze;
        if (rows === 0 && columns === 0) return null;
        return { sheet: s, area: rect(0, 0, rows || MAX_ROWS, columns || MAX_COLUMNS) };
      }),
    )._instantiate(this._typeName, "getLocationOrNullObject");
  }
}

/** Excel.PaperType's values (https://learn.microsoft.com/javascript/api/excel/excel.papertype). */
const PAPER_TYPES = [
  "Letter", "LetterSmall", "Tabloid", "Ledger", "Legal", "Statement", "Executive", "A3", "A4", "A4Small", "A5", "B4", "B5", "Folio", "Quatro",
  "Paper10x14", "Paper11x17", "Note", "Envelope9", "Envelope10", "Envelope11", "Envelope12", "Envelope14", "Csheet", "Dsheet", "Esheet",
  "EnvelopeDL", "EnvelopeC5", "EnvelopeC3", "EnvelopeC4", "EnvelopeC6", "EnvelopeC65", "EnvelopeB4", "EnvelopeB5", "EnvelopeB6",
  "EnvelopeItaly", "EnvelopeMonarch", "EnvelopePersonal", "FanfoldUS", "FanfoldStdGerman", "FanfoldLegalGerman",
];

/**
 * Excel keeps at most 1,026 manual horizontal page breaks on a sheet ("There is a limit of 1026
 * horizontal page breaks per sheet": https://learn.microsoft.com/previous-versions/visualstudio/visual-studio-2008/zzy00c52(v=vs.90)).
 */
export const MAX_PAGE_BREAKS = 1026;

/**
 * Excel.PageBreakCollection (ExcelApi 1.9) of a sheet's horizontal breaks, the manual ones only
 * (https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection): add() puts a break
 * above the range's top-left cell; a break above row 1 cannot be, and the sheet takes no more than
 * MAX_PAGE_BREAKS, both refused (InvalidArgument) rather than guessed at; a second break on a row
 * that has one is the same break. Breaks are kept by row and do not move when rows are inserted.
 */
export class PageBreakCollection extends ClientObject<Sheet> {
  protected readonly _typeName = "PageBreakCollection";

  add(pageBreakRange: Range | string): void {
    this._queue("add", typeof pageBreakRange === "string" ? [pageBreakRange] : [], (s, exec) => {
      const { area } = resolveRange(this.context, pageBreakRange, exec, s);
      if (area.row === 0) throw invalidArgument("a page break cannot be above the first row");
      const breaks = s.pageLayout.rowBreaks;
      if (breaks.includes(area.row)) return;
      if (breaks.length >= MAX_PAGE_BREAKS) throw invalidArgument(`a sheet holds at most ${MAX_PAGE_BREAKS} page breaks`);
      breaks.push(area.row);
      breaks.sort((a, b) => a - b);
    });
  }

  getCount(): ClientResult<number> {
    return this._result("getCount", (s) => s.pageLayout.rowBreaks.length);
  }

  removePageBreaks(): void {
    this._queue("removePageBreaks", [], (s) => (s.pageLayout.rowBreaks = []));
  }
}

/**
 * Excel.PageLayout (ExcelApi 1.9), what the review sets: orientation, zoom (fit to pages), the
 * print area and the rows repeated on each page, and the default page header and footer.
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout
 */
export class PageLayout extends ClientObject<Sheet> {
  protected readonly _typeName = "PageLayout";

  protected override _readers(): Readers<Sheet> {
    return { orientation: (s) => s.pageLayout.orientation, zoom: (s) => ({ ...s.pageLayout.zoom }) };
  }

  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(value: string) {
    this._set("orientation", value, (s) => {
      if (value !== "Portrait" && value !== "Landscape") throw invalidArgument(`orientation is "Portrait" or "Landscape", not ${JSON.stringify(value)}`);
      s.pageLayout.orientation = value;
    });
  }

  /** One of Excel.PaperType's values (https://learn.microsoft.com/javascript/api/excel/excel.papertype); anything else is refused. */
  set paperSize(value: string) {
    this._set("paperSize", value, (s) => {
      if (!PAPER_TYPES.includes(value)) throw invalidArgument(`paperSize is one of Excel.PaperType, not ${JSON.stringify(value)}`);
      s.pageLayout.paperSize = value;
    });
  }

  get zoom(): PageSetup["zoom"] {
    return this._get("zoom");
  }
  set zoom(value: PageSetup["zoom"]) {
    this._set("zoom", value, (s) => {
      // "scale" and fitting to pages exclude each other (PageLayoutZoomOptions).
      if (value.scale !== undefined && (value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined)) throw invalidArgument("zoom has a scale or pages to fit, not both");
      // "Print page scale value can be between 10 and 400" (PageLayoutZoomOptions.scale).
      if (value.scale !== undefined && !(value.scale >= 10 && value.scale <= 400)) throw invalidArgument(`zoom scale is 10 to 400, not ${value.scale}`);
      s.pageLayout.zoom = { ...value };
    });
  }

  setPrintArea(printArea: Range | string): void {
    this._queue("setPrintArea", typeof printArea === "string" ? [printArea] : [], (s, exec) => {
      s.pageLayout.printArea = resolveRange(this.context, printArea, exec, s).area;
    });
  }

  /** The rows to repeat: whole rows ("$8:$8"), or any range, whose rows are taken. */
  setPrintTitleRows(printTitleRows: Range | string): void {
    this._queue("setPrintTitleRows", typeof printTitleRows === "string" ? [printTitleRows] : [], (s, exec) => {
      const { area } = resolveRange(this.context, printTitleRows, exec, s);
      s.pageLayout.printTitleRows = rect(area.row, 0, area.rows, MAX_COLUMNS);
    });
  }

  /** Only written: the review sets the default header and footer and never reads them. */
  get headersFooters(): { defaultForAllPages: { centerHeader: string; centerFooter: string } } {
    const set = (key: "centerHeader" | "centerFooter", value: string) => this._queue(key, value, (s) => (s.pageLayout[key] = value));
    return {
      defaultForAllPages: {
        set centerHeader(value: string) {
          set("centerHeader", value);
        },
        set centerFooter(value: string) {
          set("centerFooter", value);
        },
      },
    };
  }
}
