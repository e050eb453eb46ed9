/**
 * What the grid draws for a block of cells, read from the emulated workbook in a few calls: the
 * text through the number format, Excel's default alignment (numbers right, text left, logicals
 * and errors centred), the error's message, the cell's font and fill, and whether text may run on
 * over the empty cell to its right as Excel lets it.
 */
import { rect, type Rect } from "../../engine/sheet/address";
import type { Sheet } from "../excel/sheet";
import type { Workbook } from "../excel/workbook";
import { errorMessage } from "../engineDetails";

export type Alignment = "left" | "center" | "right";

export interface CellDisplay {
  text: string;
  align: Alignment;
  /** The error's message, for the tooltip ("" when none). */
  message: string;
  isError: boolean;
  bold: boolean;
  italic: boolean;
  color: string | undefined;
  fill: string | undefined;
  /** Text that may run on over the empty cell to its right. */
  overflows: boolean;
}

const EXPLICIT_ALIGNMENT: Record<string, Alignment> = { Left: "left", Center: "center", CenterAcrossSelection: "center", Right: "right" };

/** The displays of `area`, row by row. */
export function readCellBlock(workbook: Workbook, sheet: Sheet, area: Rect): CellDisplay[][] {
  // One column more, to know whether the last one's text may run on.
  const wide = rect(area.row, area.col, area.rows, area.cols + 1);
  const values = workbook.values(sheet, wide);
  const texts = workbook.texts(sheet, wide);
  const types = workbook.valueTypes(sheet, wide);
  return values.map((row, i) =>
    row.slice(0, area.cols).map((value, j): CellDisplay => {
      const r = area.row + i;
      const c = area.col + j;
      const style = (prop: Parameters<typeof sheet.styles.get>[2]) => sheet.styles.get(r, c, prop);
      const isError = types[i][j] === "Error";
      const explicit = EXPLICIT_ALIGNMENT[String(style("horizontalAlignment"))];
      const align: Alignment = explicit ?? (typeof value === "number" ? "right" : typeof value === "boolean" || isError ? "center" : "left");
      const color = String(style("fontColor"));
      const fill = String(style("fill"));
      return {
        text: texts[i][j],
        align,
        message: isError ? errorMessage(workbook, sheet, r, c) : "",
        isError,
        bold: style("bold") === true,
        italic: style("italic") === true,
        color: color.toUpperCase() === "#000000" ? undefined : color,
        fill: fill.toUpperCase() === "#FFFFFF" ? undefined : fill,
        overflows: types[i][j] === "String" && value !== "" && align === "left" && style("wrapText") !== true && types[i][j + 1] === "Empty",
      };
    }),
  );
}
