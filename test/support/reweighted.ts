import { defaultPolicy, type Policy } from "../../src/engine/policy";

/** The default policy with sales and initiatives reweighted (workload stays 30). */
export function salesAt(sales: number, initiatives: number): Policy {
  const p = defaultPolicy();
  p.dimensions[1].weight = sales;
  p.dimensions[2].weight = initiatives;
  return p;
}
