/**
 * What a user attaches to a cell besides its content and format, over the workbook's per-cell
 * annotations (cellStyles.ts; docs/workbench.md, "Annotations"): threaded comments
 * (https://learn.microsoft.com/javascript/api/excel/excel.commentcollection, ExcelApi 1.10), notes
 * (https://learn.microsoft.com/javascript/api/excel/excel.notecollection, ExcelApi 1.18) and data
 * validation (https://learn.microsoft.com/javascript/api/excel/excel.datavalidation, ExcelApi 1.8).
 * A comment or note belongs to one cell and moves with it; a proxy finds it again by its id in
 * every sync, wherever inserted, deleted or sorted cells took it.
 */
import { formatAddress, parseAddress, rect } from "../../engine/sheet/address";
import type { AnnotationKind } from "./cellStyles";
import { ClientCollection, ClientObject, type ClientResult, type Exec, type Readers } from "./clientObject";
import { invalidArgument, invalidOperation, itemNotFound, notImplemented } from "./errors";
import { Range, resolveRange, type RangeRef } from "./range";
import type { RequestContext } from "./requestContext";
import type { Sheet } from "./sheet";

/** A comment's or note's stored form. */
interface CellText {
  id: string;
  content: string;
  authorName: string;
}

interface Located {
  sheet: Sheet;
  row: number;
  col: number;
  value: CellText;
}

type TextKind = Extract<AnnotationKind, "comment" | "note">;

/** Excel lets a cell hold a threaded comment or a note, not both (the UI offers one or the other). */
/** The workbench has no signed-in user; Excel writes the user's name. */
const WORKBENCH_AUTHOR = "Workbench";

const CELL_TEXT_KINDS: readonly TextKind[] = ["comment", "note"];

/** The comment or note with `id`, wherever its cell is now; ItemNotFound once it is gone. */
function locate(context: RequestContext, kind: TextKind, id: string): Located {
  const model = context._model;
  const found = model.annotated<CellText>(model.sheets, kind).find((a) => a.value.id === id);
  if (!found) throw itemNotFound(`the ${kind} was deleted with its cell or by Range.clear("All")`);
  return found;
}

/** Excel.Comment and Excel.Note: the text on one cell. */
abstract class CellTextItem extends ClientObject<Located> {
  protected abstract readonly _kind: TextKind;

  protected override _readers(): Readers<Located> {
    return { id: (a) => a.value.id, content: (a) => a.value.content, authorName: (a) => a.value.authorName };
  }

  get content(): string {
    return this._get("content");
  }
  set content(content: string) {
    if (typeof content !== "string") throw invalidArgument("content must be a string");
    this._set("content", content, (a) => this.context._model.setAnnotation(a.sheet, rect(a.row, a.col), this._kind, { ...a.value, content }));
  }

  get authorName(): string {
    return this._get("authorName");
  }

  getLocation(): Range {
    return new Range(this.context, this._derive((a) => ({ sheet: a.sheet, area: rect(a.row, a.col) })));
  }

  delete(): void {
    this._queue("delete", [], (a) => this.context._model.setAnnotation(a.sheet, rect(a.row, a.col), this._kind, null));
  }
}

export class Comment extends CellTextItem {
  protected readonly _typeName = "Comment";
  protected readonly _kind = "comment";

  get id(): string {
    return this._get("id");
  }
}

export class Note extends CellTextItem {
  protected readonly _typeName = "Note";
  protected readonly _kind = "note";
}

/**
 * Excel.CommentCollection and Excel.NoteCollection, of the workbook or of one sheet (`scope`).
 * add() takes one cell (a larger range is an error); from the workbook an address string must name
 * its sheet, as CommentCollection.add says.
 */
abstract class CellTextCollection<I extends CellTextItem> extends ClientCollection<readonly Sheet[], Located, I> {
  protected abstract readonly _kind: TextKind;
  protected abstract readonly _itemType: new (context: RequestContext, resolver: (exec: Exec) => Located) => I;

  constructor(
    context: RequestContext,
    resolver: (exec: Exec) => readonly Sheet[] | null,
    /** The sheet of a Worksheet's collection; undefined for the workbook's. */
    private readonly _sheet?: (exec: Exec) => Sheet | null,
  ) {
    super(context, resolver);
  }

  protected _list(sheets: readonly Sheet[]): Located[] {
    return this.context._model.annotated<CellText>(sheets, this._kind);
  }

  private _make(resolver: (exec: Exec) => Located): I {
    return new this._itemType(this.context, resolver);
  }

  protected _item(found: Located): I {
    return this._byId(found.value.id);
  }

  protected _byId(id: string): I {
    return this._make(() => locate(this.context, this._kind, id));
  }

  /** The one cell `cellAddress` names, inside this collection's scope. */
  private _cell(cellAddress: Range | string, exec: Exec): RangeRef {
    const sheet = this._sheet?.(exec) ?? undefined;
    if (typeof cellAddress === "string" && !sheet && parseAddress(cellAddress)?.sheet === undefined) throw invalidArgument(`${JSON.stringify(cellAddress)} must name its sheet`);
    const cell = resolveRange(this.context, cellAddress, exec, sheet);
    if (cell.area.rows !== 1 || cell.area.cols !== 1) throw invalidArgument(`a ${this._kind} goes on one cell, not ${formatAddress(cell.sheet.name, cell.area)}`);
    return cell;
  }

  add(cellAddress: Range | string, content: string): I {
    if (typeof content !== "string") throw invalidArgument("content must be a string");
    const id = `{${this.context._model.newId()}}`;
    this._queue("add", [typeof cellAddress === "string" ? cellAddress : "Range", content], (_sheets, exec) => {
      const { sheet, area } = this._cell(cellAddress, exec);
      const model = this.context._model;
      const taken = CELL_TEXT_KINDS.find((kind) => model.annotation(sheet, area.row, area.col, kind) !== null);
      if (taken) throw invalidOperation(`${formatAddress(sheet.name, area)} already has a ${taken}`);
      model.setAnnotation(sheet, area, this._kind, { id, content, authorName: WORKBENCH_AUTHOR } satisfies CellText);
    });
    return this._byId(id);
  }

  getCount(): ClientResult<number> {
    return this._result("getCount", (sheets) => this._list(sheets).length);
  }

  getItemAt(index: number): I {
    return this._make((exec) => {
      const found = this._list(this._resolve(exec) ?? [])[index];
      if (!found) throw itemNotFound(`no ${this._kind} at index ${index}`);
      return found;
    })._instantiate(this._typeName, "getItemAt", [index]);
  }

  /** The comment or note on a cell; ItemNotFound when it has none. */
  protected _onCell(method: string, cellAddress: Range | string): I {
    return this._make((exec) => {
      const { sheet, area } = this._cell(cellAddress, exec);
      const found = this._list([sheet]).find((a) => a.row === area.row && a.col === area.col);
      if (!found) throw itemNotFound(`${formatAddress(sheet.name, area)} has no ${this._kind}`);
      return found;
    })._instantiate(this._typeName, method, [typeof cellAddress === "string" ? cellAddress : "Range"]);
  }
}

export class CommentCollection extends CellTextCollection<Comment> {
  protected readonly _typeName = "CommentCollection";
  protected readonly _kind = "comment";

  protected readonly _itemType = Comment;

  getItem(commentId: string): Comment {
    return this._byId(commentId)._instantiate(this._typeName, "getItem", [commentId]);
  }

  getItemByCell(cellAddress: Range | string): Comment {
    return this._onCell("getItemByCell", cellAddress);
  }
}

export class NoteCollection extends CellTextCollection<Note> {
  protected readonly _typeName = "NoteCollection";
  protected readonly _kind = "note";

  protected readonly _itemType = Note;

  /** NoteCollection.getItem takes the note's cell address as its key. */
  getItem(key: string): Note {
    return this._onCell("getItem", key);
  }
}

const RULE_TYPES: Record<keyof Excel.DataValidationRule, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

/**
 * Excel.DataValidation of a range: `rule` (exactly one criterion, DataValidationRule), the `type`
 * it implies ("None" without one, "Inconsistent" over cells that differ) and clear(). Prompts,
 * error alerts, ignoreBlanks and `valid` are not emulated.
 */
export class DataValidation extends ClientObject<RangeRef> {
  protected readonly _typeName = "DataValidation";

  private _rule(r: RangeRef): Excel.DataValidationRule | null | undefined {
    return this.context._model.uniformAnnotation<Excel.DataValidationRule>(r.sheet, r.area, "dataValidation");
  }

  protected override _readers(): Readers<RangeRef> {
    return {
      rule: (r) => {
        const rule = this._rule(r);
        if (rule === undefined) throw notImplemented("the rule of a range whose cells have different rules");
        return rule ?? {};
      },
      type: (r) => {
        const rule = this._rule(r);
        return rule === undefined ? "Inconsistent" : rule === null ? "None" : RULE_TYPES[Object.keys(rule)[0] as keyof Excel.DataValidationRule];
      },
    };
  }

  get rule(): Excel.DataValidationRule {
    return this._get("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    const keys = typeof rule === "object" && rule !== null ? Object.keys(rule).filter((k) => rule[k as keyof Excel.DataValidationRule] !== undefined) : [];
    if (keys.length !== 1 || !(keys[0] in RULE_TYPES)) throw invalidArgument("a DataValidationRule sets exactly one of its criteria");
    this._set("rule", rule, (r) => this.context._model.setAnnotation(r.sheet, r.area, "dataValidation", rule));
  }

  get type(): string {
    return this._get("type");
  }

  clear(): void {
    this._queue("clear", [], (r) => this.context._model.setAnnotation(r.sheet, r.area, "dataValidation", null));
  }
}
