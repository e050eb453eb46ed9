/**
 * The policy as a table anyone can audit from a cell (TELE.POLICY): a header row, then one row per
 * metric. Weights are the policy's own percentages (30, 40), as HR typed them in the editor.
 */
import type { Policy } from "./policy";

export const POLICY_TABLE_HEADER = ["dimension", "dimension weight (%)", "metric", "metric weight (%)", "direction", "floor", "cap", "target"] as const;

/** A blank cell in the table is `null` (a metric without a fixed target). */
export function policyTable(policy: Policy): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [[...POLICY_TABLE_HEADER]];
  for (const d of policy.dimensions) {
    for (const m of d.metrics) rows.push([d.key, d.weight, m.key, m.weight, m.direction, m.floor, m.cap, m.target ?? null]);
  }
  return rows;
}
