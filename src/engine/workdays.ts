/**
 * Workdays between two Excel date serials (docs/method.md, "Months and quarters"): Monday–Friday, minus holidays, plus
 * make-up workdays (China's 调休 / 补班), both ends inclusive, as NETWORKDAYS counts them.
 *
 * Dates are Excel 1900-system serials: serial 1 = 1900-01-01, serial 60 = the fictitious 1900-02-29
 * Excel keeps for Lotus compatibility, serial 61 = 1900-03-01; fractions (times of day) are dropped.
 * Everything here is whole-number arithmetic on serials; no Date object, so no time zone can leak in.
 */
import { numError } from "./errors";

/** 9999-12-31, the last date Excel accepts. Serial 0 is Excel's "1900-01-00". */
const MAX_SERIAL = 2958465;
/** Days from 1970-01-01 back to 1899-12-30, the date serial 0 would be if 1900 had no 29 February. */
const EPOCH_OFFSET = 25569;

/** Howard Hinnant's days_from_civil: proleptic Gregorian date -> days since 1970-01-01. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse, civil_from_days. */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** A serial as a whole day: the time of day is dropped; outside Excel's date range is #NUM!. */
function wholeDay(serial: number, param: string): number {
  if (!(serial >= 0 && serial < MAX_SERIAL + 1)) {
    throw numError("serialRange", { param, value: serial });
  }
  return Math.floor(serial);
}

/** Excel's calendar date of a serial, 1900-02-29 (serial 60) and 1900-01-00 (serial 0) included. */
export function serialToDate(serial: number): { year: number; month: number; day: number } {
  const s = wholeDay(serial, "date");
  if (s === 0) return { year: 1900, month: 1, day: 0 };
  if (s === 60) return { year: 1900, month: 2, day: 29 };
  return civilFromDays(s - EPOCH_OFFSET + (s < 60 ? 1 : 0));
}

/** The month (1..12) of a date serial, as Excel's MONTH gives it. */
export function monthOfSerial(serial: number): number {
  return serialToDate(serial).month;
}

/** The serial of a calendar date, as Excel's DATE gives it for a valid date (no month/day overflow). */
export function dateToSerial(year: number, month: number, day: number): number {
  if (year === 1900 && month === 2 && day === 29) return 60;
  const days = daysFromCivil(year, month, day);
  const back = civilFromDays(days);
  if (!Number.isInteger(day) || back.year !== year || back.month !== month || back.day !== day || year < 1900 || year > 9999) {
    throw numError("calendarDate", { date: `${year}-${month}-${day}` });
  }
  const s = days + EPOCH_OFFSET;
  return s < 61 ? s - 1 : s;
}

/**
 * Saturday or Sunday as Excel's WEEKDAY sees it: serial % 7 is 0 on Saturdays and 1 on Sundays.
 * From serial 61 on this is the real calendar; before it, it follows Excel (which takes 1900-01-01
 * for a Sunday), so counts agree with NETWORKDAYS everywhere.
 */
function isWeekend(serial: number): boolean {
  return serial % 7 <= 1;
}

/** Weekdays among serials 0..n (n >= −1): five in every full week, plus the partial week's. */
function weekdaysThrough(n: number): number {
  const days = n + 1;
  return Math.floor(days / 7) * 5 + Math.max(0, (days % 7) - 2);
}

/**
 * WORKDAYS(start, end, holidays, makeup_days), NETWORKDAYS semantics: both ends inclusive, and a
 * negative count when start is after end. A holiday subtracts only when it is a weekday in range;
 * a make-up day adds only when it is a weekend day in range; duplicates count once. A date in both
 * lists is a holiday: a day off announced as a day off wins over a make-up listing, which is far
 * more likely the mistake (and a make-up day that is also a holiday would be no workday at all).
 */
export function countWorkdays(start: number, end: number, holidays: number[], makeupDays: number[]): number {
  const from = wholeDay(start, "start");
  const to = wholeDay(end, "end");
  // 0 - n, not -n: a reversed range with no workdays is 0, never -0.
  if (from > to) return 0 - countWorkdays(end, start, holidays, makeupDays);
  const inRange = (s: number): boolean => s >= from && s <= to;
  const off = new Set(holidays.map((h) => wholeDay(h, "holidays")));
  const on = new Set(makeupDays.map((m) => wholeDay(m, "makeup_days")));
  let count = weekdaysThrough(to) - weekdaysThrough(from - 1);
  for (const h of off) if (inRange(h) && !isWeekend(h)) count -= 1;
  for (const m of on) if (inRange(m) && isWeekend(m) && !off.has(m)) count += 1;
  return count;
}
