/**
 * The one in-memory policy that the custom functions and the task pane both read. It lives on
 * globalThis under a registered symbol, not in this module, because each webpack entry (functions,
 * task pane) bundles its own copy of this module while sharing one global object in the shared
 * runtime. A stored policy is treated as immutable: to change it, set a new one.
 */
import { notFoundError } from "./errors";
import type { Policy } from "./policy";

export type PolicyListener = (policy: Policy) => void;

/**
 * How long a TELE function waits for the first policy. The task pane's start-up code loads it
 * within a second or two of the page; when that code never runs (it failed to load or to start),
 * a formula must not show #BUSY! for ever: it says what happened instead (docs/benchmarks.md,
 * "Functions first").
 */
export const POLICY_WAIT_MS = 20_000;

interface Waiter {
  resolve: (policy: Policy) => void;
  reject: (error: Error) => void;
}

interface Store {
  policy: Policy | undefined;
  /** whenPolicyReady() calls made before any policy was set. */
  waiters: Waiter[];
  listeners: Set<PolicyListener>;
  /** The wait's deadline, from the first waiter on; cleared by setPolicy. */
  deadline: ReturnType<typeof setTimeout> | undefined;
  /** The deadline passed with no policy: later waiters fail at once, until one is set. */
  expired: boolean;
}

const STORE_KEY = Symbol.for("telescore.policyStore");
const shared = globalThis as typeof globalThis & { [STORE_KEY]?: Store };

function store(): Store {
  return (shared[STORE_KEY] ??= { policy: undefined, waiters: [], listeners: new Set(), deadline: undefined, expired: false });
}

/** The current policy, or undefined before the first setPolicy. */
export function getPolicy(): Policy | undefined {
  return store().policy;
}

const notLoaded = () =>
  notFoundError(
    `The weight policy was not loaded within ${POLICY_WAIT_MS / 1000} s: TeleScore's start-up script did not run. ` +
      "Reopen the workbook; if this persists, reinstall the add-in or ask your administrator whether it may run.",
  );

/**
 * The current policy; before the first setPolicy, a promise that resolves with the policy first
 * set, or fails with an error that says so (#N/A in the cell) when none is set within
 * POLICY_WAIT_MS of the first wait.
 */
export function whenPolicyReady(): Promise<Policy> {
  const s = store();
  const current = s.policy;
  if (current) return Promise.resolve(current);
  if (s.expired) return Promise.reject(notLoaded());
  s.deadline ??= setTimeout(() => {
    s.deadline = undefined;
    s.expired = true;
    const error = notLoaded();
    for (const waiter of s.waiters.splice(0)) waiter.reject(error);
  }, POLICY_WAIT_MS);
  return new Promise((resolve, reject) => s.waiters.push({ resolve, reject }));
}

/** Whether a wait for the policy ran out before one was set: the cells that waited show #N/A. */
export function policyWaitExpired(): boolean {
  return store().expired;
}

/**
 * Makes `policy` the current one, resolves the waiters, then calls every listener, each once,
 * even when an earlier one throws; the first error thrown is rethrown after all have run.
 */
export function setPolicy(policy: Policy): void {
  const s = store();
  s.policy = policy;
  clearTimeout(s.deadline);
  s.deadline = undefined;
  s.expired = false;
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
  clearTimeout(shared[STORE_KEY]?.deadline);
  delete shared[STORE_KEY];
}
