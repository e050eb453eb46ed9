/**
 * The texts every part of the pane shares (its title, the tabs, the language switch, the common
 * buttons), once per language; each feature keeps its own table beside its views (policyStrings.ts,
 * reviewViewStrings.ts, reconcileStrings.ts) and the sheet writers keep what they write on sheets.
 */
import type { Translations } from "../../../engine/locale";

export interface SharedStrings {
  appTitle: string;
  appSubtitle: string;
  language: string;
  loading: string;
  /** While a view's code loads, the first time it is shown. */
  loadingView: string;
  views: string;
  tabPolicy: string;
  tabReview: string;
  tabReconcile: string;
  tabExplain: string;
  cancel: string;
  enterNumber: string;
  /** Under a table wider than the pane, while it scrolls sideways. */
  scrollSideways: string;
}

const en: SharedStrings = {
  appTitle: "TeleScore",
  appSubtitle: "Telemarketing performance review",
  language: "Language",
  loading: "Loading the policy…",
  loadingView: "Loading…",
  views: "Views",
  tabPolicy: "Policy",
  tabReview: "Review",
  tabReconcile: "Reconcile",
  tabExplain: "Explain",
  cancel: "Cancel",
  enterNumber: "Enter a number.",
  scrollSideways: "Wider than the pane: scroll sideways to see every column.",
};

const zh: SharedStrings = {
  appTitle: "TeleScore",
  appSubtitle: "电话销售绩效考核",
  language: "语言",
  loading: "正在加载权重方案…",
  loadingView: "正在加载…",
  views: "视图",
  tabPolicy: "权重方案",
  tabReview: "考核表",
  tabReconcile: "对账",
  tabExplain: "说明",
  cancel: "取消",
  enterNumber: "请输入数字。",
  scrollSideways: "表格比窗格宽：左右滚动可查看所有列。",
};

const zhHant: SharedStrings = {
  appTitle: "TeleScore",
  appSubtitle: "電話銷售績效考核",
  language: "語言",
  loading: "正在載入權重方案…",
  loadingView: "正在載入…",
  views: "檢視",
  tabPolicy: "權重方案",
  tabReview: "考核表",
  tabReconcile: "對帳",
  tabExplain: "說明",
  cancel: "取消",
  enterNumber: "請輸入數字。",
  scrollSideways: "表格比窗格寬：左右捲動可檢視所有欄。",
};

export const SHARED_STRINGS: Translations<SharedStrings> = { en, zh, "zh-Hant": zhHant };
