/**
 * Forward migrations of saved policies, so that a workbook or file written by an older TeleScore
 * opens in this one. Each step lifts the data by one schemaVersion; `migrate` chains them up to
 * CURRENT_SCHEMA_VERSION. Pure: it never modifies its input and never validates (the caller runs
 * validatePolicy on what comes out, which also reports a version newer than this TeleScore's).
 */
import { Decimal } from "decimal.js";
import { CURRENT_SCHEMA_VERSION } from "./policy";

export interface MigrationResult {
  data: unknown;
  /** The schemaVersion the data had; null when it has no whole-number schemaVersion to go by. */
  from: number | null;
  /** The schemaVersion it has now: CURRENT_SCHEMA_VERSION after a migration, else `from`. */
  to: number | null;
}

type Data = Record<string, unknown>;

/** `steps[v]` lifts version v to v + 1. */
const steps: ((data: Data) => Data)[] = [fromWeightsSheet];

/** Lifts older data to the current schema; anything else (current, newer, unversioned, negative) is returned as it is. */
export function migrate(data: unknown): MigrationResult {
  const version = isRecord(data) ? data.schemaVersion : undefined;
  if (typeof version !== "number" || !Number.isInteger(version)) return { data, from: null, to: null };
  // Below 0 is no version TeleScore ever wrote; validation reports it.
  if (version < 0 || version >= CURRENT_SCHEMA_VERSION) return { data, from: version, to: version };
  let lifted = data as Data;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = steps[v];
    // A programming error, not bad data: a schema bump must come with its migration.
    if (!step) throw new Error(`TeleScore has no migration from policy schema version ${v} to ${v + 1}.`);
    lifted = step(lifted);
  }
  return { data: lifted, from: version, to: CURRENT_SCHEMA_VERSION };
}

/**
 * Version 0 is the pre-release export of the hand-kept "weights" sheet. Its percent-formatted cells
 * held weights as fractions of 1 (dimensions 0.3 / 0.5 / 0.2, metrics likewise), and it had no
 * csatMethod because the sheet always counted top-2 boxes. Version 1 counts weights out of 100.
 * Values of the wrong kind are passed through untouched, for validation to report.
 */
function fromWeightsSheet(v0: Data): Data {
  const toPercent = <T>(item: T): T => (isRecord(item) ? ({ ...item, weight: percent(item.weight) } as T) : item);
  const dimensions = Array.isArray(v0.dimensions)
    ? v0.dimensions.map((d) => (isRecord(d) && Array.isArray(d.metrics) ? { ...toPercent(d), metrics: d.metrics.map(toPercent) } : toPercent(d)))
    : v0.dimensions;
  return { ...v0, schemaVersion: 1, dimensions, csatMethod: "csatMethod" in v0 ? v0.csatMethod : "top2" };
}

/** 0.3 -> 30 exactly, in decimal: in binary floating point 0.07 x 100 is 7.000000000000001. */
function percent(weight: unknown): unknown {
  return typeof weight === "number" && Number.isFinite(weight) ? new Decimal(weight).times(100).toNumber() : weight;
}

function isRecord(x: unknown): x is Data {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
