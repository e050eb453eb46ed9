import fc from "fast-check";
import { ScoreError, type ErrorKind } from "../../src/engine/errors";
import { toCents } from "../../src/engine/money";
import { allocationPlan, applyLateRefunds, reconcilePeriod, type PeriodNetProfit } from "../../src/engine/reconciliation";

const N = 100_000;

const expectScoreError = (f: () => unknown, kind: ErrorKind, text: RegExp) => {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(ScoreError);
  expect((thrown as ScoreError).kind).toBe(kind);
  expect((thrown as ScoreError).message).toMatch(text);
};

/** A fixed-seed linear congruential generator (Numerical Recipes constants), so the data is the same on every run. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
}

describe("reconcilePeriod: status against the ledger", () => {
  it("balanced: Σ reps + unassigned = ledger; nothing to allocate", () => {
    // 1000.10 + 2000.20 - 0.30 = 300010 + ... in cents: 100010 + 200020 - 30 = 300000 = 3000.00; the blank rep takes no part
    expect(reconcilePeriod({ repAmounts: [1000.1, 2000.2, null, -0.3], ledgerTotal: 3000, tolerance: 0 })).toEqual({
      sumReps: 3000,
      unassigned: 0,
      ledger: 3000,
      variance: 0,
      tolerance: 0,
      status: "balanced",
      canAllocate: false,
    });
  });

  it("over: the reps were credited more than the ledger holds", () => {
    // 500.00 + 250.25 - 750.00 = +0.25
    const r = reconcilePeriod({ repAmounts: [500, 250.25], ledgerTotal: 750, tolerance: 0 });
    expect(r.variance).toBe(0.25);
    expect(r.status).toBe("over");
    expect(r.canAllocate).toBe(false);
  });

  it("under: the reps were credited less than the ledger holds", () => {
    // 500.00 + 250.25 - 751.00 = -0.75
    const r = reconcilePeriod({ repAmounts: [500, 250.25], ledgerTotal: 751, tolerance: 0.5 });
    expect(r.variance).toBe(-0.75);
    expect(r.status).toBe("under");
    expect(r.canAllocate).toBe(false);
  });

  it("unassigned orders close the gap between the reps and the ledger", () => {
    // 1200.50 + 799.50 = 2000.00; + 345.67 unassigned = 2345.67 = ledger
    const withUnassigned = reconcilePeriod({ repAmounts: [1200.5, 799.5], ledgerTotal: 2345.67, unassigned: 345.67, tolerance: 0 });
    expect(withUnassigned).toMatchObject({ sumReps: 2000, unassigned: 345.67, ledger: 2345.67, variance: 0, status: "balanced" });
    // Left out, the unassigned amount is the variance: 2000.00 - 2345.67 = -345.67
    const without = reconcilePeriod({ repAmounts: [1200.5, 799.5], ledgerTotal: 2345.67, unassigned: null, tolerance: 0 });
    expect(without).toMatchObject({ unassigned: 0, variance: -345.67, status: "under" });
    // A negative unassigned line (a refund credited to no rep): 2000.00 - 12.34 - 1987.66 = 0
    expect(reconcilePeriod({ repAmounts: [1200.5, 799.5], ledgerTotal: 1987.66, unassigned: -12.34, tolerance: 0 }).status).toBe("balanced");
  });

  it("takes every input to the cent, half away from zero", () => {
    // 1.005 -> 1.01, 2.675 -> 2.68 (their binary values are just below the half cent); ledger 3.685 -> 3.69
    const r = reconcilePeriod({ repAmounts: [1.005, 2.675], ledgerTotal: 3.685, unassigned: 0.004, tolerance: 0.005 });
    // 101 + 268 + 0 - 369 = 0 cents; tolerance 0.005 -> 0.01
    expect(r).toMatchObject({ sumReps: 3.69, unassigned: 0, ledger: 3.69, variance: 0, tolerance: 0.01, status: "balanced" });
  });

  it("refuses a negative tolerance with #NUM!", () => {
    expectScoreError(() => reconcilePeriod({ repAmounts: [1], ledgerTotal: 1, tolerance: -0.01 }), "num", /tolerance/);
  });
});

describe("reconcilePeriod: tolerance edges, exact where binary floating point is not", () => {
  it("|variance| exactly equal to the tolerance is within it, and allocation is offered", () => {
    // 0.10 + 0.20 - 0.28 = +0.02 exactly; in binary 0.1 + 0.2 - 0.28 = 0.020000000000000018 > 0.02
    expect(0.1 + 0.2 - 0.28 > 0.02).toBe(true);
    expect(reconcilePeriod({ repAmounts: [0.1, 0.2], ledgerTotal: 0.28, tolerance: 0.02 })).toMatchObject({
      variance: 0.02,
      status: "within_tolerance",
      canAllocate: true,
    });
    // 0.10 + 0.20 - 0.32 = -0.02
    expect(reconcilePeriod({ repAmounts: [0.1, 0.2], ledgerTotal: 0.32, tolerance: 0.02 })).toMatchObject({
      variance: -0.02,
      status: "within_tolerance",
      canAllocate: true,
    });
  });

  it("one cent over the tolerance is over or under, and allocation is not offered", () => {
    // 0.30 - 0.27 = +0.03 > 0.02; 0.30 - 0.33 = -0.03
    expect(reconcilePeriod({ repAmounts: [0.1, 0.2], ledgerTotal: 0.27, tolerance: 0.02 })).toMatchObject({ variance: 0.03, status: "over", canAllocate: false });
    expect(reconcilePeriod({ repAmounts: [0.1, 0.2], ledgerTotal: 0.33, tolerance: 0.02 })).toMatchObject({ variance: -0.03, status: "under", canAllocate: false });
  });

  it("a residue over reps whose amounts add up to 0 cannot be allocated (no proportions)", () => {
    // 5.00 - 5.00 - 0.01 = -0.01, within 0.05, but ALLOCATE needs a non-zero Σ reps
    expect(reconcilePeriod({ repAmounts: [5, -5], ledgerTotal: 0.01, tolerance: 0.05 })).toMatchObject({ status: "within_tolerance", canAllocate: false });
  });
});

describe("reconcilePeriod on 100,000 rows", () => {
  it("100,000 x 0.10 plus 0.30 unassigned ties out to a ledger of 10,000.30", () => {
    const reps = Array.from({ length: N }, () => 0.1);
    // 100,000 x 10 cents + 30 cents = 1,000,030 cents = 10,000.30
    const floatVariance = reps.reduce((s, x) => s + x, 0) + 0.3 - 10000.3;
    expect(floatVariance).not.toBe(0); // binary leaves 1.8e-8 behind, which a zero tolerance would call "over"
    expect(reconcilePeriod({ repAmounts: reps, ledgerTotal: 10000.3, unassigned: 0.3, tolerance: 0 })).toMatchObject({
      sumReps: 10000,
      variance: 0,
      status: "balanced",
    });
  });

  it("1e9-scale amounts with cents and negative lines: every figure matches integer arithmetic", () => {
    // cents_i uniform in ±(2^32 - 1) x 25 cents ≈ ±1,073,741,823.75, half of them negative;
    // the expected figures are sums of integers (BigInt), never floats.
    const next = lcg(20260731);
    const cents: bigint[] = [];
    for (let i = 0; i < N; i++) {
      const magnitude = BigInt(next()) * 25n;
      cents.push(next() < 2 ** 31 ? magnitude : -magnitude); // the high bit: an LCG's low bit only alternates
    }
    const reps = cents.map((c) => Number(c) / 100);
    const sumCents = cents.reduce((s, c) => s + c, 0n);
    expect(sumCents < 999_999_999_999_999n && sumCents > -999_999_999_999_999n).toBe(true); // within money.ts's limit
    const unassignedCents = -98_765_432_101n; // -987,654,321.01
    const ledgerCents = sumCents + unassignedCents - 3n; // the reps are 3 cents over
    const ledger = Number(ledgerCents) / 100;
    const unassigned = Number(unassignedCents) / 100;

    const r = reconcilePeriod({ repAmounts: reps, ledgerTotal: ledger, unassigned, tolerance: 0.03 });
    expect(toCents(r.sumReps)).toBe(sumCents);
    expect(toCents(r.ledger)).toBe(ledgerCents);
    expect(r.variance).toBe(0.03);
    expect(r.status).toBe("within_tolerance");
    // Binary floating point gets the 3 cents wrong on the same data.
    const floatVariance = reps.reduce((s, x) => s + x, 0) + unassigned - ledger;
    expect(floatVariance).not.toBe(0.03);
  });

  it("allocates 1 cent of residue over 100,000 reps exactly", () => {
    // 100,000 x 0.10 = 10,000.00; ledger 10,000.01: 1,000,001 cents over 100,000 equal shares of 10.00001 cents:
    // each floors to 10 cents, the 1 missing cent goes to the earliest row (all remainders tie).
    const plan = allocationPlan(Array.from({ length: N }, () => 0.1), 10000.01, null);
    expect(plan[0]).toBe(0.11);
    expect(plan.slice(1).every((x) => x === 0.1)).toBe(true);
  });
});

describe("allocationPlan", () => {
  it("gives the missing cent to the largest remainder (worked example in docs/finance.md)", () => {
    // total 600.01 = 60001 cents over 100 : 200 : 300 (Σ 60000):
    // exact shares 10000.1667, 20000.3333, 30000.5 -> floors 10000, 20000, 30000 (60000), 1 cent missing,
    // the largest remainder is the third row's .5
    expect(allocationPlan([100, 200, 300], 600.01)).toEqual([100, 200, 300.01]);
  });

  it("allocates ledger − unassigned, ties going to the earlier row, blanks staying blank", () => {
    // reps 33.33 x 3 = 99.99, unassigned 50.00, ledger 150.00: the reps get 100.00 = 10000 cents;
    // each exact share 10000 x 3333 / 9999 = 3333.667 -> floor 3333 (x3 = 9999), 1 cent to the earliest tie
    expect(allocationPlan([33.33, null, 33.33, 33.33], 150, 50)).toEqual([33.34, null, 33.33, 33.33]);
  });

  it("a negative line (a late refund) moves the other way: shares are proportional to signed amounts", () => {
    // amounts 1000.00 and -200.00 (Σ 800.00), to 800.08: exact shares 80008 x 100000/80000 = 100010 cents
    // and 80008 x (-20000)/80000 = -20002 cents: no remainder
    expect(allocationPlan([1000, -200], 800.08)).toEqual([1000.1, -200.02]);
  });

  it("adds up to the ledger exactly and then reconciles as balanced (property, fixed seed)", () => {
    const cents = fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }); // ±1,000,000,000.00
    fc.assert(
      fc.property(
        fc.array(fc.option(cents, { nil: null, freq: 5 }), { minLength: 1, maxLength: 40 }),
        cents,
        fc.option(cents, { nil: null }),
        (amountCents, ledgerCents, unassignedCents) => {
          const sum = amountCents.reduce<number>((s, c) => s + (c ?? 0), 0);
          fc.pre(sum !== 0);
          const amounts = amountCents.map((c) => (c === null ? null : c / 100));
          const ledger = ledgerCents / 100;
          const unassigned = unassignedCents === null ? null : unassignedCents / 100;
          const plan = allocationPlan(amounts, ledger, unassigned);
          // the check is on integers: Σ adjusted cents + unassigned cents = ledger cents
          const planCents = plan.reduce<bigint>((s, x) => s + (x === null ? 0n : toCents(x)), 0n);
          expect(planCents + BigInt(unassignedCents ?? 0)).toBe(BigInt(ledgerCents));
          expect(plan.map((x) => x === null)).toEqual(amounts.map((a) => a === null));
          expect(reconcilePeriod({ repAmounts: plan, ledgerTotal: ledger, unassigned, tolerance: 0 }).status).toBe("balanced");
        },
      ),
      { seed: 505, numRuns: 500 },
    );
  });
});

describe("applyLateRefunds (docs/method.md: Money): a refund after close reduces the later period", () => {
  const june = (): PeriodNetProfit => ({
    period: "2026-06",
    closed: true,
    reps: [
      { repId: "R001", netProfit: 1000 },
      { repId: "R002", netProfit: 500 },
    ],
  });
  const july = (): PeriodNetProfit => ({
    period: "2026-07",
    closed: false,
    reps: [
      { repId: "R001", netProfit: 800 },
      { repId: "R002", netProfit: 300 },
    ],
  });

  it("reduces the rep's net profit in the recorded period and leaves the closed period as it was", () => {
    const closed = Object.freeze({ ...june(), reps: Object.freeze(june().reps.map((r) => Object.freeze(r))) }) as PeriodNetProfit;
    const open = july();
    const [juneAfter, julyAfter] = applyLateRefunds(
      [closed, open],
      [{ repId: " r001 ", recordedPeriod: "2026-07", amount: 120.5, originalPeriod: "2026-06" }],
    );
    expect(juneAfter).toBe(closed); // the same object: a closed review is never rewritten
    expect(juneAfter).toEqual(june());
    // R001 in July: 800.00 - 120.50 = 679.50; R002 untouched
    expect(julyAfter.reps).toEqual([
      { repId: "R001", netProfit: 679.5 },
      { repId: "R002", netProfit: 300 },
    ]);
    expect(open).toEqual(july()); // the input is not mutated either
  });

  it("sums several lines exactly and gives a rep with no row in the later period a negative line", () => {
    const [, julyAfter] = applyLateRefunds(
      [june(), july()],
      [
        { repId: "R001", recordedPeriod: "2026-07", amount: 0.1, originalPeriod: "2026-06" },
        { repId: "R001", recordedPeriod: "2026-07", amount: 0.2 },
        { repId: "R003", recordedPeriod: "2026-07", amount: 50, originalPeriod: "2026-06" },
      ],
    );
    // R001: 800.00 - 0.10 - 0.20 = 799.70 (binary 800 - 0.1 - 0.2 = 799.6999999999999); R003 left in June: -50.00 in July
    expect(800 - 0.1 - 0.2).not.toBe(799.7);
    expect(julyAfter.reps).toEqual([
      { repId: "R001", netProfit: 799.7 },
      { repId: "R002", netProfit: 300 },
      { repId: "R003", netProfit: -50 },
    ]);
  });

  it("the later period ties out to a ledger that books the refunds; the closed one still ties out as before", () => {
    const refunds = [
      { repId: "R001", recordedPeriod: "2026-07", amount: 120.5, originalPeriod: "2026-06" },
      { repId: "R003", recordedPeriod: "2026-07", amount: 50, originalPeriod: "2026-06" },
    ];
    const [juneAfter, julyAfter] = applyLateRefunds([june(), july()], refunds);
    const amounts = (p: PeriodNetProfit) => p.reps.map((r) => r.netProfit);
    // June: 1000 + 500 = 1500.00, its ledger unchanged
    expect(reconcilePeriod({ repAmounts: amounts(juneAfter), ledgerTotal: 1500, tolerance: 0 }).status).toBe("balanced");
    // July's ledger books the refunds: 800 + 300 - 120.50 - 50.00 = 929.50
    expect(reconcilePeriod({ repAmounts: amounts(julyAfter), ledgerTotal: 929.5, tolerance: 0 }).status).toBe("balanced");
  });

  it("refuses a line recorded into a closed period, naming the period", () => {
    expectScoreError(
      () => applyLateRefunds([june(), july()], [{ repId: "R001", recordedPeriod: "2026-06", amount: 10 }]),
      "value",
      /2026-06 is closed/,
    );
  });

  it("refuses an unknown period (#N/A), a refund before its sale (#VALUE!) and an amount that is not positive (#NUM!)", () => {
    expectScoreError(() => applyLateRefunds([june(), july()], [{ repId: "R001", recordedPeriod: "2026-08", amount: 10 }]), "na", /Known periods: 2026-06, 2026-07/);
    const juneOpen = { ...june(), closed: false };
    expectScoreError(
      () => applyLateRefunds([juneOpen, july()], [{ repId: "R001", recordedPeriod: "2026-06", amount: 10, originalPeriod: "2026-07" }]),
      "value",
      /before its sale's period 2026-07/,
    );
    expectScoreError(() => applyLateRefunds([june(), july()], [{ repId: "R001", recordedPeriod: "2026-07", amount: -10 }]), "num", /positive/);
    expectScoreError(() => applyLateRefunds([june(), july()], [{ repId: "R001", recordedPeriod: "2026-07", amount: 0.004 }]), "num", /positive/);
  });
});
