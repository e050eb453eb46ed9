/**
 * A policy as text: the file a person keeps or mails, and what the workbook stores. Reading
 * migrates an older schema, then validates; writing puts keys in a fixed order, so the same
 * policy always gives the same text (docs/policy.md, "Files"). Pure: no Office, no storage.
 */
import type { Policy } from "./policy";
import { migrate } from "./policyMigrations";
import { parseJsonText, validatePolicy, type PolicyResult } from "./policySchema";

/** A policy read, with the schemaVersion it had (null: none to go by); or every problem found. */
export type ReadPolicy = { ok: true; policy: Policy; from: number | null } | { ok: false; errors: string[] };

/** JSON text (a leading byte-order mark allowed) -> migrated -> validated. */
export function readPolicyText(text: string): ReadPolicy {
  const parsed = parseJsonText(text);
  return parsed.ok ? readPolicyData(parsed.data) : parsed;
}

/** Parsed data -> migrated -> validated. */
export function readPolicyData(data: unknown): ReadPolicy {
  const { data: lifted, from } = migrate(data);
  const result = validatePolicy(lifted);
  return result.ok ? { ...result, from } : result;
}

/** Reads a policy file's text; changes nothing. */
export function importPolicyJson(text: string): PolicyResult {
  const read = readPolicyText(text);
  return read.ok ? { ok: true, policy: read.policy } : read;
}

/** The policy as a file a person can keep in version control or mail: pretty, keys in a fixed order. */
export function exportPolicyJson(policy: Policy): string {
  return `${JSON.stringify(inReadingOrder(policy), null, 2)}\n`;
}

/** The order a person reads a policy in; keys not listed (metric keys in baselines, grades) follow alphabetically. */
const KEY_ORDER = [
  "schemaVersion", "name", "revision", "key", "position", "grade", "label", "en", "zh", "weight", "direction", "floor", "cap",
  "scoring", "unit", "target", "min", "metrics", "values", "seasonal", "dimensions", "baselines", "bands", "lowestGrade",
  "minPresence", "quarterQualityWeight", "ratingScale", "csatMethod", "targetDistribution",
];
const rank = new Map(KEY_ORDER.map((k, i) => [k, i]));

/** A copy with object keys in a fixed order, so the same policy always gives the same text. */
export function inReadingOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inReadingOrder);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (rank.get(a) ?? KEY_ORDER.length) - (rank.get(b) ?? KEY_ORDER.length) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, inReadingOrder(v)]));
}
