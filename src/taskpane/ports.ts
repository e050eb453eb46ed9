/**
 * The pane's ports: everything the views ask of the workbook, one per feature (policy, review,
 * reconcile, explain) plus the selection. Built once, at mount, and handed down: the views never call Excel
 * themselves, and "is Excel here?" (inExcel) is asked only in hostPorts. Outside Excel (a browser, a test)
 * every port refuses with ExcelUnavailableError, which each view words for the user; the policy
 * is then shown read-only.
 */
import { excelExplainWorkbook, type ExplainWorkbook } from "./explain/excel/explainWorkbook";
import { workbookRepository } from "./policy/excel/workbookRepository";
import { getPolicyLoadState, subscribePolicyLoadState } from "./policy/policyBootstrap";
import type { PolicyRepository } from "./policy/policyRepository";
import { excelReconcileWorkbook } from "./reconcile/excel/reconcileSheet";
import type { ReconcileWorkbook } from "./reconcile/reconcileWorkbook";
import { excelReviewWorkbook } from "./review/excel/reviewWorkbook";
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

export function excelPorts(): PanePorts {
  return { workbook: true, policy: workbookRepository(), review: excelReviewWorkbook, reconcile: excelReconcileWorkbook, selection: excelSelection, explain: excelExplainWorkbook };
}

export function unavailablePorts(): PanePorts {
  return {
    workbook: false,
    policy: { loadState: getPolicyLoadState, subscribeLoadState: subscribePolicyLoadState, save: refuseOutsideExcel, history: refuseOutsideExcel, restore: refuseOutsideExcel },
    review: { listTables: refuseOutsideExcel, readMappedSource: refuseOutsideExcel, saveChoices: refuseOutsideExcel, saveCallLogRules: refuseOutsideExcel, generateReview: refuseOutsideExcel, importCallLog: refuseOutsideExcel },
    reconcile: { findNetProfit: refuseOutsideExcel, reconcile: refuseOutsideExcel, allocate: refuseOutsideExcel },
    selection: { selectedAddress: refuseOutsideExcel },
    explain: { read: refuseOutsideExcel, watch: refuseOutsideExcel },
  };
}

/** Excel's ports inside Excel, else the unavailable ones. Outside Office, Office.onReady resolves and `Excel` is undefined. */
export function hostPorts(): PanePorts {
  return inExcel() ? excelPorts() : unavailablePorts();
}
