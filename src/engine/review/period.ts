/**
 * Review periods: the month a row of data belongs to, and the month or quarter a review covers.
 * Months come as exports write them: "2026-07", "2026/7", "2026年7月", "202607", a date
 * ("2026-07-15", "2021-01-01 09:12:58+03:00"), an Excel date serial, or a JS Date (read in UTC,
 * as exceljs builds them). Keys are "2026-07" and "2026-Q3".
 */
import { valueError } from "../errors";
import type { CellValue } from "../input";
import { serialToDate } from "../workdays";

export interface Month {
  year: number;
  /** 1..12 */
  month: number;
}

export type Period = { kind: "month"; year: number; month: number } | { kind: "quarter"; year: number; quarter: number };

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** Excel's last date, 9999-12-31. */
const MAX_SERIAL = 2958465;

const HINT = 'Write the month as 2026-07, 2026/7 or 2026年7月, or enter a date.';

/** The month of a cell, null when blank; anything that is no month is #VALUE! naming `param`. */
export function parseMonth(value: CellValue | Date, param = "period"): Month | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw valueError(`${param} holds an invalid date. ${HINT}`);
    return checked(value.getUTCFullYear(), value.getUTCMonth() + 1, param, String(value));
  }
  if (typeof value === "number") return monthOfNumber(value, param);
  if (typeof value === "boolean") throw valueError(`${value ? "TRUE" : "FALSE"} is not a month for ${param}. ${HINT}`);
  const text = value.normalize("NFKC").trim().toLowerCase();
  if (text === "") return null;
  const month = monthOfText(text, param, value);
  if (!month) throw valueError(`"${value.trim()}" is not a month for ${param}. ${HINT}`);
  return month;
}

/**
 * A whole number 190001..999912 ending in 01..12 is yyyymm (a common HR export); a number from 1900
 * to 9999 is taken for a year (2026.07 typed into a cell), which names no month; any other positive
 * number is a date serial.
 */
function monthOfNumber(x: number, param: string): Month {
  if (Number.isInteger(x) && x >= 190001 && x <= 999912 && x % 100 >= 1 && x % 100 <= 12) {
    return { year: Math.floor(x / 100), month: x % 100 };
  }
  if (x >= 1900 && x < 10000) throw valueError(`${x} for ${param} looks like a year, not a month. ${HINT}`);
  if (!(x >= 1 && x < MAX_SERIAL + 1)) throw valueError(`${x} is not a date for ${param}. ${HINT}`);
  const { year, month } = serialToDate(x);
  return { year, month };
}

function monthOfText(text: string, param: string, raw: string): Month | null {
  if (/^\d+$/.test(text)) return monthOfNumber(Number(text), param);
  // year first: 2026-07, 2026/7, 2026.7, 2026年7月, 2026-07-15, 2026年7月15日, with an optional time after
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(?:\s*[-/.]\s*\d{1,2}\s*日?|\s*\d{1,2}\s*日)?(?:[\sT]\d.*)?$/.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), param, raw);
  // month and year: 7/2026, 07-2026
  m = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(text);
  if (m) return checked(Number(m[2]), Number(m[1]), param, raw);
  // a date with the year last: the month is the part that cannot be a day, else it is ambiguous
  m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?:[\sT]\d.*)?$/.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a !== b && a <= 12 && b <= 12) {
      throw valueError(`"${raw.trim()}" for ${param} could be day/month or month/day. Write the date as ${m[3]}-mm-dd.`);
    }
    return checked(Number(m[3]), a > 12 ? b : a, param, raw);
  }
  // month names: Jul 2026, July-2026, 2026 Sept
  const nameFirst = /^([a-z]+)\.?[\s,-]*(\d{4})$/.exec(text);
  const yearFirst = /^(\d{4})[\s,-]*([a-z]+)\.?$/.exec(text);
  const [word, year] = nameFirst ? [nameFirst[1], nameFirst[2]] : yearFirst ? [yearFirst[2], yearFirst[1]] : ["", ""];
  const index = word.length >= 3 ? MONTH_NAMES.findIndex((name) => name.startsWith(word)) : -1;
  return index < 0 ? null : checked(Number(year), index + 1, param, raw);
}

function checked(year: number, month: number, param: string, raw: string): Month {
  if (!(month >= 1 && month <= 12) || !(year >= 1900 && year <= 9999)) {
    throw valueError(`"${raw.trim()}" is not a month for ${param}: the month must be 1 to 12 and the year 1900 to 9999. ${HINT}`);
  }
  return { year, month };
}

/** "2026-07" */
export function monthKey(m: Month): string {
  return `${m.year}-${String(m.month).padStart(2, "0")}`;
}

export function quarterOf(m: Month): number {
  return Math.ceil(m.month / 3);
}

/** "2026-07" or "2026-Q3" */
export function periodKey(p: Period): string {
  return p.kind === "month" ? monthKey(p) : `${p.year}-Q${p.quarter}`;
}

/** The months a period covers, in order. */
export function monthsOf(p: Period): Month[] {
  if (p.kind === "month") return [{ year: p.year, month: p.month }];
  return [1, 2, 3].map((i) => ({ year: p.year, month: (p.quarter - 1) * 3 + i }));
}

export function inPeriod(m: Month, p: Period): boolean {
  return m.year === p.year && (p.kind === "month" ? m.month === p.month : quarterOf(m) === p.quarter);
}

const CHINESE_QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/**
 * The period a user asks a review for: a month in any form parseMonth reads, or a quarter:
 * "2026-Q3", "2026Q3", "Q3 2026", "2026年第3季度", "2026年第三季度", "2026年Q3".
 */
export function parsePeriod(text: string): Period {
  const t = text.normalize("NFKC").trim().toLowerCase();
  const yearFirst = /^(\d{4})\s*[-/ 年]?\s*(?:q|第)\s*([1-4一二三四])\s*(?:季度?)?$/.exec(t);
  const quarterFirst = /^q([1-4])\s*[-/ ]?\s*(\d{4})$/.exec(t);
  if (yearFirst) return quarter(yearFirst[1], yearFirst[2]);
  if (quarterFirst) return quarter(quarterFirst[2], quarterFirst[1]);
  const month = parseMonth(text, "the review period");
  if (!month) throw valueError("Choose the period to review, e.g. 2026-07 or 2026-Q3.");
  return { kind: "month", ...month };
}

function quarter(year: string, q: string): Period {
  const y = Number(year);
  if (y < 1900) throw valueError(`${year} is not a year for the review period: use 1900 to 9999.`);
  return { kind: "quarter", year: y, quarter: CHINESE_QUARTER[q] ?? Number(q) };
}
