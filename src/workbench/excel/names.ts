/**
 * Defined names: Excel.NamedItemCollection and NamedItem
 * (https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection). Each is a
 * HyperFormula named expression, so formulas can use it. Only workbook-scoped names; `type` is
 * "Range" for a reference and otherwise guessed from the formula's text.
 */
import { parseAddress } from "../../engine/sheet/address";
import { ClientCollection, ClientObject, type ClientResult, type Readers } from "./clientObject";
import { invalidOperation, itemNotFound } from "./errors";
import { Range, resolveRange, type RangeRef } from "./range";
import { Workbook, type DefinedName } from "./workbook";

export class NamedItemCollection extends ClientCollection<Workbook, DefinedName, NamedItem> {
  protected readonly _typeName = "NamedItemCollection";

  protected _list(model: Workbook): DefinedName[] {
    return [...model.definedNames];
  }

  protected _item(name: DefinedName): NamedItem {
    return new NamedItem(this.context, () => name, true);
  }

  /** `reference` is a Range or a formula ("=Sheet1!$A$1", "=0.2"). */
  add(name: string, reference: Range | string, comment?: string): NamedItem {
    return new NamedItem(
      this.context,
      this._derive((model, exec) => {
        const formula =
          typeof reference === "string" ? (reference.startsWith("=") ? reference : `=${reference}`) : referenceFormula(resolveRange(this.context, reference, exec));
        return model.addName(name, formula, comment);
      }),
      true,
    )._instantiate(this._typeName, "add", [name, typeof reference === "string" ? reference : null, comment ?? null]);
  }

  getItem(name: string): NamedItem {
    return new NamedItem(
      this.context,
      this._derive((model) => {
        const item = model.definedName(name);
        if (!item) throw itemNotFound(`no defined name ${JSON.stringify(name)}`);
        return item;
      }),
      true,
    )._instantiate(this._typeName, "getItem", [name]);
  }

  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.context, this._derive((model) => model.definedName(name) ?? null), true)._instantiate(this._typeName, "getItemOrNullObject", [name]);
  }

  getCount(): ClientResult<number> {
    return this._result("getCount", (model) => model.definedNames.length);
  }
}

function referenceFormula(ref: RangeRef): string {
  return Workbook.absoluteReference(ref.sheet, ref.area);
}

export class NamedItem extends ClientObject<DefinedName> {
  protected readonly _typeName = "NamedItem";

  protected override _readers(): Readers<DefinedName> {
    const formula = (n: DefinedName): string => this.context._model.nameFormula(n);
    return {
      name: (n) => n.name,
      comment: (n) => n.comment,
      formula,
      value: (n) => formula(n).replace(/^=/, ""),
      type: (n) => {
        const text = formula(n).replace(/^=/, "");
        return parseAddress(text)?.sheet !== undefined ? "Range" : /^-?[\d.]+(e[+-]?\d+)?$/i.test(text) ? "Double" : /^(TRUE|FALSE)$/i.test(text) ? "Boolean" : "String";
      },
      visible: () => true,
    };
  }

  get name(): string {
    return this._get("name");
  }
  get comment(): string {
    return this._get("comment");
  }
  get formula(): string {
    return this._get("formula");
  }
  get value(): string {
    return this._get("value");
  }
  get type(): string {
    return this._get("type");
  }
  get visible(): boolean {
    return this._get("visible");
  }

  /** The range a reference name points at; InvalidOperation for a name that is not a range. */
  getRange(): Range {
    return new Range(
      this.context,
      this._derive((n) => {
        const target = this._target(n);
        if (!target) throw invalidOperation(`the name ${JSON.stringify(n.name)} is not a range`);
        return target;
      }),
    );
  }

  getRangeOrNullObject(): Range {
    return new Range(this.context, this._derive((n) => this._target(n)))._instantiate(this._typeName, "getRangeOrNullObject");
  }

  private _target(n: DefinedName): RangeRef | null {
    const parsed = parseAddress(this.context._model.nameFormula(n).replace(/^=/, ""));
    const sheet = parsed?.sheet === undefined ? undefined : this.context._model.sheet(parsed.sheet);
    return parsed && sheet ? { sheet, area: parsed.rect } : null;
  }

  delete(): void {
    this._queue("delete", [], (n) => this.context._model.deleteName(n));
  }
}
