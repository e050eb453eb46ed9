/**
 * The one in-memory policy that the custom functions and the task pane both read. It lives on
 * globalThis under a registered symbol, not in this module, because each webpack entry (functions,
 * task pane) bundles its own copy of this module while sharing one global object in the shared
 * runtime. A stored policy is treated as immutable: to change it, set a new one.
 */
import type { Policy } from "./policy";

export type PolicyListener = (policy: Policy) => void;

interface Store {
  policy: Policy | undefined;
  /** Resolvers of whenPolicyReady() calls made before any policy was set. */
  waiters: ((policy: Policy) => void)[];
  listeners: Set<PolicyListener>;
}

const STORE_KEY = Symbol.for("telescore.policyStore");
const shared = globalThis as typeof globalThis & { [STORE_KEY]?: Store };

function store(): Store {
  return (shared[STORE_KEY] ??= { policy: undefined, waiters: [], listeners: new Set() });
}

/** The current policy, or undefined before the first setPolicy. */
export function getPolicy(): Policy | undefined {
  return store().policy;
}

/** The current policy; before the first setPolicy, a promise that resolves with the policy first set. */
export function whenPolicyReady(): Promise<Policy> {
  const s = store();
  const current = s.policy;
  return current ? Promise.resolve(current) : new Promise((resolve) => s.waiters.push(resolve));
}

/**
 * Makes `policy` the current one, resolves the waiters, then calls every listener, each once,
 * even when an earlier one throws; the first error thrown is rethrown after all have run.
 */
export function setPolicy(policy: Policy): void {
  const s = store();
  s.policy = policy;
  for (const resolve of s.waiters.splice(0)) resolve(policy);
  const errors: unknown[] = [];
  // A snapshot: a listener that subscribes or unsubscribes others does not change this round.
  for (const listener of [...s.listeners]) {
    try {
      listener(policy);
    } catch (e) {
      errors.push(e);
    }
  }
  if (errors.length > 0) throw errors[0];
}

/** Calls `listener` on every setPolicy from now on; returns the function that stops it. */
export function onPolicyChange(listener: PolicyListener): () => void {
  const listeners = store().listeners;
  // Wrapped so that subscribing the same function twice gives two independent subscriptions.
  const entry: PolicyListener = (policy) => listener(policy);
  listeners.add(entry);
  return () => {
    listeners.delete(entry);
  };
}

/** Test only: forgets the policy, the waiters and the listeners. */
export function resetPolicyStoreForTests(): void {
  delete shared[STORE_KEY];
}
