import { quarterScore } from "../../src/engine/quarter";
import { scoreError } from "../support/scoreErrors";

const qualityWeight = 0.3;

describe("quarterScore", () => {
  it("recomputes the ratio from the quarter's sums instead of averaging monthly points", () => {
    // (1000 + 3000 + 2000) / (2000 + 4000 + 1000) = 6000/7000 = 0.857142.. -> 85.714285..
    // (averaging the months would give (50 + 75 + 120) / 3 = 81.67)
    expect(quarterScore([1000, 3000, 2000], [2000, 4000, 1000], { qualityWeight })).toBeCloseTo(85.714285714286, 10);
  });

  it("blends in the quality score with its weight", () => {
    // 0.7 x 85.714285.. + 0.3 x 80 = 60 + 24 = 84
    expect(quarterScore([1000, 3000, 2000], [2000, 4000, 1000], { quality: 80, qualityWeight })).toBeCloseTo(84, 10);
    // a quality of 0 is a score, not a blank: 0.7 x 100 + 0.3 x 0 = 70
    expect(quarterScore([2000], [2000], { quality: 0, qualityWeight })).toBeCloseTo(70, 10);
    // blank quality: base alone, 2000/2000 -> 100
    expect(quarterScore([2000], [2000], { quality: null, qualityWeight })).toBe(100);
  });

  it("leaves a month with a blank on either side out of both sums", () => {
    // month 2 out: (1000 + 2000) / (2000 + 1000) = 1 -> 100
    expect(quarterScore([1000, null, 2000], [2000, 4000, 1000], { qualityWeight })).toBe(100);
    expect(quarterScore([1000, 3000, 2000], [2000, null, 1000], { qualityWeight })).toBe(100);
    // a 0 target in a month left out is not looked at
    expect(quarterScore([1000, null, 2000], [2000, 0, 1000], { qualityWeight })).toBe(100);
  });

  it("is blank when no month is present, quality or not", () => {
    expect(quarterScore([null, 5, null], [100, null, null], { qualityWeight })).toBeNull();
    expect(quarterScore([], [], { quality: 90, qualityWeight })).toBeNull();
  });

  it("applies cap, floor and direction to the quarter's ratio", () => {
    // 3000/2000 = 1.5 -> capped 1.2 -> 120; with cap 1.5 -> 150
    expect(quarterScore([3000], [2000], { qualityWeight })).toBe(120);
    expect(quarterScore([3000], [2000], { qualityWeight, cap: 1.5 })).toBe(150);
    // lower: 2 - (30 + 50)/(100 + 100) = 2 - 0.4 = 1.6 -> with cap 2 -> 160
    expect(quarterScore([30, 50], [100, 100], { qualityWeight, direction: "lower", cap: 2 })).toBeCloseTo(160, 10);
    // (200 + 300)/(1000 + 1000) = 0.25 < floor 0.5 -> 0
    expect(quarterScore([200, 300], [1000, 1000], { qualityWeight, floor: 0.5 })).toBe(0);
  });

  it("nets a negative money month into the sums", () => {
    // (-500 + 2500) / (1000 + 1000) = 1 -> 100
    expect(quarterScore([-500, 2500], [1000, 1000], { qualityWeight })).toBe(100);
  });

  it("rejects ranges of different sizes with #VALUE!", () => {
    expect(() => quarterScore([1, 2, 3], [1, 2], { qualityWeight })).toThrow(scoreError("value", "(got 3 and 2)"));
  });

  it("rejects a quality outside 0..100, a weight outside 0..1 and a present month's target of 0 or less", () => {
    expect(() => quarterScore([1], [1], { quality: 101, qualityWeight })).toThrow(scoreError("num", "quality must be from 0 to 100 (got 101)"));
    expect(() => quarterScore([1], [1], { quality: -1, qualityWeight })).toThrow(scoreError("num", "(got -1)"));
    expect(() => quarterScore([1], [1], { qualityWeight: 1.5 })).toThrow(scoreError("num", "quality weight must be from 0 to 1 (got 1.5)"));
    // -100 would net out against 300 to a positive sum; it is still reported
    expect(() => quarterScore([100, 100], [300, -100], { qualityWeight })).toThrow(scoreError("num", "target must be greater than 0 (got -100)"));
  });
});
