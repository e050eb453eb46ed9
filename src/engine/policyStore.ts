/**
 * The one in-memory policy that the custom functions and the task pane both read. It lives on
 * globalThis under a registered symbol, not in this module, because each webpack entry (functions,
 * task pane) bundles its own copy of this module while sharing one global object in the shared
 * runtime. A stored policy is treated as immutable: to change it, set a new one.
 */
import type { Policy } from "./policy";

export type PolicyListener = (policy: Policy) => void;

/**
 * A bound on the wait for the first policy, armed by the first waiter: it calls `expire` when the
 * time is up and returns the function that disarms it. The caller owns the clock (the engine has
 * none): the TELE functions give up after a while, so that a formula does not show #BUSY! for ever
 * when the start-up code that loads the policy never runs (docs/benchmarks.md, "Functions first").
 */
export type PolicyDeadline = (expire: (error: Error) => void) => () => void;

interface Waiter {
  resolve: (policy: Policy) => void;
  reject: (error: Error) => void;
}

interface Store {
  policy: Policy | undefined;
  /** whenPolicyReady() calls made before any policy was set. */
  waiters: Waiter[];
  listeners: Set<PolicyListener>;
  /** Disarms the deadline armed by the first waiter; cleared by setPolicy. */
  disarm: (() => void) | undefined;
  /** Set when the deadline passed with no policy: later waiters fail with it at once, until one is set. */
  expired: Error | undefined;
}

const STORE_KEY = Symbol.for("telescore.policyStore");
const shared = globalThis as typeof globalThis & { [STORE_KEY]?: Store };

function store(): Store {
  return (shared[STORE_KEY] ??= { policy: undefined, waiters: [], listeners: new Set(), disarm: undefined, expired: undefined });
}

/** The current policy, or undefined before the first setPolicy. */
export function getPolicy(): Policy | undefined {
  return store().policy;
}

/**
 * The current policy; before the first setPolicy, a promise that resolves with the policy first
 * set — or, when `deadline` is given and expires first, fails with its error, as do later waits
 * until a policy is set.
 */
export function whenPolicyReady(deadline?: PolicyDeadline): Promise<Policy> {
  const s = store();
  const current = s.policy;
  if (current) return Promise.resolve(current);
  if (s.expired) return Promise.reject(s.expired);
  const waiting = new Promise<Policy>((resolve, reject) => s.waiters.push({ resolve, reject }));
  if (deadline && s.disarm === undefined) {
    s.disarm = deadline((error) => {
      s.disarm = undefined;
      s.expired = error;
      for (const waiter of s.waiters.splice(0)) waiter.reject(error);
    });
  }
  return waiting;
}

/** Whether a wait for the policy ran out before one was set: the cells that waited show the error. */
export function policyWaitExpired(): boolean {
  return store().expired !== undefined;
}

/**
 * Makes `policy` the current one, resolves the waiters, then calls every listener, each once,
 * even when an earlier one throws; the first error thrown is rethrown after all have run.
 */
export function setPolicy(policy: Policy): void {
  const s = store();
  s.policy = policy;
  s.disarm?.();
  s.disarm = undefined;
  s.expired = undefined;
  for (const waiter of s.waiters.splice(0)) waiter.resolve(policy);
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
  shared[STORE_KEY]?.disarm?.();
  delete shared[STORE_KEY];
}
