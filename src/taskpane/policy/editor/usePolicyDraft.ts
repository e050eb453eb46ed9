/**
 * The editor's working copy of the policy: edits go to a draft, which is validated on every change
 * and compared with the saved policy it started from. When the saved policy changes (a save, a
 * restore), a draft without other changes follows it; a draft with changes is kept.
 */
import { useCallback, useMemo, useState } from "react";
import type { Policy } from "../../../engine/policy";
import { validatePolicy, type PolicyResult } from "../../../engine/policySchema";

export interface PolicyDraft {
  /** The policy being edited; may hold NaN where an input does not hold a number. */
  draft: Policy;
  /** The saved policy the draft is compared with. */
  base: Policy;
  /** Whether the draft differs from the saved policy (its revision aside). */
  dirty: boolean;
  /** validatePolicy of the draft: the policy to save, or every message to show. */
  result: PolicyResult;
  /** Applies a change to the draft; `change` must return a new policy, not mutate. */
  edit(change: (draft: Policy) => Policy): void;
  /** Replaces the whole draft (an import, the default); it keeps the saved revision, which saving bumps. */
  replace(policy: Policy): void;
  /** Back to the saved policy. */
  revert(): void;
}

interface State {
  base: Policy;
  draft: Policy;
}

export function usePolicyDraft(saved: Policy): PolicyDraft {
  const [state, setState] = useState<State>({ base: saved, draft: saved });
  let { base, draft } = state;
  if (saved !== base) {
    // React's way to derive state from a changed prop: set it while rendering, before children see it.
    draft = sameContent(draft, base) || sameContent(draft, saved) ? saved : draft;
    base = saved;
    setState({ base, draft });
  }
  const result = useMemo(() => validatePolicy(draft), [draft]);
  const edit = useCallback((change: (draft: Policy) => Policy) => setState((s) => ({ ...s, draft: change(s.draft) })), []);
  const replace = useCallback((policy: Policy) => setState((s) => ({ ...s, draft: { ...policy, revision: s.base.revision } })), []);
  const revert = useCallback(() => setState((s) => ({ ...s, draft: s.base })), []);
  return { draft, base, dirty: !sameContent(draft, base), result, edit, replace, revert };
}

/** Equal as policies, revision aside (saving bumps it; an imported file carries its own). */
function sameContent(a: Policy, b: Policy): boolean {
  return a === b || deepEqual({ ...a, revision: 0 }, { ...b, revision: 0 });
}

/** Structural equality of JSON-like data; a key holding undefined counts as absent, and NaN (an empty input) equals NaN. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
