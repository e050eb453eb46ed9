/**
 * Money, exact to the cent (docs/method.md, "Money"). Every amount is taken to the cent, half away from
 * zero, on the decimal a person sees (the number's shortest form: 1.005 is 1.01, not the 1.00
 * its binary value would give), and all arithmetic is on BigInt cents, so no binary floating
 * point drift reaches a result: 0.1 + 0.2 is 0.30.
 */
import { numError } from "./errors";
import type { Trace } from "./trace";

/**
 * The largest amount a result may reach: 9,999,999,999,999.99 has 15 significant digits, all
 * Excel keeps, and below it every cent maps to its own double (whose shortest form is that cent).
 */
const MAX_CENTS = 999_999_999_999_999n;

/** Under this magnitude a double's ulp is far below a cent, which makes the fast path in toCents exact. */
const FAST_LIMIT = 1e13;

/** The number to the cent, half away from zero, on its shortest decimal form: 1.005 -> 101n, -1.005 -> -101n. */
export function toCents(x: number): bigint {
  const fast = fastCents(x);
  return fast === undefined ? centsOfDecimal(String(x)) : BigInt(fast);
}

/** The cents of an amount that already has at most 2 decimals (the common case), as a double; undefined otherwise. */
function fastCents(x: number): number | undefined {
  if (!Number.isFinite(x)) throw numError("amountNotFiniteEnter", { value: x });
  // If c / 100 rounds back to x, x is the double nearest to the decimal c/100, and with ulp(x) < 0.01
  // no other decimal of 2 places or fewer rounds to x, so that decimal is x's shortest form.
  const scaled = Math.round(x * 100);
  return Math.abs(x) < FAST_LIMIT && scaled / 100 === x ? scaled : undefined;
}

/** Rounds a JS number's shortest form ("-1.005", "1.5e-7", "1e+21") to cents, half away from zero. */
function centsOfDecimal(text: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!m) throw numError("amountNotFinite", { value: text });
  const [, sign, whole, fraction = "", exponent = "0"] = m;
  const digits = whole + fraction;
  // value = digits x 10^(exponent - fraction.length); cents shift the decimal point two places right.
  const shift = Number(exponent) - fraction.length + 2;
  let cents: bigint;
  if (shift >= 0) {
    cents = BigInt(digits) * 10n ** BigInt(shift);
  } else {
    const keep = digits.length + shift;
    // Half away from zero on the magnitude: the first dropped digit alone decides.
    const roundUp = keep >= 0 && digits[keep] >= "5";
    cents = BigInt(keep > 0 ? digits.slice(0, keep) : "0") + (roundUp ? 1n : 0n);
  }
  return sign === "-" ? -cents : cents;
}

/** Cents back to a number with at most 2 decimals; beyond ±9,999,999,999,999.99 a cell cannot hold it exactly. */
export function fromCents(c: bigint): number {
  if (c > MAX_CENTS || c < -MAX_CENTS) {
    throw numError("amountTooLarge", { value: String(c / 100n) });
  }
  // Both operands are exact doubles and division is correctly rounded: the double nearest c/100.
  return Number(c) / 100;
}

/** Σ of the present amounts in cents; blanks are left out. */
function sumCents(amounts: Iterable<number | null>): bigint {
  let sum = 0n;
  for (const a of amounts) if (a !== null) sum += toCents(a);
  return sum;
}

/** revenue − cost − refunds − after-sales cost − complaint cost, blank optional terms counting 0. */
export function netProfit(
  revenue: number,
  cost: number,
  refunds?: number | null,
  afterSales?: number | null,
  complaint?: number | null,
  trace?: Trace,
): number {
  const deductions = sumCents([cost, refunds ?? null, afterSales ?? null, complaint ?? null]);
  const value = fromCents(toCents(revenue) - deductions);
  trace?.step({ kind: "netProfit", revenue: fromCents(toCents(revenue)), deductions: fromCents(deductions), value });
  return value;
}

/** The exact sum of amounts, to the cent. */
export function sumMoney(amounts: Iterable<number>): number {
  return fromCents(sumCents(amounts));
}

export type ReconcileStatus = "balanced" | "within_tolerance" | "over" | "under";

/**
 * Σ amounts − ledger total, exact to the cent (blanks left out). The tolerance only decides the
 * status: a zero difference is "balanced", one no larger than the tolerance "within_tolerance",
 * otherwise "over" (the amounts exceed the ledger) or "under".
 */
export function reconcile(
  amounts: (number | null)[],
  ledgerTotal: number,
  tolerance = 0,
): { difference: number; status: ReconcileStatus } {
  const toleranceCents = toCents(tolerance);
  if (tolerance < 0) throw numError("tolerance", { value: tolerance });
  const difference = sumCents(amounts) - toCents(ledgerTotal);
  const magnitude = difference < 0n ? -difference : difference;
  const status: ReconcileStatus =
    difference === 0n ? "balanced" : magnitude <= toleranceCents ? "within_tolerance" : difference > 0n ? "over" : "under";
  return { difference: fromCents(difference), status };
}

/**
 * Splits `total` over the rows in proportion to `amounts`, adding up to `total` exactly in cents.
 *
 * Rule, for any signs: row i's exact share is total × amount_i / Σ amounts (so a negative line,
 * such as a late refund, gets a share of the opposite sign to the positive lines). Each row gets
 * its exact share rounded down to the cent, and the cents still missing go one each to the rows
 * with the largest remainders (ties: the earlier row); every share is therefore its exact share
 * rounded down or up. The rounding is done on |total|, then the sign is given back, so negating
 * the total negates every share. Blank rows stay blank and take no part; no present amount gives
 * all blanks. Amounts adding up to 0 have no proportions: #NUM!.
 */
export function allocate(amounts: (number | null)[], total: number): (number | null)[] {
  const result: (number | null)[] = new Array<number | null>(amounts.length).fill(null);
  // Cents as doubles, exact while every integer involved stays below 2^53: the common case, and
  // ten times faster and smaller than BigInt per row. Otherwise the same rule on BigInt.
  const cents = new Float64Array(amounts.length);
  let present = 0;
  let sum = 0;
  let largest = 0;
  for (let row = 0; row < amounts.length; row++) {
    const a = amounts[row];
    if (a === null) continue;
    const c = safeCents(a);
    cents[row] = c;
    present += 1;
    sum += c;
    largest = Math.max(largest, Math.abs(c));
  }
  if (present === 0) return result;
  // largest × present bounds |sum| and every partial sum, so below 2^53 the sum is exact.
  if (!(largest * present < SAFE)) return allocateBig(amounts, total, result);
  if (sum === 0) throw zeroSum();
  const totalCents = toCents(total);
  const magnitude = Math.abs(Number(totalCents));
  // magnitude × largest bounds every numerator below.
  if (!(magnitude * largest < SAFE)) return allocateBig(amounts, total, result);

  const denominator = Math.abs(sum);
  const orientation = sum < 0 ? -1 : 1;
  const floors = new Float64Array(amounts.length);
  const remainders = new Float64Array(present);
  let missing = magnitude;
  for (let row = 0, p = 0; row < amounts.length; row++) {
    if (amounts[row] === null) continue;
    const numerator = magnitude * cents[row] * orientation;
    let floor = Math.floor(numerator / denominator);
    let remainder = numerator - floor * denominator;
    // The quotient is correctly rounded, so it may land one off the true floor; the remainder says which way.
    if (remainder < 0) {
      floor -= 1;
      remainder += denominator;
    } else if (remainder >= denominator) {
      floor += 1;
      remainder -= denominator;
    }
    floors[row] = floor;
    remainders[p++] = remainder;
    missing -= floor;
  }
  // The `missing` cents go to the largest remainders, ties to the earlier row: every remainder above
  // the missing-th largest gets one, then the earliest rows whose remainder equals it.
  if (missing > 0) {
    const threshold = nthSmallest(Float64Array.from(remainders), present - missing);
    let above = 0;
    for (const r of remainders) if (r > threshold) above += 1;
    let atThreshold = missing - above;
    for (let row = 0, p = 0; row < amounts.length; row++) {
      if (amounts[row] === null) continue;
      const r = remainders[p++];
      if (r > threshold || (r === threshold && atThreshold-- > 0)) floors[row] += 1;
    }
  }
  const sign = totalCents < 0n ? -1 : 1;
  for (let row = 0; row < amounts.length; row++) {
    if (amounts[row] === null) continue;
    const share = floors[row] === 0 ? 0 : sign * floors[row];
    result[row] = Math.abs(share) > MAX_CENTS_NUMBER ? fromCents(BigInt(share)) : share / 100;
  }
  return result;
}

/** The k-th smallest value (0-based) of `values`, which it reorders: Hoare's selection, linear on average. */
function nthSmallest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i++] = values[j];
        values[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k];
  }
  return values[k];
}

/** Integers below this are exact doubles. */
const SAFE = 2 ** 53;
const MAX_CENTS_NUMBER = Number(MAX_CENTS);

/** An amount's cents as a double: exact below 2^53 cents; above, Infinity, which sends allocate to BigInt. */
function safeCents(x: number): number {
  const fast = fastCents(x);
  if (fast !== undefined) return fast;
  const c = centsOfDecimal(String(x));
  return c < -BigInt(Number.MAX_SAFE_INTEGER) || c > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(c);
}

const zeroSum = (): Error => numError("allocateZero", {});

/** allocate's rule on BigInt cents, for amounts or totals too large for exact doubles. */
function allocateBig(amounts: (number | null)[], total: number, result: (number | null)[]): (number | null)[] {
  const present = amounts.flatMap((a, row) => (a === null ? [] : [{ row, cents: toCents(a) }]));
  const sum = present.reduce((s, p) => s + p.cents, 0n);
  if (sum === 0n) throw zeroSum();
  const totalCents = toCents(total);
  const magnitude = totalCents < 0n ? -totalCents : totalCents;
  const denominator = sum < 0n ? -sum : sum;
  const orientation = sum < 0n ? -1n : 1n;

  const shares = present.map(({ row, cents }) => {
    const numerator = magnitude * cents * orientation;
    let floor = numerator / denominator; // BigInt division truncates toward 0; step down for a floor.
    if (numerator % denominator < 0n) floor -= 1n;
    return { row, floor, remainder: numerator - floor * denominator };
  });
  // The cents still missing are Σ remainders / denominator: fewer than the rows with a remainder.
  const missing = shares.reduce((m, s) => m - s.floor, magnitude);
  // Array.prototype.sort is stable: equal remainders keep row order, so ties go to the earlier row.
  const byRemainder = [...shares].sort((a, b) => (a.remainder === b.remainder ? 0 : a.remainder > b.remainder ? -1 : 1));
  for (let i = 0; i < Number(missing); i++) byRemainder[i].floor += 1n;

  const sign = totalCents < 0n ? -1n : 1n;
  for (const { row, floor } of shares) result[row] = fromCents(sign * floor);
  return result;
}
