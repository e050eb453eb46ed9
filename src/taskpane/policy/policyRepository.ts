/**
 * The policy port: what the Policy tab needs from wherever the policy is kept. Excel's
 * implementation is excel/workbookRepository.ts; outside Excel, ports.ts gives one that refuses to
 * save; tests pass one kept in memory. The tab reads the saved policy from the shared policy store
 * (usePolicy), which every implementation updates before its save or restore resolves. Reading and
 * writing policy files is pure (engine/policyJson.ts) and needs no port.
 */
import type { Policy } from "../../engine/policy";

/**
 * How the workbook's policy was found: "loading" until the first load ends, "default" when none
 * was stored, "migrated" when an older TeleScore stored it, "rejected" when it is corrupt or from a
 * newer TeleScore, "unavailable" when the workbook could not be read.
 */
export type LoadStatus = "loading" | "default" | "loaded" | "migrated" | "rejected" | "unavailable";

export interface LoadState {
  status: LoadStatus;
  /** What is wrong, in words for the policy author. */
  problem?: string;
  /** The stored text that was rejected; it stays in the workbook, and the pane offers it for download. */
  rejectedJson?: string;
  /** The schemaVersion a migrated policy had. */
  migratedFrom?: number;
}

/** One saved version of the policy, as the history lists it. */
export interface PolicyVersion {
  revision: number;
  /** When it was saved, ISO 8601, UTC. */
  savedAt: string;
  note: string;
  /** Who saved it; null when nobody could tell (Excel does not tell an add-in who its user is). */
  user: string | null;
  /** The version's policy, validated and migrated, or null when it cannot be read any more (then `problem` says why). */
  policy: Policy | null;
  problem?: string;
}

export interface PolicyRepository {
  /** How the stored policy was found; the same object until it changes. */
  loadState(): LoadState;
  /** Calls `listener` whenever loadState() changes; returns the function that stops it. */
  subscribeLoadState(listener: () => void): () => void;
  /**
   * Validates and saves `policy` as the next revision with `note`, puts it in the policy store and
   * asks Excel to recalculate every TELE formula; resolves with the saved policy once Excel has
   * taken the request (the cells' new values follow: Excel calculates custom functions asynchronously).
   */
  save(policy: Policy, note: string): Promise<Policy>;
  /** Every saved version, newest first. */
  history(): Promise<PolicyVersion[]>;
  /** Saves the policy of version `revision` again as a new revision, like `save`. */
  restore(revision: number): Promise<Policy>;
}
