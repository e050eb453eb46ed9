/**
 * How TeleScore knows which review sheets it made. The marker is the review's Excel table, named
 * for the period ("TeleScoreReview_2026_07"): a table name is unique in the workbook, saved in the
 * file, and follows its sheet through a rename or a move. Worksheet ids are not used, because they
 * do not survive closing and reopening the workbook (OfficeDev/office-js-docs#297; office-js#1390
 * shows them changing between Excel versions). A sheet that merely has the review's name, without
 * the table, is someone else's and is never overwritten.
 *
 * Beside the marker, the workbook setting `telescore.reviews` records what each review was made
 * from and which of its cells are TeleScore's: the table columns it wrote, by the column's id
 * (Excel keeps a table column's id for the table's life, through moves, renames and columns
 * inserted beside it), so a regeneration tells them from columns a manager added; and, for each
 * block around the table (header, summary, lists), which of its cells hold TeleScore's text. The
 * blocks themselves are found by workbook names (reviewRegionName), which Excel moves with their
 * cells when a person inserts or deletes rows. JSON text, like the policy settings.
 */
import type { Period } from "../../../engine/review/period";
import type { Locale } from "../../../engine/locale";
import { newestWithin } from "../../shared/excel/newestWithin";
import type { SourceRef } from "./sourceTable";

export const REVIEWS_KEY = "telescore.reviews";

/** The records keep the newest within this many characters (about 150 reviews of 41 columns). */
export const REVIEWS_LIMIT = 300_000;

export type ReviewMode = "live" | "values";

export interface ReviewRecord {
  /** The review table's name: the marker. */
  table: string;
  /** "2026-07" or "2026-Q3". */
  period: string;
  locale: Locale;
  mode: ReviewMode;
  /** ISO 8601, UTC. */
  generatedAt: string;
  user: string | null;
  source: { ref: SourceRef; address: string };
  policy: { name: string; revision: number };
  /** TeleScore's columns of the table as written, left to right (a manager's columns are not listed); `id` is the table column's id. */
  columns: { key: string; header: string; id?: number }[];
  /** TeleScore's extent from A1 when last written: rows and columns (table, header block, summary, lists). */
  area: { rows: number; columns: number };
  /** Per block: which cells of it TeleScore wrote, a string of "1" (ours) and "0" per row. */
  regions?: Partial<Record<ReviewRegion, string[]>>;
}

/** The blocks of a review sheet around its table, each found by a workbook name. */
export const REVIEW_REGIONS = ["header", "summary", "lists"] as const;
export type ReviewRegion = (typeof REVIEW_REGIONS)[number];

/** "TeleScoreReview_2026_07_Summary": the workbook name over a block of the review of that table. */
export function reviewRegionName(table: string, region: ReviewRegion): string {
  return `${table}_${region[0].toUpperCase()}${region.slice(1)}`;
}

/** The chart of grades, by its name on the review sheet. */
export const reviewChartName = (table: string): string => `${table}_Grades`;

/** "TeleScoreReview_2026_07" / "TeleScoreReview_2026_Q3": a valid table name that cannot look like a cell reference. */
export function reviewTableName(period: Period): string {
  return period.kind === "month"
    ? `TeleScoreReview_${period.year}_${String(period.month).padStart(2, "0")}`
    : `TeleScoreReview_${period.year}_Q${period.quarter}`;
}

/**
 * Whether a table is one of TeleScore's reviews, so never data for another review: recorded as a
 * review, or named as reviewTableName names them (a review copied in from another workbook has no record).
 */
export function isReviewTable(name: string, records: readonly ReviewRecord[]): boolean {
  return /^TeleScoreReview_\d{4}_(\d{2}|Q[1-4])$/i.test(name) || records.some((r) => r.table.toLowerCase() === name.toLowerCase());
}

/**
 * Which column of a review table (0-based, as in its header row) holds each of TeleScore's column
 * keys ("total", "calls.actual", …), by the headers the record wrote. The Explain view and the
 * scorecards' check against the review sheet read a review's cells this way.
 */
export function reviewColumnsByHeader(record: ReviewRecord, headers: readonly unknown[]): Map<string, number> {
  const keyOf = new Map(record.columns.map((c) => [c.header, c.key]));
  const at = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = keyOf.get(String(h));
    if (key !== undefined) at.set(key, i);
  });
  return at;
}

function isRecord(x: unknown): x is ReviewRecord {
  if (typeof x !== "object" || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.table === "string" &&
    typeof r.period === "string" &&
    Array.isArray(r.columns) &&
    r.columns.every((c) => typeof c === "object" && c !== null && typeof (c as { key?: unknown }).key === "string" && typeof (c as { header?: unknown }).header === "string")
  );
}

/** The records stored; an unreadable setting or entry is skipped (its review is then treated as having no record). */
export function parseRegistry(stored: unknown): ReviewRecord[] {
  let data: unknown = stored;
  if (typeof stored === "string") {
    try {
      data = JSON.parse(stored);
    } catch {
      return [];
    }
  }
  return Array.isArray(data) ? data.filter(isRecord) : [];
}

/** Queues the read of the records; `get()` gives them after the caller's sync. */
export function queueRegistry(context: Excel.RequestContext): { get(): ReviewRecord[] } {
  const item = context.workbook.settings.getItemOrNullObject(REVIEWS_KEY).load("value");
  return { get: () => (item.isNullObject ? [] : parseRegistry(item.value)) };
}

/**
 * Queues storing the records with `record` in place of any earlier one for its table; the oldest
 * records go first when they pass REVIEWS_LIMIT (regenerating such an old review finds its columns
 * by their headers and puts its summary below everything, as for any review without a record).
 */
export function queueRecord(context: Excel.RequestContext, records: readonly ReviewRecord[], record: ReviewRecord): void {
  const next = [...records.filter((r) => r.table.toLowerCase() !== record.table.toLowerCase()), record];
  context.workbook.settings.add(REVIEWS_KEY, JSON.stringify(newestWithin(next, REVIEWS_LIMIT)));
}

/** The reviews TeleScore made in this workbook, as recorded (a review whose sheet was deleted stays listed until regenerated). */
export function listReviews(): Promise<ReviewRecord[]> {
  return Excel.run(async (context) => {
    const registry = queueRegistry(context);
    await context.sync();
    return registry.get();
  });
}
