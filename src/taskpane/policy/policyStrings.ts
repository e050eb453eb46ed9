/**
 * Every text of the Policy tab (the read-only view and the editor), once per language. Both tables
 * are typed `PolicyStrings`, so a key missing from either is a compile error (and
 * test/taskpane/shared/strings.test.ts checks every feature's tables). Texts with numbers in them
 * are functions, so each language can put the number where its grammar wants it; numbers arrive
 * already formatted.
 */
import type { Translations } from "../../engine/locale";
import type { Scoring, Unit } from "../../engine/policy";

export interface PolicyStrings {
  summaryHeading: string;
  policyName: string;
  revision: string;
  minPresence: string;
  quarterQualityWeight: string;
  ratingScale: string;
  ratingRange: (max: string) => string;
  csatMethod: string;
  csatTop2: string;
  csatMean: string;

  dimensionsHeading: string;
  dimensionsCaption: string;
  dimension: string;
  weightPercent: string;

  metricsCaption: (dimension: string, weight: string) => string;
  metricsNote: string;
  metric: string;
  direction: string;
  higherIsBetter: string;
  lowerIsBetter: string;
  floor: string;
  cap: string;
  target: string;
  targetPerRep: string;
  targetBaseline: string;
  targetRating: (max: string) => string;

  baselinesHeading: string;
  baselinesCaption: string;
  seasonalCaption: string;
  position: string;
  notSet: string;

  bandsHeading: string;
  bandsCaption: string;
  grade: string;
  totalScore: string;
  bandAtLeast: (min: string) => string;
  bandBetween: (min: string, below: string) => string;
  bandBelow: (below: string) => string;
  bandAny: string;

  editPolicy: string;
  unsavedChanges: string;

  migratedTitle: string;
  rejectedTitle: string;
  rejectedBody: string;
  downloadRejected: string;

  note: string;
  save: string;
  saveUnavailable: string;
  nothingToSave: string;
  revert: string;
  saving: string;
  saved: (revision: string) => string;
  saveFailed: (reason: string) => string;

  importJson: string;
  importFile: string;
  imported: (file: string) => string;
  importFailed: (file: string) => string;
  importDuplicateKeys: (paths: string) => string;
  importReplaceTitle: string;
  importReplaceBody: string;
  importReplaceConfirm: string;
  exportJson: string;
  resetToDefault: string;
  resetTitle: string;
  resetBody: string;

  problemsHeading: string;
  draftValid: string;
  enterText: string;

  shareHint: (percent: string) => string;
  ratingScaleHint: string;

  dimensionWeights: string;
  metricWeights: (dimension: string) => string;
  sumExact: (sum: string) => string;
  sumShort: (sum: string, gap: string) => string;
  sumOver: (sum: string, gap: string) => string;
  sumNotNumber: string;
  targetPercent: string;
  remove: string;
  removeItem: (name: string) => string;

  addMetricHeading: string;
  metricKey: string;
  metricKeyHint: string;
  labelEn: string;
  labelZh: string;
  labelHant: string;
  labelHantHint: string;
  scoring: string;
  scoringNames: Record<Scoring, string>;
  unit: string;
  unitNames: Record<Unit, string>;
  addMetric: string;
  keyInvalid: string;
  keyTaken: (key: string) => string;
  metricAdded: (name: string, dimension: string) => string;

  positionName: (row: string) => string;
  /** The table of each position's names in both languages (docs/policy.md, "Names in two languages"). */
  positionNamesCaption: string;
  positionLabel: (position: string, language: string) => string;
  policyNameEn: string;
  policyNameZh: string;
  policyNameHant: string;
  baselineCell: (metric: string, position: string) => string;
  seasonalCell: (month: string, position: string) => string;
  positionTaken: string;
  newPosition: string;
  addPosition: string;

  bandGrade: (row: string) => string;
  bandMin: (grade: string) => string;
  bandNotDecreasing: (above: string, grade: string) => string;
  gradeTaken: string;
  addBand: string;
  lowestGrade: string;

  historyHeading: string;
  historyLoading: string;
  historyEmpty: string;
  historyFailed: (reason: string) => string;
  versionTitle: (revision: string) => string;
  versionMeta: (time: string, user: string) => string;
  currentVersion: string;
  viewingVersion: (revision: string) => string;
  view: string;
  viewVersion: (revision: string) => string;
  closeVersion: string;
  restore: string;
  restoreVersion: (revision: string) => string;
  restoreTitle: (revision: string) => string;
  restoreBody: string;
  restoring: string;
  restored: (revision: string, saved: string) => string;
  restoreFailed: (reason: string) => string;
}

const en: PolicyStrings = {
  summaryHeading: "Evaluation settings",
  policyName: "Policy",
  revision: "Revision",
  minPresence: "Minimum presence (share of workdays)",
  quarterQualityWeight: "Quality weight in the quarter score",
  ratingScale: "Rating scale",
  ratingRange: (max) => `1 to ${max}`,
  csatMethod: "Satisfaction (CSAT) method",
  csatTop2: "Share of the top two ratings",
  csatMean: "Mean rating",

  dimensionsHeading: "Dimensions and metrics",
  dimensionsCaption: "Dimension weights in the total score",
  dimension: "Dimension",
  weightPercent: "Weight (%)",

  metricsCaption: (dimension, weight) => `${dimension} (${weight}% of the total): metrics`,
  metricsNote: "Floor and cap bound attainment, actual ÷ target, where 1 earns 100 points.",
  metric: "Metric",
  direction: "Direction",
  higherIsBetter: "Higher is better",
  lowerIsBetter: "Lower is better",
  floor: "Floor",
  cap: "Cap",
  target: "Target",
  targetPerRep: "Per rep",
  targetBaseline: "Position baseline",
  targetRating: (max) => `Rating 1 to ${max}`,

  baselinesHeading: "Baselines per position",
  baselinesCaption: "Monthly baseline per position",
  seasonalCaption: "Seasonal factors per position, January to December",
  position: "Position",
  notSet: "Not set",

  bandsHeading: "Grade bands",
  bandsCaption: "Grade by total score, rounded to 2 decimals",
  grade: "Grade",
  totalScore: "Total score",
  bandAtLeast: (min) => `${min} or more`,
  bandBetween: (min, below) => `${min} to under ${below}`,
  bandBelow: (below) => `Under ${below}`,
  bandAny: "Any score",

  editPolicy: "Edit the policy",
  unsavedChanges: "The editor holds changes that are not saved yet.",

  migratedTitle: "The policy in this workbook was written by an older TeleScore and has been upgraded. Save (in the editor) to keep the upgrade in the workbook.",
  rejectedTitle: "The policy saved in this workbook could not be used",
  rejectedBody: "TeleScore uses the policy shown here until a valid policy is saved. The rejected text is kept in the workbook, so nothing is lost: download it to repair it or to send it to whoever keeps the policy.",
  downloadRejected: "Download the rejected JSON",

  note: "Note for this version (optional)",
  save: "Save",
  saveUnavailable: "Fix the problems listed below to save.",
  nothingToSave: "No changes to save.",
  revert: "Revert",
  saving: "Saving…, recalculating",
  // Excel finishes recalculating custom functions after the save returns: say so, claim no cell (docs/workbench.md).
  saved: (revision) => `Saved as revision ${revision}. Excel is recalculating the TELE formulas with it.`,
  saveFailed: (reason) => `Not saved: ${reason}`,

  importJson: "Import JSON…",
  importFile: "Policy file to import",
  imported: (file) => `${file} is in the editor. Check it, then select Save.`,
  importFailed: (file) => `${file} was not imported; nothing changed:`,
  importDuplicateKeys: (paths) => `The file gives a setting twice (${paths}). Only one value can count: remove the other, then import again.`,
  importReplaceTitle: "Replace your unsaved changes?",
  importReplaceBody: "The imported policy takes the place of the changes in the editor that are not saved yet.",
  importReplaceConfirm: "Choose a file…",
  exportJson: "Export JSON",
  resetToDefault: "Reset to default",
  resetTitle: "Reset to the default policy?",
  resetBody: "The editor then holds TeleScore's default policy. Nothing is saved until you select Save.",

  problemsHeading: "To fix before saving:",
  draftValid: "The policy in the editor is valid.",
  enterText: "Enter a name.",

  shareHint: (percent) => `A share from 0 to 1 (now ${percent}).`,
  ratingScaleHint: "Ratings run from 1 to this number (2 to 10).",

  dimensionWeights: "Dimension weights (%)",
  metricWeights: (dimension) => `${dimension}: metrics`,
  sumExact: (sum) => `Sum ${sum} / 100`,
  sumShort: (sum, gap) => `Sum ${sum} / 100 — ${gap} short`,
  sumOver: (sum, gap) => `Sum ${sum} / 100 — ${gap} over`,
  sumNotNumber: "Sum unknown: every weight needs a number.",
  targetPercent: "Target (%)",
  remove: "Remove",
  removeItem: (name) => `Remove ${name}`,

  addMetricHeading: "Add a metric",
  metricKey: "Key",
  metricKeyHint: "Lowercase letters, digits and _, e.g. complaint_rate.",
  labelEn: "Name in English",
  labelZh: "Name in Simplified Chinese",
  labelHant: "Name in Traditional Chinese",
  labelHantHint: "Optional: left blank, the Simplified name is shown.",
  scoring: "Scored against",
  scoringNames: { baseline: "Position baseline", target: "Per-rep target", fixed: "A fixed target", rating: "Manager rating" },
  unit: "Unit",
  unitNames: { count: "Count", minutes: "Minutes", money: "Money", percent: "Percent", rating: "Rating" },
  addMetric: "Add metric",
  keyInvalid: "Start with a lowercase letter and use only a-z, 0-9 and _.",
  keyTaken: (key) => `"${key}" is already a metric.`,
  metricAdded: (name, dimension) => `${name} was added to ${dimension} with weight 0: set its weight and rebalance the others.`,

  positionName: (row) => `Position ${row} name`,
  positionNamesCaption: "What each position is called on English and Chinese sheets (blank: its name above; no Traditional name: the Simplified one)",
  positionLabel: (position, language) => `${position}, ${language}`,
  policyNameEn: "Policy name in English",
  policyNameZh: "Policy name in Simplified Chinese",
  policyNameHant: "Policy name in Traditional Chinese",
  baselineCell: (metric, position) => `${metric} baseline, ${position}`,
  seasonalCell: (month, position) => `${month} factor, ${position}`,
  positionTaken: "This position is already listed.",
  newPosition: "New position",
  addPosition: "Add position",

  bandGrade: (row) => `Grade ${row}`,
  bandMin: (grade) => `Lowest score for ${grade}`,
  bandNotDecreasing: (above, grade) => `Must be below ${above}, the lowest score for ${grade}.`,
  gradeTaken: "This grade is already used.",
  addBand: "Add band",
  lowestGrade: "Grade under the last band",

  historyHeading: "History",
  historyLoading: "Loading the history…",
  historyEmpty: "No version has been saved yet.",
  historyFailed: (reason) => `The history could not be read: ${reason}`,
  versionTitle: (revision) => `Revision ${revision}`,
  versionMeta: (time, user) => `${time}, ${user}`,
  currentVersion: "(in use)",
  viewingVersion: (revision) => `Revision ${revision}, read-only`,
  view: "View",
  viewVersion: (revision) => `View revision ${revision}`,
  closeVersion: "Close",
  restore: "Restore",
  restoreVersion: (revision) => `Restore revision ${revision}`,
  restoreTitle: (revision) => `Restore revision ${revision}?`,
  restoreBody: "Its policy is saved again as a new revision and every TELE formula is recalculated. The versions in between stay in the history.",
  restoring: "Restoring…, recalculating",
  restored: (revision, saved) => `Revision ${revision} was restored as revision ${saved}.`,
  restoreFailed: (reason) => `Not restored: ${reason}`,
};

const zh: PolicyStrings = {
  summaryHeading: "考核设置",
  policyName: "方案",
  revision: "版本",
  minPresence: "最低出勤比例（占工作日）",
  quarterQualityWeight: "季度得分中的质量权重",
  ratingScale: "评分等级",
  ratingRange: (max) => `1 至 ${max} 分`,
  csatMethod: "客户满意度计算方式",
  csatTop2: "最高两档评分占比",
  csatMean: "平均评分",

  dimensionsHeading: "考核维度与指标",
  dimensionsCaption: "各维度在总分中的权重",
  dimension: "维度",
  weightPercent: "权重（%）",

  metricsCaption: (dimension, weight) => `${dimension}（占总分 ${weight}%）的指标`,
  metricsNote: "下限与上限约束完成率（实际 ÷ 目标），完成率为 1 时得 100 分。",
  metric: "指标",
  direction: "方向",
  higherIsBetter: "越高越好",
  lowerIsBetter: "越低越好",
  floor: "下限",
  cap: "上限",
  target: "目标",
  targetPerRep: "按人设定",
  targetBaseline: "岗位基准数",
  targetRating: (max) => `评分 1 至 ${max}`,

  baselinesHeading: "岗位基准数",
  baselinesCaption: "各岗位每月基准数",
  seasonalCaption: "各岗位季节系数（1 月至 12 月）",
  position: "岗位",
  notSet: "未设置",

  bandsHeading: "等级划分",
  bandsCaption: "按总分（四舍五入到两位小数）评定等级",
  grade: "等级",
  totalScore: "总分",
  bandAtLeast: (min) => `${min} 分及以上`,
  bandBetween: (min, below) => `${min} 分至不足 ${below} 分`,
  bandBelow: (below) => `不足 ${below} 分`,
  bandAny: "任意分数",

  editPolicy: "编辑方案",
  unsavedChanges: "编辑器中有尚未保存的修改。",

  migratedTitle: "此工作簿中的方案由旧版 TeleScore 保存，已自动升级。在编辑器中保存后，升级结果才会写入工作簿。",
  rejectedTitle: "无法使用此工作簿中保存的方案",
  rejectedBody: "在保存有效方案之前，TeleScore 使用下面显示的方案。被拒绝的原文仍保留在工作簿中，不会丢失：可以下载后修复，或发给方案负责人。",
  downloadRejected: "下载被拒绝的 JSON",

  note: "版本说明（可选）",
  save: "保存",
  saveUnavailable: "请先修正下列问题再保存。",
  nothingToSave: "没有需要保存的修改。",
  revert: "撤销修改",
  saving: "正在保存并重新计算…",
  saved: (revision) => `已保存为版本 ${revision}。Excel 正在用它重新计算 TELE 公式。`,
  saveFailed: (reason) => `未保存：${reason}`,

  importJson: "导入 JSON…",
  importFile: "要导入的方案文件",
  imported: (file) => `已将 ${file} 载入编辑器。请检查后点击“保存”。`,
  importFailed: (file) => `未导入 ${file}，没有任何更改：`,
  importDuplicateKeys: (paths) => `文件中同一设置出现了两次（${paths}）。只能有一个值生效：请删除另一个后重新导入。`,
  importReplaceTitle: "替换尚未保存的修改？",
  importReplaceBody: "导入的方案将替换编辑器中尚未保存的修改。",
  importReplaceConfirm: "选择文件…",
  exportJson: "导出 JSON",
  resetToDefault: "恢复默认方案",
  resetTitle: "恢复为默认方案？",
  resetBody: "编辑器将载入 TeleScore 默认方案。点击“保存”之前不会保存任何内容。",

  problemsHeading: "保存前需要修正：",
  draftValid: "编辑器中的方案有效。",
  enterText: "请输入名称。",

  shareHint: (percent) => `0 到 1 之间的比例（目前为 ${percent}）。`,
  ratingScaleHint: "评分从 1 分到此数值（2 至 10）。",

  dimensionWeights: "维度权重（%）",
  metricWeights: (dimension) => `${dimension}的指标`,
  sumExact: (sum) => `合计 ${sum} / 100`,
  sumShort: (sum, gap) => `合计 ${sum} / 100 — 还差 ${gap}`,
  sumOver: (sum, gap) => `合计 ${sum} / 100 — 超出 ${gap}`,
  sumNotNumber: "无法合计：每个权重都需要填写数字。",
  targetPercent: "目标（%）",
  remove: "删除",
  removeItem: (name) => `删除 ${name}`,

  addMetricHeading: "添加指标",
  metricKey: "键名",
  metricKeyHint: "小写字母、数字和 _，如 complaint_rate。",
  labelEn: "英文名称",
  labelZh: "简体中文名称",
  labelHant: "繁体中文名称",
  labelHantHint: "可不填：不填时显示简体中文名称。",
  scoring: "评分依据",
  scoringNames: { baseline: "岗位基准数", target: "按人设定的目标", fixed: "固定目标", rating: "主管评分" },
  unit: "单位",
  unitNames: { count: "数量", minutes: "分钟", money: "金额", percent: "百分比", rating: "评分" },
  addMetric: "添加指标",
  keyInvalid: "须以小写字母开头，只能使用 a-z、0-9 和 _。",
  keyTaken: (key) => `“${key}”已是现有指标。`,
  metricAdded: (name, dimension) => `已将 ${name} 添加到${dimension}，权重为 0：请设置其权重并调整其他权重。`,

  positionName: (row) => `岗位 ${row} 名称`,
  positionNamesCaption: "各岗位在英文和中文表格中的名称（留空则用上面的名称；无繁体名称时用简体名称）",
  positionLabel: (position, language) => `${position}：${language}`,
  policyNameEn: "方案英文名称",
  policyNameZh: "方案简体中文名称",
  policyNameHant: "方案繁体中文名称",
  baselineCell: (metric, position) => `${position}的${metric}基准数`,
  seasonalCell: (month, position) => `${position}的${month}系数`,
  positionTaken: "该岗位已存在。",
  newPosition: "新岗位",
  addPosition: "添加岗位",

  bandGrade: (row) => `第 ${row} 档等级`,
  bandMin: (grade) => `${grade} 的最低分`,
  bandNotDecreasing: (above, grade) => `必须低于 ${above}（${grade} 的最低分）。`,
  gradeTaken: "该等级已被使用。",
  addBand: "添加等级",
  lowestGrade: "低于最后一档时的等级",

  historyHeading: "历史版本",
  historyLoading: "正在加载历史版本…",
  historyEmpty: "还没有保存过任何版本。",
  historyFailed: (reason) => `无法读取历史版本：${reason}`,
  versionTitle: (revision) => `版本 ${revision}`,
  versionMeta: (time, user) => `${time}，${user}`,
  currentVersion: "（当前使用）",
  viewingVersion: (revision) => `版本 ${revision}（只读）`,
  view: "查看",
  viewVersion: (revision) => `查看版本 ${revision}`,
  closeVersion: "关闭",
  restore: "恢复",
  restoreVersion: (revision) => `恢复版本 ${revision}`,
  restoreTitle: (revision) => `恢复版本 ${revision}？`,
  restoreBody: "该版本的方案将作为新版本再次保存，并重新计算所有 TELE 公式。中间的版本仍保留在历史中。",
  restoring: "正在恢复并重新计算…",
  restored: (revision, saved) => `版本 ${revision} 已恢复为版本 ${saved}。`,
  restoreFailed: (reason) => `未恢复：${reason}`,
};

const zhHant: PolicyStrings = {
  summaryHeading: "考核設定",
  policyName: "方案",
  revision: "版本",
  minPresence: "最低出勤比例（佔工作日）",
  quarterQualityWeight: "季分數中的品質權重",
  ratingScale: "評分量表",
  ratingRange: (max) => `1 至 ${max} 分`,
  csatMethod: "客戶滿意度計算方式",
  csatTop2: "最高兩檔評分佔比",
  csatMean: "平均評分",

  dimensionsHeading: "考核維度與指標",
  dimensionsCaption: "各維度在總分中的權重",
  dimension: "維度",
  weightPercent: "權重（%）",

  metricsCaption: (dimension, weight) => `${dimension}（佔總分 ${weight}%）的指標`,
  metricsNote: "下限與上限限制達成率（實際 ÷ 目標），達成率為 1 時得 100 分。",
  metric: "指標",
  direction: "方向",
  higherIsBetter: "越高越好",
  lowerIsBetter: "越低越好",
  floor: "下限",
  cap: "上限",
  target: "目標",
  targetPerRep: "依人員設定",
  targetBaseline: "職位基準數",
  targetRating: (max) => `評分 1 至 ${max}`,

  baselinesHeading: "職位基準數",
  baselinesCaption: "各職位每月基準數",
  seasonalCaption: "各職位季節係數（1 月至 12 月）",
  position: "職位",
  notSet: "未設定",

  bandsHeading: "等級劃分",
  bandsCaption: "依總分（四捨五入到兩位小數）評定等級",
  grade: "等級",
  totalScore: "總分",
  bandAtLeast: (min) => `${min} 分及以上`,
  bandBetween: (min, below) => `${min} 分至不足 ${below} 分`,
  bandBelow: (below) => `不足 ${below} 分`,
  bandAny: "任何分數",

  editPolicy: "編輯方案",
  unsavedChanges: "編輯器中有尚未儲存的修改。",

  migratedTitle: "此活頁簿中的方案由舊版 TeleScore 儲存，已自動升級。在編輯器中儲存後，升級結果才會寫入活頁簿。",
  rejectedTitle: "無法使用此活頁簿中儲存的方案",
  rejectedBody: "在儲存有效方案之前，TeleScore 使用下方顯示的方案。被拒絕的原文仍保留在活頁簿中，不會遺失：可以下載後修正，或傳給方案負責人。",
  downloadRejected: "下載被拒絕的 JSON",

  note: "版本說明（選填）",
  save: "儲存",
  saveUnavailable: "請先修正下列問題再儲存。",
  nothingToSave: "沒有需要儲存的修改。",
  revert: "復原修改",
  saving: "正在儲存並重新計算…",
  saved: (revision) => `已儲存為版本 ${revision}。Excel 正在用它重新計算 TELE 公式。`,
  saveFailed: (reason) => `未儲存：${reason}`,

  importJson: "匯入 JSON…",
  importFile: "要匯入的方案檔案",
  imported: (file) => `已將 ${file} 載入編輯器。請檢查後按一下「儲存」。`,
  importFailed: (file) => `未匯入 ${file}，沒有任何變更：`,
  importDuplicateKeys: (paths) => `檔案中同一設定出現了兩次（${paths}）。只能有一個值生效：請刪除另一個後重新匯入。`,
  importReplaceTitle: "替換尚未儲存的修改？",
  importReplaceBody: "匯入的方案將替換編輯器中尚未儲存的修改。",
  importReplaceConfirm: "選擇檔案…",
  exportJson: "匯出 JSON",
  resetToDefault: "還原預設方案",
  resetTitle: "還原為預設方案？",
  resetBody: "編輯器將載入 TeleScore 預設方案。點選「儲存」之前不會儲存任何內容。",

  problemsHeading: "儲存前需要修正：",
  draftValid: "編輯器中的方案有效。",
  enterText: "請輸入名稱。",

  shareHint: (percent) => `0 到 1 之間的比例（目前為 ${percent}）。`,
  ratingScaleHint: "評分從 1 分到此數值（2 至 10）。",

  dimensionWeights: "維度權重（%）",
  metricWeights: (dimension) => `${dimension}的指標`,
  sumExact: (sum) => `合計 ${sum} / 100`,
  sumShort: (sum, gap) => `合計 ${sum} / 100 — 還差 ${gap}`,
  sumOver: (sum, gap) => `合計 ${sum} / 100 — 超出 ${gap}`,
  sumNotNumber: "無法合計：每個權重都需要填寫數字。",
  targetPercent: "目標（%）",
  remove: "刪除",
  removeItem: (name) => `刪除 ${name}`,

  addMetricHeading: "新增指標",
  metricKey: "鍵名",
  metricKeyHint: "小寫字母、數字和 _，如 complaint_rate。",
  labelEn: "英文名稱",
  labelZh: "簡體中文名稱",
  labelHant: "繁體中文名稱",
  labelHantHint: "選填：未填寫時顯示簡體中文名稱。",
  positionNamesCaption: "各職位在英文和中文表格中的名稱（留空則用上方的名稱；無繁體名稱時用簡體名稱）",
  positionLabel: (position, language) => `${position}：${language}`,
  policyNameEn: "方案英文名稱",
  policyNameZh: "方案簡體中文名稱",
  policyNameHant: "方案繁體中文名稱",
  scoring: "評分依據",
  scoringNames: { baseline: "職位基準數", target: "依人員設定的目標", fixed: "固定目標", rating: "主管評分" },
  unit: "單位",
  unitNames: { count: "數量", minutes: "分鐘", money: "金額", percent: "百分比", rating: "評分" },
  addMetric: "新增指標",
  keyInvalid: "須以小寫字母開頭，只能使用 a-z、0-9 和 _。",
  keyTaken: (key) => `「${key}」已是現有指標。`,
  metricAdded: (name, dimension) => `已將 ${name} 新增到${dimension}，權重為 0：請設定其權重並調整其他權重。`,

  positionName: (row) => `職位 ${row} 名稱`,
  baselineCell: (metric, position) => `${position}的${metric}基準數`,
  seasonalCell: (month, position) => `${position}的${month}係數`,
  positionTaken: "該職位已存在。",
  newPosition: "新職位",
  addPosition: "新增職位",

  bandGrade: (row) => `第 ${row} 檔等級`,
  bandMin: (grade) => `${grade} 的最低分`,
  bandNotDecreasing: (above, grade) => `必須低於 ${above}（${grade} 的最低分）。`,
  gradeTaken: "該等級已被使用。",
  addBand: "新增等級",
  lowestGrade: "低於最後一檔時的等級",

  historyHeading: "歷史版本",
  historyLoading: "正在載入歷史版本…",
  historyEmpty: "還沒有儲存過任何版本。",
  historyFailed: (reason) => `無法讀取歷史版本：${reason}`,
  versionTitle: (revision) => `版本 ${revision}`,
  versionMeta: (time, user) => `${time}，${user}`,
  currentVersion: "（目前使用）",
  viewingVersion: (revision) => `版本 ${revision}（唯讀）`,
  view: "檢視",
  viewVersion: (revision) => `檢視版本 ${revision}`,
  closeVersion: "關閉",
  restore: "還原",
  restoreVersion: (revision) => `還原版本 ${revision}`,
  restoreTitle: (revision) => `還原版本 ${revision}？`,
  restoreBody: "該版本的方案將作為新版本再次儲存，並重新計算所有 TELE 公式。中間的版本仍保留在歷史中。",
  restoring: "正在還原並重新計算…",
  restored: (revision, saved) => `版本 ${revision} 已還原為版本 ${saved}。`,
  restoreFailed: (reason) => `未還原：${reason}`,
};

export const POLICY_STRINGS: Translations<PolicyStrings> = { en, zh, "zh-Hant": zhHant };
