/** Every text of the policy preview, once per language (both tables typed, so a missing key fails the build). */
import type { Locale } from "../../../engine/locale";

export interface PreviewStrings {
  heading: string;
  intro: string;
  preview: string;
  working: string;
  noReview: string;
  invalidDraft: string;
  failed: (message: string) => string;
  basedOn: (period: string, reps: number, revision: number) => string;
  distribution: string;
  grade: string;
  before: string;
  after: string;
  changed: (count: number) => string;
  rep: string;
  noChange: string;
  months: string;
  suggest: string;
  suggestions: (position: string, reps: number, months: number) => string;
  metric: string;
  current: string;
  suggested: string;
  seasonal: (factors: string) => string;
  noData: string;
}

const en: PreviewStrings = {
  heading: "Preview before saving",
  intro: "What the edited policy would do on the latest review's data, and baselines suggested from the team's recent months. Computed by TeleScore; nothing is written to the workbook.",
  preview: "Preview grades",
  working: "Computing…",
  noReview: "This workbook has no review yet: generate one on the Review tab first.",
  invalidDraft: "Correct the problems listed above first: the preview needs a valid policy.",
  failed: (message) => `The review's data could not be read: ${message}`,
  basedOn: (period, reps, revision) => `Review ${period}: ${reps} reps, compared with the saved policy (revision ${revision}).`,
  distribution: "Grades, saved policy and edited policy",
  grade: "Grade",
  before: "Saved",
  after: "Edited",
  changed: (count) => (count === 1 ? "1 rep's grade would change" : `${count} reps' grades would change`),
  rep: "Rep",
  noChange: "No rep's grade would change.",
  months: "Months of data",
  suggest: "Suggest baselines",
  suggestions: (position, reps, months) => `${position}: from ${reps} reps over ${months} months`,
  metric: "Metric",
  current: "Current",
  suggested: "Suggested",
  seasonal: (factors) => `Seasonal factors from the data: ${factors}`,
  noData: "no data",
};

const zh: PreviewStrings = {
  heading: "保存前预览",
  intro: "按修改后的方案计算最近一次考核的数据会有什么变化，以及根据团队近几个月数据建议的基准数。由 TeleScore 计算，不会写入工作簿。",
  preview: "预览等级",
  working: "正在计算…",
  noReview: "此工作簿还没有考核表：请先在“考核表”页生成。",
  invalidDraft: "请先修正上面列出的问题：预览需要有效的方案。",
  failed: (message) => `无法读取考核数据：${message}`,
  basedOn: (period, reps, revision) => `考核 ${period}：${reps} 名坐席，与已保存方案（第 ${revision} 版）对比。`,
  distribution: "等级分布：已保存方案与修改后方案",
  grade: "等级",
  before: "已保存",
  after: "修改后",
  changed: (count) => `${count} 名坐席的等级会变化`,
  rep: "坐席",
  noChange: "没有坐席的等级会变化。",
  months: "数据月数",
  suggest: "建议基准数",
  suggestions: (position, reps, months) => `${position}：基于 ${reps} 名坐席、${months} 个月的数据`,
  metric: "指标",
  current: "当前",
  suggested: "建议",
  seasonal: (factors) => `数据得出的季节系数：${factors}`,
  noData: "无数据",
};

const zhHant: PreviewStrings = {
  heading: "儲存前預覽",
  intro: "依修改後的方案重新計算最近一次考核的資料會有哪些變化，以及根據團隊近幾個月資料建議的基準數。由 TeleScore 計算，不會寫入活頁簿。",
  preview: "預覽等級",
  working: "正在計算…",
  noReview: "此活頁簿還沒有考核表：請先在「考核表」頁面產生。",
  invalidDraft: "請先修正上面列出的問題：預覽需要有效的方案。",
  failed: (message) => `無法讀取考核資料：${message}`,
  basedOn: (period, reps, revision) => `考核 ${period}：${reps} 名電銷人員，與已儲存的方案（第 ${revision} 版）比較。`,
  distribution: "等級分佈：已儲存方案與修改後方案",
  grade: "等級",
  before: "已儲存",
  after: "修改後",
  changed: (count) => `${count} 名電銷人員的等級會改變`,
  rep: "電銷人員",
  noChange: "沒有電銷人員的等級會改變。",
  months: "資料月數",
  suggest: "建議基準數",
  suggestions: (position, reps, months) => `${position}：根據 ${reps} 名電銷人員、${months} 個月的資料`,
  metric: "指標",
  current: "目前",
  suggested: "建議",
  seasonal: (factors) => `資料得出的季節係數：${factors}`,
  noData: "無資料",
};

export const PREVIEW_STRINGS: Record<Locale, PreviewStrings> = { en, zh, "zh-Hant": zhHant };
