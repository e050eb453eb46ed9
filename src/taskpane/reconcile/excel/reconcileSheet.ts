/**
 * The Reconcile view's side of the workbook (docs/finance.md). It reads the per-rep net profit column, the
 * ledger and the unassigned amount (typed, or each from a cell), and writes two things on the sheet
 * of the net profit column:
 *
 * - The reconciliation block: a labelled 11 x 2 block (figures, status, who and when). It is found
 *   again by a defined name, so re-running updates it in place wherever the user moved it (a name
 *   follows cut/paste, inserted columns and a renamed sheet; a marker text would not survive a
 *   translation or an edit, and finding it would mean reading the whole sheet). The name is
 *   workbook-scoped, `TeleScore_Reconciliation` (then `_2`, `_3`... for the blocks of other sheets),
 *   and the block is the one whose name points at this sheet. Not worksheet-scoped: regenerating a
 *   review replaces its sheet (reviewSheet.ts), and a worksheet's names are deleted with it, while a
 *   workbook name outlives the sheet and is moved onto the new version with the cells it points at
 *   (reviewPrevious.ts, like any name over a user's cells beside or below a review). A name left
 *   pointing at deleted cells (#REF!) is removed when a new block is named.
 *   A new block goes below and to the right of the sheet's used range, one empty row and column
 *   apart: its own rows and columns, so it shares no row with a review's table (a filter or a row
 *   deleted there would take block lines with it) and its columns can be fitted to its words
 *   (Excel fits a whole column: docs/workbench.md) without touching the review's widths. An
 *   existing block stays where it is, with the widths it has.
 *   The address the pane shows is read back through the name in the same sync as the writes, so
 *   it is where the block is after an inserted column, not where it was computed to be.
 * - On Allocate, the "Adjusted net profit" column right beside the original, which is never written.
 *   The column beside is reused when it is ours (its header is the adjusted header, in either
 *   language) or empty, header included; when it holds anything else, a whole sheet column is
 *   inserted there, so the user's data moves one column right intact, and the caller is told which.
 *
 * Each operation is one Excel.run with one context.sync() per phase: read, then write. Money cells
 * are numbers with at most 2 decimals, formatted "#,##0.00".
 */
import { toCents } from "../../../engine/money";
import { readNumber, type CellValue } from "../../../engine/input";
import { allocationPlan, reconcilePeriod, type PeriodReconciliation } from "../../../engine/reconciliation";
import { normalizeHeader } from "../../../engine/review/headerMapping";
import { metricColumnHeader, NUMBER_FORMATS, safeText } from "../../../engine/review/reviewLayout";
import { METRIC_SOURCES } from "../../../engine/review/fields";
import { defaultPolicy } from "../../../engine/policy";
import { getPolicy } from "../../../engine/policyStore";
import { columnLetters, formatAddress, formatCells, isEntireColumns, isEntireRows, nameTarget, parseAddress, rect, type Rect } from "../../../engine/sheet/address";
import { RECONCILE_STRINGS, type ReconcileStrings } from "../reconcileStrings";
import { RECONCILE_SHEET_STRINGS } from "./reconcileSheetStrings";
import { labelIn, LOCALES, type Locale } from "../../../engine/locale";
import { DATE_TIME_FORMAT, localSerial } from "../../../engine/sheet/excelDate";
import { freeTableName } from "../../../engine/sheet/sheetNames";
import type { ReconcileWorkbook } from "../reconcileWorkbook";

export const BLOCK_NAME = "TeleScore_Reconciliation";
/** The block names: BLOCK_NAME, and BLOCK_NAME_2, _3... as freeTableName numbers them. */
const BLOCK_NAMES = new RegExp(`^${BLOCK_NAME}(_\\d+)?$`, "i");
const MONEY = NUMBER_FORMATS.money;
const TEXT = NUMBER_FORMATS.text;

/** An amount the user typed (null: none), or the address of the cell that holds it. */
export type AmountSource = { kind: "amount"; value: number | null } | { kind: "cell"; address: string };

export interface ReconcileRequest {
  /** The per-rep net profit: one column below its header, e.g. "Review!F2:F101" (no sheet: the active one). */
  netProfit: string;
  ledger: AmountSource;
  unassigned: AmountSource;
  tolerance: number;
  reconciledBy: string;
  at: Date;
  /** The language of what is written on the sheet and of the messages. */
  locale: Locale;
}

export interface ReconcileOutcome {
  figures: PeriodReconciliation;
  netProfitAddress: string;
  /** Where the block is now, read back through its name. */
  blockAddress: string;
  /** The block's workbook name (TeleScore_Reconciliation, _2...): Excel's Name Box goes to it. */
  blockName: string;
}

export interface AllocateOutcome extends ReconcileOutcome {
  adjustedAddress: string;
  /** Set when the column beside held other data: where the new column went and where that data moved. */
  inserted: { column: string; movedTo: string } | null;
}

/** Header text as the column reader compares it (case, width, spaces and punctuation ignored). */
function headerKey(value: unknown): string {
  return typeof value === "string" ? normalizeHeader(value).text : "";
}

/**
 * The headers of a net profit column: the label of the metric whose actual is net profit (fields.ts
 * METRIC_SOURCES), alone or as the review heads its actual column, in every language; from the
 * active policy's label and the default's.
 */
function netProfitHeaders(): Set<string> {
  const key = Object.keys(METRIC_SOURCES).find((k) => METRIC_SOURCES[k].actual === "netProfit");
  const labels = [getPolicy(), defaultPolicy()].flatMap((p) => p?.dimensions.flatMap((d) => d.metrics).filter((m) => m.key === key).map((m) => m.label ?? { en: m.key, zh: m.key }) ?? []);
  return new Set(labels.flatMap((label) => [...LOCALES.map((l) => labelIn(label, l)), ...Object.values(metricColumnHeader(label, "actual"))]).map(headerKey));
}
const ADJUSTED_HEADERS = new Set(LOCALES.map((l) => headerKey(RECONCILE_SHEET_STRINGS[l].adjustedHeader)));

const isBlank = (v: CellValue): boolean => v === null || v === undefined || v === "";

/**
 * The address of the data cells under a "Net profit" header in one of the sheet's tables (the
 * first table that has one), or null. Two syncs: the tables, then their header rows.
 */
export async function findNetProfitColumn(sheet: Excel.Worksheet): Promise<string | null> {
  const tables = sheet.tables.load("items");
  sheet.load("name");
  await sheet.context.sync();
  const parts = tables.items.map((table) => ({
    header: table.getHeaderRowRange().load("values"),
    body: table.getDataBodyRange().load("address"),
  }));
  await sheet.context.sync();
  for (const { header, body } of parts) {
    const headers = netProfitHeaders();
    const index = (header.values[0] as CellValue[]).findIndex((h) => headers.has(headerKey(h)));
    const at = parseAddress(body.address);
    if (index >= 0 && at) return formatAddress(sheet.name, rect(at.rect.row, at.rect.col + index, at.rect.rows, 1));
  }
  return null;
}

/** findNetProfitColumn on the active sheet: the review sheet the user is looking at. */
export function findReviewNetProfit(): Promise<string | null> {
  return Excel.run((context) => findNetProfitColumn(context.workbook.worksheets.getActiveWorksheet()));
}

/** Reads, reconciles, and writes (or updates) the reconciliation block. */
export function reconcileOnSheet(request: ReconcileRequest): Promise<ReconcileOutcome> {
  const t = RECONCILE_STRINGS[request.locale];
  return Excel.run(async (context) => {
    const reading = queueReads(context, request, t, false);
    await context.sync();
    const { figures } = readFigures(reading, request, t);
    const block = writeBlock(reading, request, figures, null);
    await context.sync();
    return { figures, netProfitAddress: reading.address(reading.target), blockAddress: block.range.address, blockName: block.name };
  });
}

/**
 * Reads and reconciles again (the sheet may have changed since the user confirmed), then writes the
 * adjusted column beside the original and updates the block.
 */
export function allocateOnSheet(request: ReconcileRequest, confirmedVariance: number): Promise<AllocateOutcome> {
  const t = RECONCILE_STRINGS[request.locale];
  return Excel.run(async (context) => {
    const reading = queueReads(context, request, t, true);
    await context.sync();
    const { amounts, ledger, unassigned, figures } = readFigures(reading, request, t);
    if (!figures.canAllocate) throw new Error(figures.status === "within_tolerance" ? t.zeroSumReps : t.errors.cannotAllocate(RECONCILE_SHEET_STRINGS[request.locale].statusWords[figures.status]));
    if (toCents(figures.variance) !== toCents(confirmedVariance)) throw new Error(t.errors.changed);
    const plan = allocationPlan(amounts, ledger, unassigned);

    const { sheet, target } = reading;
    const column = target.col + 1;
    const beside = reading.beside!.values as CellValue[][];
    const reusable = ADJUSTED_HEADERS.has(headerKey(beside[0][0])) || beside.every((row) => isBlank(row[0]));
    const inserted = reusable ? null : { column: columnLetters(column), movedTo: columnLetters(column + 1) };
    if (inserted) sheet.getRange(`${inserted.column}:${inserted.column}`).insert("Right");

    sheet.getRange(formatCells(rect(target.row - 1, column, 1, 1))).values = [[safeText(RECONCILE_SHEET_STRINGS[request.locale].adjustedHeader)]];
    const adjusted = rect(target.row, column, target.rows, 1);
    const body = sheet.getRange(formatCells(adjusted));
    body.values = plan.map((x) => [x ?? ""]);
    body.numberFormat = plan.map(() => [MONEY]);
    const adjustedAddress = reading.address(adjusted);
    const block = writeBlock(reading, request, figures, { address: adjustedAddress, column, inserted: inserted !== null });
    await context.sync();
    return { figures, netProfitAddress: reading.address(target), blockAddress: block.range.address, blockName: block.name, adjustedAddress, inserted };
  });
}

export const excelReconcileWorkbook: ReconcileWorkbook = {
  findNetProfit: findReviewNetProfit,
  reconcile: reconcileOnSheet,
  allocate: allocateOnSheet,
};

/** The proxies of the read phase; their values are there after its sync. */
interface Reading {
  sheet: Excel.Worksheet;
  target: Rect;
  amounts: Excel.Range;
  /** The column beside, from the header row down (Allocate only). */
  beside: Excel.Range | null;
  ledger: QueuedAmount;
  unassigned: QueuedAmount;
  /** The workbook's defined names and tables (one namespace), to find this sheet's block and name a new one. */
  names: Excel.NamedItemCollection;
  tables: Excel.TableCollection;
  used: Excel.Range;
  /** A rectangle of this sheet as an address the user reads ("Review!G2:G101"); after the sync. */
  address(r: Rect): string;
}

/** A block of cells (no whole columns or rows, one area) and its sheet, if the address names one. */
function placeOf(address: string, t: ReconcileStrings): { sheet?: string; rect: Rect } {
  const at = parseAddress(address.trim());
  if (!at || isEntireColumns(at.rect) || isEntireRows(at.rect)) throw new Error(t.errors.notAddress(address.trim()));
  return at;
}

function worksheetOf(context: Excel.RequestContext, sheet: string | undefined): Excel.Worksheet {
  return sheet === undefined ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(sheet);
}

/** A typed amount, or the cell to read it from. */
type QueuedAmount = { value: number | null } | { cell: Excel.Range };

function queueAmount(context: Excel.RequestContext, source: AmountSource, what: string, t: ReconcileStrings): QueuedAmount {
  if (source.kind === "amount") return { value: source.value };
  const at = placeOf(source.address, t);
  if (at.rect.rows !== 1 || at.rect.cols !== 1) throw new Error(t.errors.oneCell(what, source.address.trim()));
  return { cell: worksheetOf(context, at.sheet).getRange(formatCells(at.rect)).load("values, address") };
}

const amountOf = (q: QueuedAmount): number | null => ("cell" in q ? readNumber(q.cell.values[0][0] as CellValue, q.cell.address) : q.value);

function queueReads(context: Excel.RequestContext, request: ReconcileRequest, t: ReconcileStrings, withBeside: boolean): Reading {
  if (request.netProfit.trim() === "") throw new Error(t.errors.needRange);
  const at = placeOf(request.netProfit, t);
  const target = at.rect;
  if (target.cols !== 1) throw new Error(t.errors.oneColumn(request.netProfit.trim()));
  if (target.row === 0) throw new Error(t.errors.needHeaderRow(request.netProfit.trim()));
  const sheet = worksheetOf(context, at.sheet).load("name");
  return {
    sheet,
    target,
    amounts: sheet.getRange(formatCells(target)).load("values"),
    beside: withBeside ? sheet.getRange(formatCells(rect(target.row - 1, target.col + 1, target.rows + 1, 1))).load("values") : null,
    ledger: queueAmount(context, request.ledger, t.ledger, t),
    unassigned: queueAmount(context, request.unassigned, t.unassigned, t),
    names: context.workbook.names.load("items/name, items/formula"),
    tables: context.workbook.tables.load("items/name"),
    used: sheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount"),
    address: (r) => formatAddress(sheet.name, r),
  };
}

/** The read values as the engine takes them (docs/method.md, "Input values"), and the reconciliation. */
function readFigures(reading: Reading, request: ReconcileRequest, t: ReconcileStrings) {
  const { target } = reading;
  // Each cell is named by its address ("Review!F7"), so a message points at the cell to fix.
  const amounts = (reading.amounts.values as CellValue[][]).map((row, i) => readNumber(row[0], reading.address(rect(target.row + i, target.col))));
  const ledger = amountOf(reading.ledger);
  if (ledger === null) throw new Error("cell" in reading.ledger ? t.errors.emptyLedgerCell(reading.ledger.cell.address) : t.errors.needLedger);
  const unassigned = amountOf(reading.unassigned);
  const figures = reconcilePeriod({ repAmounts: amounts, ledgerTotal: ledger, unassigned, tolerance: request.tolerance });
  return { amounts, ledger, unassigned, figures };
}

/**
 * Queues the block's writes (values and number formats, and the name when it is new or must grow)
 * and returns the block's name and its range through that name, whose address is there after the sync.
 * `adjusted` is this run's adjusted column, if any; when a column was inserted for it, a block to
 * its right moves with the insertion, as Excel moves the cells.
 */
function writeBlock(
  reading: Reading,
  request: ReconcileRequest,
  figures: PeriodReconciliation,
  adjusted: { address: string; column: number; inserted: boolean } | null,
): { name: string; range: Excel.Range } {
  const s = RECONCILE_SHEET_STRINGS[request.locale];
  const rows: [string, string | number, string][] = [
    [s.blockTitle, "", TEXT],
    [s.range, safeText(reading.address(reading.target)), TEXT],
    [s.sumReps, figures.sumReps, MONEY],
    [s.unassigned, figures.unassigned, MONEY],
    [s.ledger, figures.ledger, MONEY],
    [s.variance, figures.variance, MONEY],
    [s.tolerance, figures.tolerance, MONEY],
    [s.status, s.statusWords[figures.status], TEXT],
    [s.adjusted, adjusted ? safeText(adjusted.address) : "", TEXT],
    [s.reconciledBy, safeText(request.reconciledBy.trim()), TEXT],
    [s.reconciledAt, localSerial(request.at), DATE_TIME_FORMAT],
  ];
  const { sheet, used } = reading;
  const shift = (col: number): number => (adjusted?.inserted && col >= adjusted.column ? col + 1 : col);

  // A name whose sheet or cells were deleted reads "=#REF!…": it is dead, not a block on a sheet called "#REF".
  const ours = reading.names.items.filter((n) => BLOCK_NAMES.test(n.name)).map((item) => ({ item, at: nameTarget(item.formula) }));
  const block = ours.find((n) => n.at?.sheet?.toLowerCase() === sheet.name.toLowerCase()) ?? null;
  const kept = block?.at?.rect ?? null;
  let at: Rect;
  if (kept) {
    at = rect(kept.row, shift(kept.col), rows.length, 2);
  } else {
    const usedRight = used.isNullObject ? -1 : shift(used.columnIndex + used.columnCount - 1);
    const right = Math.max(usedRight, reading.target.col, adjusted?.column ?? -1);
    const usedBottom = used.isNullObject ? -1 : used.rowIndex + used.rowCount - 1;
    at = rect(Math.max(usedBottom, reading.target.row + reading.target.rows - 1) + 2, right + 2, rows.length, 2);
  }
  const range = sheet.getRange(formatCells(at));
  range.values = rows.map(([label, value]) => [safeText(label), value]);
  range.numberFormat = rows.map(([, , format]) => [TEXT, format]);
  // A new block's columns are its own: fitted to its labels and figures (ExcelApi 1.2), so none reads "Varianc".
  if (!kept) range.format.autofitColumns();
  let name = block?.item.name;
  let named = block?.item;
  if (!kept || kept.rows !== at.rows || kept.cols !== at.cols) {
    // This sheet's old name, and names whose cells were deleted (#REF!), make way; the block keeps its name.
    const replaced = ours.filter((n) => n === block || n.at === null);
    for (const n of replaced) n.item.delete();
    const taken = [...reading.names.items, ...reading.tables.items].map((x) => x.name).filter((taken) => !replaced.some((n) => n.item.name === taken));
    name ??= freeTableName(BLOCK_NAME, taken);
    named = reading.names.add(name, range, s.nameComment);
  }
  return { name: name!, range: named!.getRange().load("address") };
}
