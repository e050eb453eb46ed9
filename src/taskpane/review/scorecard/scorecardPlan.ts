/**
 * The rep scorecards as a plan the Excel adapter writes (docs/explain.md, "Rep scorecards"): one
 * page per rep, all pages the same shape, one under the other on a sheet, each an A4 page of its
 * own. Nothing here touches Office. The figures are the engine's (engine/review/scorecard.ts).
 *
 * A page, from its top: the title and who, the period and the policy, the total, grade, rank and
 * the team's median total, a status line; the table of dimensions and their metrics (actual,
 * target or baseline, points, the team's median points, weight) and the total; the trend block (a
 * quarter: each month's total against the team's median; a month: the dimension scores and the
 * total against the team's medians), whose cells the page's chart reads; under it the chart's
 * place; the manager's comment and the sign-off lines.
 *
 * Which cells are TeleScore's is the page's shape, the same on every page: labels, figure cells (a
 * blank figure is written blank) and the status cell (written only to mark or unmark a page). Every
 * other cell of the page, the comment lines, the cells beside the sign-off labels and the cells
 * that are always empty among them, is the manager's, never written (null). `owned` says which,
 * a string of "1" and "0" per row, as the review's blocks do (reviewRegistry).
 */
import type { CellValue } from "../../../engine/input";
import type { Locale } from "../../../engine/locale";
import { nameIn } from "../../../engine/names";
import type { Policy } from "../../../engine/policy";
import { monthKey, monthsOf, periodKey, type Period } from "../../../engine/review/period";
import { NUMBER_FORMATS, safeText } from "../../../engine/review/reviewLayout";
import type { ReviewRow } from "../../../engine/review/reviewRows";
import type { ScorecardFigures } from "../../../engine/review/scorecard";
import { rect, type Rect } from "../../../engine/sheet/address";
import { roundHalfAwayFromZero } from "../../../engine/total";
import { localSerial } from "../../../engine/sheet/excelDate";
import { SHEET_STRINGS } from "../excel/reviewStrings";
import type { Cell } from "../plan/reviewPlan";
import { SCORECARD_SHEET_STRINGS } from "./scorecardSheetStrings";
import { displayName } from "../../shared/i18n/displayName";

/** Columns of a page: the label column, then five figures. */
export const PAGE_WIDTH = 6;
/** Column widths in points, 490 in all: within A4 portrait's 595 less Excel's default margins of 0.7 in (50.4 pt) each side. */
export const COLUMN_WIDTHS = [150, 68, 76, 50, 72, 74];
const PRINTABLE = { width: 595 - 2 * 50.4, height: 842 - 2 * 54 - 2 * 21.6 };
/** Excel's default row height for 11 pt Calibri; rows are set to it so the page's height is known. The table's header row is twice as tall, its labels wrapped. */
export const ROW_HEIGHT = 15;
const CHART_ROWS = 12;
/** The day the page was made: the time of day is the review sheet's business, a signed page needs the date. */
const DATE_FORMAT = "yyyy-mm-dd";
const COMMENT_LINES = 3;
/** Excel keeps at most 1,026 manual horizontal page breaks on a sheet (docs/explain.md, "Rep scorecards"): a sheet holds at most this many pages. */
export const PAGES_PER_SHEET = 1000;

/** Where things are on a page, rows and columns counted from the page's top-left cell. */
export interface PageShape {
  rows: number;
  owned: string[];
  /** The page's status cell (a kept rep's page says so there). */
  status: { row: number; col: number };
  /** The table's header row (wrapped, twice as tall). */
  headerRow: number;
  /** Cells in bold, and the title cell (larger). */
  bold: Rect[];
  title: Rect;
  /** The cells the chart reads (header row and category column included), and where it sits. */
  chartData: Rect;
  chartPlace: Rect;
  chartType: "line" | "columns";
  chartTitle: string;
  /** The print scale (%) that puts a page on one A4 sheet: 100 unless the page is taller than A4. */
  scale: number;
}

export interface Page {
  cells: Cell[][];
  formats: (string | null)[][];
}

interface PlanContext {
  policy: Policy;
  period: Period;
  locale: Locale;
  figures: ScorecardFigures;
  now: Date;
}

type Slot = Cell | undefined;

const repLabel = (row: Pick<ReviewRow, "repName" | "repId">): string => row.repName ?? row.repId ?? "";
const num = (x: number | null | undefined): Cell => (x === null || x === undefined ? "" : x);

/** The page of `row` (the shape alone when `row` is null), as slots: undefined is the manager's cell. */
function layout(ctx: PlanContext, row: ReviewRow | null): { slots: Slot[][]; formats: (string | null)[][]; shape: Omit<PageShape, "rows" | "owned" | "scale"> } {
  const { policy, period, locale, figures } = ctx;
  const t = SCORECARD_SHEET_STRINGS[locale];
  const s = SHEET_STRINGS[locale];
  const lines: { slots: Slot[]; formats: (string | null)[] }[] = [];
  const bold: Rect[] = [];
  const text = (x: string | null | undefined): Cell => (x ? safeText(x) : "");
  const line = (slots: Slot[], formats: (string | null)[] = [], isBold = false): number => {
    const at = lines.length;
    const padded = [...slots, ...new Array<Slot>(PAGE_WIDTH - slots.length).fill(undefined)];
    lines.push({ slots: padded, formats: padded.map((c, i) => (c === undefined ? null : (formats[i] ?? NUMBER_FORMATS.text))) });
    if (isBold) bold.push(rect(at, 0, 1, PAGE_WIDTH));
    return at;
  };
  const key = periodKey(period);
  const months = monthsOf(period).map(monthKey);
  const periodText = period.kind === "month" ? key : s.quarterSpan(key, months[0], months[months.length - 1]);
  const score = NUMBER_FORMATS.score;

  const titleRow = line([text(t.title(row ? repLabel(row) : ""))]);
  line([text(s.repId), text(row?.repId), text(s.position), text(row?.position), text(t.period), text(periodText)]);
  line([text(s.policy), text(s.policyValue(nameIn(policy.label, policy.name, locale), policy.revision)), undefined, undefined, text(s.generatedAt), localSerial(ctx.now)], [null, null, null, null, null, DATE_FORMAT]);
  line(
    [text(t.total), num(row?.total), text(s.grade), text(row?.grade), text(t.rank), row?.rank ? text(t.rankValue(row.rank, figures.report.rows.length)) : ""],
    [null, score],
    true,
  );
  line([text(t.teamMedianTotal), num(figures.medians.total)], [null, score]);
  const statusRow = line([""]);
  line([]);
  const headerRow = line([text(t.part), text(t.actual), text(t.target), text(t.points), text(t.teamMedian), text(t.weight)], [], true);
  for (const d of policy.dimensions) {
    line([text(displayName(d, locale)), undefined, undefined, num(row?.dimensions[d.key]), num(figures.medians.dimensions[d.key]), d.weight / 100], [null, null, null, score, score, NUMBER_FORMATS.share], true);
    for (const m of d.metrics) {
      const result = row?.metrics.find((r) => r.key === m.key);
      const unit = { count: NUMBER_FORMATS.count, minutes: NUMBER_FORMATS.minutes, money: NUMBER_FORMATS.money, percent: NUMBER_FORMATS.percent, rating: NUMBER_FORMATS.rating }[m.unit];
      line(
        [text(`  ${displayName(m, locale)}`), num(result?.actual), num(result?.target), num(result?.points), num(figures.medians.metrics[m.key]), m.weight / 100],
        [null, unit, unit, score, score, NUMBER_FORMATS.share],
      );
    }
  }
  line([text(t.total), undefined, undefined, num(row?.total), num(figures.medians.total)], [null, null, null, score, score], true);
  line([]);

  // The trend block: the chart's data, with its header row (series names) and category column.
  const trendTitle = period.kind === "quarter" ? t.quarterTrend : t.monthChart;
  line([text(trendTitle)], [], true);
  const dataTop = line([undefined, text(row ? repLabel(row) : ""), text(t.teamMedian)], [], true);
  if (figures.trend) {
    const mine = row ? (figures.trend.byRep.get(row.repKey) ?? []) : [];
    figures.trend.months.forEach((month, i) => line([text(month), num(mine[i]), num(figures.trend!.team[i])], [null, score, score]));
  } else {
    for (const d of policy.dimensions) line([text(displayName(d, locale)), num(row?.dimensions[d.key]), num(figures.medians.dimensions[d.key])], [null, score, score]);
    line([text(t.total), num(row?.total), num(figures.medians.total)], [null, score, score]);
  }
  const chartData = rect(dataTop, 0, lines.length - dataTop, 3);
  const chartTop = lines.length;
  for (let i = 0; i < CHART_ROWS; i++) line([]);
  line([text(t.managerComment)], [], true);
  for (let i = 0; i < COMMENT_LINES; i++) line([]);
  line([text(t.managerSignOff), undefined, text(t.date)], [], true);
  line([text(t.repSignOff), undefined, text(t.date)], [], true);

  return {
    slots: lines.map((l) => l.slots),
    formats: lines.map((l) => l.formats),
    shape: {
      status: { row: statusRow, col: 0 },
      headerRow,
      bold,
      title: rect(titleRow, 0),
      chartData,
      chartPlace: rect(chartTop, 0, CHART_ROWS, PAGE_WIDTH),
      chartType: period.kind === "quarter" ? "line" : "columns",
      chartTitle: trendTitle,
    },
  };
}

/** The page's shape: the same for every rep of a review under one policy. */
export function pageShape(ctx: PlanContext): PageShape {
  const { slots, shape } = layout(ctx, null);
  const rows = slots.length;
  const fit = Math.min(PRINTABLE.width / COLUMN_WIDTHS.reduce((a, b) => a + b, 0), PRINTABLE.height / ((rows + 1) * ROW_HEIGHT));
  return {
    ...shape,
    rows,
    owned: slots.map((line) => line.map((c) => (c === undefined ? "0" : "1")).join("")),
    scale: Math.max(10, Math.min(100, Math.floor(100 * fit))),
  };
}

/**
 * A rep's page: TeleScore's cells, and null in the manager's. The status cell is written only to
 * mark the page as not agreeing with the review sheet (`differs`), or to clear a mark TeleScore
 * wrote there last time (`wasMarked`), so a note a manager typed in that empty-looking cell stays.
 */
export function repPage(ctx: PlanContext, row: ReviewRow, status: { wasMarked: boolean; differs: boolean } = { wasMarked: false, differs: false }): Page {
  const { slots, formats, shape } = layout(ctx, row);
  const cells = slots.map((line) => line.map((c) => (c === undefined ? null : c)));
  cells[shape.status.row][shape.status.col] = status.differs ? safeText(SCORECARD_SHEET_STRINGS[ctx.locale].differs) : status.wasMarked ? "" : null;
  return { cells, formats };
}

/** A rep's row on the review sheet as read back: the rep (as the review reads it), the period, the total and grade cells. */
export interface ReviewSheetRow {
  key: string | null;
  period: CellValue;
  total: CellValue;
  grade: CellValue;
  /** The total or the grade cell holds an error (a live review where the add-in is not loaded shows #NAME?). */
  error: boolean;
}

export interface ReviewAgreement {
  /** Reps whose page shows another total or grade than their row of the review sheet, or who have no row there. */
  differ: ReviewRow[];
  /** Reps whose review row shows an error: not compared. */
  notCompared: ReviewRow[];
}

const shownTotal = (x: CellValue): number | null | "other" => (typeof x === "number" ? roundHalfAwayFromZero(x, 2) : x === null || x === "" ? null : "other");
const shownText = (x: CellValue): string => (x === null || x === undefined ? "" : String(x).trim());

/**
 * Whether the pages agree with the review sheet (docs/explain.md, "Where the numbers come from"):
 * each rep's row of the review is the one with their key and the review's period, as a
 * regeneration finds it; totals are compared as the review shows them, to 2 decimals.
 */
export function checkAgainstReview(sheetRows: readonly ReviewSheetRow[], rows: readonly ReviewRow[], period: string): ReviewAgreement {
  const onSheet = new Map<string, ReviewSheetRow>();
  for (const r of sheetRows) if (r.key !== null && shownText(r.period) === period && !onSheet.has(r.key)) onSheet.set(r.key, r);
  const differ: ReviewRow[] = [];
  const notCompared: ReviewRow[] = [];
  for (const row of rows) {
    const there = onSheet.get(row.repKey);
    if (there?.error) notCompared.push(row);
    else if (!there || shownTotal(there.total) !== (row.total === null ? null : roundHalfAwayFromZero(row.total, 2)) || shownText(there.grade) !== (row.grade ?? "")) differ.push(row);
  }
  return { differ, notCompared };
}

/** The page of a rep no longer in the review: only its status cell is written; its figures stay as they are. */
export function keptPage(ctx: PlanContext, shape: PageShape): Page {
  const t = SCORECARD_SHEET_STRINGS[ctx.locale];
  const cells: Cell[][] = Array.from({ length: shape.rows }, () => new Array<Cell>(PAGE_WIDTH).fill(null));
  const formats: (string | null)[][] = Array.from({ length: shape.rows }, () => new Array<string | null>(PAGE_WIDTH).fill(null));
  cells[shape.status.row][shape.status.col] = safeText(t.gone);
  return { cells, formats };
}

export interface SheetPlan {
  marker: string;
  reps: string[];
  /** The sheet's name now, or null for a sheet to add. */
  existing: string | null;
  /** Pages already on the sheet (the others are new). */
  before: number;
}

/** Which sheet and page each rep goes to: earlier pages keep their reps; new reps fill the last sheet, then new ones. */
export function assignPages(markerOf: (k: number) => string, kept: SheetPlan[], current: readonly string[]): SheetPlan[] {
  const sheets = kept.map((s) => ({ ...s, reps: [...s.reps] }));
  const placed = new Set(sheets.flatMap((s) => s.reps));
  for (const key of current) {
    if (placed.has(key)) continue;
    let last = sheets[sheets.length - 1];
    if (!last || last.reps.length >= PAGES_PER_SHEET) {
      last = { marker: markerOf(sheets.length + 1), reps: [], existing: null, before: 0 };
      sheets.push(last);
    }
    last.reps.push(key);
  }
  return sheets;
}

export type { PlanContext as ScorecardContext };
