/**
 * The review as it is on the sheet, read before it is updated in place (docs/review.md, "What a
 * regeneration keeps"): where its table is, which table columns are TeleScore's (by column id, see
 * reviewRegistry), each body row's rep, where the blocks around the table are now (by their
 * workbook names, which Excel moves with the cells) and what is in them. Nothing is copied: a
 * regeneration writes only TeleScore's cells where they are, so everything else stays as the user
 * left it.
 *
 * Reading takes the shared first sync (the marker table, its columns, the workbook's names), one
 * more (shared with the source's first chunk) for the rep columns and the blocks, and one only when
 * some rep is no longer scored (which of that row's cells hold formulas).
 */
import { readText, type CellValue } from "../../../engine/input";
import { repKey } from "../../../engine/review/rowIdentity";
import type { ReviewColumn } from "../../../engine/review/reviewLayout";
import { nameTarget, rect, type Rect } from "../../../engine/sheet/address";
import { REVIEW_REGIONS, reviewChartName, reviewRegionName, type ReviewRecord, type ReviewRegion } from "./reviewRegistry";

export interface OldRow {
  key: string | null;
  repId: string | null;
  repName: string | null;
  /** Sheet row (0-based). */
  row: number;
}

/** A block around the table as it is now: where, which cells TeleScore wrote, and what every cell holds (formulas). */
export interface OldRegion {
  rect: Rect;
  mask: string[];
  formulas: CellValue[][];
}

export interface PreviousReview {
  sheetId: string;
  sheetName: string;
  /** The table's range (header included). */
  table: Rect;
  /** The table's column (0-based within the table) of each of TeleScore's column keys. */
  columnOf: Map<string, number>;
  /** The table's column ids, left to right. */
  columnIds: number[];
  rows: OldRow[];
  regions: Partial<Record<ReviewRegion, OldRegion>>;
  /** The last row (0-based) that holds anything, on the sheet; -1 when none. */
  usedEnd: number;
  chart: boolean;
}

/** Phase 1 (the shared first sync): the marker table, its sheet, its header row and columns, and the workbook's names. */
export function queuePreviousTable(context: Excel.RequestContext, tableName: string) {
  const table = context.workbook.tables.getItemOrNullObject(tableName).load("name");
  return {
    table,
    sheet: table.worksheet.load("id, name, position"),
    range: table.getRange().load("rowIndex, columnIndex, rowCount, columnCount"),
    header: table.getHeaderRowRange().load("values"),
    columns: table.columns.load("items/id"),
    names: context.workbook.names.load("items/name, items/formula"),
  };
}
type QueuedTable = ReturnType<typeof queuePreviousTable>;

const textOf = (v: CellValue): string | null => readText(typeof v === "boolean" ? String(v) : v, "");

/** A review row's rep, from its ID and name cells, read as the review reads them. */
export function reviewRowRep(idCell: CellValue, nameCell: CellValue): { key: string | null; repId: string | null; repName: string | null } {
  const repId = textOf(idCell);
  const repName = textOf(nameCell);
  return { key: repKey(repId, repName), repId, repName };
}

/**
 * Which table column is which of TeleScore's columns: by the ids the record keeps; else (a record
 * from before ids were kept, or none) by header text, each header taken once, so two columns with
 * the same header are two columns. The others are a manager's.
 */
function roles(headers: string[], ids: number[], record: ReviewRecord | null, columns: readonly ReviewColumn[]): Map<string, number> {
  const columnOf = new Map<string, number>();
  if (record && record.columns.every((c) => c.id !== undefined)) {
    for (const c of record.columns) {
      const at = ids.indexOf(c.id as number);
      if (at >= 0) columnOf.set(c.key, at);
    }
    return columnOf;
  }
  const wanted = record ? record.columns.map((c) => ({ key: c.key, headers: [c.header] })) : columns.map((c) => ({ key: c.key, headers: Object.values(c.header) }));
  const taken = new Set<number>();
  for (const w of wanted) {
    const at = headers.findIndex((h, i) => !taken.has(i) && w.headers.includes(h));
    if (at >= 0) {
      taken.add(at);
      columnOf.set(w.key, at);
    }
  }
  return columnOf;
}

/**
 * Phase 2: queues the reads of the rep id and name columns, the blocks' cells and the sheet's used
 * range; `read()` after the sync gives the review as it is. Null when there is no marker table.
 */
export function queuePreviousCells(context: Excel.RequestContext, queued: QueuedTable, record: ReviewRecord | null, columns: readonly ReviewColumn[]) {
  if (queued.table.isNullObject) return null;
  const t = rect(queued.range.rowIndex, queued.range.columnIndex, queued.range.rowCount, queued.range.columnCount);
  const headers = (queued.header.values[0] as CellValue[]).map((h) => String(h ?? ""));
  const ids = queued.columns.items.map((c) => c.id);
  const columnOf = roles(headers, ids, record, columns);
  const sheet = context.workbook.worksheets.getItem(queued.sheet.id);
  const bodyRows = t.rows - 1;
  const column = (key: string) => (columnOf.has(key) ? sheet.getRangeByIndexes(t.row + 1, t.col + columnOf.get(key)!, bodyRows, 1).load("values") : null);
  const idColumn = column("repId");
  const nameColumn = column("repName");
  const used = sheet.getUsedRangeOrNullObject().load("rowIndex, rowCount");
  const chart = sheet.charts.getItemOrNullObject(reviewChartName(queued.table.name)).load("name");

  // A block is found by its name while that name still points at this sheet (a deleted block's name reads #REF!).
  const regions = REVIEW_REGIONS.flatMap((region) => {
    const name = queued.names.items.find((n) => n.name.toLowerCase() === reviewRegionName(queued.table.name, region).toLowerCase());
    const at = name ? nameTarget(name.formula) : null;
    const mask = record?.regions?.[region];
    if (!at || at.sheet?.toLowerCase() !== queued.sheet.name.toLowerCase() || !mask) return [];
    return [{ region, rect: at.rect, mask, range: sheet.getRangeByIndexes(at.rect.row, at.rect.col, at.rect.rows, at.rect.cols).load("formulas") }];
  });

  return {
    read(): PreviousReview {
      const rows: OldRow[] = Array.from({ length: bodyRows }, (_, i) => {
        const rep = reviewRowRep(idColumn ? (idColumn.values[i][0] as CellValue) : null, nameColumn ? (nameColumn.values[i][0] as CellValue) : null);
        return { ...rep, row: t.row + 1 + i };
      });
      return {
        sheetId: queued.sheet.id,
        sheetName: queued.sheet.name,
        table: t,
        columnOf,
        columnIds: ids,
        rows,
        regions: Object.fromEntries(regions.map((r) => [r.region, { rect: r.rect, mask: r.mask, formulas: r.range.formulas as CellValue[][] }])),
        usedEnd: used.isNullObject ? -1 : used.rowIndex + used.rowCount - 1,
        chart: !chart.isNullObject,
      };
    },
  };
}

/** Phase 3 (only when some rep is no longer scored): which of those rows' cells hold formulas; `get(i)` after the sync. */
export function queueKeptFormulas(context: Excel.RequestContext, previous: PreviousReview, kept: readonly OldRow[]) {
  const sheet = context.workbook.worksheets.getItem(previous.sheetId);
  const ranges = kept.map((r) => sheet.getRangeByIndexes(r.row, previous.table.col, 1, previous.table.cols).load("values, formulas"));
  return {
    get: (i: number): boolean[] =>
      ranges[i].formulas[0].map((f, j) => typeof f === "string" && f.startsWith("=") && f !== ranges[i].values[0][j]),
  };
}
