/**
 * The TELE functions as Excel calls them: arguments as Excel passes them to `any` / `any[][]`
 * parameters (null for an empty cell or an omitted argument, rows of values for a range), results
 * as the cell shows them ("" for blank, CustomFunctions.Error for an error). Expected values are
 * worked out by hand from docs/method.md and its default policy.
 */
import "../support/customFunctionsGlobal";
import { excelError } from "../support/scoreErrors";
import { defaultPolicy, type Policy } from "../../src/engine/policy";
import { resetPolicyStoreForTests, setPolicy } from "../../src/engine/policyStore";
import { POLICY_WAIT_MS } from "../../src/functions/adapt";
import * as tele from "../../src/functions/functions";
import { cell } from "../support/oneCell";

function policyWith(change: (p: Policy) => void): Policy {
  const p = defaultPolicy();
  change(p);
  return p;
}


const junior = (p: Policy) => p.baselines.find((b) => b.position === "Junior")!;

beforeEach(() => {
  resetPolicyStoreForTests();
  setPolicy(defaultPolicy());
});

describe("BASELINE_SCORE", () => {
  it("scores actual / baseline, capped at 1.2 by default", () => {
    // 1500 / 1800 = 0.8333… -> 83.33… points
    expect(cell.baselineScore(1500, 1800)).toBeCloseTo(250 / 3, 10);
    // 2400 / 1800 = 1.333… > cap 1.2 -> 120
    expect(cell.baselineScore(2400, 1800)).toBe(120);
  });

  it("takes cap and floor when given, and null (omitted) as the default", () => {
    // cap 1.5: 100 × 1.333… = 133.33…
    expect(cell.baselineScore(2400, 1800, 1.5)).toBeCloseTo(400 / 3, 10);
    // 900 / 1800 = 0.5 < floor 0.6 -> 0
    expect(cell.baselineScore(900, 1800, null, 0.6)).toBe(0);
    // 1200 / 1800 = 0.667 >= floor 0.6 -> 66.67
    expect(cell.baselineScore(1200, 1800, null, 0.6)).toBeCloseTo(200 / 3, 10);
  });

  it("reads numeric text as a person would", () => {
    // " 1,500 " is 1500, "1800" is 1800 -> 83.33…
    expect(cell.baselineScore(" 1,500 ", "1800")).toBeCloseTo(250 / 3, 10);
    // full-width digits: １５００ = 1500
    expect(cell.baselineScore("１５００", 1800)).toBeCloseTo(250 / 3, 10);
  });

  it("blank in, blank out: an empty cell, an empty string or an omitted value", () => {
    expect(cell.baselineScore(null, 1800)).toBe("");
    expect(cell.baselineScore("", 1800)).toBe("");
    expect(cell.baselineScore(1500, undefined)).toBe("");
    expect(cell.baselineScore("   ", null)).toBe("");
  });

  it("a blank actual is not 0: 0 calls scores 0, a blank scores blank", () => {
    expect(cell.baselineScore(0, 1800)).toBe(0);
    expect(cell.baselineScore(null, 1800)).toBe("");
  });

  it("#VALUE! for TRUE/FALSE and for text that is no number, naming the parameter", () => {
    const bool = excelError(() => cell.baselineScore(true, 1800));
    expect(bool.code).toBe("#VALUE!");
    expect(bool.message).toMatch(/TRUE is not a number for actual/);
    const text = excelError(() => cell.baselineScore(1500, "eighteen hundred"));
    expect(text.code).toBe("#VALUE!");
    expect(text.message).toMatch(/"eighteen hundred" is not a number for baseline/);
  });

  it("#VALUE! for a data type (an entity value) passed to an any parameter", () => {
    const e = excelError(() => cell.baselineScore({ type: "Entity", text: "Rep" }, 1800));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/actual must be a number or text, not a data type/);
  });

  it("#NUM! for a baseline of 0, a negative count, or a non-finite number", () => {
    const zero = excelError(() => cell.baselineScore(1500, 0));
    expect(zero.code).toBe("#NUM!");
    expect(zero.message).toMatch(/baseline must be greater than 0 \(got 0\)/);
    const negative = excelError(() => cell.baselineScore(-5, 1800));
    expect(negative.code).toBe("#NUM!");
    expect(negative.message).toMatch(/actual cannot be negative \(got -5\)/);
    const infinite = excelError(() => cell.baselineScore(Infinity, 1800));
    expect(infinite.code).toBe("#NUM!");
    expect(infinite.message).toMatch(/actual must be a finite number/);
  });
});

describe("BASELINE", () => {
  it("gives the position's base volume, position matched ignoring case and spaces", () => {
    expect(tele.baseline("calls", "Junior")).toBe(1800);
    expect(tele.baseline(" talk_minutes ", "  team lead ")).toBe(900);
    expect(tele.baseline("customers", "SENIOR")).toBe(160);
  });

  it("applies the month's seasonal factor, given a month number or a date in the month", () => {
    setPolicy(policyWith((p) => (junior(p).seasonal[2] = 1.1)));
    // March factor 1.1: 1800 × 1.1 = 1980
    expect(tele.baseline("calls", "Junior", 3)).toBeCloseTo(1980, 9);
    // 2024-03-15 is serial 45366 (2024-01-01 = 45292, + 31 + 29 + 14): March
    expect(tele.baseline("calls", "Junior", 45366)).toBeCloseTo(1980, 9);
    // February's factor is still 1
    expect(tele.baseline("calls", "Junior", 2)).toBe(1800);
    // blank period: no factor
    expect(tele.baseline("calls", "Junior", null)).toBe(1800);
  });

  it("#N/A for an unknown position or metric, listing what the policy knows", () => {
    const position = excelError(() => tele.baseline("calls", "Intern"));
    expect(position.code).toBe("#N/A");
    expect(position.message).toMatch(/Unknown position "Intern".*Junior, Senior, Team Lead/);
    const metric = excelError(() => tele.baseline("emails", "Junior"));
    expect(metric.code).toBe("#N/A");
    expect(metric.message).toMatch(/no baseline for metric "emails"/);
  });

  it("#NUM! for a period that is neither a month 1..12 nor a date", () => {
    for (const bad of [0, 13, 31, 2.5, -1]) {
      const e = excelError(() => tele.baseline("calls", "Junior", bad));
      expect(e.code).toBe("#NUM!");
      expect(e.message).toMatch(new RegExp(`period must be a month number from 1 to 12 or a date \\(got ${bad}\\)`));
    }
  });

  it("#VALUE! for TRUE as a metric; blank metric or position gives blank", () => {
    const e = excelError(() => tele.baseline(true, "Junior"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/TRUE is not valid text for metric/);
    expect(tele.baseline(null, "Junior")).toBe("");
    expect(tele.baseline("calls", "")).toBe("");
  });

  it("blank position wins over an unknown metric: blank in, blank out", () => {
    expect(tele.baseline("emails", null)).toBe("");
  });
});

describe("MONTH_SCORE", () => {
  it("without workdays: points of actual / target", () => {
    // 900 / 1000 = 0.9 -> 90
    expect(cell.monthScore(900, 1000)).toBe(90);
  });

  it("prorates the target by presence", () => {
    // presence (20 − 2) / 20 = 0.9; effective target 900; 900 / 900 = 1 -> 100
    expect(cell.monthScore(900, 1000, 20, 2)).toBeCloseTo(100, 10);
    // blank leave with workdays: presence 1 -> 90
    expect(cell.monthScore(900, 1000, 20, null)).toBe(90);
    // half a day of leave: presence 19.5 / 20 = 0.975; 900 / 975 = 0.923… -> 92.31
    expect(cell.monthScore(900, 1000, 20, 0.5)).toBeCloseTo(90000 / 975, 9);
  });

  it("takes the cap", () => {
    // presence 0.9, a = 1.0, cap 0.9 -> 90
    expect(cell.monthScore(900, 1000, 20, 2, 0.9)).toBeCloseTo(90, 10);
  });

  it("a month below the policy's min_presence is blank, never 0", () => {
    // presence (20 − 12) / 20 = 0.4 < 0.5
    expect(cell.monthScore(900, 1000, 20, 12)).toBe("");
    // presence exactly 0.5 is evaluated: target 500; 900 / 500 = 1.8 -> cap 120
    expect(cell.monthScore(900, 1000, 20, 10)).toBe(120);
  });

  it("reads min_presence from the current policy", () => {
    setPolicy(policyWith((p) => (p.minPresence = 0.3)));
    // presence 0.4 >= 0.3: target 400; 900 / 400 = 2.25 -> cap 120
    expect(cell.monthScore(900, 1000, 20, 12)).toBe(120);
  });

  it("blank actual or target: blank", () => {
    expect(cell.monthScore(null, 1000, 20, 2)).toBe("");
    expect(cell.monthScore(900, "", 20, 2)).toBe("");
  });

  it("#NUM! for workdays 0, leave beyond workdays, target 0; #VALUE! for leave without workdays", () => {
    const workdays = excelError(() => cell.monthScore(900, 1000, 0, 0));
    expect(workdays.code).toBe("#NUM!");
    expect(workdays.message).toMatch(/workdays must be greater than 0 \(got 0\)/);
    const leave = excelError(() => cell.monthScore(900, 1000, 20, 25));
    expect(leave.code).toBe("#NUM!");
    expect(leave.message).toMatch(/leave_days must be from 0 to the month's workdays, 20 \(got 25\)/);
    const target = excelError(() => cell.monthScore(900, 0));
    expect(target.code).toBe("#NUM!");
    expect(target.message).toMatch(/target must be greater than 0 \(got 0\)/);
    const orphan = excelError(() => cell.monthScore(900, 1000, null, 2));
    expect(orphan.code).toBe("#VALUE!");
    expect(orphan.message).toMatch(/leave_days \(2\) needs workdays/);
  });
});

describe("QUARTER_SCORE", () => {
  it("recomputes the ratio from sums over the months present, a blank month left out", () => {
    // months 1 and 2 present: Σ actual 220, Σ target 200 -> 1.1 -> 110; month 3 (blank actual) out
    expect(tele.quarterScore([[100], [120], [null]], [[100], [100], [100]])).toBeCloseTo(110, 10);
    // a blank target leaves its month out too: Σ 100 + 80 = 180 over 100 + 100 = 200 -> 90
    expect(tele.quarterScore([[100], [999], [80]], [[100], [null], [100]])).toBeCloseTo(90, 10);
    // sums, not averaged ratios: 50/100 and 300/200 -> 350 / 300 = 1.1667 -> 116.67 (the mean of ratios would be 100)
    expect(tele.quarterScore([[50], [300]], [[100], [200]])).toBeCloseTo(350 / 3, 9);
  });

  it("takes ranges laid out in a row as well", () => {
    expect(tele.quarterScore([[100, 120, null]], [[100, 100, 100]])).toBeCloseTo(110, 10);
  });

  it("blends a quality score with the policy's weight 0.3, or the given one", () => {
    // 0.7 × 110 + 0.3 × 80 = 77 + 24 = 101
    expect(tele.quarterScore([[100], [120]], [[100], [100]], 80)).toBeCloseTo(101, 10);
    // 0.5 × 110 + 0.5 × 80 = 95
    expect(tele.quarterScore([[100], [120]], [[100], [100]], 80, 0.5)).toBeCloseTo(95, 10);
    setPolicy(policyWith((p) => (p.quarterQualityWeight = 0.5)));
    expect(tele.quarterScore([[100], [120]], [[100], [100]], 80)).toBeCloseTo(95, 10);
  });

  it("no month with both values: blank", () => {
    expect(tele.quarterScore([[null], [null], [null]], [[100], [100], [100]])).toBe("");
  });

  it("#VALUE! when the ranges differ in size or hold more than 3 months", () => {
    const sizes = excelError(() => tele.quarterScore([[100], [120]], [[100], [100], [100]]));
    expect(sizes.code).toBe("#VALUE!");
    expect(sizes.message).toMatch(/same number of cells \(got 2 and 3\)/);
    const four = excelError(() => tele.quarterScore([[1], [2], [3], [4]], [[1], [2], [3], [4]]));
    expect(four.code).toBe("#VALUE!");
    expect(four.message).toMatch(/actuals holds 4 cells, but a quarter has 3 months/);
  });

  it("#VALUE! for text in a range, naming the cell", () => {
    const e = excelError(() => tele.quarterScore([[100], ["n/a"], [90]], [[100], [100], [100]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/"n\/a" is not a number for actuals \(row 2\)/);
  });

  it("#NUM! for a quality outside 0..100 or a weight outside 0..1", () => {
    const quality = excelError(() => tele.quarterScore([[100]], [[100]], 120));
    expect(quality.code).toBe("#NUM!");
    expect(quality.message).toMatch(/quality must be from 0 to 100 \(got 120\)/);
    const weight = excelError(() => tele.quarterScore([[100]], [[100]], 80, 1.5));
    expect(weight.code).toBe("#NUM!");
    expect(weight.message).toMatch(/quality weight must be from 0 to 1 \(got 1.5\)/);
  });
});

describe("WORKDAYS", () => {
  // 2024-10-01 (a Tuesday) is serial 45566: 2024-01-01 = 45292, + 274 days of January–September.
  const oct1 = 45566;
  const oct31 = oct1 + 30;
  // China's 2024 National Day: 1–7 October off; Sunday 29 September and Saturday 12 October worked.
  const holidays = [[oct1], [oct1 + 1], [oct1 + 2], [oct1 + 3], [oct1 + 4], [oct1 + 5], [oct1 + 6]];
  const makeup = [[oct1 - 2], [oct1 + 11]];

  it("counts Monday–Friday, both ends included", () => {
    // October 2024: Tue 1 – Fri 4 (4), three full weeks (15), Mon 28 – Thu 31 (4) = 23
    expect(tele.workdays(oct1, oct31)).toBe(23);
  });

  it("minus weekday holidays, plus make-up days that fall on a weekend in range", () => {
    // 23 − 5 weekday holidays (1, 2, 3, 4, 7 Oct; 5 and 6 are a weekend) + 1 (12 Oct; 29 Sep is out of range) = 19
    expect(tele.workdays(oct1, oct31, holidays, makeup)).toBe(19);
    // start after end: the same count, negative
    expect(tele.workdays(oct31, oct1, holidays, makeup)).toBe(-19);
  });

  it("skips blank cells in the holiday range", () => {
    // only 1 and 2 October listed: 23 − 2 = 21
    expect(tele.workdays(oct1, oct31, [[oct1], [null], [oct1 + 1], [""]])).toBe(21);
  });

  it("blank start or end: blank", () => {
    expect(tele.workdays(null, oct31)).toBe("");
    expect(tele.workdays(oct1, "")).toBe("");
  });

  it("#VALUE! for a date typed as text; #NUM! for a serial before 1900", () => {
    const text = excelError(() => tele.workdays("2024-10-01", oct31));
    expect(text.code).toBe("#VALUE!");
    expect(text.message).toMatch(/"2024-10-01" is not a number for start/);
    const early = excelError(() => tele.workdays(-1, oct31));
    expect(early.code).toBe("#NUM!");
    expect(early.message).toMatch(/start must be a date from 1900-01-01 to 9999-12-31 \(got -1\)/);
  });
});

describe("WORKLOAD_SCORE", () => {
  it("scores each volume against the Junior baselines and takes the weighted mean", () => {
    // calls 1800/1800 -> 100; talk 1200/1500 -> 80; customers 150/120 = 1.25 -> cap 120
    // (40 × 100 + 30 × 80 + 30 × 120) / 100 = (4000 + 2400 + 3600) / 100 = 100
    expect(tele.workloadScore(1800, 1200, 150, "Junior")).toBeCloseTo(100, 10);
  });

  it("leaves a blank volume out of the mean (re-weighted, not 0)", () => {
    // (40 × 100 + 30 × 80) / 70 = 6400 / 70 = 91.43
    expect(tele.workloadScore(1800, 1200, null, "Junior")).toBeCloseTo(6400 / 70, 10);
  });

  it("applies the period's seasonal factor", () => {
    setPolicy(policyWith((p) => (junior(p).seasonal[2] = 1.25)));
    // March baselines: calls 2250, talk 1875, customers 150
    // 1800/2250 = 0.8 -> 80; 1200/1875 = 0.64 -> 64; 150/150 -> 100
    // (40 × 80 + 30 × 64 + 30 × 100) / 100 = (3200 + 1920 + 3000) / 100 = 81.2
    expect(tele.workloadScore(1800, 1200, 150, "Junior", 3)).toBeCloseTo(81.2, 10);
  });

  it("blank position or all volumes blank: blank", () => {
    expect(tele.workloadScore(1800, 1200, 150, null)).toBe("");
    expect(tele.workloadScore(null, "", null, "Junior")).toBe("");
  });

  it("#N/A for an unknown position, #NUM! for a negative volume", () => {
    const position = excelError(() => tele.workloadScore(1800, 1200, 150, "Intern"));
    expect(position.code).toBe("#N/A");
    expect(position.message).toMatch(/Unknown position "Intern"/);
    const negative = excelError(() => tele.workloadScore(-1, 1200, 150, "Junior"));
    expect(negative.code).toBe("#NUM!");
    expect(negative.message).toMatch(/calls cannot be negative \(got -1\)/);
  });
});

describe("SALES_SCORE and PROFIT_SCORE", () => {
  it("score against the target with the policy's rule", () => {
    // 95,000 / 100,000 = 0.95 -> 95
    expect(tele.salesScore(95000, 100000)).toBeCloseTo(95, 10);
    // 130,000 / 100,000 = 1.3 -> cap 1.2 -> 120; with cap 1.5 -> 130
    expect(tele.salesScore(130000, 100000)).toBe(120);
    expect(tele.salesScore(130000, 100000, 1.5)).toBeCloseTo(130, 10);
    // 30,000 / 40,000 = 0.75 -> 75
    expect(tele.profitScore(30000, 40000)).toBe(75);
    // numeric text: "95,000" / "100,000"
    expect(tele.salesScore("95,000", "100,000")).toBeCloseTo(95, 10);
  });

  it("a loss or negative revenue scores 0 (attainment clamped at 0)", () => {
    expect(tele.profitScore(-5000, 40000)).toBe(0);
    expect(tele.salesScore(-5000, 100000)).toBe(0);
  });

  it("follow the policy's floor for the metric", () => {
    setPolicy(
      policyWith((p) => {
        p.dimensions[1].metrics[0].floor = 0.6; // revenue
      }),
    );
    // 50,000 / 100,000 = 0.5 < 0.6 -> 0; net_profit keeps floor 0: 0.5 -> 50
    expect(tele.salesScore(50000, 100000)).toBe(0);
    expect(tele.profitScore(20000, 40000)).toBe(50);
  });

  it("use the method's defaults when the policy has no such metric", () => {
    setPolicy(policyWith((p) => (p.dimensions[1].metrics = p.dimensions[1].metrics.filter((m) => m.key !== "revenue"))));
    // higher, cap 1.2, floor 0: 130,000 / 100,000 -> 120
    expect(tele.salesScore(130000, 100000)).toBe(120);
  });

  it("blank revenue, profit or target: blank; target 0: #NUM!", () => {
    expect(tele.salesScore(null, 100000)).toBe("");
    expect(tele.profitScore(30000, null)).toBe("");
    const e = excelError(() => tele.profitScore(30000, 0));
    expect(e.code).toBe("#NUM!");
    expect(e.message).toMatch(/target must be greater than 0 \(got 0\)/);
  });
});

describe("NET_PROFIT", () => {
  it("subtracts every cost exactly to the cent", () => {
    // 1000.10 − 600.05 − 100.02 − 0.01 = 300.02
    expect(cell.netProfit(1000.1, 600.05, 100.02, 0.01)).toBe(300.02);
    // 0.1 − (−0.2) = 0.30 exactly, not 0.30000000000000004
    expect(cell.netProfit(0.1, -0.2)).toBe(0.3);
    // inputs taken to the cent, half away from zero: 1.005 -> 1.01
    expect(cell.netProfit(1.005, 0)).toBe(1.01);
  });

  it("blank optional costs count 0; numeric text is read", () => {
    // 1,200.50 − 200.25 = 1000.25
    expect(cell.netProfit("1,200.50", "200.25", null, "", null)).toBe(1000.25);
  });

  it("blank revenue or cost: blank; TRUE: #VALUE!", () => {
    expect(cell.netProfit(null, 600)).toBe("");
    expect(cell.netProfit(1000, "")).toBe("");
    const e = excelError(() => cell.netProfit(1000, 600, false));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/FALSE is not a number for refunds/);
  });
});

describe("CSAT", () => {
  const ratings = [[5], [4], [3], [null], [1]];

  it("top2: share of ratings of 4 or 5, blanks skipped", () => {
    // 4 ratings given, 2 of them >= 4 -> 50
    expect(tele.csat(ratings)).toBe(50);
  });

  it("mean: 100 × (mean − 1) / (scale − 1), method matched ignoring case", () => {
    // mean (5 + 4 + 3 + 1) / 4 = 3.25 -> 100 × 2.25 / 4 = 56.25
    expect(tele.csat(ratings, null, "mean")).toBe(56.25);
    expect(tele.csat(ratings, null, " MEAN ")).toBe(56.25);
  });

  it("takes another scale, and the policy's method by default", () => {
    // scale 10, top2 = ratings >= 9: 10 and 9 of 3 -> 66.67
    expect(tele.csat([[10], [9], [8]], 10)).toBeCloseTo(200 / 3, 10);
    setPolicy(policyWith((p) => (p.csatMethod = "mean")));
    expect(tele.csat(ratings)).toBe(56.25);
  });

  it("a single value passed for the range is a 1 × 1 range", () => {
    expect(tele.csat(5 as unknown as unknown[][])).toBe(100);
  });

  it("no ratings: blank", () => {
    expect(tele.csat([[null], [""]])).toBe("");
  });

  it("#VALUE! for an unknown method, #NUM! for a rating off the scale", () => {
    const method = excelError(() => tele.csat(ratings, 5, "median"));
    expect(method.code).toBe("#VALUE!");
    expect(method.message).toMatch(/method must be "top2" or "mean" \(got "median"\)/);
    const rating = excelError(() => tele.csat([[5], [6]]));
    expect(rating.code).toBe("#NUM!");
    expect(rating.message).toMatch(/Survey ratings must be whole numbers from 1 to 5 \(got 6/);
  });
});

describe("INITIATIVE_SCORE", () => {
  it("weights the rating points by the policy", () => {
    // 4/5 -> 80, 5/5 -> 100, 3/5 -> 60; (30 × 80 + 40 × 100 + 30 × 60) / 100 = 82
    expect(tele.initiativeScore(4, 5, 3)).toBeCloseTo(82, 10);
    // scale 10: 8, 10, 6 -> the same points -> 82
    expect(tele.initiativeScore(8, 10, 6, 10)).toBeCloseTo(82, 10);
  });

  it("leaves a blank rating out", () => {
    // (30 × 80 + 30 × 60) / 60 = 70
    expect(tele.initiativeScore(4, null, 3)).toBeCloseTo(70, 10);
    expect(tele.initiativeScore(null, "", null)).toBe("");
  });

  it("#NUM! for a rating off the scale", () => {
    const e = excelError(() => tele.initiativeScore(0, 5, 3));
    expect(e.code).toBe("#NUM!");
    expect(e.message).toMatch(/rating must be from 1 to 5 \(got 0\)/);
  });
});

describe("TOTAL_SCORE and GRADE", () => {
  it("weights the dimensions 30 / 50 / 20", () => {
    // 0.3 × 90 + 0.5 × 80 + 0.2 × 70 = 27 + 40 + 14 = 81
    expect(cell.totalScore(90, 80, 70)).toBeCloseTo(81, 10);
  });

  it("re-weights a blank dimension away", () => {
    // (30 × 90 + 20 × 70) / 50 = 4100 / 50 = 82
    expect(cell.totalScore(90, null, 70)).toBeCloseTo(82, 10);
    expect(cell.totalScore(null, "", null)).toBe("");
  });

  it("grades the score rounded half away from zero to 2 decimals, lower bounds included", () => {
    expect(cell.grade(89.995)).toBe("A"); // -> 90.00
    expect(cell.grade(89.994)).toBe("B"); // -> 89.99
    expect(cell.grade(80)).toBe("B");
    expect(cell.grade(59.99)).toBe("E");
    expect(cell.grade("72")).toBe("C");
  });

  it("blank score: blank grade; text: #VALUE!", () => {
    expect(cell.grade(null)).toBe("");
    const e = excelError(() => cell.grade("good"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/"good" is not a number for score/);
  });
});

describe("WEIGHT", () => {
  it("gives dimension and metric weights as fractions", () => {
    expect(tele.weight("sales")).toBe(0.5);
    expect(tele.weight("sales.revenue")).toBe(0.5);
    expect(tele.weight(" Workload.Calls ")).toBe(0.4);
    expect(tele.weight("initiatives")).toBe(0.2);
  });

  it("#N/A for an unknown key; blank key: blank", () => {
    const e = excelError(() => tele.weight("bonus"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/Unknown weight "bonus"/);
    expect(tele.weight(null)).toBe("");
  });
});

describe("RECONCILE", () => {
  it("gives Σ amounts − ledger exactly to the cent, blanks skipped", () => {
    // 0.1 + 0.2 = 0.30 exactly: balanced
    expect(tele.reconcile([[0.1], [0.2], [null]], 0.3)).toBe(0);
    // 100.10 + 200.20 = 300.30; − 300 = 0.30
    expect(tele.reconcile([[100.1], [200.2]], 300)).toBe(0.3);
    // the amounts fall short: 300.30 − 301 = −0.70
    expect(tele.reconcile([[100.1], [200.2]], "301")).toBe(-0.7);
  });

  it("blank ledger total or no amounts at all: blank", () => {
    expect(tele.reconcile([[100]], null)).toBe("");
    expect(tele.reconcile([[null], [""]], 300)).toBe("");
  });

  it("#VALUE! for text among the amounts, naming the cell", () => {
    const e = excelError(() => tele.reconcile([[100], ["abc"]], 100));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/"abc" is not a number for amounts \(row 2\)/);
  });
});

describe("ALLOCATE", () => {
  it("splits exactly in cents, the leftover cent to the earlier row on a tie", () => {
    // 100 / 3 = 33.333…: 3333 cents each, 1 cent left, all remainders equal -> row 1
    expect(tele.allocate([[1], [1], [1]], 100)).toEqual([[33.34], [33.33], [33.33]]);
  });

  it("gives the leftover cent to the largest remainder and keeps the shape", () => {
    // 1 × 1/3 = 0.333… -> 33 cents (remainder 1/3); 1 × 2/3 = 0.666… -> 66 cents (remainder 2/3): the cent goes to the second
    expect(tele.allocate([[1, 2]], 1)).toEqual([[0.33, 0.67]]);
  });

  it("keeps blank rows blank, as \"\" (a null would show as 0)", () => {
    // 1 : 3 of 10 -> 2.50 and 7.50
    expect(tele.allocate([[1], [null], [3]], 10)).toEqual([[2.5], [""], [7.5]]);
  });

  it("blank total: every share blank", () => {
    expect(tele.allocate([[1], [2]], null)).toEqual([[""], [""]]);
  });

  it("#NUM! for amounts adding up to 0", () => {
    const e = excelError(() => tele.allocate([[5], [-5]], 100));
    expect(e.code).toBe("#NUM!");
    expect(e.message).toMatch(/amounts add up to 0/);
  });
});

describe("waiting for the policy", () => {
  it("returns a Promise before the policy is loaded, settled with the value once it is", async () => {
    resetPolicyStoreForTests();
    const pending = cell.grade(95);
    expect(pending).toBeInstanceOf(Promise);
    setPolicy(defaultPolicy());
    await expect(pending).resolves.toBe("A");
  });

  it("rejects with the Excel error when the computation fails after the wait", async () => {
    resetPolicyStoreForTests();
    const pending = tele.weight("bonus");
    setPolicy(defaultPolicy());
    await expect(pending).rejects.toMatchObject({ code: "#N/A", message: expect.stringMatching(/Unknown weight "bonus"/) });
  });

  it("functions that need no policy answer at once", () => {
    resetPolicyStoreForTests();
    expect(cell.netProfit(10, 4)).toBe(6);
  });
});

describe("whole columns in one call (BASELINE_SCORE, MONTH_SCORE, NET_PROFIT, TOTAL_SCORE, GRADE)", () => {
  /** What a cell shows: its value, or its error's code and message. */
  function shown(run: () => unknown): unknown {
    try {
      return run();
    } catch (e) {
      expect(e).toBeInstanceOf(CustomFunctions.Error);
      return { code: (e as CustomFunctions.Error).code, message: (e as CustomFunctions.Error).message };
    }
  }
  const shownElement = (x: unknown): unknown =>
    x instanceof CustomFunctions.Error ? { code: x.code, message: x.message } : x;

  const column = (values: unknown[]): unknown[][] => values.map((v) => [v]);

  it("spills one result per row, each exactly the single-cell result: blank stays blank, an error stays in its cell", () => {
    const actuals = [1500, null, 2400, "abc", -5, "", " 1,200 ", true];
    const spill = tele.baselineScore(column(actuals), [[1800]]) as unknown[][];
    expect(spill).toHaveLength(actuals.length);
    expect(spill.map((row) => shownElement(row[0]))).toEqual(actuals.map((a) => shown(() => cell.baselineScore(a, 1800))));
    // Spelled out: 83.33…, blank, 120 (capped), #VALUE! for text, #NUM! for a negative count.
    expect(spill[0][0]).toBeCloseTo(250 / 3, 10);
    expect(spill[1][0]).toBe("");
    expect(spill[2][0]).toBe(120);
    expect(spill[3][0]).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/"abc" is not a number for actual/) });
    expect(spill[4][0]).toMatchObject({ code: "#NUM!", message: expect.stringMatching(/actual cannot be negative/) });
  });

  it("TOTAL_SCORE then GRADE over columns: each row as its own formula would give it", () => {
    const workload = [80, null, 100, null, 95];
    const sales = [90, 70, null, null, "x"];
    const initiatives = [70, 60, 100, null, 90];
    const totals = tele.totalScore(column(workload), column(sales), column(initiatives)) as unknown[][];
    const expected = workload.map((w, i) => shown(() => cell.totalScore(w, sales[i], initiatives[i])));
    expect(totals.map((row) => shownElement(row[0]))).toEqual(expected);
    // 0.3 × 80 + 0.5 × 90 + 0.2 × 70 = 83; all blank: blank; text: #VALUE! in that row only.
    expect(totals[0][0]).toBeCloseTo(83, 10);
    expect(totals[3][0]).toBe("");
    expect(totals[4][0]).toMatchObject({ code: "#VALUE!" });
    const grades = tele.grade([[83], [""], [89.995], [59.994]]) as unknown[][];
    expect(grades).toEqual([["B"], [""], ["A"], ["E"]]);
  });

  it("NET_PROFIT and MONTH_SCORE over columns, a single cell going with every row", () => {
    expect(tele.netProfit(column([100.1, 50, null]), column([0.2, 60, 1]), [[0.1]])).toEqual([[99.8], [-10.1], [""]]);
    // workdays 20 for every row; leave 0, 5, 15: presence 1, 0.75, 0.25 (< 0.5: not evaluated)
    const months = tele.monthScore(column([90, 90, 90]), [[100]], [[20]], column([0, 5, 15])) as unknown[][];
    expect(months[0][0]).toBeCloseTo(90, 10);
    expect(months[1][0]).toBeCloseTo(120, 10); // 90 / 75 = 1.2
    expect(months[2][0]).toBe("");
  });

  it("spills rows and columns alike, and #VALUE! names the ranges whose sizes differ", () => {
    expect(tele.grade([[95, 85, null]])).toEqual([["A", "B", ""]]);
    const e = excelError(() => tele.totalScore(column([1, 2, 3]), column([1, 2]), [[1]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/sales has 2 × 1 cells but workload has 3 × 1/);
  });

  it("waits for the policy like the single-cell functions, then spills", async () => {
    resetPolicyStoreForTests();
    const pending = tele.grade(column([95, 50]));
    expect(pending).toBeInstanceOf(Promise);
    setPolicy(defaultPolicy());
    await expect(pending).resolves.toEqual([["A"], ["E"]]);
  });
});

describe("a function that needs the policy, when none is ever loaded", () => {
  afterEach(() => jest.useRealTimers());

  it("gives #N/A saying the start-up script did not run, after the bounded wait, instead of #BUSY! for ever", async () => {
    jest.useFakeTimers();
    resetPolicyStoreForTests();
    const pending = Promise.resolve(tele.grade([[95]])).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    jest.advanceTimersByTime(POLICY_WAIT_MS - 1);
    expect(await Promise.race([pending, Promise.resolve("still waiting")])).toBe("still waiting");
    jest.advanceTimersByTime(1);
    const outcome = await pending;
    expect(outcome).toEqual({ error: expect.any(CustomFunctions.Error) });
    const error = (outcome as { error: CustomFunctions.Error }).error;
    expect(error.code).toBe(CustomFunctions.ErrorCode.notAvailable);
    expect(error.message).toMatch(/weight policy was not loaded within 20 s/);
  });
});
