/**
 * The seed method's policy as the pre-release "weights" sheet exported it (schemaVersion 0):
 * weights as fractions of 1, no csatMethod. Written out by hand, so that a test of the migration
 * does not derive its input from the code it checks.
 */
import { defaultPolicy, type Policy } from "../../src/engine/policy";

export function seedPolicyV0(): Record<string, unknown> {
  const m = (key: string, weight: number, scoring: string, unit: string, en: string, zh: string, extra: object = {}) => ({
    key, weight, direction: "higher", floor: 0, cap: 1.2, scoring, unit, label: { en, zh }, ...extra,
  });
  const flat = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
  return {
    schemaVersion: 0,
    name: "TeleScore default",
    revision: 1,
    dimensions: [
      {
        key: "workload", weight: 0.3, label: { en: "Workload", zh: "工作量" },
        metrics: [
          m("calls", 0.4, "baseline", "count", "Calls dialed", "呼出量"),
          m("talk_minutes", 0.3, "baseline", "minutes", "Talk minutes", "通话时长"),
          m("customers", 0.3, "baseline", "count", "Customers handled", "客户数"),
        ],
      },
      {
        key: "sales", weight: 0.5, label: { en: "Sales results", zh: "销售业绩" },
        metrics: [
          m("revenue", 0.5, "target", "money", "Revenue", "销售额"),
          m("net_profit", 0.3, "target", "money", "Net profit", "净利润"),
          m("satisfaction", 0.2, "fixed", "percent", "Customer satisfaction (CSAT %)", "客户满意度", { target: 90 }),
        ],
      },
      {
        key: "initiatives", weight: 0.2, label: { en: "Key initiatives", zh: "重点工作" },
        metrics: [
          m("team_building", 0.3, "rating", "rating", "Team building", "团队建设"),
          m("customer_service", 0.4, "rating", "rating", "Customer service", "客户服务"),
          m("sales_skills", 0.3, "rating", "rating", "Sales skills", "销售技巧"),
        ],
      },
    ],
    baselines: [
      { position: "Junior", values: { calls: 1800, talk_minutes: 1500, customers: 120 }, seasonal: flat },
      { position: "Senior", values: { calls: 2000, talk_minutes: 1800, customers: 160 }, seasonal: flat },
      { position: "Team Lead", values: { calls: 1000, talk_minutes: 900, customers: 80 }, seasonal: flat },
    ],
    bands: [{ grade: "A", min: 90 }, { grade: "B", min: 80 }, { grade: "C", min: 70 }, { grade: "D", min: 60 }],
    lowestGrade: "E",
    minPresence: 0.5,
    quarterQualityWeight: 0.3,
    ratingScale: 5,
  };
}

/**
 * The default policy as the v0 sheet knew it: before positions and the policy's name had names in
 * each language (docs/policy.md, "Names in two languages"). Migrating keeps what v0 had and adds
 * nothing it did not (the labels are optional), so this is what a v0 export becomes.
 */
export function defaultPolicyBeforeLabels(): Policy {
  const { label: _label, ...policy } = defaultPolicy();
  return { ...policy, baselines: policy.baselines.map(({ label: _l, ...b }) => b) };
}
