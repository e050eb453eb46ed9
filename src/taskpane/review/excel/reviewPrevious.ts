/**
 * The previous version of a review, read before it is regenerated, and what of it is carried into
 * the new version (issue 4: "keeps every cell a manager typed ... nothing a person wrote is ever
 * lost; reps no longer in the data are kept and marked"):
 * - per rep (by rep key, as the engine keys reps: id, else name), the manager's cells: the comment
 *   and sign-off, and every column a manager added to the table;
 * - the whole row of a rep the new version has no row for, frozen as values, to be kept and marked;
 * - the cells a person typed outside TeleScore's area (right of it and below it), with the
 *   workbook-scoped names that point at them (the reconciliation block's among them).
 * A carried formula is moved as copy and paste would move it (shiftFormula), a carried text stays
 * text (safeText), a carried number keeps its number format, a carried name points at the cells'
 * new place. (The new version is a new sheet: without that, a name would be left saying #REF!.)
 *
 * Reading takes two syncs after the shared first one: the table's columns, the cells outside the
 * area and the workbook's names, then (only when some rep is kept) the kept rows' values.
 */
import { readText, type CellValue } from "../../../engine/input";
import { repKey } from "../../../engine/review/records";
import { safeText, type ReviewColumn, type SheetCell } from "../../../engine/review/reviewLayout";
import { contains, MAX_COLUMNS, MAX_ROWS, parseAddress, type Rect, rect } from "../../../engine/sheet/address";
import type { ReviewRecord } from "./reviewRegistry";
import { shiftFormula } from "../../../engine/sheet/shiftFormula";

/** A cell as it was: what it showed, what was typed (its formula, if any), its number format and where it was. */
export interface OldCell {
  value: CellValue;
  formula: CellValue;
  format: string;
  row: number;
  col: number;
}

/** Whether a cell holds a formula: Range.formulas gives "=..." where Range.values gives its result (a text "=x" reads the same in both). */
const isFormula = ({ value, formula }: Pick<OldCell, "value" | "formula">): boolean => typeof formula === "string" && formula.startsWith("=") && formula !== value;

/** What to write to carry `cell` to (row, col): a moved formula, safe text, or the number or boolean. */
export function placeCell(cell: OldCell, row: number, col: number): SheetCell | boolean {
  const { value, formula } = cell;
  if (isFormula(cell)) return shiftFormula(formula as string, row - cell.row, col - cell.col);
  if (typeof value === "string") return value === "" ? "" : safeText(value);
  return value === null || value === undefined ? "" : value;
}

/** A value read back, to write as a value: text stays text. */
function frozen(value: CellValue): SheetCell | boolean {
  if (typeof value === "string") return value === "" ? "" : safeText(value);
  return value === null || value === undefined ? "" : value;
}

export interface OldRow {
  key: string | null;
  repId: string | null;
  repName: string | null;
  /** Sheet row (0-based). */
  row: number;
  /** The manual columns' cells, by column key ("comment", "signedOff"). */
  manual: Record<string, OldCell>;
  /** The manager's own columns' cells, in `extraHeaders` order. */
  extra: OldCell[];
}

/**
 * Cells outside TeleScore's area, as one rectangle: right of it (every row) or below it. `edge` is
 * the first column (right) or row (below) outside the area then; the block moves out as far as the
 * area's new edge is beyond it.
 */
export interface OldBlock {
  side: "right" | "below";
  edge: number;
  area: Rect;
  cells: OldCell[][];
  /** The workbook-scoped names whose cells lie within the block. */
  names: OldName[];
}

export interface OldName {
  name: string;
  comment: string;
  area: Rect;
}

export interface PreviousReview {
  sheetId: string;
  sheetName: string;
  position: number;
  /** The table's range (header included). */
  table: Rect;
  /** The table's column (0-based within the table) of each of TeleScore's column keys. */
  columnOf: Map<string, number>;
  extraHeaders: string[];
  rows: OldRow[];
  area: { rows: number; columns: number } | null;
  blocks: OldBlock[];
}

/** Phase 1 (the shared first sync): the marker table, its sheet and its header row. */
export function queuePreviousTable(context: Excel.RequestContext, tableName: string) {
  const table = context.workbook.tables.getItemOrNullObject(tableName).load("name");
  return {
    table,
    sheet: table.worksheet.load("id, name, position"),
    range: table.getRange().load("rowIndex, columnIndex, rowCount, columnCount"),
    header: table.getHeaderRowRange().load("values"),
  };
}
type QueuedTable = ReturnType<typeof queuePreviousTable>;

const textOf = (v: CellValue): string | null => readText(typeof v === "boolean" ? String(v) : v, "");

/**
 * Which table column is which of TeleScore's columns: as the record says they were written, else
 * (no record) by the current columns' headers in either language. The others are a manager's.
 */
function roles(headers: string[], record: ReviewRecord | null, columns: readonly ReviewColumn[]): Map<string, number> {
  const keyOf = (header: string): string | undefined =>
    record ? record.columns.find((c) => c.header === header)?.key : columns.find((c) => c.header.en === header || c.header.zh === header)?.key;
  const columnOf = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = keyOf(h);
    if (key !== undefined && !columnOf.has(key)) columnOf.set(key, i);
  });
  return columnOf;
}

/**
 * Phase 2: queues the reads of the rep id and name columns, the manual and the manager's columns
 * (values, formulas, formats), the cells outside the area and the workbook's names; `read()` after
 * the sync gives the previous review. Null when there is no marker table.
 */
export function queuePreviousCells(context: Excel.RequestContext, queued: QueuedTable, record: ReviewRecord | null, columns: readonly ReviewColumn[]) {
  if (queued.table.isNullObject) return null;
  const t = rect(queued.range.rowIndex, queued.range.columnIndex, queued.range.rowCount, queued.range.columnCount);
  const headers = (queued.header.values[0] as CellValue[]).map((h) => String(h ?? ""));
  const columnOf = roles(headers, record, columns);
  const ours = new Set(columnOf.values());
  const extraIndexes = headers.flatMap((_, i) => (ours.has(i) ? [] : [i]));
  const manualKeys = columns.filter((c) => c.manual).map((c) => c.key);
  const sheet = context.workbook.worksheets.getItem(queued.sheet.id);
  const bodyRows = t.rows - 1;
  const column = (index: number, what: string) => sheet.getRangeByIndexes(t.row + 1, t.col + index, bodyRows, 1).load(what);
  const idColumn = columnOf.has("repId") ? column(columnOf.get("repId")!, "values") : null;
  const nameColumn = columnOf.has("repName") ? column(columnOf.get("repName")!, "values") : null;
  const carried = [...manualKeys.filter((k) => columnOf.has(k)).map((k) => columnOf.get(k)!), ...extraIndexes];
  const carriedColumns = carried.map((i) => ({ index: i, range: column(i, "values, formulas, numberFormat") }));

  const area = record?.area ?? null;
  // The table may have grown past the recorded area (a manager's column or rows): it is not outside.
  const right = area ? Math.max(area.columns, t.col + t.cols) : 0;
  const below = area ? Math.max(area.rows, t.row + t.rows) : 0;
  const blockRanges = area
    ? ([
        ["right", right, sheet.getRangeByIndexes(0, right, MAX_ROWS, MAX_COLUMNS - right)],
        ["below", below, sheet.getRangeByIndexes(below, 0, MAX_ROWS - below, right)],
      ] as const).map(([side, edge, range]) => ({ side, edge, used: range.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount, values, formulas, numberFormat") }))
    : [];
  const names = area ? context.workbook.names.load("items/name, items/formula, items/comment") : null;

  /** The names that point at cells of this sheet, with those cells. */
  const namesHere = (): OldName[] =>
    (names?.items ?? []).flatMap((n) => {
      const at = parseAddress(n.formula.replace(/^=/, ""));
      return at?.sheet?.toLowerCase() === queued.sheet.name.toLowerCase() ? [{ name: n.name, comment: n.comment, area: at.rect }] : [];
    });

  return {
    read(): PreviousReview {
      const cellOf = (c: { index: number; range: Excel.Range }, i: number): OldCell => ({
        value: c.range.values[i][0] as CellValue,
        formula: c.range.formulas[i][0] as CellValue,
        format: String(c.range.numberFormat[i][0]),
        row: t.row + 1 + i,
        col: t.col + c.index,
      });
      const rows: OldRow[] = Array.from({ length: bodyRows }, (_, i) => {
        const repId = idColumn ? textOf(idColumn.values[i][0] as CellValue) : null;
        const repName = nameColumn ? textOf(nameColumn.values[i][0] as CellValue) : null;
        const manual: Record<string, OldCell> = {};
        for (const key of manualKeys) {
          const c = carriedColumns.find((x) => x.index === columnOf.get(key));
          if (c) manual[key] = cellOf(c, i);
        }
        const extra = carriedColumns.filter((c) => extraIndexes.includes(c.index)).map((c) => cellOf(c, i));
        return { key: repKey(repId, repName), repId, repName, row: t.row + 1 + i, manual, extra };
      });
      const here = namesHere();
      const blocks = blockRanges.flatMap(({ side, edge, used }): OldBlock[] => {
        if (used.isNullObject) return [];
        const r = rect(used.rowIndex, used.columnIndex, used.rowCount, used.columnCount);
        const cells = (used.values as CellValue[][]).map((line, i) =>
          line.map((value, j) => ({ value, formula: used.formulas[i][j] as CellValue, format: String(used.numberFormat[i][j]), row: r.row + i, col: r.col + j })),
        );
        return [{ side, edge, area: r, cells, names: here.filter((n) => contains(r, n.area)) }];
      });
      return {
        sheetId: queued.sheet.id,
        sheetName: queued.sheet.name,
        position: queued.sheet.position,
        table: t,
        columnOf,
        extraHeaders: extraIndexes.map((i) => headers[i]),
        rows: rows.filter((r) => r.key !== null || r.extra.some((c) => c.value !== "") || Object.values(r.manual).some((c) => c.value !== "")),
        area,
        blocks,
      };
    },
  };
}

/** A kept row's cell as it was: what it showed and what was typed (its formula, if any). */
export type KeptCell = Pick<OldCell, "value" | "formula">;

/** Phase 3: queues the cells of the rows to keep (whole table rows); `get(i)` gives row i's cells after the sync. */
export function queueKeptCells(context: Excel.RequestContext, previous: PreviousReview, kept: readonly OldRow[]) {
  const sheet = context.workbook.worksheets.getItem(previous.sheetId);
  const ranges = kept.map((r) => sheet.getRangeByIndexes(r.row, previous.table.col, 1, previous.table.cols).load("values, formulas"));
  return { get: (i: number): KeptCell[] => ranges[i].values[0].map((value, j) => ({ value: value as CellValue, formula: ranges[i].formulas[0][j] as CellValue })) };
}

/**
 * What a kept row keeps of one of TeleScore's cells: a value as it was; a formula's result is not
 * kept, because its inputs (the source rows it pointed at) now belong to someone else or to no one.
 */
export function keptValue(cell: KeptCell | undefined): SheetCell | boolean {
  if (cell === undefined || isFormula(cell)) return "";
  return frozen(cell.value);
}
