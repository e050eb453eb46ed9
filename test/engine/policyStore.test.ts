import { defaultPolicy, type Policy } from "../../src/engine/policy";
import { ScoreError } from "../../src/engine/errors";
import { getPolicy, onPolicyChange, POLICY_WAIT_MS, policyWaitExpired, resetPolicyStoreForTests, setPolicy, whenPolicyReady } from "../../src/engine/policyStore";

const named = (name: string): Policy => ({ ...defaultPolicy(), name });

/** Settles after every pending microtask, so a promise still pending then has not been resolved. */
const settled = <T>(p: Promise<T>): Promise<T | "pending"> => Promise.race([p, new Promise<"pending">((r) => setTimeout(() => r("pending"), 0))]);

beforeEach(() => resetPolicyStoreForTests());

describe("policyStore", () => {
  it("holds no policy until one is set", () => {
    expect(getPolicy()).toBeUndefined();
    const p = named("first");
    setPolicy(p);
    expect(getPolicy()).toBe(p);
  });

  it("whenPolicyReady resolves at once when a policy is set", async () => {
    const p = named("set");
    setPolicy(p);
    await expect(settled(whenPolicyReady())).resolves.toBe(p);
  });

  it("whenPolicyReady waits for the first setPolicy, then resolves every waiter with it", async () => {
    const a = whenPolicyReady();
    const b = whenPolicyReady();
    expect(await settled(a)).toBe("pending");
    const first = named("first");
    setPolicy(first);
    setPolicy(named("second"));
    await expect(a).resolves.toBe(first);
    await expect(b).resolves.toBe(first);
  });

  it("notifies listeners on every set until they unsubscribe", () => {
    const seen: string[] = [];
    const stop = onPolicyChange((p) => seen.push(`a:${p.name}`));
    onPolicyChange((p) => seen.push(`b:${p.name}`));
    setPolicy(named("one"));
    stop();
    setPolicy(named("two"));
    expect(seen).toEqual(["a:one", "b:one", "b:two"]);
  });

  it("keeps two subscriptions of the same function apart", () => {
    const calls: string[] = [];
    const listener = (p: Policy) => calls.push(p.name);
    const stopFirst = onPolicyChange(listener);
    onPolicyChange(listener);
    setPolicy(named("x"));
    stopFirst();
    setPolicy(named("y"));
    expect(calls).toEqual(["x", "x", "y"]);
  });

  it("calls every listener even when one throws, then rethrows that error", () => {
    const seen: string[] = [];
    onPolicyChange(() => {
      throw new Error("listener broke");
    });
    onPolicyChange((p) => seen.push(p.name));
    const p = named("z");
    expect(() => setPolicy(p)).toThrow("listener broke");
    expect(seen).toEqual(["z"]);
    expect(getPolicy()).toBe(p);
  });

  it("is one store for every copy of the module (each webpack entry bundles its own)", () => {
    let other: typeof import("../../src/engine/policyStore") | undefined;
    jest.isolateModules(() => {
      other = require("../../src/engine/policyStore");
    });
    if (!other) throw new Error("module not loaded");
    const seen: string[] = [];
    other.onPolicyChange((p) => seen.push(p.name));
    const p = named("shared");
    setPolicy(p);
    expect(other.getPolicy()).toBe(p);
    expect(seen).toEqual(["shared"]);
  });

  it("reset forgets the policy and the listeners", () => {
    const seen: string[] = [];
    onPolicyChange((p) => seen.push(p.name));
    setPolicy(named("before"));
    resetPolicyStoreForTests();
    expect(getPolicy()).toBeUndefined();
    setPolicy(named("after"));
    expect(seen).toEqual(["before"]);
  });

  describe("when no policy ever comes (the start-up script did not run)", () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it("fails every waiter with an #N/A error that says what happened, after a bounded wait", async () => {
      const first = whenPolicyReady();
      jest.advanceTimersByTime(POLICY_WAIT_MS / 2);
      const second = whenPolicyReady();
      const outcomes = Promise.allSettled([first, second]);
      jest.advanceTimersByTime(POLICY_WAIT_MS / 2);
      const [a, b] = await outcomes;
      for (const outcome of [a, b]) {
        expect(outcome.status).toBe("rejected");
        const reason = (outcome as PromiseRejectedResult).reason as ScoreError;
        expect(reason).toBeInstanceOf(ScoreError);
        expect(reason.kind).toBe("na");
        expect(reason.message).toMatch(/weight policy was not loaded within 20 s: TeleScore's start-up script did not run/);
      }
      expect(policyWaitExpired()).toBe(true);
      // Later calls do not wait again: the cells would each sit at #BUSY! for another 20 s.
      await expect(whenPolicyReady()).rejects.toThrow(/not loaded/);
    });

    it("does not fail a waiter whose policy comes in time, and a late policy ends the failures", async () => {
      const waiting = whenPolicyReady();
      jest.advanceTimersByTime(POLICY_WAIT_MS - 1);
      const p = named("in time");
      setPolicy(p);
      jest.advanceTimersByTime(POLICY_WAIT_MS);
      await expect(waiting).resolves.toBe(p);

      resetPolicyStoreForTests();
      const lost = whenPolicyReady();
      jest.advanceTimersByTime(POLICY_WAIT_MS);
      await expect(lost).rejects.toThrow(ScoreError);
      const late = named("late");
      setPolicy(late);
      expect(policyWaitExpired()).toBe(false);
      await expect(whenPolicyReady()).resolves.toBe(late);
    });
  });
});
