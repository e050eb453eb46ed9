/**
 * Generating and regenerating the rep scorecards of a review (docs/explain.md, "Rep scorecards").
 * The review is found as the Review and Explain views find it: its marker table and its record in
 * `telescore.reviews` (reviewRegistry), which says what it was made from. Its data is read again
 * from there with the mapping saved for it, and scored by the engine as the review is
 * (engine/review/scorecard.ts); scorecardPlan lays out the pages; this file talks to Excel:
 *
 * 1. One sync reads the records (reviews and scorecards), the sheets, the workbook's names and the
 *    review's marker table; one more the source's shape and the review table's header; the values
 *    follow in chunks, the first with the review table's rep, period, total and grade columns, to
 *    check each page against the signed review sheet (docs/explain.md, "Where the numbers come from").
 * 2. The pages are written in chunks under Excel on the web's 5 MB request limit, one sync each.
 *    New sheets are deleted again if that fails or is cancelled. Existing pages are updated in
 *    place, TeleScore's cells only; once writing starts on them it finishes.
 * 3. One last sync: print setup of the new pages (behind ExcelApi 1.9), the sheets' workbook names
 *    (the marker: a name follows its sheet through renames and moves) and the record.
 *
 * The record (`telescore.scorecards`) keeps, per review, each scorecard sheet's rep keys in page
 * order and the page's shape (its rows and which cells are TeleScore's). Reps are matched by that
 * key (the rep id, else the name). A sheet whose name no longer spans exactly its pages from A1
 * (rows inserted or deleted) or whose page shape the policy changed is left as it is, unmarked, and
 * new scorecards are made: TeleScore never guesses which of its cells moved where.
 */
import type { CellValue } from "../../../../engine/input";
import type { Locale } from "../../../../engine/locale";
import { nameIn } from "../../../../engine/names";
import type { Policy } from "../../../../engine/policy";
import { getPolicy } from "../../../../engine/policyStore";
import { mapHeaders } from "../../../../engine/review/headerMapping";
import { parsePeriod, periodKey, type Period } from "../../../../engine/review/period";
import { readRecords } from "../../../../engine/review/records";
import type { ReviewRow } from "../../../../engine/review/reviewRows";
import { scorecardFigures } from "../../../../engine/review/scorecard";
import { nameTarget, rect, type Rect } from "../../../../engine/sheet/address";
import { freeSheetName } from "../../../../engine/sheet/sheetNames";
import { loadPolicy } from "../../../policy/excel/policyStorage";
import { newestWithin } from "../../../shared/excel/newestWithin";
import { jsonBytes, planWriteChunks, REQUEST_BUDGET, syncInChunks } from "../../../shared/excel/chunkedSync";
import type { ReviewPhase } from "../../excel/reviewSheet";
import { choicesToOverrides, queueChoices } from "../../excel/mappingStorage";
import { reviewRowRep } from "../../excel/reviewPrevious";
import { queueRegistry, reviewColumnsByHeader, type ReviewRecord } from "../../excel/reviewRegistry";
import { SHEET_STRINGS } from "../../excel/reviewStrings";
import { queueSource } from "../../excel/sourceTable";
import { assignPages, checkAgainstReview, COLUMN_WIDTHS, keptPage, PAGE_WIDTH, pageShape, repPage, ROW_HEIGHT, type Page, type PageShape, type ReviewSheetRow, type ScorecardContext, type SheetPlan } from "../scorecardPlan";
import { SCORECARD_SHEET_STRINGS } from "../scorecardSheetStrings";

export const SCORECARDS_KEY = "telescore.scorecards";
/** The records keep the newest within this many characters (a 5,000-rep review's keys take about 50,000). */
export const SCORECARDS_LIMIT = 400_000;

export interface ScorecardRecord {
  /** The review table's name. */
  review: string;
  period: string;
  locale: Locale;
  generatedAt: string;
  policy: { name: string; revision: number };
  /** Per sheet, by its workbook name: the rep keys of its pages, in order. */
  sheets: { marker: string; reps: string[] }[];
  /** The page's rows and which of its cells are TeleScore's (scorecardPlan's owned). */
  pageRows: number;
  owned: string[];
  /** Rep keys whose pages were marked as no longer in the review. */
  gone?: string[];
  /** Rep keys whose pages were marked as differing from the review sheet. */
  differs?: string[];
}

export interface ReviewChoice {
  table: string;
  period: string;
  sheetName: string;
}

export interface GenerateScorecardsOptions {
  /** The review table's name ("TeleScoreReview_2026_Q3"). */
  review: string;
  locale: Locale;
  onProgress?: (done: number, total: number, phase: ReviewPhase) => void;
  signal?: AbortSignal;
  /** Default: the one the TELE functions use (the policy store), else the workbook's. */
  policy?: Policy;
  now?: Date;
}

export interface ScorecardOutcome {
  sheets: string[];
  /** Reps of the review with a page written now, and pages of reps no longer in it (kept, marked). */
  reps: number;
  kept: number;
  regenerated: boolean;
  /** Earlier scorecards of this review that were left as they are (their shape changed), by sheet name. */
  leftAsTheyWere: string[];
  policy: { name: string; revision: number };
  /** The policy revision the review sheet was made with, when it differs from the one used now. */
  reviewPolicy: { name: string; revision: number } | null;
  /** Reps whose page shows another total or grade than the review sheet (the data or the sheet changed since): how many, and the first few names. */
  differsFromReview: RepsNamed;
  /** Reps whose total or grade on the review sheet is an error (#NAME? where the add-in is not loaded), so not compared. */
  notCompared: RepsNamed;
}

export interface RepsNamed {
  reps: number;
  /** At most NAMES_SHOWN names (the rep's name, else their ID), in review order. */
  names: string[];
}

/** How many reps the pane names in a warning. */
export const NAMES_SHOWN = 3;
const named = (rows: readonly ReviewRow[]): RepsNamed => ({ reps: rows.length, names: rows.slice(0, NAMES_SHOWN).map((r) => r.repName ?? r.repId ?? "") });

/** A review that cannot have scorecards; `problem` lets the pane say it in the user's language. */
export class ScorecardError extends Error {
  constructor(
    readonly problem: "noReview" | "nothingScored",
    message: string,
  ) {
    super(message);
    this.name = "ScorecardError";
  }
}

/** "TeleScoreCards_2026_Q3_1": the workbook name over the scorecards of a review on its k-th sheet (1-based). */
export const scorecardMarker = (reviewTable: string, k: number): string => `${reviewTable.replace(/^TeleScoreReview/, "TeleScoreCards")}_${k}`;

function parseScorecards(stored: unknown): ScorecardRecord[] {
  try {
    const data: unknown = typeof stored === "string" ? JSON.parse(stored) : stored;
    return Array.isArray(data) ? data.filter((r): r is ScorecardRecord => typeof r === "object" && r !== null && typeof r.review === "string" && Array.isArray(r.sheets) && Array.isArray(r.owned)) : [];
  } catch {
    return [];
  }
}

const sameTable = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The reviews whose marker table is still in the workbook, newest first, with their sheets. */
export function listReviewSheets(): Promise<ReviewChoice[]> {
  return Excel.run(async (context) => {
    const registry = queueRegistry(context);
    const tables = context.workbook.tables.load("items/name, items/worksheet/name");
    await context.sync();
    const sheetOf = new Map(tables.items.map((t) => [t.name.toLowerCase(), t.worksheet.name]));
    return registry
      .get()
      .filter((r) => sheetOf.has(r.table.toLowerCase()))
      .sort((a, b) => b.generatedAt.localeCompare(a.generatedAt))
      .map((r) => ({ table: r.table, period: r.period, sheetName: sheetOf.get(r.table.toLowerCase())! }));
  });
}

const area = (sheet: Excel.Worksheet, r: Rect): Excel.Range => sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
const pageText = (text: string): string => text.replace(/&/g, "&&").slice(0, 250);

export async function generateScorecards(options: GenerateScorecardsOptions): Promise<ScorecardOutcome> {
  const { locale, signal } = options;
  const progress = options.onProgress ?? (() => undefined);
  const policy = options.policy ?? getPolicy() ?? (await loadPolicy()).policy;
  const now = options.now ?? new Date();
  const t = SCORECARD_SHEET_STRINGS[locale];
  signal?.throwIfAborted();

  return Excel.run(async (context) => {
    progress(0, 0, "reading");
    const registry = queueRegistry(context);
    const stored = context.workbook.settings.getItemOrNullObject(SCORECARDS_KEY).load("value");
    const sheets = context.workbook.worksheets.load("items/name");
    const names = context.workbook.names.load("items/name, items/formula");
    const reviewTable = context.workbook.tables.getItemOrNullObject(options.review).load("name");
    await context.sync();

    const review = registry.get().find((r) => sameTable(r.table, options.review));
    if (!review || reviewTable.isNullObject) throw new ScorecardError("noReview", `There is no review ${options.review} in this workbook: generate the review first.`);
    const period = parsePeriod(review.period);
    // A review made from a selection is read again from the address it was made from, as the policy preview does.
    const ref = review.source.ref.kind === "selection" ? { kind: "range" as const, address: review.source.address } : review.source.ref;
    const pending = queueSource(context, ref);
    const reviewHeader = reviewTable.getHeaderRowRange().load("values");
    await context.sync();
    // The review sheet's own rep, period, total and grade columns, read with the source's first chunk (no sync of their own).
    const onSheet = queueReviewSheetRows(reviewTable, review, reviewHeader.values[0]);
    const saved = queueChoices(context, "repPeriod", pending.key());
    const rows = pending.dataRows();
    const source = await pending.read({ signal, onChunk: (_, span) => progress(span.end, rows, "reading") });
    const mapping = mapHeaders(source.headers, choicesToOverrides(source.headers, saved.get()));
    const { records, problems } = readRecords(source, mapping);
    const figures = scorecardFigures(records, policy, period, problems);
    if (figures.report.rows.length === 0) throw new ScorecardError("nothingScored", `No rep of ${review.period} could be scored, so no scorecard was made.`);

    const ctx: ScorecardContext = { policy, period, locale, figures, now };
    const shape = pageShape(ctx);
    const records0 = parseScorecards(stored.isNullObject ? null : stored.value);
    const previous = records0.find((r) => sameTable(r.review, review.table)) ?? null;
    const nameOf = (n: string) => names.items.find((item) => item.name.toLowerCase() === n.toLowerCase());
    const sheetNames = sheets.items.map((s) => s.name);

    // Earlier scorecards are updated in place only when each sheet's name spans exactly its pages from A1 and the page has the same shape.
    const found = (previous?.sheets ?? []).flatMap((s) => {
      const at = nameOf(s.marker) ? nameTarget(nameOf(s.marker)!.formula) : null;
      const existing = at?.sheet ? sheetNames.find((n) => n.toLowerCase() === at.sheet!.toLowerCase()) : undefined;
      return at && existing ? [{ plan: { marker: s.marker, reps: s.reps, existing, before: s.reps.length } satisfies SheetPlan, at: at.rect }] : [];
    });
    const earlier = found.map((f) => f.plan);
    const inPlace =
      previous !== null &&
      found.length === previous.sheets.length &&
      previous.pageRows === shape.rows &&
      previous.owned.join("|") === shape.owned.join("|") &&
      found.every(({ plan, at }) => at.row === 0 && at.col === 0 && at.cols === PAGE_WIDTH && at.rows === plan.reps.length * shape.rows);
    const leftAsTheyWere = inPlace ? [] : earlier.map((s) => s.existing!);
    const book = assignPages((k) => scorecardMarker(review.table, k), inPlace ? earlier : [], figures.report.rows.map((r) => r.repKey));
    const rowOf = new Map(figures.report.rows.map((r) => [r.repKey, r]));
    const wasMarked = new Set(inPlace ? [...(previous?.gone ?? []), ...(previous?.differs ?? [])] : []);
    const agreement = checkAgainstReview(onSheet(), figures.report.rows, review.period);
    const differs = new Set(agreement.differ.map((r) => r.repKey));

    // The pages to write, sheet by sheet, in page order.
    const wanted = t.sheetName(periodKey(period));
    const taken = [...sheetNames];
    const targets = book.map((s) => {
      const name = s.existing ?? freeSheetName(wanted, taken);
      if (!s.existing) taken.push(name);
      return { ...s, name };
    });
    const jobs = targets.flatMap((s, k) =>
      s.reps.map((key, i) => {
        const row = rowOf.get(key);
        return { key, sheet: k, index: i, fresh: i >= s.before, page: row ? repPage(ctx, row, { wasMarked: wasMarked.has(key), differs: differs.has(key) }) : keptPage(ctx, shape), kept: !row };
      }),
    );
    signal?.throwIfAborted();

    const created = targets.filter((s) => !s.existing).map((s) => context.workbook.worksheets.add(s.name));
    const sheetAt = targets.map((s) => (s.existing ? context.workbook.worksheets.getItem(s.existing) : created[targets.filter((x) => !x.existing).indexOf(s)]));
    try {
      await syncInChunks(
        context,
        planWriteChunks(jobs.map((j) => j.page), REQUEST_BUDGET, pageBytes),
        (span) => {
          for (const job of jobs.slice(span.start, span.end)) writePage(sheetAt[job.sheet], job.index * shape.rows, job.page, job.fresh ? shape : null, targets[job.sheet].marker, job.index);
        },
        // A new set can be cancelled to the end; an update, once it writes, finishes (docs/explain.md, "Rep scorecards").
        { signal: inPlace ? undefined : signal, onChunk: (_, span) => progress(span.end, jobs.length, "writing") },
      );
      progress(jobs.length, jobs.length, "finishing");

      // The markers are made again over the sheets' pages; earlier ones that are left as they were lose theirs.
      const stale = new Set([...earlier, ...targets].flatMap((s) => (nameOf(s.marker) ? [nameOf(s.marker)!.name] : [])));
      for (const name of stale) context.workbook.names.getItem(name).delete();
      targets.forEach((s, k) => {
        const sheet = sheetAt[k];
        const whole = rect(0, 0, s.reps.length * shape.rows, PAGE_WIDTH);
        if (!s.existing) COLUMN_WIDTHS.forEach((w, c) => (area(sheet, rect(0, c)).format.columnWidth = w));
        context.workbook.names.add(s.marker, area(sheet, whole));
        printSetup(sheet, s, shape, whole, policy, period, locale);
      });
      sheetAt[0].activate();
      const record: ScorecardRecord = {
        review: review.table,
        period: review.period,
        locale,
        generatedAt: now.toISOString(),
        policy: { name: policy.name, revision: policy.revision },
        sheets: targets.map((s) => ({ marker: s.marker, reps: s.reps })),
        pageRows: shape.rows,
        owned: shape.owned,
        gone: jobs.filter((j) => j.kept).map((j) => j.key),
        differs: [...differs],
      };
      context.workbook.settings.add(SCORECARDS_KEY, JSON.stringify(newestWithin([...records0.filter((r) => !sameTable(r.review, review.table)), record], SCORECARDS_LIMIT)));
      await context.sync();
    } catch (error) {
      if (created.length > 0) {
        for (const sheet of created) sheet.delete();
        await context.sync().catch(() => undefined); // the first error is the one to report
      }
      throw error;
    }

    const kept = jobs.filter((j) => j.kept).length;
    return {
      sheets: targets.map((s) => s.name),
      reps: jobs.length - kept,
      kept,
      regenerated: inPlace,
      leftAsTheyWere,
      policy: { name: policy.name, revision: policy.revision },
      reviewPolicy: review.policy.name === policy.name && review.policy.revision === policy.revision ? null : review.policy,
      differsFromReview: named(agreement.differ),
      notCompared: named(agreement.notCompared),
    };
  });
}

/**
 * Queues the read of the review table's rep ID, name, period, total and grade columns (found by the
 * headers its record wrote, as the Explain view reads a review row); `get()` after the next sync
 * gives its rows. A column not found reads as empty, so its reps count as differing.
 */
function queueReviewSheetRows(table: Excel.Table, record: ReviewRecord, headers: unknown[]): () => ReviewSheetRow[] {
  const at = reviewColumnsByHeader(record, headers);
  const column = (key: string) => (at.has(key) ? table.columns.getItemAt(at.get(key)!).getDataBodyRange().load("values, valueTypes") : null);
  const [id, name, period, total, grade] = ["repId", "repName", "period", "total", "grade"].map(column);
  const cell = (range: Excel.Range | null, i: number): CellValue => (range ? (range.values[i][0] as CellValue) : null);
  const isError = (range: Excel.Range | null, i: number): boolean => range?.valueTypes[i][0] === Excel.RangeValueType.error;
  return () => {
    const rows = [id, name, period, total, grade].find((r) => r !== null)?.values.length ?? 0;
    return Array.from({ length: rows }, (_, i) => ({
      key: reviewRowRep(cell(id, i), cell(name, i)).key,
      period: cell(period, i),
      total: cell(total, i),
      grade: cell(grade, i),
      error: isError(total, i) || isError(grade, i),
    }));
  };
}

/** A page's cells and formats as they travel, with room for its formatting and chart. */
const pageBytes = (page: Page): number => jsonBytes(page.cells) + jsonBytes(page.formats) + 2048;

/** Queues a page's cells at `top`; a new page (`shape` given) also gets its bold cells, title and chart. */
function writePage(sheet: Excel.Worksheet, top: number, page: Page, shape: PageShape | null, marker: string, index: number): void {
  const at = (r: Rect): Excel.Range => area(sheet, rect(top + r.row, r.col, r.rows, r.cols));
  const whole = at(rect(0, 0, page.cells.length, PAGE_WIDTH));
  whole.formulas = page.cells as unknown[][];
  if (page.formats.some((line) => line.some((f) => f !== null))) whole.numberFormat = page.formats as string[][];
  if (!shape) return;
  whole.format.rowHeight = ROW_HEIGHT;
  const header = at(rect(shape.headerRow, 0, 1, PAGE_WIDTH)).format;
  header.rowHeight = 2 * ROW_HEIGHT;
  header.wrapText = true;
  header.verticalAlignment = Excel.VerticalAlignment.bottom;
  for (const b of shape.bold) at(b).format.font.bold = true;
  const title = at(shape.title).format.font;
  title.bold = true;
  title.size = 14;
  const chart = sheet.charts.add(shape.chartType === "line" ? Excel.ChartType.lineMarkers : Excel.ChartType.columnClustered, at(shape.chartData), Excel.ChartSeriesBy.columns);
  chart.name = `${marker}_${index + 1}`;
  chart.title.text = shape.chartTitle;
  chart.legend.position = Excel.ChartLegendPosition.bottom;
  const place = shape.chartPlace;
  chart.setPosition(at(rect(place.row, place.col)), at(rect(place.row + place.rows - 1, place.col + place.cols - 1)));
}

/**
 * A4 portrait, one page per rep: a manual page break above each new page, the scale that fits a
 * page's width (and height) on the paper, the sheet's pages as the print area, the period and the
 * policy in the header and footer. A fixed scale, not "fit to pages": with fitting, Excel may
 * place its own breaks instead of the manual ones (docs/explain.md, "Rep scorecards"). Page layout
 * and page breaks are ExcelApi 1.9.
 */
function printSetup(sheet: Excel.Worksheet, s: SheetPlan, shape: PageShape, whole: Rect, policy: Policy, period: Period, locale: Locale): void {
  if (typeof Office === "undefined" || !Office.context.requirements.isSetSupported("ExcelApi", "1.9")) return;
  const page = sheet.pageLayout;
  const t = SCORECARD_SHEET_STRINGS[locale];
  if (!s.existing) {
    page.paperSize = Excel.PaperType.a4;
    page.orientation = Excel.PageOrientation.portrait;
    page.zoom = { scale: shape.scale };
    page.headersFooters.defaultForAllPages.centerHeader = pageText(t.sheetName(periodKey(period)));
    page.headersFooters.defaultForAllPages.centerFooter = pageText(`${SHEET_STRINGS[locale].policy} ${SHEET_STRINGS[locale].policyValue(nameIn(policy.label, policy.name, locale), policy.revision)}`);
  }
  page.setPrintArea(area(sheet, whole));
  for (let i = Math.max(1, s.before); i < s.reps.length; i++) sheet.horizontalPageBreaks.add(area(sheet, rect(i * shape.rows, 0)));
}
