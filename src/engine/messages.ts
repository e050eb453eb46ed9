/**
 * The engine's error messages, as codes with their facts (the cell value, the parameter, the valid
 * choices...), written out once per language. A ScoreError carries its code and facts, so whoever
 * shows it picks the language: the TELE functions follow Office's display language, the pane its
 * own (docs/functions.md, "Error messages"). Every table has every code: the Chinese ones are typed
 * from the English one, so a missing or extra key is a compile error.
 *
 * The facts are given as they were typed (numbers as the engine holds them, the user's text
 * shortened by input.ts's quote); parameter names stay as the functions declare them, since
 * Excel shows them that way in every language.
 */
import { isChinese, type Locale, type Localized, type PolicyLabel } from "./locale";
import { nameIn } from "./names";

/** A parameter, and for one cell of a range argument its row and column (1-based) when the range has several. */
export interface Subject {
  param: string;
  row?: number;
  column?: number;
}

/** A field's name in every language, as the field lists declare it. */
export type Label = Localized;

/** A policy's position as messages name it: by its label in the message's language (names.ts nameIn). */
interface Position {
  position: string;
  label?: PolicyLabel;
}
const positionsIn = (lang: Locale, known: readonly Position[]) => known.map((p) => nameIn(p.label, p.position, lang));

/** A late refund as messages name it. */
interface Refund {
  amount: number | string;
  repId: string;
  recorded: string;
}
const refundEn = (r: Refund) => `the refund of ${r.amount} for rep ${r.repId} recorded in ${r.recorded}`;
const refundZh = (r: Refund) => `坐席 ${r.repId} 记在 ${r.recorded} 的退款 ${r.amount}`;

/** The facts of a message that needs none. */
type NoFacts = Record<string, never>;

/** What a number argument asks for, so the example fits it: an amount, a month, a score. */
export type NumberHint = "amount" | "month" | "score";
const HINT_EN: Record<NumberHint, string> = {
  amount: "Enter a number such as 1200, 1,200 or 85%.",
  month: "Enter a month number such as 3, or a date.",
  score: "Enter a score such as 85.",
};
const HINT_ZH: Record<NumberHint, string> = {
  amount: "请输入数字，如 1200、1,200 或 85%。",
  month: "请输入月份数字（如 3）或日期。",
  score: "请输入得分，如 85。",
};

const TF = (b: boolean) => (b ? "TRUE" : "FALSE");
const MONTH_HINT = "Write the month as 2026-07, 2026/7 or 2026年7月, or enter a date.";
const MONTH_HINT_ZH = "请将月份写成 2026-07、2026/7 或 2026年7月，或输入日期。";
const quoted = (items: readonly string[]) => items.map((c) => `"${c}"`);

function subjectEn(s: Subject): string {
  const where = [s.row !== undefined ? `row ${s.row}` : "", s.column !== undefined ? `column ${s.column}` : ""].filter(Boolean).join(", ");
  return where ? `${s.param} (${where})` : s.param;
}

/** A subject in Chinese, with the words for a row and a column: 行/列 in mainland usage, 列/欄 in Taiwan's. */
const subjectChinese = (row: string, column: string) => (s: Subject): string => {
  const where = [s.row !== undefined ? `第 ${s.row} ${row}` : "", s.column !== undefined ? `第 ${s.column} ${column}` : ""].filter(Boolean).join("，");
  return where ? `${s.param}（${where}）` : s.param;
};
const subjectZh = subjectChinese("行", "列");

const en = {
  // Cell values (input.ts, adapt.ts)
  booleanNotText: (f: { value: boolean; param: string }) => `${TF(f.value)} is not valid text for ${f.param}. Enter a name or leave the cell empty.`,
  notFinite: (f: { subject: Subject; value: number }) => `${subjectEn(f.subject)} must be a finite number (got ${f.value}).`,
  notANumber: (f: { subject: Subject; text: string; hint: NumberHint }) => `"${f.text}" is not a number for ${subjectEn(f.subject)}. ${HINT_EN[f.hint]}`,
  tooLarge: (f: { subject: Subject; text: string }) => `${subjectEn(f.subject)} is too large: "${f.text}".`,
  booleanNotNumber: (f: { subject: Subject; value: boolean }) => `${TF(f.value)} is not a number for ${subjectEn(f.subject)}. Enter a number or leave the cell empty.`,
  notPositive: (f: { subject: Subject; value: number }) => `${subjectEn(f.subject)} must be greater than 0 (got ${f.value}).`,
  negative: (f: { subject: Subject; value: number }) => `${subjectEn(f.subject)} must be 0 or more (got ${f.value}).`,
  notWhole: (f: { subject: Subject; value: number }) => `${subjectEn(f.subject)} must be a whole number (got ${f.value}).`,
  dataType: (f: { param: string }) => `${f.param} must be a number or text, not a data type or a list. Enter a plain value or a cell reference.`,
  periodArg: (f: { param: string; value: number }) => `${f.param} must be a month number from 1 to 12 or a date (got ${f.value}). Enter e.g. 3 for March, or a date in the month.`,
  choice: (f: { param: string; choices: readonly string[]; text: string }) => `${f.param} must be ${quoted(f.choices).join(" or ")} (got "${f.text}").`,
  rangeSizes: (f: { param: string; rows: number; columns: number; other: string; otherRows: number; otherColumns: number }) =>
    `${f.param} has ${f.rows} × ${f.columns} cells but ${f.other} has ${f.otherRows} × ${f.otherColumns}. Select ranges of the same size, or a single cell.`,
  notRectangular: (f: { param: string }) => `${f.param} must be a rectangular range of cells. Select a block of cells, e.g. a column.`,
  quarterCells: (f: { param: string; cells: number }) => `${f.param} holds ${f.cells} cells, but a quarter has 3 months. Select one cell per month, at most 3.`,

  // Totals and grades (total.ts)
  weightNegative: (f: { value: number }) => `A weight must be 0 or more (got ${f.value}). Correct the policy's weights.`,
  scoreNotFinite: (f: { value: number }) => `A score must be a finite number (got ${f.value}).`,
  policyNotLoaded: (f: { seconds: number }) =>
    `The weight policy was not loaded within ${f.seconds} s: TeleScore's start-up script did not run. Reopen the workbook; if this persists, reinstall the add-in or ask your administrator whether it may run.`,
  scoresTooLarge: (_: NoFacts) => "The scores are too large to combine. Scores are points, normally 0 to 120: check the input cells.",
  cannotRound: (f: { value: number }) => `Cannot round ${f.value}: the value must be a finite number.`,
  decimals: (f: { value: number }) => `decimals must be a whole number from 0 to 15 (got ${f.value}).`,
  cannotRank: (f: { value: number }) => `Cannot rank ${f.value}: a score must be a finite number.`,
  unknownWeight: (f: { key: string; known: readonly string[] }) =>
    `Unknown weight "${f.key}". Use a dimension or dimension.metric key of the policy: ${f.known.join(", ")}.`,

  // Policy-driven scores (policyScore.ts)
  unknownMetric: (f: { key: string; known: readonly string[] }) => `Unknown metric "${f.key}". Use a dimension.metric key of the policy: ${f.known.join(", ")}.`,
  unknownDimension: (f: { key: string; known: readonly string[] }) => `Unknown dimension "${f.key}". Use one of the policy's dimensions: ${f.known.join(", ")}.`,
  ratingNoTarget: (f: { metric: string; scaleMax: number }) => `${f.metric} is a rating on the policy's 1–${f.scaleMax} scale and takes no target. Leave target empty.`,
  pointsCount: (f: { cells: number; dimension: string; known: readonly string[] }) =>
    `points holds ${f.cells} cells, but "${f.dimension}" has ${f.known.length} metrics (${f.known.join(", ")}). Give one points cell per metric in this order, or name them in metrics.`,
  pointsMetricsCount: (f: { cells: number; keys: number }) => `points and metrics must hold the same number of cells (got ${f.cells} and ${f.keys}).`,
  notDimensionMetric: (f: { key: string; dimension: string; known: readonly string[] }) => `"${f.key}" is not a metric of "${f.dimension}". Use: ${f.known.join(", ")}.`,
  metricTwice: (f: { metric: string }) => `${f.metric} is named twice in metrics. Name each metric once.`,

  // Months and quarters (month.ts, quarter.ts)
  workdays: (f: { value: number }) => `workdays must be greater than 0 (got ${f.value}). Enter the number of workdays in the month.`,
  leaveDays: (f: { value: number; workdays: number }) =>
    `leave_days must be from 0 to the month's workdays, ${f.workdays} (got ${f.value}). Enter the days of leave taken in the month.`,
  leaveWithoutWorkdays: (f: { value: number }) => `leave_days (${f.value}) needs workdays to prorate the target. Enter the month's workdays, or leave leave_days blank.`,
  quarterShapes: (f: { actuals: number; targets: number }) =>
    `actuals and targets must hold the same number of cells (got ${f.actuals} and ${f.targets}). Select one cell per month in each range.`,
  quality: (f: { value: number }) => `quality must be from 0 to 100 (got ${f.value}). Enter the manager's quality score for the quarter.`,
  qualityWeight: (f: { value: number }) => `quality weight must be from 0 to 1 (got ${f.value}). Set the policy's quarter quality weight, e.g. 0.3.`,

  // Points (points.ts)
  target: (f: { value: number }) => `target must be greater than 0 (got ${f.value}). Enter the rep's target for the period.`,
  actual: (f: { value: number }) => `actual must be a finite number (got ${f.value}). Enter the rep's result for the period.`,
  attainment: (f: { value: number }) => `attainment must be a finite number (got ${f.value}).`,
  cap: (f: { value: number }) => `cap must be greater than 0 (got ${f.value}). Enter the largest attainment that still earns points, e.g. 1.2 for 120 points.`,
  floor: (f: { value: number }) => `floor must be 0 or more (got ${f.value}). Enter the attainment below which a metric earns 0 points, e.g. 0.6, or 0 for none.`,

  // Ratings (ratings.ts)
  scaleMax: (f: { value: number }) => `scale_max must be a whole number of 2 or more (got ${f.value}). Enter the top of the rating scale, e.g. 5.`,
  rating: (f: { value: number; scaleMax: number }) => `rating must be from 1 to ${f.scaleMax} (got ${f.value}). Enter the manager's rating on the 1–${f.scaleMax} scale.`,
  noDimension: (f: { policy: string; dimension: string }) =>
    `The policy "${f.policy}" has no "${f.dimension}" dimension. Add it to the policy to score ${f.dimension}.`,
  csatMethod: (f: { text: string }) => `method must be "top2" or "mean" (got "${f.text}").`,
  surveyRating: (f: { value: number; scaleMax: number; cell: number }) =>
    `Survey ratings must be whole numbers from 1 to ${f.scaleMax} (got ${f.value}, cell ${f.cell} of the range). Correct or clear that rating.`,

  // Baselines (baseline.ts)
  unknownPosition: (f: { position: string; known: readonly Position[] }) => `Unknown position "${f.position}". Use one of the policy's positions: ${positionsIn("en", f.known).join(", ")}.`,
  noBaseline: (f: { position: string; metric: string; known: readonly string[] }) =>
    `Position "${f.position}" has no baseline for metric "${f.metric}". Use one of: ${f.known.join(", ")}.`,
  month: (f: { value: number }) => `month must be a whole number from 1 to 12 (got ${f.value}). Enter the month of the period, e.g. 3 for March.`,
  negativeVolume: (f: { what: string; value: number }) => `${f.what} cannot be negative (got ${f.value}). Enter a count or a number of minutes, 0 or more.`,
  baseline: (f: { value: number }) => `baseline must be greater than 0 (got ${f.value}). Enter the position's expected monthly volume.`,

  // Dates (workdays.ts)
  serialRange: (f: { param: string; value: number }) => `${f.param} must be a date from 1900-01-01 to 9999-12-31 (got ${f.value}). Enter a date, or a date serial number.`,
  calendarDate: (f: { date: string }) => `${f.date} is not a date from 1900-01-01 to 9999-12-31. Enter a real calendar date.`,

  // Money (money.ts)
  amountNotFinite: (f: { value: string }) => `An amount must be a finite number (got ${f.value}).`,
  amountNotFiniteEnter: (f: { value: number }) => `An amount must be a finite number (got ${f.value}). Enter an amount of money.`,
  amountTooLarge: (f: { value: string }) => `The amount ${f.value} is too large to keep exact to the cent (the limit is ±9,999,999,999,999.99).`,
  tolerance: (f: { value: number }) => `tolerance must be 0 or more (got ${f.value}). Enter the largest difference you accept, e.g. 0.05.`,
  allocateZero: (_: NoFacts) => "cannot allocate: amounts add up to 0, so they give no proportions. Enter amounts with a non-zero sum.",

  // Late refunds (reconciliation.ts)
  refundNoPeriod: (f: { refund: Refund; known: readonly string[] }) => `No period ${f.refund.recorded} for ${refundEn(f.refund)}. Known periods: ${f.known.join(", ")}.`,
  refundPeriodClosed: (f: { refund: Refund; period: string }) =>
    `Period ${f.period} is closed and is never rewritten: record ${refundEn(f.refund)} in the open period in which it is booked.`,
  refundBeforeSale: (f: { refund: Refund; sale: string }) => `${refundEn(f.refund)} comes before its sale's period ${f.sale}. Record it in ${f.sale} or later.`,
  refundNotPositive: (f: { refund: Refund }) => `Enter ${refundEn(f.refund)} as a positive amount (got ${f.refund.amount}); it is subtracted from the net profit.`,

  // Periods and dates of review data (review/period.ts)
  invalidDate: (f: { param: string }) => `${f.param} holds an invalid date. ${MONTH_HINT}`,
  booleanNotMonth: (f: { value: boolean; param: string }) => `${TF(f.value)} is not a month for ${f.param}. ${MONTH_HINT}`,
  notAMonth: (f: { text: string; param: string }) => `"${f.text}" is not a month for ${f.param}. ${MONTH_HINT}`,
  compactAmbiguous: (f: { digits: string; param: string; form: string; padded: string }) =>
    `${f.digits} for ${f.param} could be the ${f.form} date ${f.padded} or an Excel date: write it as ${f.padded} (as text) or as a date.`,
  compactUnconfirmed: (f: { digits: string; param: string; form: string }) =>
    `${f.digits} for ${f.param} looks like a ${f.form} date: confirm that form in the mapping step to read it.`,
  yearNotMonth: (f: { value: number; param: string }) => `${f.value} for ${f.param} looks like a year, not a month. ${MONTH_HINT}`,
  notADate: (f: { value: number; param: string }) => `${f.value} is not a date for ${f.param}. ${MONTH_HINT}`,
  dayOrMonth: (f: { text: string; param: string; year: string }) => `"${f.text}" for ${f.param} could be day/month or month/day. Write the date as ${f.year}-mm-dd.`,
  monthRange: (f: { text: string; param: string }) => `"${f.text}" is not a month for ${f.param}: the month must be 1 to 12. ${MONTH_HINT}`,
  yearRange: (f: { text: string; param: string; year: number; from: number; to: number; yymmdd: boolean }) =>
    `"${f.text}" for ${f.param} gives the year ${f.year}, outside ${f.from}–${f.to}. ` +
    (f.yymmdd ? "It looks like a yymmdd date: confirm that form in the mapping step to read it." : `Dates must fall in ${f.from}–${f.to}.`),
  choosePeriod: (_: NoFacts) => "Choose the period to review, e.g. 2026-07 or 2026-Q3.",
  quarterYear: (f: { year: string }) => `${f.year} is not a year for the review period: use 1900 to 9999.`,

  // Rows of review data and call logs (review/*)
  positionBlank: (f: { row: number; known: readonly Position[] }) => `The position is blank in row ${f.row}. Enter the rep's position, one of: ${positionsIn("en", f.known).join(", ")}.`,
  leaveNeedsWorkdays: (f: { value: number }) => `leave_days (${f.value}) needs workdays to prorate the target. Map the workdays column, or leave leave days blank.`,
  sourceMoved: (_: NoFacts) => "The data rows moved (the data was sorted or changed): generate the review again.",
  durationTooLarge: (f: { param: string; value: number }) => `${f.param} is too large a duration (got ${f.value}).`,
  mapFirst: (f: { fields: readonly (readonly Label[])[]; then: "review" | "callLog" }) =>
    `Map a column to ${f.fields.map((g) => g.map((l) => l.en).join(" or ")).join(", ")} before ${f.then === "review" ? "generating the review" : "aggregating the call log"}.`,
  notAnswered: (f: { text: string; param: string }) =>
    `"${f.text}" is not an answered flag for ${f.param}. Say in the mapping step whether it means answered (Y/N, 是/否, TRUE/FALSE and 1/0 are known).`,
  agentBlank: (_: NoFacts) => "The agent is blank.",
  dateBlank: (_: NoFacts) => "The date is blank.",
  repBlank: (_: NoFacts) => "The rep's id and name are both blank.",
  periodBlank: (_: NoFacts) => "The period is blank.",
  /** The start of a row's reasons in a list of several rows' (reviewRows.ts reasonText). */
  atRow: (f: { row: number }) => `Row ${f.row}:`,
  /** Duplicate rows that left nothing to score. */
  sameRepMonth: (f: { rows: readonly number[] }) => `Rows ${f.rows.join(", ")} are the same rep and month.`,
  ratingOffScale: (f: { param: string; scale: number; value: number }) => `${f.param} must be a whole number from 1 to ${f.scale} (got ${f.value}).`,
  csvUnclosedQuote: (f: { row: number }) => `The file ends inside a quoted value that starts in row ${f.row}: a closing " is missing. Nothing from row ${f.row} on was read.`,
  csvRecordTooLong: (f: { row: number; limit: number }) => `Row ${f.row} of the file is longer than ${f.limit} characters (a quote left open?). The file was not read.`,
  csvNotText: (f: { byte: number }) => `The file is not text in UTF-8 or GB 18030 (unreadable bytes near byte ${f.byte}). Save it as CSV UTF-8 and pick it again.`,
};

/** A message's code. */
export type MessageCode = keyof typeof en;
/** The facts a message of this code is written from. */
export type MessageFacts<C extends MessageCode> = Parameters<(typeof en)[C]>[0];

type Table = { [C in MessageCode]: (facts: MessageFacts<C>) => string };

const quotedZh = (items: readonly string[]) => items.map((c) => `“${c}”`);

const zh: Table = {
  booleanNotText: (f) => `${TF(f.value)} 不是 ${f.param} 的有效文本。请输入名称，或将单元格留空。`,
  notFinite: (f) => `${subjectZh(f.subject)} 必须是有限的数字（当前为 ${f.value}）。`,
  notANumber: (f) => `“${f.text}”不是 ${subjectZh(f.subject)} 可用的数字。${HINT_ZH[f.hint]}`,
  tooLarge: (f) => `${subjectZh(f.subject)} 的值过大：“${f.text}”。`,
  booleanNotNumber: (f) => `${TF(f.value)} 不是 ${subjectZh(f.subject)} 可用的数字。请输入数字，或将单元格留空。`,
  notPositive: (f) => `${subjectZh(f.subject)} 必须大于 0（当前为 ${f.value}）。`,
  negative: (f) => `${subjectZh(f.subject)} 不能小于 0（当前为 ${f.value}）。`,
  notWhole: (f) => `${subjectZh(f.subject)} 必须是整数（当前为 ${f.value}）。`,
  dataType: (f) => `${f.param} 必须是数字或文本，不能是数据类型或列表。请输入普通值或单元格引用。`,
  periodArg: (f) => `${f.param} 必须是 1 到 12 的月份数字或日期（当前为 ${f.value}）。例如 3 表示三月，也可输入该月中的日期。`,
  choice: (f) => `${f.param} 必须是 ${quotedZh(f.choices).join(" 或 ")}（当前为“${f.text}”）。`,
  rangeSizes: (f) =>
    `${f.param} 有 ${f.rows} × ${f.columns} 个单元格，但 ${f.other} 有 ${f.otherRows} × ${f.otherColumns} 个。请选择大小相同的区域，或单个单元格。`,
  notRectangular: (f) => `${f.param} 必须是矩形的单元格区域。请选择一块单元格，例如一列。`,
  quarterCells: (f) => `${f.param} 包含 ${f.cells} 个单元格，但一个季度只有 3 个月。请每月选一个单元格，最多 3 个。`,

  weightNegative: (f) => `权重不能小于 0（当前为 ${f.value}）。请更正方案中的权重。`,
  scoreNotFinite: (f) => `得分必须是有限的数字（当前为 ${f.value}）。`,
  policyNotLoaded: (f) => `权重方案未在 ${f.seconds} 秒内载入：TeleScore 的启动脚本没有运行。请重新打开工作簿；如果仍然如此，请重新安装加载项，或询问管理员是否允许其运行。`,
  scoresTooLarge: () => "得分过大，无法合并。得分为分数，通常在 0 到 120 之间：请检查输入的单元格。",
  cannotRound: (f) => `无法对 ${f.value} 取整：该值必须是有限的数字。`,
  decimals: (f) => `decimals 必须是 0 到 15 的整数（当前为 ${f.value}）。`,
  cannotRank: (f) => `无法对 ${f.value} 排名：得分必须是有限的数字。`,
  unknownWeight: (f) => `未知的权重“${f.key}”。请使用方案中的维度键或“维度.指标”键：${f.known.join("、")}。`,
  unknownMetric: (f) => `未知的指标“${f.key}”。请使用方案中的“维度.指标”键：${f.known.join("、")}。`,
  unknownDimension: (f) => `未知的维度“${f.key}”。请使用方案中的维度：${f.known.join("、")}。`,
  ratingNoTarget: (f) => `${f.metric} 是方案 1–${f.scaleMax} 分制的评分，不需要目标。请将 target 留空。`,
  pointsCount: (f) =>
    `points 有 ${f.cells} 个单元格，但“${f.dimension}”有 ${f.known.length} 个指标（${f.known.join("、")}）。请按此顺序每个指标给一个得分单元格，或在 metrics 中写明指标。`,
  pointsMetricsCount: (f) => `points 与 metrics 的单元格数必须相同（当前为 ${f.cells} 和 ${f.keys}）。`,
  notDimensionMetric: (f) => `“${f.key}”不是“${f.dimension}”的指标。请使用：${f.known.join("、")}。`,
  metricTwice: (f) => `metrics 中 ${f.metric} 出现了两次。每个指标只写一次。`,

  workdays: (f) => `workdays 必须大于 0（当前为 ${f.value}）。请输入本月的工作日数。`,
  leaveDays: (f) => `leave_days 必须在 0 到本月工作日数 ${f.workdays} 之间（当前为 ${f.value}）。请输入本月的请假天数。`,
  leaveWithoutWorkdays: (f) => `leave_days（${f.value}）需要 workdays 才能折算目标。请输入本月工作日数，或将 leave_days 留空。`,
  quarterShapes: (f) => `actuals 和 targets 的单元格个数必须相同（当前为 ${f.actuals} 和 ${f.targets}）。请在每个区域中每月选一个单元格。`,
  quality: (f) => `quality 必须在 0 到 100 之间（当前为 ${f.value}）。请输入主管给出的本季度质量评分。`,
  qualityWeight: (f) => `质量权重必须在 0 到 1 之间（当前为 ${f.value}）。请在方案中设置季度质量权重，如 0.3。`,

  target: (f) => `target 必须大于 0（当前为 ${f.value}）。请输入该坐席本期的目标。`,
  actual: (f) => `actual 必须是有限的数字（当前为 ${f.value}）。请输入该坐席本期的实际结果。`,
  attainment: (f) => `完成率必须是有限的数字（当前为 ${f.value}）。`,
  cap: (f) => `cap 必须大于 0（当前为 ${f.value}）。请输入仍可得分的最高完成率，如 1.2 表示最高 120 分。`,
  floor: (f) => `floor 不能小于 0（当前为 ${f.value}）。请输入低于即得 0 分的完成率，如 0.6；不设下限填 0。`,

  scaleMax: (f) => `scale_max 必须是不小于 2 的整数（当前为 ${f.value}）。请输入评分量表的最高分，如 5。`,
  rating: (f) => `rating 必须在 1 到 ${f.scaleMax} 之间（当前为 ${f.value}）。请按 1–${f.scaleMax} 分输入主管评分。`,
  noDimension: (f) => `方案“${f.policy}”中没有“${f.dimension}”维度。请先在方案中添加该维度，再计算其得分。`,
  csatMethod: (f) => `method 必须是 "top2" 或 "mean"（当前为“${f.text}”）。`,
  surveyRating: (f) => `满意度评分必须是 1 到 ${f.scaleMax} 的整数（区域中第 ${f.cell} 个单元格为 ${f.value}）。请更正或清除该评分。`,

  unknownPosition: (f) => `未知岗位“${f.position}”。请使用方案中的岗位之一：${positionsIn("zh", f.known).join("、")}。`,
  noBaseline: (f) => `岗位“${f.position}”没有指标“${f.metric}”的基准数。可用的指标：${f.known.join("、")}。`,
  month: (f) => `month 必须是 1 到 12 的整数（当前为 ${f.value}）。请输入考核期间的月份，如 3 表示三月。`,
  negativeVolume: (f) => `${f.what} 不能为负数（当前为 ${f.value}）。请输入不小于 0 的数量或分钟数。`,
  baseline: (f) => `baseline 必须大于 0（当前为 ${f.value}）。请输入该岗位的月度基准量。`,

  serialRange: (f) => `${f.param} 必须是 1900-01-01 到 9999-12-31 之间的日期（当前为 ${f.value}）。请输入日期或日期序列号。`,
  calendarDate: (f) => `${f.date} 不是 1900-01-01 到 9999-12-31 之间的日期。请输入真实的日历日期。`,

  amountNotFinite: (f) => `金额必须是有限的数字（当前为 ${f.value}）。`,
  amountNotFiniteEnter: (f) => `金额必须是有限的数字（当前为 ${f.value}）。请输入金额。`,
  amountTooLarge: (f) => `金额 ${f.value} 过大，无法精确到分（上限为 ±9,999,999,999,999.99）。`,
  tolerance: (f) => `tolerance 不能小于 0（当前为 ${f.value}）。请输入可接受的最大差额，如 0.05。`,
  allocateZero: () => "无法分摊：各金额之和为 0，无法得出比例。请输入总和不为 0 的金额。",

  refundNoPeriod: (f) => `没有期间 ${f.refund.recorded}，无法记入${refundZh(f.refund)}。已知期间：${f.known.join("、")}。`,
  refundPeriodClosed: (f) => `期间 ${f.period} 已关账，不会再改写：请将${refundZh(f.refund)}记入实际入账的未关账期间。`,
  refundBeforeSale: (f) => `${refundZh(f.refund)}早于其销售所在期间 ${f.sale}。请记入 ${f.sale} 或之后的期间。`,
  refundNotPositive: (f) => `请将${refundZh(f.refund)}填为正数（当前为 ${f.refund.amount}）；该金额将从净利润中扣除。`,

  invalidDate: (f) => `${f.param} 中的日期无效。${MONTH_HINT_ZH}`,
  booleanNotMonth: (f) => `${TF(f.value)} 不是 ${f.param} 可用的月份。${MONTH_HINT_ZH}`,
  notAMonth: (f) => `“${f.text}”不是 ${f.param} 可用的月份。${MONTH_HINT_ZH}`,
  compactAmbiguous: (f) => `${f.param} 中的 ${f.digits} 既可能是 ${f.form} 日期 ${f.padded}，也可能是 Excel 日期：请写成文本 ${f.padded}，或输入日期。`,
  compactUnconfirmed: (f) => `${f.param} 中的 ${f.digits} 看起来是 ${f.form} 格式的日期：请在列对应步骤中确认该格式后再读取。`,
  yearNotMonth: (f) => `${f.param} 中的 ${f.value} 像是年份而不是月份。${MONTH_HINT_ZH}`,
  notADate: (f) => `${f.value} 不是 ${f.param} 可用的日期。${MONTH_HINT_ZH}`,
  dayOrMonth: (f) => `${f.param} 中的“${f.text}”无法确定是日/月还是月/日。请将日期写成 ${f.year}-mm-dd。`,
  monthRange: (f) => `“${f.text}”不是 ${f.param} 可用的月份：月份必须在 1 到 12 之间。${MONTH_HINT_ZH}`,
  yearRange: (f) =>
    `${f.param} 中的“${f.text}”对应 ${f.year} 年，超出 ${f.from}–${f.to} 年的范围。` +
    (f.yymmdd ? "它看起来是 yymmdd 格式的日期：请在列对应步骤中确认该格式后再读取。" : `日期必须在 ${f.from}–${f.to} 年之间。`),
  choosePeriod: () => "请选择考核期间，如 2026-07 或 2026-Q3。",
  quarterYear: (f) => `${f.year} 不是考核期间可用的年份：请使用 1900 到 9999。`,

  positionBlank: (f) => `第 ${f.row} 行的岗位为空。请填写该坐席的岗位，可选：${positionsIn("zh", f.known).join("、")}。`,
  leaveNeedsWorkdays: (f) => `leave_days（${f.value}）需要工作日数才能折算目标。请为工作日数指定一列，或将请假天数留空。`,
  sourceMoved: () => "数据行已移动（数据被排序或修改）：请重新生成考核表。",
  durationTooLarge: (f) => `${f.param} 的时长过大（当前为 ${f.value}）。`,
  mapFirst: (f) => `${f.then === "review" ? "生成考核表" : "汇总通话明细"}前，请为${f.fields.map((g) => g.map((l) => l.zh).join("或")).join("、")}指定一列。`,
  notAnswered: (f) => `“${f.text}”不是 ${f.param} 可识别的接通标记。请在列对应步骤中说明它是否表示已接通（已识别：Y/N、是/否、TRUE/FALSE、1/0）。`,
  agentBlank: () => "坐席为空。",
  dateBlank: () => "日期为空。",
  repBlank: () => "工号和姓名均为空。",
  periodBlank: () => "期间为空。",
  atRow: (f) => `第 ${f.row} 行：`,
  sameRepMonth: (f) => `第 ${f.rows.join("、")} 行是同一坐席的同一月份。`,
  ratingOffScale: (f) => `${f.param} 必须是 1 到 ${f.scale} 的整数（当前为 ${f.value}）。`,
  csvUnclosedQuote: (f) => `文件在第 ${f.row} 行开始的带引号的值中结束：缺少右引号 "。从第 ${f.row} 行起均未读取。`,
  csvRecordTooLong: (f) => `文件第 ${f.row} 行超过 ${f.limit} 个字符（可能有未闭合的引号），文件未读取。`,
  csvNotText: (f) => `该文件不是 UTF-8 或 GB 18030 编码的文本（约第 ${f.byte} 字节处无法读取）。请另存为“CSV UTF-8”后重新选择。`,
};

/** Traditional Chinese as written in Taiwan and Hong Kong: 「」 quotes, and Excel's own words there (列 is a row, 欄 a column, 儲存格 a cell). */
const refundHant = (r: Refund) => `電銷人員 ${r.repId} 記在 ${r.recorded} 的退款 ${r.amount}`;
const HINT_HANT: Record<NumberHint, string> = {
  amount: "請輸入數字，如 1200、1,200 或 85%。",
  month: "請輸入月份數字（如 3）或日期。",
  score: "請輸入分數，如 85。",
};
const MONTH_HINT_HANT = "請將月份寫成 2026-07、2026/7 或 2026年7月，或輸入日期。";
const quotedHant = (items: readonly string[]) => items.map((c) => `「${c}」`);

const subjectHant = subjectChinese("列", "欄");

const zhHant: Table = {
  booleanNotText: (f) => `${TF(f.value)} 不是 ${f.param} 的有效文字。請輸入名稱，或將儲存格留空。`,
  notFinite: (f) => `${subjectHant(f.subject)} 必須是有限的數字（目前為 ${f.value}）。`,
  notANumber: (f) => `「${f.text}」不是 ${subjectHant(f.subject)} 可用的數字。${HINT_HANT[f.hint]}`,
  tooLarge: (f) => `${subjectHant(f.subject)} 的值過大：「${f.text}」。`,
  booleanNotNumber: (f) => `${TF(f.value)} 不是 ${subjectHant(f.subject)} 可用的數字。請輸入數字，或將儲存格留空。`,
  notPositive: (f) => `${subjectHant(f.subject)} 必須大於 0（目前為 ${f.value}）。`,
  negative: (f) => `${subjectHant(f.subject)} 不能小於 0（目前為 ${f.value}）。`,
  notWhole: (f) => `${subjectHant(f.subject)} 必須是整數（目前為 ${f.value}）。`,
  dataType: (f) => `${f.param} 必須是數字或文字，不能是資料類型或清單。請輸入一般的值或儲存格參照。`,
  periodArg: (f) => `${f.param} 必須是 1 到 12 的月份數字或日期（目前為 ${f.value}）。例如 3 表示三月，也可輸入該月中的日期。`,
  choice: (f) => `${f.param} 必須是 ${quotedHant(f.choices).join(" 或 ")}（目前為「${f.text}」）。`,
  rangeSizes: (f) =>
    `${f.param} 有 ${f.rows} × ${f.columns} 個儲存格，但 ${f.other} 有 ${f.otherRows} × ${f.otherColumns} 個。請選取大小相同的範圍，或單一儲存格。`,
  notRectangular: (f) => `${f.param} 必須是矩形的儲存格範圍。請選取連續的儲存格，例如一欄。`,
  quarterCells: (f) => `${f.param} 包含 ${f.cells} 個儲存格，但一季只有 3 個月。請每月選取一個儲存格，最多 3 個。`,

  weightNegative: (f) => `權重不能小於 0（目前為 ${f.value}）。請更正方案中的權重。`,
  scoreNotFinite: (f) => `分數必須是有限的數字（目前為 ${f.value}）。`,
  policyNotLoaded: (f) => `權重方案未在 ${f.seconds} 秒內載入：TeleScore 的啟動程式沒有執行。請重新開啟活頁簿；若仍如此，請重新安裝增益集，或詢問系統管理員是否允許其執行。`,
  scoresTooLarge: () => "分數過大，無法合併。分數通常在 0 到 120 之間：請檢查輸入的儲存格。",
  cannotRound: (f) => `無法將 ${f.value} 四捨五入：該值必須是有限的數字。`,
  decimals: (f) => `decimals 必須是 0 到 15 的整數（目前為 ${f.value}）。`,
  cannotRank: (f) => `無法為 ${f.value} 排名：分數必須是有限的數字。`,
  unknownWeight: (f) => `未知的權重「${f.key}」。請使用方案中的維度鍵或「維度.指標」鍵：${f.known.join("、")}。`,
  unknownMetric: (f) => `未知的指標「${f.key}」。請使用方案中的「維度.指標」鍵：${f.known.join("、")}。`,
  unknownDimension: (f) => `未知的維度「${f.key}」。請使用方案中的維度：${f.known.join("、")}。`,
  ratingNoTarget: (f) => `${f.metric} 是方案 1–${f.scaleMax} 分制的評分，不需要目標。請將 target 留空。`,
  pointsCount: (f) =>
    `points 有 ${f.cells} 個儲存格，但「${f.dimension}」有 ${f.known.length} 個指標（${f.known.join("、")}）。請依此順序為每個指標提供一個分數儲存格，或在 metrics 中寫明指標。`,
  pointsMetricsCount: (f) => `points 與 metrics 的儲存格數必須相同（目前為 ${f.cells} 和 ${f.keys}）。`,
  notDimensionMetric: (f) => `「${f.key}」不是「${f.dimension}」的指標。請使用：${f.known.join("、")}。`,
  metricTwice: (f) => `metrics 中 ${f.metric} 出現了兩次。每個指標只寫一次。`,

  workdays: (f) => `workdays 必須大於 0（目前為 ${f.value}）。請輸入本月的工作天數。`,
  leaveDays: (f) => `leave_days 必須在 0 到本月工作天數 ${f.workdays} 之間（目前為 ${f.value}）。請輸入本月的請假天數。`,
  leaveWithoutWorkdays: (f) => `leave_days（${f.value}）需要 workdays 才能依比例折算目標。請輸入本月工作天數，或將 leave_days 留空。`,
  quarterShapes: (f) => `actuals 和 targets 的儲存格數必須相同（目前為 ${f.actuals} 和 ${f.targets}）。請在每個範圍中每月選取一個儲存格。`,
  quality: (f) => `quality 必須在 0 到 100 之間（目前為 ${f.value}）。請輸入主管給予的本季品質分數。`,
  qualityWeight: (f) => `品質權重必須在 0 到 1 之間（目前為 ${f.value}）。請在方案中設定季品質權重，如 0.3。`,

  target: (f) => `target 必須大於 0（目前為 ${f.value}）。請輸入該電銷人員本期的目標。`,
  actual: (f) => `actual 必須是有限的數字（目前為 ${f.value}）。請輸入該電銷人員本期的實際成果。`,
  attainment: (f) => `達成率必須是有限的數字（目前為 ${f.value}）。`,
  cap: (f) => `cap 必須大於 0（目前為 ${f.value}）。請輸入仍可得分的最高達成率，如 1.2 表示最高 120 分。`,
  floor: (f) => `floor 不能小於 0（目前為 ${f.value}）。請輸入低於即得 0 分的達成率，如 0.6；不設下限請填 0。`,

  scaleMax: (f) => `scale_max 必須是不小於 2 的整數（目前為 ${f.value}）。請輸入評分量表的最高分，如 5。`,
  rating: (f) => `rating 必須在 1 到 ${f.scaleMax} 之間（目前為 ${f.value}）。請依 1–${f.scaleMax} 分輸入主管評分。`,
  noDimension: (f) => `方案「${f.policy}」中沒有「${f.dimension}」維度。請先在方案中新增該維度，再計算其分數。`,
  csatMethod: (f) => `method 必須是 "top2" 或 "mean"（目前為「${f.text}」）。`,
  surveyRating: (f) => `滿意度評分必須是 1 到 ${f.scaleMax} 的整數（範圍中第 ${f.cell} 個儲存格為 ${f.value}）。請更正或清除該評分。`,

  unknownPosition: (f) => `未知的職位「${f.position}」。請使用方案中的職位之一：${positionsIn("zh-Hant", f.known).join("、")}。`,
  noBaseline: (f) => `職位「${f.position}」沒有指標「${f.metric}」的基準數。可用的指標：${f.known.join("、")}。`,
  month: (f) => `month 必須是 1 到 12 的整數（目前為 ${f.value}）。請輸入考核期間的月份，如 3 表示三月。`,
  negativeVolume: (f) => `${f.what} 不能為負數（目前為 ${f.value}）。請輸入不小於 0 的數量或分鐘數。`,
  baseline: (f) => `baseline 必須大於 0（目前為 ${f.value}）。請輸入該職位每月的基準數。`,

  serialRange: (f) => `${f.param} 必須是 1900-01-01 到 9999-12-31 之間的日期（目前為 ${f.value}）。請輸入日期或日期序列值。`,
  calendarDate: (f) => `${f.date} 不是 1900-01-01 到 9999-12-31 之間的日期。請輸入實際存在的日期。`,

  amountNotFinite: (f) => `金額必須是有限的數字（目前為 ${f.value}）。`,
  amountNotFiniteEnter: (f) => `金額必須是有限的數字（目前為 ${f.value}）。請輸入金額。`,
  amountTooLarge: (f) => `金額 ${f.value} 過大，無法精確到分（上限為 ±9,999,999,999,999.99）。`,
  tolerance: (f) => `tolerance 不能小於 0（目前為 ${f.value}）。請輸入可接受的最大差額，如 0.05。`,
  allocateZero: () => "無法分攤：各金額總和為 0，無法得出比例。請輸入總和不為 0 的金額。",

  refundNoPeriod: (f) => `沒有期間 ${f.refund.recorded}，無法記入${refundHant(f.refund)}。已知期間：${f.known.join("、")}。`,
  refundPeriodClosed: (f) => `期間 ${f.period} 已結帳，不會再改寫：請將${refundHant(f.refund)}記入實際入帳的未結帳期間。`,
  refundBeforeSale: (f) => `${refundHant(f.refund)}早於其銷售所屬期間 ${f.sale}。請記入 ${f.sale} 或之後的期間。`,
  refundNotPositive: (f) => `請將${refundHant(f.refund)}填為正數（目前為 ${f.refund.amount}）；該金額將從淨利中扣除。`,

  invalidDate: (f) => `${f.param} 中的日期無效。${MONTH_HINT_HANT}`,
  booleanNotMonth: (f) => `${TF(f.value)} 不是 ${f.param} 可用的月份。${MONTH_HINT_HANT}`,
  notAMonth: (f) => `「${f.text}」不是 ${f.param} 可用的月份。${MONTH_HINT_HANT}`,
  compactAmbiguous: (f) => `${f.param} 中的 ${f.digits} 可能是 ${f.form} 日期 ${f.padded}，也可能是 Excel 日期：請寫成文字 ${f.padded}，或輸入日期。`,
  compactUnconfirmed: (f) => `${f.param} 中的 ${f.digits} 看起來是 ${f.form} 格式的日期：請在欄位對應步驟中確認該格式後再讀取。`,
  yearNotMonth: (f) => `${f.param} 中的 ${f.value} 像是年份而不是月份。${MONTH_HINT_HANT}`,
  notADate: (f) => `${f.value} 不是 ${f.param} 可用的日期。${MONTH_HINT_HANT}`,
  dayOrMonth: (f) => `${f.param} 中的「${f.text}」無法確定是日/月還是月/日。請將日期寫成 ${f.year}-mm-dd。`,
  monthRange: (f) => `「${f.text}」不是 ${f.param} 可用的月份：月份必須在 1 到 12 之間。${MONTH_HINT_HANT}`,
  yearRange: (f) =>
    `${f.param} 中的「${f.text}」對應 ${f.year} 年，超出 ${f.from}–${f.to} 年的範圍。` +
    (f.yymmdd ? "它看起來是 yymmdd 格式的日期：請在欄位對應步驟中確認該格式後再讀取。" : `日期必須在 ${f.from}–${f.to} 年之間。`),
  choosePeriod: () => "請選擇考核期間，如 2026-07 或 2026-Q3。",
  quarterYear: (f) => `${f.year} 不是考核期間可用的年份：請使用 1900 到 9999。`,

  positionBlank: (f) => `第 ${f.row} 列的職位為空白。請填寫該電銷人員的職位，可選：${positionsIn("zh-Hant", f.known).join("、")}。`,
  leaveNeedsWorkdays: (f) => `leave_days（${f.value}）需要工作天數才能依比例折算目標。請為工作天數指定一欄，或將請假天數留空。`,
  sourceMoved: () => "資料列已移動（資料被排序或修改）：請重新產生考核表。",
  durationTooLarge: (f) => `${f.param} 的時間長度過大（目前為 ${f.value}）。`,
  mapFirst: (f) => `${f.then === "review" ? "產生考核表" : "彙總通話明細"}前，請為${f.fields.map((g) => g.map((l) => l["zh-Hant"]).join("或")).join("、")}指定一欄。`,
  notAnswered: (f) => `「${f.text}」不是 ${f.param} 可辨識的接通標記。請在欄位對應步驟中說明它是否表示已接通（可辨識：Y/N、是/否、TRUE/FALSE、1/0）。`,
  agentBlank: () => "電銷人員為空白。",
  repBlank: () => "員工編號和姓名皆為空白。",
  periodBlank: () => "期間為空白。",
  atRow: (f) => `第 ${f.row} 列：`,
  sameRepMonth: (f) => `第 ${f.rows.join("、")} 列是同一電銷人員的同一月份。`,
  dateBlank: () => "日期為空白。",
  ratingOffScale: (f) => `${f.param} 必須是 1 到 ${f.scale} 的整數（目前為 ${f.value}）。`,
  csvUnclosedQuote: (f) => `檔案在第 ${f.row} 列開始的引號內結束：缺少右引號 "。自第 ${f.row} 列起皆未讀取。`,
  csvRecordTooLong: (f) => `檔案第 ${f.row} 列超過 ${f.limit} 個字元（可能有未閉合的引號），檔案未讀取。`,
  csvNotText: (f) => `此檔案不是 UTF-8 或 GB 18030 編碼的文字（約第 ${f.byte} 個位元組處無法讀取）。請另存為「CSV UTF-8」格式後重新選取。`,
};

const TABLES: Record<Locale, Table> = { en, zh, "zh-Hant": zhHant };

/** Chinese typography: no space next to full-width punctuation (the templates space Latin words apart). */
const tidyZh = (text: string) => text.replace(/ *([（），。：；、“”「」]) */g, "$1");

/**
 * The language for an Office display language tag (BCP 47, as Office.context.displayLanguage gives
 * it): Traditional Chinese for Taiwan, Hong Kong and Macao and for a tag that names the Hant script
 * (zh-TW, zh-HK, zh-MO, zh-Hant…), Simplified for every other "zh" tag (zh-CN, zh-SG, zh-Hans, zh),
 * English for everything else or no tag. The pane and the functions both choose by it.
 */
export function langOfDisplayLanguage(tag: string | null | undefined): Locale {
  const subtags = (tag ?? "").trim().toLowerCase().split(/[-_]/);
  if (subtags[0] !== "zh") return "en";
  return subtags.slice(1).some((s) => s === "hant" || s === "tw" || s === "hk" || s === "mo") ? "zh-Hant" : "zh";
}

/** The message of a code in a language. */
export function messageText<C extends MessageCode>(lang: Locale, code: C, facts: MessageFacts<C>): string {
  const text = (TABLES[lang][code] as (facts: MessageFacts<C>) => string)(facts);
  return isChinese(lang) ? tidyZh(text) : text;
}

/** Every code, for tests that check each one is written in each language. */
export const MESSAGE_CODES = Object.keys(en) as MessageCode[];
