/**
 * A policy repository kept in memory, for the editor's tests: it keeps the workbook
 * repository's contract (validate, next revision, a history version, the policy store set before
 * the promise resolves) without Excel. Tests wrap its methods to watch or hold them.
 */
import type { Policy } from "../../src/engine/policy";
import { validatePolicy } from "../../src/engine/policySchema";
import { getPolicy, setPolicy } from "../../src/engine/policyStore";
import type { LoadState, PolicyRepository, PolicyVersion } from "../../src/taskpane/policy/policyRepository";

export interface MemoryRepository extends PolicyRepository {
  /** The saved versions, oldest first. */
  readonly versions: PolicyVersion[];
  /** Replaces the load state and tells the subscribers, as a reload of the workbook would. */
  setLoadState(state: LoadState): void;
}

export interface MemoryRepositoryOptions {
  loadState?: LoadState;
  versions?: PolicyVersion[];
  /** Who saves; null when unknown. */
  user?: string | null;
  /** The clock for savedAt. */
  now?: () => Date;
}

export function memoryRepository(options: MemoryRepositoryOptions = {}): MemoryRepository {
  const versions = [...(options.versions ?? [])];
  const listeners = new Set<() => void>();
  const now = options.now ?? (() => new Date());
  let loadState: LoadState = options.loadState ?? { status: "loaded" };

  const commit = (policy: Policy, note: string): Policy => {
    const revision = Math.max(getPolicy()?.revision ?? 0, ...versions.map((v) => v.revision)) + 1;
    const saved = { ...policy, revision };
    versions.push({ revision, savedAt: now().toISOString(), note, user: options.user ?? null, policy: saved });
    setPolicy(saved);
    return saved;
  };

  return {
    versions,
    setLoadState(state) {
      loadState = state;
      for (const listener of [...listeners]) listener();
    },
    loadState: () => loadState,
    subscribeLoadState(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async save(policy, note) {
      const checked = validatePolicy(policy);
      if (!checked.ok) throw new Error(`The policy was not saved: ${checked.errors.join(" ")}`);
      return commit(checked.policy, note);
    },
    async history() {
      return [...versions].reverse();
    },
    async restore(revision) {
      const version = versions.find((v) => v.revision === revision);
      if (!version?.policy) throw new Error(`Revision ${revision} cannot be restored.`);
      return commit(version.policy, `Restored revision ${revision}`);
    },
  };
}
