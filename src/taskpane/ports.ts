/**
 * The pane's ports: everything the views ask of the workbook, one per feature (policy, review,
 * reconcile, explain) plus the selection. Built once, at mount, and handed down: the views never call Excel
 * themselves, and "is Excel here?" (inExcel) is asked only in hostPorts. Outside Excel (a browser, a test)
 * every port refuses with ExcelUnavailableError, which each view words for the user; the policy
 * is then shown read-only.
 */
import type { ExplainWorkbook } from "./explain/excel/explainWorkbook";
import { workbookRepository } from "./policy/excel/workbookRepository";
import { getPolicyLoadState, subscribePolicyLoadState } from "./policy/policyBootstrap";
import type { PolicyRepository } from "./policy/policyRepository";
import type { ReconcileWorkbook } from "./reconcile/reconcileWorkbook";
import type { ReviewWorkbook } from "./review/reviewWorkbook";
import { inExcel } from "./shared/excel/inExcel";
import { excelSelection } from "./shared/excel/selection";
import { refuseOutsideExcel } from "./shared/excelUnavailable";
import type { SelectionPort } from "./shared/selectionPort";

export interface PanePorts {
  /** Whether there is a workbook to read and write; without one the policy is shown read-only. */
  readonly workbook: boolean;
  readonly policy: PolicyRepository;
  readonly review: ReviewWorkbook;
  readonly reconcile: ReconcileWorkbook;
  readonly selection: SelectionPort;
  readonly explain: ExplainWorkbook;
}

/** Every method of the review, reconcile and explain ports, each refusing: what a port is outside Excel. */
const REFUSING = {
  review: { listTables: refuseOutsideExcel, loadLastReview: refuseOutsideExcel, saveLastReview: refuseOutsideExcel, readMappedSource: refuseOutsideExcel, saveChoices: refuseOutsideExcel, saveCallLogRules: refuseOutsideExcel, generateReview: refuseOutsideExcel, importCallLog: refuseOutsideExcel, writeCallLogTable: refuseOutsideExcel, listReviewSheets: refuseOutsideExcel, generateScorecards: refuseOutsideExcel },
  reconcile: { findNetProfit: refuseOutsideExcel, reconcile: refuseOutsideExcel, allocate: refuseOutsideExcel },
  explain: { read: refuseOutsideExcel, watch: refuseOutsideExcel },
} satisfies { review: ReviewWorkbook; reconcile: ReconcileWorkbook; explain: ExplainWorkbook };

/**
 * A port whose Excel adapter is loaded with its view's code, at the first call, so the pane's
 * first view carries none of it (docs/benchmarks.md, "Functions first"). Every method is async, so
 * waiting for the module first changes nothing a caller sees.
 */
function lazyPort<T extends object>(methods: T, load: () => Promise<T>): T {
  const port: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of Object.keys(methods)) {
    port[name] = (...args) => load().then((adapter) => (adapter as Record<string, (...a: unknown[]) => Promise<unknown>>)[name](...args));
  }
  return port as T;
}

export function excelPorts(): PanePorts {
  return {
    workbook: true,
    policy: workbookRepository(),
    review: lazyPort(REFUSING.review, () => import(/* webpackChunkName: "review" */ "./review/excel/reviewWorkbook").then((m) => m.excelReviewWorkbook)),
    reconcile: lazyPort(REFUSING.reconcile, () => import(/* webpackChunkName: "reconcile" */ "./reconcile/excel/reconcileSheet").then((m) => m.excelReconcileWorkbook)),
    selection: excelSelection,
    explain: lazyPort(REFUSING.explain, () => import(/* webpackChunkName: "explain" */ "./explain/excel/explainWorkbook").then((m) => m.excelExplainWorkbook)),
  };
}

export function unavailablePorts(): PanePorts {
  return {
    workbook: false,
    policy: { loadState: getPolicyLoadState, subscribeLoadState: subscribePolicyLoadState, save: refuseOutsideExcel, history: refuseOutsideExcel, restore: refuseOutsideExcel },
    ...REFUSING,
    selection: { selectedAddress: refuseOutsideExcel },
  };
}

/** Excel's ports inside Excel, else the unavailable ones. Outside Office, Office.onReady resolves and `Excel` is undefined. */
export function hostPorts(): PanePorts {
  return inExcel() ? excelPorts() : unavailablePorts();
}
