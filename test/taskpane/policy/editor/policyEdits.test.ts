import { defaultPolicy } from "../../../../src/engine/policy";
import { validatePolicy } from "../../../../src/engine/policySchema";
import {
  addBand,
  addMetric,
  addPosition,
  removeBand,
  removeMetric,
  removePosition,
  renamePolicy,
  renamePosition,
  setPositionLabel,
  setBaselineValue,
  setSeasonalFactor,
  updateMetric,
} from "../../../../src/taskpane/policy/editor/policyEdits";
import { weightSum } from "../../../../src/taskpane/policy/editor/weightSum";

describe("policy edits", () => {
  it("change only what they touch, leaving the rest of the policy the very same objects", () => {
    const before = defaultPolicy();
    const after = updateMetric(before, 1, 2, { target: 85 });
    expect(after.dimensions[1]!.metrics[2]!.target).toBe(85);
    expect(before.dimensions[1]!.metrics[2]!.target).toBe(90);
    expect(after.dimensions[0]).toBe(before.dimensions[0]);
    expect(after.dimensions[1]!.metrics[0]).toBe(before.dimensions[1]!.metrics[0]);
    expect(after.baselines).toBe(before.baselines);
  });

  it("drop a metric's target when it is set to undefined", () => {
    const after = updateMetric(defaultPolicy(), 1, 2, { scoring: "target", target: undefined });
    expect("target" in after.dimensions[1]!.metrics[2]!).toBe(false);
  });

  it("remove a workload metric together with every position's baseline for it", () => {
    // Customers go; calls 40 + talk minutes 30 leave 70 until the user rebalances.
    const after = removeMetric(defaultPolicy(), 0, 2);
    expect(after.dimensions[0]!.metrics.map((m) => m.key)).toEqual(["calls", "talk_minutes"]);
    expect(after.baselines.map((b) => b.values)).toEqual([
      { calls: 1800, talk_minutes: 1500 },
      { calls: 2000, talk_minutes: 1800 },
      { calls: 1000, talk_minutes: 900 },
    ]);
    const result = validatePolicy(updateMetric(after, 0, 0, { weight: 70 }));
    expect(result.ok).toBe(true);
  });

  it("add a metric at the end of its dimension", () => {
    const complaints = { key: "complaint_rate", weight: 0, direction: "lower" as const, floor: 0, cap: 1.2, scoring: "fixed" as const, unit: "percent" as const, target: 2 };
    expect(addMetric(defaultPolicy(), 1, complaints).dimensions[1]!.metrics.map((m) => m.key)).toEqual(["revenue", "net_profit", "satisfaction", "complaint_rate"]);
  });

  it("add, rename and remove positions, and set their baselines and seasonal factors", () => {
    let p = addPosition(defaultPolicy(), "Trainee");
    expect(p.baselines[3]).toEqual({ position: "Trainee", values: {}, seasonal: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] });
    p = setBaselineValue(p, 3, "calls", 900);
    p = setSeasonalFactor(p, 3, 11, 1.2);
    p = renamePosition(p, 3, "Intern");
    p = setBaselineValue(removePosition(p, 0), 0, "customers", undefined);
    expect(p.baselines.map((b) => b.position)).toEqual(["Senior", "Team Lead", "Intern"]);
    expect(p.baselines[0]!.values).toEqual({ calls: 2000, talk_minutes: 1800 });
    expect(p.baselines[2]).toEqual({ position: "Intern", values: { calls: 900 }, seasonal: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.2] });
  });

  it("rename a position or the policy with the labels that spelled the old name, and set or clear a position's names", () => {
    let p = renamePosition(defaultPolicy(), 0, "Trainee");
    // The English name was the position's name, so it follows; the Chinese one stays.
    expect(p.baselines[0]).toMatchObject({ position: "Trainee", label: { en: "Trainee", zh: "初级坐席" } });
    p = setPositionLabel(p, 0, "zh", "见习坐席");
    // The Traditional name is its own: the editor shows it beside the Simplified one.
    expect(p.baselines[0]!.label).toEqual({ en: "Trainee", zh: "见习坐席", "zh-Hant": "初級電銷人員" });
    p = setPositionLabel(setPositionLabel(setPositionLabel(p, 0, "zh", ""), 0, "en", " "), 0, "zh-Hant", "");
    expect(p.baselines[0]).not.toHaveProperty("label");
    p = setPositionLabel(p, 0, "zh", "见习");
    expect(p.baselines[0]!.label).toEqual({ en: "", zh: "见习" });
    const renamed = renamePolicy(defaultPolicy(), "Acme 2026");
    expect([renamed.name, renamed.label]).toEqual(["Acme 2026", { en: "Acme 2026", zh: "TeleScore 默认方案", "zh-Hant": "TeleScore 預設方案" }]);
    expect(validatePolicy(p).ok).toBe(true);
  });

  it("add a band 10 under the last one, or at 60 when there is none", () => {
    // D's 60 - 10 = 50.
    expect(addBand(defaultPolicy()).bands[4]).toEqual({ grade: "", min: 50 });
    const none = [0, 0, 0, 0].reduce((p) => removeBand(p, 0), defaultPolicy());
    expect(addBand(none).bands).toEqual([{ grade: "", min: 60 }]);
  });
});

describe("weightSum", () => {
  it("adds in decimal, so weights that add up to 100 give exactly 100", () => {
    // 0.1 + 64.1 + 35.8 = 100, which binary floating point makes 99.99999999999999.
    expect(0.1 + 64.1 + 35.8).not.toBe(100);
    expect(weightSum([0.1, 64.1, 35.8])).toEqual({ sum: 100, gap: 0 });
  });

  it("says how far from 100 a group is, rounded to 2 decimals", () => {
    expect(weightSum([25, 50, 20])).toEqual({ sum: 95, gap: -5 });
    // 40.005 + 60 = 100.005, rounded half up to 100.01 (binary floating point gives 100.00).
    expect((40.005 + 60).toFixed(2)).toBe("100.00");
    expect(weightSum([40.005, 60])).toEqual({ sum: 100.01, gap: 0.01 });
  });

  it("has no sum while a weight is not a number", () => {
    expect(weightSum([30, NaN, 20])).toEqual({ sum: NaN, gap: NaN });
  });
});
