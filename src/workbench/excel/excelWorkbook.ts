/**
 * Excel.Workbook, the root proxy of a RequestContext (https://learn.microsoft.com/javascript/api/excel/excel.workbook):
 * worksheets, tables, defined names, settings, the application, and the selection the user made
 * in the page's grid, with its onSelectionChanged event (ExcelApi 1.2: the arguments carry only
 * the workbook, https://learn.microsoft.com/javascript/api/excel/excel.selectionchangedeventargs).
 */
import { CommentCollection, NoteCollection } from "./annotations";
import { Application } from "./application";
import { ClientObject } from "./clientObject";
import { invalidSelection } from "./errors";
import { NamedItemCollection } from "./names";
import { Range } from "./range";
import { RequestContext } from "./requestContext";
import { SettingCollection } from "./settings";
import { TableCollection } from "./table";
import type { Workbook } from "./workbook";
import { WorksheetCollection } from "./worksheet";

export interface SelectionChangedEventArgs {
  workbook: ExcelWorkbook;
}

/** OfficeExtension.EventHandlers: the handler is called after the selection changed, with a new context's workbook. */
class SelectionChangedHandlers {
  constructor(private readonly context: RequestContext) {}

  add(handler: (args: SelectionChangedEventArgs) => Promise<unknown> | void): { context: RequestContext; remove(): void } {
    const stop = this.context._model.onSelect(() => {
      const workbook = new RequestContext(this.context._host).workbook;
      queueMicrotask(() => void handler({ workbook }));
    });
    return { context: this.context, remove: stop };
  }
}

export class ExcelWorkbook extends ClientObject<Workbook> {
  protected readonly _typeName = "Workbook";
  private _worksheets: WorksheetCollection | undefined;
  private _tables: TableCollection | undefined;
  private _names: NamedItemCollection | undefined;
  private _settings: SettingCollection | undefined;
  private _application: Application | undefined;
  private _onSelectionChanged: SelectionChangedHandlers | undefined;
  private _comments: CommentCollection | undefined;
  private _notes: NoteCollection | undefined;

  constructor(context: RequestContext) {
    super(context, () => context._model, true);
  }

  get worksheets(): WorksheetCollection {
    return (this._worksheets ??= new WorksheetCollection(this.context, this._derive((m) => m)));
  }

  get tables(): TableCollection {
    return (this._tables ??= new TableCollection(this.context, this._derive((m) => m)));
  }

  get names(): NamedItemCollection {
    return (this._names ??= new NamedItemCollection(this.context, this._derive((m) => m)));
  }

  get settings(): SettingCollection {
    return (this._settings ??= new SettingCollection(this.context, this._derive((m) => m)));
  }

  get application(): Application {
    return (this._application ??= new Application(this.context, this._derive((m) => m)));
  }

  get comments(): CommentCollection {
    return (this._comments ??= new CommentCollection(this.context, this._derive((m) => m.sheets)));
  }

  get notes(): NoteCollection {
    return (this._notes ??= new NoteCollection(this.context, this._derive((m) => m.sheets)));
  }

  get onSelectionChanged(): SelectionChangedHandlers {
    return (this._onSelectionChanged ??= new SelectionChangedHandlers(this.context));
  }

  /**
   * While a chart is selected Excel fails with InvalidSelection, by design
   * (https://github.com/OfficeDev/office-js/issues/2268; shapes and pictures too, #8).
   */
  getSelectedRange(): Range {
    return new Range(
      this.context,
      this._derive((m) => {
        if (m.selectedChart) throw invalidSelection(`the chart ${JSON.stringify(m.selectedChart.name)} is selected, not cells`);
        return m.selection;
      }),
    )._instantiate("Workbook", "getSelectedRange");
  }

  getActiveCell(): Range {
    return new Range(this.context, this._derive((m) => ({ sheet: m.selection.sheet, area: { ...m.selection.area, rows: 1, cols: 1 } })));
  }
}
