/**
 * METRIC_SCORE and DIMENSION_SCORE, as Excel calls them. Expected values are worked out by hand
 * from METHOD.md and the default policy (section 10), and from policies edited in the test.
 */
import "../support/customFunctionsGlobal";
import { excelError } from "../support/scoreErrors";
import { defaultPolicy, type Policy } from "../../src/engine/policy";
import { resetPolicyStoreForTests, setPolicy } from "../../src/engine/policyStore";
import * as tele from "../../src/functions/functions";

beforeEach(() => {
  resetPolicyStoreForTests();
  setPolicy(defaultPolicy());
});

describe("METRIC_SCORE", () => {
  it("scores a target metric against the rep's target", () => {
    expect(tele.metricScore("sales.revenue", 55000, 50000)).toBeCloseTo(110, 10);
    expect(tele.metricScore(" Sales.Revenue ", 70000, 50000)).toBe(120); // capped at 1.2
    expect(tele.metricScore("net_profit", -100, 5000)).toBe(0); // a loss: max(a, 0)
  });

  it("scores a baseline metric against the position's baseline, with the month's seasonal factor", () => {
    expect(tele.metricScore("calls", 1980, null, "Junior")).toBeCloseTo(110, 10); // 1980 / 1800
    const p = defaultPolicy();
    p.baselines[0].seasonal[6] = 1.1; // July, Junior: 1800 × 1.1 = 1980
    setPolicy(p);
    expect(tele.metricScore("workload.calls", 1980, null, "junior", 7)).toBeCloseTo(100, 10);
    expect(tele.metricScore("workload.calls", 1980, 2200, "junior", 7)).toBeCloseTo(90, 10); // a target overrides
  });

  it("uses the policy's fixed target unless one is given, and the rating scale for ratings", () => {
    expect(tele.metricScore("sales.satisfaction", 81)).toBeCloseTo(90, 10); // 81 / 90
    expect(tele.metricScore("sales.satisfaction", 81, 81)).toBeCloseTo(100, 10);
    expect(tele.metricScore("initiatives.team_building", 4)).toBe(80);
    expect(excelError(() => tele.metricScore("team_building", 4, 5)).code).toBe("#VALUE!");
  });

  it("follows the metric's own direction, floor and cap", () => {
    const p = defaultPolicy();
    const revenue = p.dimensions[1].metrics[0];
    Object.assign(revenue, { direction: "lower", floor: 0.6, cap: 1.5 });
    setPolicy(p);
    expect(tele.metricScore("sales.revenue", 25000, 50000)).toBeCloseTo(150, 10); // 2 − 0.5 = 1.5
    expect(tele.metricScore("sales.revenue", 75000, 50000)).toBe(0); // 2 − 1.5 = 0.5 < floor 0.6
  });

  it("is blank without the actual, or without what the metric is compared with", () => {
    expect(tele.metricScore("sales.revenue", null, 50000)).toBe("");
    expect(tele.metricScore("sales.revenue", 55000)).toBe("");
    expect(tele.metricScore("calls", 1800)).toBe(""); // no position, no target
    expect(tele.metricScore(null, 1800, 1800)).toBe("");
  });

  it("says which keys exist for an unknown metric, and refuses negative counts", () => {
    const e = excelError(() => tele.metricScore("sales.bonus", 1, 1));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("sales.revenue");
    expect(excelError(() => tele.metricScore("workload.revenue", 1, 1)).code).toBe("#N/A"); // wrong dimension
    expect(excelError(() => tele.metricScore("calls", -1, 100)).code).toBe("#NUM!");
    expect(excelError(() => tele.metricScore("calls", 100, null, "Intern")).code).toBe("#N/A");
  });
});

describe("DIMENSION_SCORE", () => {
  it("weights the points by the policy, in the policy's order", () => {
    // (50 × 110 + 30 × 90 + 20 × 100) / 100
    expect(tele.dimensionScore("sales", [[110, 90, 100]])).toBeCloseTo(102, 10);
    // a column works as well as a row
    expect(tele.dimensionScore("Sales", [[110], [90], [100]])).toBeCloseTo(102, 10);
  });

  it("re-weights a blank points cell away, and is blank when all are", () => {
    // (50 × 110 + 20 × 100) / 70
    expect(tele.dimensionScore("sales", [[110, null, 100]])).toBeCloseTo(7500 / 70, 10);
    expect(tele.dimensionScore("sales", [[null, "", null]])).toBe("");
  });

  it("takes the metrics' order from the metrics argument", () => {
    expect(tele.dimensionScore("sales", [[100, 110]], [["satisfaction", "revenue"]])).toBeCloseTo(7500 / 70, 10);
  });

  it("reports a count that does not match, and unknown keys", () => {
    expect(excelError(() => tele.dimensionScore("sales", [[110, 90]])).code).toBe("#VALUE!");
    expect(excelError(() => tele.dimensionScore("bonus", [[1]])).code).toBe("#N/A");
    expect(excelError(() => tele.dimensionScore("sales", [[1]], [["calls"]])).code).toBe("#N/A");
    expect(excelError(() => tele.dimensionScore("sales", [[1, 2]], [["revenue", "revenue"]])).code).toBe("#VALUE!");
  });

  it("works for a dimension a policy adds", () => {
    const p: Policy = defaultPolicy();
    p.dimensions[2].weight = 10;
    p.dimensions.push({
      key: "inside",
      weight: 10,
      metrics: [
        { key: "complaint_rate", weight: 60, direction: "lower", floor: 0, cap: 1.2, scoring: "target", unit: "percent" },
        { key: "upsell", weight: 40, direction: "higher", floor: 0, cap: 1.2, scoring: "target", unit: "money" },
      ],
    });
    setPolicy(p);
    expect(tele.metricScore("inside.complaint_rate", 2, 4)).toBeCloseTo(120, 10); // 2 − 0.5 = 1.5, capped
    expect(tele.dimensionScore("inside", [[120, 50]])).toBeCloseTo(92, 10); // 0.6 × 120 + 0.4 × 50
  });
});

describe("POLICY_INFO", () => {
  it("gives the active policy's name and revision, following a new policy", () => {
    expect(tele.policyInfo("name")).toBe("TeleScore default");
    expect(tele.policyInfo(" Revision ")).toBe(1);
    setPolicy({ ...defaultPolicy(), name: "HR plan", revision: 2 });
    expect([tele.policyInfo("name"), tele.policyInfo("revision")]).toEqual(["HR plan", 2]);
  });

  it("is blank for a blank item, and says which items exist for another", () => {
    expect(tele.policyInfo(null)).toBe("");
    const e = excelError(() => tele.policyInfo("date"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe('item must be "name" or "revision" (got "date").');
  });
});
