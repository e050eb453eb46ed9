/**
 * The emulated Excel JavaScript API host: an `Excel` namespace object (run, RequestContext,
 * ErrorCodes, the enums, the proxy classes) and an `OfficeExtension` one (Error, ErrorCodes,
 * ClientResult), both over one Workbook. Add-in code runs against it unchanged, in jest and in the
 * browser page: `host.install()` puts them on globalThis where office.js would.
 * The host logs every sync that reached the workbook (its size included), so tests can bound
 * round trips and payloads.
 */
import { Application } from "./application";
import { Chart, ChartCollection } from "./chart";
import { ClientResult } from "./clientObject";
import { ConditionalFormat, ConditionalFormatCollection } from "./conditionalFormat";
import { ErrorCodes, HostError } from "./errors";
import { ExcelWorkbook } from "./excelWorkbook";
import { NamedItem, NamedItemCollection } from "./names";
import { Range } from "./range";
import { RangeFill, RangeFont, RangeFormat } from "./rangeFormat";
import { RequestContext, type HostState, type SyncRecord } from "./requestContext";
import { Setting, SettingCollection } from "./settings";
import { Table, TableCollection, TableColumn, TableColumnCollection, TableRow, TableRowCollection } from "./table";
import type { Workbook } from "./workbook";
import { Worksheet, WorksheetCollection, WorksheetFreezePanes } from "./worksheet";

/**
 * Excel's enums map camelCase members to PascalCase strings (Excel.CalculationType.full === "Full",
 * Excel.ChartType.xyscatter === "XYScatter", Excel.ChartType._3DColumn === "3DColumn").
 */
function excelEnum(): Readonly<Record<string, string>> {
  return new Proxy(
    {},
    {
      get: (_target, member) =>
        typeof member === "string" ? member.replace(/^_/, "").replace(/^xy/, "XY").replace(/^./, (c) => c.toUpperCase()) : undefined,
    },
  );
}

const ENUMS = [
  "BorderIndex",
  "BorderLineStyle",
  "BorderWeight",
  "BuiltInTableStyle",
  "CalculationMode",
  "CalculationType",
  "ChartAxisType",
  "ChartLegendPosition",
  "ChartSeriesBy",
  "ChartType",
  "ClearApplyTo",
  "ConditionalCellValueOperator",
  "ConditionalDataBarAxisFormat",
  "ConditionalFormatColorCriterionType",
  "ConditionalFormatPresetCriterion",
  "ConditionalFormatRuleType",
  "ConditionalFormatType",
  "ConditionalTextOperator",
  "ConditionalTopBottomCriterionType",
  "DeleteShiftDirection",
  "HorizontalAlignment",
  "InsertShiftDirection",
  "NamedItemType",
  "PageOrientation",
  "PaperType",
  "RangeUnderlineStyle",
  "RangeValueType",
  "SheetVisibility",
  "VerticalAlignment",
] as const;

type ExcelEnums = { readonly [Enum in (typeof ENUMS)[number]]: Readonly<Record<string, string>> };
type RunBatch<T> = (context: RequestContext) => Promise<T>;

export interface ExcelHost {
  readonly workbook: Workbook;
  /** What add-in code calls `Excel`. */
  readonly Excel: Record<string, unknown> & ExcelEnums & {
    run<T>(batch: RunBatch<T>): Promise<T>;
    run<T>(object: { readonly context: RequestContext } | RequestContext, batch: RunBatch<T>): Promise<T>;
    RequestContext: new () => RequestContext;
    ErrorCodes: typeof ErrorCodes;
  };
  /** What add-in code calls `OfficeExtension`. */
  readonly OfficeExtension: { Error: typeof HostError; ErrorCodes: typeof ErrorCodes; ClientResult: typeof ClientResult };
  /** Round trips to the workbook so far (syncs that had something to send). */
  readonly syncCount: number;
  readonly syncLog: readonly SyncRecord[];
  resetCounters(): void;
  /** Sets globalThis.Excel and globalThis.OfficeExtension (or on `target`); returns the undo. */
  install(target?: object): () => void;
}

export function createExcelHost(workbook: Workbook): ExcelHost {
  let syncId = 0;
  const state: HostState = { workbook, syncLog: [], nextSyncId: () => ++syncId };

  class HostRequestContext extends RequestContext {
    constructor() {
      super(state);
    }
  }

  /** Excel.run: the batch's context, then a final sync of whatever it left queued. */
  async function run<T>(first: RunBatch<T> | { readonly context: RequestContext } | RequestContext, second?: RunBatch<T>): Promise<T> {
    const batch = typeof first === "function" ? first : second!;
    const context = typeof first === "function" ? new HostRequestContext() : first instanceof RequestContext ? first : first.context;
    const pending = batch(context);
    if (!pending || typeof (pending as Promise<T>).then !== "function") throw new HostError("RunMustReturnPromise");
    const result = await pending;
    await context.sync();
    return result;
  }

  const Excel: ExcelHost["Excel"] = {
    ...(Object.fromEntries(ENUMS.map((name) => [name, excelEnum()])) as ExcelEnums),
    run,
    RequestContext: HostRequestContext,
    ErrorCodes,
    Application,
    Chart,
    ChartCollection,
    ConditionalFormat,
    ConditionalFormatCollection,
    NamedItem,
    NamedItemCollection,
    Range,
    RangeFill,
    RangeFont,
    RangeFormat,
    Setting,
    SettingCollection,
    Table,
    TableCollection,
    TableColumn,
    TableColumnCollection,
    TableRow,
    TableRowCollection,
    Workbook: ExcelWorkbook,
    Worksheet,
    WorksheetCollection,
    WorksheetFreezePanes,
  };
  const OfficeExtension = { Error: HostError, ErrorCodes, ClientResult };

  return {
    workbook,
    Excel,
    OfficeExtension,
    get syncCount() {
      return state.syncLog.length;
    },
    syncLog: state.syncLog,
    resetCounters: () => void state.syncLog.splice(0),
    install(target: object = globalThis) {
      const slots = target as Record<string, unknown>;
      const previous = { Excel: slots.Excel, OfficeExtension: slots.OfficeExtension };
      slots.Excel = Excel;
      slots.OfficeExtension = OfficeExtension;
      return () => Object.assign(slots, previous);
    },
  };
}
