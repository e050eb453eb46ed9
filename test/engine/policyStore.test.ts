import { defaultPolicy, type Policy } from "../../src/engine/policy";
import { ScoreError } from "../../src/engine/errors";
import { getPolicy, onPolicyChange, policyWaitExpired, resetPolicyStoreForTests, setPolicy, whenPolicyReady, type PolicyDeadline } from "../../src/engine/policyStore";

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

  describe("with a deadline, when no policy comes in time (the start-up script did not run)", () => {
    /** A deadline the test expires by hand, recording whether it is armed. */
    function handDeadline() {
      const state = { armed: 0, disarmed: 0, expire: undefined as ((error: Error) => void) | undefined };
      const deadline: PolicyDeadline = (expire) => {
        state.armed++;
        state.expire = expire;
        return () => state.disarmed++;
      };
      return { state, deadline };
    }

    it("fails every waiter with the deadline's error, arms it once, and fails later waits at once", async () => {
      const { state, deadline } = handDeadline();
      const first = whenPolicyReady(deadline);
      const second = whenPolicyReady(deadline);
      expect(state.armed).toBe(1);
      expect(await settled(first)).toBe("pending");
      const error = new ScoreError("na", "policyNotLoaded", { seconds: 1 });
      state.expire!(error);
      await expect(first).rejects.toBe(error);
      await expect(second).rejects.toBe(error);
      expect(policyWaitExpired()).toBe(true);
      // Later waits do not wait again: each cell would sit at #BUSY! for another full wait.
      await expect(whenPolicyReady(deadline)).rejects.toBe(error);
      expect(state.armed).toBe(1);
    });

    it("disarms the deadline when the policy comes in time, and a late policy ends the failures", async () => {
      const { state, deadline } = handDeadline();
      const waiting = whenPolicyReady(deadline);
      const p = named("in time");
      setPolicy(p);
      expect(state.disarmed).toBe(1);
      await expect(waiting).resolves.toBe(p);

      resetPolicyStoreForTests();
      const lost = whenPolicyReady(deadline);
      state.expire!(new ScoreError("na", "policyNotLoaded", { seconds: 1 }));
      await expect(lost).rejects.toThrow("not loaded");
      const late = named("late");
      setPolicy(late);
      expect(policyWaitExpired()).toBe(false);
      await expect(whenPolicyReady(deadline)).resolves.toBe(late);
    });

    it("waits without a bound when no deadline is given", async () => {
      expect(await settled(whenPolicyReady())).toBe("pending");
      expect(policyWaitExpired()).toBe(false);
    });
  });
});
