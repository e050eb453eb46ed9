/**
 * The emulated workbook: cell contents and calculation in a HyperFormula instance (dev-only,
 * licenseKey "gpl-v3"), everything else Excel keeps beside the cells in plain objects — sheets
 * and their formatting, tables, defined names, add-in settings, the selection. The Excel API
 * proxies (host.ts) read and change it only inside context.sync(); the browser page's grid and
 * tests may read it directly.
 *
 * Writes suspend HyperFormula's evaluation and the next read resumes it, so a sync that writes
 * 100,000 cells recalculates once.
 */
import { CellValueDetailedType, DetailedCellError, HyperFormula, type FunctionPluginDefinition, type RawCellContent } from "hyperformula";
import { contains, nameTarget, formatAddress, intersection, isEntireColumns, isEntireRows, lastCol, lastRow, MAX_COLUMNS, MAX_ROWS, rect, union, type Rect } from "../../engine/sheet/address";
import { cellContent } from "./cellInput";
import { ANNOTATION_KINDS, RESET, STYLE_DEFAULTS, type AnnotationKind, type StyleProp, type StyleValue } from "./cellStyles";
import { HostError, invalidArgument, invalidOperation, itemAlreadyExists } from "./errors";
import { ExcelFunctionsPlugin } from "./excelFunctions";
import { formatValue, type CellValue } from "./numberFormat";
import { Sheet, type ChartModel, type SheetVisibility } from "./sheet";
import { checkTableName, headerNames, TableModel } from "./tableModel";
import { shiftFormula } from "../../engine/sheet/shiftFormula";
import { shareRangeVertices } from "./rangeDependencies";

export type { CellValue } from "./numberFormat";
export type FunctionTranslations = Record<string, Record<string, string>>;
/** A HyperFormula function plugin, alone or with its translations (as teleFormulaPlugin builds them). */
export type FunctionPluginEntry = FunctionPluginDefinition | { plugin: FunctionPluginDefinition; translations?: FunctionTranslations };

export interface WorkbookOptions {
  /** Registered (globally, as HyperFormula requires) before the engine is built. */
  functionPlugins?: readonly FunctionPluginEntry[];
  /** Extra function-name translations; every function is also known by its own id in enGB. */
  translations?: FunctionTranslations;
  /** The sheets a new workbook starts with; ["Sheet1"] by default. */
  sheetNames?: readonly string[];
}

export type ClearApplyTo = "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";
export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

/** One cell as the page's grid shows it. */
export interface CellView {
  value: CellValue;
  /** The formula text, or undefined for a constant. */
  formula: string | undefined;
  text: string;
  numberFormat: string;
  isError: boolean;
}

export interface WorkbookChange {
  /** Settings changed, by this session or by others. */
  settings: boolean;
  /** Settings changed by someone else: a co-author's save, or a file the page opened (onSettingsChanged). */
  settingsByOthers: boolean;
}

type EngineValue = CellValue | DetailedCellError | null;

/**
 * Excel reads at most five million cells in one operation
 * (https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices);
 * the workbench applies the same bound to cell-by-cell writes, so a stray whole-sheet write
 * fails instead of hanging the page.
 */
const MAX_CELLS = 5_000_000;

function checkCellCount(area: Rect): void {
  if (area.rows * area.cols > MAX_CELLS) throw new HostError("RangeExceedsLimit", `${area.rows * area.cols} cells, at most ${MAX_CELLS}`);
}

/** Formula shapes remembered at most (workbook.parses): far more than the distinct formulas of any sheet TeleScore writes. */
const MAX_SHAPES = 10_000;
const SHAPE_MARK = "\u0001";

/** The formula with every run of digits stood for by SHAPE_MARK; null when the mark is in the text. */
function formulaShape(formula: string): string | null {
  return formula.includes(SHAPE_MARK) ? null : formula.replace(/\d+/g, SHAPE_MARK);
}

export type DefinedName = { readonly name: string; comment: string; removed: boolean };

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;
const VISIBILITIES: readonly SheetVisibility[] = ["Visible", "Hidden", "VeryHidden"];

function registerPlugins(entries: readonly FunctionPluginEntry[], extra: FunctionTranslations = {}): void {
  for (const entry of entries) {
    const { plugin, translations = {} } = typeof entry === "function" ? { plugin: entry } : entry;
    const ids = Object.keys(plugin.implementedFunctions);
    const merged: FunctionTranslations = { enGB: Object.fromEntries(ids.map((id) => [id, id])) };
    for (const source of [extra, translations]) {
      for (const [language, names] of Object.entries(source)) {
        const own = Object.entries(names).filter(([id]) => ids.includes(id));
        merged[language] = { ...merged[language], ...Object.fromEntries(own) };
      }
    }
    HyperFormula.registerFunctionPlugin(plugin, merged);
  }
}

const valueOf = (v: EngineValue): CellValue => (v === null ? "" : v instanceof DetailedCellError ? v.value : v === 0 ? 0 : v);

/** Number formats Excel gives a General cell when typed input is a percentage, date, time or amount. */
function autoFormat(type: CellValueDetailedType, input: string): string | null {
  switch (type) {
    case CellValueDetailedType.NUMBER_PERCENT: return input.includes(".") ? "0.00%" : "0%";
    case CellValueDetailedType.NUMBER_CURRENCY: return '"$"#,##0.00';
    case CellValueDetailedType.NUMBER_DATE: return "m/d/yyyy";
    case CellValueDetailedType.NUMBER_TIME: return /\d:\d+:\d/.test(input) ? "h:mm:ss" : "h:mm";
    case CellValueDetailedType.NUMBER_DATETIME: return "m/d/yyyy h:mm";
    default: return null;
  }
}

export class Workbook {
  readonly engine: HyperFormula;
  readonly tables: TableModel[] = [];
  /** Add-in settings by key, as the JSON text Excel stores. */
  readonly settings = new Map<string, string>();
  private sheetList: Sheet[] = [];
  private names: DefinedName[] = [];
  /** Names whose sheet was deleted, by lower-case name: the "=#REF!..." text Excel gives them. */
  private readonly deadNames = new Map<string, string>();
  private current!: Sheet;
  private selectedArea: Rect = rect(0, 0);
  private chartSelected: ChartModel | null = null;
  private settingsByOthers = false;
  private calculation: Promise<void> | null = null;
  private lastId = 0;
  private suspended = false;
  private readonly parsedShapes = new Map<string, boolean>();
  private pendingFormats: { sheet: Sheet; row: number; col: number; input: string }[] = [];
  private dirty = false;
  private settingsDirty = false;
  private readonly listeners = new Set<(change: WorkbookChange) => void>();
  private readonly selectionListeners = new Set<() => void>();

  constructor(options: WorkbookOptions = {}) {
    registerPlugins([ExcelFunctionsPlugin, ...(options.functionPlugins ?? [])], options.translations);
    this.engine = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      maxRows: MAX_ROWS,
      maxColumns: MAX_COLUMNS,
      // "=A1" on an empty A1 shows 0 in Excel.
      evaluateNullToZero: true,
      // Range.values reads ISO and en-US dates as dates (see the Range.values remarks).
      dateFormats: ["MM/DD/YYYY", "MM/DD/YY", "YYYY-MM-DD", "YYYY/MM/DD"],
    });
    shareRangeVertices(this.engine);
    for (const name of options.sheetNames ?? ["Sheet1"]) this.addSheet(name);
    this.current = this.sheetList[0];
    this.dirty = false;
  }

  // ---- change notification -------------------------------------------------------------

  /** Calls `listener` after each batch of changes (a sync, or a direct edit); returns the unsubscribe. */
  onChange(listener: (change: WorkbookChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` after each change of the selection (Workbook.onSelectionChanged); returns the unsubscribe. */
  onSelect(listener: () => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  /** Ends a batch of changes: recalculates, then tells listeners if anything changed. */
  endBatch(): void {
    this.evaluate();
    if (!this.dirty && !this.settingsDirty) return;
    const change = { settings: this.settingsDirty, settingsByOthers: this.settingsByOthers };
    this.dirty = this.settingsDirty = this.settingsByOthers = false;
    for (const listener of [...this.listeners]) listener(change);
  }

  private touch(): void {
    this.dirty = true;
  }

  private suspend(): void {
    this.touch();
    if (this.suspended) return;
    this.engine.suspendEvaluation();
    this.suspended = true;
  }

  /** Resumes evaluation (reads need it) and gives typed-in dates, percentages... their format. */
  private evaluate(): void {
    if (!this.suspended) return;
    this.engine.resumeEvaluation();
    this.suspended = false;
    for (const { sheet, row, col, input } of this.pendingFormats.splice(0)) {
      if (sheet.removed || sheet.styles.get(row, col, "numberFormat") !== "General") continue;
      const format = autoFormat(this.engine.getCellValueDetailedType(this.at(sheet, row, col)), input);
      if (format) sheet.styles.set(rect(row, col), "numberFormat", format);
    }
  }

  /** A new id, unique in this workbook. */
  newId(): number {
    return ++this.lastId;
  }

  private at(sheet: Sheet, row: number, col: number): { sheet: number; row: number; col: number } {
    return { sheet: sheet.engineId, row, col };
  }

  // ---- sheets ---------------------------------------------------------------------------

  get sheets(): readonly Sheet[] {
    return this.sheetList;
  }

  /** A sheet by name (ignoring case, as Excel does) or by id. */
  sheet(nameOrId: string): Sheet | undefined {
    const key = nameOrId.toLowerCase();
    return this.sheetList.find((s) => s.id === nameOrId || s.name.toLowerCase() === key);
  }

  /** Excel's sheet-name rules: https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9 */
  private checkSheetName(name: unknown, renaming?: Sheet): asserts name is string {
    const reason =
      typeof name !== "string" || name.trim() === "" ? "a sheet name is a non-blank string"
      : name.length > 31 ? `a sheet name has at most 31 characters, ${JSON.stringify(name)} has ${name.length}`
      : SHEET_NAME_FORBIDDEN.test(name) ? `a sheet name cannot contain [ ] : * ? / \\ : ${JSON.stringify(name)}`
      : name.startsWith("'") || name.endsWith("'") ? `a sheet name cannot begin or end with an apostrophe: ${JSON.stringify(name)}`
      : name.toLowerCase() === "history" ? '"History" is reserved by Excel'
      : null;
    if (reason) throw invalidArgument(reason);
    const other = this.sheet(name as string);
    if (other && other !== renaming) throw itemAlreadyExists(`a sheet named ${JSON.stringify(other.name)} already exists`);
  }

  addSheet(name?: string): Sheet {
    let chosen = name;
    if (chosen === undefined) for (let n = this.sheetList.length + 1; !chosen || this.sheet(chosen); n++) chosen = `Sheet${n}`;
    this.checkSheetName(chosen);
    this.suspend();
    const engineId = this.engine.getSheetId(this.engine.addSheet(chosen))!;
    const id = this.newId();
    const sheet = new Sheet(`{${id.toString(16).toUpperCase().padStart(8, "0")}-0001-0000-0000-000000000000}`, engineId, chosen);
    this.sheetList.push(sheet);
    return sheet;
  }

  renameSheet(sheet: Sheet, name: string): void {
    if (sheet.name === name) return;
    this.checkSheetName(name, sheet);
    this.suspend();
    this.engine.renameSheet(sheet.engineId, name);
    sheet.name = name;
  }

  private visibleSheets(): Sheet[] {
    return this.sheetList.filter((s) => s.visibility === "Visible");
  }

  deleteSheet(sheet: Sheet): void {
    if (this.visibleSheets().every((s) => s === sheet)) throw invalidOperation("a workbook must keep at least one visible sheet");
    // A name over the deleted sheet's cells reads "=#REF!$A$1" in Excel, its sheet gone from the text.
    for (const n of this.names.filter((n) => !n.removed)) {
      const formula = this.nameFormula(n);
      if (nameTarget(formula)?.sheet?.toLowerCase() === sheet.name.toLowerCase()) this.deadNames.set(n.name.toLowerCase(), `=#REF!${formula.slice(formula.lastIndexOf("!") + 1)}`);
    }
    this.suspend();
    this.engine.removeSheet(sheet.engineId);
    sheet.removed = true;
    this.sheetList = this.sheetList.filter((s) => s !== sheet);
    for (const t of this.tables.filter((t) => t.sheet === sheet)) this.dropTable(t);
    if (this.current === sheet) this.activate(this.visibleSheets()[0]);
  }

  position(sheet: Sheet): number {
    return this.sheetList.indexOf(sheet);
  }

  moveSheet(sheet: Sheet, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheetList.length) {
      throw invalidArgument(`position ${position} is outside 0..${this.sheetList.length - 1}`);
    }
    this.touch();
    this.sheetList.splice(this.position(sheet), 1);
    this.sheetList.splice(position, 0, sheet);
  }

  setVisibility(sheet: Sheet, visibility: SheetVisibility): void {
    if (!VISIBILITIES.includes(visibility)) throw invalidArgument(`visibility must be one of ${VISIBILITIES.join(", ")}`);
    if (visibility !== "Visible" && this.visibleSheets().every((s) => s === sheet)) {
      throw invalidOperation("a workbook must keep at least one visible sheet");
    }
    this.touch();
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.current === sheet) this.activate(this.visibleSheets()[0]);
  }

  get activeSheet(): Sheet {
    return this.current;
  }

  activate(sheet: Sheet): void {
    if (sheet.visibility !== "Visible") throw invalidOperation(`the sheet ${JSON.stringify(sheet.name)} is hidden`);
    this.touch();
    if (this.current !== sheet) {
      this.selectedArea = rect(0, 0);
      this.chartSelected = null;
    }
    this.current = sheet;
  }

  /** The selected range on the active sheet (Workbook.getSelectedRange). */
  get selection(): { sheet: Sheet; area: Rect } {
    return { sheet: this.current, area: this.selectedArea };
  }

  /** What the user selects in the page's grid. */
  select(sheet: Sheet, area: Rect): void {
    this.activate(sheet);
    this.selectedArea = area;
    this.chartSelected = null;
    for (const listener of [...this.selectionListeners]) listener();
  }

  /** The chart selected instead of cells (Chart.activate, or a user's click on it); null while cells are. */
  get selectedChart(): ChartModel | null {
    return this.chartSelected !== null && !this.chartSelected.removed ? this.chartSelected : null;
  }

  selectChart(chart: ChartModel): void {
    this.activate(chart.sheet);
    this.chartSelected = chart;
  }

  // ---- cells: writing ---------------------------------------------------------------------

  /** The 2-D grid a write covers: arrays must match the range's shape, a single value fills it. */
  private grid(area: Rect, input: unknown, what: string): unknown[][] {
    checkCellCount(area);
    if (!Array.isArray(input)) {
      if (input === null || input === undefined) throw invalidArgument(`${what} cannot be set to ${input}`);
      return Array.from({ length: area.rows }, () => new Array<unknown>(area.cols).fill(input));
    }
    const shape = `${input.length}×${Array.isArray(input[0]) ? input[0].length : "?"}`;
    if (input.length !== area.rows || !input.every((row) => Array.isArray(row) && row.length === area.cols)) {
      throw invalidArgument(`the ${what} array is ${shape} but the range is ${area.rows}×${area.cols}`);
    }
    return input as unknown[][];
  }

  /** Range.values / Range.formulas = ...: Excel's input rules (cellInput.ts); null leaves a cell as it was. */
  write(sheet: Sheet, area: Rect, input: unknown, what: "values" | "formulas" = "values"): void {
    if (input === "" && !Array.isArray(input)) return this.clearContents(sheet, area);
    const grid = this.grid(area, input, what);
    const isFormula = (f: string): boolean => this.parses(f);
    // Every value is checked before any is written, so a rejected write changes nothing.
    const contents = grid.map((row, i) =>
      row.map((v, j) => (v === null ? undefined : cellContent(v, { asText: sheet.styles.get(area.row + i, area.col + j, "numberFormat") === "@", isFormula }))),
    );
    this.suspend();
    if (contents.every((row) => row.every((c) => c !== undefined))) {
      this.engine.setCellContents(this.at(sheet, area.row, area.col), contents as RawCellContent[][]);
    } else {
      contents.forEach((row, i) => row.forEach((c, j) => c !== undefined && this.engine.setCellContents(this.at(sheet, area.row + i, area.col + j), c)));
    }
    contents.forEach((row, i) =>
      row.forEach((c, j) => {
        if (typeof c === "string" && /^[^'=].*\d/.test(c)) this.pendingFormats.push({ sheet, row: area.row + i, col: area.col + j, input: c });
      }),
    );
  }

  /**
   * Whether HyperFormula parses the formula, remembered by its shape: the text with each run of
   * digits stood for by one mark. A write of 5,000 rows sends the same formulas with other row
   * numbers, and whether HyperFormula 3.5's parser accepts a formula does not depend on its digits
   * (A0, A01 and A1048577 parse, 1E5 does not whatever the digits; it looks up no sheet:
   * test/workbench/excelHost.test.ts, "formula shapes"), so each shape is parsed once here and
   * again by setCellContents, instead of twice per cell.
   */
  private parses(formula: string): boolean {
    const shape = formulaShape(formula);
    if (shape === null) return this.engine.validateFormula(formula);
    let parses = this.parsedShapes.get(shape);
    if (parses === undefined) {
      parses = this.engine.validateFormula(formula);
      if (this.parsedShapes.size >= MAX_SHAPES) this.parsedShapes.clear();
      this.parsedShapes.set(shape, parses);
    }
    return parses;
  }

  /** Range.numberFormat = ...; "" resets to General, null leaves a cell as it was. */
  writeNumberFormat(sheet: Sheet, area: Rect, input: unknown): void {
    const check = (v: unknown): string | typeof RESET | null => {
      if (v === null) return null;
      if (typeof v !== "string") throw invalidArgument(`a number format is a string, not ${typeof v}`);
      return v === "" ? RESET : v;
    };
    this.touch();
    if (!Array.isArray(input)) {
      const v = check(input);
      if (v === null) throw invalidArgument("numberFormat cannot be set to null");
      return sheet.styles.set(area, "numberFormat", v);
    }
    sheet.styles.setGrid(area, "numberFormat", this.grid(area, input, "numberFormat").map((row) => row.map(check)));
  }

  setStyle(sheet: Sheet, area: Rect, prop: StyleProp, value: StyleValue): void {
    const expected = typeof STYLE_DEFAULTS[prop];
    if (typeof value !== expected) throw invalidArgument(`format ${prop} must be a ${expected}`);
    this.touch();
    sheet.styles.set(area, prop, value);
  }

  /**
   * Range.clear (https://learn.microsoft.com/javascript/api/excel/excel.clearapplyto): "All"
   * "clears everything", so contents, formats and every annotation; "Contents" and "ResetContents"
   * the contents only; "Formats" the formats only; "Hyperlinks" the hyperlinks only;
   * "RemoveHyperlinks" the hyperlinks and the formats, leaving data validation (and the page says
   * nothing of comments and notes, which stay as with the other kinds that do not name them).
   */
  clear(sheet: Sheet, area: Rect, applyTo: ClearApplyTo = "All"): void {
    if (applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents") this.clearContents(sheet, area);
    if (applyTo === "All" || applyTo === "Formats" || applyTo === "RemoveHyperlinks") {
      this.touch();
      sheet.styles.reset(area);
    }
    const annotations: readonly AnnotationKind[] = applyTo === "All" ? ANNOTATION_KINDS : applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks" ? ["hyperlink"] : [];
    for (const kind of annotations) this.setAnnotation(sheet, area, kind, null);
  }

  /** Attaches `value` (JSON-able) to every cell of `area` as its annotation of `kind`; null removes it. */
  setAnnotation(sheet: Sheet, area: Rect, kind: AnnotationKind, value: unknown): void {
    this.touch();
    sheet.styles.set(area, kind, value === null ? RESET : JSON.stringify(value));
  }

  /** A cell's annotation of `kind`, or null when it has none. */
  annotation<V>(sheet: Sheet, row: number, col: number, kind: AnnotationKind): V | null {
    const text = sheet.styles.get(row, col, kind);
    return text === "" ? null : (JSON.parse(String(text)) as V);
  }

  /** The annotation of `kind` every cell of `area` shares; undefined when the cells differ. */
  uniformAnnotation<V>(sheet: Sheet, area: Rect, kind: AnnotationKind): V | null | undefined {
    const text = sheet.styles.uniform(area, kind);
    return text === null ? undefined : text === "" ? null : (JSON.parse(String(text)) as V);
  }

  /** The cells of `sheets` that carry an annotation of `kind`, sheet by sheet in row order. */
  annotated<V>(sheets: readonly Sheet[], kind: AnnotationKind): { sheet: Sheet; row: number; col: number; value: V }[] {
    return sheets.flatMap((sheet) => sheet.styles.cells(kind).map(({ row, col }) => ({ sheet, row, col, value: this.annotation<V>(sheet, row, col, kind)! })));
  }

  /**
   * Range.hyperlink (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-hyperlink-member):
   * every cell of the range gets the link; its textToDisplay is written in the top left cell.
   */
  setHyperlink(sheet: Sheet, area: Rect, link: Excel.RangeHyperlink): void {
    if (typeof link !== "object" || link === null) throw invalidArgument("hyperlink must be an Excel.RangeHyperlink object");
    this.setAnnotation(sheet, area, "hyperlink", link);
    if (link.textToDisplay !== undefined) this.write(sheet, rect(area.row, area.col), [[link.textToDisplay]], "values");
  }

  private clearContents(sheet: Sheet, area: Rect): void {
    const used = this.usedArea(sheet, true);
    const part = used && intersection(used, area);
    if (!part) return;
    this.suspend();
    this.engine.setCellContents(this.at(sheet, part.row, part.col), Array.from({ length: part.rows }, () => new Array(part.cols).fill(null)));
  }

  /** What the user types into the page's grid: Excel's input rules, then a finished batch. */
  enter(sheet: Sheet, row: number, col: number, input: string): void {
    this.write(sheet, rect(row, col), [[input]]);
    this.endBatch();
  }

  // ---- cells: reading ---------------------------------------------------------------------

  /** Engine values over `area`; cells beyond the engine's extent are empty without being read. */
  private engineValues(sheet: Sheet, area: Rect): EngineValue[][] {
    checkCellCount(area);
    this.evaluate();
    const dims = this.engine.getSheetDimensions(sheet.engineId);
    const inside = intersection(area, rect(0, 0, Math.max(dims.height, 1), Math.max(dims.width, 1)));
    const values = inside
      ? (this.engine.getRangeValues({ start: this.at(sheet, inside.row, inside.col), end: this.at(sheet, lastRow(inside), lastCol(inside)) }) as EngineValue[][])
      : [];
    return Array.from({ length: area.rows }, (_, i) =>
      Array.from({ length: area.cols }, (_, j) => {
        const r = area.row + i - (inside?.row ?? 0);
        const c = area.col + j - (inside?.col ?? 0);
        return inside && r >= 0 && r < inside.rows && c >= 0 && c < inside.cols ? values[r][c] : null;
      }),
    );
  }

  values(sheet: Sheet, area: Rect): CellValue[][] {
    return this.engineValues(sheet, area).map((row) => row.map(valueOf));
  }

  /** Range.formulas: the formula, or the value where there is none (spilled cells too). */
  formulas(sheet: Sheet, area: Rect): CellValue[][] {
    return this.engineValues(sheet, area).map((row, i) =>
      row.map((v, j) => (v === null ? "" : (this.engine.getCellFormula(this.at(sheet, area.row + i, area.col + j)) ?? valueOf(v)))),
    );
  }

  numberFormats(sheet: Sheet, area: Rect): string[][] {
    checkCellCount(area);
    this.evaluate();
    return Array.from({ length: area.rows }, (_, i) =>
      Array.from({ length: area.cols }, (_, j) => String(sheet.styles.get(area.row + i, area.col + j, "numberFormat"))),
    );
  }

  texts(sheet: Sheet, area: Rect): string[][] {
    const formats = this.numberFormats(sheet, area);
    return this.values(sheet, area).map((row, i) => row.map((v, j) => formatValue(v, formats[i][j])));
  }

  valueTypes(sheet: Sheet, area: Rect): ValueType[][] {
    return this.engineValues(sheet, area).map((row) =>
      row.map((v) =>
        v === null ? "Empty"
        : v instanceof DetailedCellError ? "Error"
        : typeof v === "number" ? "Double"
        : typeof v === "boolean" ? "Boolean"
        : "String",
      ),
    );
  }

  cell(sheet: Sheet, row: number, col: number): CellView {
    const [[raw]] = this.engineValues(sheet, rect(row, col));
    const value = valueOf(raw);
    const numberFormat = String(sheet.styles.get(row, col, "numberFormat"));
    const formula = raw === null ? undefined : this.engine.getCellFormula(this.at(sheet, row, col));
    return { value, formula, text: formatValue(value, numberFormat), numberFormat, isError: raw instanceof DetailedCellError };
  }

  /**
   * The used range: cells with a value or formula, plus (unless valuesOnly) formatted cells;
   * null on an empty sheet. https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)
   */
  usedArea(sheet: Sheet, valuesOnly = false): Rect | null {
    this.evaluate();
    const dims = this.engine.getSheetDimensions(sheet.engineId);
    let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
    if (dims.width > 0 && dims.height > 0) {
      this.engine.getSheetValues(sheet.engineId).forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null) return;
          top = Math.min(top, r);
          left = Math.min(left, c);
          bottom = Math.max(bottom, r);
          right = Math.max(right, c);
        }),
      );
    }
    const used = bottom < 0 ? null : rect(top, left, bottom - top + 1, right - left + 1);
    const formatted = valuesOnly ? null : sheet.styles.bounds();
    return used && formatted ? union(used, formatted) : (used ?? formatted);
  }

  // ---- inserting and deleting cells -----------------------------------------------------

  /** Moves `block` by (dRows, dCols), with its formats, tables and conditional formats. */
  private move(sheet: Sheet, block: Rect, dRows: number, dCols: number): void {
    this.suspend();
    this.engine.moveCells(
      { start: this.at(sheet, block.row, block.col), end: this.at(sheet, lastRow(block), lastCol(block)) },
      this.at(sheet, block.row + dRows, block.col + dCols),
    );
    const moved = (area: Rect): Rect => (contains(block, area) ? rect(area.row + dRows, area.col + dCols, area.rows, area.cols) : area);
    sheet.styles.shift(block, dRows, dCols);
    for (const t of this.tables) if (t.sheet === sheet) t.area = moved(t.area);
    for (const f of sheet.conditionalFormats) f.area = moved(f.area);
    for (const f of sheet.recordedFormats) f.area = moved(f.area);
  }

  /**
   * Range.insert: shifts the cells from `area` to the end of the used range down (or right) by
   * the area's size, within the area's columns (or rows), as Excel inserts cells.
   */
  insertCells(sheet: Sheet, area: Rect, shift: "Down" | "Right", growTables = true): void {
    const used = this.usedArea(sheet);
    if (!used) return;
    const down = shift === "Down";
    const end = down ? lastRow(used) : lastCol(used);
    const start = down ? area.row : area.col;
    if (end < start) return;
    const by = down ? area.rows : area.cols;
    if (end + by >= (down ? MAX_ROWS : MAX_COLUMNS)) throw new HostError("NonBlankCellOffSheet");
    const block = clipAcross(down ? rect(area.row, area.col, end - start + 1, area.cols) : rect(area.row, area.col, area.rows, end - start + 1), used, down);
    const widened = growTables ? this.tablesCrossed(sheet, area, down) : [];
    if (block) this.move(sheet, block, down ? by : 0, down ? 0 : by);
    for (const t of widened) {
      const at = down ? area.row - t.area.row : area.col - t.area.col;
      const existing = this.headers(t);
      t.reshape(down ? rect(t.area.row, t.area.col, t.area.rows + by, t.area.cols) : rect(t.area.row, t.area.col, t.area.rows, t.area.cols + by), at);
      if (!down) this.writeHeaders(t, headerNames([...existing.slice(0, at), ...new Array<string>(by).fill(""), ...existing.slice(at)]).slice(at, at + by), at);
    }
    if (isEntireColumns(area) && !down) shiftSizes(sheet.columnWidths, area.col, by);
    if (isEntireRows(area) && down) shiftSizes(sheet.rowHeights, area.row, by);
  }

  /**
   * The tables an insertion of whole table rows or columns runs through (inside the table, across
   * all of its columns or rows): Excel makes them part of the table, a new column headed
   * "Column<n>". https://support.microsoft.com/office/resize-a-table-by-adding-or-removing-rows-and-columns-e65ae4bb-e44b-43f4-ad8b-7d68784f1165
   */
  private tablesCrossed(sheet: Sheet, area: Rect, down: boolean): TableModel[] {
    return this.tables.filter((t) => {
      if (t.sheet !== sheet) return false;
      const a = t.area;
      return down
        ? area.row > a.row && area.row <= lastRow(a) && area.col <= a.col && lastCol(area) >= lastCol(a)
        : area.col > a.col && area.col <= lastCol(a) && area.row <= a.row && lastRow(area) >= lastRow(a);
    });
  }

  /** Range.delete: removes `area` and pulls the cells after it up (or left). */
  deleteCells(sheet: Sheet, area: Rect, shift: "Up" | "Left"): void {
    this.clear(sheet, area, "All");
    for (const t of this.tables.filter((t) => t.sheet === sheet && contains(area, t.area))) this.dropTable(t);
    const used = this.usedArea(sheet);
    const up = shift === "Up";
    const after = up ? lastRow(area) + 1 : lastCol(area) + 1;
    const end = used ? (up ? lastRow(used) : lastCol(used)) : -1;
    if (end < after) return;
    const block = clipAcross(up ? rect(after, area.col, end - after + 1, area.cols) : rect(area.row, after, area.rows, end - after + 1), used!, up);
    if (block) this.move(sheet, block, up ? -area.rows : 0, up ? 0 : -area.cols);
  }

  /**
   * Range.sort.apply over rows: reorders the rows of `area` by `fields` (column offsets within the
   * area), keeping the order of equal rows, as Excel sorts: ascending puts numbers, then text
   * (without case), then booleans, then errors; blanks go last either way. A formula moves with its
   * row as if copied there, so its relative references shift by the rows it moved (a reference to
   * another row then points at a different cell, which is why the review pins its source
   * references); cell formats move with the cells.
   * https://learn.microsoft.com/javascript/api/excel/excel.rangesort#excel-excel-rangesort-apply-member(1)
   * https://support.microsoft.com/office/sort-data-in-a-range-or-table-62d0b95d-2a90-4610-a6ae-2e545c4a4654
   */
  sortRows(sheet: Sheet, area: Rect, fields: readonly { key: number; ascending?: boolean }[]): void {
    if (fields.length === 0 || fields.some((f) => !Number.isInteger(f.key) || f.key < 0 || f.key >= area.cols)) throw invalidArgument("each sort field's key is a column offset within the range");
    const values = this.values(sheet, area);
    const rank = (v: CellValue): number => (typeof v === "number" ? 0 : typeof v === "string" ? (v === "" ? 4 : 1) : typeof v === "boolean" ? 2 : 3);
    const compare = (a: CellValue, b: CellValue, ascending: boolean): number => {
      const [ra, rb] = [rank(a), rank(b)];
      if (ra === 4 || rb === 4) return ra - rb;
      const order = ra !== rb ? ra - rb : typeof a === "number" ? a - (b as number) : String(a).toLowerCase().localeCompare(String(b).toLowerCase());
      return ascending ? order : -order;
    };
    const order = values.map((_, i) => i).sort((x, y) => {
      for (const f of fields) {
        const c = compare(values[x][f.key], values[y][f.key], f.ascending !== false);
        if (c !== 0) return c;
      }
      return x - y;
    });
    const contents = order.map((from, to) =>
      Array.from({ length: area.cols }, (_, j) => {
        const raw = this.engine.getCellSerialized(this.at(sheet, area.row + from, area.col + j));
        return typeof raw === "string" && raw.startsWith("=") ? shiftFormula(raw, to - from, 0) : raw;
      }),
    );
    const styles = (Object.keys(STYLE_DEFAULTS) as StyleProp[]).map((prop) => ({
      prop,
      grid: order.map((from) => Array.from({ length: area.cols }, (_, j) => sheet.styles.get(area.row + from, area.col + j, prop))),
    }));
    this.suspend();
    this.engine.setCellContents(this.at(sheet, area.row, area.col), contents as RawCellContent[][]);
    for (const { prop, grid } of styles) sheet.styles.setGrid(area, prop, grid);
  }

  // ---- column widths and row heights ---------------------------------------------------

  /** Format.columnWidth = ...; a whole-row range sets every column (the sheet's standard width). */
  setColumnWidth(sheet: Sheet, area: Rect, width: number): void {
    if (typeof width !== "number" || !(width >= 0)) throw invalidArgument("a column width is a number of points ≥ 0");
    this.touch();
    if (isEntireRows(area)) {
      sheet.standardWidth = width;
      sheet.columnWidths.clear();
    } else {
      for (let c = area.col; c <= lastCol(area); c++) sheet.columnWidths.set(c, width);
    }
  }

  /** Format.rowHeight = ...; a whole-column range sets every row (the sheet's standard height). */
  setRowHeight(sheet: Sheet, area: Rect, height: number): void {
    if (typeof height !== "number" || !(height >= 0)) throw invalidArgument("a row height is a number of points ≥ 0");
    this.touch();
    if (isEntireColumns(area)) {
      sheet.standardHeight = height;
      sheet.rowHeights.clear();
    } else {
      for (let r = area.row; r <= lastRow(area); r++) sheet.rowHeights.set(r, height);
    }
  }

  // ---- calculation ----------------------------------------------------------------------

  /**
   * Application.calculate: HyperFormula keeps dependent cells current by itself, so
   * "Recalculate" has nothing to do; "Full" and "FullRebuild" recompute every formula, which is
   * what makes custom functions see state they read outside their arguments (a saved policy).
   * As in Excel, where custom functions run asynchronously, the recalculation finishes after the
   * sync that asked for it has returned: it runs in a later task (calculationState "Calculating"
   * until then; `whenCalculated()` waits for it). Code must not take the sync's return for the cells' new values.
   */
  calculate(type: string): void {
    if (!["Recalculate", "Full", "FullRebuild"].includes(type)) throw invalidArgument(`unknown calculation type ${JSON.stringify(type)}`);
    if (type === "Recalculate" || this.calculation) return;
    this.calculation = new Promise((resolve) =>
      setTimeout(() => {
        this.calculation = null;
        this.recalculateAll();
        this.endBatch();
        resolve();
      }, 0),
    );
  }

  /** A calculation asked for is still running (Application.calculationState "Calculating"). */
  get calculating(): boolean {
    return this.calculation !== null;
  }

  /** Resolves once no calculation is running. */
  whenCalculated(): Promise<void> {
    return this.calculation ?? Promise.resolve();
  }

  private recalculateAll(): void {
    this.evaluate();
    this.touch();
    // Re-enter every formula rather than rebuildAndRecalculate: HyperFormula's rebuild serializes
    // a spilled array's cells as constants, which then block the spill (#SPILL!).
    this.engine.batch(() => {
      for (const sheet of this.sheetList) {
        this.engine.getSheetFormulas(sheet.engineId).forEach((row, r) =>
          row?.forEach((formula, c) => {
            if (formula !== undefined) this.engine.setCellContents({ sheet: sheet.engineId, row: r, col: c }, formula);
          }),
        );
      }
    });
  }

  // ---- tables ---------------------------------------------------------------------------

  table(nameOrId: string): TableModel | undefined {
    const key = nameOrId.toLowerCase();
    return this.tables.find((t) => t.id === nameOrId || t.name.toLowerCase() === key);
  }

  private checkNameFree(name: string, except?: TableModel): void {
    const taken = this.tables.find((t) => t !== except && t.name.toLowerCase() === name.toLowerCase()) ?? this.definedName(name);
    if (taken) throw itemAlreadyExists(`the name ${JSON.stringify(name)} is already used in this workbook`);
  }

  /** Writes header texts (always text, even "2026") into a table's header cells. */
  private writeHeaders(table: TableModel, names: string[], from = 0): void {
    this.write(table.sheet, rect(table.area.row, table.area.col + from, 1, names.length), [names.map((n) => `'${n}`)]);
  }

  /**
   * TableCollection.add: the range's first row becomes the headers; without headers Excel inserts
   * a header row above the data. A header row alone gets one empty body row, as in Excel.
   */
  addTable(sheet: Sheet, area: Rect, hasHeaders: boolean): TableModel {
    if (this.tables.some((t) => t.sheet === sheet && intersection(t.area, area))) throw invalidOperation("a table cannot overlap another table");
    if (!hasHeaders) this.insertCells(sheet, rect(area.row, area.col, 1, area.cols), "Down");
    const shape = hasHeaders ? area : rect(area.row, area.col, area.rows + 1, area.cols);
    const full = shape.rows === 1 ? rect(shape.row, shape.col, 2, shape.cols) : shape;
    let name = "";
    for (let n = 1; !name || this.table(name) || this.definedName(name); n++) name = `Table${n}`;
    const table = new TableModel(String(this.newId()), name, sheet, full);
    const headerCells = hasHeaders ? this.values(sheet, table.headerArea)[0] : new Array<CellValue>(area.cols).fill("");
    this.writeHeaders(table, headerNames(headerCells));
    this.tables.push(table);
    return table;
  }

  renameTable(table: TableModel, name: string): void {
    checkTableName(name);
    this.checkNameFree(name, table);
    this.touch();
    table.name = name;
  }

  headers(table: TableModel): string[] {
    return this.values(table.sheet, table.headerArea)[0].map(String);
  }

  private dropTable(table: TableModel): void {
    table.removed = true;
    this.tables.splice(this.tables.indexOf(table), 1);
  }

  /** Table.delete removes the table and what is in it; convertToRange keeps the cells. */
  deleteTable(table: TableModel, keepCells: boolean): void {
    if (!keepCells) this.clear(table.sheet, table.area, "All");
    this.touch();
    this.dropTable(table);
  }

  private rowsGrid(values: unknown, cols: number): unknown[][] {
    if (values === undefined || values === null) return [new Array(cols).fill("")];
    if (!Array.isArray(values)) return [new Array(cols).fill(values)];
    if (values.length === 0 || !values.every((row) => Array.isArray(row) && row.length === cols)) {
      throw invalidArgument(`each new table row needs ${cols} values`);
    }
    return values as unknown[][];
  }

  /**
   * TableRowCollection.add: inserts rows at `index` (default: after the last row), shifting the
   * cells below down within the table's columns; alwaysInsert = false writes below the table
   * instead. https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)
   */
  addTableRows(table: TableModel, index: number | null | undefined, values: unknown, alwaysInsert = true): number {
    const at = index ?? table.bodyRows;
    if (!Number.isInteger(at) || at < 0 || at > table.bodyRows) throw invalidArgument(`row index ${index} is outside 0..${table.bodyRows}`);
    const grid = this.rowsGrid(values, table.area.cols);
    const area = rect(table.area.row + 1 + at, table.area.col, grid.length, table.area.cols);
    if (alwaysInsert || at < table.bodyRows) this.insertCells(table.sheet, area, "Down", false);
    table.area = rect(table.area.row, table.area.col, table.area.rows + grid.length, table.area.cols);
    this.write(table.sheet, area, grid);
    return at;
  }

  /**
   * TableColumnCollection.add: inserts a column at `index` (default: at the right), shifting the
   * cells to its right within the table's rows. `values` covers the header and body, or the body
   * only; `name` names the header.
   */
  addTableColumn(table: TableModel, index: number | null | undefined, values: unknown, name?: string): number {
    const at = index ?? table.area.cols;
    if (!Number.isInteger(at) || at < 0 || at > table.area.cols) throw invalidArgument(`column index ${index} is outside 0..${table.area.cols}`);
    const rows = table.area.rows;
    const column = values === undefined || values === null ? [] : this.rowsGrid(values, 1);
    if (column.length !== 0 && column.length !== rows && column.length !== rows - 1) {
      throw invalidArgument(`a new column has ${rows} values with its header or ${rows - 1} without`);
    }
    const withHeader = column.length === rows;
    const existing = this.headers(table);
    this.insertCells(table.sheet, rect(table.area.row, table.area.col + at, rows, 1), "Right", false);
    table.reshape(rect(table.area.row, table.area.col, rows, table.area.cols + 1), at);
    const requested = name ?? (withHeader ? column[0][0] : "");
    this.writeHeaders(table, [headerNames([...existing, requested as CellValue])[existing.length]], at);
    const body = withHeader ? column.slice(1) : column;
    if (body.length > 0) this.write(table.sheet, rect(table.area.row + 1, table.area.col + at, rows - 1, 1), body);
    return at;
  }

  /** Table.resize: the header row stays where it is and the new range overlaps the old one. */
  resizeTable(table: TableModel, area: Rect): void {
    if (area.row !== table.area.row || area.rows < 2 || !intersection(area, table.area)) {
      throw invalidArgument("a resized table keeps its header row and overlaps its old range");
    }
    if (this.tables.some((t) => t !== table && t.sheet === table.sheet && intersection(t.area, area))) throw invalidOperation("a table cannot overlap another table");
    table.reshape(area);
    this.writeHeaders(table, headerNames(this.values(table.sheet, table.headerArea)[0]));
  }

  // ---- defined names ------------------------------------------------------------------

  get definedNames(): readonly DefinedName[] {
    return this.names;
  }

  definedName(name: string): DefinedName | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  /** NamedItemCollection.add, as a HyperFormula named expression so formulas can use it. */
  addName(name: string, formula: string, comment = ""): DefinedName {
    if (this.definedName(name) || this.table(name)) throw itemAlreadyExists(`the name ${JSON.stringify(name)} is already used in this workbook`);
    if (!this.engine.isItPossibleToAddNamedExpression(name, formula)) throw invalidArgument(`${JSON.stringify(name)} = ${formula} is not a valid defined name`);
    this.suspend();
    this.engine.addNamedExpression(name, formula);
    const entry = { name, comment, removed: false };
    this.names.push(entry);
    return entry;
  }

  nameFormula(entry: DefinedName): string {
    const dead = this.deadNames.get(entry.name.toLowerCase());
    if (dead !== undefined) return dead;
    this.evaluate();
    return this.engine.getNamedExpressionFormula(entry.name) ?? "";
  }

  deleteName(entry: DefinedName): void {
    this.suspend();
    this.engine.removeNamedExpression(entry.name);
    entry.removed = true;
    this.names = this.names.filter((n) => n !== entry);
    this.deadNames.delete(entry.name.toLowerCase());
  }

  /** "=Sheet1!$A$1:$B$2" for a range, as Excel writes a defined name's formula. */
  static absoluteReference(sheet: Sheet, area: Rect): string {
    return `=${formatAddress(sheet.name, area, true)}`;
  }

  // ---- settings ---------------------------------------------------------------------------

  /**
   * Settings saved by someone else — a co-author, or the file the page opened in place of this
   * one — which Excel announces with onSettingsChanged, unlike this session's own changes.
   */
  receiveSettings(values: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(values)) this.setSetting(key, value);
    this.settingsByOthers = true;
  }

  /** SettingCollection.add: the value is kept as JSON, as Excel saves it in the file. */
  setSetting(key: string, value: unknown): void {
    if (typeof key !== "string" || key === "") throw invalidArgument("a setting key is a non-empty string");
    const json = JSON.stringify(value);
    if (json === undefined) throw invalidArgument(`the setting ${JSON.stringify(key)} has no JSON value`);
    this.settings.set(key, json);
    this.settingsDirty = true;
  }

  deleteSetting(key: string): void {
    this.settings.delete(key);
    this.settingsDirty = true;
  }
}

/**
 * The part of a moving block that holds anything: across the direction of the shift, only the used
 * area's rows (or columns). Inserting an entire column would otherwise move a million rows.
 */
function clipAcross(block: Rect, used: Rect, vertical: boolean): Rect | null {
  const from = vertical ? Math.max(block.col, used.col) : Math.max(block.row, used.row);
  const to = vertical ? Math.min(lastCol(block), lastCol(used)) : Math.min(lastRow(block), lastRow(used));
  if (to < from) return null;
  return vertical ? rect(block.row, from, block.rows, to - from + 1) : rect(from, block.col, to - from + 1, block.cols);
}

/** Column widths (or row heights) after inserting `by` whole columns (rows) at `from`: the sizes move with their columns, as Excel moves them. */
function shiftSizes(sizes: Map<number, number>, from: number, by: number): void {
  const moved = [...sizes].filter(([i]) => i >= from);
  for (const [i] of moved) sizes.delete(i);
  for (const [i, size] of moved) sizes.set(i + by, size);
}
