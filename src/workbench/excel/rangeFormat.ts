/**
 * Excel.RangeFormat, RangeFont and RangeFill (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat):
 * column widths and row heights (points), alignment, wrap, bold/italic/colour/size/name, fill
 * colour. Reading a format over cells that differ gives null, as Excel does. Borders are recorded,
 * not modelled. autofitColumns sizes columns from the text length (about 5.6 pt per character of
 * Calibri 11, wide East Asian characters counting double): an estimate, not a measurement; like
 * Excel it fits each column to all of its cells, whatever rows the range has.
 */
import { intersection, isEntireColumns, isEntireRows, lastCol, lastRow, rect } from "../../engine/sheet/address";
import type { StyleProp, StyleValue } from "./cellStyles";
import { ClientObject, type Readers } from "./clientObject";
import type { RangeRef } from "./range";
import { recorder, type Recorder } from "./recorder";
import type { Sheet } from "./sheet";
import type { Workbook } from "./workbook";

/** One value for all of `indexes`, or null when they differ. */
function common(indexes: Iterable<number>, size: (i: number) => number): number | null {
  let seen: number | null = null;
  for (const i of indexes) {
    const v = size(i);
    if (seen !== null && v !== seen) return null;
    seen = v;
  }
  return seen;
}

function* span(from: number, to: number): Generator<number> {
  for (let i = from; i <= to; i++) yield i;
}

/** Points needed to show `text` in Calibri 11, roughly. */
function textWidth(text: string, bold: boolean): number {
  const units = [...text].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  return Math.ceil(units * 5.6 * (bold ? 1.1 : 1) + 6);
}

/**
 * Excel fits a column to every cell of it that holds something, not only to the cells of the range
 * it was called on (office-js #1017 and #5999: A1 long, A2 short, A2's autofitColumns() widens A to
 * fit A1), so the rows are the used area's, the columns the range's.
 */
function autofitColumns(model: Workbook, r: RangeRef): void {
  const used = model.usedArea(r.sheet, true);
  const area = used && intersection(used, rect(used.row, r.area.col, used.rows, r.area.cols));
  if (!area) return;
  const texts = model.texts(r.sheet, area);
  for (let j = 0; j < area.cols; j++) {
    const col = area.col + j;
    const widest = Math.max(0, ...texts.map((row, i) => (row[j] === "" ? 0 : textWidth(row[j], r.sheet.styles.get(area.row + i, col, "bold") === true))));
    if (widest > 0) model.setColumnWidth(r.sheet, rect(0, col), widest);
  }
}

function autofitRows(model: Workbook, r: RangeRef): void {
  const used = model.usedArea(r.sheet, true);
  const area = used && intersection(used, r.area);
  if (!area) return;
  model.texts(r.sheet, area).forEach((row, i) => {
    const lines = Math.max(1, ...row.map((t) => t.split("\n").length));
    model.setRowHeight(r.sheet, rect(area.row + i, 0), lines * r.sheet.standardHeight);
  });
}

abstract class StyledObject extends ClientObject<RangeRef> {
  /** A style property read over the range, and queued as a write. */
  protected _style(prop: StyleProp): (r: RangeRef) => StyleValue | null {
    return (r) => r.sheet.styles.uniform(r.area, prop);
  }

  protected _setStyle(name: string, prop: StyleProp, value: StyleValue): void {
    this._set(name, value, (r) => this.context._model.setStyle(r.sheet, r.area, prop, value));
  }
}

export class RangeFormat extends StyledObject {
  protected readonly _typeName = "RangeFormat";
  private _font: RangeFont | undefined;
  private _fill: RangeFill | undefined;
  private _borders: Recorder;

  protected override _readers(): Readers<RangeRef> {
    const columns = (s: Sheet, a: RangeRef["area"]): number | null => (isEntireRows(a) && s.columnWidths.size === 0 ? s.standardWidth : common(span(a.col, lastCol(a)), (c) => s.columnWidth(c)));
    const rows = (s: Sheet, a: RangeRef["area"]): number | null => (isEntireColumns(a) && s.rowHeights.size === 0 ? s.standardHeight : common(span(a.row, lastRow(a)), (c) => s.rowHeight(c)));
    return {
      columnWidth: (r) => columns(r.sheet, r.area),
      rowHeight: (r) => rows(r.sheet, r.area),
      horizontalAlignment: this._style("horizontalAlignment"),
      verticalAlignment: this._style("verticalAlignment"),
      wrapText: this._style("wrapText"),
    };
  }

  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(width: number) {
    this._set("columnWidth", width, (r) => this.context._model.setColumnWidth(r.sheet, r.area, width));
  }

  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(height: number) {
    this._set("rowHeight", height, (r) => this.context._model.setRowHeight(r.sheet, r.area, height));
  }

  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this._setStyle("horizontalAlignment", "horizontalAlignment", value);
  }

  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this._setStyle("verticalAlignment", "verticalAlignment", value);
  }

  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(value: boolean) {
    this._setStyle("wrapText", "wrapText", value);
  }

  get font(): RangeFont {
    return (this._font ??= new RangeFont(this.context, this._derive((r) => r)));
  }

  get fill(): RangeFill {
    return (this._fill ??= new RangeFill(this.context, this._derive((r) => r)));
  }

  /** Recorded into the sheet's recordedFormats with the range they were set on. */
  get borders(): Recorder {
    return (this._borders ??= recorder((op) =>
      this._queue(`borders.${op.path.join(".")}`, op.value ?? op.args, (r) =>
        r.sheet.recordedFormats.push({ area: r.area, op: { ...op, path: ["borders", ...op.path] } }),
      ),
    ));
  }

  autofitColumns(): void {
    this._queue("autofitColumns", [], (r) => autofitColumns(this.context._model, r));
  }

  autofitRows(): void {
    this._queue("autofitRows", [], (r) => autofitRows(this.context._model, r));
  }
}

export class RangeFont extends StyledObject {
  protected readonly _typeName = "RangeFont";

  protected override _readers(): Readers<RangeRef> {
    return {
      bold: this._style("bold"),
      italic: this._style("italic"),
      underline: this._style("underline"),
      color: this._style("fontColor"),
      size: this._style("fontSize"),
      name: this._style("fontName"),
    };
  }

  get bold(): boolean {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._setStyle("bold", "bold", value);
  }

  get italic(): boolean {
    return this._get("italic");
  }
  set italic(value: boolean) {
    this._setStyle("italic", "italic", value);
  }

  get underline(): string {
    return this._get("underline");
  }
  set underline(value: string) {
    this._setStyle("underline", "underline", value);
  }

  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._setStyle("color", "fontColor", value);
  }

  get size(): number {
    return this._get("size");
  }
  set size(value: number) {
    this._setStyle("size", "fontSize", value);
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._setStyle("name", "fontName", value);
  }
}

export class RangeFill extends StyledObject {
  protected readonly _typeName = "RangeFill";

  protected override _readers(): Readers<RangeRef> {
    return { color: this._style("fill") };
  }

  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._setStyle("color", "fill", value);
  }

  clear(): void {
    this._queue("clear", [], (r) => this.context._model.setStyle(r.sheet, r.area, "fill", "#FFFFFF"));
  }
}
