import { Decimal } from "decimal.js";
import fc from "fast-check";
import { ScoreError } from "../../src/engine/errors";
import { allocate, fromCents, netProfit, reconcile, sumMoney, toCents } from "../../src/engine/money";

const N = 100_000;

/** Summing the way binary floating point does, to show the test data would catch drift. */
const naiveSum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

const expectNumError = (f: () => unknown, text: string | RegExp) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ScoreError);
    expect((e as ScoreError).kind).toBe("num");
    expect((e as ScoreError).message).toMatch(text);
    return;
  }
  throw new Error("expected a #NUM! ScoreError");
};

describe("toCents", () => {
  it("rounds half away from zero on the decimal a person sees, not on the binary value", () => {
    expect(toCents(1.005)).toBe(101n); // 100.5 cents -> 101 (binary 1.005 is 1.00499999..., would give 100)
    expect(toCents(-1.005)).toBe(-101n);
    expect(toCents(0.125)).toBe(13n); // 12.5 cents -> 13
    expect(toCents(-0.125)).toBe(-13n);
    expect(toCents(2.675)).toBe(268n); // binary 2.67499999...
    expect(toCents(0.124)).toBe(12n); // 12.4 cents
    expect(toCents(0.005)).toBe(1n); // 0.5 cent -> 1
    expect(toCents(0.0049)).toBe(0n);
    expect(toCents(123456789.125)).toBe(12345678913n); // 12345678912.5 cents -> ...913
  });

  it("takes exponent forms, tiny and huge numbers, and -0", () => {
    expect(toCents(1.5e-7)).toBe(0n);
    expect(toCents(1e21)).toBe(10n ** 23n); // 10^21 units = 10^23 cents
    expect(toCents(-1.25e21)).toBe(-125n * 10n ** 21n);
    expect(toCents(-0)).toBe(0n);
    expect(toCents(1234.5)).toBe(123450n);
  });

  it("refuses NaN and infinities with #NUM!", () => {
    expectNumError(() => toCents(NaN), /finite/);
    expectNumError(() => toCents(Infinity), /finite/);
    expectNumError(() => toCents(-Infinity), /finite/);
  });

  it("agrees with decimal.js rounding the number's shortest form (property, fixed seed)", () => {
    const oracle = (x: number) => BigInt(new Decimal(String(x)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).times(100).toFixed(0));
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => toCents(x) === oracle(x)),
      { seed: 20240601, numRuns: 2000 },
    );
    // Thousandths hit the half-cent ties on every tenth value.
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (k) => toCents(k / 1000) === oracle(k / 1000)),
      { seed: 7, numRuns: 2000 },
    );
  });
});

describe("fromCents", () => {
  it("gives a number with at most 2 decimals", () => {
    expect(fromCents(101n)).toBe(1.01);
    expect(fromCents(-5n)).toBe(-0.05);
    expect(fromCents(0n)).toBe(0);
    expect(fromCents(999_999_999_999_999n)).toBe(9999999999999.99);
    expect(String(fromCents(-999_999_999_999_999n))).toBe("-9999999999999.99");
  });

  it("refuses amounts beyond 15 significant digits, which no cell holds to the cent", () => {
    expectNumError(() => fromCents(1_000_000_000_000_000n), /too large/);
    expectNumError(() => fromCents(-1_000_000_000_000_000n), /too large/);
  });
});

describe("sumMoney on 100,000 amounts", () => {
  it("100,000 x 0.1 is 10000.00 exactly", () => {
    const amounts = Array.from({ length: N }, () => 0.1);
    expect(naiveSum(amounts)).not.toBe(10000); // binary: 10000.000000018848
    expect(sumMoney(amounts)).toBe(10000); // 100000 x 10 cents = 1,000,000 cents
  });

  it("0.1 + 0.2 is 0.3", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumMoney([0.1, 0.2])).toBe(0.3);
  });

  it("1e9-scale sales and refunds with cents: exact where float drifts", () => {
    // 50,000 sales of 1,000,000,000.37 + (i mod 100) cents, 50,000 refunds of 1,000,000,000.00 + (j mod 100) cents.
    // The 1e9 parts cancel; i mod 100 and j mod 100 run over the same values, so they cancel too:
    // total = 50,000 x 37 cents = 1,850,000 cents = 18,500.00.
    const amounts: number[] = [];
    for (let i = 1; i <= N / 2; i++) amounts.push(1_000_000_000.37 + (i % 100) / 100);
    for (let j = 1; j <= N / 2; j++) amounts.push(-(1_000_000_000 + (j % 100) / 100));
    expect(naiveSum(amounts)).not.toBe(18500); // binary: 18499.99515938759
    expect(sumMoney(amounts)).toBe(18500);
  });

  it("100,000 amounts of 99,999,999.99 reach 9,999,999,999,000.00, the edge of Excel's 15 digits", () => {
    const amounts = Array.from({ length: N }, () => 99_999_999.99);
    // 100,000 x 9,999,999,999 cents = 999,999,999,900,000 cents
    expect(naiveSum(amounts)).not.toBe(9_999_999_999_000); // binary: 9999999999018.084
    expect(sumMoney(amounts)).toBe(9_999_999_999_000);
  });

  it("mixed positive and negative lines match integer arithmetic", () => {
    // cents_i = (7919 i mod 200001) - 100000 lies in -1000.00..+1000.00; the expected sum is taken over the integers.
    let expectedCents = 0;
    const amounts: number[] = [];
    for (let i = 1; i <= N; i++) {
      const cents = ((i * 7919) % 200001) - 100000;
      expectedCents += cents;
      amounts.push(cents / 100);
    }
    expect(naiveSum(amounts)).not.toBe(expectedCents / 100); // binary: 240.10000000023084
    expect(sumMoney(amounts)).toBe(expectedCents / 100);
  });

  it("1e9-scale positive amounts: the cents stay exact, but a total past 15 digits is #NUM!", () => {
    // 1,000,000,000 + i/100 for i = 1..100,000: 100,000 x 10^11 cents + n(n+1)/2 cents
    const amounts = Array.from({ length: N }, (_, k) => 1_000_000_000 + (k + 1) / 100);
    const n = BigInt(N);
    const cents = amounts.reduce((s, a) => s + toCents(a), 0n);
    expect(cents).toBe(n * 100_000_000_000n + (n * (n + 1n)) / 2n);
    expectNumError(() => sumMoney(amounts), /too large/);
  });
});

describe("netProfit", () => {
  it("revenue - cost - refunds - after-sales - complaint, blanks counting 0", () => {
    expect(netProfit(1000, 600.1, 0.2, null, undefined)).toBe(399.7); // 100000 - 60010 - 20 = 39970 cents
    expect(netProfit(100, 40, 5, 2.5, 1.25)).toBe(51.25); // 100 - 40 - 5 - 2.5 - 1.25
    expect(netProfit(100, 40)).toBe(60);
  });

  it("has no binary drift", () => {
    expect(0.3 - 0.1 - 0.2).not.toBe(0);
    expect(netProfit(0.3, 0.1, 0.2)).toBe(0);
  });

  it("takes every input to the cent first", () => {
    expect(netProfit(1.005, 0)).toBe(1.01);
    expect(netProfit(10, 1.005, 1.005)).toBe(7.98); // 1000 - 101 - 101 = 798 cents
  });

  it("may be negative (a late refund recorded in a later period)", () => {
    expect(netProfit(0, 0, 50)).toBe(-50);
    expect(netProfit(-20.5, 10)).toBe(-30.5);
  });

  it("refuses NaN", () => {
    expectNumError(() => netProfit(100, NaN), /finite/);
  });
});

describe("reconcile", () => {
  it("is the exact difference Σ amounts − ledger, blanks left out", () => {
    expect(reconcile([0.1, 0.2, null], 0.3)).toEqual({ difference: 0, status: "balanced" });
    expect(reconcile([100, 50.25], 150)).toEqual({ difference: 0.25, status: "over" });
    expect(reconcile([100], 100.01)).toEqual({ difference: -0.01, status: "under" });
    expect(reconcile([], 0)).toEqual({ difference: 0, status: "balanced" });
  });

  it("uses the tolerance only for the status", () => {
    expect(reconcile([100, 50.25], 150, 0.25)).toEqual({ difference: 0.25, status: "within_tolerance" });
    expect(reconcile([100, 50.25], 150, 0.24)).toEqual({ difference: 0.25, status: "over" });
    expect(reconcile([99.7], 100, 0.3)).toEqual({ difference: -0.3, status: "within_tolerance" });
    expect(reconcile([99.69], 100, 0.3)).toEqual({ difference: -0.31, status: "under" });
  });

  it("balances 100,000 lines of 0.1 against a ledger of 10,000", () => {
    expect(reconcile(Array.from({ length: N }, () => 0.1), 10000)).toEqual({ difference: 0, status: "balanced" });
  });

  it("refuses a negative tolerance", () => {
    expectNumError(() => reconcile([1], 1, -0.01), /tolerance must be 0 or more/);
  });
});

describe("allocate", () => {
  it("gives the leftover cents to the largest remainders, ties to the earlier row", () => {
    // 100 cents / 3 = 33 r 1 each: 99 given, 1 missing, equal remainders -> row 0
    expect(allocate([1, 1, 1], 1)).toEqual([0.34, 0.33, 0.33]);
    // 1000 cents x 2/3 = 666.67, x 1/3 = 333.33: floors 666 + 333 = 999; remainder 2/3 beats 1/3
    expect(allocate([null, 2, 1], 10)).toEqual([null, 6.67, 3.33]);
    // 1 cent x 1/3 and x 2/3: floors 0 and 0; the larger remainder (2/3) takes the cent
    expect(allocate([1, 2], 0.01)).toEqual([0, 0.01]);
    expect(allocate([50, 30, 20], 100)).toEqual([50, 30, 20]);
    expect(allocate([0, 0, 3], 1)).toEqual([0, 0, 1]);
  });

  it("negating the total negates every share", () => {
    expect(allocate([1, 1, 1], -1)).toEqual([-0.34, -0.33, -0.33]);
  });

  it("is proportional for negative amounts and negative sums", () => {
    // 8 x 100/80 = 10 and 8 x (-20)/80 = -2
    expect(allocate([100, -20], 8)).toEqual([10, -2]);
    // 4 x (-30)/(-40) = 3 and 4 x (-10)/(-40) = 1
    expect(allocate([-30, -10], 4)).toEqual([3, 1]);
    // 1 cent x 200/100 = 2 cents, 1 cent x (-100)/100 = -1 cent
    expect(allocate([2, -1], 0.01)).toEqual([0.02, -0.01]);
  });

  it("keeps blanks blank; no amounts at all give all blanks", () => {
    expect(allocate([null, null], 5)).toEqual([null, null]);
    expect(allocate([], 5)).toEqual([]);
  });

  it("refuses amounts that add up to 0", () => {
    expectNumError(() => allocate([5, -5], 10), "cannot allocate: amounts add up to 0");
  });

  it("allocates over 100,000 rows exactly", () => {
    // 100,001 cents over 100,000 equal rows: 1 cent each, remainder 1 each, the one missing cent goes to row 0
    const shares = allocate(Array.from({ length: N }, () => 1), 1000.01);
    expect(shares[0]).toBe(0.02);
    expect(shares.slice(1).every((s) => s === 0.01)).toBe(true);
  });

  it("adds up to the total in cents, each share within a cent of its exact share (property, fixed seed)", () => {
    const cents = fc.integer({ min: -1_000_000, max: 1_000_000 });
    fc.assert(
      fc.property(fc.array(fc.option(cents, { nil: null }), { minLength: 1, maxLength: 30 }), cents, (rows, totalCents) => {
        const sum = rows.reduce<number>((s, c) => s + (c ?? 0), 0);
        fc.pre(sum !== 0);
        const amounts = rows.map((c) => (c === null ? null : c / 100));
        const shares = allocate(amounts, totalCents / 100);
        const shareCents = shares.map((s) => (s === null ? null : Math.round(s * 100)));
        expect(shareCents.map((s) => s === null)).toEqual(rows.map((c) => c === null));
        expect(shareCents.reduce<number>((s, c) => s + (c ?? 0), 0)).toBe(totalCents);
        rows.forEach((c, i) => {
          if (c === null) return;
          // |share - total x c / sum| < 1 cent, in integers: |share x sum - total x c| < |sum|
          const gap = BigInt(shareCents[i] as number) * BigInt(sum) - BigInt(totalCents) * BigInt(c);
          expect(gap < 0n ? -gap : gap).toBeLessThan(BigInt(Math.abs(sum)));
        });
        expect(allocate(amounts, -totalCents / 100)).toEqual(shares.map((s) => (s === null ? null : s === 0 ? 0 : -s)));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  /** The rule as docs/finance.md states it, on BigInt cents, written independently of the engine: floors, then the largest remainders, ties to the earlier row. */
  function referenceShares(rowCents: (bigint | null)[], totalCents: bigint): (bigint | null)[] {
    const sum = rowCents.reduce<bigint>((s, c) => s + (c ?? 0n), 0n);
    const abs = (x: bigint): bigint => (x < 0n ? -x : x);
    const rows = rowCents.flatMap((c, row) => {
      if (c === null) return [];
      const exact = abs(totalCents) * c * (sum < 0n ? -1n : 1n); // share × |sum|
      const floor = exact / abs(sum) - (exact % abs(sum) < 0n ? 1n : 0n);
      return [{ row, floor, remainder: exact - floor * abs(sum) }];
    });
    let missing = rows.reduce((m, r) => m - r.floor, abs(totalCents));
    for (const r of [...rows].sort((a, b) => (a.remainder === b.remainder ? a.row - b.row : a.remainder > b.remainder ? -1 : 1))) {
      if (missing-- <= 0n) break;
      r.floor += 1n;
    }
    const out: (bigint | null)[] = rowCents.map(() => null);
    for (const r of rows) out[r.row] = totalCents < 0n ? -r.floor : r.floor;
    return out;
  }

  it("gives exactly the reference shares, ties to the earlier row, on doubles and on BigInt alike (property, fixed seed)", () => {
    // Small cents take the double path; amounts of 10^11 and totals of 10^12 push products past 2^53, onto BigInt.
    const scale = fc.constantFrom(1, 1_000, 100_000_000);
    fc.assert(
      fc.property(scale, fc.array(fc.option(fc.integer({ min: -5, max: 20 }), { nil: null }), { minLength: 1, maxLength: 40 }), fc.integer({ min: -100_000, max: 100_000 }), (k, rows, total) => {
        const rowCents = rows.map((c) => (c === null ? null : BigInt(c * k)));
        fc.pre(rowCents.reduce<bigint>((s, c) => s + (c ?? 0n), 0n) !== 0n);
        const totalCents = BigInt(total) * BigInt(k);
        const shares = allocate(rowCents.map((c) => (c === null ? null : Number(c) / 100)), Number(totalCents) / 100);
        expect(shares).toEqual(referenceShares(rowCents, totalCents).map((c) => (c === null ? null : Number(c) / 100 + 0)));
      }),
      { seed: 7, numRuns: 1000 },
    );
  });
});
