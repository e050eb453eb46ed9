import { defaultPolicy, type Dimension, type Policy } from "../../src/engine/policy";
import { dimensionScore, grade, rank, roundHalfAwayFromZero, totalScore, weightOf, weightedMean } from "../../src/engine/total";
import { scoreError } from "../support/scoreErrors";

const sales = (): Dimension => defaultPolicy().dimensions.find((d) => d.key === "sales") as Dimension;

describe("weightedMean", () => {
  it("is Σ w p / Σ w over the present items", () => {
    // (40 x 100 + 30 x 80 + 30 x 75) / 100 = 8650/100 = 86.5
    const all = [
      { weight: 40, points: 100 },
      { weight: 30, points: 80 },
      { weight: 30, points: 75 },
    ];
    expect(weightedMean(all)).toBeCloseTo(86.5, 10);
    // the second blank: (4000 + 2250) / 70 = 89.2857..
    expect(weightedMean([all[0], { weight: 30, points: null }, all[2]])).toBeCloseTo(89.285714285714, 10);
  });

  it("is blank when nothing present carries weight", () => {
    expect(weightedMean([])).toBeNull();
    expect(weightedMean([{ weight: 50, points: null }])).toBeNull();
    expect(weightedMean([{ weight: 0, points: 70 }])).toBeNull();
  });

  it("rejects a negative weight and non-finite points", () => {
    expect(() => weightedMean([{ weight: -10, points: 50 }])).toThrow(scoreError("num", "(got -10)"));
    expect(() => weightedMean([{ weight: 10, points: Number.NaN }])).toThrow(scoreError("num", "(got NaN)"));
  });
});

describe("dimensionScore", () => {
  it("weights the metrics present with the dimension's metric weights (sales 50/30/20)", () => {
    // (50 x 90 + 30 x 110 + 20 x 100) / 100 = (4500 + 3300 + 2000) / 100 = 98
    expect(dimensionScore(sales(), { revenue: 90, net_profit: 110, satisfaction: 100 })).toBeCloseTo(98, 10);
    // net_profit blank: (4500 + 2000) / 70 = 92.857142..
    expect(dimensionScore(sales(), { revenue: 90, net_profit: null, satisfaction: 100 })).toBeCloseTo(92.857142857143, 10);
    // keys the dimension does not have are not counted: 50 x 90 / 50 = 90
    expect(dimensionScore(sales(), { revenue: 90, calls: 10 })).toBe(90);
    expect(dimensionScore(sales(), {})).toBeNull();
  });
});

describe("totalScore", () => {
  it("weights the dimensions with the policy's weights (default 30/50/20)", () => {
    // (30 x 86.5 + 50 x 98 + 20 x 82) / 100 = (2595 + 4900 + 1640) / 100 = 91.35
    expect(totalScore(defaultPolicy(), { workload: 86.5, sales: 98, initiatives: 82 })).toBeCloseTo(91.35, 10);
  });

  it("re-weights over the dimensions present, and is blank with none", () => {
    // initiatives blank: (2595 + 4900) / 80 = 7495/80 = 93.6875
    expect(totalScore(defaultPolicy(), { workload: 86.5, sales: 98, initiatives: null })).toBeCloseTo(93.6875, 10);
    expect(totalScore(defaultPolicy(), { workload: null, sales: null, initiatives: null })).toBeNull();
  });

  it("reads the weights from the policy, not from constants", () => {
    const policy = defaultPolicy();
    policy.dimensions[0].weight = 20; // workload
    policy.dimensions[1].weight = 60; // sales
    // (20 x 86.5 + 60 x 98 + 20 x 82) / 100 = (1730 + 5880 + 1640) / 100 = 92.5
    expect(totalScore(policy, { workload: 86.5, sales: 98, initiatives: 82 })).toBeCloseTo(92.5, 10);
  });
});

describe("roundHalfAwayFromZero", () => {
  it("rounds the decimal the user sees, not the binary double", () => {
    // 89.995 is stored as 89.99499999999999744.. but reads 89.995 -> 90
    expect(roundHalfAwayFromZero(89.995, 2)).toBe(90);
    // 2.675 (stored 2.67499999..) -> 2.68; 1.005 (stored 1.00499999..) -> 1.01
    expect(roundHalfAwayFromZero(2.675, 2)).toBe(2.68);
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    // 0.1 + 0.2 = 0.30000000000000004 -> 0.3
    expect(roundHalfAwayFromZero(0.1 + 0.2, 2)).toBe(0.3);
  });

  it("rounds float noise the way its 15-digit display reads", () => {
    // 89.99499999999999 shows as 89.9950000000000 in Excel -> 90
    expect(roundHalfAwayFromZero(89.99499999999999, 2)).toBe(90);
    // a genuine 89.99499999999 (13 significant digits) is below the half -> 89.99
    expect(roundHalfAwayFromZero(89.99499999999, 2)).toBe(89.99);
    expect(roundHalfAwayFromZero(89.9949, 2)).toBe(89.99);
  });

  it("sends ties away from zero on both sides", () => {
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
    expect(roundHalfAwayFromZero(-89.995, 2)).toBe(-90);
    expect(roundHalfAwayFromZero(1234567.891, 2)).toBe(1234567.89);
  });

  it("never gives -0", () => {
    // -0.001 -> 0.00, not -0
    expect(Object.is(roundHalfAwayFromZero(-0.001, 2), 0)).toBe(true);
  });

  it("rejects non-finite values and decimals outside 0..15 or not whole", () => {
    expect(() => roundHalfAwayFromZero(Number.NaN, 2)).toThrow(scoreError("num", "NaN"));
    expect(() => roundHalfAwayFromZero(1, -1)).toThrow(scoreError("num", "(got -1)"));
    expect(() => roundHalfAwayFromZero(1, 1.5)).toThrow(scoreError("num", "(got 1.5)"));
  });
});

describe("grade", () => {
  const policy = defaultPolicy();

  it("compares the score rounded to 2 decimals with inclusive lower bounds", () => {
    // 89.995 -> 90.00 >= 90 -> A; 89.994 -> 89.99 -> B
    expect(grade(policy, 89.995)).toBe("A");
    expect(grade(policy, 89.994)).toBe("B");
    expect(grade(policy, 90)).toBe("A");
    expect(grade(policy, 120)).toBe("A");
    expect(grade(policy, 80)).toBe("B");
    expect(grade(policy, 79.99)).toBe("C");
    expect(grade(policy, 70)).toBe("C");
    // 59.995 -> 60.00 -> D; 59.994 -> 59.99 -> E
    expect(grade(policy, 59.995)).toBe("D");
    expect(grade(policy, 59.994)).toBe("E");
    expect(grade(policy, 0)).toBe("E");
  });

  it("is blank for a blank score", () => {
    expect(grade(policy, null)).toBeNull();
  });

  it("uses the policy's bands and lowest grade", () => {
    const custom: Policy = {
      ...defaultPolicy(),
      bands: [
        { grade: "Good", min: 75 },
        { grade: "Top", min: 95 },
      ],
      lowestGrade: "Improve",
    };
    // the band with the largest min reached: 96 -> Top; 94.995 -> 95.00 -> Top; 80 -> Good; 74.99 -> Improve
    expect(grade(custom, 96)).toBe("Top");
    expect(grade(custom, 94.995)).toBe("Top");
    expect(grade(custom, 80)).toBe("Good");
    expect(grade(custom, 74.99)).toBe("Improve");
  });
});

describe("rank", () => {
  it("ranks descending with shared ranks for ties, like RANK.EQ", () => {
    // 90 first; the two 80s share 2; 70 comes 4th
    expect(rank([80, 90, 70, 80])).toEqual([2, 1, 4, 2]);
    expect(rank([50, 50, 50])).toEqual([1, 1, 1]);
    expect(rank([-5, 0])).toEqual([2, 1]);
  });

  it("gives blanks no rank and leaves them out of everyone else's", () => {
    // present: 85, 90, 85 -> 90 is 1st, the 85s share 2nd
    expect(rank([null, 85, 90, null, 85])).toEqual([null, 2, 1, null, 2]);
    expect(rank([null])).toEqual([null]);
    expect(rank([])).toEqual([]);
  });

  it("rejects a non-finite score", () => {
    expect(() => rank([1, Number.NaN])).toThrow(scoreError("num", "NaN"));
  });
});

describe("weightOf", () => {
  it("returns dimension and metric weights as fractions", () => {
    // sales 50/100 = 0.5; sales.revenue 50/100 = 0.5; workload 30/100 = 0.3; initiatives.customer_service 40/100 = 0.4
    expect(weightOf(defaultPolicy(), "sales")).toBe(0.5);
    expect(weightOf(defaultPolicy(), "sales.revenue")).toBe(0.5);
    expect(weightOf(defaultPolicy(), "workload")).toBe(0.3);
    expect(weightOf(defaultPolicy(), "initiatives.customer_service")).toBe(0.4);
  });

  it("matches keys ignoring case and surrounding spaces", () => {
    // workload.calls 40/100 = 0.4
    expect(weightOf(defaultPolicy(), " Workload.Calls ")).toBe(0.4);
  });

  it("reads the policy's weights", () => {
    const policy = defaultPolicy();
    policy.dimensions[1].weight = 25;
    // 25/100 = 0.25
    expect(weightOf(policy, "sales")).toBe(0.25);
  });

  it("answers an unknown key with #N/A listing the known ones", () => {
    expect(() => weightOf(defaultPolicy(), "bonus")).toThrow(scoreError("na", 'Unknown weight "bonus"'));
    expect(() => weightOf(defaultPolicy(), "bonus")).toThrow(scoreError("na", "sales.revenue"));
    // a metric needs its dimension; a metric of another dimension is unknown; so is a third part
    expect(() => weightOf(defaultPolicy(), "revenue")).toThrow(scoreError("na", "revenue"));
    expect(() => weightOf(defaultPolicy(), "sales.calls")).toThrow(scoreError("na", "sales.calls"));
    expect(() => weightOf(defaultPolicy(), "sales.revenue.x")).toThrow(scoreError("na", "sales.revenue.x"));
  });
});
