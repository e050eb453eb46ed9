/**
 * Charts: Excel.ChartCollection and Chart (https://learn.microsoft.com/javascript/api/excel/excel.chartcollection).
 * A chart is recorded on its sheet — type, source range, series orientation, position, size, and
 * everything set under title, legend, axes, series, dataLabels, format and plotArea — not drawn.
 */
import { formatAddress } from "../../engine/sheet/address";
import { ClientCollection, ClientObject, type ClientResult, type Readers } from "./clientObject";
import { invalidArgument, itemNotFound } from "./errors";
import { Range, resolveRange } from "./range";
import { recorder, type Recorder } from "./recorder";
import { applyRecorded, type ChartModel, type Sheet } from "./sheet";
import { Worksheet } from "./worksheet";

const SERIES_BY = ["Auto", "Columns", "Rows"];

export class ChartCollection extends ClientCollection<Sheet, ChartModel, Chart> {
  protected readonly _typeName = "ChartCollection";

  protected override _readers(): Readers<Sheet> {
    return { count: (s) => s.charts.length };
  }

  get count(): number {
    return this._get("count");
  }

  protected _list(sheet: Sheet): ChartModel[] {
    return [...sheet.charts];
  }

  protected _item(chart: ChartModel): Chart {
    return new Chart(this.context, () => chart, true);
  }

  private _chart(label: string, find: (sheet: Sheet) => ChartModel, payload?: unknown): Chart {
    return new Chart(this.context, this._derive(find), true)._instantiate(this._typeName, label, payload);
  }

  /** Chart names are "Chart 1", "Chart 2"..., as Excel names them. */
  add(type: string, sourceData: Range, seriesBy = "Auto"): Chart {
    if (!(sourceData instanceof Range)) throw invalidArgument("charts.add needs a Range as its source data");
    return new Chart(
      this.context,
      this._derive((sheet, exec) => {
        if (typeof type !== "string" || type === "") throw invalidArgument("a chart type is required");
        if (!SERIES_BY.includes(seriesBy)) throw invalidArgument(`seriesBy must be one of ${SERIES_BY.join(", ")}`);
        const source = resolveRange(this.context, sourceData, exec);
        let name = "";
        for (let n = sheet.charts.length + 1; !name || sheet.charts.some((c) => c.name === name); n++) name = `Chart ${n}`;
        const chart: ChartModel = { id: `{${this.context._model.newId()}}`, sheet, name, chartType: type, source, seriesBy, position: null, top: 0, left: 0, width: 360, height: 216, spec: {}, removed: false };
        sheet.charts.push(chart);
        return chart;
      }),
      true,
    )._instantiate(this._typeName, "add", [type, seriesBy]);
  }

  getItem(name: string): Chart {
    return this._chart("getItem", (sheet) => {
      const chart = sheet.charts.find((c) => c.name === name);
      if (!chart) throw itemNotFound(`no chart named ${JSON.stringify(name)}`);
      return chart;
    });
  }

  getItemOrNullObject(name: string): Chart {
    return new Chart(this.context, this._derive((sheet) => sheet.charts.find((c) => c.name === name) ?? null), true)._instantiate(this._typeName, "getItemOrNullObject", [name]);
  }

  getItemAt(index: number): Chart {
    return this._chart("getItemAt", (sheet) => {
      const chart = sheet.charts[index];
      if (!chart) throw invalidArgument(`no chart at index ${index}`);
      return chart;
    });
  }

  getCount(): ClientResult<number> {
    return this._result("getCount", (sheet) => sheet.charts.length);
  }
}

export class Chart extends ClientObject<ChartModel> {
  protected readonly _typeName = "Chart";
  private readonly _recorders = new Map<string, Recorder>();
  private _worksheet: Worksheet | undefined;

  protected override _readers(): Readers<ChartModel> {
    return {
      id: (c) => c.id,
      name: (c) => c.name,
      chartType: (c) => c.chartType,
      top: (c) => c.top,
      left: (c) => c.left,
      width: (c) => c.width,
      height: (c) => c.height,
    };
  }

  get id(): string {
    return this._get("id");
  }

  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._set("name", name, (c) => (c.name = name));
  }

  get chartType(): string {
    return this._get("chartType");
  }
  set chartType(type: string) {
    this._set("chartType", type, (c) => (c.chartType = type));
  }

  private _size(name: "top" | "left" | "width" | "height", value: number): void {
    this._set(name, value, (c) => {
      if (typeof value !== "number" || !(value >= 0)) throw invalidArgument(`chart ${name} is a number of points ≥ 0`);
      c[name] = value;
    });
  }

  get top(): number {
    return this._get("top");
  }
  set top(value: number) {
    this._size("top", value);
  }

  get left(): number {
    return this._get("left");
  }
  set left(value: number) {
    this._size("left", value);
  }

  get width(): number {
    return this._get("width");
  }
  set width(value: number) {
    this._size("width", value);
  }

  get height(): number {
    return this._get("height");
  }
  set height(value: number) {
    this._size("height", value);
  }

  get worksheet(): Worksheet {
    return (this._worksheet ??= new Worksheet(this.context, this._derive((c) => c.sheet)));
  }

  private _recorded(property: string): Recorder {
    if (!this._recorders.has(property)) {
      this._recorders.set(
        property,
        recorder((op) => this._queue(`${property}.${op.path.join(".")}`, op.value ?? op.args, (c) => applyRecorded(c.spec, { ...op, path: [property, ...op.path] }))),
      );
    }
    return this._recorders.get(property);
  }

  get title(): Recorder {
    return this._recorded("title");
  }
  get legend(): Recorder {
    return this._recorded("legend");
  }
  get axes(): Recorder {
    return this._recorded("axes");
  }
  get series(): Recorder {
    return this._recorded("series");
  }
  get dataLabels(): Recorder {
    return this._recorded("dataLabels");
  }
  get format(): Recorder {
    return this._recorded("format");
  }
  get plotArea(): Recorder {
    return this._recorded("plotArea");
  }

  /** Records the cells the chart spans (top-left, and bottom-right if given). */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this._queue("setPosition", [typeof startCell === "string" ? startCell : null, typeof endCell === "string" ? endCell : null], (c, exec) => {
      const address = (cell: Range | string): string => {
        const { sheet, area } = resolveRange(this.context, cell, exec, c.sheet);
        return formatAddress(sheet.name, area);
      };
      c.position = { startCell: address(startCell), ...(endCell === undefined ? {} : { endCell: address(endCell) }) };
    });
  }

  setData(sourceData: Range, seriesBy = "Auto"): void {
    this._queue("setData", [seriesBy], (c, exec) => {
      c.source = resolveRange(this.context, sourceData, exec);
      c.seriesBy = seriesBy;
    });
  }

  /** Selects the chart in the UI (ExcelApi 1.9): the selection is then no range (Workbook.getSelectedRange fails). */
  activate(): void {
    this._queue("activate", [], (c) => this.context._model.selectChart(c));
  }

  delete(): void {
    this._queue("delete", [], (c) => {
      c.sheet.charts.splice(c.sheet.charts.indexOf(c), 1);
      c.removed = true;
    });
  }
}
