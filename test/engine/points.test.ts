import { attainment, metricPoints, points, ruleWithDefaults } from "../../src/engine/points";
import { scoreError } from "../support/scoreErrors";

describe("attainment", () => {
  it("divides actual by target for direction higher", () => {
    // 1500/1800 = 0.8333..
    expect(attainment(1500, 1800, "higher")).toBeCloseTo(0.833333333333, 12);
    // 2400/2000 = 1.2
    expect(attainment(2400, 2000, "higher")).toBe(1.2);
  });

  it("mirrors around 1 for direction lower", () => {
    // 2 - 100/100 = 1
    expect(attainment(100, 100, "lower")).toBe(1);
    // 2 - 50/100 = 1.5
    expect(attainment(50, 100, "lower")).toBe(1.5);
    // 2 - 200/100 = 0
    expect(attainment(200, 100, "lower")).toBe(0);
  });

  it("clamps at 0", () => {
    // 2 - 300/100 = -1 -> max(-1, 0) = 0
    expect(attainment(300, 100, "lower")).toBe(0);
    // a money loss: -500/1000 = -0.5 -> 0
    expect(attainment(-500, 1000, "higher")).toBe(0);
  });

  it("rejects a target of 0 or less with #NUM! naming the value", () => {
    expect(() => attainment(10, 0, "higher")).toThrow(scoreError("num", "target must be greater than 0 (got 0)"));
    expect(() => attainment(10, -5, "higher")).toThrow(scoreError("num", "(got -5)"));
    expect(() => attainment(10, Number.NaN, "higher")).toThrow(scoreError("num", "target"));
  });

  it("rejects an actual that is not a finite number", () => {
    expect(() => attainment(Number.POSITIVE_INFINITY, 10, "higher")).toThrow(scoreError("num", "actual"));
  });
});

describe("points", () => {
  it("is 100 x attainment below the cap, unrounded", () => {
    // 100 x 0.8333.. = 83.333.. (no rounding to 83.33)
    expect(points(1500 / 1800)).toBeCloseTo(83.3333333333, 9);
    // 100 x 0.95 = 95
    expect(points(0.95)).toBe(95);
  });

  it("caps at 100 x cap, default 1.2", () => {
    // min(1.5, 1.2) = 1.2 -> 120
    expect(points(1.5)).toBe(120);
    // min(1.5, 1.5) = 1.5 -> 150
    expect(points(1.5, 1.5)).toBe(150);
    // min(2, 1) = 1 -> 100
    expect(points(2, 1)).toBe(100);
  });

  it("is 0 below the floor, and the floor itself earns points", () => {
    // 0.59 < 0.6 -> 0
    expect(points(0.59, 1.2, 0.6)).toBe(0);
    // 0.6 >= 0.6 -> 100 x 0.6 = 60
    expect(points(0.6, 1.2, 0.6)).toBeCloseTo(60, 12);
    // default floor 0: 0 attainment -> 0 points
    expect(points(0)).toBe(0);
  });

  it("rejects a cap of 0 or less and a negative floor", () => {
    expect(() => points(1, 0)).toThrow(scoreError("num", "cap must be greater than 0 (got 0)"));
    expect(() => points(1, 1.2, -0.1)).toThrow(scoreError("num", "floor must be 0 or more (got -0.1)"));
  });
});

describe("metricPoints", () => {
  it("combines attainment and points with the metric's rule", () => {
    // 1500/1800 = 0.8333.. -> 83.333..
    expect(metricPoints(1500, 1800, { direction: "higher", cap: 1.2, floor: 0 })).toBeCloseTo(83.3333333333, 9);
    // lower: 2 - 40/100 = 1.6 -> min(1.6, 1.2) x 100 = 120
    expect(metricPoints(40, 100, { direction: "lower", cap: 1.2, floor: 0 })).toBe(120);
    // 500/1000 = 0.5 < floor 0.6 -> 0
    expect(metricPoints(500, 1000, { direction: "higher", cap: 1.2, floor: 0.6 })).toBe(0);
  });
});

describe("ruleWithDefaults", () => {
  it("fills in direction higher, cap 1.2, floor 0 and keeps what is given", () => {
    expect(ruleWithDefaults({})).toEqual({ direction: "higher", cap: 1.2, floor: 0 });
    expect(ruleWithDefaults({ direction: "lower", cap: 1.5 })).toEqual({ direction: "lower", cap: 1.5, floor: 0 });
  });
});
