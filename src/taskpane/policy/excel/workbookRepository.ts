/**
 * The policy port in Excel: the storage adapter (policyStorage.ts) for saving and history, and
 * the policy bootstrap for how the policy was found at load.
 */
import { listHistory, restoreVersion, savePolicy } from "./policyStorage";
import { getPolicyLoadState, subscribePolicyLoadState } from "../policyBootstrap";
import type { PolicyRepository } from "../policyRepository";

/**
 * `user` names who saves, for the history; Excel does not tell an add-in who its user is, so the
 * caller decides (null: unknown).
 */
export function workbookRepository(user: () => string | null = () => null): PolicyRepository {
  return {
    loadState: getPolicyLoadState,
    subscribeLoadState: subscribePolicyLoadState,
    save: (policy, note) => savePolicy(policy, { note, user: user() }),
    history: listHistory,
    restore: (revision) => restoreVersion(revision, { user: user() }),
  };
}
