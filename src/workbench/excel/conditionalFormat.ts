/**
 * Conditional formats: Excel.ConditionalFormatCollection and ConditionalFormat
 * (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection).
 * They are recorded on the sheet — type, range, priority and everything set on the type's object
 * (cf.cellValue.format.fill.color, cf.custom.rule.formula...) — not evaluated or drawn. Using the
 * object of another type (cf.custom on a CellValue format) fails at sync with InvalidOperation.
 */
import { intersection } from "../../engine/sheet/address";
import { ClientCollection, ClientObject, type ClientResult, type Readers } from "./clientObject";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import type { RangeRef } from "./range";
import { Range } from "./range";
import { recorder, type Recorder } from "./recorder";
import { applyRecorded, type ConditionalFormatModel } from "./sheet";

/** Excel.ConditionalFormatType and the property holding each type's settings. */
const TYPE_PROPERTIES: Record<string, string> = {
  CellValue: "cellValue",
  ColorScale: "colorScale",
  ContainsText: "textComparison",
  Custom: "custom",
  DataBar: "dataBar",
  IconSet: "iconSet",
  PresetCriteria: "preset",
  TopBottom: "topBottom",
};

export class ConditionalFormatCollection extends ClientCollection<RangeRef, ConditionalFormatModel, ConditionalFormat> {
  protected readonly _typeName = "ConditionalFormatCollection";

  /** The formats that intersect the range, highest priority (0) first. */
  protected _list(r: RangeRef): ConditionalFormatModel[] {
    return r.sheet.conditionalFormats.filter((f) => intersection(f.area, r.area)).sort((a, b) => a.priority - b.priority);
  }

  protected _item(format: ConditionalFormatModel): ConditionalFormat {
    return new ConditionalFormat(this.context, () => format, true);
  }

  private _format(label: string, find: (r: RangeRef) => ConditionalFormatModel, payload?: unknown): ConditionalFormat {
    return new ConditionalFormat(this.context, this._derive(find), true)._instantiate(this._typeName, label, payload);
  }

  /** A new format on this range, with the top priority (the others move down one). */
  add(type: string): ConditionalFormat {
    return this._format(
      "add",
      (r) => {
        if (!(type in TYPE_PROPERTIES)) throw invalidArgument(`conditional format type must be one of ${Object.keys(TYPE_PROPERTIES).join(", ")}`);
        for (const f of r.sheet.conditionalFormats) f.priority++;
        const model: ConditionalFormatModel = { id: String(this.context._model.newId()), sheet: r.sheet, type, area: r.area, priority: 0, stopIfTrue: false, spec: {}, removed: false };
        r.sheet.conditionalFormats.push(model);
        return model;
      },
      [type],
    );
  }

  getItem(id: string): ConditionalFormat {
    return this._format("getItem", (r) => {
      const found = this._list(r).find((f) => f.id === id);
      if (!found) throw itemNotFound(`no conditional format ${JSON.stringify(id)}`);
      return found;
    });
  }

  getItemAt(index: number): ConditionalFormat {
    return this._format("getItemAt", (r) => {
      const found = this._list(r)[index];
      if (!found) throw invalidArgument(`no conditional format at index ${index}`);
      return found;
    });
  }

  getCount(): ClientResult<number> {
    return this._result("getCount", (r) => this._list(r).length);
  }

  /** Removes the formats that intersect the range. */
  clearAll(): void {
    this._queue("clearAll", [], (r) => {
      for (const f of this._list(r)) f.removed = true;
      r.sheet.conditionalFormats.splice(0, Infinity, ...r.sheet.conditionalFormats.filter((f) => !f.removed));
    });
  }
}

export class ConditionalFormat extends ClientObject<ConditionalFormatModel> {
  protected readonly _typeName = "ConditionalFormat";
  private readonly _recorders = new Map<string, Recorder>();

  protected override _readers(): Readers<ConditionalFormatModel> {
    return {
      id: (f) => f.id,
      type: (f) => f.type,
      priority: (f) => f.priority,
      stopIfTrue: (f) => f.stopIfTrue,
    };
  }

  get id(): string {
    return this._get("id");
  }
  get type(): string {
    return this._get("type");
  }

  get priority(): number {
    return this._get("priority");
  }
  set priority(priority: number) {
    this._set("priority", priority, (f) => (f.priority = priority));
  }

  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(stop: boolean) {
    this._set("stopIfTrue", stop, (f) => (f.stopIfTrue = stop));
  }

  /** The settings object of one type, recorded into the format's spec. */
  private _typed(property: string): Recorder {
    if (!this._recorders.has(property)) {
      this._recorders.set(
        property,
        recorder((op) =>
          this._queue(`${property}.${op.path.join(".")}`, op.value ?? op.args, (f) => {
            if (TYPE_PROPERTIES[f.type] !== property) throw invalidOperation(`a ${f.type} conditional format has no ${property}`);
            applyRecorded(f.spec, { ...op, path: [property, ...op.path] });
          }),
        ),
      );
    }
    return this._recorders.get(property);
  }

  get cellValue(): Recorder {
    return this._typed("cellValue");
  }
  get colorScale(): Recorder {
    return this._typed("colorScale");
  }
  get custom(): Recorder {
    return this._typed("custom");
  }
  get dataBar(): Recorder {
    return this._typed("dataBar");
  }
  get iconSet(): Recorder {
    return this._typed("iconSet");
  }
  get preset(): Recorder {
    return this._typed("preset");
  }
  get textComparison(): Recorder {
    return this._typed("textComparison");
  }
  get topBottom(): Recorder {
    return this._typed("topBottom");
  }

  getRange(): Range {
    return new Range(this.context, this._derive((f) => ({ sheet: f.sheet, area: f.area })));
  }

  delete(): void {
    this._queue("delete", [], (f) => {
      f.sheet.conditionalFormats.splice(f.sheet.conditionalFormats.indexOf(f), 1);
      f.removed = true;
    });
  }
}
