/** The store's current policy as React state: a component using it re-renders on every change. */
import { useSyncExternalStore } from "react";
import type { Policy } from "../../engine/policy";
import { getPolicy, onPolicyChange } from "../../engine/policyStore";

const subscribe = (notify: () => void): (() => void) => onPolicyChange(notify);

/** Undefined until something has put a policy in the store. */
export function usePolicy(): Policy | undefined {
  return useSyncExternalStore(subscribe, getPolicy);
}
