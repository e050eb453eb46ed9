/**
 * The reconcile port: what the Reconcile view needs from the workbook. Excel's implementation is
 * excel/reconcileSheet.ts; outside Excel, ports.ts gives one that refuses; tests give their own.
 */
import type { AllocateOutcome, ReconcileOutcome, ReconcileRequest } from "./excel/reconcileSheet";

export interface ReconcileWorkbook {
  /** The per-rep net profit column of the active sheet's review table, or null. */
  findNetProfit(): Promise<string | null>;
  reconcile(request: ReconcileRequest): Promise<ReconcileOutcome>;
  /** Refuses (throws) unless the sheet's variance is still `confirmedVariance` and within the tolerance. */
  allocate(request: ReconcileRequest, confirmedVariance: number): Promise<AllocateOutcome>;
}
