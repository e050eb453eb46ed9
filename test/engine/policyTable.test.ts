import { defaultPolicy } from "../../src/engine/policy";
import { policyTable } from "../../src/engine/policyTable";

describe("policyTable", () => {
  it("lists the seed policy: a header, then one row per metric (docs/method.md: The default policy)", () => {
    const rows = policyTable(defaultPolicy());
    expect(rows[0]).toEqual(["dimension", "dimension weight (%)", "metric", "metric weight (%)", "direction", "floor", "cap", "target"]);
    // 3 dimensions x 3 metrics = 9 rows after the header.
    expect(rows).toHaveLength(10);
    expect(rows[1]).toEqual(["workload", 30, "calls", 40, "higher", 0, 1.2, null]);
    expect(rows[6]).toEqual(["sales", 50, "satisfaction", 20, "higher", 0, 1.2, 90]);
    expect(rows[9]).toEqual(["initiatives", 20, "sales_skills", 30, "higher", 0, 1.2, null]);
  });

  it("follows an edited policy: an added lower-is-better metric appears with its own floor and cap", () => {
    const policy = defaultPolicy();
    policy.dimensions[1].metrics.push({ key: "complaint_rate", weight: 10, direction: "lower", floor: 0.5, cap: 1.1, scoring: "fixed", unit: "percent", target: 2 });
    const rows = policyTable(policy);
    expect(rows).toHaveLength(11);
    expect(rows[7]).toEqual(["sales", 50, "complaint_rate", 10, "lower", 0.5, 1.1, 2]);
  });
});
