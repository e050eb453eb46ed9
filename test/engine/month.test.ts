import { monthScore, presence } from "../../src/engine/month";
import { scoreError } from "../support/scoreErrors";

describe("presence", () => {
  it("is the share of workdays not on leave", () => {
    // (22 - 2) / 22 = 0.90909..
    expect(presence(22, 2)).toBeCloseTo(0.909090909091, 12);
    // (20 - 0) / 20 = 1; (20 - 20) / 20 = 0; half a day: (20 - 0.5) / 20 = 0.975
    expect(presence(20, 0)).toBe(1);
    expect(presence(20, 20)).toBe(0);
    expect(presence(20, 0.5)).toBe(0.975);
  });

  it("rejects workdays of 0 or less and leave outside 0..workdays", () => {
    expect(() => presence(0, 0)).toThrow(scoreError("num", "workdays must be greater than 0 (got 0)"));
    expect(() => presence(20, -1)).toThrow(scoreError("num", "(got -1)"));
    expect(() => presence(22, 23)).toThrow(scoreError("num", "from 0 to the month's workdays, 22 (got 23)"));
  });
});

describe("monthScore", () => {
  const minPresence = 0.5;

  it("does not prorate without workdays", () => {
    // 1800/2000 = 0.9 -> 90
    expect(monthScore(1800, 2000, { minPresence })).toBe(90);
    expect(monthScore(1800, 2000, { workdays: null, leaveDays: null, minPresence })).toBe(90);
  });

  it("prorates the target by presence", () => {
    // presence (20 - 2)/20 = 0.9; target 2000 x 0.9 = 1800; 1800/1800 = 1 -> 100
    expect(monthScore(1800, 2000, { workdays: 20, leaveDays: 2, minPresence })).toBeCloseTo(100, 10);
    // presence (22 - 0)/22 = 1: same as unprorated, 1800/2000 -> 90
    expect(monthScore(1800, 2000, { workdays: 22, leaveDays: 0, minPresence })).toBe(90);
    // blank leave with workdays means no leave -> 90
    expect(monthScore(1800, 2000, { workdays: 22, leaveDays: null, minPresence })).toBe(90);
  });

  it("is blank below minimum presence, never 0, and evaluated at exactly the minimum", () => {
    // (20 - 11)/20 = 0.45 < 0.5 -> blank
    expect(monthScore(1800, 2000, { workdays: 20, leaveDays: 11, minPresence })).toBeNull();
    // (20 - 10)/20 = 0.5, not below -> target 2000 x 0.5 = 1000; 600/1000 = 0.6 -> 60
    expect(monthScore(600, 2000, { workdays: 20, leaveDays: 10, minPresence })).toBeCloseTo(60, 10);
    // a whole month of leave is not evaluated even when the policy has no minimum
    expect(monthScore(0, 2000, { workdays: 20, leaveDays: 20, minPresence: 0 })).toBeNull();
  });

  it("passes direction, cap and floor through", () => {
    // target 100 x (20 - 10)/20 = 50; lower: 2 - 40/50 = 1.2 -> 120
    expect(monthScore(40, 100, { workdays: 20, leaveDays: 10, direction: "lower", minPresence })).toBeCloseTo(120, 10);
    // same with cap 1.1 -> min(1.2, 1.1) -> 110
    expect(monthScore(40, 100, { workdays: 20, leaveDays: 10, direction: "lower", cap: 1.1, minPresence })).toBeCloseTo(110, 10);
    // 500/1000 = 0.5 < floor 0.6 -> 0
    expect(monthScore(500, 1000, { floor: 0.6, minPresence })).toBe(0);
  });

  it("reports the target the user typed, even for a month that would be blank", () => {
    expect(() => monthScore(100, -5, { workdays: 20, leaveDays: 2, minPresence })).toThrow(scoreError("num", "(got -5)"));
    expect(() => monthScore(100, 0, { workdays: 20, leaveDays: 15, minPresence })).toThrow(scoreError("num", "target"));
  });

  it("rejects leave days without workdays", () => {
    expect(() => monthScore(100, 200, { leaveDays: 3, minPresence })).toThrow(scoreError("value", "leave_days (3) needs workdays"));
  });
});
