/**
 * The user's header mapping, remembered in the workbook (docs/review.md, "The rep-period table").
 * Each source has its own workbook setting, `telescore.mapping.<kind>.<source key>`
 * (source key: "table:RepData" or "sheet:Data", from sourceTable), holding JSON text of the user's
 * choices keyed by normalised header text (headerMapping's overridesToSaved): a choice still applies
 * after the columns are moved or a header is retyped in full-width. Only the user's own choices are
 * kept; the automatic guesses are made again from the headers each time.
 */
import { CALL_LOG_FIELDS, mapCallLogHeaders, type CallLogField } from "../../../engine/review/callLog";
import { TELE_FIELDS, type FieldKey } from "../../../engine/review/fields";
import { mapHeaders, normalizeHeader, overridesFromSaved, overridesToSaved, type HeaderMapping } from "../../../engine/review/headerMapping";
import { parseCallLogRules, type CallLogRules } from "../../../engine/review/callLogRules";
import type { ChunkOptions } from "../../shared/excel/chunkedSync";
import { newestWithin } from "../../shared/excel/newestWithin";
import { queueSource, type SourceBlock, type SourceRef } from "./sourceTable";
import { z } from "zod";

/** Which field list the mapping is for: a rep-period table's or a call log's. */
export type MappingKind = "repPeriod" | "callLog";
export type FieldOf<M extends MappingKind> = M extends "repPeriod" ? FieldKey : CallLogField;

/** Normalised header text -> the field the user chose, or null for "not used". */
export type SavedChoices<K extends string> = Record<string, K | null>;

const KNOWN: Record<MappingKind, ReadonlySet<string>> = {
  repPeriod: new Set(TELE_FIELDS.map((f) => f.key)),
  callLog: new Set(CALL_LOG_FIELDS.map((f) => f.key)),
};

/** A source's remembered choices keep the newest within this many characters; the current headers' always stay. */
export const CHOICES_LIMIT = 20_000;

export function mappingSettingKey(kind: MappingKind, sourceKey: string): string {
  return `telescore.mapping.${kind}.${sourceKey}`;
}

/** The stored choices, keeping only entries that name a field of this kind (or null); anything unreadable gives none. */
export function parseChoices<M extends MappingKind>(kind: M, stored: unknown): SavedChoices<FieldOf<M>> {
  let data: unknown = stored;
  if (typeof stored === "string") {
    try {
      data = JSON.parse(stored);
    } catch {
      return {};
    }
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return {};
  const choices: SavedChoices<FieldOf<M>> = {};
  for (const [header, field] of Object.entries(data)) {
    if (field === null || (typeof field === "string" && KNOWN[kind].has(field))) choices[header] = field as FieldOf<M> | null;
  }
  return choices;
}

/** Queues the read of a source's saved choices; `get()` gives them after the caller's sync. */
export function queueChoices<M extends MappingKind>(context: Excel.RequestContext, kind: M, sourceKey: string): { get(): SavedChoices<FieldOf<M>> } {
  const item = context.workbook.settings.getItemOrNullObject(mappingSettingKey(kind, sourceKey)).load("value");
  return { get: () => (item.isNullObject ? {} : parseChoices(kind, item.value)) };
}

/** The saved choices of a source (one sync). */
export function loadChoices<M extends MappingKind>(kind: M, sourceKey: string): Promise<SavedChoices<FieldOf<M>>> {
  return Excel.run(async (context) => {
    const pending = queueChoices(context, kind, sourceKey);
    await context.sync();
    return pending.get();
  });
}

/**
 * A call log's reading rules (pseudo-agents, duplicates, date form and years, answered words, talk
 * unit) are remembered per source too, in `telescore.callLogRules.<source key>`, as JSON text read
 * back through the engine's schema (parseCallLogRules): a source without any gets the defaults.
 */
export function callLogRulesKey(sourceKey: string): string {
  return `telescore.callLogRules.${sourceKey}`;
}

/** Queues the read of a source's call-log rules; `get()` gives them after the caller's sync. */
export function queueCallLogRules(context: Excel.RequestContext, sourceKey: string): { get(): CallLogRules } {
  const item = context.workbook.settings.getItemOrNullObject(callLogRulesKey(sourceKey)).load("value");
  return { get: () => parseCallLogRules(item.isNullObject ? undefined : item.value) };
}

/** Stores a source's call-log rules (one sync). */
export function saveCallLogRules(sourceKey: string, rules: CallLogRules): Promise<void> {
  return Excel.run(async (context) => {
    context.workbook.settings.add(callLogRulesKey(sourceKey), JSON.stringify(rules));
    await context.sync();
  });
}

/** The saved choices as column overrides for these headers, ready for mapHeaders / mapCallLogHeaders. */
export function choicesToOverrides<K extends string>(headers: readonly string[], choices: SavedChoices<K>): Record<number, K | null> {
  return overridesFromSaved(headers, choices);
}

/**
 * Stores the user's overrides (column index -> field or null) for the current headers. Choices made
 * earlier for headers the table no longer has are kept, so a column that is missing for a month
 * keeps its choice; a current header without an override goes back to the automatic guess. The
 * oldest of those earlier choices go once the setting would pass CHOICES_LIMIT.
 * Two syncs: read, then write.
 */
export async function saveChoices<M extends MappingKind>(
  kind: M,
  sourceKey: string,
  headers: readonly string[],
  overrides: Readonly<Record<number, FieldOf<M> | null>>,
): Promise<SavedChoices<FieldOf<M>>> {
  return Excel.run(async (context) => {
    const before = queueChoices(context, kind, sourceKey);
    await context.sync();
    const current = new Set(headers.map((h) => normalizeHeader(h).text));
    const kept = Object.entries(before.get()).filter(([header]) => !current.has(header));
    const now = Object.entries(overridesToSaved(headers, overrides));
    const choices: SavedChoices<FieldOf<M>> = Object.fromEntries(newestWithin([...kept, ...now], CHOICES_LIMIT, now.length));
    context.workbook.settings.add(mappingSettingKey(kind, sourceKey), JSON.stringify(choices));
    await context.sync();
    return choices;
  });
}

export interface MappedSource<K extends string> {
  source: SourceBlock;
  /** The user's saved choices for this source. */
  choices: SavedChoices<K>;
  /** A call log's saved reading rules (the defaults when none are saved); null for a rep-period table. */
  rules: CallLogRules | null;
  /** What the pane shows: the automatic guess with the saved choices applied. */
  mapping: HeaderMapping<K>;
}

/**
 * Reads a source with its mapping, for the pane to show what was matched with what: one sync for
 * the source's shape, then its values in chunks, the saved choices (and a call log's rules) coming with the first.
 */
export function readMappedSource<M extends MappingKind>(ref: SourceRef, kind: M, options?: ChunkOptions): Promise<MappedSource<FieldOf<M>>> {
  return Excel.run(async (context) => {
    const pending = queueSource(context, ref);
    await context.sync();
    const saved = queueChoices(context, kind, pending.key());
    const rules = kind === "callLog" ? queueCallLogRules(context, pending.key()) : null;
    const source = await pending.read(options);
    const choices = saved.get();
    const overrides = choicesToOverrides(source.headers, choices);
    const mapping =
      kind === "repPeriod"
        ? mapHeaders(source.headers, overrides as Record<number, FieldKey | null>)
        : mapCallLogHeaders(source.headers, overrides as Record<number, CallLogField | null>);
    return { source, choices, rules: rules?.get() ?? null, mapping: mapping as HeaderMapping<FieldOf<M>> };
  });
}

/** What the user picked or typed in the source picker, for each kind of source (the others' fields are kept for switching back). */
export const sourceChoiceSchema = z.object({ kind: z.enum(["table", "selection", "range"]), table: z.string(), address: z.string() });
export type SourceChoice = z.infer<typeof sourceChoiceSchema>;

/** The Review tab's last choices, offered again when the pane opens: the source (whose mapping is saved with it) and "Generated by". */
export const lastReviewSchema = z.object({ source: sourceChoiceSchema, user: z.string() });
export type LastReview = z.infer<typeof lastReviewSchema>;

/** The workbook setting that holds the last review's choices, JSON text like the mapping's. */
export const LAST_REVIEW_KEY = "telescore.review.last";

/** The last review's choices, or null when none were saved or they cannot be read (one sync). */
export function loadLastReview(): Promise<LastReview | null> {
  return Excel.run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(LAST_REVIEW_KEY).load("value");
    await context.sync();
    if (item.isNullObject) return null;
    try {
      const read = lastReviewSchema.safeParse(typeof item.value === "string" ? JSON.parse(item.value) : item.value);
      return read.success ? read.data : null;
    } catch {
      return null;
    }
  });
}

/** Remembers the review's choices for the next time the pane opens on this workbook (one sync). */
export function saveLastReview(last: LastReview): Promise<void> {
  return Excel.run(async (context) => {
    context.workbook.settings.add(LAST_REVIEW_KEY, JSON.stringify(lastReviewSchema.parse(last)));
    await context.sync();
  });
}
