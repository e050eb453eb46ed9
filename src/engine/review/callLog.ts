/**
 * A dialer's per-call log, aggregated per rep per month (docs/review.md, "The per-call log"): calls = rows,
 * answered calls, talk minutes (summed in whole milliseconds, so exact to the second), customers
 * handled (distinct customer ids, when the log has them) and CSAT from the survey ratings present
 * (docs/method.md, "Ratings and satisfaction", the policy's method). Agents are matched ignoring case and spacing ("  jim " is
 * "Jim") and shown with their most frequent spelling. Real exports are read as docs/review.md,
 * "Reading real exports", says: rows of pseudo-agents and repeated rows are left out and counted,
 * dates outside the plausible years are row problems, answered words mean what the user says, and
 * the talk-time unit is reported with where it came from. The result is laid out as a rep-period
 * table the user completes (position, revenue, ratings) before the review.
 */
import { ScoreError, valueError } from "../errors";
import { readNumber, readText, type CellValue } from "../input";
import type { Policy } from "../policy";
import { csat } from "../ratings";
import { columnUnit, durationMillis, type ColumnUnit, type DurationUnit } from "./duration";
import { teleField, type FieldDef, type FieldKey } from "./fields";
import { matchHeaders, type HeaderMapping } from "./headerMapping";
import { answerKey, DEFAULT_CALL_LOG_RULES, type CallLogRules } from "./callLogRules";
import { CompactFormDetector, detectCompactForm, monthKey, parseMonth, type DateRules, type DetectedDateForm, type Month } from "./period";
import { nameKey } from "../names";
import type { SourceTable } from "./records";
import { RowHashes } from "./rowHashes";
import type { Locale } from "../locale";

export type CallLogField = "agent" | "date" | "time" | "callId" | "customer" | "answered" | "talkDuration" | "satisfaction";

const logField = (key: CallLogField, [en, zh, hant]: [string, string, string], synonyms: string[]): FieldDef<CallLogField> => ({
  key,
  label: { en, zh, "zh-Hant": hant },
  synonyms: [en, zh, hant, ...synonyms],
});

export const CALL_LOG_FIELDS: readonly FieldDef<CallLogField>[] = [
  logField("agent", ["Agent", "坐席", "電銷人員"], ["agent name", "rep", "rep name", "operator", "employee", "name", "坐席姓名", "员工", "姓名", "客服", "业务员", "坐席名称"]),
  logField("date", ["Date", "日期", "日期"], ["call date", "date time", "datetime", "start time", "call start", "通话日期", "呼叫日期", "呼叫时间", "开始时间", "拨打时间"]),
  // Read only to tell calls apart: two calls of one agent on one day differ by their time or id, not by a duplicate.
  logField("time", ["Time", "时刻", "時刻"], ["call time", "time of call", "time of day", "通话时刻"]),
  logField("callId", ["Call ID", "通话编号", "通話編號"], ["call id", "call no", "call number", "record id", "通话id", "呼叫id", "话单编号", "通话记录编号"]),
  logField("customer", ["Customer ID", "客户编号", "客戶編號"], [
    "customer", "customer no", "customer number", "client", "client id", "contact", "contact id", "account", "account id",
    "客户", "客户id", "客户号", "客户账号", "联系人", "账户", "客户名称",
  ]),
  logField("answered", ["Answered", "是否接通", "是否接通"], ["is answered", "connected", "call answered", "outcome", "call result", "result", "接通", "接通状态", "已接通", "通话结果", "呼叫结果"]),
  logField("talkDuration", ["Talk duration", "通话时长", "通話時間"], [
    "avg talk duration", "talk time", "duration", "call duration", "talk seconds", "通话时间", "通话秒数", "时长",
  ]),
  logField("satisfaction", ["Satisfaction rating", "满意度评分", "滿意度評分"], ["satisfaction", "rating", "csat", "survey rating", "满意度", "评分", "客户评分"]),
];

export const CALL_LOG_REQUIRED: readonly (readonly CallLogField[])[] = [["agent"], ["date"]];

export function mapCallLogHeaders(headers: string[], overrides?: Record<number, CallLogField | null>): HeaderMapping<CallLogField> {
  return matchHeaders(CALL_LOG_FIELDS, CALL_LOG_REQUIRED, headers, overrides);
}

/** Flags and outcome words whose meaning is not in doubt; other words are the user's to say (rules.answeredValues). */
const KNOWN_ANSWERS: ReadonlyMap<string, boolean> = new Map([
  ...["y", "yes", "true", "1", "是", "接通", "已接通", "connected", "answered"].map((v) => [v, true] as const),
  ...["n", "no", "false", "0", "否", "未接通", "未接", "no answer", "not answered", "unanswered", "missed", "busy", "无人接听", "無人接聽", "占线", "佔線"].map((v) => [v, false] as const),
]);

/** What an answered value means: the user's word first, then the known flags; null when neither says. */
export function answerMeaning(value: string, meanings: Readonly<Record<string, boolean>> = {}): { answered: boolean; by: "you" | "known" } | null {
  const key = answerKey(value);
  if (Object.prototype.hasOwnProperty.call(meanings, key)) return { answered: meanings[key], by: "you" };
  const known = KNOWN_ANSWERS.get(key);
  return known === undefined ? null : { answered: known, by: "known" };
}

/**
 * An answered flag: Y/N, yes/no, 是/否, TRUE/FALSE, 1/0, connected/no answer, 已接通/未接通, or a word
 * the user gave a meaning (`meanings`, by answerKey); blank is null; anything else #VALUE!.
 */
export function readAnswered(value: CellValue, param: string, meanings: Readonly<Record<string, boolean>> = {}): boolean | null {
  if (typeof value === "boolean") return value;
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (text === "") return null;
  const meaning = answerMeaning(text, meanings);
  if (meaning) return meaning.answered;
  throw valueError("notAnswered", { text, param });
}

/** One value of the answered column, with how many calls hold it and what it is taken to mean (null: nobody said). */
export interface AnswerValue {
  /** As first written in the log (trimmed). */
  value: string;
  key: string;
  calls: number;
  answered: boolean | null;
  by: "you" | "known" | null;
}

/** The distinct values of the answered column, most frequent first, for the pane's value-mapping step; null without the column. */
export function answerValues(table: SourceTable, mapping: HeaderMapping<CallLogField>, meanings: Readonly<Record<string, boolean>> = {}): AnswerValue[] | null {
  const column = mapping.columns.answered;
  if (column === undefined) return null;
  const tally = new AnswerTally(column, meanings);
  for (const cells of table.rows) tally.add(cells);
  return tally.values();
}

/**
 * answerValues one row at a time, for a log read as a stream. An outcome column holds a few words;
 * past MAX_ANSWER_VALUES distinct ones the column is not one, and the rest are not listed (their
 * rows are still problems if nobody said what they mean).
 */
export const MAX_ANSWER_VALUES = 1000;

export class AnswerTally {
  private readonly found = new Map<string, AnswerValue>();

  constructor(
    private readonly column: number,
    private readonly meanings: Readonly<Record<string, boolean>> = {},
  ) {}

  add(cells: CellValue[]): void {
    const v = cells[this.column];
    if (v === null || v === undefined || typeof v === "boolean") return;
    const value = String(v).trim();
    if (value === "") return;
    const key = answerKey(value);
    const entry = this.found.get(key);
    if (entry) entry.calls += 1;
    else if (this.found.size < MAX_ANSWER_VALUES) {
      const meaning = answerMeaning(value, this.meanings);
      this.found.set(key, { value, key, calls: 1, answered: meaning?.answered ?? null, by: meaning?.by ?? null });
    }
  }

  values(): AnswerValue[] {
    return [...this.found.values()].sort((a, b) => b.calls - a.calls);
  }
}

/**
 * A number without a unit in a talk-duration column: under 1 it can only be Excel's fraction of a
 * day (a call of under a second is not a call), so a column of those is reported as times; 1 or
 * more is seconds, as dialers export them. The user's choice, the header ("(秒)", "(in minutes)")
 * or an h:mm:ss number format decide first, for the whole column.
 */
const guessUnit = (v: CellValue): DurationUnit => (typeof v === "number" && v < 1 ? "time" : "seconds");


/** The compact date form the log's date column is written in, if any (see detectCompactForm). */
export function callDateForm(table: SourceTable, mapping: HeaderMapping<CallLogField>, rules: Pick<CallLogRules, "years"> = DEFAULT_CALL_LOG_RULES): DetectedDateForm | null {
  const column = mapping.columns.date;
  return column === undefined ? null : detectCompactForm(table.rows.map((r) => r[column]), rules.years);
}

export interface AgentMonth {
  agentKey: string;
  /** The agent's most frequent spelling (trimmed); ties go to the spelling seen first. */
  agent: string;
  month: Month;
  /** "2021-01" */
  period: string;
  /** Rows, answered or not. */
  calls: number;
  /** null when the log has no answered column. */
  answered: number | null;
  /** null when the log has no talk duration column. */
  talkMinutes: number | null;
  /** Distinct customer ids among the agent's calls of the month (blank ids not counted); null without a customer column. */
  customers: number | null;
  /** Survey ratings present. */
  rated: number;
  /** CSAT % by the policy's method; null without ratings. */
  csat: number | null;
}

export interface CallLogProblem {
  row: number;
  /** Why, as a message code: error.text(lang) words it in a language. */
  error: ScoreError;
}

/** What the log held besides the calls counted: each count is also a promise that nothing else was left out. */
export interface CallLogReport {
  /** Rows of agent values in rules.excludedAgents, per value as first written ("" for blank), most calls first. */
  pseudoAgents: { agent: string; calls: number }[];
  /** Rows identical in every mapped column to an earlier row: each with the row it repeats. */
  duplicates: { row: number; repeats: number }[];
  /** Whether the duplicates were left out (rules.dropDuplicates). */
  duplicatesDropped: boolean;
  /** Calls counted whose talk time is 0 (not blank). */
  zeroSecondCalls: number;
  talkUnit: ColumnUnit | null;
  /** A compact date form found in the date column, and whether the user confirmed it. */
  dateForm: (DetectedDateForm & { confirmed: boolean }) | null;
  /** Whether a customer id column is mapped (customers handled is counted only then). */
  customers: boolean;
}

interface Accumulator {
  month: Month;
  calls: number;
  answered: number;
  millis: number;
  customers: Set<string>;
  /** How many ratings of each value 1..scale (index 0 unused): bounded by the scale, not by the calls. */
  ratings: number[];
}

interface Agent {
  key: string;
  spellings: Map<string, number>;
  months: Map<string, Accumulator>;
}

const isBlank = (v: CellValue): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A row's mapped cells as one comparable key: strings trimmed, types kept apart (1 is not "1"). */
function rowKey(cells: CellValue[], columns: number[]): string {
  return JSON.stringify(columns.map((c) => (typeof cells[c] === "string" ? (cells[c] as string).trim() : (cells[c] ?? null))));
}

/** The talk-duration column's guessed unit, one value at a time: a time only when every number in it is under 1. */
class UnitGuess {
  private numbers = 0;
  private times = 0;

  add(v: CellValue): void {
    if (typeof v !== "number") return;
    this.numbers += 1;
    if (guessUnit(v) === "time") this.times += 1;
  }

  get unit(): DurationUnit {
    return this.numbers > 0 && this.times === this.numbers ? "time" : "seconds";
  }
}

export function talkDurationUnit(table: SourceTable, mapping: HeaderMapping<CallLogField>, rules: Pick<CallLogRules, "talkUnit"> = DEFAULT_CALL_LOG_RULES): ColumnUnit | null {
  const column = mapping.columns.talkDuration;
  if (column === undefined) return null;
  const guess = new UnitGuess();
  return columnUnit(rules.talkUnit, mapping.headers[column].unit, table.numberFormats?.[column], () => {
    for (const r of table.rows) guess.add(r[column]);
    return guess.unit;
  });
}

export interface CallLogResult {
  agents: AgentMonth[];
  problems: CallLogProblem[];
  report: CallLogReport;
}

/**
 * Aggregates the log per agent per month, one row at a time, so a sheet and a file streamed from
 * disk go through the same reading (docs/review.md, "Importing a CSV file"). A row that cannot be
 * read (a date that is no date or falls outside the plausible years, a rating off the scale, an
 * answered word nobody gave a meaning...) is left out entirely and listed with its row number;
 * pseudo-agents' rows and repeated rows are left out and counted in the report. Memory: the
 * rep-months (each with its distinct customers), 24 bytes per distinct row to find repeats
 * (RowHashes), and the rows listed as problems or repeats.
 */
export class CallLogAggregator {
  private readonly col: HeaderMapping<CallLogField>["columns"];
  private readonly plannedUnit: ColumnUnit | null;
  private readonly dateRules: DateRules;
  private readonly excluded: Set<string>;
  private readonly mappedColumns: number[];
  private readonly agents = new Map<string, Agent>();
  private readonly problems: CallLogProblem[] = [];
  private readonly pseudo = new Map<string, { agent: string; calls: number }>();
  private readonly seen = new RowHashes();
  private readonly duplicates: CallLogReport["duplicates"] = [];
  private readonly unitGuess = new UnitGuess();
  private readonly dateForm: CompactFormDetector;
  private zeroSecondCalls = 0;

  constructor(
    private readonly mapping: HeaderMapping<CallLogField>,
    private readonly policy: Pick<Policy, "ratingScale" | "csatMethod">,
    private readonly rules: CallLogRules = DEFAULT_CALL_LOG_RULES,
    private readonly numberFormats?: SourceTable["numberFormats"],
  ) {
    if (mapping.missing.length > 0) {
      const label = (k: CallLogField) => (CALL_LOG_FIELDS.find((f) => f.key === k) as FieldDef<CallLogField>).label;
      throw valueError("mapFirst", { fields: mapping.missing.map((group) => group.map(label)), then: "callLog" });
    }
    this.col = mapping.columns;
    // Whether the unit is the user's, the header's or the format's is known before any row; a guess is made per value.
    this.plannedUnit = this.talkUnit(rules.talkUnit, () => "seconds");
    this.dateRules = { years: rules.years, compact: rules.dateForm };
    this.excluded = new Set(rules.excludedAgents.map(nameKey));
    this.mappedColumns = Object.values(this.col) as number[];
    this.dateForm = new CompactFormDetector(rules.years);
  }

  private talkUnit(chosen: DurationUnit | null, guess: () => DurationUnit): ColumnUnit | null {
    const column = this.col.talkDuration;
    return column === undefined ? null : columnUnit(chosen, this.mapping.headers[column].unit, this.numberFormats?.[column], guess);
  }

  /** The talk-time unit the rows added so far would be read in without the user's choice (talkDurationUnit's, as a stream). */
  automaticTalkUnit(): ColumnUnit | null {
    return this.talkUnit(null, () => this.unitGuess.unit);
  }

  private header(k: CallLogField): string {
    return this.mapping.headers[this.col[k] as number].header;
  }

  /** One row of the log, numbered as in its sheet or file (the header is row 1). */
  add(cells: CellValue[], row: number): void {
    const col = this.col;
    if (col.date !== undefined) this.dateForm.add(cells[col.date]);
    if (col.talkDuration !== undefined) this.unitGuess.add(cells[col.talkDuration]);
    if (cells.every(isBlank)) return;
    const repeats = this.seen.firstSeen(rowKey(cells, this.mappedColumns), row);
    if (repeats !== undefined) {
      this.duplicates.push({ row, repeats });
      if (this.rules.dropDuplicates) return;
    }
    try {
      const name = readText(cells[col.agent as number], this.header("agent"));
      const agentKey = nameKey(name ?? "");
      if (this.excluded.has(agentKey)) {
        const entry = this.pseudo.get(agentKey) ?? { agent: name ?? "", calls: 0 };
        this.pseudo.set(agentKey, entry);
        entry.calls += 1;
        return;
      }
      if (name === null) throw valueError("agentBlank", {});
      const month = parseMonth(cells[col.date as number], this.header("date"), this.dateRules);
      if (month === null) throw valueError("dateBlank", {});
      const answered = col.answered === undefined ? false : readAnswered(cells[col.answered], this.header("answered"), this.rules.answeredValues) === true;
      const duration = col.talkDuration === undefined ? null : cells[col.talkDuration];
      const planned = this.plannedUnit;
      const unit = planned === null ? null : planned.source === "guess" ? guessUnit(duration) : planned.unit;
      const millis = unit === null ? null : durationMillis(duration, unit, this.header("talkDuration"));
      const customer = col.customer === undefined ? null : readText(cells[col.customer], this.header("customer"));
      const rating = col.satisfaction === undefined ? null : readNumber(cells[col.satisfaction], this.header("satisfaction"));
      const scale = this.policy.ratingScale;
      if (rating !== null && !(Number.isInteger(rating) && rating >= 1 && rating <= scale)) {
        throw valueError("ratingOffScale", { param: this.header("satisfaction"), scale, value: rating });
      }
      const agent = this.agents.get(agentKey) ?? { key: agentKey, spellings: new Map(), months: new Map() };
      this.agents.set(agentKey, agent);
      agent.spellings.set(name, (agent.spellings.get(name) ?? 0) + 1);
      const acc = agent.months.get(monthKey(month)) ?? { month, calls: 0, answered: 0, millis: 0, customers: new Set(), ratings: new Array<number>(scale + 1).fill(0) };
      agent.months.set(monthKey(month), acc);
      acc.calls += 1;
      acc.answered += answered ? 1 : 0;
      acc.millis += millis ?? 0;
      if (millis === 0) this.zeroSecondCalls += 1;
      if (customer !== null) acc.customers.add(nameKey(customer));
      if (rating !== null) acc.ratings[rating] += 1;
    } catch (e) {
      if (!(e instanceof ScoreError)) throw e;
      this.problems.push({ row, error: e });
    }
  }

  /** The rep-months, the rows not read and the report, once every row has been added. */
  finish(): CallLogResult {
    const col = this.col;
    const { ratingScale: scale, csatMethod } = this.policy;
    const result: AgentMonth[] = [];
    for (const agent of this.agents.values()) {
      const spelling = [...agent.spellings].reduce((best, s) => (s[1] > best[1] ? s : best))[0];
      const months = [...agent.months.values()].sort((a, b) => monthKey(a.month).localeCompare(monthKey(b.month)));
      for (const acc of months) {
        // csat takes the ratings themselves; a rep-month's are laid out only here, one rep-month at a time.
        const ratings = acc.ratings.flatMap((count, value) => new Array<number>(count).fill(value));
        result.push({
          agentKey: agent.key,
          agent: spelling,
          month: acc.month,
          period: monthKey(acc.month),
          calls: acc.calls,
          answered: col.answered === undefined ? null : acc.answered,
          talkMinutes: col.talkDuration === undefined ? null : acc.millis / 60_000,
          customers: col.customer === undefined ? null : acc.customers.size,
          rated: ratings.length,
          csat: csat(ratings, scale, csatMethod),
        });
      }
    }
    const detected = col.date === undefined ? null : this.dateForm.result();
    const report: CallLogReport = {
      pseudoAgents: [...this.pseudo.values()].sort((a, b) => b.calls - a.calls),
      duplicates: this.duplicates,
      duplicatesDropped: this.rules.dropDuplicates,
      zeroSecondCalls: this.zeroSecondCalls,
      talkUnit: this.talkUnit(this.rules.talkUnit, () => this.unitGuess.unit),
      dateForm: detected && { ...detected, confirmed: this.rules.dateForm === detected.form },
      customers: col.customer !== undefined,
    };
    return { agents: result, problems: this.problems, report };
  }
}

/** The whole log of a sheet at once (see CallLogAggregator). */
export function aggregateCallLog(
  table: SourceTable,
  mapping: HeaderMapping<CallLogField>,
  policy: Pick<Policy, "ratingScale" | "csatMethod">,
  rules: CallLogRules = DEFAULT_CALL_LOG_RULES,
): CallLogResult {
  const aggregator = new CallLogAggregator(mapping, policy, rules, table.numberFormats);
  table.rows.forEach((cells, index) => aggregator.add(cells, table.firstRow + index));
  return aggregator.finish();
}

/** The columns of the rep-period table made from a call log: what the log gives, then what the user fills in. */
export const CALL_LOG_TABLE_FIELDS: readonly FieldKey[] = [
  "repName", "position", "period", "calls", "answered", "talkMinutes", "customers", "satisfaction", "workdays", "leaveDays",
  "revenue", "salesTarget", "cost", "refunds", "afterSalesCost", "complaintCost", "profitTarget",
  "teamBuilding", "customerService", "salesSkills",
];

/**
 * The aggregate as a rep-period table: headers are the fields' own labels (so mapHeaders reads them
 * back exactly), one row per agent per month, blanks for what the user completes. Text cells are
 * plain strings: the writer makes them safe (reviewLayout's safeText).
 */
export function callLogTable(agents: AgentMonth[], lang: Locale): { headers: string[]; rows: CellValue[][] } {
  const headers = CALL_LOG_TABLE_FIELDS.map((k) => teleField(k).label[lang]);
  const cell: Partial<Record<FieldKey, (a: AgentMonth) => CellValue>> = {
    repName: (a) => a.agent,
    period: (a) => a.period,
    calls: (a) => a.calls,
    answered: (a) => a.answered,
    talkMinutes: (a) => a.talkMinutes,
    customers: (a) => a.customers,
    satisfaction: (a) => a.csat,
  };
  return { headers, rows: agents.map((a) => CALL_LOG_TABLE_FIELDS.map((k) => cell[k]?.(a) ?? null)) };
}
