/**
 * The policy's home: the workbook's add-in settings (Excel workbook settings, ExcelApi 1.4). They
 * are saved inside the .xlsx, so a mailed workbook carries its policy, and each workbook has its
 * own, so two open side by side keep theirs. Three settings, each holding JSON text:
 *   telescore.policy          the current policy;
 *   telescore.policy.history  every saved version, oldest first (StoredVersion[]);
 *   telescore.policy.rejected what a save had to overwrite while it was unreadable, kept verbatim.
 * A load never writes: a corrupt or newer policy stays in the workbook exactly as it is, and when
 * a save must overwrite it, the text moves to telescore.policy.rejected first.
 * Every operation is one Excel.run with one context.sync() per phase (read, write, recalculate).
 * Sizes: a stored policy is at most MAX_POLICY_CHARS, the limit every load and import applies, so
 * whatever a save accepts loads and exports (and imports) again; docs/policy.md.
 */
import { CURRENT_SCHEMA_VERSION, defaultPolicy, type Policy } from "../../../engine/policy";
import { inReadingOrder, readPolicyData, readPolicyText } from "../../../engine/policyJson";
import { MAX_POLICY_CHARS, validatePolicy } from "../../../engine/policySchema";
import { getPolicy, setPolicy } from "../../../engine/policyStore";
import type { LoadState, PolicyVersion } from "../policyRepository";
import { newestWithin } from "../../shared/excel/newestWithin";

export const POLICY_KEY = "telescore.policy";
export const HISTORY_KEY = "telescore.policy.history";
export const REJECTED_KEY = "telescore.policy.rejected";

/**
 * The history keeps its newest versions within this many characters (about 80 saves of the default
 * policy, 2.4 KB each). Microsoft states 2 MB for all of an add-in's settings (office-js issue #621), users
 * report failures from about 1 MB on Excel for Windows (#3957), and Excel on the web caps a
 * request at 5 MB; this stays well below all three.
 */
export const HISTORY_LIMIT = 200_000;

/**
 * A load's outcome: the load state (default: nothing stored yet; migrated: stored by an older
 * TeleScore and lifted, saving stores the lift; rejected: `problem` says why and what is used
 * instead, `rejectedJson` is the stored text as it is), and the policy the functions should use:
 * the stored one, or while that is unusable the last valid one.
 */
export interface LoadResult extends LoadState {
  status: "default" | "loaded" | "migrated" | "rejected";
  policy: Policy;
  /** What earlier saves had to overwrite because it was unreadable, newest last. */
  kept: RejectedEntry[];
}

/** A history version as stored; listHistory() gives it as a PolicyVersion, its policy validated. */
export interface StoredVersion extends Omit<PolicyVersion, "policy" | "problem"> {
  policy: unknown;
}

export interface RejectedEntry {
  /** The setting the text was in. */
  key: string;
  json: string;
  reason: string;
  rejectedAt: string;
}

export interface SaveMeta {
  note: string;
  user: string | null;
}

/** A policy that savePolicy refused; `errors` are validatePolicy's messages. */
export class PolicyValidationError extends Error {
  constructor(readonly errors: string[]) {
    super(`The policy was not saved: ${errors.join(" ")}`);
    this.name = "PolicyValidationError";
  }
}

/** Reads the stored policy; nothing in the workbook changes. */
export async function loadPolicy(): Promise<LoadResult> {
  const stored = await Excel.run(readSettings);
  return interpret(stored, getPolicy());
}

/**
 * Validates `policy` again (an invalid policy is never stored), stores it as the next revision with
 * a history version, puts it in the in-memory store, then asks Excel to recalculate the whole
 * workbook so that every TELE formula uses it; resolves once Excel has taken that request. The
 * cells' new values arrive after that (custom functions recalculate asynchronously), so callers
 * say the policy is saved and being recalculated, never that cells show it (docs/workbench.md).
 */
export async function savePolicy(policy: Policy, meta: SaveMeta): Promise<Policy> {
  const checked = validatePolicy(policy);
  if (!checked.ok) throw new PolicyValidationError(checked.errors);
  return commit(() => checked.policy, meta);
}

/** Saves history version `revision` again as a new revision, noted "Restored revision N". */
export async function restoreVersion(revision: number, meta: { user: string | null; note?: string }): Promise<Policy> {
  const note = `Restored revision ${revision}${meta.note ? `: ${meta.note}` : ""}`;
  return commit((stored) => {
    const version = readHistory(stored.history).versions.find((v) => v.revision === revision);
    if (!version) throw new Error(`Revision ${revision} is not in this workbook's policy history.`);
    const entry = toPolicyVersion(version);
    if (!entry.policy) throw new Error(`Revision ${revision} cannot be restored: ${entry.problem}`);
    return entry.policy;
  }, { note, user: meta.user });
}

/** The saved versions, newest first. */
export async function listHistory(): Promise<PolicyVersion[]> {
  const stored = await Excel.run(readSettings);
  const history = readHistory(stored.history);
  if (history.problem) throw new Error(`The policy history stored in this workbook cannot be read: ${history.problem}`);
  return history.versions.map(toPolicyVersion).reverse();
}

/** Recalculates every formula in the workbook (for a policy that changed outside savePolicy). */
export async function recalculateWorkbook(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}

/**
 * Calls `onChange` whenever this add-in's settings in the workbook change (a co-author's save,
 * another instance of the pane); the promise `onChange` returns is handed back to Excel.
 */
export async function watchStoredPolicy(onChange: () => Promise<void>): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.onSettingsChanged.add(() => onChange());
    await context.sync();
  });
}

// ---- reading -------------------------------------------------------------------------------

/** The three settings' values as stored; undefined where a setting does not exist. */
interface Stored {
  policy: unknown;
  history: unknown;
  rejected: unknown;
}

async function readSettings(context: Excel.RequestContext): Promise<Stored> {
  const items = [POLICY_KEY, HISTORY_KEY, REJECTED_KEY].map((key) => {
    const item = context.workbook.settings.getItemOrNullObject(key);
    item.load("value");
    return item;
  });
  await context.sync();
  const [policy, history, rejected] = items.map((item) => (item.isNullObject ? undefined : (item.value as unknown)));
  return { policy, history, rejected };
}

/** TeleScore stores text; anything else (a future version's object) is judged by its JSON. */
function asText(value: unknown): string {
  return typeof value === "string" ? value : String(JSON.stringify(value));
}

function interpret(stored: Stored, inMemory: Policy | undefined): LoadResult {
  const kept = readRejected(stored.rejected).entries;
  if (stored.policy === undefined) return { status: "default", policy: defaultPolicy(), kept };
  const text = asText(stored.policy);
  const read = readPolicyText(text);
  if (read.ok) {
    const { policy, from } = read;
    return from !== null && from < CURRENT_SCHEMA_VERSION ? { status: "migrated", policy, migratedFrom: from, kept } : { status: "loaded", policy, kept };
  }
  const fallback = lastValid(stored, inMemory);
  return {
    status: "rejected",
    policy: fallback.policy,
    problem: `The policy stored in this workbook cannot be used: ${read.errors.join(" ")} TeleScore formulas use ${fallback.description} until a valid policy is saved; the stored text is kept unchanged.`,
    rejectedJson: text,
    kept,
  };
}

/** The policy this session already uses; else the newest valid history version (the last one saved); else the default. */
function lastValid(stored: Stored, inMemory: Policy | undefined): { policy: Policy; description: string } {
  if (inMemory) return { policy: inMemory, description: `the policy in use so far (revision ${inMemory.revision})` };
  const newest = readHistory(stored.history).versions.map(toPolicyVersion).reverse().find((v) => v.policy !== null);
  if (newest?.policy) return { policy: newest.policy, description: `revision ${newest.revision} from the history (saved ${newest.savedAt})` };
  return { policy: defaultPolicy(), description: "the default policy" };
}

/** The history's versions; unreadable history gives none, with the reason. */
function readHistory(value: unknown): { versions: StoredVersion[]; problem?: string } {
  if (value === undefined) return { versions: [] };
  const parsed = parseJson(asText(value));
  if (!Array.isArray(parsed) || !parsed.every(isVersion)) return { versions: [], problem: "it is not a list of saved versions." };
  return { versions: parsed };
}

function isVersion(x: unknown): x is StoredVersion {
  if (typeof x !== "object" || x === null) return false;
  const v = x as Record<string, unknown>;
  return Number.isInteger(v.revision) && typeof v.savedAt === "string" && typeof v.note === "string" && (typeof v.user === "string" || v.user === null) && "policy" in v;
}

function toPolicyVersion(version: StoredVersion): PolicyVersion {
  const read = readPolicyData(version.policy);
  const { revision, savedAt, note, user } = version;
  return read.ok ? { revision, savedAt, note, user, policy: read.policy } : { revision, savedAt, note, user, policy: null, problem: read.errors.join(" ") };
}

function readRejected(value: unknown): { entries: RejectedEntry[]; readable: boolean } {
  if (value === undefined) return { entries: [], readable: true };
  const parsed = parseJson(asText(value));
  const readable = Array.isArray(parsed) && parsed.every(isRejectedEntry);
  return { entries: readable ? parsed : [], readable };
}

function isRejectedEntry(x: unknown): x is RejectedEntry {
  if (typeof x !== "object" || x === null) return false;
  const e = x as Record<string, unknown>;
  return typeof e.key === "string" && typeof e.json === "string" && typeof e.reason === "string" && typeof e.rejectedAt === "string";
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// ---- writing -------------------------------------------------------------------------------

/**
 * The save flow shared by save and restore. Phase 1 reads the three settings; `choose` picks the
 * policy from them. Phase 2 writes the policy, its history version and (when something unreadable
 * is about to be overwritten) the rejected text. Phase 3, after the in-memory store holds the new
 * policy, asks for a full recalculation: requested only after the store changed, so every TELE
 * formula Excel then recalculates reads the new policy (the results arrive after this sync).
 */
async function commit(choose: (stored: Stored) => Policy, meta: SaveMeta): Promise<Policy> {
  return oneAtATime(() => writeNext(choose, meta));
}

/**
 * Saves from this pane run one after another. Excel has no transactions: two saves overlapping
 * would both read revision 2 and both write revision 3, the second erasing the first's history
 * version. (A co-author's pane is another runtime, which this cannot order.)
 */
let saving: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const next = saving.then(work, work);
  saving = next.catch(() => undefined);
  return next;
}

async function writeNext(choose: (stored: Stored) => Policy, meta: SaveMeta): Promise<Policy> {
  return Excel.run(async (context) => {
    const stored = await readSettings(context);
    const chosen = choose(stored);
    const now = new Date().toISOString();
    const history = readHistory(stored.history);
    const current = stored.policy === undefined ? undefined : readPolicyText(asText(stored.policy));
    const revision = Math.max(chosen.revision, current?.ok ? current.policy.revision : 0, ...history.versions.map((v) => v.revision)) + 1;
    const saved: Policy = { ...chosen, schemaVersion: CURRENT_SCHEMA_VERSION, revision };
    const text = JSON.stringify(inReadingOrder(saved));
    if (text.length > MAX_POLICY_CHARS) {
      throw new PolicyValidationError([`The policy is too large to keep in the workbook (${text.length.toLocaleString("en-US")} characters; at most ${MAX_POLICY_CHARS.toLocaleString("en-US")}). Remove positions, metrics or long texts.`]);
    }

    const rejected: RejectedEntry[] = [];
    if (current && !current.ok) rejected.push({ key: POLICY_KEY, json: asText(stored.policy), reason: current.errors.join(" "), rejectedAt: now });
    if (history.problem) rejected.push({ key: HISTORY_KEY, json: asText(stored.history), reason: history.problem, rejectedAt: now });
    const settings = context.workbook.settings;
    if (rejected.length > 0) settings.add(REJECTED_KEY, JSON.stringify(keepRejected(stored.rejected, rejected, now)));
    const version: StoredVersion = { revision, savedAt: now, note: meta.note, user: meta.user, policy: inReadingOrder(saved) };
    settings.add(HISTORY_KEY, JSON.stringify(newestWithin([...history.versions, version], HISTORY_LIMIT)));
    settings.add(POLICY_KEY, text);
    await context.sync();

    setPolicy(saved);
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
    return saved;
  });
}

/** One entry per setting, the newest; an unreadable rejected list is itself kept as an entry. */
function keepRejected(storedValue: unknown, added: RejectedEntry[], now: string): RejectedEntry[] {
  const before = readRejected(storedValue);
  const previous = before.readable ? before.entries : [{ key: REJECTED_KEY, json: asText(storedValue), reason: "it is not a list of kept texts.", rejectedAt: now }];
  return [...previous.filter((e) => !added.some((a) => a.key === e.key)), ...added];
}
