/**
 * Where everything goes on a review sheet, before anything is written. The engine plans each rep's
 * row (reviewLayout: liveRow / valueRow); this file places those rows and everything around them:
 *
 *   rows 1-6   the header block: title and period, policy and revision, generated at and by,
 *              source range, live or values only;
 *   row 8      the review table's header (frozen with the rows above it and the id and name columns);
 *   row 9...   one row per rep: first the reps of the previous version in their order, then new
 *              reps in the data's order, then the rows kept from the previous version (marked);
 *   below      the summary (grades, positions, team totals) with the grade chart beside it, then the
 *              rows that could not be scored and the duplicate rows.
 *
 * A manager's cells (comment, sign-off, added columns) come from the previous version per rep; the
 * columns a manager added stay in the table, after TeleScore's. Cells a person typed outside
 * TeleScore's area keep their place beside or below it, moved out as far as the area grew, and the
 * names that pointed at them move with them.
 */
import type { Policy } from "../../../engine/policy";
import type { HeaderMapping } from "../../../engine/review/headerMapping";
import { monthKey, monthsOf, periodKey, type Period } from "../../../engine/review/period";
import { columnUnits, repKey } from "../../../engine/review/records";
import { liveRow, NUMBER_FORMATS, safeText, valueRow, type ReviewColumn, type SheetCell } from "../../../engine/review/reviewLayout";
import type { ReviewReport, ReviewRow } from "../../../engine/review/reviewRows";
import { rect, type Rect } from "../../../engine/sheet/address";
import { DATE_TIME_FORMAT, localSerial } from "../../../engine/sheet/excelDate";
import { keptValue, placeCell, type KeptCell, type OldName, type OldRow, type PreviousReview } from "../excel/reviewPrevious";
import type { ReviewMode } from "../excel/reviewRegistry";
import { SHEET_STRINGS } from "../excel/reviewStrings";
import { summaryBlock, SUMMARY_WIDTH, type ReviewSummary } from "./reviewSummary";
import { sourceCell, type SourceBlock } from "../excel/sourceTable";
import type { Locale } from "../../../engine/locale";

/** The table's header row (0-based); the header block is above it. */
export const TABLE_TOP = 7;
const CHART_WIDTH = 8;
const CHART_HEIGHT = 16;

export type Cell = SheetCell | boolean;

/** Cells to write with Range.formulas at (row, col), with a number format each. */
export interface Block {
  row: number;
  col: number;
  cells: Cell[][];
  formats: string[][];
}

export type KeptReason = "removed" | "unscorable" | "duplicate" | "repeated";

export interface KeptRep {
  repId: string | null;
  repName: string | null;
  reason: KeptReason;
}

/** Which rows of the previous version belong to a rep of the new one, and which are kept and why. */
export interface PreviousSplit {
  rowOf: Map<string, OldRow>;
  kept: { old: OldRow; reason: KeptReason }[];
}

export function splitPrevious(report: ReviewReport, previous: PreviousReview | null): PreviousSplit {
  const current = new Set(report.rows.map((r) => r.repKey));
  const unscorable = new Set(report.unscorable.map((u) => repKey(u.repId, u.repName)));
  const duplicate = new Set(report.duplicates.map((d) => repKey(d.repId, d.repName)));
  const rowOf = new Map<string, OldRow>();
  const kept: PreviousSplit["kept"] = [];
  for (const old of previous?.rows ?? []) {
    if (old.key !== null && current.has(old.key) && !rowOf.has(old.key)) rowOf.set(old.key, old);
    else {
      const reason: KeptReason =
        old.key === null ? "removed" : current.has(old.key) ? "repeated" : unscorable.has(old.key) ? "unscorable" : duplicate.has(old.key) ? "duplicate" : "removed";
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
  /** The kept rows' cells, in split.kept order. */
  keptCells: KeptCell[][];
}

export interface ReviewPlan {
  header: Block;
  /** The table's header row and body, from (TABLE_TOP, 0). */
  table: Block;
  /** Reps scored this time: the body's first rows. */
  current: number;
  /** Rows kept from the previous version: the body's last rows. */
  kept: KeptRep[];
  summary: Block;
  /** Relative to the sheet: cells to show in bold (titles and headers of the summary and lists). */
  bold: Rect[];
  chart: { data: Rect; place: Rect };
  lists: Block | null;
  /** Cells typed outside TeleScore's area in the previous version, at their new places. */
  carried: Block[];
  /** The workbook-scoped names that pointed at those cells, pointing at their new places. */
  carriedNames: OldName[];
  /** TeleScore's area from A1. */
  area: { rows: number; columns: number };
}

function headerBlock(input: PlanInput): Block {
  const t = SHEET_STRINGS[input.locale];
  const key = periodKey(input.period);
  const months = monthsOf(input.period).map(monthKey);
  const periodText = input.period.kind === "month" ? key : t.quarterSpan(key, months[0], months[months.length - 1]);
  const { source } = input;
  const cells: Cell[][] = [
    [safeText(t.reviewTitle(periodText)), ""],
    [safeText(t.policy), safeText(t.policyValue(input.policy.name, input.policy.revision))],
    [safeText(t.generatedAt), localSerial(input.now)],
    [safeText(t.generatedBy), input.user === null ? "" : safeText(input.user)],
    [safeText(t.source), safeText(source.tableName === null ? source.address : t.sourceTable(source.address, source.tableName))],
    [safeText(t.mode), safeText(input.mode === "live" ? t.modeLive : t.modeValues)],
  ];
  const formats = cells.map((): string[] => [NUMBER_FORMATS.text, NUMBER_FORMATS.text]);
  formats[2][1] = DATE_TIME_FORMAT;
  return { row: 0, col: 0, cells, formats };
}

/** Current reps in the previous version's order, then new reps in the data's order. */
function ordered(rows: ReviewRow[], split: PreviousSplit): ReviewRow[] {
  const place = (r: ReviewRow): number => split.rowOf.get(r.repKey)?.row ?? Number.POSITIVE_INFINITY;
  return rows.map((r, i) => ({ r, i })).sort((a, b) => place(a.r) - place(b.r) || a.i - b.i).map(({ r }) => r);
}

function tableBlock(input: PlanInput, current: ReviewRow[]): Block {
  const { columns, previous, split, locale } = input;
  const t = SHEET_STRINGS[locale];
  const extraHeaders = previous?.extraHeaders ?? [];
  const firstBody = TABLE_TOP + 1;
  const units = columnUnits(input.source, input.mapping);
  const rowFormats = (old: OldRow | undefined): string[] => [
    ...columns.map((c) => (c.manual ? (old?.manual[c.key]?.format ?? c.numberFormat) : c.numberFormat)),
    ...extraHeaders.map((_, k) => old?.extra[k]?.format ?? NUMBER_FORMATS.text),
  ];
  const ownCells = (old: OldRow | undefined, row: number, planned: (col: ReviewColumn, j: number) => Cell): Cell[] => [
    ...columns.map((c, j) => (c.manual ? (old?.manual[c.key] ? placeCell(old.manual[c.key], row, j) : "") : planned(c, j))),
    ...extraHeaders.map((_, k) => (old?.extra[k] ? placeCell(old.extra[k], row, columns.length + k) : "")),
  ];

  const body = current.map((r, i) => {
    const row = firstBody + i;
    const planned =
      input.mode === "live"
        ? liveRow(columns, r, input.policy, {
            sheetRow: row + 1,
            firstRow: firstBody + 1,
            lastRow: firstBody + current.length,
            firstColumn: 0,
            source: (field, index) => {
              const column = input.mapping.columns[field];
              return column === undefined ? null : sourceCell(input.source, column, index);
            },
            ...units,
          })
        : valueRow(columns, r);
    const old = split.rowOf.get(r.repKey);
    return { cells: ownCells(old, row, (_, j) => planned[j]), formats: rowFormats(old) };
  });

  const kept = split.kept.map(({ old, reason }, i) => {
    const row = firstBody + current.length + i;
    const was = (key: string): KeptCell | undefined => {
      const at = previous?.columnOf.get(key);
      return at === undefined ? undefined : input.keptCells[i][at];
    };
    const cells = ownCells(old, row, (c) => (c.key === "rank" ? "" : c.key === "missing" ? safeText(t.kept[reason]) : keptValue(was(c.key))));
    return { cells, formats: rowFormats(old) };
  });

  const all = [...body, ...kept];
  const width = columns.length + extraHeaders.length;
  // A table needs a body row: with no rep at all it gets an empty one, as Excel makes it.
  const rows = all.length > 0 ? all : [{ cells: new Array<Cell>(width).fill(""), formats: rowFormats(undefined) }];
  return {
    row: TABLE_TOP,
    col: 0,
    cells: [[...columns.map((c) => safeText(c.header[locale])), ...extraHeaders.map((h) => safeText(h))], ...rows.map((r) => r.cells)],
    formats: [new Array<string>(width).fill(NUMBER_FORMATS.text), ...rows.map((r) => r.formats)],
  };
}

/** The rows that could not be scored and the duplicate rows, with their reasons; null when there are none. */
function listsBlock(input: PlanInput, top: number): { block: Block; bold: Rect[] } | null {
  const { report } = input;
  const t = SHEET_STRINGS[input.locale];
  const lines: Cell[][] = [];
  const bold: Rect[] = [];
  const title = (s: string, headers: string[]): void => {
    if (lines.length > 0) lines.push(["", "", "", ""]);
    bold.push(rect(top + lines.length, 0, 2, 4));
    lines.push([safeText(s), "", "", ""], headers.map((h) => safeText(h)));
  };
  const name = (s: string | null): Cell => (s === null ? "" : safeText(s));
  if (report.unscorable.length > 0) {
    title(t.unscorable, [t.rows, t.repId, t.name, t.reason]);
    for (const u of report.unscorable) lines.push([safeText(u.rows.join(", ")), name(u.repId), name(u.repName), safeText(u.reason)]);
  }
  if (report.duplicates.length > 0) {
    title(t.duplicates, [t.repId, t.name, t.month, t.rows]);
    for (const d of report.duplicates) lines.push([name(d.repId), name(d.repName), safeText(d.month), safeText(d.rows.join(", "))]);
  }
  if (lines.length === 0) return null;
  return { block: { row: top, col: 0, cells: lines, formats: lines.map((l) => l.map(() => NUMBER_FORMATS.text)) }, bold };
}

export function planReview(input: PlanInput): ReviewPlan {
  const t = SHEET_STRINGS[input.locale];
  const current = ordered(input.report.rows, input.split);
  const table = tableBlock(input, current);
  const bodyRows = table.cells.length - 1;
  const summaryTop = TABLE_TOP + 1 + bodyRows + 1;
  const live = input.mode === "live" && current.length > 0 ? { firstRow: TABLE_TOP + 2, lastRow: TABLE_TOP + 1 + current.length, firstColumn: 0 } : null;
  const summary = summaryBlock(input.summary, input.columns, t, summaryTop, live);
  const summaryHeight = summary.cells.length;
  const lists = listsBlock(input, summaryTop + summaryHeight + 1);
  const listsEnd = lists ? lists.block.row + lists.block.cells.length : 0;
  const chartPlace = rect(summaryTop, SUMMARY_WIDTH + 1, CHART_HEIGHT, CHART_WIDTH);
  const area = {
    rows: Math.max(summaryTop + summaryHeight, summaryTop + CHART_HEIGHT, listsEnd),
    columns: Math.max(table.cells[0].length, SUMMARY_WIDTH + 1 + CHART_WIDTH),
  };

  const blocks = (input.previous?.blocks ?? []).map((b) => {
    const down = b.side === "below" ? Math.max(0, area.rows - b.edge) : 0;
    const right = b.side === "right" ? Math.max(0, area.columns - b.edge) : 0;
    const block: Block = {
      row: b.area.row + down,
      col: b.area.col + right,
      cells: b.cells.map((line) => line.map((c) => placeCell(c, c.row + down, c.col + right))),
      formats: b.cells.map((line) => line.map((c) => c.format)),
    };
    return { block, names: b.names.map((n) => ({ ...n, area: rect(n.area.row + down, n.area.col + right, n.area.rows, n.area.cols) })) };
  });

  return {
    header: headerBlock(input),
    table,
    current: current.length,
    kept: input.split.kept.map(({ old, reason }) => ({ repId: old.repId, repName: old.repName, reason })),
    summary: { row: summaryTop, col: 0, cells: summary.cells, formats: summary.formats },
    bold: [
      ...summary.bold.map((b) => rect(summaryTop + b.row, b.col, 1, b.cols)),
      ...(lists?.bold ?? []),
    ],
    chart: {
      data: rect(summaryTop + summary.chartData.row, summary.chartData.col, summary.chartData.rows, summary.chartData.cols),
      place: chartPlace,
    },
    lists: lists?.block ?? null,
    carried: blocks.map((b) => b.block),
    carriedNames: blocks.flatMap((b) => b.names),
    area,
  };
}
