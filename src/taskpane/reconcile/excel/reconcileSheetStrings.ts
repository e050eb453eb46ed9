/**
 * What the reconcile adapter writes on the sheet (the reconciliation block and the adjusted
 * column's header), in each language. The header is recognised in either language when the column
 * is reused, so a block written in English is updated in place from a pane in Chinese.
 */
import type { ReconcileStatus } from "../../../engine/money";
import type { Translations } from "../../../engine/locale";

export interface ReconcileSheetStrings {
  adjustedHeader: string;
  blockTitle: string;
  range: string;
  sumReps: string;
  unassigned: string;
  ledger: string;
  variance: string;
  tolerance: string;
  status: string;
  adjusted: string;
  reconciledBy: string;
  reconciledAt: string;
  nameComment: string;
  /** The status cell's words. */
  statusWords: Record<ReconcileStatus, string>;
}

const en: ReconcileSheetStrings = {
  adjustedHeader: "Adjusted net profit",
  blockTitle: "TeleScore reconciliation",
  range: "Per-rep net profit range",
  sumReps: "Σ reps",
  unassigned: "Unassigned",
  ledger: "Ledger",
  variance: "Variance (Σ reps + unassigned − ledger)",
  tolerance: "Tolerance",
  status: "Status",
  adjusted: "Adjusted net profit (adds up to the ledger)",
  reconciledBy: "Reconciled by",
  reconciledAt: "Reconciled at",
  nameComment: "Written by TeleScore: reconciling again updates this block in place.",
  statusWords: { balanced: "Balanced", within_tolerance: "Within tolerance", over: "Over the ledger", under: "Under the ledger" },
};

const zh: ReconcileSheetStrings = {
  adjustedHeader: "调整后净利润",
  blockTitle: "TeleScore 对账记录",
  range: "各坐席净利润区域",
  sumReps: "坐席合计",
  unassigned: "未分配",
  ledger: "账面",
  variance: "差额（坐席合计 + 未分配 − 账面）",
  tolerance: "容差",
  status: "状态",
  adjusted: "调整后净利润（合计与账面一致）",
  reconciledBy: "对账人",
  reconciledAt: "对账时间",
  nameComment: "由 TeleScore 写入：再次对账会在原处更新此记录。",
  statusWords: { balanced: "已平", within_tolerance: "在容差内", over: "高于账面", under: "低于账面" },
};

const zhHant: ReconcileSheetStrings = {
  adjustedHeader: "調整後淨利",
  blockTitle: "TeleScore 對帳紀錄",
  range: "各電銷人員淨利範圍",
  sumReps: "電銷人員合計",
  unassigned: "未分配",
  ledger: "帳面",
  variance: "差額（電銷人員合計 + 未分配 − 帳面）",
  tolerance: "容許誤差",
  status: "狀態",
  adjusted: "調整後淨利（合計與帳面一致）",
  reconciledBy: "對帳人",
  reconciledAt: "對帳時間",
  nameComment: "由 TeleScore 寫入：再次對帳會在原處更新此紀錄。",
  statusWords: { balanced: "已平衡", within_tolerance: "在容許誤差內", over: "高於帳面", under: "低於帳面" },
};

export const RECONCILE_SHEET_STRINGS: Translations<ReconcileSheetStrings> = { en, zh, "zh-Hant": zhHant };
