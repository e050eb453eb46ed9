/**
 * A sheet's cell formatting (number format, font, fill, alignment), stored as the ordered list of
 * writes that made it rather than per cell: `getRange("A:A").format.font.bold = true` is one
 * layer, not a million cells. A cell's value is the newest layer covering it; a layer fully
 * covered by a newer uniform layer of the same property is dropped, so regenerating a sheet in
 * place does not grow the list.
 */
import { contains, containsCell, intersection, isEntireColumns, isEntireRows, lastCol, lastRow, rect, union, type Rect } from "../../engine/sheet/address";

const FORMAT_DEFAULTS = {
  numberFormat: "General",
  bold: false,
  italic: false,
  underline: "None",
  fontColor: "#000000",
  fontSize: 11,
  fontName: "Calibri",
  fill: "#FFFFFF",
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
} as const;

/**
 * A cell's annotations: what a user attaches to a cell that is neither its content nor its format
 * (docs/workbench.md, "Annotations"). Each is the JSON text of what the API set ("" for none): the
 * hyperlink (Range.hyperlink, ExcelApi 1.7), the threaded comment (Comment, ExcelApi 1.10), the
 * note (Note, ExcelApi 1.18) and the data validation (Range.dataValidation, ExcelApi 1.8). They are
 * layered with the formats because they move as formats do when cells are inserted, deleted or
 * sorted; but clearing formats leaves them, and each Range.clear kind removes its own set of them
 * (Workbook.clear).
 */
export const ANNOTATION_DEFAULTS = { hyperlink: "", comment: "", note: "", dataValidation: "" } as const;
export type AnnotationKind = keyof typeof ANNOTATION_DEFAULTS;
export const ANNOTATION_KINDS = Object.keys(ANNOTATION_DEFAULTS) as AnnotationKind[];

export const STYLE_DEFAULTS = { ...FORMAT_DEFAULTS, ...ANNOTATION_DEFAULTS } as const;

export type StyleProp = keyof typeof STYLE_DEFAULTS;
export type StyleValue = string | number | boolean;

/** Stands for "back to the default" in a layer (Range.clear("Formats"), numberFormat = ""). */
export const RESET = Symbol("reset");

type Entry = StyleValue | typeof RESET;
/** A uniform layer has `value`; a 2-D write has `grid`, where null leaves the cell as it was. */
type Layer = { area: Rect; prop: StyleProp; value?: Entry; grid?: (Entry | null)[][] };

export class CellStyles {
  private layers: Layer[] = [];

  set(area: Rect, prop: StyleProp, value: Entry): void {
    this.layers = this.layers.filter((l) => l.prop !== prop || !contains(area, l.area));
    this.layers.push({ area, prop, value });
  }

  setGrid(area: Rect, prop: StyleProp, grid: (Entry | null)[][]): void {
    if (grid.every((row) => row.every((v) => v !== null))) this.layers = this.layers.filter((l) => l.prop !== prop || !contains(area, l.area));
    this.layers.push({ area, prop, grid });
  }

  /** Back to the default formats (Range.clear("Formats")); annotations stay. */
  reset(area: Rect): void {
    for (const prop of Object.keys(FORMAT_DEFAULTS) as StyleProp[]) this.set(area, prop, RESET);
  }

  /** The cells of the sheet whose `prop` is not the default, in row then column order. */
  cells(prop: StyleProp): { row: number; col: number }[] {
    const touching = this.layers.filter((l) => l.prop === prop && l.value !== RESET);
    if (touching.length === 0) return [];
    const span = touching.map((l) => l.area).reduce(union);
    const found: { row: number; col: number }[] = [];
    for (let row = span.row; row < span.row + span.rows; row++)
      for (let col = span.col; col < span.col + span.cols; col++) if (this.get(row, col, prop) !== STYLE_DEFAULTS[prop]) found.push({ row, col });
    return found;
  }

  get(row: number, col: number, prop: StyleProp): StyleValue {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const l = this.layers[i];
      if (l.prop !== prop || !containsCell(l.area, row, col)) continue;
      const v = l.grid ? l.grid[row - l.area.row][col - l.area.col] : l.value!;
      if (v === null) continue;
      return v === RESET ? STYLE_DEFAULTS[prop] : v;
    }
    return STYLE_DEFAULTS[prop];
  }

  /** The value every cell of `area` shares, or null when they differ (as Excel's format getters). */
  uniform(area: Rect, prop: StyleProp): StyleValue | null {
    const touching = this.layers.filter((l) => l.prop === prop && intersection(l.area, area));
    const newest = touching[touching.length - 1];
    if (!newest) return STYLE_DEFAULTS[prop];
    if (newest.value !== undefined && contains(newest.area, area)) return newest.value === RESET ? STYLE_DEFAULTS[prop] : newest.value;
    // Cells outside every touching layer have the default, so only the layers' span is walked.
    const span = intersection(touching.map((l) => l.area).reduce(union), area)!;
    let seen: StyleValue | undefined = contains(span, area) ? undefined : STYLE_DEFAULTS[prop];
    for (let r = span.row; r < span.row + span.rows; r++) {
      for (let c = span.col; c < span.col + span.cols; c++) {
        const v = this.get(r, c, prop);
        if (seen === undefined) seen = v;
        else if (v !== seen) return null;
      }
    }
    return seen ?? null;
  }

  /** The span of formatted cells, leaving out resets and whole-row or whole-column formats (Excel's used range does). */
  bounds(): Rect | null {
    const cellLayers = this.layers.filter((l) => l.value !== RESET && !isEntireColumns(l.area) && !isEntireRows(l.area));
    return cellLayers.length === 0 ? null : cellLayers.map((l) => l.area).reduce(union);
  }

  /**
   * Moves the formats of the cells inside `block` by (dRows, dCols), for inserted or deleted cells:
   * a layer across the block's edge is split, its part inside moving and the rest staying, as the
   * cells' own formats do in Excel.
   */
  shift(block: Rect, dRows: number, dCols: number): void {
    this.layers = this.layers.flatMap((l) => {
      const inside = intersection(l.area, block);
      if (!inside) return [l];
      const moved = (part: Rect): Rect => rect(part.row + dRows, part.col + dCols, part.rows, part.cols);
      if (contains(block, l.area)) return [{ ...l, area: moved(l.area) }];
      const a = l.area;
      const pieces = [
        rect(a.row, a.col, inside.row - a.row, a.cols),
        rect(lastRow(inside) + 1, a.col, lastRow(a) - lastRow(inside), a.cols),
        rect(inside.row, a.col, inside.rows, inside.col - a.col),
        rect(inside.row, lastCol(inside) + 1, inside.rows, lastCol(a) - lastCol(inside)),
      ].filter((p) => p.rows > 0 && p.cols > 0);
      const part = (area: Rect): Layer => (l.grid ? { ...l, area, grid: l.grid.slice(area.row - a.row, area.row - a.row + area.rows).map((line) => line.slice(area.col - a.col, area.col - a.col + area.cols)) } : { ...l, area });
      const shifted = part(inside);
      return [...pieces.map(part), { ...shifted, area: moved(inside) }];
    });
  }
}
