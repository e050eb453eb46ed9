/**
 * What to write on a review sheet, before anything is written. The engine plans each rep's row
 * (reviewLayout: liveRow / valueRow); this file places those rows and the blocks around them:
 *
 *   rows 1-6   the header block: title and period, policy and revision, generated at and by,
 *              source range, live or values only;
 *   row 8      the review table's header (frozen with the rows above it and the id and name columns);
 *   row 9...   one row per rep;
 *   below      the summary (grades, positions, team totals) with the grade chart beside it, then the
 *              rows that could not be scored and the duplicate rows.
 *
 * A new review is laid out like that. An existing one is updated where it is (docs/review.md, "What
 * a regeneration keeps"): each rep's row is the row that has the rep's id now, whatever the user's
 * sort; TeleScore's cells of it are written and every other cell is left alone (null). New reps are
 * appended to the table, new columns (a metric the policy gained) are inserted beside TeleScore's
 * others, reps no longer scored keep their rows, marked. Each block around the table is written
 * where its name says it is now; it only grows by inserting rows at its end, it writes only the
 * cells it wrote before or that are empty, and it clears only cells it wrote before.
 */
import { nameIn } from "../../../engine/names";
import type { Policy } from "../../../engine/policy";
import type { HeaderMapping } from "../../../engine/review/headerMapping";
import { monthKey, monthsOf, periodKey, type Period } from "../../../engine/review/period";
import { columnUnits } from "../../../engine/review/records";
import { repKey } from "../../../engine/review/rowIdentity";
import { excelString, liveRow, NUMBER_FORMATS, safeText, valueRow, type ReviewColumn, type SheetCell } from "../../../engine/review/reviewLayout";
import { reasonText, type ReviewReport, type ReviewRow } from "../../../engine/review/reviewRows";
import { lastRow, rect, type Rect } from "../../../engine/sheet/address";
import { DATE_TIME_FORMAT, localSerial } from "../../../engine/sheet/excelDate";
import type { OldRegion, OldRow, PreviousReview } from "../excel/reviewPrevious";
import type { ReviewMode, ReviewRegion } from "../excel/reviewRegistry";
import { SHEET_STRINGS } from "../excel/reviewStrings";
import { summaryBlock, SUMMARY_WIDTH, type ReviewSummary } from "./reviewSummary";
import { sourceCell, type SourceBlock } from "../excel/sourceTable";
import type { Locale } from "../../../engine/locale";

/** The table's header row (0-based) on a new review; the header block is above it. */
export const TABLE_TOP = 7;
const CHART_WIDTH = 8;
const CHART_HEIGHT = 16;

export type Cell = SheetCell | boolean;

/** Cells to write with Range.formulas at (row, col), with a number format each; null leaves a cell (or its format) as it is. */
export interface Block {
  row: number;
  col: number;
  cells: Cell[][];
  formats: (string | null)[][];
}

export type KeptReason = "removed" | "unscorable" | "duplicate" | "repeated";

export interface KeptRep {
  repId: string | null;
  repName: string | null;
  reason: KeptReason;
}

/** Which row of the review belongs to each rep still scored, and which rows are kept (marked) and why. */
export interface PreviousSplit {
  rowOf: Map<string, OldRow>;
  kept: { old: OldRow; reason: KeptReason }[];
}

/** A row with no rep id or name (one a person added to the table) is neither: it is left as it is. */
export function splitPrevious(report: ReviewReport, previous: PreviousReview | null): PreviousSplit {
  const current = new Set(report.rows.map((r) => r.repKey));
  const unscorable = new Set(report.unscorable.map((u) => repKey(u.repId, u.repName)));
  const duplicate = new Set(report.duplicates.map((d) => repKey(d.repId, d.repName)));
  const rowOf = new Map<string, OldRow>();
  const kept: PreviousSplit["kept"] = [];
  for (const old of previous?.rows ?? []) {
    if (old.key === null) continue;
    if (current.has(old.key) && !rowOf.has(old.key)) rowOf.set(old.key, old);
    else {
      const reason: KeptReason = current.has(old.key) ? "repeated" : unscorable.has(old.key) ? "unscorable" : duplicate.has(old.key) ? "duplicate" : "removed";
      kept.push({ old, reason });
    }
  }
  return { rowOf, kept };
}

export interface PlanInput {
  report: ReviewReport;
  summary: ReviewSummary;
  policy: Policy;
  period: Period;
  columns: ReviewColumn[];
  mode: ReviewMode;
  locale: Locale;
  user: string | null;
  now: Date;
  source: SourceBlock;
  mapping: HeaderMapping;
  previous: PreviousReview | null;
  split: PreviousSplit;
  /** Per kept row (split.kept order), per table column: whether the cell holds a formula. */
  keptFormulas: boolean[][];
}

/** A block around the table: where it goes, the rows to insert at its end first (to grow), what to write, and which cells are TeleScore's after. */
export interface RegionPlan {
  region: ReviewRegion;
  grow: { row: number; col: number; rows: number; cols: number } | null;
  block: Block;
  /** The block's range after the write (its name points there); null when the block is gone (its name is deleted). */
  area: Rect | null;
  mask: string[];
  /** Cells a person typed where the block now has something: left as they are, and counted. */
  conflicts: number;
}

export interface ReviewPlan {
  /** The table's range now (header row included), before new columns or rows. */
  table: Rect;
  /** Columns to insert into an existing table, in this order; `at` counts table columns after the earlier insertions. */
  addColumns: { key: string; at: number; header: string }[];
  /** The table's sheet column of each of TeleScore's column keys, after the insertions. */
  columnOf: Map<string, number>;
  /** The table's width after the insertions. */
  width: number;
  headerRow: Cell[];
  /** The rows the table has now, in its order, full width (null: leave the cell). */
  existing: Block | null;
  /** Rows to append for new reps, full width. */
  appended: Block | null;
  /** The rank column of every row, written after the rows (existing and appended carry none). */
  rank: Block;
  /** Reps scored this time. */
  current: number;
  kept: KeptRep[];
  /** Sheet rows (0-based) of the kept rows, to show grey and italic. */
  keptRows: number[];
  regions: RegionPlan[];
  /** Relative to the sheet: cells to show in bold (titles and headers of the summary and lists). */
  bold: Rect[];
  chart: { data: Rect; place: Rect } | null;
}

/** Stand-ins for the policy's name and revision in the policy line's words: private-use characters no translation holds. */
const NAME_MARK = "\uE000";
const REVISION_MARK = "\uE001";

/**
 * A live review's policy line: the sheet's words around TELE.POLICY_INFO, so that the header names
 * the policy the live cells compute with now, after every save (docs/review.md, 4.2). The policy's
 * own text never goes into the formula.
 */
function livePolicyLine(locale: Locale): string {
  const t = SHEET_STRINGS[locale];
  const parts = t.policyValue(NAME_MARK, REVISION_MARK).split(/(\uE000|\uE001)/).filter((part) => part !== "");
  const terms = parts.map((part) => (part === NAME_MARK ? `TELE.POLICY_INFO("name",${excelString(locale)})` : part === REVISION_MARK ? 'TELE.POLICY_INFO("revision")' : excelString(part)));
  return `=${terms.join("&")}`;
}

function headerCells(input: PlanInput): Cell[][] {
  const t = SHEET_STRINGS[input.locale];
  const key = periodKey(input.period);
  const months = monthsOf(input.period).map(monthKey);
  const periodText = input.period.kind === "month" ? key : t.quarterSpan(key, months[0], months[months.length - 1]);
  const { source } = input;
  return [
    [safeText(t.reviewTitle(periodText)), ""],
    [safeText(t.policy), input.mode === "live" ? livePolicyLine(input.locale) : safeText(t.policyValue(nameIn(input.policy.label, input.policy.name, input.locale), input.policy.revision))],
    [safeText(t.generatedAt), localSerial(input.now)],
    // No user given: what the sheet says stays (a person may have typed it).
    [safeText(t.generatedBy), input.user === null ? null : safeText(input.user)],
    [safeText(t.source), safeText(source.tableName === null ? source.address : t.sourceTable(source.address, source.tableName))],
    [safeText(t.mode), safeText(input.mode === "live" ? t.modeLive : t.modeValues)],
  ];
}

const HEADER_FORMATS: (string | null)[][] = Array.from({ length: 6 }, (_, i) => [NUMBER_FORMATS.text, i === 2 ? DATE_TIME_FORMAT : NUMBER_FORMATS.text]);

/** The rows that could not be scored and the duplicate rows, with their reasons; null when there are none. */
function listsCells(input: PlanInput): { cells: Cell[][]; bold: number[] } | null {
  const { report } = input;
  const t = SHEET_STRINGS[input.locale];
  const lines: Cell[][] = [];
  const bold: number[] = [];
  const title = (s: string, headers: string[]): void => {
    if (lines.length > 0) lines.push(["", "", "", ""]);
    bold.push(lines.length, lines.length + 1);
    lines.push([safeText(s), "", "", ""], headers.map((h) => safeText(h)));
  };
  const name = (s: string | null): Cell => (s === null ? "" : safeText(s));
  if (report.unscorable.length > 0) {
    title(t.unscorable, [t.rows, t.repId, t.name, t.reason]);
    for (const u of report.unscorable) lines.push([safeText(u.rows.join(", ")), name(u.repId), name(u.repName), safeText(reasonText(u.reasons, input.locale))]);
  }
  if (report.duplicates.length > 0) {
    title(t.duplicates, [t.repId, t.name, t.month, t.rows]);
    for (const d of report.duplicates) lines.push([name(d.repId), name(d.repName), safeText(d.month), safeText(d.rows.join(", "))]);
  }
  return lines.length === 0 ? null : { cells: lines, bold };
}

const isEmpty = (v: unknown): boolean => v === "" || v === null || v === undefined;

/**
 * Places a block around the table. `old` is where it is now (null: a new block at `top`, col 0).
 * It grows by rows inserted at its end; a cell is written when TeleScore wrote it before or it is
 * empty, cleared when TeleScore wrote it before and has nothing for it now, else left alone.
 */
function placeRegion(region: ReviewRegion, cells: Cell[][] | null, formats: (string | null)[][] | null, old: OldRegion | null, top: number): RegionPlan {
  const rows = cells?.length ?? 0;
  const cols = Math.max(cells?.[0]?.length ?? 0, old?.rect.cols ?? 0);
  const at = old?.rect ?? rect(top, 0, Math.max(rows, 1), cols);
  const oldRows = old ? at.rows : 0;
  const height = Math.max(rows, oldRows);
  const grow = old && rows > oldRows ? { row: at.row + oldRows, col: at.col, rows: rows - oldRows, cols: at.cols } : null;
  let conflicts = 0;
  const out: Cell[][] = [];
  const outFormats: (string | null)[][] = [];
  const mask: string[] = [];
  for (let r = 0; r < height; r++) {
    const line: Cell[] = [];
    const lineFormats: (string | null)[] = [];
    let bits = "";
    for (let c = 0; c < cols; c++) {
      const planned = r < rows && c < cells![r].length ? cells![r][c] : "";
      const ours = old?.mask[r]?.[c] === "1";
      const current = r < oldRows ? old!.formulas[r]?.[c] : "";
      let write: Cell = null;
      if (planned === null) write = null;
      else if (isEmpty(planned)) write = ours ? "" : null;
      else if (ours || isEmpty(current)) write = planned;
      else conflicts++;
      line.push(write);
      lineFormats.push(write !== null && !isEmpty(write) ? (formats?.[r]?.[c] ?? null) : null);
      bits += (write !== null && !isEmpty(write)) || (planned === null && ours) ? "1" : "0";
    }
    out.push(line);
    outFormats.push(lineFormats);
    if (r < rows) mask.push(bits);
  }
  return {
    region,
    grow,
    block: { row: at.row, col: at.col, cells: out, formats: outFormats },
    area: rows === 0 ? null : rect(at.row, at.col, rows, cols),
    mask,
    conflicts,
  };
}

/** Shifts a block found below `from` (a row) by `by` rows: what inserting rows there does to it. */
const below = (old: OldRegion | undefined, from: number, by: number): OldRegion | null =>
  old === undefined ? null : old.rect.row >= from ? { ...old, rect: rect(old.rect.row + by, old.rect.col, old.rect.rows, old.rect.cols) } : old;

export function planReview(input: PlanInput): ReviewPlan {
  const { columns, previous, split, locale } = input;
  const t = SHEET_STRINGS[locale];

  // The table: where it is, and where each of TeleScore's columns is once the missing ones are inserted.
  const table = previous?.table ?? rect(TABLE_TOP, 0, 1, columns.length);
  const index = new Map(previous ? previous.columnOf : columns.map((c, i) => [c.key, i]));
  const addColumns: ReviewPlan["addColumns"] = [];
  columns.forEach((c, j) => {
    if (index.has(c.key)) return;
    const before = columns.slice(0, j).reverse().find((p) => index.has(p.key));
    const at = before ? index.get(before.key)! + 1 : 0;
    for (const [k, i] of index) if (i >= at) index.set(k, i + 1);
    index.set(c.key, at);
    addColumns.push({ key: c.key, at, header: safeText(c.header[locale]) });
  });
  const width = previous ? table.cols + addColumns.length : columns.length;
  const columnOf = new Map([...index].map(([k, i]) => [k, table.col + i]));
  const added = new Set(addColumns.map((a) => a.key));

  const oldRows = previous?.rows ?? [];
  const fresh = input.report.rows.filter((r) => !split.rowOf.has(r.repKey));
  const firstBody = table.row + 1;
  const lastBody = firstBody + oldRows.length + fresh.length - 1;
  const units = columnUnits(input.source, input.mapping);
  const planned = (r: ReviewRow, row: number): Cell[] =>
    input.mode === "live"
      ? liveRow(columns, r, input.policy, {
          sheetRow: row + 1,
          firstRow: firstBody + 1,
          lastRow: lastBody + 1,
          column: (key) => columnOf.get(key)!,
          source: (field, i) => {
            const column = input.mapping.columns[field];
            return column === undefined ? null : sourceCell(input.source, column, i);
          },
          units,
          lang: locale,
        })
      : valueRow(columns, r, locale);
  /** A full-width row: TeleScore's cells where they go, `other` in every other column. */
  const spread = (cells: Cell[], other: Cell): Cell[] => {
    const line = new Array<Cell>(width).fill(other);
    columns.forEach((c, j) => (line[columnOf.get(c.key)! - table.col] = cells[j]));
    return line;
  };
  const formatsOf = (all: boolean): (string | null)[] => {
    const line = new Array<string | null>(width).fill(null);
    columns.forEach((c) => {
      if (all || added.has(c.key)) line[columnOf.get(c.key)! - table.col] = c.numberFormat;
    });
    return line;
  };

  const current = input.report.rows.filter((r) => split.rowOf.has(r.repKey));
  const byRow = new Map(current.map((r) => [split.rowOf.get(r.repKey)!.row, r]));
  const keptAt = new Map(split.kept.map((k, i) => [k.old.row, { ...k, formulas: input.keptFormulas[i] ?? [] }]));
  const existing = oldRows.map((old) => {
    const rep = byRow.get(old.row);
    if (rep) return spread(planned(rep, old.row), null);
    const kept = keptAt.get(old.row);
    if (!kept) return new Array<Cell>(width).fill(null);
    // A rep no longer scored: values stay; a formula's result is not kept, because its inputs (the source rows it pointed at) now belong to someone else or to no one.
    const cells = columns.map((c): Cell => {
      if (c.manual) return null;
      if (c.key === "rank") return "";
      if (c.key === "missing") return safeText(t.kept[kept.reason]);
      const at = previous!.columnOf.get(c.key);
      if (at === undefined || !kept.formulas[at]) return null;
      // A live month's period cell is its check of the data row (reviewLayout.liveRow): the row keeps the review's period as text.
      return c.key === "period" ? safeText(input.report.period) : "";
    });
    return spread(cells, null);
  });
  const appended = fresh.map((r, i) => spread(planned(r, firstBody + oldRows.length + i).map((c) => c ?? ""), ""));
  // The rank column is written once, after the rows: each rank reads the whole column, and written
  // with every chunk it would be recomputed over the grown column after each one.
  const rankAt = columnOf.get("rank")! - table.col;
  const rank: Block = {
    row: firstBody,
    col: table.col + rankAt,
    cells: [...existing, ...appended].map((line) => [line[rankAt]]),
    formats: [...existing, ...appended].map(() => [null]),
  };
  for (const line of existing) line[rankAt] = null;
  for (const line of appended) line[rankAt] = "";

  // The blocks around the table: header above it, summary and lists below, each grown in place.
  const newRows = fresh.length;
  const tableEnd = firstBody + oldRows.length + newRows; // the first row below the table once it has grown
  const lists = listsCells(input);
  const regions: RegionPlan[] = [];
  const olds = previous?.regions ?? {};
  let shifted = { ...olds };
  const shift = (from: number, by: number): void => {
    if (by > 0) shifted = Object.fromEntries(Object.entries(shifted).map(([k, v]) => [k, below(v, from, by)])) as typeof shifted;
  };
  shift(firstBody + oldRows.length, newRows);
  // A block whose name is gone goes below everything, where it cannot cover anything.
  let freeTop = previous ? Math.max(previous.usedEnd + 1 + newRows, tableEnd) + 1 : tableEnd + 1;
  const place = (region: ReviewRegion, cells: Cell[][] | null, formats: (string | null)[][] | null, top: number): RegionPlan => {
    const old = shifted[region] ?? null;
    const plan = placeRegion(region, cells, formats, old, old || !previous ? top : freeTop);
    if (!old && plan.area) freeTop = lastRow(plan.area) + 2;
    if (plan.grow) shift(plan.grow.row, plan.grow.rows);
    regions.push(plan);
    return plan;
  };
  place("header", headerCells(input), HEADER_FORMATS, 0);
  // The summary's formulas name its own cells, so its row is settled before it is made.
  const summaryTop = shifted.summary?.rect.row ?? (previous ? freeTop : tableEnd + 1);
  const live = input.mode === "live" && input.report.rows.length > 0 ? { firstRow: firstBody + 1, lastRow: lastBody + 1, column: (key: string) => columnOf.get(key)! } : null;
  const summary = summaryBlock(input.summary, columns, t, input.locale, summaryTop, live);
  const summaryPlan = place("summary", summary.cells, summary.formats, summaryTop);
  const listsPlan = place("lists", lists?.cells ?? null, lists ? lists.cells.map((l) => l.map(() => NUMBER_FORMATS.text)) : null, summaryTop + summary.cells.length + 1);

  const bold = [
    ...summary.bold.map((b) => rect(summaryTop + b.row, b.col, 1, b.cols)),
    ...(lists?.bold ?? []).map((r) => rect(listsPlan.block.row + r, 0, 1, 4)),
  ];

  return {
    table,
    addColumns,
    columnOf,
    width,
    headerRow: spread(columns.map((c) => safeText(c.header[locale])), null),
    existing: existing.length > 0 ? { row: firstBody, col: table.col, cells: existing, formats: existing.map(() => formatsOf(false)) } : null,
    appended: appended.length > 0 ? { row: firstBody + oldRows.length, col: table.col, cells: appended, formats: appended.map(() => formatsOf(true)) } : null,
    rank,
    current: input.report.rows.length,
    kept: split.kept.map(({ old, reason }) => ({ repId: old.repId, repName: old.repName, reason })),
    keptRows: split.kept.map((k) => k.old.row),
    regions,
    bold,
    chart: summaryPlan.area
      ? {
          data: rect(summaryTop + summary.chartData.row, summary.chartData.col, summary.chartData.rows, summary.chartData.cols),
          place: rect(summaryTop, SUMMARY_WIDTH + 1, CHART_HEIGHT, CHART_WIDTH),
        }
      : null,
  };
}
