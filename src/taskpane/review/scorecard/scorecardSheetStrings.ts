/**
 * The words TeleScore writes on the scorecard sheets, in English, Simplified and Traditional Chinese. Words the review sheet
 * already has (policy, rep ID, position, grade…) come from its table (excel/reviewStrings.ts).
 */
import type { Translations } from "../../../engine/locale";

export interface ScorecardSheetStrings {
  sheetName: (period: string) => string;
  title: (rep: string) => string;
  period: string;
  total: string;
  rank: string;
  rankValue: (rank: number, of: number) => string;
  teamMedianTotal: string;
  part: string;
  actual: string;
  target: string;
  points: string;
  teamMedian: string;
  weight: string;
  quarterTrend: string;
  monthChart: string;
  managerComment: string;
  managerSignOff: string;
  repSignOff: string;
  date: string;
  /** The status line of a rep's page kept from an earlier version. */
  gone: string;
  /** The status line of a page whose total or grade is not the review sheet's. */
  differs: string;
}

export const SCORECARD_SHEET_STRINGS: Translations<ScorecardSheetStrings> = {
  en: {
    sheetName: (period) => `Scorecards ${period}`,
    title: (rep) => `Scorecard: ${rep}`,
    period: "Period",
    total: "Total",
    rank: "Rank",
    rankValue: (rank, of) => `${rank} of ${of}`,
    teamMedianTotal: "Team median total",
    part: "Dimension / metric",
    actual: "Actual",
    target: "Target / baseline",
    points: "Points",
    teamMedian: "Team median",
    weight: "Weight",
    quarterTrend: "Total score month by month, against the team's median",
    monthChart: "Scores this month, against the team's median",
    managerComment: "Manager comment",
    managerSignOff: "Manager sign-off",
    repSignOff: "Rep signature",
    date: "Date",
    gone: "No longer in the review: the figures are those of the last time this rep was in it",
    differs: "Differs from the review sheet (the data or the sheet changed since the review was made): generate the review again",
  },
  zh: {
    sheetName: (period) => `评分卡 ${period}`,
    title: (rep) => `评分卡：${rep}`,
    period: "期间",
    total: "总分",
    rank: "排名",
    rankValue: (rank, of) => `第 ${rank} 名（共 ${of} 人）`,
    teamMedianTotal: "团队总分中位数",
    part: "维度 / 指标",
    actual: "实际",
    target: "目标 / 基准",
    points: "得分",
    teamMedian: "团队中位数",
    weight: "权重",
    quarterTrend: "逐月总分与团队中位数",
    monthChart: "本月得分与团队中位数",
    managerComment: "主管评语",
    managerSignOff: "主管签字",
    repSignOff: "员工签字",
    date: "日期",
    gone: "已不在本次考核中：数字为该员工最后一次在考核中时的数字",
    differs: "与考核表不一致（考核表生成后数据或考核表有变动）：请重新生成考核表",
  },
  "zh-Hant": {
    sheetName: (period) => `評分卡 ${period}`,
    title: (rep) => `評分卡：${rep}`,
    period: "期間",
    total: "總分",
    rank: "排名",
    rankValue: (rank, of) => `第 ${rank} 名（共 ${of} 人）`,
    teamMedianTotal: "團隊總分中位數",
    part: "維度 / 指標",
    actual: "實際",
    target: "目標 / 基準數",
    points: "得分",
    teamMedian: "團隊中位數",
    weight: "權重",
    quarterTrend: "逐月總分與團隊中位數",
    monthChart: "本月得分與團隊中位數",
    managerComment: "主管評語",
    managerSignOff: "主管簽核",
    repSignOff: "員工簽名",
    date: "日期",
    gone: "已不在本次考核中：數字為該員工最後一次出現在考核中時的數字",
    differs: "與考核表不一致（考核表產生後資料或考核表有變動）：請重新產生考核表",
  },
};
