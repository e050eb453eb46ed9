/**
 * Property tests of the scoring math (docs/method.md, "Points", "Months and quarters", "Missing data" and "Total, grade and rank") over random inputs.
 * A fixed seed keeps every run reproducible; a failure prints the counterexample and its path.
 */
import fc from "fast-check";
import { monthScore } from "../../src/engine/month";
import { defaultPolicy, type Direction, type GradeBand, type Policy } from "../../src/engine/policy";
import { metricPoints } from "../../src/engine/points";
import { quarterScore } from "../../src/engine/quarter";
import { grade, rank, roundHalfAwayFromZero, totalScore, weightedMean } from "../../src/engine/total";

fc.configureGlobal({ seed: 20240930, numRuns: 300 });

const direction = fc.constantFrom<Direction>("higher", "lower");
const cap = fc.double({ min: 0.01, max: 5, noNaN: true });
const floor = fc.double({ min: 0, max: 2, noNaN: true });
const actual = fc.double({ min: -1e9, max: 1e9, noNaN: true });
const target = fc.double({ min: 1e-6, max: 1e9, noNaN: true });
const score = fc.double({ min: 0, max: 150, noNaN: true });
const weight = fc.double({ min: 0.01, max: 100, noNaN: true });
const item = fc.record({ weight, points: score });

/** |x − y| within a relative 1e-12 of the larger (floating-point sums may differ in the last bits). */
const close = (x: number | null, y: number): boolean => x !== null && Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(x), Math.abs(y));

describe("points", () => {
  it("lie in [0, 100 x cap]", () => {
    fc.assert(
      fc.property(actual, target, direction, cap, floor, (a, t, d, c, f) => {
        const p = metricPoints(a, t, { direction: d, cap: c, floor: f });
        return p >= 0 && p <= 100 * c;
      }),
    );
  });

  it("never fall as actual rises for direction higher, never rise for lower", () => {
    fc.assert(
      fc.property(actual, actual, target, direction, cap, floor, (x, y, t, d, c, f) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        const rule = { direction: d, cap: c, floor: f };
        const [pLow, pHigh] = [metricPoints(low, t, rule), metricPoints(high, t, rule)];
        return d === "higher" ? pLow <= pHigh : pLow >= pHigh;
      }),
    );
  });
});

describe("re-weighting (docs/method.md: Missing data)", () => {
  it("equals the full weighted formula when nothing is missing", () => {
    // dimension weights that add up to 100, cut at two random points of 0..100
    const weights = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).map(([x, y]) => {
      const [lo, hi] = x <= y ? [x, y] : [y, x];
      return [lo, hi - lo, 100 - hi];
    });
    fc.assert(
      fc.property(weights, fc.tuple(score, score, score), ([w1, w2, w3], [s1, s2, s3]) => {
        const policy: Policy = defaultPolicy();
        [policy.dimensions[0].weight, policy.dimensions[1].weight, policy.dimensions[2].weight] = [w1, w2, w3];
        const total = totalScore(policy, { workload: s1, sales: s2, initiatives: s3 });
        return close(total, (w1 / 100) * s1 + (w2 / 100) * s2 + (w3 / 100) * s3);
      }),
    );
  });

  it("dropping a metric equals the formula over the remaining weights", () => {
    const withDropped = fc.array(item, { minLength: 2, maxLength: 8 }).chain((items) => fc.tuple(fc.constant(items), fc.nat(items.length - 1)));
    fc.assert(
      fc.property(withDropped, ([items, dropped]) => {
        const rest = items.filter((_, i) => i !== dropped);
        const expected = rest.reduce((sum, x) => sum + x.weight * x.points, 0) / rest.reduce((sum, x) => sum + x.weight, 0);
        const blanked = weightedMean(items.map((x, i) => (i === dropped ? { weight: x.weight, points: null } : x)));
        return close(blanked, expected) && blanked === weightedMean(rest);
      }),
    );
  });
});

describe("roundHalfAwayFromZero", () => {
  it("rounds every 3-decimal value to 2 decimals half away from zero", () => {
    // n thousandths, e.g. 89995 -> 89.995. Expected in whole hundredths by integer arithmetic:
    // |n| + 5 then drop the last digit (89995 + 5 = 90000 -> 9000 hundredths = 90.00), sign restored.
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (n) => {
        const hundredths = Math.sign(n) * Math.floor((Math.abs(n) + 5) / 10);
        return roundHalfAwayFromZero(n / 1000, 2) === hundredths / 100 + 0; // + 0 turns -0 into 0
      }),
      { numRuns: 500 },
    );
  });
});

describe("grade", () => {
  /** 1–5 bands with strictly decreasing mins in hundredths, so bounds can be hit exactly. */
  const bands = fc
    .uniqueArray(fc.integer({ min: 0, max: 12_000 }), { minLength: 1, maxLength: 5 })
    .map((mins): GradeBand[] => [...mins].sort((a, b) => b - a).map((m, i) => ({ grade: `G${i}`, min: m / 100 })));
  /** Scores on, beside and between the bounds: any double, whole hundredths, and exact half-hundredths. */
  const anyScore = fc.oneof(
    fc.double({ min: -20, max: 140, noNaN: true }),
    fc.integer({ min: -2_000, max: 14_000 }).map((c) => c / 100),
    fc.integer({ min: -20_000, max: 140_000 }).map((m) => (10 * m + 5) / 1000),
  );

  it("gives every rounded score exactly one band: the one with the largest min it reaches", () => {
    fc.assert(
      fc.property(bands, anyScore, (bs, s) => {
        const policy: Policy = { ...defaultPolicy(), bands: bs, lowestGrade: "LOW" };
        const r = roundHalfAwayFromZero(s, 2);
        // bands sorted by min, descending: band i covers [min_i, min_{i-1}), the first one [min_0, ∞), the lowest grade (−∞, min_last)
        const intervals = [
          ...bs.map((b, i) => ({ grade: b.grade, lo: b.min, hi: i === 0 ? Infinity : bs[i - 1].min })),
          { grade: "LOW", lo: -Infinity, hi: bs[bs.length - 1].min },
        ];
        const holding = intervals.filter((iv) => r >= iv.lo && r < iv.hi);
        return holding.length === 1 && grade(policy, s) === holding[0].grade;
      }),
    );
  });
});

describe("rank", () => {
  it("shares ranks between ties, ranks 1..n, and counts only strictly higher scores", () => {
    // few distinct values so ties are common
    const scores = fc.array(fc.option(fc.integer({ min: 0, max: 6 }).map((x) => x * 15), { nil: null }), { maxLength: 20 });
    fc.assert(
      fc.property(scores, (ss) => {
        const ranks = rank(ss);
        const present = ss.filter((s): s is number => s !== null);
        return ss.every((s, i) => {
          const r = ranks[i];
          if (s === null) return r === null;
          const sharedWithTies = ss.every((t, j) => t !== s || ranks[j] === r);
          return r !== null && r >= 1 && r <= present.length && r === 1 + present.filter((t) => t > s).length && sharedWithTies;
        });
      }),
    );
  });
});

describe("quarterScore", () => {
  it("of months that are all alike equals that month's score", () => {
    // whole numbers keep the sums exact, so Σ actual / Σ target = (k·a)/(k·t) rounds exactly like a/t
    const months = fc.integer({ min: 1, max: 6 });
    const quality = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
    const qualityWeight = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.integer({ min: -1e6, max: 1e7 }),
        fc.integer({ min: 1, max: 1e7 }),
        months,
        direction,
        cap,
        floor,
        quality,
        qualityWeight,
        (a, t, k, d, c, f, q, w) => {
          const month = monthScore(a, t, { direction: d, cap: c, floor: f, minPresence: 0.5 }) as number;
          const quarter = quarterScore(Array(k).fill(a), Array(k).fill(t), { direction: d, cap: c, floor: f, quality: q, qualityWeight: w });
          return quarter === (q === null ? month : (1 - w) * month + w * q);
        },
      ),
    );
  });
});
