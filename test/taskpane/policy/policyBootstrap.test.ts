import { defaultPolicy } from "../../../src/engine/policy";
import { getPolicy, resetPolicyStoreForTests, setPolicy, whenPolicyReady } from "../../../src/engine/policyStore";
import { weightOf } from "../../../src/engine/total";
import { HISTORY_KEY, POLICY_KEY } from "../../../src/taskpane/policy/excel/policyStorage";
import { installExcelHost, uninstallExcel } from "../../support/settingsHost";
import { defaultPolicyBeforeLabels, seedPolicyV0 } from "../../support/policyV0";
import { salesAt } from "../../support/reweighted";

type Bootstrap = typeof import("../../../src/taskpane/policy/policyBootstrap");

/** A fresh copy of the module: its load state starts at "loading" in every test. */
function freshBootstrap(): Bootstrap {
  let mod: Bootstrap | undefined;
  jest.isolateModules(() => {
    mod = require("../../../src/taskpane/policy/policyBootstrap") as Bootstrap;
  });
  return mod!;
}

beforeEach(() => resetPolicyStoreForTests());
afterEach(() => uninstallExcel());

describe("bootstrapPolicy outside Excel", () => {
  it("uses the default policy", async () => {
    const { bootstrapPolicy, getPolicyLoadState } = freshBootstrap();
    expect(getPolicyLoadState()).toEqual({ status: "loading" });
    expect(await bootstrapPolicy()).toEqual({ status: "default" });
    expect(getPolicy()).toEqual(defaultPolicy());
  });

  it("keeps a policy something else already put in the store", async () => {
    const inUse = salesAt(45, 25);
    setPolicy(inUse);
    await freshBootstrap().bootstrapPolicy();
    expect(getPolicy()).toBe(inUse);
  });
});

describe("bootstrapPolicy in Excel", () => {
  it("puts the workbook's policy in the store, for the functions waiting on it", async () => {
    installExcelHost({ [POLICY_KEY]: JSON.stringify(salesAt(45, 25)) });
    const { bootstrapPolicy, getPolicyLoadState, subscribePolicyLoadState } = freshBootstrap();
    const waiting = whenPolicyReady();
    let notified = 0;
    subscribePolicyLoadState(() => notified++);
    await bootstrapPolicy();
    expect(weightOf(await waiting, "sales")).toBe(0.45); // 45 / 100
    expect(getPolicyLoadState().status).toBe("loaded");
    expect(notified).toBe(1);
  });

  it("replaces a default that was set before it ran", async () => {
    installExcelHost({ [POLICY_KEY]: JSON.stringify(salesAt(45, 25)) });
    setPolicy(defaultPolicy());
    await freshBootstrap().bootstrapPolicy();
    expect(weightOf(getPolicy()!, "sales")).toBe(0.45);
  });

  it("reports an unusable stored policy to the pane, with its text, and uses the default", async () => {
    installExcelHost({ [POLICY_KEY]: "{oops" });
    const { bootstrapPolicy, getPolicyLoadState } = freshBootstrap();
    await bootstrapPolicy();
    const state = getPolicyLoadState();
    expect(state.status).toBe("rejected");
    expect(state.rejectedJson).toBe("{oops");
    expect(state.problem).toMatch(/^The policy stored in this workbook cannot be used: The policy file is not valid JSON/);
    expect(getPolicy()).toEqual(defaultPolicy());
  });

  it("tells the pane when the stored policy came from an older TeleScore and was migrated", async () => {
    installExcelHost({ [POLICY_KEY]: JSON.stringify(seedPolicyV0()) });
    expect(await freshBootstrap().bootstrapPolicy()).toEqual({ status: "migrated", migratedFrom: 0 });
    expect(getPolicy()).toEqual(defaultPolicyBeforeLabels()); // 0.3 / 0.5 / 0.2 -> 30 / 50 / 20
  });

  it("loads a policy a co-author saved, and recalculates the workbook with it in the store", async () => {
    const h = installExcelHost({ [POLICY_KEY]: JSON.stringify(defaultPolicy()) });
    await freshBootstrap().bootstrapPolicy();
    const salesAtCalculation: number[] = [];
    h.onCalculate = () => salesAtCalculation.push(weightOf(getPolicy()!, "sales"));
    await h.changeFromOutside(POLICY_KEY, JSON.stringify(salesAt(40, 30)));
    expect(salesAtCalculation).toEqual([0.4]); // 40 / 100, already in the store when Excel recalculated
  });

  it("does not recalculate when the stored policy is the one in use (e.g. only the history changed)", async () => {
    const h = installExcelHost({ [POLICY_KEY]: JSON.stringify(defaultPolicy()) });
    await freshBootstrap().bootstrapPolicy();
    await h.changeFromOutside(HISTORY_KEY, "[]");
    expect(h.log).not.toContain("calculate Full");
  });

  it("keeps the policy in use when a co-author's change is unreadable, and tells the pane", async () => {
    const h = installExcelHost({ [POLICY_KEY]: JSON.stringify(salesAt(45, 25)) });
    const { bootstrapPolicy, getPolicyLoadState } = freshBootstrap();
    await bootstrapPolicy();
    await h.changeFromOutside(POLICY_KEY, "{");
    expect(getPolicyLoadState()).toMatchObject({ status: "rejected", rejectedJson: "{" });
    expect(weightOf(getPolicy()!, "sales")).toBe(0.45);
    expect(h.log).not.toContain("calculate Full");
  });

  it("uses the default policy when the workbook's settings cannot be read", async () => {
    (globalThis as { Excel?: unknown }).Excel = { run: () => Promise.reject(new Error("ApiNotFound")) };
    const { bootstrapPolicy } = freshBootstrap();
    const state = await bootstrapPolicy();
    expect(state).toEqual({
      status: "unavailable",
      problem: "TeleScore could not read the policy stored in this workbook (ApiNotFound); formulas use the default policy.",
    });
    expect(getPolicy()).toEqual(defaultPolicy());
  });

  it("keeps the loaded policy when it cannot watch for changes, and says what that means", async () => {
    installExcelHost({ [POLICY_KEY]: JSON.stringify(salesAt(45, 25)) });
    const excel = (globalThis as unknown as { Excel: { run: (batch: unknown) => Promise<unknown> } }).Excel;
    const run = excel.run;
    let runs = 0;
    excel.run = (batch) => (++runs === 2 ? Promise.reject(new Error("GeneralException")) : run(batch)); // the 2nd run registers the event
    const state = await freshBootstrap().bootstrapPolicy();
    expect(state.status).toBe("loaded");
    expect(state.problem).toBe("TeleScore will not notice policy changes made elsewhere (a co-author) until the workbook is reopened (GeneralException).");
    expect(weightOf(getPolicy()!, "sales")).toBe(0.45);
  });
});
