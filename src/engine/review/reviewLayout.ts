/**
 * The review sheet as a plan the Excel adapter writes (docs/review.md, "What is on the sheet"): its columns
 * with English and Chinese headers and number formats, and each rep's row of cells, either live
 * (TELE formulas over the source cells, so a corrected input or a new policy flows through) or as a
 * values-only snapshot that opens correctly without the add-in. Nothing here touches Office.
 *
 * A row is an array of cells, one per column: a number, a string (a formula when it starts with
 * "="; text made safe by safeText otherwise), "" for an empty cell, or null for "leave the cell as
 * it is" (the manager's comment and sign-off, kept on regeneration). Office's `Range.formulas`
 * takes all of these in one 2-D array; a null is skipped by the update.
 */
import { labelIn, LIST_SEPARATOR, LOCALES, type Locale, type Localized, type PolicyLabel } from "../locale";
import { positionText, type Baseline, type Metric, type Policy } from "../policy";
import { DEFAULT_CAP } from "../points";
import type { DurationUnit } from "./duration";
import { METRIC_SOURCES, NET_PROFIT_TERMS, teleField, type FieldKey } from "./fields";
import type { ColumnUnits } from "./records";
import { periodKey, type Period } from "./period";
import type { MetricResult, ReviewRow } from "./reviewRows";

export type SheetCell = string | number | null;

export const NUMBER_FORMATS = {
  text: "General",
  score: "0.0",
  money: "#,##0.00",
  /** CSAT is kept in % points (85 means 85%), so the sign is a literal, not Excel's ×100 percent format. */
  percent: '0.0"%"',
  share: "0%",
  count: "#,##0",
  minutes: "#,##0.0",
  rating: "0.0",
  rank: "0",
} as const;

export type ColumnRole =
  | { kind: "repId" | "repName" | "period" | "presence" | "quality" | "total" | "grade" | "rank" | "missing" | "comment" | "signedOff" }
  | { kind: "actual" | "target" | "points"; metric: Metric; dimension: string }
  | { kind: "dimension"; dimension: string }
  /** The policy's positions, to write a rep's position by its name in the sheet's language. */
  | { kind: "position"; baselines: readonly Baseline[] };

export interface ReviewColumn {
  key: string;
  role: ColumnRole;
  header: Localized;
  numberFormat: string;
  /** Typed by a person; regenerating the review never writes these cells. */
  manual: boolean;
}

const column = (key: string, role: ColumnRole, header: Localized, numberFormat: string, manual = false): ReviewColumn => ({
  key,
  role,
  header,
  numberFormat,
  manual,
});

const UNIT_FORMAT: Record<Metric["unit"], string> = {
  count: NUMBER_FORMATS.count,
  minutes: NUMBER_FORMATS.minutes,
  money: NUMBER_FORMATS.money,
  percent: NUMBER_FORMATS.percent,
  rating: NUMBER_FORMATS.rating,
};

const TARGET_WORD: Record<Metric["scoring"], Localized> = {
  baseline: { en: "baseline", zh: "基准", "zh-Hant": "基準數" },
  target: { en: "target", zh: "目标", "zh-Hant": "目標" },
  fixed: { en: "target", zh: "目标", "zh-Hant": "目標" },
  rating: { en: "scale", zh: "满分", "zh-Hant": "滿分" },
};

const PART_WORD: Record<"actual" | "target" | "points", Localized | null> = {
  actual: { en: "actual", zh: "实际", "zh-Hant": "實際" },
  target: null,
  points: { en: "points", zh: "得分", "zh-Hant": "得分" },
};

/** A name in every language: a policy label's Traditional name falls back to its Simplified one. */
const everyLanguage = (label: PolicyLabel): Localized => Object.fromEntries(LOCALES.map((l) => [l, labelIn(label, l)])) as Localized;

/** A metric column's header: "Net profit – actual" / "净利润实际"; the target's word depends on the scoring (TARGET_WORD). */
export function metricColumnHeader(label: PolicyLabel, part: keyof typeof PART_WORD, target = TARGET_WORD.target): Localized {
  const word = PART_WORD[part] ?? target;
  const name = everyLanguage(label);
  return Object.fromEntries(LOCALES.map((l) => [l, l === "en" ? `${name.en} – ${word.en}` : `${name[l]}${word[l]}`])) as Localized;
}

/** The review's columns for the policy and the kind of period, left to right. */
export function reviewColumns(policy: Policy, period: Period): ReviewColumn[] {
  const metricColumns = policy.dimensions.flatMap((d) =>
    d.metrics.flatMap((m) => {
      const label = m.label ?? { en: m.key, zh: m.key };
      const target = period.kind === "quarter" && m.scoring === "baseline" ? TARGET_WORD.target : TARGET_WORD[m.scoring];
      const header = (part: keyof typeof PART_WORD) => metricColumnHeader(label, part, target);
      return [
        column(`${m.key}.actual`, { kind: "actual", metric: m, dimension: d.key }, header("actual"), UNIT_FORMAT[m.unit]),
        column(`${m.key}.target`, { kind: "target", metric: m, dimension: d.key }, header("target"), UNIT_FORMAT[m.unit]),
        column(`${m.key}.points`, { kind: "points", metric: m, dimension: d.key }, header("points"), NUMBER_FORMATS.score),
      ];
    }),
  );
  return [
    column("repId", { kind: "repId" }, { en: "Rep ID", zh: "工号", "zh-Hant": "員工編號" }, NUMBER_FORMATS.text),
    column("repName", { kind: "repName" }, { en: "Name", zh: "姓名", "zh-Hant": "姓名" }, NUMBER_FORMATS.text),
    column("position", { kind: "position", baselines: policy.baselines }, { en: "Position", zh: "岗位", "zh-Hant": "職位" }, NUMBER_FORMATS.text),
    column("period", { kind: "period" }, { en: "Period", zh: "期间", "zh-Hant": "期間" }, NUMBER_FORMATS.text),
    period.kind === "month"
      ? column("presence", { kind: "presence" }, { en: "Presence", zh: "出勤率", "zh-Hant": "出勤率" }, NUMBER_FORMATS.share)
      : column("quality", { kind: "quality" }, { en: "Quality score", zh: "质量评分", "zh-Hant": "品質評分" }, NUMBER_FORMATS.score),
    ...metricColumns,
    ...policy.dimensions.map((d) => {
      const name = everyLanguage(d.label ?? { en: d.key, zh: d.key });
      const header = { en: `${name.en} score`, zh: `${name.zh}得分`, "zh-Hant": `${name["zh-Hant"]}得分` };
      return column(`dimension.${d.key}`, { kind: "dimension", dimension: d.key }, header, NUMBER_FORMATS.score);
    }),
    column("total", { kind: "total" }, { en: "Total", zh: "总分", "zh-Hant": "總分" }, NUMBER_FORMATS.score),
    column("grade", { kind: "grade" }, { en: "Grade", zh: "等级", "zh-Hant": "等級" }, NUMBER_FORMATS.text),
    column("rank", { kind: "rank" }, { en: "Rank", zh: "排名", "zh-Hant": "排名" }, NUMBER_FORMATS.rank),
    column("missing", { kind: "missing" }, { en: "Missing metrics", zh: "缺失指标", "zh-Hant": "缺漏指標" }, NUMBER_FORMATS.text),
    column("comment", { kind: "comment" }, { en: "Manager comment", zh: "主管评语", "zh-Hant": "主管評語" }, NUMBER_FORMATS.text, true),
    column("signedOff", { kind: "signedOff" }, { en: "Signed off", zh: "签字确认", "zh-Hant": "簽核" }, NUMBER_FORMATS.text, true),
  ];
}

const REVIEW_WORD: Localized = { en: "Review", zh: "考核", "zh-Hant": "考核" };

/** "Review 2026-07" / "考核 2026-Q3": valid sheet names (no : \ / ? * [ ], under 31 characters). */
export function reviewSheetName(period: Period, lang: Locale): string {
  return `${REVIEW_WORD[lang]} ${periodKey(period)}`;
}

/** The most characters a cell holds, and so the most Excel reads as one cell's input. */
const MAX_CELL_INPUT = 32_767;

/**
 * Text exactly as given, written so that Excel keeps it as text. Range.values and Range.formulas
 * parse a string as if typed: one starting with = + - (and @) becomes a formula (Microsoft's
 * Excel.Range.values reference), "00123" a number, "2026-07" a date, "TRUE" a boolean, "#N/A" an
 * error. A leading apostrophe makes Excel store the rest as text (the quote-prefix flag; the
 * apostrophe is not part of the value and Range.values reads the text back without it), so it is
 * added whenever the text could be read as anything else: when it does not start with a letter
 * (formula signs, digits, spaces, tabs, line breaks, control characters, quotes, #), when it is
 * TRUE or FALSE, and when it starts like a date with a month name ("May 5"). Plain names are left
 * as they are. Every other character is kept, control characters included: the text came from a
 * cell, so Excel holds it.
 *
 * What is written is at most MAX_CELL_INPUT characters, the apostrophe included. Excel reads what
 * is written as typed input, and a cell takes at most 32,767 characters; Microsoft does not say
 * whether the apostrophe counts, and the emulated host (src/workbench/excel/cellInput.ts) refuses
 * the write when it does, so the input stays within the limit either way. The one text that cannot
 * come through whole is therefore one of exactly 32,767 characters that needs the apostrophe: it
 * loses its last character (its last two rather than half an emoji), and is still text. A refused
 * write would fail the whole review instead.
 */
export function safeText(text: string): string {
  if (text === "") return "";
  const readAsSomethingElse =
    !/^\p{L}/u.test(text) ||
    /^(true|false)$/i.test(text.trim()) ||
    /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s,/-]*\d/i.test(text);
  const input = readAsSomethingElse ? `'${text}` : text;
  if (input.length <= MAX_CELL_INPUT) return input;
  const cut = input.slice(0, MAX_CELL_INPUT);
  // A high surrogate at the end would be half a character (an emoji, a rare CJK ideograph).
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const text = (s: string | null): string => (s === null ? "" : safeText(s));
const num = (x: number | null): number | string => (x === null ? "" : x);
const metricOf = (row: ReviewRow, key: string): MetricResult | undefined => row.metrics.find((m) => m.key === key);

/** Cells shared by both modes: who, the period, and the manual cells (null: left alone). */
function commonCell(col: ReviewColumn, row: ReviewRow, lang: Locale): SheetCell | undefined {
  const role = col.role;
  switch (role.kind) {
    case "repId":
      return text(row.repId);
    case "repName":
      return text(row.repName);
    case "position":
      return text(row.position === null ? null : positionText(role.baselines, row.position, lang));
    case "period":
      return text(row.period);
    case "comment":
    case "signedOff":
      return null;
    default:
      return undefined;
  }
}

/** A metric's name on the sheet, in its language: its label, else its key. */
function metricName(columns: readonly ReviewColumn[], key: string, lang: Locale): string {
  const role = columns.find((c) => c.role.kind === "points" && c.role.metric.key === key)?.role;
  return (role && "metric" in role && role.metric.label ? labelIn(role.metric.label, lang) : undefined) ?? key;
}

/** The values-only row: every score a number, as the engine computed it (display rounds, the cell does not). */
export function valueRow(columns: ReviewColumn[], row: ReviewRow, lang: Locale = "en"): SheetCell[] {
  return columns.map((col) => {
    const common = commonCell(col, row, lang);
    if (common !== undefined) return common;
    const role = col.role;
    switch (role.kind) {
      case "presence":
        return num(row.presence);
      case "quality":
        return num(row.quality);
      case "actual":
      case "target":
      case "points":
        return num(metricOf(row, role.metric.key)?.[role.kind] ?? null);
      case "dimension":
        return num(row.dimensions[role.dimension] ?? null);
      case "total":
        return num(row.total);
      case "grade":
        return text(row.grade);
      case "rank":
        return num(row.rank);
      default:
        return text(row.missing.map((key) => metricName(columns, key, lang)).join(LIST_SEPARATOR[lang]));
    }
  });
}

export interface LiveContext {
  /** This row's sheet row number, and the review table's first and last data rows (for RANK.EQ). */
  sheetRow: number;
  firstRow: number;
  lastRow: number;
  /** The sheet column (0-based, A = 0) of each review column, by key: a table a manager added columns to is not contiguous. Default: the columns' order from A. */
  column?: (key: string) => number;
  /**
   * The absolute A1 address (sheet-qualified, e.g. "Data!$D$5") of a field's cell in a source row,
   * or null when the field has no column. Absolute, so that sorting the review moves no reference:
   * a formula's own row is relative, every other cell is pinned.
   */
  source: (field: FieldKey, sourceIndex: number) => string | null;
  /** How each column's numbers are read (records.columnUnits): a duration's unit, a percent column of fractions. Default: minutes, % points. */
  units?: ColumnUnits;
  /** The sheet's language, for positions and the metric names in "Missing metrics". Default English. */
  lang?: Locale;
}

const TO_MINUTES: Record<DurationUnit, string> = { minutes: "", seconds: "/60", hours: "*60", time: "*1440" };
const DEFAULT_DIMENSIONS = ["workload", "sales", "initiatives"];

/**
 * A source cell as the review reads it, in a formula: what records.ts reads, so that live and
 * values-only see the same number (docs/review.md, "One reading of a cell"). Text a TELE function
 * coerces (" 85", "1,200") is passed as it is, since the functions coerce as records.ts does;
 * what records.ts reads beyond that is written out: a duration typed as h:mm:ss text is a time
 * (Excel's arithmetic reads "25:00:00" as 25 hours), a percentage typed with its sign is in %
 * points ("90%" is 90), a column of fractions is scaled.
 */
function readCell(cell: string, field: FieldKey, units: ColumnUnits | undefined): string {
  switch (teleField(field).kind) {
    case "duration": {
      const scale = TO_MINUTES[units?.duration[field] ?? "minutes"];
      return `IF(ISNUMBER(SEARCH(":",${cell})),${cell}*1440,${cell}${scale})`;
    }
    case "percent":
      return `IF(ISNUMBER(SEARCH("%",${cell})),100*${cell},${cell}${units?.fraction[field] ? "*100" : ""})`;
    default:
      return cell;
  }
}

/** A string literal in a formula: quotes doubled. */
export const excelString = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** "f(a,b,,d)": blank arguments in the middle are omitted arguments, trailing ones are dropped. */
function call(fn: string, args: (string | null)[]): string {
  const used = [...args];
  while (used.length > 0 && used[used.length - 1] === null) used.pop();
  return `${fn}(${used.map((a) => a ?? "").join(",")})`;
}

/** Σ w·p / Σ w over the cells that are not blank; blank when all are; an error in a cell shows. */
function weightedMeanFormula(cells: string[], weights: string[]): string {
  const allBlank = `AND(${cells.map((c) => `${c}=""`).join(",")})`;
  const sum = cells.map((c, i) => `IF(${c}="",0,${c}*${weights[i]})`).join("+");
  const weight = cells.map((c, i) => `(${c}<>"")*${weights[i]}`).join("+");
  return `=IF(${allBlank},"",(${sum})/(${weight}))`;
}

/** 0 points below the floor: points under 100 × floor happen exactly when attainment is under it (floor <= cap). */
function withFloor(expression: string, floor: number): string {
  return floor > 0 ? `=IF(${expression}="","",IF(${expression}<${100 * floor},0,${expression}))` : `=${expression}`;
}

/**
 * The live row: identity and (for a quarter) the summed actuals and targets as values, every score a
 * formula. Month: actuals reference the source cells, baselines are TELE.BASELINE of the rep's
 * position cell, points are MONTH_SCORE (with workdays and leave), SALES_SCORE and PROFIT_SCORE.
 * Quarter: points are QUARTER_SCORE over the row's sums with the quality cell. A rule those
 * functions cannot express (direction "lower"; in a quarter also a floor or a cap other than 1.2) is
 * written as the computed value instead, so live and values-only never disagree.
 */
export function liveRow(columns: ReviewColumn[], row: ReviewRow, policy: Policy, ctx: LiveContext): SheetCell[] {
  const columnOf = ctx.column ?? ((key: string) => columns.findIndex((c) => c.key === key));
  const letterOf = (key: string): string => columnLetter(columnOf(key));
  const self = (key: string): string => `${letterOf(key)}${ctx.sheetRow}`;
  const isMonth = columns.some((c) => c.role.kind === "presence");
  const src = (field: FieldKey): string | null => (isMonth ? ctx.source(field, row.sourceIndexes[0]) : null);
  // A month's period cell checks that the data row still holds this rep and month (TELE.SOURCE_ROW: the
  // month, or #N/A), and every cell that reads the data reads it only while that cell holds the month:
  // LEN passes the #N/A on, so data sorted since is never read silently (docs/review.md, "Live or values
  // only"). LEN, not a comparison: the cheapest test that passes an error on.
  const guard = self("period");
  const guarded = (formula: string): string => `=IF(LEN(${guard}),${formula})`;

  const actual = (metric: Metric): SheetCell => {
    if (!isMonth) return num(metricOf(row, metric.key)?.actual ?? null);
    const from = METRIC_SOURCES[metric.key]?.actual;
    if (from === undefined) return "";
    if (from === "netProfit") {
      const [revenue, cost, ...rest] = NET_PROFIT_TERMS.map(src);
      return revenue === null || cost === null ? "" : guarded(call("TELE.NET_PROFIT", [revenue, cost, ...rest]));
    }
    const cell = src(from);
    if (cell === null) return "";
    return guarded(`IF(${cell}="","",${readCell(cell, from, ctx.units)})`);
  };

  const target = (metric: Metric): SheetCell => {
    if (!isMonth) return num(metricOf(row, metric.key)?.target ?? null);
    switch (metric.scoring) {
      case "baseline":
        // the month as a number: the review's month is fixed, and a text period cell ("2026-07") is no date to TELE.BASELINE
        return guarded(call("TELE.BASELINE", [excelString(metric.key), src("position"), String(row.sourceMonths[0].month)]));
      case "target": {
        const field = METRIC_SOURCES[metric.key]?.target;
        const cell = field ? src(field) : null;
        return cell === null ? "" : guarded(`IF(${cell}="","",${cell})`);
      }
      case "fixed":
        return metric.target ?? "";
      default:
        return policy.ratingScale;
    }
  };

  const points = (metric: Metric): SheetCell => {
    const computed = num(metricOf(row, metric.key)?.points ?? null);
    const a = self(`${metric.key}.actual`);
    const t = self(`${metric.key}.target`);
    if (metric.scoring === "rating") return `=IF(${a}="","",100*${a}/${t})`;
    const own = METRIC_SOURCES[metric.key]?.score; // the function that scores the metric by the policy's own rule
    if (isMonth && own) return `=${call(own, [a, t])}`;
    if (metric.direction !== "higher") return computed;
    const cap = metric.cap === DEFAULT_CAP ? null : String(metric.cap);
    if (isMonth) {
      const presenceArgs = metric.scoring === "baseline" ? [src("workdays"), src("leaveDays")] : [null, null];
      return withFloor(call("TELE.MONTH_SCORE", [a, t, ...presenceArgs, cap]), metric.floor);
    }
    if (cap !== null || metric.floor > 0) return computed;
    return `=${call("TELE.QUARTER_SCORE", [a, t, self("quality")])}`;
  };

  const pointsColumns = columns.flatMap((c) => (c.role.kind === "points" ? [{ key: c.key, metric: c.role.metric, dimension: c.role.dimension }] : []));

  return columns.map((col) => {
    const role = col.role;
    if (isMonth && role.kind === "period") return `=${call("TELE.SOURCE_ROW", [excelString(row.period), src("period"), self("repId"), self("repName"), src("repId"), src("repName")])}`;
    const common = commonCell(col, row, ctx.lang ?? "en");
    if (common !== undefined) return common;
    switch (role.kind) {
      case "presence": {
        const workdays = src("workdays");
        const leave = src("leaveDays");
        // Leave as records.ts reads it: blank is 0, the text "5" is 5 (N() would make it 0).
        return workdays === null ? "" : guarded(`IF(${workdays}="","",(${workdays}-${leave === null ? 0 : `IF(${leave}="",0,${leave})`})/${workdays})`);
      }
      case "quality":
        return num(row.quality);
      case "actual":
        return actual(role.metric);
      case "target":
        return target(role.metric);
      case "points":
        return points(role.metric);
      case "dimension": {
        const own = pointsColumns.filter((p) => p.dimension === role.dimension);
        return weightedMeanFormula(
          own.map((p) => self(p.key)),
          own.map((p) => `TELE.WEIGHT(${excelString(`${p.dimension}.${p.metric.key}`)})`),
        );
      }
      case "total": {
        const keys = policy.dimensions.map((d) => d.key);
        const isDefault = keys.length === 3 && DEFAULT_DIMENSIONS.every((k) => keys.includes(k));
        return isDefault
          ? `=${call("TELE.TOTAL_SCORE", DEFAULT_DIMENSIONS.map((k) => self(`dimension.${k}`)))}`
          : weightedMeanFormula(keys.map((k) => self(`dimension.${k}`)), keys.map((k) => `TELE.WEIGHT(${excelString(k)})`));
      }
      case "grade":
        return `=TELE.GRADE(${self("total")})`;
      case "rank": {
        const letter = letterOf("total");
        return `=IF(ISNUMBER(${self("total")}),RANK.EQ(${self("total")},$${letter}$${ctx.firstRow}:$${letter}$${ctx.lastRow}),"")`;
      }
      default:
        // A name over 255 characters is cut: Excel refuses a longer string in a formula.
        return `=TEXTJOIN(", ",TRUE(),${pointsColumns.map((p) => `IF(${self(p.key)}="",${excelString(metricName(columns, p.metric.key, ctx.lang ?? "en").slice(0, 255))},"")`).join(",")})`;
    }
  });
}
