import { defaultPolicy, type Policy } from "../../../src/engine/policy";
import { getPolicy, resetPolicyStoreForTests, setPolicy, whenPolicyReady } from "../../../src/engine/policyStore";
import { weightOf } from "../../../src/engine/total";
import { MAX_POLICY_CHARS } from "../../../src/engine/policySchema";
import { exportPolicyJson, importPolicyJson } from "../../../src/engine/policyJson";
import {
  HISTORY_KEY,
  HISTORY_LIMIT,
  POLICY_KEY,
  PolicyValidationError,
  REJECTED_KEY,
  listHistory,
  loadPolicy,
  restoreVersion,
  savePolicy,
  type StoredVersion,
  type RejectedEntry,
} from "../../../src/taskpane/policy/excel/policyStorage";
import { installExcelHost, uninstallExcel, type ExcelHost } from "../../support/settingsHost";
import { defaultPolicyBeforeLabels, seedPolicyV0 } from "../../support/policyV0";
import { salesAt } from "../../support/reweighted";

const T1 = "2025-03-01T08:00:00.000Z";

/** The context.sync() calls `run` makes. */
async function syncsOf<T>(h: ExcelHost, run: () => Promise<T>): Promise<{ value: T; syncs: number }> {
  const before = h.syncCount();
  const value = await run();
  return { value, syncs: h.syncCount() - before };
}

const stored = <T>(h: ExcelHost, key: string): T => JSON.parse(h.settings.get(key) as string) as T;
const weights = (p: Policy) => p.dimensions.map((d) => d.weight);

beforeEach(() => {
  resetPolicyStoreForTests();
  // Only the clock matters (savedAt); the code under test sets no timers.
  jest.useFakeTimers({ now: new Date(T1) });
});
afterEach(() => {
  jest.useRealTimers();
  uninstallExcel();
});

describe("loadPolicy", () => {
  it("gives the default policy when the workbook has none, in one sync, writing nothing", async () => {
    const h = installExcelHost();
    const { value: result, syncs } = await syncsOf(h, loadPolicy);
    expect(result).toEqual({ status: "default", policy: defaultPolicy(), kept: [] });
    expect(syncs).toBe(1);
    expect(h.settings.size).toBe(0);
    expect(h.log).toEqual(["sync"]);
  });

  it("reads back what was saved (save -> reload round trip)", async () => {
    const h = installExcelHost();
    const saved = await savePolicy(salesAt(45, 25), { note: "Q2 weights", user: "Li Na" });
    resetPolicyStoreForTests(); // a fresh session opening the saved workbook
    const result = await loadPolicy();
    expect(result.status).toBe("loaded");
    expect(result.policy).toEqual(saved);
    expect(weights(result.policy)).toEqual([30, 45, 25]);
    expect(result.policy.revision).toBe(2); // the default's revision 1, plus one
    expect(typeof h.settings.get(POLICY_KEY)).toBe("string");
  });

  it("rejects corrupt JSON: says what is wrong, keeps the text, and uses the default on first load", async () => {
    const corrupt = '{"schemaVersion": 1, "name": "Q2", "dimensions": [';
    const h = installExcelHost({ [POLICY_KEY]: corrupt });
    const result = await loadPolicy();
    expect(result.status).toBe("rejected");
    expect(result.rejectedJson).toBe(corrupt);
    // The text is 50 characters long, so it ends before column 51, where a value was expected.
    expect(result.problem).toMatch(/^The policy stored in this workbook cannot be used: The policy file is not valid JSON: at line 1, column 51, expected a value/);
    expect(result.problem).toMatch(/TeleScore formulas use the default policy until a valid policy is saved/);
    expect(result.policy).toEqual(defaultPolicy());
    // The load wrote nothing: the corrupt text is still there, as it was.
    expect(h.log).toEqual(["sync"]);
    expect([...h.settings]).toEqual([[POLICY_KEY, corrupt]]);
  });

  it("keeps using the policy already in use when the stored one turns corrupt", async () => {
    installExcelHost({ [POLICY_KEY]: "not json" });
    const inUse = { ...salesAt(45, 25), revision: 7 };
    setPolicy(inUse);
    const result = await loadPolicy();
    expect(result.status).toBe("rejected");
    expect(result.policy).toBe(inUse);
    expect(result.problem).toMatch(/use the policy in use so far \(revision 7\)/);
  });

  it("falls back to the newest valid history version on first load: the last policy saved", async () => {
    const h = installExcelHost();
    await savePolicy(salesAt(45, 25), { note: "a", user: null }); // revision 2
    await savePolicy(salesAt(40, 30), { note: "b", user: null }); // revision 3
    h.settings.set(POLICY_KEY, "{");
    resetPolicyStoreForTests();
    const result = await loadPolicy();
    expect(result.status).toBe("rejected");
    expect(weights(result.policy)).toEqual([30, 40, 30]);
    expect(result.problem).toMatch(`use revision 3 from the history (saved ${T1})`);
  });

  it("rejects a policy saved by a newer TeleScore, and keeps it", async () => {
    const newer = JSON.stringify({ ...defaultPolicy(), schemaVersion: 2, newSetting: true });
    const h = installExcelHost({ [POLICY_KEY]: newer });
    const result = await loadPolicy();
    expect(result.status).toBe("rejected");
    expect(result.problem).toMatch(/This policy was saved by a newer TeleScore \(policy schema version 2; this TeleScore reads up to version 1\)/);
    expect(result.rejectedJson).toBe(newer);
    expect(result.policy).toEqual(defaultPolicy());
    expect(h.settings.get(POLICY_KEY)).toBe(newer);
  });

  it("rejects a valid-JSON policy that breaks the rules, naming the rule", async () => {
    installExcelHost({ [POLICY_KEY]: JSON.stringify(salesAt(45, 20)) });
    const result = await loadPolicy();
    expect(result.status).toBe("rejected");
    // 30 + 45 + 20 = 95, 5 short of 100.
    expect(result.problem).toMatch("Dimension weights add up to 95, 5 short of 100 (workload 30, sales 45, initiatives 20).");
  });

  it("judges a setting that is not text by its JSON", async () => {
    installExcelHost({ [POLICY_KEY]: 42 });
    const result = await loadPolicy();
    expect(result.status).toBe("rejected");
    expect(result.rejectedJson).toBe("42");
    expect(result.problem).toMatch("cannot be used: policy: must be an object (got 42)");
  });

  it("migrates a policy stored by the pre-release weights sheet (v0), without rewriting it", async () => {
    const v0 = JSON.stringify(seedPolicyV0());
    const h = installExcelHost({ [POLICY_KEY]: v0 });
    const result = await loadPolicy();
    expect(result.status).toBe("migrated");
    expect(result.migratedFrom).toBe(0);
    expect(result.policy).toEqual(defaultPolicyBeforeLabels()); // 0.3/0.5/0.2 -> 30/50/20, csatMethod top2
    expect(h.settings.get(POLICY_KEY)).toBe(v0);
  });

  it("reports what earlier saves kept of unreadable settings", async () => {
    const entry: RejectedEntry = { key: POLICY_KEY, json: "{", reason: "bad", rejectedAt: T1 };
    installExcelHost({ [REJECTED_KEY]: JSON.stringify([entry]) });
    expect((await loadPolicy()).kept).toEqual([entry]);
  });
});

describe("savePolicy", () => {
  it("writes, then puts the policy in the store, then recalculates the workbook, and only then resolves", async () => {
    const h = installExcelHost();
    const seenAtCalculation: { revision?: number; sales?: number }[] = [];
    h.onCalculate = () => {
      const p = getPolicy();
      seenAtCalculation.push({ revision: p?.revision, sales: p && weightOf(p, "sales") });
    };
    const { value: saved, syncs } = await syncsOf(h, () => savePolicy(salesAt(45, 25), { note: "", user: null }));
    expect(h.log).toEqual(["sync", `write ${HISTORY_KEY}`, `write ${POLICY_KEY}`, "sync", "calculate Full", "sync"]);
    expect(syncs).toBe(3); // read, write, recalculate
    // When Excel recalculated, the store already held revision 2 with sales at 45 / 100 = 0.45.
    expect(seenAtCalculation).toEqual([{ revision: 2, sales: 0.45 }]);
    expect(saved.revision).toBe(2);
  });

  it("lets a function reading the store see the new weights once save resolves", async () => {
    installExcelHost();
    setPolicy(defaultPolicy());
    await savePolicy(salesAt(40, 30), { note: "", user: null });
    expect(weightOf(getPolicy()!, "sales")).toBe(0.4); // 40 / 100
    expect(weightOf(await whenPolicyReady(), "initiatives")).toBe(0.3); // 30 / 100
  });

  it("keeps a history version per save: revision, time, note and user", async () => {
    const h = installExcelHost();
    await savePolicy(salesAt(45, 25), { note: "Q2 weights", user: "Li Na" });
    await savePolicy(salesAt(40, 30), { note: "", user: null });
    const history = stored<StoredVersion[]>(h, HISTORY_KEY);
    expect(history.map(({ revision, savedAt, note, user }) => ({ revision, savedAt, note, user }))).toEqual([
      { revision: 2, savedAt: T1, note: "Q2 weights", user: "Li Na" },
      { revision: 3, savedAt: T1, note: "", user: null },
    ]);
    expect(weights(history[0].policy as Policy)).toEqual([30, 45, 25]);
  });

  it("numbers a save after the highest revision the workbook has seen", async () => {
    const old: StoredVersion = { revision: 9, savedAt: T1, note: "", user: null, policy: { ...defaultPolicy(), revision: 9 } };
    const h = installExcelHost({ [HISTORY_KEY]: JSON.stringify([old]), [POLICY_KEY]: JSON.stringify({ ...defaultPolicy(), revision: 9 }) });
    const saved = await savePolicy(salesAt(45, 25), { note: "", user: null }); // the editor's copy says revision 1
    expect(saved.revision).toBe(10);
    expect(JSON.parse(h.settings.get(POLICY_KEY) as string).revision).toBe(10);
  });

  it("never stores an invalid policy", async () => {
    const h = installExcelHost({ [POLICY_KEY]: JSON.stringify(defaultPolicy()) });
    setPolicy(defaultPolicy());
    const before = [...h.settings];
    const attempt = savePolicy(salesAt(45, 20), { note: "", user: null });
    await expect(attempt).rejects.toThrow(PolicyValidationError);
    // 30 + 45 + 20 = 95.
    await expect(attempt).rejects.toMatchObject({ errors: ["Dimension weights add up to 95, 5 short of 100 (workload 30, sales 45, initiatives 20)."] });
    expect([...h.settings]).toEqual(before);
    expect(h.syncCount()).toBe(0);
    expect(weightOf(getPolicy()!, "sales")).toBe(0.5);
  });

  it("moves an unreadable stored policy to the rejected setting before overwriting it", async () => {
    const corrupt = '{"schemaVersion": 1,';
    const h = installExcelHost({ [POLICY_KEY]: corrupt });
    await savePolicy(salesAt(45, 25), { note: "", user: null });
    expect(h.log.slice(0, 4)).toEqual(["sync", `write ${REJECTED_KEY}`, `write ${HISTORY_KEY}`, `write ${POLICY_KEY}`]);
    const kept = stored<RejectedEntry[]>(h, REJECTED_KEY);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ key: POLICY_KEY, json: corrupt, rejectedAt: T1 });
    expect(kept[0].reason).toMatch(/^The policy file is not valid JSON/);
    // A later load still offers it.
    expect((await loadPolicy()).kept).toEqual(kept);
  });

  it("keeps an unreadable history and an unreadable rejected list too, rather than dropping them", async () => {
    const h = installExcelHost({ [HISTORY_KEY]: "[{", [REJECTED_KEY]: "oops" });
    await savePolicy(salesAt(45, 25), { note: "", user: null });
    const kept = stored<RejectedEntry[]>(h, REJECTED_KEY);
    expect(kept.map((e) => [e.key, e.json])).toEqual([
      [REJECTED_KEY, "oops"],
      [HISTORY_KEY, "[{"],
    ]);
    expect(stored<StoredVersion[]>(h, HISTORY_KEY).map((v) => v.revision)).toEqual([2]);
  });

  it("drops the oldest history versions to stay within the size limit, keeping the newest", async () => {
    const h = installExcelHost();
    const one = JSON.stringify({ revision: 0, savedAt: T1, note: "", user: null, policy: defaultPolicy() }).length;
    const saves = Math.ceil(HISTORY_LIMIT / one) + 2; // enough versions to pass the limit
    for (let i = 0; i < saves; i++) await savePolicy(i % 2 ? salesAt(45, 25) : salesAt(40, 30), { note: "", user: null });
    const text = h.settings.get(HISTORY_KEY) as string;
    const revisions = (JSON.parse(text) as StoredVersion[]).map((v) => v.revision);
    expect(text.length).toBeLessThanOrEqual(HISTORY_LIMIT);
    expect(revisions[revisions.length - 1]).toBe(saves + 1); // the newest: revision 1 + saves
    expect(revisions[0]).toBeGreaterThan(2); // the first saves were dropped
    expect(revisions).toEqual(revisions.map((_, i) => revisions[0] + i)); // what stays is contiguous
  });
});

describe("saves that meet, and sizes", () => {
  it("numbers two saves made at the same time one after the other, and keeps both versions", async () => {
    const h = installExcelHost();
    const [first, second] = await Promise.all([
      savePolicy(salesAt(45, 25), { note: "first", user: "Li Na" }),
      savePolicy(salesAt(40, 30), { note: "second", user: "Wang Fang" }),
    ]);
    expect([first.revision, second.revision]).toEqual([2, 3]);
    expect(stored<StoredVersion[]>(h, HISTORY_KEY).map((v) => [v.revision, v.note])).toEqual([[2, "first"], [3, "second"]]);
    expect(stored<Policy>(h, POLICY_KEY)).toEqual(second);
  });

  it("goes on after a refused save: the next save still runs", async () => {
    installExcelHost();
    const refused = savePolicy({ ...defaultPolicy(), name: "x".repeat(MAX_POLICY_CHARS) }, { note: "", user: null });
    const next = savePolicy(salesAt(45, 25), { note: "", user: null });
    await expect(refused).rejects.toBeInstanceOf(PolicyValidationError);
    expect((await next).revision).toBe(2);
  });

  it("stores a policy up to the size every load accepts, and loads it again; one character more is refused, writing nothing", async () => {
    // The stored text is the policy's JSON; an empty name contributes nothing but its quotes.
    const room = MAX_POLICY_CHARS - JSON.stringify({ ...defaultPolicy(), name: "", revision: 2 }).length;
    const h = installExcelHost();
    const largest = await savePolicy({ ...defaultPolicy(), name: "x".repeat(room) }, { note: "", user: null });
    expect((h.settings.get(POLICY_KEY) as string).length).toBe(MAX_POLICY_CHARS);
    resetPolicyStoreForTests();
    expect(await loadPolicy()).toMatchObject({ status: "loaded", policy: largest });

    const before = [...h.settings];
    const inUse = getPolicy();
    const tooLarge = savePolicy({ ...defaultPolicy(), name: "x".repeat(room + 1) }, { note: "", user: null });
    await expect(tooLarge).rejects.toThrow(`The policy is too large to keep in the workbook (${(MAX_POLICY_CHARS + 1).toLocaleString("en-US")} characters; at most ${MAX_POLICY_CHARS.toLocaleString("en-US")})`);
    expect([...h.settings]).toEqual(before);
    expect(getPolicy()).toBe(inUse);
  });
});

describe("history", () => {
  it("lists versions newest first, in one sync", async () => {
    const h = installExcelHost();
    await savePolicy(salesAt(45, 25), { note: "first", user: "Li Na" });
    await savePolicy(salesAt(40, 30), { note: "second", user: null });
    const { value: list, syncs } = await syncsOf(h, listHistory);
    expect(syncs).toBe(1);
    expect(list.map((v) => [v.revision, v.note, v.user])).toEqual([
      [3, "second", null],
      [2, "first", "Li Na"],
    ]);
    expect(weights(list[1].policy!)).toEqual([30, 45, 25]);
  });

  it("restores a version as a new save noted 'Restored revision N', and recalculates", async () => {
    const h = installExcelHost();
    await savePolicy(salesAt(45, 25), { note: "", user: null }); // revision 2
    await savePolicy(salesAt(40, 30), { note: "", user: null }); // revision 3
    h.log.length = 0;
    const { value: restored, syncs } = await syncsOf(h, () => restoreVersion(2, { user: "Wang Wei" }));
    expect(syncs).toBe(3);
    expect(h.log).toEqual(["sync", `write ${HISTORY_KEY}`, `write ${POLICY_KEY}`, "sync", "calculate Full", "sync"]);
    expect(restored.revision).toBe(4);
    expect(weights(restored)).toEqual([30, 45, 25]);
    expect(weightOf(getPolicy()!, "sales")).toBe(0.45);
    const newest = (await listHistory())[0];
    expect([newest.revision, newest.note, newest.user]).toEqual([4, "Restored revision 2", "Wang Wei"]);
  });

  it("adds the user's note to a restore's note", async () => {
    installExcelHost();
    await savePolicy(salesAt(45, 25), { note: "", user: null });
    await restoreVersion(2, { user: null, note: "back to Q2" });
    expect((await listHistory())[0].note).toBe("Restored revision 2: back to Q2");
  });

  it("refuses to restore a revision the history does not hold, writing nothing", async () => {
    const h = installExcelHost();
    await savePolicy(salesAt(45, 25), { note: "", user: null });
    const before = [...h.settings];
    await expect(restoreVersion(5, { user: null })).rejects.toThrow("Revision 5 is not in this workbook's policy history.");
    expect([...h.settings]).toEqual(before);
  });

  it("restores a version saved in an older schema by migrating it", async () => {
    const v0: StoredVersion = { revision: 1, savedAt: T1, note: "from the sheet", user: null, policy: seedPolicyV0() };
    const h = installExcelHost({ [HISTORY_KEY]: JSON.stringify([v0]) });
    const restored = await restoreVersion(1, { user: null });
    expect(restored).toEqual({ ...defaultPolicyBeforeLabels(), revision: 2 });
    expect(JSON.parse(h.settings.get(POLICY_KEY) as string).schemaVersion).toBe(1);
  });

  it("says which stored version cannot be used, and refuses to restore it", async () => {
    const broken: StoredVersion = { revision: 3, savedAt: T1, note: "", user: null, policy: salesAt(45, 20) };
    installExcelHost({ [HISTORY_KEY]: JSON.stringify([broken]) });
    const [entry] = await listHistory();
    expect(entry.policy).toBeNull();
    expect(entry.problem).toBe("Dimension weights add up to 95, 5 short of 100 (workload 30, sales 45, initiatives 20).");
    await expect(restoreVersion(3, { user: null })).rejects.toThrow(/^Revision 3 cannot be restored: Dimension weights add up to 95/);
  });

  it("reports an unreadable history instead of listing nothing", async () => {
    installExcelHost({ [HISTORY_KEY]: '{"revision": 1}' });
    await expect(listHistory()).rejects.toThrow("The policy history stored in this workbook cannot be read: it is not a list of saved versions.");
  });
});

describe("export of a saved policy", () => {
  it("exports a policy with many positions, too long once indented, on one line, so that it imports again", async () => {
    installExcelHost();
    const many = defaultPolicy();
    const { label: _label, ...template } = many.baselines[0]!;
    many.baselines = Array.from({ length: 1000 }, (_, i) => ({ ...template, position: `Position ${i + 1}` }));
    const saved = await savePolicy(many, { note: "", user: null });
    // The case this guards: indented, the file would be over the limit that import applies.
    expect(JSON.stringify(saved, null, 2).length).toBeGreaterThan(MAX_POLICY_CHARS);
    const file = exportPolicyJson(saved);
    expect(file.length).toBeLessThanOrEqual(MAX_POLICY_CHARS);
    expect(importPolicyJson(file)).toEqual({ ok: true, policy: saved });
  });
});
