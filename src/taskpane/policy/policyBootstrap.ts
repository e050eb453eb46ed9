/**
 * Startup of the policy: in Excel, the workbook's stored policy goes into the in-memory store (the
 * one the TELE functions read) before anything else sets one, and a change to the stored policy
 * made elsewhere (a co-author, another pane) is loaded again and recalculated. Outside Excel the
 * default policy is used. The pane reads the outcome — the load status, what is wrong and the
 * unusable text — through getPolicyLoadState / subscribePolicyLoadState (useSyncExternalStore).
 */
import { defaultPolicy, type Policy } from "../../engine/policy";
import { getPolicy, policyWaitExpired, setPolicy } from "../../engine/policyStore";
import { errorMessage } from "../../engine/errors";
import { exportPolicyJson } from "../../engine/policyJson";
import { loadPolicy, recalculateWorkbook, watchStoredPolicy, type LoadResult } from "./excel/policyStorage";
import type { LoadState } from "./policyRepository";
import { inExcel } from "../shared/excel/inExcel";

let state: LoadState = { status: "loading" };
const listeners = new Set<() => void>();
/** Reloads run one after another, so the last change seen is the one that stays. */
let reloads: Promise<void> = Promise.resolve();

/** The latest state; the same object until it changes. */
export function getPolicyLoadState(): LoadState {
  return state;
}

export function subscribePolicyLoadState(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The one start-up load: the page's start-up code and the pane both ask for it. */
let started: Promise<LoadState> | undefined;

/**
 * Call after Office.onReady and before anything renders or sets a policy; a later call shares the
 * first one's load (the page's start-up code and the pane both call it), unless the store has been
 * emptied since. Resolves when the store holds the policy to use. Never rejects: a failure to read
 * is reported in the state, and the functions then use the default policy.
 */
export function bootstrapPolicy(): Promise<LoadState> {
  if (started === undefined || (state.status !== "loading" && getPolicy() === undefined)) started = load();
  return started;
}

async function load(): Promise<LoadState> {
  if (!inExcel()) {
    useIfNone(defaultPolicy());
    return publish({ status: "default" });
  }
  let result: LoadResult;
  try {
    result = await loadPolicy();
  } catch (e) {
    useIfNone(defaultPolicy());
    return publish({ status: "unavailable", problem: `TeleScore could not read the policy stored in this workbook (${errorMessage(e)}); formulas use the default policy.` });
  }
  // Cells that gave up waiting show #N/A until recalculated: recalculate them now it is here.
  const late = policyWaitExpired();
  setPolicy(result.policy);
  publish(stateOf(result));
  if (late) await recalculateWorkbook().catch(() => undefined);
  try {
    await watchStoredPolicy(() => (reloads = reloads.then(reload)));
  } catch (e) {
    // Not fatal: the loaded policy is in use; only changes made elsewhere go unnoticed.
    const note = `TeleScore will not notice policy changes made elsewhere (a co-author) until the workbook is reopened (${errorMessage(e)}).`;
    publish({ ...state, problem: state.problem ? `${state.problem} ${note}` : note });
  }
  return state;
}

/** A stored change made elsewhere: load it, and recalculate only when the policy in use changes. */
async function reload(): Promise<void> {
  try {
    const result = await loadPolicy();
    publish(stateOf(result));
    const current = getPolicy();
    if (current && exportPolicyJson(current) === exportPolicyJson(result.policy)) return;
    setPolicy(result.policy);
    await recalculateWorkbook();
  } catch (e) {
    publish({ ...state, problem: `TeleScore could not read the policy after it changed in the workbook (${errorMessage(e)}); formulas keep the policy in use.` });
  }
}

function stateOf(result: LoadResult): LoadState {
  const { status, problem, rejectedJson, migratedFrom } = result;
  return { status, problem, rejectedJson, migratedFrom };
}

function useIfNone(policy: Policy): void {
  if (getPolicy() === undefined) setPolicy(policy);
}

function publish(next: LoadState): LoadState {
  state = next;
  for (const listener of [...listeners]) listener();
  return state;
}
