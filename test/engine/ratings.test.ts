import { defaultPolicy, type CsatMethod } from "../../src/engine/policy";
import { csat, initiativeScore, ratingPoints } from "../../src/engine/ratings";
import { scoreError } from "../support/scoreErrors";

describe("ratingPoints", () => {
  it("is 100 x rating / scale_max", () => {
    // 100 x 4/5 = 80; 100 x 1/5 = 20; 100 x 5/5 = 100
    expect(ratingPoints(4, 5)).toBe(80);
    expect(ratingPoints(1, 5)).toBe(20);
    expect(ratingPoints(5, 5)).toBe(100);
    // a manager's half point: 100 x 3.5/5 = 70
    expect(ratingPoints(3.5, 5)).toBe(70);
    // 100 x 7/10 = 70
    expect(ratingPoints(7, 10)).toBe(70);
  });

  it("rejects a rating outside 1..scale_max and a scale under 2 or not whole", () => {
    expect(() => ratingPoints(0, 5)).toThrow(scoreError("num", "rating must be from 1 to 5 (got 0)"));
    expect(() => ratingPoints(6, 5)).toThrow(scoreError("num", "(got 6)"));
    expect(() => ratingPoints(1, 1)).toThrow(scoreError("num", "scale_max must be a whole number of 2 or more (got 1)"));
    expect(() => ratingPoints(3, 4.5)).toThrow(scoreError("num", "(got 4.5)"));
  });
});

describe("initiativeScore", () => {
  it("is the policy-weighted mean of the ratings' points (default 30/40/30)", () => {
    // 4 -> 80, 5 -> 100, 3 -> 60: (30 x 80 + 40 x 100 + 30 x 60) / 100 = (2400 + 4000 + 1800) / 100 = 82
    expect(initiativeScore(defaultPolicy(), { team_building: 4, customer_service: 5, sales_skills: 3 })).toBeCloseTo(82, 10);
  });

  it("re-weights over the ratings present, and is blank with none", () => {
    // customer_service blank: (30 x 80 + 30 x 60) / 60 = 4200/60 = 70
    expect(initiativeScore(defaultPolicy(), { team_building: 4, customer_service: null, sales_skills: 3 })).toBeCloseTo(70, 10);
    expect(initiativeScore(defaultPolicy(), { team_building: null, customer_service: null, sales_skills: null })).toBeNull();
  });

  it("takes the scale from the argument, else from the policy", () => {
    // 8/10 -> 80, 10/10 -> 100, 6/10 -> 60: 82 as above
    const ratings = { team_building: 8, customer_service: 10, sales_skills: 6 };
    expect(initiativeScore(defaultPolicy(), ratings, 10)).toBeCloseTo(82, 10);
    const tenPoint = { ...defaultPolicy(), ratingScale: 10 };
    expect(initiativeScore(tenPoint, ratings)).toBeCloseTo(82, 10);
    // on the default 1..5 scale, 8 is out of range
    expect(() => initiativeScore(defaultPolicy(), ratings)).toThrow(scoreError("num", "(got 8)"));
  });

  it("answers a policy without an initiatives dimension with #N/A", () => {
    const policy = defaultPolicy();
    policy.dimensions = policy.dimensions.filter((d) => d.key !== "initiatives");
    expect(() => initiativeScore(policy, { team_building: 4 })).toThrow(scoreError("na", "initiatives"));
  });
});

describe("csat", () => {
  const survey = [5, 4, 3, null, 2, 5];

  it("top2: the share of ratings in the top two boxes, blanks ignored", () => {
    // 5 answers (the blank ignored), 3 of them >= 4 (5, 4, 5): 100 x 3/5 = 60
    expect(csat(survey, 5, "top2")).toBe(60);
    // scale 10: top two boxes are 9 and 10; 2 of 4 -> 50
    expect(csat([10, 9, 8, 1], 10, "top2")).toBe(50);
  });

  it("mean: the mean rating mapped onto 0..100", () => {
    // (5 + 4 + 3 + 2 + 5) / 5 = 19/5 = 3.8; 100 x (3.8 - 1) / (5 - 1) = 280/4 = 70
    expect(csat(survey, 5, "mean")).toBeCloseTo(70, 10);
    // all 1s -> 0; all 5s -> 100
    expect(csat([1, 1], 5, "mean")).toBe(0);
    expect(csat([5, 5], 5, "mean")).toBe(100);
  });

  it("is blank with no ratings", () => {
    expect(csat([null, null], 5, "top2")).toBeNull();
    expect(csat([], 5, "mean")).toBeNull();
  });

  it("rejects a survey rating that is not a whole number on the scale, saying which cell", () => {
    expect(() => csat([5, 4, 6], 5, "top2")).toThrow(scoreError("num", "whole numbers from 1 to 5 (got 6, cell 3"));
    expect(() => csat([4.5], 5, "mean")).toThrow(scoreError("num", "(got 4.5, cell 1"));
    expect(() => csat([0], 5, "mean")).toThrow(scoreError("num", "(got 0"));
  });

  it("rejects an unknown method with #VALUE!", () => {
    expect(() => csat([5], 5, "median" as CsatMethod)).toThrow(scoreError("value", 'method must be "top2" or "mean" (got "median")'));
  });
});
