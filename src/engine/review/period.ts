/**
 * Review periods: the month a row of data belongs to, and the month or quarter a review covers.
 * Months come as exports write them: "2026-07", "2026/7", "2026年7月", "202607", a date
 * ("2026-07-15", "2021-01-01 09:12:58+03:00"), an Excel date serial, or a JS Date (read in UTC,
 * as exceljs builds them). Keys are "2026-07" and "2026-Q3".
 *
 * A date must fall in a plausible span of years (1990–2100 unless the user sets another), so a
 * misread number never becomes a made-up period: it is refused and the row reported. Compact dates
 * ("20190801", "990201") are read only in the form the user confirmed (docs/review.md, "Reading
 * real exports").
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

/** Dates without separators: "20190801" and "990201". */
export type CompactDateForm = "yyyymmdd" | "yymmdd";

export interface DateRules {
  /** The years a date may fall in, both included; any other year is refused. */
  years: { from: number; to: number };
  /** The compact form the user confirmed; null: compact dates are refused, naming the form they look like. */
  compact: CompactDateForm | null;
}

export const DEFAULT_DATE_RULES: DateRules = { years: { from: 1990, to: 2100 }, compact: null };

/** The month of a cell, null when blank; anything that is no month (or falls outside `rules.years`) is #VALUE! naming `param`. */
export function parseMonth(value: CellValue | Date, param = "period", rules: DateRules = DEFAULT_DATE_RULES): Month | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw valueError("invalidDate", { param });
    return checked(value.getUTCFullYear(), value.getUTCMonth() + 1, param, String(value), rules);
  }
  if (typeof value === "number") return monthOfNumber(value, String(value), param, rules);
  if (typeof value === "boolean") throw valueError("booleanNotMonth", { value, param });
  const text = value.normalize("NFKC").trim().toLowerCase();
  if (text === "") return null;
  const month = monthOfText(text, param, value, rules);
  if (!month) throw valueError("notAMonth", { text: value.trim(), param });
  return month;
}

/**
 * Two-digit years as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999
 * (Microsoft, "How Excel works with two-digit year numbers").
 */
const fullYear = (yy: number): number => (yy < 30 ? 2000 + yy : 1900 + yy);

/** The date a compact form gives for these digits, or null when they are no date in that form. */
export function compactDate(digits: string, form: CompactDateForm): { year: number; month: number; day: number } | null {
  const m = (form === "yyyymmdd" ? /^(\d{4})(\d{2})(\d{2})$/ : /^(\d{2})(\d{2})(\d{2})$/).exec(digits);
  if (!m) return null;
  const year = form === "yyyymmdd" ? Number(m[1]) : fullYear(Number(m[1]));
  const [month, day] = [Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : null;
}

/** The digits of a whole number or of digit-only text, as written (leading zeros kept), else null. */
export function digitsOf(value: CellValue): string | null {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? String(value) : null;
  if (typeof value !== "string") return null;
  const text = value.normalize("NFKC").trim();
  return /^\d+$/.test(text) ? text : null;
}

/** A compact form found in a column: the form, how many values are in it, and one of them to show. */
export interface DetectedDateForm {
  form: CompactDateForm;
  count: number;
  example: string;
}

/**
 * The compact form a column's dates are written in, if any, for the user to confirm: eight digits
 * making a date are yyyymmdd; six digits are yymmdd when some of them cannot be a yyyymm month of
 * `years` ("990201" would be the year 9902), since "202607" alone is a plain yyyymm month.
 */
export function detectCompactForm(values: Iterable<CellValue>, years = DEFAULT_DATE_RULES.years): DetectedDateForm | null {
  const detector = new CompactFormDetector(years);
  for (const value of values) detector.add(value);
  return detector.result();
}

/** detectCompactForm one value at a time, for a log read as a stream: it holds two counts and two examples. */
export class CompactFormDetector {
  private readonly found: Record<CompactDateForm, { count: number; example: string | null }> = { yyyymmdd: { count: 0, example: null }, yymmdd: { count: 0, example: null } };

  constructor(private readonly years = DEFAULT_DATE_RULES.years) {}

  add(value: CellValue): void {
    const digits = digitsOf(value);
    if (digits === null || (digits.length !== 8 && digits.length !== 6)) return;
    const form: CompactDateForm = digits.length === 8 ? "yyyymmdd" : "yymmdd";
    if (!compactDate(digits, form)) return;
    this.found[form].count += 1;
    const year = Math.floor(Number(digits) / 100);
    const yyyymm = form === "yymmdd" && Number(digits) % 100 >= 1 && Number(digits) % 100 <= 12 && year >= this.years.from && year <= this.years.to;
    if (!yyyymm) this.found[form].example ??= digits;
  }

  result(): DetectedDateForm | null {
    const found = this.found;
    const form: CompactDateForm | null = found.yyyymmdd.example !== null ? "yyyymmdd" : found.yymmdd.example !== null ? "yymmdd" : null;
    return form && { form, count: found[form].count, example: found[form].example as string };
  }
}

/**
 * Digits in the confirmed compact form are that date; fewer digits that would make one with leading
 * zeros are refused as ambiguous (a number has lost a yymmdd's leading zero, or it is a date serial). Unconfirmed, eight digits that make a yyyymmdd date are refused naming it; a
 * whole number 190001..999912 ending in 01..12 is yyyymm (a common HR export); a number from 1900
 * to 9999 is taken for a year (2026.07 typed into a cell), which names no month; any other positive
 * number is a date serial. Whatever it gives must fall in `rules.years`.
 */
function monthOfNumber(x: number, digits: string, param: string, rules: DateRules): Month {
  if (rules.compact !== null && /^\d+$/.test(digits) && digits.length <= rules.compact.length) {
    const width = rules.compact.length;
    const date = compactDate(digits.padStart(width, "0"), rules.compact);
    if (date && digits.length === width) return checked(date.year, date.month, param, digits, rules);
    // A number drops a yymmdd's leading zero (050315 becomes 50315), and then it could as well be a date serial.
    if (date) throw valueError("compactAmbiguous", { digits, param, form: rules.compact, padded: digits.padStart(width, "0") });
  }
  if (/^\d{8}$/.test(digits) && compactDate(digits, "yyyymmdd")) {
    throw valueError("compactUnconfirmed", { digits, param, form: "yyyymmdd" });
  }
  if (Number.isInteger(x) && x >= 190001 && x <= 999912 && x % 100 >= 1 && x % 100 <= 12) {
    return checked(Math.floor(x / 100), x % 100, param, digits, rules);
  }
  if (x >= 1900 && x < 10000) throw valueError("yearNotMonth", { value: x, param });
  if (!(x >= 1 && x < MAX_SERIAL + 1)) throw valueError("notADate", { value: x, param });
  const { year, month } = serialToDate(x);
  return checked(year, month, param, digits, rules);
}

function monthOfText(text: string, param: string, raw: string, rules: DateRules): Month | null {
  if (/^\d+$/.test(text)) return monthOfNumber(Number(text), text, param, rules);
  // year first: 2026-07, 2026/7, 2026.7, 2026年7月, 2026-07-15, 2026年7月15日, with an optional time after
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(?:\s*[-/.]\s*\d{1,2}\s*日?|\s*\d{1,2}\s*日)?(?:[\sT]\d.*)?$/.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), param, raw, rules);
  // month and year: 7/2026, 07-2026
  m = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(text);
  if (m) return checked(Number(m[2]), Number(m[1]), param, raw, rules);
  // a date with the year last: the month is the part that cannot be a day, else it is ambiguous
  m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?:[\sT]\d.*)?$/.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a !== b && a <= 12 && b <= 12) {
      throw valueError("dayOrMonth", { text: raw.trim(), param, year: m[3] });
    }
    return checked(Number(m[3]), a > 12 ? b : a, param, raw, rules);
  }
  // month names: Jul 2026, July-2026, 2026 Sept
  const nameFirst = /^([a-z]+)\.?[\s,-]*(\d{4})$/.exec(text);
  const yearFirst = /^(\d{4})[\s,-]*([a-z]+)\.?$/.exec(text);
  const [word, year] = nameFirst ? [nameFirst[1], nameFirst[2]] : yearFirst ? [yearFirst[2], yearFirst[1]] : ["", ""];
  const index = word.length >= 3 ? MONTH_NAMES.findIndex((name) => name.startsWith(word)) : -1;
  return index < 0 ? null : checked(Number(year), index + 1, param, raw, rules);
}

/** A month outside 1..12 is no month; a year outside the rules' span is refused, with the form a six-digit value may be in. */
function checked(year: number, month: number, param: string, raw: string, rules: DateRules): Month {
  if (!(month >= 1 && month <= 12)) throw valueError("monthRange", { text: raw.trim(), param });
  const { from, to } = rules.years;
  if (!(year >= from && year <= to)) {
    const yymmdd = rules.compact === null && /^\d{6}$/.test(raw.trim()) && compactDate(raw.trim(), "yymmdd") !== null;
    throw valueError("yearRange", { text: raw.trim(), param, year, from, to, yymmdd });
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
  if (!month) throw valueError("choosePeriod", {});
  return { kind: "month", ...month };
}

function quarter(year: string, q: string): Period {
  const y = Number(year);
  if (y < 1900) throw valueError("quarterYear", { year });
  return { kind: "quarter", year: y, quarter: CHINESE_QUARTER[q] ?? Number(q) };
}
