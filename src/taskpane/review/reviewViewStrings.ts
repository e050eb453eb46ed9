/**
 * Every text of the Review view, once per language. Both tables are typed `ReviewStrings`, so a key
 * missing from either is a compile error (as in i18n/strings.ts and reconcileStrings.ts). Texts with
 * numbers or names in them are functions; numbers arrive already formatted. Field names come from
 * the engine's field lists (their en/zh labels); what is written on the sheets is the adapters'.
 */
import type { SourceProblem } from "./excel/sourceTable";
import type { KeptReason } from "./plan/reviewPlan";
import type { MatchKind } from "../../engine/review/headerMapping";
import type { DurationUnit, UnitSource } from "../../engine/review/duration";
import type { CompactDateForm } from "../../engine/review/period";
import type { Locale } from "../../engine/locale";

export interface ReviewStrings {
  /** The language of the table, for the engine's messages (ScoreError.text). */
  lang: Locale;
  heading: string;
  intro: string;

  /** The source picker. */
  sourceLegend: string;
  sourceTable: string;
  sourceSelection: string;
  sourceAddress: string;
  tableLabel: string;
  noTables: string;
  refreshTables: string;
  addressLabel: string;
  addressHint: string;
  selectionHint: string;
  chooseTable: string;
  typeAddress: string;

  readHeaders: string;
  reading: string;
  readDone: (rows: string, address: string) => string;

  /** The mapping table. */
  mappingCaption: string;
  headerColumn: string;
  fieldColumn: string;
  fieldFor: (header: string) => string;
  blankHeader: (column: string) => string;
  notUsed: string;
  match: Record<MatchKind, (synonym: string) => string>;
  unmatched: string;
  notUsedChosen: string;
  ambiguousUsed: (others: string) => string;
  ambiguousUnused: (used: string) => string;
  steppedAside: (used: string) => string;
  ambiguousSummary: (field: string, headers: string, used: string) => string;
  missingSummary: (fields: string) => string;
  or: string;
  listSeparator: string;
  mappingComplete: string;
  automatic: string;
  /** The unit a duration column is read in, and where that came from, under its field. */
  unitNames: Record<DurationUnit, string>;
  unitNote: Record<UnitSource, (unit: string) => string>;
  withUnit: (how: string, note: string) => string;
  saving: string;
  savedChoices: (source: string) => string;

  /** The period and the mode. */
  periodLabel: string;
  periodHint: string;
  months: string;
  quarters: string;
  noPeriods: string;
  modeLegend: string;
  modeLive: string;
  modeLiveHint: string;
  modeValues: string;
  modeValuesHint: string;
  userLabel: string;
  userHint: string;

  generate: string;
  generating: string;
  needMapping: (fields: string) => string;
  needPeriod: string;

  /** Progress. */
  progressReading: (rows: string) => string;
  progressReadingStart: string;
  progressWriting: (done: string, total: string) => string;
  progressFinishing: string;
  cancel: string;
  cancelled: string;

  /** The outcome. */
  outcomeHeading: string;
  generated: (sheet: string, reps: string) => string;
  regenerated: (sheet: string, reps: string) => string;
  nameTaken: (requested: string, sheet: string) => string;
  conflicts: (cells: number) => string;
  modeUsed: Record<"live" | "values", string>;
  keptHeading: (count: string) => string;
  keptReason: Record<KeptReason, string>;
  unscorableHeading: (count: string) => string;
  duplicatesHeading: (count: string) => string;
  /** Sheet row numbers, already joined: "row 5", "rows 5, 9". */
  rowList: (rows: string, count: number) => string;
  unscorableLine: (rep: string, rows: string, reason: string) => string;
  duplicateLine: (rep: string, month: string, rows: string) => string;
  keptLine: (rep: string, reason: string) => string;
  moreOnSheet: (count: string) => string;
  calibrationHeading: string;
  calibrationLine: (grade: string, share: string, expected: string) => string;
  allScored: string;
  unknownRep: string;
  repWithId: (name: string, id: string) => string;

  /** The call log. */
  callLogHeading: string;
  callLogIntro: string;
  callLogSource: string;
  importLog: string;
  importing: string;
  imported: (sheet: string, table: string) => string;
  importedNameTaken: (requested: string) => string;
  importedRows: (rows: string) => string;
  importedMonths: (months: string) => string;
  importProblemsHeading: (count: string) => string;
  importNoProblems: string;
  rowProblem: (row: string, reason: string) => string;
  importNext: (table: string) => string;

  /** How a call log is read (its rules) and what that left out. */
  rulesHeading: string;
  talkUnitLabel: string;
  unitAutomatic: (unit: string) => string;
  dateFormLabel: (count: string, example: string, form: CompactDateForm, date: string) => string;
  dateFormHint: string;
  yearFrom: string;
  yearTo: string;
  yearsHint: string;
  answersHeading: string;
  answerFor: (value: string, calls: string) => string;
  answerChoose: string;
  answerYes: string;
  answerNo: string;
  answersUndecided: (count: string) => string;
  blankAgentLabel: string;
  pseudoAgentsLabel: string;
  pseudoAgentsHint: string;
  dropDuplicatesLabel: string;
  pseudoFound: (list: string) => string;
  pseudoItem: (agent: string, calls: string, n: number) => string;
  noPseudo: string;
  duplicatesFound: (rows: string, n: number, dropped: boolean) => string;
  noDuplicates: string;
  zeroSeconds: (calls: string, n: number) => string;
  customersFrom: (column: string) => string;
  noCustomers: string;
  talkUnitLine: (note: string) => string;

  errors: {
    noExcel: string;
    source: Record<SourceProblem, (subject: string) => string>;
    sourceOnReview: string;
    nothingScored: string;
    noCalls: string;
  };
}

const en: ReviewStrings = {
  lang: "en",
  heading: "Review sheet",
  intro: "Score every rep for a month or a quarter from your team's data, on a sheet a manager can sign off.",

  sourceLegend: "Where is the data?",
  sourceTable: "An Excel table",
  sourceSelection: "The selected range",
  sourceAddress: "A range address",
  tableLabel: "Table",
  noTables: "This workbook has no tables.",
  refreshTables: "Refresh the list",
  addressLabel: "Range address",
  addressHint: "With its header row, e.g. Data!A1:U200.",
  selectionHint: "Select the data with its header row in the sheet, then read its headers.",
  chooseTable: "Choose a table.",
  typeAddress: "Type the range address.",

  readHeaders: "Read headers",
  reading: "Reading the headers…",
  readDone: (rows, address) => `Read ${rows} rows from ${address}.`,

  mappingCaption: "Columns and the TeleScore fields they are read as",
  headerColumn: "Column header",
  fieldColumn: "Read as, and how",
  fieldFor: (header) => `Field for the column ${header}`,
  blankHeader: (column) => `(no header, column ${column})`,
  notUsed: "Not used",
  match: {
    exact: (synonym) => `Exact: “${synonym}”`,
    contains: (synonym) => `Contains “${synonym}”`,
    manual: () => "Your choice",
  },
  unmatched: "Not matched: not used",
  notUsedChosen: "Your choice: not used",
  ambiguousUsed: (others) => `Ambiguous with ${others}: this column is used`,
  ambiguousUnused: (used) => `Ambiguous: ${used} is used instead`,
  steppedAside: (used) => `Not used: you chose ${used} for this field`,
  ambiguousSummary: (field, headers, used) => `${headers} all look like ${field}; ${used} is used. Choose the right one to clear this.`,
  missingSummary: (fields) => `Missing: map a column to ${fields} before generating.`,
  or: " or ",
  listSeparator: ", ",
  mappingComplete: "Every required field is mapped.",
  automatic: "Use automatic matching",
  unitNames: { seconds: "seconds", minutes: "minutes", hours: "hours", time: "h:mm:ss times" },
  unitNote: {
    chosen: (unit) => `Read in ${unit}: your choice.`,
    header: (unit) => `Read in ${unit}, as its header says.`,
    format: (unit) => `Read as ${unit}, from the cells' format.`,
    guess: (unit) => `Read in ${unit}: nothing states the unit, so check it.`,
  },
  withUnit: (how, note) => `${how}. ${note}`,
  saving: "Saving your choice…",
  savedChoices: (source) => `Your mapping is saved in the workbook for ${source}.`,

  periodLabel: "Period",
  periodHint: "The months and quarters found in the data.",
  months: "Months",
  quarters: "Quarters",
  noPeriods: "No month could be read from the period column.",
  modeLegend: "Scores written as",
  modeLive: "Live formulas",
  modeLiveHint: "TELE formulas over your data: corrections and a new policy flow through. Needs the add-in to show.",
  modeValues: "Values only",
  modeValuesHint: "A snapshot without formulas: opens the same anywhere, for archiving or sending outside HR.",
  userLabel: "Generated by (optional)",
  userHint: "Written on the sheet; Excel does not tell an add-in who you are.",

  generate: "Generate",
  generating: "Generating…",
  needMapping: (fields) => `Map a column to ${fields} first.`,
  needPeriod: "Choose the period.",

  progressReading: (rows) => `Reading… ${rows} rows`,
  progressReadingStart: "Reading…",
  progressWriting: (done, total) => `Writing rows ${done} of ${total}`,
  progressFinishing: "Finishing",
  cancel: "Cancel",
  cancelled: "Cancelled: nothing was changed.",

  outcomeHeading: "Result",
  generated: (sheet, reps) => `The review is on the sheet “${sheet}”: ${reps} reps scored.`,
  regenerated: (sheet, reps) => `The review on the sheet “${sheet}” was updated in place: ${reps} reps scored. Comments and sign-offs were kept.`,
  nameTaken: (requested, sheet) => `A sheet named “${requested}” that TeleScore did not make already exists, so the review went to “${sheet}”.`,
  conflicts: (cells) => `${cells} cell${cells === 1 ? "" : "s"} you typed in the summary's place ${cells === 1 ? "was" : "were"} left as ${cells === 1 ? "it was" : "they were"}; move ${cells === 1 ? "it" : "them"} and regenerate to complete the summary.`,
  modeUsed: { live: "Live formulas.", values: "Values only." },
  keptHeading: (count) => `Kept from the earlier version (${count}):`,
  keptReason: {
    removed: "no longer in the data",
    unscorable: "could not be scored this time",
    duplicate: "has duplicate rows",
    repeated: "another row was for the same rep",
  },
  unscorableHeading: (count) => `Rows that could not be scored (${count}):`,
  duplicatesHeading: (count) => `Duplicate rows, not scored (${count}):`,
  rowList: (rows, count) => `${count === 1 ? "row" : "rows"} ${rows}`,
  unscorableLine: (rep, rows, reason) => `${rep}, ${rows}: ${reason}`,
  duplicateLine: (rep, month, rows) => `${rep}, ${month}: ${rows}`,
  keptLine: (rep, reason) => `${rep}: ${reason}`,
  moreOnSheet: (count) => `…and ${count} more, listed on the sheet.`,
  calibrationHeading: "Calibration warning:",
  calibrationLine: (grade, share, expected) => `${grade}: ${share} of the reps scored, above the expected ${expected} at most.`,
  allScored: "Every row was scored.",
  unknownRep: "(no name or ID)",
  repWithId: (name, id) => `${name} (${id})`,

  callLogHeading: "Import a per-call log",
  callLogIntro: "One row per call, as the dialer exports it. TeleScore adds it up per rep per month into a new table you complete (position, revenue, ratings) and review from.",
  callLogSource: "Where is the call log?",
  importLog: "Import",
  importing: "Importing…",
  imported: (sheet, table) => `The rep data is on the new sheet “${sheet}” (table ${table}).`,
  importedNameTaken: (requested) => `A sheet named “${requested}” already existed, so a new name was used.`,
  importedRows: (rows) => `${rows} rows, one per agent per month.`,
  importedMonths: (months) => `Months: ${months}.`,
  importProblemsHeading: (count) => `Log rows left out (${count}):`,
  importNoProblems: "Every call in the log was read.",
  rowProblem: (row, reason) => `Row ${row}: ${reason}`,
  importNext: (table) => `The table ${table} is now chosen as the review's data: fill in the empty columns, then read its headers.`,

  rulesHeading: "How the log is read",
  talkUnitLabel: "Talk duration unit",
  unitAutomatic: (unit) => `Automatic (${unit})`,
  dateFormLabel: (count, example, form, date) => `Read the ${count} dates written like ${example} as ${form} (${example} is ${date})`,
  dateFormHint: "Until you confirm this, those rows are left out and listed as row problems.",
  yearFrom: "Dates from the year",
  yearTo: "to the year",
  yearsHint: "A date outside these years is listed as a row problem, never counted as a period.",
  answersHeading: "What the answered column's values mean",
  answerFor: (value, calls) => `“${value}” (${calls})`,
  answerChoose: "Choose…",
  answerYes: "Answered",
  answerNo: "Not answered",
  answersUndecided: (count) => `${count} without a meaning yet: their rows are left out until you choose.`,
  blankAgentLabel: "Leave out calls with a blank agent",
  pseudoAgentsLabel: "Agent values that are no agent (one per line)",
  pseudoAgentsHint: "Their calls are left out and counted.",
  dropDuplicatesLabel: "Leave out repeated rows (the same in every column read)",
  pseudoFound: (list) => `Left out as no agent: ${list}.`,
  pseudoItem: (agent, calls, n) => `${agent === "" ? "blank" : `“${agent}”`} ${calls} ${n === 1 ? "call" : "calls"}`,
  noPseudo: "No calls of pseudo-agents.",
  duplicatesFound: (rows, n, dropped) => `${rows} repeated ${n === 1 ? "row" : "rows"}: ${dropped ? "left out" : "counted as calls"}.`,
  noDuplicates: "No repeated rows.",
  zeroSeconds: (calls, n) => `${calls} ${n === 1 ? "call lasts" : "calls last"} 0 seconds: counted as calls.`,
  customersFrom: (column) => `Customers handled: the distinct values of ${column} per rep per month.`,
  noCustomers: "No customer, contact or account column: customers handled stays blank, and the workload is weighed over calls and talk time.",
  talkUnitLine: (note) => `Talk duration: ${note}`,

  errors: {
    noExcel: "Excel is not available: open TeleScore from Excel's ribbon.",
    source: {
      noTable: (subject) => `There is no table named “${subject}” in this workbook.`,
      noSheet: (subject) => `There is no sheet named “${subject}” in this workbook.`,
      badAddress: (subject) => `“${subject}” is not a range address. Write it as Data!A1:U200, or select the data.`,
      // The adapter's subject for an empty source is English text ("The selection"), so it is left out.
      empty: () => "The data chosen has no rows under its header row. Choose the data with its header row.",
    },
    sourceOnReview: "The data is on the review sheet itself. Move it to a sheet of its own, then generate the review.",
    nothingScored: "No rep of this period could be scored, so no review sheet was made.",
    noCalls: "No call in the log could be read.",
  },
};

const zh: ReviewStrings = {
  lang: "zh",
  heading: "考核表",
  intro: "根据团队自己的数据，按月或按季度为每位坐席评分，生成可供主管逐一签字确认的考核表。",

  sourceLegend: "数据在哪里？",
  sourceTable: "Excel 表格",
  sourceSelection: "当前选中的区域",
  sourceAddress: "区域地址",
  tableLabel: "表格",
  noTables: "此工作簿中没有表格。",
  refreshTables: "刷新列表",
  addressLabel: "区域地址",
  addressHint: "包含标题行，如 数据!A1:U200。",
  selectionHint: "在工作表中选中数据（含标题行），然后读取表头。",
  chooseTable: "请选择表格。",
  typeAddress: "请输入区域地址。",

  readHeaders: "读取表头",
  reading: "正在读取表头…",
  readDone: (rows, address) => `已从 ${address} 读取 ${rows} 行。`,

  mappingCaption: "各列及其对应的 TeleScore 字段",
  headerColumn: "列标题",
  fieldColumn: "对应字段及匹配方式",
  fieldFor: (header) => `列“${header}”对应的字段`,
  blankHeader: (column) => `（无标题，第 ${column} 列）`,
  notUsed: "不使用",
  match: {
    exact: (synonym) => `完全匹配：“${synonym}”`,
    contains: (synonym) => `包含“${synonym}”`,
    manual: () => "您的选择",
  },
  unmatched: "未匹配：不使用",
  notUsedChosen: "您的选择：不使用",
  ambiguousUsed: (others) => `与${others}重复：使用此列`,
  ambiguousUnused: (used) => `重复：改用${used}`,
  steppedAside: (used) => `不使用：您已为此字段选择${used}`,
  ambiguousSummary: (field, headers, used) => `${headers}都像是“${field}”，目前使用${used}。请选择正确的一列以消除此提示。`,
  missingSummary: (fields) => `缺少字段：生成前请为${fields}指定一列。`,
  or: "或",
  listSeparator: "、",
  mappingComplete: "所有必需字段均已对应。",
  automatic: "使用自动匹配",
  unitNames: { seconds: "秒", minutes: "分钟", hours: "小时", time: "时:分:秒" },
  unitNote: {
    chosen: (unit) => `按${unit}读取：您的选择。`,
    header: (unit) => `按${unit}读取：表头已注明。`,
    format: (unit) => `按${unit}读取：依据单元格格式。`,
    guess: (unit) => `按${unit}读取：未注明单位，请核对。`,
  },
  withUnit: (how, note) => `${how}；${note}`,
  saving: "正在保存您的选择…",
  savedChoices: (source) => `您的对应关系已保存在工作簿中（${source}）。`,

  periodLabel: "考核期间",
  periodHint: "数据中出现的月份和季度。",
  months: "月份",
  quarters: "季度",
  noPeriods: "无法从月份列中读取任何月份。",
  modeLegend: "得分的写入方式",
  modeLive: "实时公式",
  modeLiveHint: "基于数据的 TELE 公式：修改数据或方案后自动更新。需要安装本加载项才能显示。",
  modeValues: "仅数值",
  modeValuesHint: "不含公式的快照：在任何电脑上打开都一样，适合归档或发给人事部门以外的人。",
  userLabel: "生成人（可选）",
  userHint: "写在考核表上；Excel 不会告诉加载项您是谁。",

  generate: "生成",
  generating: "正在生成…",
  needMapping: (fields) => `请先为${fields}指定一列。`,
  needPeriod: "请选择考核期间。",

  progressReading: (rows) => `正在读取… ${rows} 行`,
  progressReadingStart: "正在读取…",
  progressWriting: (done, total) => `正在写入第 ${done} 行，共 ${total} 行`,
  progressFinishing: "正在完成",
  cancel: "取消",
  cancelled: "已取消：未做任何更改。",

  outcomeHeading: "结果",
  generated: (sheet, reps) => `考核表位于工作表“${sheet}”：已为 ${reps} 名坐席评分。`,
  regenerated: (sheet, reps) => `工作表“${sheet}”上的考核表已原位更新：已为 ${reps} 名坐席评分。主管意见和签字均已保留。`,
  nameTaken: (requested, sheet) => `已有一个名为“${requested}”的工作表（并非 TeleScore 创建），因此考核表写入了“${sheet}”。`,
  conflicts: (cells) => `摘要位置上有 ${cells} 个您输入的单元格，已原样保留；请将其移开后重新生成，以补全摘要。`,
  modeUsed: { live: "实时公式。", values: "仅数值。" },
  keptHeading: (count) => `保留自旧版本（${count}）：`,
  keptReason: {
    removed: "已不在数据中",
    unscorable: "本次无法评分",
    duplicate: "有重复的行",
    repeated: "另有一行属于同一坐席",
  },
  unscorableHeading: (count) => `无法评分的行（${count}）：`,
  duplicatesHeading: (count) => `重复的行，未评分（${count}）：`,
  rowList: (rows) => `第 ${rows} 行`,
  unscorableLine: (rep, rows, reason) => `${rep}，${rows}：${reason}`,
  duplicateLine: (rep, month, rows) => `${rep}，${month}：${rows}`,
  keptLine: (rep, reason) => `${rep}：${reason}`,
  moreOnSheet: (count) => `……另有 ${count} 项，见工作表。`,
  calibrationHeading: "校准提示：",
  calibrationLine: (grade, share, expected) => `${grade}：占已评分坐席的 ${share}，超过预期上限 ${expected}。`,
  allScored: "所有行均已评分。",
  unknownRep: "（无姓名或工号）",
  repWithId: (name, id) => `${name}（${id}）`,

  callLogHeading: "导入通话明细",
  callLogIntro: "每次通话一行，即外呼系统导出的格式。TeleScore 将其按坐席按月汇总到一个新表格中，您补全岗位、销售额、评分等后即可据此生成考核表。",
  callLogSource: "通话明细在哪里？",
  importLog: "导入",
  importing: "正在导入…",
  imported: (sheet, table) => `坐席数据位于新工作表“${sheet}”（表格 ${table}）。`,
  importedNameTaken: (requested) => `已有名为“${requested}”的工作表，因此使用了新名称。`,
  importedRows: (rows) => `共 ${rows} 行，每位坐席每月一行。`,
  importedMonths: (months) => `月份：${months}。`,
  importProblemsHeading: (count) => `未计入的通话记录行（${count}）：`,
  importNoProblems: "通话明细中的每一行都已读取。",
  rowProblem: (row, reason) => `第 ${row} 行：${reason}`,
  importNext: (table) => `已将表格 ${table} 选为考核数据：请补全空白列，然后读取其表头。`,

  rulesHeading: "通话明细的读取方式",
  talkUnitLabel: "通话时长单位",
  unitAutomatic: (unit) => `自动（${unit}）`,
  dateFormLabel: (count, example, form, date) => `将 ${count} 个形如 ${example} 的日期按 ${form} 读取（${example} 即 ${date}）`,
  dateFormHint: "确认之前，这些行不计入，并列为问题行。",
  yearFrom: "日期起始年份",
  yearTo: "截止年份",
  yearsHint: "超出这些年份的日期列为问题行，绝不当作考核期间。",
  answersHeading: "“是否接通”列各值的含义",
  answerFor: (value, calls) => `“${value}”（${calls}）`,
  answerChoose: "请选择…",
  answerYes: "已接通",
  answerNo: "未接通",
  answersUndecided: (count) => `有 ${count} 个值尚未指定含义：选择之前，这些行不计入。`,
  blankAgentLabel: "不计入坐席为空的通话",
  pseudoAgentsLabel: "表示“无坐席”的值（每行一个）",
  pseudoAgentsHint: "这些值的通话不计入，并单独统计。",
  dropDuplicatesLabel: "不计入重复行（所读各列完全相同）",
  pseudoFound: (list) => `作为无坐席未计入：${list}。`,
  pseudoItem: (agent, calls) => `${agent === "" ? "坐席为空" : `“${agent}”`} ${calls} 次通话`,
  noPseudo: "没有无坐席的通话。",
  duplicatesFound: (rows, _n, dropped) => `重复行 ${rows} 行：${dropped ? "未计入" : "仍按通话计入"}。`,
  noDuplicates: "没有重复行。",
  zeroSeconds: (calls) => `${calls} 次通话时长为 0 秒：仍计为通话。`,
  customersFrom: (column) => `处理客户数：每位坐席每月 ${column} 的不同值个数。`,
  noCustomers: "没有客户、联系人或账户列：处理客户数留空，工作量按通话量和通话时长计算。",
  talkUnitLine: (note) => `通话时长：${note}`,

  errors: {
    noExcel: "Excel 不可用：请从 Excel 功能区打开 TeleScore。",
    source: {
      noTable: (subject) => `此工作簿中没有名为“${subject}”的表格。`,
      noSheet: (subject) => `此工作簿中没有名为“${subject}”的工作表。`,
      badAddress: (subject) => `“${subject}”不是区域地址。请写成 数据!A1:U200 的形式，或直接选中数据。`,
      empty: () => "所选数据在标题行下没有任何行。请选择包含标题行的数据。",
    },
    sourceOnReview: "数据位于考核表本身。请将数据移到单独的工作表，然后再生成考核表。",
    nothingScored: "本期没有可评分的坐席，因此未创建考核表。",
    noCalls: "通话明细中没有可读取的通话。",
  },
};

const zhHant: ReviewStrings = {
  lang: "zh-Hant",
  heading: "考核表",
  intro: "根據團隊自己的資料，依月或依季為每位電銷人員評分，產生可供主管逐一簽核的考核表。",

  sourceLegend: "資料在哪裡？",
  sourceTable: "Excel 表格",
  sourceSelection: "目前選取的範圍",
  sourceAddress: "範圍位址",
  tableLabel: "表格",
  noTables: "此活頁簿中沒有表格。",
  refreshTables: "重新整理清單",
  addressLabel: "範圍位址",
  addressHint: "包含標題列，如 資料!A1:U200。",
  selectionHint: "在工作表中選取資料（含標題列），然後讀取標題列。",
  chooseTable: "請選擇表格。",
  typeAddress: "請輸入範圍位址。",

  readHeaders: "讀取標題列",
  reading: "正在讀取標題列…",
  readDone: (rows, address) => `已從 ${address} 讀取 ${rows} 列。`,

  mappingCaption: "各欄及其對應的 TeleScore 欄位",
  headerColumn: "欄標題",
  fieldColumn: "對應欄位及比對方式",
  fieldFor: (header) => `欄「${header}」對應的欄位`,
  blankHeader: (column) => `（無標題，第 ${column} 欄）`,
  notUsed: "不使用",
  match: {
    exact: (synonym) => `完全相符：「${synonym}」`,
    contains: (synonym) => `包含「${synonym}」`,
    manual: () => "您的選擇",
  },
  unmatched: "未比對到：不使用",
  notUsedChosen: "您的選擇：不使用",
  ambiguousUsed: (others) => `與${others}重複：使用此欄`,
  ambiguousUnused: (used) => `重複：改用${used}`,
  steppedAside: (used) => `不使用：您已為此欄位選擇${used}`,
  ambiguousSummary: (field, headers, used) => `${headers}都像是「${field}」，目前使用${used}。請選擇正確的一欄以消除此提示。`,
  missingSummary: (fields) => `缺少欄位：產生前請為${fields}指定一欄。`,
  or: "或",
  listSeparator: "、",
  mappingComplete: "所有必需欄位均已對應。",
  automatic: "使用自動比對",
  unitNames: { seconds: "秒", minutes: "分鐘", hours: "小時", time: "時:分:秒" },
  unitNote: {
    chosen: (unit) => `以${unit}讀取：您的選擇。`,
    header: (unit) => `以${unit}讀取：標題已註明。`,
    format: (unit) => `以${unit}讀取：依據儲存格格式。`,
    guess: (unit) => `以${unit}讀取：未註明單位，請核對。`,
  },
  withUnit: (how, note) => `${how}；${note}`,
  saving: "正在儲存您的選擇…",
  savedChoices: (source) => `您的對應關係已儲存在活頁簿中（${source}）。`,

  periodLabel: "考核期間",
  periodHint: "資料中出現的月份和季度。",
  months: "月份",
  quarters: "季度",
  noPeriods: "無法從月份欄中讀取任何月份。",
  modeLegend: "得分的寫入方式",
  modeLive: "即時公式",
  modeLiveHint: "以資料為依據的 TELE 公式：修改資料或方案後自動更新。需要安裝本增益集才能顯示。",
  modeValues: "僅數值",
  modeValuesHint: "不含公式的快照：在任何電腦上開啟都一樣，適合歸檔或傳給人事部門以外的人。",
  userLabel: "產生者（選填）",
  userHint: "寫在考核表上；Excel 不會告訴增益集您是誰。",

  generate: "產生",
  generating: "正在產生…",
  needMapping: (fields) => `請先為${fields}指定一欄。`,
  needPeriod: "請選擇考核期間。",

  progressReading: (rows) => `正在讀取… ${rows} 列`,
  progressReadingStart: "正在讀取…",
  progressWriting: (done, total) => `正在寫入第 ${done} 列，共 ${total} 列`,
  progressFinishing: "正在完成",
  cancel: "取消",
  cancelled: "已取消：未做任何變更。",

  outcomeHeading: "結果",
  generated: (sheet, reps) => `考核表位於工作表「${sheet}」：已為 ${reps} 名電銷人員評分。`,
  regenerated: (sheet, reps) => `工作表「${sheet}」上的考核表已原位更新：已為 ${reps} 名電銷人員評分。主管評語和簽核均已保留。`,
  nameTaken: (requested, sheet) => `已有一個名為「${requested}」的工作表（並非 TeleScore 建立），因此考核表寫入了「${sheet}」。`,
  conflicts: (cells) => `摘要位置上有 ${cells} 個您輸入的儲存格，已原樣保留；請將其移開後重新產生，以補全摘要。`,
  modeUsed: { live: "即時公式。", values: "僅數值。" },
  keptHeading: (count) => `保留自舊版本（${count}）：`,
  keptReason: {
    removed: "已不在資料中",
    unscorable: "本次無法評分",
    duplicate: "有重複的列",
    repeated: "另有一列屬於同一電銷人員",
  },
  unscorableHeading: (count) => `無法評分的列（${count}）：`,
  duplicatesHeading: (count) => `重複的列，未評分（${count}）：`,
  rowList: (rows) => `第 ${rows} 列`,
  unscorableLine: (rep, rows, reason) => `${rep}，${rows}：${reason}`,
  duplicateLine: (rep, month, rows) => `${rep}，${month}：${rows}`,
  keptLine: (rep, reason) => `${rep}：${reason}`,
  moreOnSheet: (count) => `……另有 ${count} 項，見工作表。`,
  calibrationHeading: "校準提示：",
  calibrationLine: (grade, share, expected) => `${grade}：佔已評分電銷人員的 ${share}，超過預期上限 ${expected}。`,
  allScored: "所有列均已評分。",
  unknownRep: "（無姓名或員工編號）",
  repWithId: (name, id) => `${name}（${id}）`,

  callLogHeading: "匯入通話明細",
  callLogIntro: "每次通話一列，即外撥系統匯出的格式。TeleScore 將其依電銷人員、依月份彙總到一個新表格中，您補齊職位、銷售額、評分等後即可據此產生考核表。",
  callLogSource: "通話明細在哪裡？",
  importLog: "匯入",
  importing: "正在匯入…",
  imported: (sheet, table) => `電銷人員資料位於新工作表「${sheet}」（表格 ${table}）。`,
  importedNameTaken: (requested) => `已有名為「${requested}」的工作表，因此使用了新名稱。`,
  importedRows: (rows) => `共 ${rows} 列，每位電銷人員每月一列。`,
  importedMonths: (months) => `月份：${months}。`,
  importProblemsHeading: (count) => `未計入的通話紀錄列（${count}）：`,
  importNoProblems: "通話明細中的每一列都已讀取。",
  rowProblem: (row, reason) => `第 ${row} 列：${reason}`,
  importNext: (table) => `已將表格 ${table} 選為考核資料：請補齊空白欄，然後讀取其標題列。`,

  rulesHeading: "通話明細的讀取方式",
  talkUnitLabel: "通話時間單位",
  unitAutomatic: (unit) => `自動（${unit}）`,
  dateFormLabel: (count, example, form, date) => `將 ${count} 個形如 ${example} 的日期依 ${form} 讀取（${example} 即 ${date}）`,
  dateFormHint: "確認之前，這些列不計入，並列為問題列。",
  yearFrom: "日期起始年份",
  yearTo: "截止年份",
  yearsHint: "超出這些年份的日期列為問題列，絕不當作考核期間。",
  answersHeading: "「是否接通」欄各值的含義",
  answerFor: (value, calls) => `「${value}」（${calls}）`,
  answerChoose: "請選擇…",
  answerYes: "已接通",
  answerNo: "未接通",
  answersUndecided: (count) => `有 ${count} 個值尚未指定含義：選擇之前，這些列不計入。`,
  blankAgentLabel: "不計入電銷人員為空的通話",
  pseudoAgentsLabel: "表示「無電銷人員」的值（每行一個）",
  pseudoAgentsHint: "這些值的通話不計入，並單獨統計。",
  dropDuplicatesLabel: "不計入重複列（所讀各欄完全相同）",
  pseudoFound: (list) => `作為無電銷人員未計入：${list}。`,
  pseudoItem: (agent, calls) => `${agent === "" ? "電銷人員為空" : `「${agent}」`} ${calls} 次通話`,
  noPseudo: "沒有無電銷人員的通話。",
  duplicatesFound: (rows, _n, dropped) => `重複列 ${rows} 列：${dropped ? "未計入" : "仍依通話計入"}。`,
  noDuplicates: "沒有重複列。",
  zeroSeconds: (calls) => `${calls} 次通話時間為 0 秒：仍計為通話。`,
  customersFrom: (column) => `服務客戶數：每位電銷人員每月 ${column} 的不同值個數。`,
  noCustomers: "沒有客戶、聯絡人或帳戶欄：服務客戶數留空，工作量依通話量和通話時間計算。",
  talkUnitLine: (note) => `通話時間：${note}`,

  errors: {
    noExcel: "Excel 不可用：請從 Excel 功能區開啟 TeleScore。",
    source: {
      noTable: (subject) => `此活頁簿中沒有名為「${subject}」的表格。`,
      noSheet: (subject) => `此活頁簿中沒有名為「${subject}」的工作表。`,
      badAddress: (subject) => `「${subject}」不是範圍位址。請寫成 資料!A1:U200 的形式，或直接選取資料。`,
      empty: () => "所選資料在標題列下方沒有任何資料列。請選擇包含標題列的資料。",
    },
    sourceOnReview: "資料位於考核表本身。請將資料移到另一個工作表，然後再產生考核表。",
    nothingScored: "本期沒有可評分的電銷人員，因此未建立考核表。",
    noCalls: "通話明細中沒有可讀取的通話。",
  },
};

export const REVIEW_STRINGS: Record<Locale, ReviewStrings> = { en, zh, "zh-Hant": zhHant };
