/**
 * A review row's math written inline in plain JavaScript, the reference benchmark 1b times the
 * registered TELE functions against (teleVsInline.ts); bundled into one scope there, as the TELE
 * side is. The grade rounds with the engine's roundHalfAwayFromZero so that both grade alike at ties.
 */
import type { Policy } from "../../src/engine/policy";
import { roundHalfAwayFromZero } from "../../src/engine/total";
import type { RepMonth } from "./repMonths";

export interface Scored {
  total: number | string;
  grade: string;
}

/** Σ wᵢpᵢ / Σ wᵢ over the present points ("" when none), as the sheet's native sales formula does. */
export function mix(weights: readonly number[], points: readonly (number | string | null)[]): number | string {
  let weighted = 0;
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    const p = points[i];
    if (typeof p !== "number") continue;
    weighted += weights[i] * p;
    total += weights[i];
  }
  return total === 0 ? "" : weighted / total;
}

export function weightsOf(policy: Policy, dimensionKey: string, keys: readonly string[]): number[] {
  const dimension = policy.dimensions.find((d) => d.key === dimensionKey);
  return keys.map((k) => {
    const weight = dimension?.metrics.find((m) => m.key === k)?.weight;
    if (weight === undefined) throw new Error(`The policy has no metric ${dimensionKey}.${k}.`);
    return weight;
  });
}

export const WORKLOAD = ["calls", "talk_minutes", "customers"] as const;
export const SALES = ["revenue", "net_profit", "satisfaction"] as const;
export const INITIATIVES = ["team_building", "customer_service", "sales_skills"] as const;

/** The same rep-month in plain JavaScript: the policy's numbers read once, then arithmetic only. */
export function inlineScorer(policy: Policy): (r: RepMonth) => Scored {
  const metric = (key: string) => {
    const m = policy.dimensions.flatMap((d) => d.metrics).find((x) => x.key === key);
    if (!m) throw new Error(`The policy has no metric ${key}.`);
    return m;
  };
  const [calls, talk, customers, revenue, netProfit, satisfaction] = [...WORKLOAD, ...SALES].map(metric);
  const baselines = new Map(policy.baselines.map((b) => [b.position, [b.values.calls, b.values.talk_minutes, b.values.customers]]));
  const [wW, sW, iW] = [weightsOf(policy, "workload", WORKLOAD), weightsOf(policy, "sales", SALES), weightsOf(policy, "initiatives", INITIATIVES)];
  const dW = ["workload", "sales", "initiatives"].map((k) => policy.dimensions.find((d) => d.key === k)?.weight ?? 0);
  const bands = [...policy.bands].sort((a, b) => b.min - a.min);
  const scale = policy.ratingScale;
  const csatTarget = satisfaction.target ?? 0;
  const pts = (a: number | null, t: number, cap: number, floor: number): number | null => {
    if (a === null) return null;
    const ratio = Math.max(a / t, 0);
    return ratio < floor ? 0 : 100 * Math.min(ratio, cap);
  };
  const rating = (x: number | null): number | null => (x === null ? null : (100 * x) / scale);
  return (r) => {
    const v = r.values;
    const base = baselines.get(r.position) as number[];
    const w = mix(wW, [pts(v.calls, base[0], calls.cap, calls.floor), pts(v.talk_minutes, base[1], talk.cap, talk.floor), pts(v.customers, base[2], customers.cap, customers.floor)]);
    const s = mix(sW, [
      pts(v.revenue, r.targets.revenue, revenue.cap, revenue.floor),
      pts(v.net_profit, r.targets.net_profit, netProfit.cap, netProfit.floor),
      pts(v.satisfaction, csatTarget, satisfaction.cap, satisfaction.floor),
    ]);
    const i = mix(iW, [rating(v.team_building), rating(v.customer_service), rating(v.sales_skills)]);
    const t = mix(dW, [w, s, i]);
    if (typeof t !== "number") return { total: "", grade: "" };
    const rounded = roundHalfAwayFromZero(t, 2);
    return { total: t, grade: bands.find((b) => rounded >= b.min)?.grade ?? policy.lowestGrade };
  };
}

