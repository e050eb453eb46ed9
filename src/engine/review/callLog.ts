/**
 * A dialer's per-call log, aggregated per rep per month (docs/review.md, "The per-call log"): calls = rows,
 * answered calls, talk minutes (summed in whole milliseconds, so exact to the second), and CSAT from
 * the survey ratings present (docs/method.md, "Ratings and satisfaction", the policy's method). Agents are matched ignoring
 * case and spacing ("  jim " is "Jim") and shown with their most frequent spelling. The result is
 * laid out as a rep-period table the user completes (position, revenue, ratings) before the review.
 */
import { ScoreError, valueError } from "../errors";
import { readNumber, readText, type CellValue } from "../input";
import type { Policy } from "../policy";
import { csat } from "../ratings";
import { durationMillis, unitFromNumberFormat, type DurationUnit } from "./duration";
import { teleField, type FieldDef, type FieldKey } from "./fields";
import { matchHeaders, type HeaderMapping } from "./headerMapping";
import { monthKey, parseMonth, type Month } from "./period";
import { nameKey } from "../names";
import type { SourceTable } from "./records";
import type { Locale } from "../locale";

export type CallLogField = "agent" | "date" | "answered" | "talkDuration" | "satisfaction";

const logField = (key: CallLogField, en: string, zh: string, synonyms: string[]): FieldDef<CallLogField> => ({
  key,
  label: { en, zh },
  synonyms: [en, zh, ...synonyms],
});

export const CALL_LOG_FIELDS: readonly FieldDef<CallLogField>[] = [
  logField("agent", "Agent", "坐席", ["agent name", "rep", "rep name", "operator", "employee", "name", "坐席姓名", "员工", "姓名", "客服", "业务员", "坐席名称"]),
  logField("date", "Date", "日期", ["call date", "date time", "datetime", "start time", "call start", "通话日期", "呼叫日期", "呼叫时间", "开始时间", "拨打时间"]),
  logField("answered", "Answered", "是否接通", ["is answered", "connected", "call answered", "接通", "接通状态", "已接通"]),
  logField("talkDuration", "Talk duration", "通话时长", [
    "avg talk duration", "talk time", "duration", "call duration", "talk seconds", "通话时间", "通话秒数", "时长",
  ]),
  logField("satisfaction", "Satisfaction rating", "满意度评分", ["satisfaction", "rating", "csat", "survey rating", "满意度", "评分", "客户评分"]),
];

export const CALL_LOG_REQUIRED: readonly (readonly CallLogField[])[] = [["agent"], ["date"]];

export function mapCallLogHeaders(headers: string[], overrides?: Record<number, CallLogField | null>): HeaderMapping<CallLogField> {
  return matchHeaders(CALL_LOG_FIELDS, CALL_LOG_REQUIRED, headers, overrides);
}

const YES = new Set(["y", "yes", "true", "1", "是", "接通", "已接通"]);
const NO = new Set(["n", "no", "false", "0", "否", "未接通", "未接"]);

/** An answered flag: Y/N, yes/no, 是/否, TRUE/FALSE, 1/0; blank is null; anything else #VALUE!. */
export function readAnswered(value: CellValue, param: string): boolean | null {
  if (typeof value === "boolean") return value;
  if (value === null || value === undefined) return null;
  const text = String(value).normalize("NFKC").trim().toLowerCase();
  if (text === "") return null;
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  throw valueError(`"${String(value).trim()}" is not an answered flag for ${param}. Use Y or N (also 是/否, TRUE/FALSE, 1/0).`);
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
  /** Survey ratings present. */
  rated: number;
  /** CSAT % by the policy's method; null without ratings. */
  csat: number | null;
}

export interface CallLogProblem {
  row: number;
  reason: string;
}

interface Accumulator {
  month: Month;
  calls: number;
  answered: number;
  millis: number;
  ratings: number[];
}

interface Agent {
  key: string;
  spellings: Map<string, number>;
  months: Map<string, Accumulator>;
}

const isBlank = (v: CellValue): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * A number without a unit in a talk-duration column: under 1 it can only be Excel's fraction of a
 * day (a call of under a second is not a call); 1 or more is seconds, as dialers export them.
 * A header ("(秒)", "(min)") or an h:mm:ss number format decides instead when there is one.
 */
function guessUnit(v: CellValue): DurationUnit {
  return typeof v === "number" && v < 1 ? "time" : "seconds";
}

/**
 * Aggregates the log per agent per month. A row that cannot be read (no agent, a date that is no
 * date, a rating off the scale...) is left out entirely and listed with its sheet row number.
 */
export function aggregateCallLog(
  table: SourceTable,
  mapping: HeaderMapping<CallLogField>,
  policy: Pick<Policy, "ratingScale" | "csatMethod">,
): { agents: AgentMonth[]; problems: CallLogProblem[] } {
  if (mapping.missing.length > 0) {
    throw valueError(`Map a column to ${mapping.missing.map((g) => g.join(" or ")).join(", ")} before aggregating the call log.`);
  }
  const col = mapping.columns;
  const header = (k: CallLogField): string => mapping.headers[col[k] as number].header;
  const durationColumn = col.talkDuration;
  const unit =
    durationColumn === undefined ? null : mapping.headers[durationColumn].unit ?? unitFromNumberFormat(table.numberFormats?.[durationColumn]);
  const scale = policy.ratingScale;

  const agents = new Map<string, Agent>();
  const problems: CallLogProblem[] = [];
  table.rows.forEach((cells, index) => {
    if (cells.every(isBlank)) return;
    const row = table.firstRow + index;
    try {
      const name = readText(cells[col.agent as number], header("agent"));
      if (name === null) throw valueError("The agent is blank.");
      const month = parseMonth(cells[col.date as number], header("date"));
      if (month === null) throw valueError("The date is blank.");
      const answered = col.answered === undefined ? false : readAnswered(cells[col.answered], header("answered")) === true;
      const duration = durationColumn === undefined ? null : cells[durationColumn];
      const millis = durationColumn === undefined ? 0 : (durationMillis(duration, unit ?? guessUnit(duration), header("talkDuration")) ?? 0);
      const rating = col.satisfaction === undefined ? null : readNumber(cells[col.satisfaction], header("satisfaction"));
      if (rating !== null && !(Number.isInteger(rating) && rating >= 1 && rating <= scale)) {
        throw valueError(`${header("satisfaction")} must be a whole number from 1 to ${scale} (got ${rating}).`);
      }
      const key = nameKey(name);
      const agent = agents.get(key) ?? { key, spellings: new Map(), months: new Map() };
      agents.set(key, agent);
      agent.spellings.set(name, (agent.spellings.get(name) ?? 0) + 1);
      const acc = agent.months.get(monthKey(month)) ?? { month, calls: 0, answered: 0, millis: 0, ratings: [] };
      agent.months.set(monthKey(month), acc);
      acc.calls += 1;
      acc.answered += answered ? 1 : 0;
      acc.millis += millis;
      if (rating !== null) acc.ratings.push(rating);
    } catch (e) {
      if (!(e instanceof ScoreError)) throw e;
      problems.push({ row, reason: e.message });
    }
  });

  const result: AgentMonth[] = [];
  for (const agent of agents.values()) {
    const spelling = [...agent.spellings].reduce((best, s) => (s[1] > best[1] ? s : best))[0];
    const months = [...agent.months.values()].sort((a, b) => monthKey(a.month).localeCompare(monthKey(b.month)));
    for (const acc of months) {
      result.push({
        agentKey: agent.key,
        agent: spelling,
        month: acc.month,
        period: monthKey(acc.month),
        calls: acc.calls,
        answered: col.answered === undefined ? null : acc.answered,
        talkMinutes: durationColumn === undefined ? null : acc.millis / 60_000,
        rated: acc.ratings.length,
        csat: csat(acc.ratings, scale, policy.csatMethod),
      });
    }
  }
  return { agents: result, problems };
}

/** The columns of the rep-period table made from a call log: what the log gives, then what the user fills in. */
export const CALL_LOG_TABLE_FIELDS: readonly FieldKey[] = [
  "repName", "position", "period", "calls", "answered", "talkMinutes", "satisfaction", "workdays", "leaveDays",
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
    satisfaction: (a) => a.csat,
  };
  return { headers, rows: agents.map((a) => CALL_LOG_TABLE_FIELDS.map((k) => cell[k]?.(a) ?? null)) };
}
