/**
 * How TeleScore knows which review sheets it made. The marker is the review's Excel table, named
 * for the period ("TeleScoreReview_2026_07"): a table name is unique in the workbook, saved in the
 * file, and follows its sheet through a rename or a move. Worksheet ids are not used, because they
 * do not survive closing and reopening the workbook (OfficeDev/office-js-docs#297; office-js#1390
 * shows them changing between Excel versions). A sheet that merely has the review's name, without
 * the table, is someone else's and is never overwritten.
 *
 * Beside the marker, the workbook setting `telescore.reviews` records what each review was made
 * from and which of its cells are TeleScore's: the columns it wrote (so a regeneration tells them
 * from columns a manager added, even after a policy change) and the area from A1 it covers (so
 * cells a person typed outside it are carried over). JSON text, like the policy settings.
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
  /** TeleScore's columns of the table as written, left to right (a manager's columns are not listed). */
  columns: { key: string; header: string }[];
  /** TeleScore's area: rows and columns from A1 (table, header block, summary, lists, chart). */
  area: { rows: number; columns: number };
}

/** "TeleScoreReview_2026_07" / "TeleScoreReview_2026_Q3": a valid table name that cannot look like a cell reference. */
export function reviewTableName(period: Period): string {
  return period.kind === "month"
    ? `TeleScoreReview_${period.year}_${String(period.month).padStart(2, "0")}`
    : `TeleScoreReview_${period.year}_Q${period.quarter}`;
}

function isRecord(x: unknown): x is ReviewRecord {
  if (typeof x !== "object" || x === null) return false;
  const r = x as Record<string, unknown>;
  const area = r.area as Record<string, unknown> | undefined;
  return (
    typeof r.table === "string" &&
    typeof r.period === "string" &&
    Array.isArray(r.columns) &&
    r.columns.every((c) => typeof c === "object" && c !== null && typeof (c as { key?: unknown }).key === "string" && typeof (c as { header?: unknown }).header === "string") &&
    typeof area === "object" &&
    area !== null &&
    Number.isInteger(area.rows) &&
    Number.isInteger(area.columns)
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
 * records go first when they pass REVIEWS_LIMIT (regenerating such an old review keeps the earlier
 * sheet under another name, as for any review without a record).
 */
export function queueRecord(context: Excel.RequestContext, records: readonly ReviewRecord[], record: ReviewRecord): void {
  const next = [...records.filter((r) => r.table.toLowerCase() !== record.table.toLowerCase()), record];
  context.workbook.settings.add(REVIEWS_KEY, JSON.stringify(newestWithin(next, REVIEWS_LIMIT)));
}
