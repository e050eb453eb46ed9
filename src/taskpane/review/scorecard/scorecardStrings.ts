/**
 * The texts of the Scorecards section of the Review view, once per language; every table is typed
 * `ScorecardStrings`, so a key missing from any is a compile error (as in reviewViewStrings.ts).
 * Numbers arrive already formatted. What is written on the sheets is scorecardSheetStrings.ts.
 */
import type { Translations } from "../../../engine/locale";

export interface ScorecardStrings {
  heading: string;
  intro: string;
  reviewLabel: string;
  reviewOption: (sheet: string, period: string) => string;
  noReviews: string;
  refresh: string;
  make: string;
  making: string;
  progressWriting: (done: string, total: string) => string;
  cancelled: string;
  made: (reps: string, sheets: string) => string;
  updated: (reps: string, sheets: string) => string;
  kept: (pages: string) => string;
  leftAsTheyWere: (sheets: string) => string;
  otherRevision: (reviewRevision: string, revision: string) => string;
  /** `names`: the first few reps' names, already joined ("…" at the end when there are more). */
  differsFromReview: (reps: string, names: string) => string;
  notCompared: (reps: string, names: string) => string;
  printHint: string;
  errors: { noReview: string; nothingScored: string };
}

export const SCORECARD_STRINGS: Translations<ScorecardStrings> = {
  en: {
    heading: "Rep scorecards",
    intro:
      "A printable page per rep from a review sheet: the rep's scores against targets and baselines, the team's median, the month-by-month trend, and lines for the manager's comment and signatures. Making them again updates the figures and keeps whatever was written on them.",
    reviewLabel: "Review sheet",
    reviewOption: (sheet, period) => `${sheet} (${period})`,
    noReviews: "No review sheet yet: generate a review above first.",
    refresh: "Refresh the list",
    make: "Make scorecards",
    making: "Making scorecards…",
    progressWriting: (done, total) => `Writing pages: ${done} of ${total}`,
    cancelled: "Cancelled: no scorecard sheet was added.",
    made: (reps, sheets) => `Scorecards for ${reps} reps, one page each, on ${sheets}.`,
    updated: (reps, sheets) => `Scorecards updated in place for ${reps} reps on ${sheets}; what was written on them is kept.`,
    kept: (pages) => `${pages} pages of reps no longer in the review are kept as they were, marked at their top.`,
    leftAsTheyWere: (sheets) => `The earlier scorecards on ${sheets} were left as they were, because rows were moved on them or the policy changed the page; these are new.`,
    otherRevision: (reviewRevision, revision) =>
      `The review sheet was made with policy revision ${reviewRevision}; the scorecards use revision ${revision}. Generate the review again so that both agree.`,
    differsFromReview: (reps, names) =>
      `The total differs from the review sheet for ${reps} of the reps (${names}): the data or the sheet changed since the review was made. Their pages say so. Generate the review again so that the scorecards and the review agree.`,
    notCompared: (reps, names) =>
      `The review sheet shows an error instead of the total for ${reps} of the reps (${names}), for example #NAME? where the TeleScore add-in is not loaded, so their pages could not be checked against it.`,
    printHint: "Printing: each page is one A4 sheet (File › Print prints them all).",
    errors: {
      noReview: "That review sheet is no longer in the workbook (or its review table was converted to a range). Generate the review again.",
      nothingScored: "No rep of that review can be scored with the data as it is now, so no scorecard was made.",
    },
  },
  zh: {
    heading: "员工评分卡",
    intro: "根据考核表为每位员工生成一页可打印的评分卡：各项得分与目标和基准的对比、团队中位数、逐月趋势，以及主管评语和签字栏。再次生成会更新数字，并保留评分卡上已填写的内容。",
    reviewLabel: "考核表",
    reviewOption: (sheet, period) => `${sheet}（${period}）`,
    noReviews: "还没有考核表：请先在上方生成考核表。",
    refresh: "刷新列表",
    make: "生成评分卡",
    making: "正在生成评分卡…",
    progressWriting: (done, total) => `正在写入页面：${done} / ${total}`,
    cancelled: "已取消：没有添加评分卡工作表。",
    made: (reps, sheets) => `已为 ${reps} 名员工生成评分卡，每人一页，位于${sheets}。`,
    updated: (reps, sheets) => `已在${sheets}上原位更新 ${reps} 名员工的评分卡，已填写的内容均已保留。`,
    kept: (pages) => `已不在本次考核中的员工的 ${pages} 页评分卡按原样保留，并在页首注明。`,
    leftAsTheyWere: (sheets) => `${sheets}上原有的评分卡按原样保留（其中的行被移动过，或考核方案改变了页面），这些是新生成的评分卡。`,
    otherRevision: (reviewRevision, revision) => `考核表是用考核方案第 ${reviewRevision} 版生成的，评分卡使用第 ${revision} 版。请重新生成考核表，使两者一致。`,
    differsFromReview: (reps, names) => `${reps} 名员工（${names}）的总分与考核表不一致：考核表生成后数据或考核表有变动，其评分卡页面已注明。请重新生成考核表，使评分卡与考核表一致。`,
    notCompared: (reps, names) => `考核表上 ${reps} 名员工（${names}）的总分显示为错误值（例如未加载 TeleScore 加载项时），因此无法与其评分卡核对。`,
    printHint: "打印：每页为一张 A4 纸（“文件 › 打印”可全部打印）。",
    errors: {
      noReview: "该考核表已不在工作簿中（或其考核表格已转换为普通区域）。请重新生成考核表。",
      nothingScored: "按现有数据，该考核中没有可评分的员工，因此没有生成评分卡。",
    },
  },
  "zh-Hant": {
    heading: "員工評分卡",
    intro: "根據考核表為每位員工產生一頁可列印的評分卡：各項得分與目標和基準數的比較、團隊中位數、逐月趨勢，以及主管評語和簽名欄。再次產生會更新數字，並保留評分卡上已填寫的內容。",
    reviewLabel: "考核表",
    reviewOption: (sheet, period) => `${sheet}（${period}）`,
    noReviews: "還沒有考核表：請先在上方產生考核表。",
    refresh: "重新整理清單",
    make: "產生評分卡",
    making: "正在產生評分卡…",
    progressWriting: (done, total) => `正在寫入頁面：${done} / ${total}`,
    cancelled: "已取消：沒有新增評分卡工作表。",
    made: (reps, sheets) => `已為 ${reps} 名員工產生評分卡，每人一頁，位於${sheets}。`,
    updated: (reps, sheets) => `已在${sheets}上原位更新 ${reps} 名員工的評分卡，已填寫的內容均已保留。`,
    kept: (pages) => `已不在本次考核中的員工的 ${pages} 頁評分卡維持原樣，並在頁首註明。`,
    leftAsTheyWere: (sheets) => `${sheets}上原有的評分卡維持原樣（其中的列被移動過，或考核方案改變了頁面），這些是新產生的評分卡。`,
    otherRevision: (reviewRevision, revision) => `考核表是以考核方案第 ${reviewRevision} 版產生的，評分卡使用第 ${revision} 版。請重新產生考核表，使兩者一致。`,
    differsFromReview: (reps, names) => `${reps} 名員工（${names}）的總分與考核表不一致：考核表產生後資料或考核表有變動，其評分卡頁面已註明。請重新產生考核表，使評分卡與考核表一致。`,
    notCompared: (reps, names) => `考核表上 ${reps} 名員工（${names}）的總分顯示為錯誤值（例如未載入 TeleScore 增益集時），因此無法與其評分卡核對。`,
    printHint: "列印：每頁為一張 A4 紙（「檔案 › 列印」可全部列印）。",
    errors: {
      noReview: "該考核表已不在活頁簿中（或其考核表格已轉換為一般範圍）。請重新產生考核表。",
      nothingScored: "依現有資料，該考核中沒有可評分的員工，因此沒有產生評分卡。",
    },
  },
};
