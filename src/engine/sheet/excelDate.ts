/** Dates as Excel holds them: a serial number of days since 1899-12-30, the time of day as its fraction. */
import { dateToSerial } from "../workdays";

/** The local date and time of `at` as an Excel date-time serial (format it "yyyy-mm-dd hh:mm"). */
export function localSerial(at: Date): number {
  const seconds = at.getHours() * 3600 + at.getMinutes() * 60 + at.getSeconds();
  return dateToSerial(at.getFullYear(), at.getMonth() + 1, at.getDate()) + seconds / 86400;
}

export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
