/**
 * The review's summary (docs/review.md, "The summary"): how many reps got each grade and what share, against
 * the policy's target distribution where one is set (a calibration warning when a grade's share is
 * above what the policy expects, e.g. more than 20% A), the average total by position, and the
 * team's total of each money metric (revenue, net profit). The numbers are worked out here from the engine's review, for the
 * pane and for a values-only sheet; a live sheet gets the same block as formulas over the review
 * table (COUNTIF, AVERAGEIF, TELE.RECONCILE for exact money), so corrections flow into it.
 */
import { sumMoney } from "../../../engine/money";
import { labelIn, type Locale, type PolicyLabel } from "../../../engine/locale";
import { findPosition, positionIn, type Baseline, type Policy } from "../../../engine/policy";
import { sameName } from "../../../engine/names";
import { columnLetter, NUMBER_FORMATS, safeText, type ReviewColumn, type SheetCell } from "../../../engine/review/reviewLayout";
import type { ReviewReport, ReviewRow } from "../../../engine/review/reviewRows";
import type { SheetStrings } from "../excel/reviewStrings";

export interface GradeLine {
  grade: string;
  /** Reps with this grade. */
  reps: number;
  /** reps / reps scored; null when nobody was scored. */
  share: number | null;
  /** The policy's target distribution for the grade (largest expected share, 0..1), or null when it sets none. */
  expectedAtMost: number | null;
  /** True when the share is above the expected share: the calibration warning. */
  aboveExpected: boolean;
}

export interface PositionLine {
  /** The policy's name of the position, or one met in the data that the policy does not know, as written. */
  position: string;
  /** The policy's position, whose label names it on a sheet in each language; null for one only met in the data. */
  baseline: Baseline | null;
  /** Reps of the position with a total. */
  reps: number;
  averageTotal: number | null;
}

export interface MoneyTotal {
  key: string;
  label: PolicyLabel;
  total: number | null;
}

export interface ReviewSummary {
  /** Reps with a total (and so a grade). */
  scored: number;
  /** Every grade of the policy, best first. */
  grades: GradeLine[];
  /** The policy's positions, then any other position met. */
  positions: PositionLine[];
  /** Per money metric of the policy (revenue, net profit…), Σ of its actuals, exact to the cent; null when no rep has one. */
  moneyTotals: MoneyTotal[];
  /** The grades above their expected share. */
  calibration: GradeLine[];
}

const actualsOf = (report: ReviewReport, key: string): number[] =>
  report.rows.flatMap((r) => {
    const actual = r.metrics.find((m) => m.key === key)?.actual ?? null;
    return actual === null ? [] : [actual];
  });

/** The team totals: every metric the policy declares in money, in policy order. */
function moneyTotals(report: ReviewReport, policy: Policy): MoneyTotal[] {
  return policy.dimensions
    .flatMap((d) => d.metrics)
    .filter((m) => m.unit === "money")
    .map((m) => {
      const amounts = actualsOf(report, m.key);
      return { key: m.key, label: m.label ?? { en: m.key, zh: m.key }, total: amounts.length > 0 ? sumMoney(amounts) : null };
    });
}

export function summarizeReview(report: ReviewReport, policy: Policy): ReviewSummary {
  const scoredRows = report.rows.filter((r) => r.total !== null);
  const scored = scoredRows.length;
  const grades = [...policy.bands.map((b) => b.grade), policy.lowestGrade].map((grade): GradeLine => {
    const reps = scoredRows.filter((r) => r.grade === grade).length;
    const share = scored === 0 ? null : reps / scored;
    const expectedAtMost = policy.targetDistribution?.[grade] ?? null;
    return { grade, reps, share, expectedAtMost, aboveExpected: share !== null && expectedAtMost !== null && share > expectedAtMost };
  });

  // Each rep's position as the policy names it (by any of its names), else as written.
  const positionOf = (r: ReviewRow): string | null => (r.position === null ? null : (findPosition(policy.baselines, r.position)?.position ?? r.position));
  const positions: string[] = policy.baselines.map((b) => b.position);
  for (const r of scoredRows) {
    const p = positionOf(r);
    if (p !== null && !positions.some((q) => sameName(q, p))) positions.push(p);
  }
  const positionLines = positions.map((position): PositionLine => {
    const totals = scoredRows.filter((r) => {
      const p = positionOf(r);
      return p !== null && sameName(p, position);
    }).map((r) => r.total as number);
    return {
      position,
      baseline: findPosition(policy.baselines, position) ?? null,
      reps: totals.length,
      averageTotal: totals.length === 0 ? null : totals.reduce((s, t) => s + t, 0) / totals.length,
    };
  });

  return {
    scored,
    grades,
    positions: positionLines,
    moneyTotals: moneyTotals(report, policy),
    calibration: grades.filter((g) => g.aboveExpected),
  };
}

/** A block of cells to write with Range.formulas, with a number format per cell; positions are relative to its top-left. */
export interface SummaryBlock {
  cells: SheetCell[][];
  formats: string[][];
  /** Relative rows and columns to show in bold (titles and headers). */
  bold: { row: number; col: number; cols: number }[];
  /** The grades and their counts (header included): the chart's data, relative to the block. */
  chartData: { row: number; col: number; rows: number; cols: number };
}

/** Where the review table's reps are, for the live formulas: sheet rows (1-based) and each column's sheet column (0-based). */
export interface TableSpan {
  firstRow: number;
  lastRow: number;
  column: (key: string) => number;
}

/**
 * A COUNTIF criterion that means "equals the text in this cell": "=" so a leading < > = is not an
 * operator. The text is referenced, never written into the formula: a grade or a position is the
 * user's text, of any length and with any quotes, and Excel refuses a formula with a string
 * literal over 255 characters.
 */
const equalsCell = (cell: string): string => `"="&${cell}`;

const GRADE_COL = 0;
const POSITION_COL = 6;
const TOTALS_COL = 10;
export const SUMMARY_WIDTH = 12;

/**
 * The summary as a block starting at sheet row `top` (0-based) in column A. `live` gives the table
 * rows to count over, or null for numbers only (a values-only sheet, or no rep to count).
 */
export function summaryBlock(
  summary: ReviewSummary,
  columns: readonly ReviewColumn[],
  t: SheetStrings,
  locale: Locale,
  top: number,
  live: TableSpan | null,
): SummaryBlock {
  const money = summary.moneyTotals.filter((m) => m.total !== null || columns.some((c) => c.key === `${m.key}.actual`));
  const totalsRows = money.length;
  const height = 2 + Math.max(summary.grades.length + 1, summary.positions.length, totalsRows + 1);
  const cells: SheetCell[][] = Array.from({ length: height }, () => new Array<SheetCell>(SUMMARY_WIDTH).fill(""));
  const formats: string[][] = Array.from({ length: height }, () => new Array<string>(SUMMARY_WIDTH).fill(NUMBER_FORMATS.text));
  /** A formula, a number or "" as it is; text goes through `label`, which keeps it text. */
  const put = (row: number, col: number, value: SheetCell, format: string = NUMBER_FORMATS.text): void => {
    cells[row][col] = value;
    formats[row][col] = format;
  };
  const label = (row: number, col: number, text: string): void => put(row, col, safeText(text));
  const num = (x: number | null): SheetCell => (x === null ? "" : x);
  const sheetRow = (row: number): number => top + row + 1;
  const column = (key: string): string | null => {
    if (live === null || !columns.some((c) => c.key === key)) return null;
    const letter = columnLetter(live.column(key));
    return `$${letter}$${live.firstRow}:$${letter}$${live.lastRow}`;
  };
  const totals = column("total");
  const gradesRange = column("grade");
  const positionsRange = column("position");
  /**
   * A count over the table shows the totals' error when a total is an error, never a count that
   * leaves it out: opened where the add-in is not installed, every TELE cell turns to #NAME? and
   * "0 reps" would read as a result. SUM gives the first error of its range.
   */
  const counted = (expression: string): string => `=IF(ISERROR(SUM(${totals})),SUM(${totals}),${expression})`;

  label(0, 0, t.summary);
  [t.grade, t.reps, t.share, t.targetShare, t.check].forEach((h, i) => label(1, GRADE_COL + i, h));
  const scoredRow = 2 + summary.grades.length;
  const [repsAt, shareAt, expectedAt] = [1, 2, 3].map((k) => columnLetter(GRADE_COL + k));
  const scoredCell = `$${repsAt}$${sheetRow(scoredRow)}`;
  summary.grades.forEach((g, i) => {
    const row = 2 + i;
    const r = sheetRow(row);
    label(row, GRADE_COL, g.grade);
    put(row, GRADE_COL + 1, gradesRange && totals ? counted(`COUNTIF(${gradesRange},${equalsCell(`$${columnLetter(GRADE_COL)}$${r}`)})`) : g.reps, NUMBER_FORMATS.count);
    put(row, GRADE_COL + 2, totals ? `=IF(${scoredCell}=0,"",${repsAt}${r}/${scoredCell})` : num(g.share), NUMBER_FORMATS.share);
    put(row, GRADE_COL + 3, num(g.expectedAtMost), NUMBER_FORMATS.share);
    const warning = `"${t.aboveTarget.replace(/"/g, '""')}"`;
    if (totals) put(row, GRADE_COL + 4, `=IF(COUNT(${shareAt}${r},${expectedAt}${r})<2,"",IF(${shareAt}${r}>${expectedAt}${r},${warning},""))`);
    else label(row, GRADE_COL + 4, g.aboveExpected ? t.aboveTarget : "");
  });
  label(scoredRow, GRADE_COL, t.scored);
  put(scoredRow, GRADE_COL + 1, totals ? counted(`COUNT(${totals})`) : summary.scored, NUMBER_FORMATS.count);

  [t.position, t.reps, t.averageTotal].forEach((h, i) => label(1, POSITION_COL + i, h));
  summary.positions.forEach((p, i) => {
    const row = 2 + i;
    const criterion = equalsCell(`$${columnLetter(POSITION_COL)}$${sheetRow(row)}`);
    label(row, POSITION_COL, p.baseline ? positionIn(p.baseline, locale) : p.position);
    put(row, POSITION_COL + 1, positionsRange && totals ? counted(`COUNTIFS(${positionsRange},${criterion},${totals},">=0")`) : p.reps, NUMBER_FORMATS.count);
    // No rep of the position: blank (AVERAGEIF's #DIV/0!), but an error in the totals shows.
    put(row, POSITION_COL + 2, positionsRange && totals ? counted(`IF(COUNTIFS(${positionsRange},${criterion},${totals},">=0")=0,"",AVERAGEIF(${positionsRange},${criterion},${totals}))`) : num(p.averageTotal), NUMBER_FORMATS.score);
  });

  if (totalsRows > 0) label(1, TOTALS_COL, t.teamTotals);
  money.forEach((m, i) => {
    const range = column(`${m.key}.actual`);
    label(2 + i, TOTALS_COL, labelIn(m.label, locale));
    put(2 + i, TOTALS_COL + 1, range ? `=TELE.RECONCILE(${range},0)` : num(m.total), NUMBER_FORMATS.money);
  });

  return {
    cells,
    formats,
    bold: [
      { row: 0, col: 0, cols: 1 },
      { row: 1, col: 0, cols: SUMMARY_WIDTH },
      { row: scoredRow, col: GRADE_COL, cols: 2 },
    ],
    chartData: { row: 1, col: GRADE_COL, rows: summary.grades.length + 1, cols: 2 },
  };
}
