/**
 * The Explain view's side of the workbook (docs/explain.md): it follows the selection and reads
 * what the selected cell's number depends on. Nothing is ever written.
 *
 * - Following: Workbook.onSelectionChanged (ExcelApi 1.2; its event arguments carry only the
 *   workbook, https://learn.microsoft.com/javascript/api/excel/excel.selectionchangedeventargs).
 *   Events are batched: a read starts only once the selection has rested for DEBOUNCE_MS, so
 *   moving with the arrow keys or dragging a selection causes one read, not one per cell.
 * - Reading, one Excel.run with two syncs per selection change: the first reads the active cell
 *   (Workbook.getActiveCell, ExcelApi 1.7: formula, value, position), the active sheet's tables
 *   and TeleScore's review records; the second reads, all at once, what that cell depends on:
 *   every cell its TELE call's arguments refer to (nested TELE calls included), or the review
 *   table's header and the selected rep's row. Never one sync per cell.
 */
import type { CellValue } from "../../../engine/input";
import { formatAddress, formatCells } from "../../../engine/sheet/address";
import { findTeleCall, type CallArgument, type TeleCallText } from "../../../engine/sheet/teleCall";
import { queueRegistry, reviewColumnsByHeader, type ReviewRecord } from "../../review/excel/reviewRegistry";

/** How long the selection must rest before it is read. */
export const DEBOUNCE_MS = 250;

/** An argument as read: `value` is what Excel passes the function (a cell's value, or rows of a range's). */
export interface ReadArgument {
  text: string;
  /** The cells read, "Sheet!B7" or "Sheet!B2:B4"; null for a constant or an omitted argument. */
  address: string | null;
  value: unknown;
  /** An error an argument's cell holds (Excel shows it in the cell unchanged, without calling the function). */
  error: string | null;
  /** A TELE call as the argument: explained first, its result is the value. */
  nested: ReadCall | null;
  /** An expression TeleScore does not evaluate (e.g. `B2*100`, `DATE(2026,9,1)`). */
  unread: boolean;
}

export interface ReadCall {
  id: string;
  args: ReadArgument[];
}

export type Selection =
  | { kind: "call"; address: string; formula: string; shown: CellValue; call: ReadCall }
  | {
      kind: "reviewRow";
      address: string;
      record: ReviewRecord;
      /** The row's cells by TeleScore's column key ("calls.actual", "total", …); blank as null. */
      cells: Record<string, CellValue>;
      /** The keys of the row's cells that show an error (their `cells` entry is the error's text, "#N/A"). */
      errors: string[];
    }
  | { kind: "other"; address: string; formula: string | null };

export interface ExplainWorkbook {
  /** What is selected now. */
  read(): Promise<Selection>;
  /** Calls `changed` after each (batched) selection change; resolves with the way to stop. */
  watch(changed: () => void): Promise<() => Promise<void>>;
}

/** A cell's value as a custom function receives it: an empty cell is null (src/functions/adapt.ts). */
const asArgument = (v: unknown): CellValue => (v === "" || v === undefined ? null : (v as CellValue));

interface Queued {
  finish(): ReadArgument;
}

function queueArgument(context: Excel.RequestContext, sheet: Excel.Worksheet, sheetName: string, arg: CallArgument): Queued {
  const plain = (value: unknown): Queued => ({ finish: () => ({ text: arg.text, address: null, value, error: null, nested: null, unread: false }) });
  switch (arg.kind) {
    case "omitted":
      return plain(null);
    case "constant":
      return plain(arg.value);
    case "array":
      return plain(arg.rows);
    case "expression":
      return { finish: () => ({ text: arg.text, address: null, value: null, error: null, nested: null, unread: true }) };
    case "call": {
      const nested = queueCall(context, sheet, sheetName, arg.call);
      return { finish: () => ({ text: arg.text, address: null, value: null, error: null, nested: nested(), unread: false }) };
    }
    case "reference": {
      const on = arg.sheet === undefined ? sheet : context.workbook.worksheets.getItem(arg.sheet);
      const range = on.getRange(formatCells(arg.rect)).load(["values", "valueTypes"]);
      return {
        finish: () => {
          const errorAt = range.valueTypes.flat().findIndex((t) => t === "Error");
          const values = range.values.map((row) => row.map(asArgument));
          const single = arg.rect.rows === 1 && arg.rect.cols === 1;
          return {
            text: arg.text,
            address: formatAddress(arg.sheet ?? sheetName, arg.rect),
            value: single ? values[0][0] : values,
            error: errorAt < 0 ? null : String(range.values.flat()[errorAt]),
            nested: null,
            unread: false,
          };
        },
      };
    }
  }
}

function queueCall(context: Excel.RequestContext, sheet: Excel.Worksheet, sheetName: string, call: TeleCallText): () => ReadCall {
  const args = call.args.map((a) => queueArgument(context, sheet, sheetName, a));
  return () => ({ id: call.id, args: args.map((a) => a.finish()) });
}

/** The review row the cell is in: the review's table on this sheet, its header and the cell's row; null when not in one. */
function queueReviewRow(sheet: Excel.Worksheet, cell: Excel.Range, tables: Excel.TableCollection, records: ReviewRecord[]): (() => Selection | null) | null {
  const names = new Set(tables.items.map((t) => t.name.toLowerCase()));
  const record = records.find((r) => names.has(r.table.toLowerCase()));
  if (!record) return null;
  const table = tables.getItem(record.table);
  const header = table.getHeaderRowRange().load(["values", "rowIndex", "columnIndex", "columnCount"]);
  const body = table.getDataBodyRange().load(["rowIndex", "rowCount"]);
  const row = sheet.getRangeByIndexes(cell.rowIndex, 0, 1, record.area.columns).load(["values", "valueTypes"]);
  return () => {
    const inBody = cell.rowIndex >= body.rowIndex && cell.rowIndex < body.rowIndex + body.rowCount;
    const inColumns = cell.columnIndex >= header.columnIndex && cell.columnIndex < header.columnIndex + header.columnCount;
    if (!inBody || !inColumns) return null;
    const columns = [...reviewColumnsByHeader(record, header.values[0])];
    const cells: Record<string, CellValue> = Object.fromEntries(columns.map(([key, i]) => [key, asArgument(row.values[0][header.columnIndex + i])]));
    const errors = columns.filter(([, i]) => row.valueTypes[0][header.columnIndex + i] === "Error").map(([key]) => key);
    return { kind: "reviewRow", address: cell.address, record, cells, errors };
  };
}

async function readSelection(): Promise<Selection> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getActiveCell().load(["address", "formulas", "values", "rowIndex", "columnIndex"]);
    const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
    const tables = sheet.tables.load("items/name");
    const registry = queueRegistry(context);
    await context.sync();

    const formula = typeof cell.formulas[0][0] === "string" && cell.formulas[0][0].startsWith("=") ? cell.formulas[0][0] : null;
    const review = queueReviewRow(sheet, cell, tables, registry.get());
    const call = review || formula === null ? null : findTeleCall(formula);
    const read = call ? queueCall(context, sheet, sheet.name, call) : null;
    if (review || read) await context.sync();

    const row = review?.();
    if (row) return row;
    if (read && formula !== null) return { kind: "call", address: cell.address, formula, shown: cell.values[0][0] as CellValue, call: read() };
    return { kind: "other", address: cell.address, formula };
  });
}

/** Excel's workbook, through Office.js. */
export const excelExplainWorkbook: ExplainWorkbook = {
  read: readSelection,
  async watch(changed) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const handler = async () => {
      clearTimeout(timer);
      timer = setTimeout(changed, DEBOUNCE_MS);
    };
    const subscription = await Excel.run(async (context) => {
      const added = context.workbook.onSelectionChanged.add(handler);
      await context.sync();
      return added;
    });
    return async () => {
      clearTimeout(timer);
      // An event handler is removed in the context it was added in.
      await Excel.run(subscription.context, async (context) => {
        subscription.remove();
        await context.sync();
      });
    };
  },
};
