/**
 * Every text of the Explain view, once per language. Both tables are typed `ExplainStrings`, so a
 * key missing from either is a compile error. Texts with figures are functions; figures arrive
 * already formatted in the pane's language.
 */
import type { ErrorKind } from "../../engine/errors";
import type { InputReading } from "../../engine/trace";
import type { Translations } from "../../engine/locale";

export interface ExplainStrings {
  heading: string;
  intro: string;
  explainSelected: string;
  reading: string;
  noSelection: string;
  notExplainable: (address: string) => string;
  unsupported: string;
  failed: (message: string) => string;
  selected: (address: string) => string;
  formula: string;

  inputs: string;
  input: (param: string, where: string | null, shown: string) => string;
  reading_: Record<InputReading, (raw: string, value: string) => string>;
  range: (cells: number, blanks: number) => string;
  nestedCall: (text: string, result: string) => string;
  unread: (text: string) => string;
  argumentError: (text: string, error: string) => string;

  steps: string;
  baseline: (metric: string, position: string, base: string, month: string | null, seasonal: string | null, value: string) => string;
  presence: (workdays: string, leave: string, value: string) => string;
  notEvaluated: (presence: string, min: string) => string;
  proration: (target: string, presence: string, value: string) => string;
  attainment: (actual: string, target: string, value: string) => string;
  attainmentLower: (actual: string, target: string, value: string) => string;
  pointsBelowFloor: (attainment: string, floor: string) => string;
  pointsCapped: (attainment: string, cap: string, value: string) => string;
  points: (attainment: string, value: string) => string;
  quarterSums: (sumActual: string, sumTarget: string, months: number, skipped: number) => string;
  qualityBlend: (weight: string, base: string, quality: string, value: string) => string;
  rating: (rating: string, scale: string, value: string) => string;
  csatTop2: (top: number, count: number, low: string, high: string, value: string) => string;
  csatMean: (mean: string, scale: string, value: string) => string;
  netProfit: (revenue: string, deductions: string, value: string) => string;
  weightsOf: (scope: string) => string;
  weightItem: (name: string, weight: string, points: string) => string;
  reweighted: (name: string, weight: string, to: string) => string;
  weightsResult: (value: string) => string;
  allBlank: string;
  blank: Record<"requiredBlank" | "lowPresence" | "noMonths" | "noRatings" | "allBlank", string>;
  total: string;

  result: string;
  value: (value: string) => string;
  blankResult: string;
  rounding: (value: string, rounded: string) => string;
  band: (score: string, min: string, grade: string) => string;
  lowestBand: (score: string, grade: string) => string;
  cellDiffers: (shown: string) => string;
  errorHeading: (code: string) => string;
  errorLead: Record<ErrorKind, string>;

  whatItTakes: (grade: string) => string;
  change: (name: string, delta: string, to: string, grade: string) => string;
  cannotReach: (name: string, grade: string) => string;
  topBand: string;

  policy: (name: string, revision: number) => string;
  rep: (name: string, period: string) => string;
  sheetTotal: (shown: string, computed: string) => string;
  sheetDiffers: (reviewRevision: number) => string;
  metricHeading: (name: string) => string;
  listSeparator: string;
  totalScope: string;
}

const CODES: Record<ErrorKind, string> = { value: "#VALUE!", num: "#NUM!", na: "#N/A" };
export const errorCode = (kind: ErrorKind): string => CODES[kind];

const en: ExplainStrings = {
  heading: "Explain a score",
  intro: "Select a cell with a TELE formula, or any cell in a rep's row of a review sheet: this shows how the number came about.",
  explainSelected: "Explain the selected cell",
  reading: "Reading the selection…",
  noSelection: "Select a cell to see how its number came about.",
  notExplainable: (address) => `${address} holds no TELE formula and is not in a rep's row of a review sheet.`,
  unsupported: "This Excel cannot tell the pane when the selection changes (ExcelApi 1.7 is needed). Use the button after selecting a cell.",
  failed: (message) => `The selection could not be read: ${message}`,
  selected: (address) => `Cell ${address}`,
  formula: "Formula",

  inputs: "Inputs, as read",
  input: (param, where, shown) => `${param}${where ? ` (${where})` : ""}: ${shown}`,
  reading_: {
    blank: () => "blank: no data",
    number: (_, value) => value,
    numericText: (raw, value) => `text "${raw}", read as ${value}`,
    percentText: (raw, value) => `percent text "${raw}", read as ${value}`,
    text: (_, value) => `"${value}"`,
    range: () => "",
  },
  range: (cells, blanks) => `${cells} cells, ${blanks} blank`,
  nestedCall: (text, result) => `${text}, which gives ${result} (explained below)`,
  unread: (text) => `"${text}" is a calculation TeleScore does not evaluate. Put it in a cell of its own and refer to that cell to see the explanation.`,
  argumentError: (text, error) => `${text} holds the error ${error}; Excel shows it unchanged without calling the function. Fix that cell first.`,

  steps: "How it is computed",
  baseline: (metric, position, base, month, seasonal, value) =>
    month === null ? `Baseline for ${metric}, ${position}: ${value} (no month given: no seasonal factor)` : `Baseline for ${metric}, ${position}: ${base} × seasonal factor ${seasonal} (month ${month}) = ${value}`,
  presence: (workdays, leave, value) => `Presence: (${workdays} workdays − ${leave} days of leave) / ${workdays} = ${value}`,
  notEvaluated: (presence, min) => `Presence ${presence} is below the policy's minimum ${min}: the month is not evaluated (blank, never 0).`,
  proration: (target, presence, value) => `Target prorated for leave: ${target} × ${presence} = ${value}`,
  attainment: (actual, target, value) => `Attainment: ${actual} / ${target} = ${value}`,
  attainmentLower: (actual, target, value) => `Attainment (lower is better): 2 − ${actual} / ${target} = ${value} (never below 0)`,
  pointsBelowFloor: (attainment, floor) => `Points: attainment ${attainment} is below the floor ${floor}, so 0 points`,
  pointsCapped: (attainment, cap, value) => `Points: attainment ${attainment} is above the cap ${cap}, so 100 × ${cap} = ${value}`,
  points: (attainment, value) => `Points: 100 × ${attainment} = ${value}`,
  quarterSums: (sumActual, sumTarget, months, skipped) =>
    `Quarter: Σ actual ${sumActual} against Σ target ${sumTarget}, over ${months} month(s) with both values${skipped ? `; ${skipped} left out (a blank actual or target)` : ""}`,
  qualityBlend: (weight, base, quality, value) => `Quality blend: (1 − ${weight}) × ${base} + ${weight} × ${quality} = ${value}`,
  rating: (rating, scale, value) => `Rating ${rating} on the 1–${scale} scale: 100 × ${rating} / ${scale} = ${value}`,
  csatTop2: (top, count, low, high, value) => `CSAT (top 2): ${top} of ${count} ratings are ${low} or ${high}: ${value} %`,
  csatMean: (mean, scale, value) => `CSAT (mean): 100 × (mean rating ${mean} − 1) / (${scale} − 1) = ${value} %`,
  netProfit: (revenue, deductions, value) => `Net profit, to the cent: ${revenue} − ${deductions} (cost, refunds, after-sales and complaint cost) = ${value}`,
  weightsOf: (scope) => `Weights of ${scope}`,
  weightItem: (name, weight, points) => `${name}: ${weight} % × ${points}`,
  reweighted: (name, weight, to) => `${name}: no data, its ${weight} % went to ${to}`,
  weightsResult: (value) => `Weighted mean over what has data: ${value}`,
  allBlank: "Nothing has data: the result is blank.",
  blank: {
    requiredBlank: "A required input is blank: the result is blank, not 0.",
    lowPresence: "The month is not evaluated: the result is blank.",
    noMonths: "No month has both an actual and a target: the result is blank.",
    noRatings: "There are no ratings: the result is blank.",
    allBlank: "Nothing has data: the result is blank.",
  },
  total: "Total",

  result: "Result",
  value: (value) => `The cell's value: ${value}`,
  blankResult: "The cell is blank (no data), never 0.",
  rounding: (value, rounded) => `Rounded to 2 decimals, half away from zero: ${value} → ${rounded}`,
  band: (score, min, grade) => `${score} ≥ ${min}: grade ${grade}`,
  lowestBand: (score, grade) => `${score} is below every band: grade ${grade}`,
  cellDiffers: (shown) => `The cell shows ${shown}: its formula does more than this TELE call.`,
  errorHeading: (code) => `Why the cell shows ${code}`,
  errorLead: {
    value: "A value of the wrong kind.",
    num: "A number out of range. Excel shows only #NUM! in the cell; here is its message.",
    na: "A name the policy does not know.",
  },

  whatItTakes: (grade) => `What it takes to reach ${grade}, each input alone, all else equal`,
  change: (name, delta, to, grade) => `${delta} ${name} (to ${to}) reaches ${grade}`,
  cannotReach: (name, grade) => `${name} alone cannot reach ${grade}`,
  topBand: "This is the top band.",

  policy: (name, revision) => `Policy "${name}", revision ${revision}`,
  rep: (name, period) => `${name}, ${period}`,
  sheetTotal: (shown, computed) => `Total on the sheet: ${shown}; recomputed now: ${computed}`,
  sheetDiffers: (revision) => `The sheet's total differs from the current policy's: the review was made with revision ${revision}, or its cells were edited. Generate the review again to bring it up to date.`,
  metricHeading: (name) => name,
  listSeparator: ", ",
  totalScope: "the total",
};

const zh: ExplainStrings = {
  heading: "分数说明",
  intro: "选择含 TELE 公式的单元格，或考核表中某员工所在行的任一单元格，这里会说明该数字的由来。",
  explainSelected: "说明所选单元格",
  reading: "正在读取所选内容…",
  noSelection: "请选择一个单元格，查看其数字的由来。",
  notExplainable: (address) => `${address} 不含 TELE 公式，也不在考核表的员工行中。`,
  unsupported: "此版本的 Excel 无法在选择变化时通知任务窗格（需要 ExcelApi 1.7）。请选择单元格后点击按钮。",
  failed: (message) => `无法读取所选内容：${message}`,
  selected: (address) => `单元格 ${address}`,
  formula: "公式",

  inputs: "读取的输入",
  input: (param, where, shown) => `${param}${where ? `（${where}）` : ""}：${shown}`,
  reading_: {
    blank: () => "空白：无数据",
    number: (_, value) => value,
    numericText: (raw, value) => `文本“${raw}”，读作 ${value}`,
    percentText: (raw, value) => `百分比文本“${raw}”，读作 ${value}`,
    text: (_, value) => `“${value}”`,
    range: () => "",
  },
  range: (cells, blanks) => `${cells} 个单元格，其中 ${blanks} 个空白`,
  nestedCall: (text, result) => `${text}，结果为 ${result}（见下方说明）`,
  unread: (text) => `“${text}”是 TeleScore 不计算的表达式。请把它放在单独的单元格中并引用该单元格，即可查看说明。`,
  argumentError: (text, error) => `${text} 含错误 ${error}；Excel 不调用函数，直接显示该错误。请先修正该单元格。`,

  steps: "计算过程",
  baseline: (metric, position, base, month, seasonal, value) =>
    month === null ? `${position} 的${metric}基准数：${value}（未指定月份：不乘季节系数）` : `${position} 的${metric}基准数：${base} × 季节系数 ${seasonal}（${month} 月）= ${value}`,
  presence: (workdays, leave, value) => `出勤比例：(${workdays} 个工作日 − ${leave} 天请假) / ${workdays} = ${value}`,
  notEvaluated: (presence, min) => `出勤比例 ${presence} 低于政策最低值 ${min}：本月不考核（结果为空，不是 0）。`,
  proration: (target, presence, value) => `按请假折算目标：${target} × ${presence} = ${value}`,
  attainment: (actual, target, value) => `完成率：${actual} / ${target} = ${value}`,
  attainmentLower: (actual, target, value) => `完成率（越低越好）：2 − ${actual} / ${target} = ${value}（最低为 0）`,
  pointsBelowFloor: (attainment, floor) => `得分：完成率 ${attainment} 低于下限 ${floor}，得 0 分`,
  pointsCapped: (attainment, cap, value) => `得分：完成率 ${attainment} 高于上限 ${cap}，按 100 × ${cap} = ${value}`,
  points: (attainment, value) => `得分：100 × ${attainment} = ${value}`,
  quarterSums: (sumActual, sumTarget, months, skipped) =>
    `季度：实际合计 ${sumActual} 对比目标合计 ${sumTarget}，共 ${months} 个月两项都有数据${skipped ? `；${skipped} 个月未计入（实际或目标为空）` : ""}`,
  qualityBlend: (weight, base, quality, value) => `质量加权：(1 − ${weight}) × ${base} + ${weight} × ${quality} = ${value}`,
  rating: (rating, scale, value) => `评分 ${rating}（1–${scale} 分制）：100 × ${rating} / ${scale} = ${value}`,
  csatTop2: (top, count, low, high, value) => `客户满意度（top 2）：${count} 个评分中有 ${top} 个为 ${low} 或 ${high}：${value}%`,
  csatMean: (mean, scale, value) => `客户满意度（平均）：100 × (平均评分 ${mean} − 1) / (${scale} − 1) = ${value}%`,
  netProfit: (revenue, deductions, value) => `净利润（精确到分）：${revenue} − ${deductions}（成本、退款、售后及投诉成本）= ${value}`,
  weightsOf: (scope) => `${scope}的权重`,
  weightItem: (name, weight, points) => `${name}：${weight}% × ${points}`,
  reweighted: (name, weight, to) => `${name}：无数据，其 ${weight}% 的权重分给了${to}`,
  weightsResult: (value) => `对有数据的项加权平均：${value}`,
  allBlank: "均无数据：结果为空。",
  blank: {
    requiredBlank: "必需的输入为空：结果为空，不是 0。",
    lowPresence: "本月不考核：结果为空。",
    noMonths: "没有任何月份同时有实际值和目标：结果为空。",
    noRatings: "没有评分：结果为空。",
    allBlank: "均无数据：结果为空。",
  },
  total: "总分",

  result: "结果",
  value: (value) => `单元格的值：${value}`,
  blankResult: "单元格为空（无数据），不是 0。",
  rounding: (value, rounded) => `四舍五入到 2 位小数：${value} → ${rounded}`,
  band: (score, min, grade) => `${score} ≥ ${min}：等级 ${grade}`,
  lowestBand: (score, grade) => `${score} 低于所有等级线：等级 ${grade}`,
  cellDiffers: (shown) => `单元格显示 ${shown}：其公式不只是这个 TELE 函数。`,
  errorHeading: (code) => `单元格显示 ${code} 的原因`,
  errorLead: {
    value: "值的类型不对。",
    num: "数字超出范围。Excel 在单元格中只显示 #NUM!，完整说明如下。",
    na: "政策中没有这个名称。",
  },

  whatItTakes: (grade) => `达到 ${grade} 需要什么（每项单独变化，其他不变）`,
  change: (name, delta, to, grade) => `${name} ${delta}（达到 ${to}）即可达到 ${grade}`,
  cannotReach: (name, grade) => `仅靠${name}无法达到 ${grade}`,
  topBand: "已是最高等级。",

  policy: (name, revision) => `政策“${name}”，第 ${revision} 版`,
  rep: (name, period) => `${name}，${period}`,
  sheetTotal: (shown, computed) => `表中总分：${shown}；现在重新计算：${computed}`,
  sheetDiffers: (revision) => `表中总分与当前政策计算的不同：该考核表按第 ${revision} 版政策生成，或其单元格被修改过。请重新生成考核表。`,
  metricHeading: (name) => name,
  listSeparator: "、",
  totalScope: "总分",
};

const zhHant: ExplainStrings = {
  heading: "分數說明",
  intro: "選取含 TELE 公式的儲存格，或考核表中某員工所在列的任一儲存格，這裡會說明該數字的由來。",
  explainSelected: "說明所選儲存格",
  reading: "正在讀取所選內容…",
  noSelection: "請選取一個儲存格，檢視其數字的由來。",
  notExplainable: (address) => `${address} 不含 TELE 公式，也不在考核表的員工列中。`,
  unsupported: "此版本的 Excel 無法在選取範圍變更時通知工作窗格（需要 ExcelApi 1.7）。請選取儲存格後按一下按鈕。",
  failed: (message) => `無法讀取所選內容：${message}`,
  selected: (address) => `儲存格 ${address}`,
  formula: "公式",

  inputs: "讀取的輸入",
  input: (param, where, shown) => `${param}${where ? `（${where}）` : ""}：${shown}`,
  reading_: {
    blank: () => "空白：無資料",
    number: (_, value) => value,
    numericText: (raw, value) => `文字「${raw}」，讀作 ${value}`,
    percentText: (raw, value) => `百分比文字「${raw}」，讀作 ${value}`,
    text: (_, value) => `「${value}」`,
    range: () => "",
  },
  range: (cells, blanks) => `${cells} 個儲存格，其中 ${blanks} 個空白`,
  nestedCall: (text, result) => `${text}，結果為 ${result}（見下方說明）`,
  unread: (text) => `「${text}」是 TeleScore 不計算的運算式。請把它放在另一個儲存格中並參照該儲存格，即可檢視說明。`,
  argumentError: (text, error) => `${text} 含錯誤 ${error}；Excel 不呼叫函數，直接顯示該錯誤。請先修正該儲存格。`,

  steps: "計算過程",
  baseline: (metric, position, base, month, seasonal, value) =>
    month === null ? `${position} 的${metric}基準數：${value}（未指定月份：不乘季節係數）` : `${position} 的${metric}基準數：${base} × 季節係數 ${seasonal}（${month} 月）= ${value}`,
  presence: (workdays, leave, value) => `出勤比例：(${workdays} 個工作日 − ${leave} 天請假) / ${workdays} = ${value}`,
  notEvaluated: (presence, min) => `出勤比例 ${presence} 低於方案最低值 ${min}：本月不考核（結果為空，不是 0）。`,
  proration: (target, presence, value) => `依請假天數折算目標：${target} × ${presence} = ${value}`,
  attainment: (actual, target, value) => `達成率：${actual} / ${target} = ${value}`,
  attainmentLower: (actual, target, value) => `達成率（越低越好）：2 − ${actual} / ${target} = ${value}（最低為 0）`,
  pointsBelowFloor: (attainment, floor) => `得分：達成率 ${attainment} 低於下限 ${floor}，得 0 分`,
  pointsCapped: (attainment, cap, value) => `得分：達成率 ${attainment} 高於上限 ${cap}，以 100 × ${cap} = ${value} 計`,
  points: (attainment, value) => `得分：100 × ${attainment} = ${value}`,
  quarterSums: (sumActual, sumTarget, months, skipped) =>
    `季：實際合計 ${sumActual} 對比目標合計 ${sumTarget}，共 ${months} 個月兩項都有資料${skipped ? `；${skipped} 個月未計入（實際或目標為空）` : ""}`,
  qualityBlend: (weight, base, quality, value) => `品質加權：(1 − ${weight}) × ${base} + ${weight} × ${quality} = ${value}`,
  rating: (rating, scale, value) => `評分 ${rating}（1–${scale} 分制）：100 × ${rating} / ${scale} = ${value}`,
  csatTop2: (top, count, low, high, value) => `客戶滿意度（top 2）：${count} 個評分中有 ${top} 個為 ${low} 或 ${high}：${value}%`,
  csatMean: (mean, scale, value) => `客戶滿意度（平均）：100 × (平均評分 ${mean} − 1) / (${scale} − 1) = ${value}%`,
  netProfit: (revenue, deductions, value) => `淨利（精確到分）：${revenue} − ${deductions}（成本、退款、售後及客訴成本）= ${value}`,
  weightsOf: (scope) => `${scope}的權重`,
  weightItem: (name, weight, points) => `${name}：${weight}% × ${points}`,
  reweighted: (name, weight, to) => `${name}：無資料，其 ${weight}% 的權重分配給${to}`,
  weightsResult: (value) => `對有資料的項加權平均：${value}`,
  allBlank: "均無資料：結果為空。",
  blank: {
    requiredBlank: "必需的輸入為空：結果為空，不是 0。",
    lowPresence: "本月不考核：結果為空。",
    noMonths: "沒有任何月份同時有實際值和目標：結果為空。",
    noRatings: "沒有評分：結果為空。",
    allBlank: "均無資料：結果為空。",
  },
  total: "總分",

  result: "結果",
  value: (value) => `儲存格的值：${value}`,
  blankResult: "儲存格為空（無資料），不是 0。",
  rounding: (value, rounded) => `四捨五入到 2 位小數：${value} → ${rounded}`,
  band: (score, min, grade) => `${score} ≥ ${min}：等級 ${grade}`,
  lowestBand: (score, grade) => `${score} 低於所有等級線：等級 ${grade}`,
  cellDiffers: (shown) => `儲存格顯示 ${shown}：其公式不只是這個 TELE 函數。`,
  errorHeading: (code) => `儲存格顯示 ${code} 的原因`,
  errorLead: {
    value: "值的類型不對。",
    num: "數字超出範圍。Excel 在儲存格中只顯示 #NUM!，完整說明如下。",
    na: "方案中沒有這個名稱。",
  },

  whatItTakes: (grade) => `達到 ${grade} 需要什麼（每項單獨變動，其他不變）`,
  change: (name, delta, to, grade) => `${name} ${delta}（達到 ${to}）即可達到 ${grade}`,
  cannotReach: (name, grade) => `僅靠${name}無法達到 ${grade}`,
  topBand: "已是最高等級。",

  policy: (name, revision) => `方案「${name}」，第 ${revision} 版`,
  rep: (name, period) => `${name}，${period}`,
  sheetTotal: (shown, computed) => `表中總分：${shown}；現在重新計算：${computed}`,
  sheetDiffers: (revision) => `表中總分與目前方案計算的不同：該考核表依第 ${revision} 版方案產生，或其儲存格被修改過。請重新產生考核表。`,
  metricHeading: (name) => name,
  listSeparator: "、",
  totalScope: "總分",
};

export const EXPLAIN_STRINGS: Translations<ExplainStrings> = { en, zh, "zh-Hant": zhHant };
