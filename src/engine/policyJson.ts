/**
 * A policy as text: the file a person keeps or mails, and what the workbook stores. Reading
 * migrates an older schema, then validates; writing puts keys in a fixed order, so the same
 * policy always gives the same text (docs/policy.md, "Files"). Pure: no Office, no storage.
 */
import type { Policy } from "./policy";
import { migrate } from "./policyMigrations";
import { MAX_POLICY_CHARS, parseJsonText, validatePolicy, type PolicyResult } from "./policySchema";

/** A policy read, with the schemaVersion it had (null: none to go by); or every problem found. */
export type ReadPolicy = { ok: true; policy: Policy; from: number | null } | Extract<PolicyResult, { ok: false }>;

/**
 * JSON text (a leading byte-order mark allowed) -> migrated -> validated. A key named twice is
 * refused: JSON.parse would silently keep the last.
 */
export function readPolicyText(text: string): ReadPolicy {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  const twice = duplicateKeys(text);
  if (twice.length > 0) {
    return { ok: false, duplicateKeys: twice, errors: twice.map((path) => `${path}: this key appears more than once; keep one (JSON would silently use the last).`) };
  }
  return readPolicyData(parsed.data);
}

/**
 * The paths ("dimensions[0].weight") of object keys that valid JSON `text` names twice in the same
 * object. A scan of its strings and punctuation: numbers and literals need no attention.
 */
function duplicateKeys(text: string): string[] {
  type Frame = { keys: Set<string> | null; path: string; key: string; index: number };
  const stack: Frame[] = [];
  const found: string[] = [];
  let expectKey = false;
  const childPath = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return "";
    return top.keys ? `${top.path}${top.path ? "." : ""}${top.key}` : `${top.path}[${top.index}]`;
  };
  for (const [token] of text.matchAll(/"(?:[^"\\]|\\.)*"|[{}[\],:]/g)) {
    const top = stack[stack.length - 1];
    if (token === "{" || token === "[") {
      stack.push({ keys: token === "{" ? new Set() : null, path: childPath(), key: "", index: 0 });
      expectKey = token === "{";
    } else if (token === "}" || token === "]") {
      stack.pop();
    } else if (token === ",") {
      if (top.keys) expectKey = true;
      else top.index++;
    } else if (token === ":") {
      expectKey = false;
    } else if (expectKey && top.keys) {
      top.key = JSON.parse(token) as string;
      if (top.keys.has(top.key)) found.push(childPath());
      top.keys.add(top.key);
      expectKey = false;
    }
  }
  return found;
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

/**
 * The policy as a file a person can keep in version control or mail: pretty, keys in a fixed order.
 * Indenting a policy with many baselines can triple its size; a file that would then pass the
 * import limit is written on one line instead, so every export imports again.
 */
export function exportPolicyJson(policy: Policy): string {
  const pretty = `${JSON.stringify(inReadingOrder(policy), null, 2)}\n`;
  return pretty.length <= MAX_POLICY_CHARS ? pretty : `${JSON.stringify(inReadingOrder(policy))}\n`;
}

/** The order a person reads a policy in; keys not listed (metric keys in baselines, grades) follow alphabetically. */
const KEY_ORDER = [
  "schemaVersion", "name", "revision", "key", "position", "grade", "label", "en", "zh", "zh-Hant", "weight", "direction", "floor", "cap",
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
