/**
 * How a per-call log is read beyond its header mapping (docs/review.md, "Reading real exports"):
 * which agent values are no agent, whether repeated rows are dropped, which compact date form the
 * user confirmed and which years a date may fall in, what the answered column's words mean, and the
 * talk-time unit when the user sets it. The pane keeps these in the workbook; what comes back from
 * there is untrusted, so it is read through the schema, one field at a time (a bad field falls back
 * to its default, the others are kept).
 */
import { z } from "zod";
import { DURATION_UNITS } from "./duration";
import { DEFAULT_DATE_RULES } from "./period";

/**
 * Agent values that mean "no agent" in dialer exports: calls the system or a queue held, and
 * blank or "-" cells. "" stands for a blank cell. Compared as agents are (nameKey: case, width and
 * spaces ignored).
 */
export const DEFAULT_PSEUDO_AGENTS: readonly string[] = ["NO_SERVER", "SYSTEM", "QUEUE", "-", ""];

const years = z
  .strictObject({ from: z.number().int().min(1000).max(9999), to: z.number().int().min(1000).max(9999) })
  .refine((y) => y.from <= y.to, "the first year must not be after the last");

export const callLogRulesSchema = z.strictObject({
  /** Agent values whose calls are left out (and counted). */
  excludedAgents: z.array(z.string().max(200)).max(1000).catch([...DEFAULT_PSEUDO_AGENTS]),
  /** Rows identical in every mapped column after the first: dropped (and counted) when true, else counted only. */
  dropDuplicates: z.boolean().catch(true),
  /** The compact date form the user confirmed for the date column; null: compact dates are refused. */
  dateForm: z.enum(["yyyymmdd", "yymmdd"]).nullable().catch(null),
  /** The years a call's date may fall in; other dates are row problems. */
  years: years.catch({ ...DEFAULT_DATE_RULES.years }),
  /** The answered column's values (folded: see answerKey) and whether each means answered. */
  answeredValues: z.record(z.string().max(200), z.boolean()).catch({}),
  /** The talk-time unit the user chose; null: from the header, else the number format, else a guess. */
  talkUnit: z.enum(DURATION_UNITS).nullable().catch(null),
});

export type CallLogRules = z.infer<typeof callLogRulesSchema>;

export const DEFAULT_CALL_LOG_RULES: CallLogRules = callLogRulesSchema.parse({});

/** Rules from stored JSON text or a parsed object; anything unreadable gives the defaults. */
export function parseCallLogRules(stored: unknown): CallLogRules {
  let data: unknown = stored;
  if (typeof stored === "string") {
    try {
      data = JSON.parse(stored);
    } catch {
      data = {};
    }
  }
  const known = typeof data === "object" && data !== null && !Array.isArray(data) ? data : {};
  // Unknown keys (a later version's, or hostile ones) are dropped before the strict schema sees them.
  const fields = Object.fromEntries(Object.keys(callLogRulesSchema.shape).map((key) => [key, (known as Record<string, unknown>)[key]]));
  return callLogRulesSchema.parse(fields);
}

/** How an answered value is compared: width, case and surrounding spaces ignored. */
export function answerKey(value: string): string {
  return value.normalize("NFKC").trim().toLowerCase();
}
