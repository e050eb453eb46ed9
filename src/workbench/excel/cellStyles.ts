/**
 * A sheet's cell formatting (number format, font, fill, alignment), stored as the ordered list of
 * writes that made it rather than per cell: `getRange("A:A").format.font.bold = true` is one
 * layer, not a million cells. A cell's value is the newest layer covering it; a layer fully
 * covered by a newer uniform layer of the same property is dropped, so regenerating a sheet in
 * place does not grow the list.
 */
import { contains, containsCell, intersection, isEntireColumns, isEntireRows, lastCol, lastRow, rect, union, type Rect } from "../../engine/sheet/address";

export const STYLE_DEFAULTS = {
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
  /**
   * A cell's hyperlink (Range.hyperlink, ExcelApi 1.7), as the JSON text of its Excel.RangeHyperlink;
   * "" for none. Kept with the formats because it moves as they do when cells are inserted, deleted
   * or sorted, but it is not a format: clearing formats leaves it (Excel.ClearApplyTo: "hyperlinks"
   * and "removeHyperlinks" remove it, "formats" does not).
   */
  hyperlink: "",
} as const;

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

  /** Back to the default formats (Range.clear("Formats")); a hyperlink stays. */
  reset(area: Rect): void {
    for (const prop of Object.keys(STYLE_DEFAULTS) as StyleProp[]) if (prop !== "hyperlink") this.set(area, prop, RESET);
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
