/**
 * One worksheet's state outside the formula engine: its name and visibility, cell formatting,
 * column widths and row heights, frozen panes, and the charts and conditional formats the add-in
 * created. Charts and conditional formats are recorded (type, range, and every property set on
 * them) so tests and the page can check them; they are not drawn or evaluated.
 */
import { CellStyles } from "./cellStyles";
import type { Rect } from "../../engine/sheet/address";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** A property set or method called on a recorded object, by path ("title", "text"). */
export interface RecordedOp {
  path: string[];
  value?: unknown;
  args?: unknown[];
}

/** Applies recorded ops to a plain object tree, so `spec.title.text` reads what was set. */
export function applyRecorded(spec: Record<string, unknown>, op: RecordedOp): void {
  let node = spec;
  const last = op.args ? op.path.length : op.path.length - 1;
  for (const key of op.path.slice(0, last)) {
    const next = node[key];
    node = (node[key] = typeof next === "object" && next !== null ? next : {}) as Record<string, unknown>;
  }
  if (op.args) {
    const calls = (node["calls"] ??= []) as unknown[][];
    calls.push(op.args);
  } else {
    node[op.path[last]] = op.value;
  }
}

export interface ChartModel {
  readonly id: string;
  readonly sheet: Sheet;
  name: string;
  chartType: string;
  source: { sheet: Sheet; area: Rect } | null;
  seriesBy: string;
  position: { startCell: string; endCell?: string } | null;
  top: number;
  left: number;
  width: number;
  height: number;
  /** Everything else set on the chart: title.text, legend.position, axes..., as a tree. */
  readonly spec: Record<string, unknown>;
  removed: boolean;
}

export interface ConditionalFormatModel {
  readonly id: string;
  readonly sheet: Sheet;
  readonly type: string;
  area: Rect;
  priority: number;
  stopIfTrue: boolean;
  /** What was set on it: cellValue.rule, custom.format.fill.color..., as a tree. */
  readonly spec: Record<string, unknown>;
  removed: boolean;
}

/** Excel's default column width (8.43 characters of Calibri 11) and row height, in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export interface PageSetup {
  orientation: "Portrait" | "Landscape";
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea: Rect | null;
  /** Whole rows repeated at the top of each printed page. */
  printTitleRows: Rect | null;
  centerHeader: string;
  centerFooter: string;
  /** Excel.PaperType's value ("Letter", "A4"…); Excel's default depends on the machine's locale, so the workbench starts with none. */
  paperSize: string | null;
  /** Manual horizontal page breaks: the rows (0-based) a new page starts at, ascending. */
  rowBreaks: number[];
}

export class Sheet {
  visibility: SheetVisibility = "Visible";
  tabColor = "";
  showGridlines = true;
  freeze = { rows: 0, columns: 0 };
  /** Page setup (PageLayout, ExcelApi 1.9): what the workbench keeps of it, for the tests to read. */
  readonly pageLayout: PageSetup = { orientation: "Portrait", zoom: {}, printArea: null, printTitleRows: null, centerHeader: "", centerFooter: "", paperSize: null, rowBreaks: [] };
  readonly styles = new CellStyles();
  /** Widths and heights in points; columns and rows not in the maps have the standard size. */
  standardWidth = DEFAULT_COLUMN_WIDTH;
  standardHeight = DEFAULT_ROW_HEIGHT;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly charts: ChartModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  /** Formatting recorded but not modelled (borders), with the range it was set on. */
  readonly recordedFormats: { area: Rect; op: RecordedOp }[] = [];
  removed = false;

  constructor(
    readonly id: string,
    /** HyperFormula's id for the sheet. */
    public engineId: number,
    public name: string,
  ) {}

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? this.standardWidth;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? this.standardHeight;
  }
}
