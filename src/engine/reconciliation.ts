/**
 * The net profit tie-out of a period (docs/method.md, "Money"; docs/finance.md): the net profit credited to reps
 * plus what was credited to no rep must equal the ledger, to the cent. All arithmetic is money.ts's
 * (BigInt cents); this file only decides what is compared with what, and when a difference may be
 * spread over the reps as a rounding residue.
 */
import { notFoundError, numError, valueError } from "./errors";
import { allocate, fromCents, reconcile, sumMoney, toCents, type ReconcileStatus } from "./money";
import { nameKey } from "./names";

export interface PeriodInput {
  /** Each rep's net profit; a blank (null) is a rep with no figure and takes no part. */
  repAmounts: (number | null)[];
  ledgerTotal: number;
  /** Net profit of orders credited to no rep; blank counts 0. */
  unassigned?: number | null;
  /** The largest |variance| accepted as a rounding residue (0 or more). */
  tolerance: number;
}

/** Every figure to the cent (a number with at most 2 decimals). */
export interface PeriodReconciliation {
  sumReps: number;
  unassigned: number;
  ledger: number;
  /** sumReps + unassigned − ledger: positive when the reps were credited more than the ledger holds. */
  variance: number;
  tolerance: number;
  status: ReconcileStatus;
  /**
   * The variance is a residue allocation may remove: not 0, no larger than the tolerance, and the
   * reps' amounts have a non-zero sum to give the proportions (ALLOCATE refuses a zero sum).
   */
  canAllocate: boolean;
}

/** The amount to the cent, half away from zero (money.ts's rule). */
const toCent = (x: number): number => fromCents(toCents(x));

export function reconcilePeriod({ repAmounts, ledgerTotal, unassigned = null, tolerance }: PeriodInput): PeriodReconciliation {
  const present = repAmounts.filter((a): a is number => a !== null);
  const unassignedAmount = unassigned ?? 0;
  // RECONCILE over the reps and the unassigned line is exactly Σ reps + unassigned − ledger.
  const { difference, status } = reconcile([...present, unassignedAmount], ledgerTotal, tolerance);
  const sumReps = sumMoney(present);
  return {
    sumReps,
    unassigned: toCent(unassignedAmount),
    ledger: toCent(ledgerTotal),
    variance: difference,
    tolerance: toCent(tolerance),
    status,
    canAllocate: status === "within_tolerance" && sumReps !== 0,
  };
}

/**
 * The adjusted per-rep amounts: ALLOCATE of the reps' amounts to ledger − unassigned, so that
 * Σ adjusted + unassigned = ledger exactly; blanks stay blank.
 */
export function allocationPlan(repAmounts: (number | null)[], ledgerTotal: number, unassigned: number | null = null): (number | null)[] {
  return allocate(repAmounts, fromCents(toCents(ledgerTotal) - toCents(unassigned ?? 0)));
}

/** A rep's net profit in one period. */
export interface RepNetProfit {
  repId: string;
  netProfit: number;
}

export interface PeriodNetProfit {
  /** The period's key as the review names it, e.g. "2026-07". */
  period: string;
  /** A closed period's review was signed off: its figures are never changed. */
  closed: boolean;
  reps: RepNetProfit[];
}

/** A refund a user records after the sale's period: what they type on the later period's sheet. */
export interface RefundLine {
  repId: string;
  /** The period in which the refund is booked: it reduces this period's net profit. */
  recordedPeriod: string;
  /** The money refunded, as a positive amount. */
  amount: number;
  /** The period of the refunded sale, for reference; it is never changed. */
  originalPeriod?: string | null;
}

/**
 * docs/method.md, "Money": a refund recorded after its sale's period closed belongs to the period in which
 * it is recorded. Each line reduces that rep's net profit in `recordedPeriod` (a rep with no row
 * there gets one, negative); closed periods come back as the very same objects, unchanged, and
 * recording a line into a closed period is refused. `periods` are listed oldest first, which is how
 * a refund recorded before its own sale's period is caught.
 */
export function applyLateRefunds(periods: readonly PeriodNetProfit[], refunds: readonly RefundLine[]): PeriodNetProfit[] {
  const index = new Map(periods.map((p, i) => [p.period.trim(), i]));
  const known = periods.map((p) => p.period);
  // Refund cents per period, per rep (by rep key, in order of first appearance).
  const byPeriod = new Map<number, Map<string, { repId: string; cents: bigint }>>();

  for (const line of refunds) {
    const refund = { amount: line.amount, repId: line.repId, recorded: line.recordedPeriod };
    const at = index.get(line.recordedPeriod.trim());
    if (at === undefined) throw notFoundError("refundNoPeriod", { refund, known });
    if (periods[at].closed) throw valueError("refundPeriodClosed", { refund, period: periods[at].period });
    const original = line.originalPeriod ? index.get(line.originalPeriod.trim()) : undefined;
    if (original !== undefined && original > at) throw valueError("refundBeforeSale", { refund, sale: line.originalPeriod as string });
    const cents = toCents(line.amount);
    if (cents <= 0n) throw numError("refundNotPositive", { refund });
    const reps = byPeriod.get(at) ?? new Map<string, { repId: string; cents: bigint }>();
    byPeriod.set(at, reps);
    const key = nameKey(line.repId);
    const sofar = reps.get(key);
    reps.set(key, { repId: sofar?.repId ?? line.repId, cents: (sofar?.cents ?? 0n) + cents });
  }

  return periods.map((p, i) => {
    const reps = byPeriod.get(i);
    if (!reps) return p;
    const adjusted = p.reps.map((r) => {
      const refund = reps.get(nameKey(r.repId));
      reps.delete(nameKey(r.repId)); // taken: a rep listed twice is reduced once, on the first row
      return refund ? { repId: r.repId, netProfit: fromCents(toCents(r.netProfit) - refund.cents) } : r;
    });
    const newRows = [...reps.values()].map((r) => ({ repId: r.repId, netProfit: fromCents(-r.cents) }));
    return { ...p, reps: [...adjusted, ...newRows] };
  });
}
