import { baselineScore, effectiveBaseline, findBaseline, workloadScore } from "../../src/engine/baseline";
import { defaultPolicy, findMetric, type Policy } from "../../src/engine/policy";
import { scoreError } from "../support/scoreErrors";
import type { ScoreError } from "../../src/engine/errors";

/** The default policy with one position's seasonal factor for one month changed. */
function withSeason(position: string, month: number, factor: number): Policy {
  const policy = defaultPolicy();
  findBaseline(policy, position).seasonal[month - 1] = factor;
  return policy;
}

describe("findBaseline", () => {
  it("matches a position ignoring case and surrounding spaces", () => {
    expect(findBaseline(defaultPolicy(), "  junior ").position).toBe("Junior");
    expect(findBaseline(defaultPolicy(), "TEAM LEAD").values.calls).toBe(1000);
  });

  it("matches a position by its name in either language, and names the known ones in the message's language", () => {
    expect(findBaseline(defaultPolicy(), " 初级坐席 ").position).toBe("Junior");
    expect(findBaseline(defaultPolicy(), "组长").values.calls).toBe(1000);
    let error: unknown;
    try {
      findBaseline(defaultPolicy(), "实习生");
    } catch (e) {
      error = e;
    }
    expect((error as ScoreError).text("zh")).toBe("未知岗位“实习生”。请使用方案中的岗位之一：初级坐席、高级坐席、组长。");
  });

  it("answers an unknown position with #N/A naming the known ones", () => {
    expect(() => findBaseline(defaultPolicy(), "Intern")).toThrow(scoreError("na", 'Unknown position "Intern"'));
    expect(() => findBaseline(defaultPolicy(), "Intern")).toThrow(scoreError("na", "Junior, Senior, Team Lead"));
  });
});

describe("effectiveBaseline", () => {
  it("is the base value without a month, and with flat seasons", () => {
    expect(effectiveBaseline(defaultPolicy(), "calls", "Junior")).toBe(1800);
    // seasonal factors all 1: 1800 x 1 = 1800
    expect(effectiveBaseline(defaultPolicy(), "calls", "Junior", 7)).toBe(1800);
    expect(effectiveBaseline(defaultPolicy(), " Talk_Minutes ", "senior")).toBe(1800);
  });

  it("applies the month's seasonal factor", () => {
    const policy = withSeason("Junior", 2, 0.9);
    // February: 1800 x 0.9 = 1620
    expect(effectiveBaseline(policy, "calls", "Junior", 2)).toBeCloseTo(1620, 9);
    // March keeps factor 1: 1800
    expect(effectiveBaseline(policy, "calls", "Junior", 3)).toBe(1800);
  });

  it("rejects a month outside 1..12 and an unknown metric", () => {
    expect(() => effectiveBaseline(defaultPolicy(), "calls", "Junior", 13)).toThrow(scoreError("num", "(got 13)"));
    expect(() => effectiveBaseline(defaultPolicy(), "calls", "Junior", 0)).toThrow(scoreError("num", "1 to 12"));
    expect(() => effectiveBaseline(defaultPolicy(), "revenue", "Junior")).toThrow(scoreError("na", "calls, talk_minutes, customers"));
  });
});

describe("baselineScore", () => {
  it("is the points of actual / baseline", () => {
    // 1500/1800 = 0.8333.. -> 83.333..
    expect(baselineScore(1500, 1800)).toBeCloseTo(83.3333333333, 9);
    // 2400/2000 = 1.2 -> 120, at the default cap
    expect(baselineScore(2400, 2000)).toBe(120);
    // 2700/2000 = 1.35 -> capped at 1.2 -> 120; with cap 1.5 -> 135
    expect(baselineScore(2700, 2000)).toBe(120);
    expect(baselineScore(2700, 2000, 1.5)).toBe(135);
    // 900/1800 = 0.5 < floor 0.6 -> 0
    expect(baselineScore(900, 1800, 1.2, 0.6)).toBe(0);
  });

  it("rejects a negative actual and a baseline of 0 or less", () => {
    expect(() => baselineScore(-1, 1800)).toThrow(scoreError("num", "cannot be negative (got -1)"));
    expect(() => baselineScore(100, 0)).toThrow(scoreError("num", "baseline must be greater than 0 (got 0)"));
  });
});

describe("workloadScore", () => {
  it("is the weighted mean of the workload metrics' points (default weights 40/30/30)", () => {
    // Junior: calls 1800/1800 = 1 -> 100; talk 1200/1500 = 0.8 -> 80; customers 90/120 = 0.75 -> 75
    // (40 x 100 + 30 x 80 + 30 x 75) / 100 = (4000 + 2400 + 2250) / 100 = 86.5
    expect(workloadScore(defaultPolicy(), { calls: 1800, talk_minutes: 1200, customers: 90 }, "Junior")).toBeCloseTo(86.5, 10);
  });

  it("re-weights over the metrics present", () => {
    // talk_minutes blank: (40 x 100 + 30 x 75) / (40 + 30) = 6250 / 70 = 89.2857..
    expect(workloadScore(defaultPolicy(), { calls: 1800, talk_minutes: null, customers: 90 }, "Junior")).toBeCloseTo(89.285714285714, 10);
    // customers not given at all counts as blank: 40 x 100 / 40 = 100
    expect(workloadScore(defaultPolicy(), { calls: 1800 }, "Junior")).toBe(100);
  });

  it("is blank when every metric is blank, but still checks the position", () => {
    expect(workloadScore(defaultPolicy(), { calls: null, talk_minutes: null, customers: null }, "Senior")).toBeNull();
    expect(() => workloadScore(defaultPolicy(), {}, "Intern")).toThrow(scoreError("na", "Intern"));
  });

  it("uses the month's seasonal baseline", () => {
    const policy = withSeason("Senior", 12, 1.25);
    // December baselines: calls 2000 x 1.25 = 2500, talk 1800 x 1.25 = 2250, customers 160 x 1.25 = 200
    // calls 2000/2500 = 0.8 -> 80; talk 2250/2250 = 1 -> 100; customers 100/200 = 0.5 -> 50
    // (40 x 80 + 30 x 100 + 30 x 50) / 100 = (3200 + 3000 + 1500) / 100 = 77
    expect(workloadScore(policy, { calls: 2000, talk_minutes: 2250, customers: 100 }, "Senior", 12)).toBeCloseTo(77, 10);
  });

  it("uses each metric's own cap from the policy", () => {
    const policy = defaultPolicy();
    findMetric(policy, "calls")!.metric.cap = 1.5;
    // calls 2700/1800 = 1.5 -> min(1.5, 1.5) -> 150; the others blank
    expect(workloadScore(policy, { calls: 2700 }, "Junior")).toBeCloseTo(150, 10);
  });

  it("ignores values for metrics the policy does not score against a baseline", () => {
    // only calls counts: 1800/1800 -> 100
    expect(workloadScore(defaultPolicy(), { calls: 1800, revenue: 5 }, "Junior")).toBe(100);
  });

  it("rejects a negative count, naming the metric", () => {
    expect(() => workloadScore(defaultPolicy(), { calls: 1800, customers: -3 }, "Junior")).toThrow(scoreError("num", "customers cannot be negative (got -3)"));
  });

  it("answers a policy without a workload dimension with #N/A", () => {
    const policy = defaultPolicy();
    policy.dimensions = policy.dimensions.filter((d) => d.key !== "workload");
    expect(() => workloadScore(policy, { calls: 1800 }, "Junior")).toThrow(scoreError("na", "workload"));
  });
});
